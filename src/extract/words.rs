//! The words the figure grammar tests by their exact text, as small integer ids: each word
//! token carries the id of its text (set once by the tokenizer, through the lexicon's table), so
//! a rule compares integers, not strings.
//!
//! ```text
//! is_word(toks, i, w!["a", "an"])      token i is exactly "a" or "an", ASCII case ignored
//! ```
//!
//! [`w!`] turns words into ids at compile time: a word missing from [`KEYWORDS`] is a compile
//! error. An id is exact: unlike a token's lexicon entry, it has no fallback from "army's" to
//! "army" or from "counter-attack" to "attack".

use super::tokens::Token;

/// The id of a keyword: its index in [`KEYWORDS`] plus one; [`NO_WORD`] for any other text.
pub type Word = u16;

/// The id of a token that is no keyword (and of every number and punctuation token).
pub const NO_WORD: Word = 0;

/// Every word the grammar tests by its exact text, lowercase ASCII, sorted.
#[rustfmt::skip]
pub const KEYWORDS: &[&str] = &[
    "a", "abandoned", "about", "above", "accomplices", "accused", "acknowledged", "across",
    "action", "actions", "added", "adding", "admitted", "after", "against", "age", "aged",
    "ages", "ago", "aides", "aircraft", "airstrike", "airstrikes", "alive", "all", "allegedly",
    "almost", "also", "ambush", "among", "amongst", "an", "and", "announced", "annual",
    "annually", "another", "anxiety", "approx", "approximate", "approximately", "are", "armed",
    "arms", "army", "around", "as", "assault", "associates", "asthma", "at", "attack",
    "attained", "average", "averaged", "averages", "averaging", "away", "bail", "barracks",
    "base", "batsman", "batsmen", "batter", "batters", "battle", "be", "beaten", "been",
    "before", "being", "believed", "belonged", "belonging", "beneath", "best", "between",
    "biggest", "bill", "blistering", "block", "bloodiest", "bludgeoned", "boat", "boats",
    "bodies", "bomber", "bombers", "bore", "bowler", "bowlers", "boys", "bring", "bringing",
    "brings", "brother", "brothers", "brought", "budget", "bulk", "bullet", "buried", "burn",
    "burned", "burnt", "bus", "but", "by", "call", "called", "calling", "calls", "camp",
    "campaign", "captive", "captives", "captured", "carried", "carry", "carrying", "carted",
    "case", "cases", "casualties", "cent", "character", "checkpoint", "checkpost", "cited",
    "citizens", "civilians", "claimed", "climbed", "close", "clubbed", "colleagues", "combat",
    "compared", "comrades", "conceded", "condition", "conditions", "constitution", "convoy",
    "count", "counted", "couple", "cousin", "cousins", "craft", "critical", "critics", "cross",
    "crossed", "crowd", "crowds", "custody", "daily", "daughter", "daughters", "dead",
    "deadliest", "death", "debris", "decision", "declined", "decreased", "democracy",
    "demonstrators", "detainee", "detainees", "died", "dipped", "documented", "dog", "dogs",
    "down", "dozen", "drone", "drones", "dropped", "during", "duty", "each", "earlier",
    "eighth", "elements", "embraced", "encounters", "equal", "escaped", "estimated", "every",
    "exceed", "exceeded", "exercise", "faced", "fallen", "falling", "families", "family",
    "fatally", "father", "fathers", "feared", "fell", "females", "few", "fewer", "fiercest",
    "fifth", "fighter", "fighters", "figure", "fled", "fold", "followed", "follows",
    "foreigners", "fourth", "free", "freed", "freedom", "from", "garrison", "gathering", "gave",
    "get", "girls", "given", "go", "goalkeeper", "goals", "goes", "going", "gone", "got",
    "government", "grave", "grew", "grievous", "ground", "grown", "gun", "gunned", "gunning",
    "guns", "gunshot", "hacked", "had", "hailed", "hailing", "half", "hand", "handed",
    "handful", "handing", "has", "have", "heart", "heaviest", "held", "helicopter",
    "helicopters", "hell", "her", "high", "his", "hit", "homicide", "horde", "hostage",
    "hostages", "hotel", "house", "hundreds", "husband", "husbands", "in", "incidences",
    "incidents", "increased", "incurred", "individuals", "injured", "injuries", "injury",
    "inmate", "inmates", "innings", "instance", "instances", "integrity", "into", "is",
    "islamic", "issued", "it", "its", "jet", "jets", "judiciary", "jumped", "just", "juveniles",
    "key", "killed", "known", "laid", "largely", "largest", "last", "later", "latest", "lay",
    "leadership", "least", "left", "leg-spinner", "less", "let", "life", "like", "likely",
    "line", "lives", "local", "locals", "logged", "lose", "loses", "losing", "loss", "lost",
    "made", "main", "mainly", "major", "majority", "males", "man", "manifesto", "many",
    "martyrdom", "masked", "may", "media", "member", "members", "men", "midfielder", "military",
    "minimum", "minor", "minors", "missile", "missiles", "missing", "mob", "mobs", "month",
    "monthly", "more", "most", "mostly", "mowed", "mowing", "much", "multiple", "murder",
    "national", "nationals", "natives", "near", "nearly", "nephew", "nephews", "never", "niece",
    "nieces", "ninth", "no", "not", "number", "of", "off-spinner", "offensive", "office", "on",
    "one", "only", "operation", "opposition", "or", "other", "others", "our", "out", "outpost",
    "over", "overground", "pacer", "pacers", "paid", "panic", "passed", "penalties", "penalty",
    "people", "per", "person", "personal", "persons", "phase", "picked", "picking", "picks",
    "placed", "places", "plane", "planes", "plunged", "police", "policies", "policy",
    "political", "possessed", "post", "precarious", "press", "presumed", "price", "primarily",
    "prisoner", "prisoners", "proposal", "protesters", "protestors", "provided", "published",
    "pushed", "pushing", "put", "puts", "putting", "quarter", "quarters", "quoted", "raid",
    "raids", "raised", "raising", "reach", "reached", "received", "record", "recorded",
    "regained", "registered", "release", "released", "remain", "remainder", "remained",
    "remaining", "remains", "renounced", "reported", "reportedly", "residents", "rest",
    "returned", "rhetorical", "rifle", "rifles", "rights", "rise", "risen", "rising", "rose",
    "roughly", "round", "rounded", "rounding", "rounds", "rubble", "sacrifice", "safe", "said",
    "same", "satisfactory", "says", "scathing", "school", "scores", "scurrilous", "seamer",
    "second", "sector", "secured", "seize", "seized", "seizes", "seizing", "send", "sending",
    "sends", "sent", "separate", "separately", "series", "serious", "set", "setting", "seventh",
    "several", "severe", "shahadah", "shahadat", "ship", "ships", "shoot", "shooting", "shoots",
    "shot", "shrapnel", "siblings", "similar", "since", "single", "sister", "sisters", "sixth",
    "soared", "some", "son", "sons", "spinner", "spinners", "splinter", "squadron", "stabbed",
    "stable", "stage", "stand", "stands", "state", "stated", "station", "still", "stinging",
    "stood", "strike", "striker", "strikers", "strikes", "struggle", "submarine", "submarines",
    "subsequently", "succumbed", "such", "suffer", "suffered", "suffering", "suffers",
    "supreme", "surged", "surpass", "surpassed", "suspect", "suspects", "sustained",
    "sustaining", "take", "taken", "takes", "taking", "tallied", "tally", "teenagers", "tens",
    "tenth", "termed", "terming", "than", "that", "the", "their", "them", "themselves", "these",
    "thinly-veiled", "third", "thirds", "this", "those", "thought", "thousands", "throng",
    "throughout", "to", "told", "toll", "tolls", "took", "top", "topped", "tortured", "total",
    "touched", "town", "turn", "turned", "turning", "uav", "uavs", "ultimate", "unaccounted",
    "uncle", "uncles", "under", "understood", "unharmed", "unhurt", "unidentified", "uninjured",
    "unknown", "up", "upwards", "vehicle", "vehicles", "veiled", "verbal", "versus", "vessel",
    "vessels", "victim", "victims", "village", "villagers", "vitriolic", "vs", "was", "weapon",
    "weapons", "weekly", "well", "went", "were", "what", "whereas", "which", "while", "whisked",
    "who", "whom", "wicket", "wickets", "wife", "with", "withering", "without", "wives",
    "woman", "women", "worker", "workers", "worst", "wound", "wounded", "wounds", "year",
    "yearly", "yield", "yielded", "yielding", "yields", "youth", "zone",
];

/// The id of a keyword, or [`NO_WORD`]: a const fn, so [`w!`] runs it at compile time.
pub const fn find(w: &str) -> Word {
    let w = w.as_bytes();
    let mut i = 0;
    while i < KEYWORDS.len() {
        let k = KEYWORDS[i].as_bytes();
        if k.len() == w.len() {
            let mut j = 0;
            while j < k.len() && k[j] == w[j] {
                j += 1;
            }
            if j == k.len() {
                return (i + 1) as Word;
            }
        }
        i += 1;
    }
    NO_WORD
}

/// The id of a keyword; panics (a compile error in a const) if it is missing from [`KEYWORDS`].
pub const fn id(w: &str) -> Word {
    let id = find(w);
    assert!(id != NO_WORD, "not in words::KEYWORDS");
    id
}

/// Whether token `i` is a word equal to one of `ws` (keyword ids, from [`w!`]), ignoring ASCII
/// case: compares the keyword id the tokenizer gave the token, never its text. No keyword id is
/// [`NO_WORD`] ([`id`] checks it), so other tokens never match.
#[inline]
pub fn is_word(toks: &[Token], i: usize, ws: &[Word]) -> bool {
    toks.get(i).is_some_and(|t| ws.contains(&t.word))
}

/// The ids of keywords, as a constant slice: `w!["a", "an"]`.
macro_rules! w {
    ($($s:literal),+ $(,)?) => {{
        const WS: &[$crate::extract::words::Word] = &[$($crate::extract::words::id($s)),+];
        WS
    }};
}
pub(crate) use w;

/// A set of keywords ([`KEYWORDS`] ids) as a bitmap, for the long word lists the figure
/// grammar tests on many tokens: one bit test, where [`is_word`] compares the token with
/// each id of a list in turn. Built at compile time by [`ws!`].
#[derive(Debug, Clone, Copy)]
pub struct WordSet([u64; WORD_SET_LEN]);

/// The 64-bit integers a [`WordSet`] takes: one bit per keyword id, [`NO_WORD`] included.
const WORD_SET_LEN: usize = (KEYWORDS.len() + 1).div_ceil(64);

impl WordSet {
    /// The set of the keyword ids `ws`: a const fn, so [`ws!`] builds it at compile time.
    pub const fn of(ws: &[Word]) -> WordSet {
        let mut bits = [0u64; WORD_SET_LEN];
        let mut i = 0;
        while i < ws.len() {
            let w = ws[i] as usize;
            bits[w / 64] |= 1 << (w % 64);
            i += 1;
        }
        WordSet(bits)
    }

    /// Whether the keyword id is in the set; [`NO_WORD`] never is (no list holds it).
    #[inline]
    pub fn has(&self, w: Word) -> bool {
        let w = w as usize;
        self.0.get(w / 64).is_some_and(|b| (b >> (w % 64)) & 1 != 0)
    }
}

/// A [`WordSet`] of keywords, as a constant: `ws!["people", "persons"]`.
macro_rules! ws {
    ($($s:literal),+ $(,)?) => {{
        const S: &$crate::extract::words::WordSet =
            &$crate::extract::words::WordSet::of($crate::extract::words::w![$($s),+]);
        S
    }};
}
pub(crate) use ws;

/// Whether token `i` is a word in the set: [`is_word`] for a long list, in one bit test.
#[inline]
pub fn in_set(toks: &[Token], i: usize, set: &WordSet) -> bool {
    toks.get(i).is_some_and(|t| set.has(t.word))
}

/// Where `needle` first occurs in `hay`, ASCII case ignored (an empty needle at 0).
pub fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    if h.len() < n.len() {
        return None;
    }
    // The first byte, either case, before the whole comparison.
    let Some(first) = n.first().map(u8::to_ascii_lowercase) else {
        return Some(0);
    };
    (0..=h.len() - n.len())
        .find(|&i| h[i].to_ascii_lowercase() == first && h[i..i + n.len()].eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lexicon;

    /// A word set holds exactly the ids of its list: every keyword id, [`NO_WORD`] and ids past
    /// the last are tested.
    macro_rules! set_agrees {
        ($name:ident, $list:expr) => {
            #[test]
            fn $name() {
                let list: &[Word] = $list;
                let set = WordSet::of(list);
                for id in 0..=KEYWORDS.len() as Word + 70 {
                    assert_eq!(set.has(id), list.contains(&id), "{id}");
                }
            }
        };
    }

    set_agrees!(set_of_one, w!["a"]);
    set_agrees!(set_of_first_and_last, &[1, KEYWORDS.len() as Word]);
    set_agrees!(
        set_across_integers,
        w!["a", "yields", "the", "of", "hell", "most"]
    );
    set_agrees!(set_sport, lexicon::SPORT_WORDS);
    set_agrees!(set_crowds, lexicon::CROWDS);
    set_agrees!(set_targets, lexicon::TARGET_PLACES);
    set_agrees!(set_empty, &[]);

    #[test]
    fn set_macro_is_the_set_of_its_list() {
        let ws = ws!["people", "persons", "a", "yields"];
        let list = w!["people", "persons", "a", "yields"];
        for id in 0..=KEYWORDS.len() as Word {
            assert_eq!(ws.has(id), list.contains(&id), "{id}");
        }
    }

    #[test]
    fn keywords_are_sorted_unique_lowercase() {
        for pair in KEYWORDS.windows(2) {
            assert!(pair[0] < pair[1], "{pair:?}");
        }
        for k in KEYWORDS {
            assert!(
                !k.is_empty() && k.bytes().all(|c| c.is_ascii_lowercase() || c == b'-'),
                "{k}"
            );
        }
    }

    /// The id of a word.
    macro_rules! id_is {
        ($name:ident, $word:expr, $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!(find($word), $want, "{:?}", $word);
            }
        };
    }

    id_is!(first_keyword, KEYWORDS[0], 1);
    id_is!(
        last_keyword,
        KEYWORDS[KEYWORDS.len() - 1],
        KEYWORDS.len() as Word
    );
    id_is!(
        the_is_its_index,
        "the",
        KEYWORDS.iter().position(|k| *k == "the").unwrap() as Word + 1
    );
    id_is!(missing, "thee", NO_WORD);
    id_is!(prefix_is_not_the_word, "th", NO_WORD);
    id_is!(uppercase_is_not_a_keyword, "The", NO_WORD);
    id_is!(empty, "", NO_WORD);

    #[test]
    fn macro_gives_ids_in_order() {
        assert_eq!(w!["of", "a"], &[find("of"), find("a")]);
    }
}
