//! Places: the `location` a sentence states, from a gazetteer of regions and districts and the
//! pattern "in X district/area/province/region/state".
//!
//! ```text
//! location = gazetteer-name                         "North Waziristan", "Balochistan"
//!          | "in" Cap+ ("district" | "area" | "province" | "region" | "state" | "valley")
//! ```

use std::sync::OnceLock;

use super::lexicon;
use super::tokens::{TokKind, Token};

/// Known places, as they are written; multi-word names first where they share a start.
#[rustfmt::skip]
pub static GAZETTEER: &[&str] = &[
    "North Waziristan", "South Waziristan", "Khyber Pakhtunkhwa", "Balochistan", "Baluchistan",
    "Punjab", "Sindh", "Gilgit-Baltistan", "Kurram", "Bajaur", "Mohmand", "Orakzai", "Khyber",
    "Bannu", "Lakki Marwat", "Dera Ismail Khan", "Tank", "Peshawar", "Quetta", "Karachi",
    "Islamabad", "Rawalpindi", "Lahore", "Zhob", "Kech", "Panjgur", "Gwadar", "Turbat", "Kalat",
    "Mastung", "Kohlu", "Dera Bugti", "Swat", "Chitral", "Tirah",
    "Jammu and Kashmir", "Kashmir", "Kupwara", "Baramulla", "Anantnag", "Pulwama", "Shopian",
    "Bandipora", "Srinagar", "Rajouri", "Poonch", "Kathua", "Chhattisgarh", "Bijapur", "Sukma",
    "Dantewada", "Narayanpur", "Kanker", "Manipur", "Jharkhand", "Odisha", "Gadchiroli",
    "Borno", "Yobe", "Adamawa", "Zamfara", "Katsina", "Kaduna", "Sokoto", "Niger State",
    "Benue", "Plateau", "Kebbi", "Maiduguri", "Mogadishu", "Middle Shabelle", "Lower Shabelle",
    "Somalia", "Cabo Delgado", "Burkina Faso", "Mali", "Niger", "Timbuktu", "Kabul",
    "Badakhshan", "Nangarhar", "Kandahar", "Helmand", "Kunar", "Kirkuk", "Diyala", "Anbar",
    "Nineveh", "Mosul", "Deir ez-Zor", "Raqqa", "Idlib", "Aleppo", "Sinai", "Yemen", "Marib",
    "Michoacan", "Guerrero", "Sinaloa", "Cauca", "Catatumbo", "Arauca", "Lanao del Sur",
    "Basilan", "Sulu", "Maguindanao", "Mindanao",
];

/// Provinces, states, regions and countries of [`GAZETTEER`]: names that hold the districts and
/// towns a later sentence may name instead ("in Balochistan" and "in Kech district" may be one
/// place).
#[rustfmt::skip]
pub static REGIONS: &[&str] = &[
    "Waziristan", "Khyber Pakhtunkhwa", "Khyber-Pakhtunkhwa", "Balochistan", "Baluchistan",
    "Punjab", "Sindh", "Gilgit", "Kashmir", "Chhattisgarh", "Manipur", "Jharkhand", "Odisha",
    "Borno", "Yobe", "Adamawa", "Zamfara", "Katsina", "Kaduna", "Sokoto", "Niger", "Benue",
    "Plateau", "Kebbi", "Shabelle", "Somalia", "Cabo Delgado", "Burkina", "Mali", "Afghanistan",
    "Pakistan", "India", "Nigeria", "Syria", "Iraq", "Yemen", "Sinai", "Michoacan", "Guerrero",
    "Sinaloa", "Cauca", "Catatumbo", "Arauca", "Lanao", "Basilan", "Sulu", "Maguindanao",
    "Mindanao", "Badakhshan", "Nangarhar", "Kandahar", "Helmand", "Kunar", "Kirkuk", "Diyala",
    "Anbar", "Nineveh", "Deir", "Raqqa", "Idlib", "Aleppo", "province", "state", "region",
    // Places inside another of the gazetteer: Turbat in Kech, Tirah in Khyber.
    "Turbat", "Tirah",
];

/// Whether a location names a region of [`REGIONS`], which may hold another place named (or is
/// held by one).
pub fn is_region(place: &str) -> bool {
    REGIONS
        .iter()
        .any(|r| super::words::find_ascii_ci(place, r).is_some())
}

/// The longest run of letters a gazetteer name starts with, plus one.
const RUN: usize = 16;

/// The names of [`GAZETTEER`] by their first letter (ASCII lowercase) and the length of the run
/// of ASCII letters they start with ("Dera" of "Dera Bugti", "Kurram"), in gazetteer order. A
/// name is followed by no letter where it matches, so it matches only where the text starts
/// with a run of its letter and length: each place word tries the one or two names of its
/// bucket, and the first match is the same as over the whole gazetteer.
fn buckets() -> &'static [[Vec<&'static str>; RUN]; 26] {
    static TABLE: OnceLock<[[Vec<&'static str>; RUN]; 26]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: [[Vec<&'static str>; RUN]; 26] = Default::default();
        for name in GAZETTEER {
            let b = name.as_bytes();
            if let (Some(k), run) = (letter_index(b.first().copied().unwrap_or(0)), letters(b)) {
                if run < RUN {
                    t[k][run].push(name);
                }
            }
        }
        t
    })
}

/// The length of the run of ASCII letters `b` starts with.
fn letters(b: &[u8]) -> usize {
    b.iter().take_while(|c| c.is_ascii_alphabetic()).count()
}

/// The gazetteer names that can match at the start of `rest`.
fn names_at(rest: &[u8]) -> &'static [&'static str] {
    let run = letters(&rest[..rest.len().min(RUN)]);
    match letter_index(rest.first().copied().unwrap_or(0)) {
        Some(k) if run < RUN => &buckets()[k][run],
        _ => &[],
    }
}

/// The index of an ASCII letter, either case, in the alphabet.
fn letter_index(c: u8) -> Option<usize> {
    c.is_ascii_alphabetic()
        .then(|| (c.to_ascii_lowercase() - b'a') as usize)
}

/// The words after "in" and a capitalised name that make it a place.
const PLACE_NOUNS: [&str; 7] = [
    "district", "area", "province", "region", "state", "valley", "tehsil",
];

/// The first place named in tokens `a..b`, as a byte range of `src`: a pass over them that
/// ends there.
pub fn location(
    src: &str,
    toks: &[Token],
    a: usize,
    b: usize,
    steps: &mut u64,
) -> Option<(usize, usize)> {
    let sentence = toks.get(a..b).unwrap_or_default();
    // Counted as the whole sentence: the work is at most that.
    *steps += sentence.len() as u64;
    sentence.iter().enumerate().find_map(|(i, t)| {
        may_name_place(t)
            .then(|| location_at(src, toks, a, b, a + i))
            .flatten()
    })
}

/// Whether token `t` may start a place name, for [`location_at`]: a capitalised word.
#[inline]
pub fn may_name_place(t: &Token) -> bool {
    t.cap() && t.kind == TokKind::Word
}

/// The place named at token `i` of the sentence `a..b`, as a byte range of `src`.
pub fn location_at(
    src: &str,
    toks: &[Token],
    a: usize,
    b: usize,
    i: usize,
) -> Option<(usize, usize)> {
    let t = &toks[i];
    // A dateline in capitals ("RAWALPINDI:") names where the report was filed.
    let w = t.text(src).as_bytes();
    if w.len() >= 4 && w.iter().all(|c| !c.is_ascii_lowercase()) {
        return None;
    }
    let rest = src.get(t.start..)?;
    if lexicon::entry(t.lex).place {
        for name in names_at(rest.as_bytes()) {
            if rest.len() >= name.len()
                && rest.as_bytes()[..name.len()].eq_ignore_ascii_case(name.as_bytes())
                && rest[name.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
                && rest.is_char_boundary(name.len())
            {
                return Some((t.start, t.start + name.len()));
            }
        }
    }
    // "in X district"
    if i > a && toks[i - 1].text(src) == "in" {
        let mut j = i;
        while j < b && j < i + 4 && toks[j].cap() && toks[j].kind == TokKind::Word {
            j += 1;
        }
        if j > i && j < b {
            let w = toks[j].text(src);
            if PLACE_NOUNS.iter().any(|x| w.eq_ignore_ascii_case(x)) {
                let s = toks[i].start;
                let e = toks[j - 1].end;
                let name = src.get(s..e)?;
                let name = name.trim_end_matches("’s").trim_end_matches("'s");
                return Some((s, s + name.len()));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn loc(s: &str) -> Option<String> {
        let mut st = 0;
        let t = tokenize(s, &mut st);
        location(s, &t, 0, t.len(), &mut st).map(|(a, b)| s[a..b].to_string())
    }

    macro_rules! located {
        ($name:ident, $input:expr, $expected:expr) => {
            #[test]
            fn $name() {
                assert_eq!(loc($input).as_deref(), $expected, "{}", $input);
            }
        };
    }

    located!(
        gazetteer,
        "in North Waziristan's Spinwam area",
        Some("North Waziristan")
    );
    located!(
        pattern,
        "in Qila Saifullah district on Monday",
        Some("Qila Saifullah")
    );
    located!(none, "troops killed five men", None);
    located!(
        later_name_of_letter,
        "troops in Kech and Bannu",
        Some("Kech")
    );
    located!(possessive_name, "in Kurram's hills", Some("Kurram"));
    located!(longer_name_first, "in Dera Bugti town", Some("Dera Bugti"));
    located!(name_inside_word, "Tanker drivers in Lahore", Some("Lahore"));
    located!(capital_dateline, "QUETTA: police in Zhob", Some("Zhob"));
    located!(
        two_word_name,
        "in Niger State on Monday",
        Some("Niger State")
    );
    located!(one_word_name, "in Niger on Monday", Some("Niger"));
    located!(
        name_then_more,
        "in Khyber Pakhtunkhwa's south",
        Some("Khyber Pakhtunkhwa")
    );
    located!(short_of_two_words, "in Khyber district", Some("Khyber"));
    located!(
        name_with_hyphen_word,
        "in Deir ez-Zor city",
        Some("Deir ez-Zor")
    );
    located!(name_then_digit, "in Tank2 area", Some("Tank2"));
    located!(upper_name, "in SWAT valley", None);

    /// Every gazetteer name sits in one bucket, in gazetteer order.
    #[test]
    fn buckets_keep_every_name_in_order() {
        let flat: Vec<&str> = buckets().iter().flatten().flatten().copied().collect();
        assert_eq!(flat.len(), GAZETTEER.len());
        for bucket in buckets().iter().flatten() {
            let at: Vec<usize> = bucket
                .iter()
                .map(|n| GAZETTEER.iter().position(|g| g == n).unwrap())
                .collect();
            assert!(at.windows(2).all(|w| w[0] < w[1]), "{bucket:?}");
        }
    }
}
