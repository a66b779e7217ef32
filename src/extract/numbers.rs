//! The number grammar: a hedge, a number in digits or words, a range or a vague amount.
//!
//! ```text
//! phrase   = [hedge] amount
//!          | "between" amount "and" amount                      range, approx
//! hedge    = "at least" | "more than" | "over" | "no fewer than" ...   min = n
//!          | "about" | "around" | "nearly" | "some" | "as many as" ... no bounds
//!          | "up to" | "less than" | "at most"                          max = n
//! amount   = count [("-" | "to" | "or") count]                  "10-12", "two or three"
//!          | vague ["of"]                                       "dozens of", "several"
//!          | "a" ("few" | "couple" ["of"] | "dozen" | "hundred")
//!          | "half a dozen" | "tens of thousands" ["of"]
//!          | "a" | "an"                                         1, if a counted noun follows
//! count    = digits [magnitude]                                  "59,775", "1.5 million", "3 lakh"
//!          | words                                               "seventy-three", "thirty seven",
//!                                                                "two hundred and five", "a dozen"
//! digits   = d+ ("," ddd)* ["." d+]     a decimal needs a magnitude or a rate ("3.3 a day");
//!          | d+ (gspace ddd)*           a year (1900-2100) or a number with a leading zero is
//!                                       not a count; gspace is a thin or no-break space; d is a
//!                                       digit of any script the tokenizer reads ("١٢", "४२")
//! vague    = "several" 5 [3,9] | "dozens" 36 [24,99] | "scores" 40 [40,99]
//!          | "hundreds" 300 [200,999] | "thousands" 3000 [2000,9999] | "a few" 3 [2,5]
//!          | "a couple" 2 [2,3] | "tens of thousands" 30000 [20000,99999]
//! ```
//!
//! Every multiplication is checked: a number beyond `u64` is not a figure.

use std::sync::OnceLock;

use super::lexicon::{self, Hedge, HEDGES};
use super::tokens::{digit_value, TokKind, Token, GROUP_SPACES};
use super::words::{is_word, w, Word, NO_WORD};

/// A parsed number phrase over tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Amount {
    /// First token, hedge included.
    pub start: usize,
    /// First token of the number itself.
    pub num_start: usize,
    /// The token after the phrase (after a vague word's "of").
    pub end: usize,
    pub value: u64,
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub approx: bool,
    pub vague: bool,
    /// A bare "a"/"an": a figure of one only if a counted noun follows.
    pub article: bool,
    /// The phrase ends in "of" ("dozens of", "a couple of").
    pub of: bool,
    /// A decimal with no magnitude ("3.3"): a figure only as a rate ("3.3 a day"); its value is
    /// rounded, its bounds the integers around it.
    pub decimal: bool,
}

/// Parses a number phrase at token `i`, not reading past `end`.
///
/// Inlined where it is called: a plain number (most calls) is then read with no call at all.
// Inlined natively, where speed counts; the size-built wasm decides for itself.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn parse(src: &str, toks: &[Token], i: usize, end: usize, steps: &mut u64) -> Option<Amount> {
    if let Some(t) = toks.get(i).filter(|t| i < end && t.kind == TokKind::Number) {
        match plain_number(src, toks, t, i, end) {
            // The counts of `parse` and `parse_amount`.
            Plain::Count(v) => {
                *steps += 2;
                return Some(exact(i, i + 1, v));
            }
            Plain::NotACount => {
                *steps += 2;
                return None;
            }
            Plain::Other => {}
        }
    }
    parse_phrase(src, toks, i, end, steps)
}

/// [`parse`] of any phrase but a plain number.
#[inline(never)]
fn parse_phrase(
    src: &str,
    toks: &[Token],
    i: usize,
    end: usize,
    steps: &mut u64,
) -> Option<Amount> {
    *steps += 1;
    if i >= end {
        return None;
    }
    // Digits have neither "between" nor a hedge before them.
    if toks.get(i).is_some_and(|t| t.kind != TokKind::Word) {
        return parse_amount(src, toks, i, end, steps);
    }
    // "between 10 and 12".
    if is_word(toks, i, w!["between"]) {
        let a = amount(src, toks, i + 1, end, steps)?;
        if a.article || a.vague || !is_word(toks, a.end, w!["and"]) {
            return None;
        }
        let b = amount(src, toks, a.end + 1, end, steps)?;
        if b.article || b.vague || b.value <= a.value {
            return None;
        }
        return Some(range(i, a.num_start, b.end, a.value, b.value));
    }
    let (hedge, after) = match_hedge(toks, i, end);
    if let Some(h) = hedge {
        let mut a = amount(src, toks, after, end, steps)?;
        if a.article {
            return None;
        }
        a.start = i;
        if !a.vague && a.min == a.max {
            a.approx = true;
            match h {
                Hedge::AtLeast => {
                    a.min = Some(a.value);
                    a.max = None;
                }
                Hedge::About => {
                    a.min = None;
                    a.max = None;
                }
                Hedge::AtMost => {
                    a.min = None;
                    a.max = Some(a.value);
                }
            }
        }
        return Some(a);
    }
    // Most words that reach here start no amount ("at" with no "least"): they are turned away
    // before `parse_amount` and `parse_words` run all their tests.
    match toks.get(i) {
        Some(t) if !may_count(src, t) => {
            // The counts of `parse_amount` and of the loop of `parse_words`.
            *steps += 2;
            None
        }
        // `parse_amount` of a word, without its call.
        Some(_) => {
            *steps += 1;
            let mut a = parse_words(src, toks, i, end, steps)?;
            of_after_vague(toks, &mut a);
            Some(a)
        }
        None => parse_amount(src, toks, i, end, steps),
    }
}

/// [`parse_amount`], with a plain number token read by [`plain_number`].
// Inlined natively, where speed counts; the size-built wasm decides for itself.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn amount(src: &str, toks: &[Token], i: usize, end: usize, steps: &mut u64) -> Option<Amount> {
    if let Some(t) = toks.get(i).filter(|t| i < end && t.kind == TokKind::Number) {
        match plain_number(src, toks, t, i, end) {
            // `parse_amount`'s count, which these skip.
            Plain::Count(v) => {
                *steps += 1;
                return Some(exact(i, i + 1, v));
            }
            Plain::NotACount => {
                *steps += 1;
                return None;
            }
            Plain::Other => {}
        }
    }
    parse_amount(src, toks, i, end, steps)
}

/// Whether [`parse_words`] can read an amount at word token `t`: an article, a vague word, a
/// number word other than "dozen", a hyphenated word whose first letters are those of a tens
/// word ("seventy-three") or "half", "tens", "hundreds". For any other word it reads none.
#[inline]
fn may_count(src: &str, t: &Token) -> bool {
    let e = lexicon::entry(t.lex);
    e.article
        || e.vague.is_some()
        || (e.num > 0 && t.word != DOZEN)
        || (t.hyphen()
            && src
                .as_bytes()
                .get(t.start..t.start + 2)
                .is_some_and(starts_like_tens))
        || w!["half", "tens", "hundreds"].contains(&t.word)
}

/// "dozens of", "a couple of": a vague amount takes the "of" after it.
#[inline]
fn of_after_vague(toks: &[Token], a: &mut Amount) {
    if a.vague && is_word(toks, a.end, w!["of"]) {
        a.end += 1;
        a.of = true;
    }
}

/// What [`plain_number`] makes of a number token.
enum Plain {
    /// A whole amount on its own, of this value.
    Count(u64),
    /// No amount at all: a year, a leading zero, seven digits with no commas.
    NotACount,
    /// Anything else ("1.5", "3 lakh", "10 to 12", "١٢"): [`parse_amount`] reads it.
    Other,
}

/// Number token `t` (token `i`) read in few steps when it is the commonest case: ASCII digits and
/// thousands commas ("12", "59,775") with no magnitude word ("3 lakh") or range joiner ("10 to
/// 12", "10 - 12") after it. What it returns is what [`parse_amount`] would; any other number is
/// [`Plain::Other`], for `parse_amount` to read.
#[inline]
fn plain_number(src: &str, toks: &[Token], t: &Token, i: usize, end: usize) -> Plain {
    let Some(b) = src.as_bytes().get(t.start..t.end) else {
        return Plain::Other;
    };
    // Eighteen digits fit in a u64 unchecked; an empty text is no number.
    if b.is_empty() || b.len() > 18 || !b[0].is_ascii_digit() {
        return Plain::Other;
    }
    let (mut v, mut digits, mut grouped) = (0u64, 0, false);
    for &c in b {
        let d = c.wrapping_sub(b'0');
        if d <= 9 {
            v = v * 10 + u64::from(d);
            digits += 1;
        } else if c == b',' {
            grouped = true;
        } else {
            return Plain::Other;
        }
    }
    // The rules of `parse_ascii_digits`; an ASCII digit is a whole char, so `b` is the token's
    // text.
    if (b[0] == b'0' && digits > 1)
        || (!grouped && digits == 4 && (1900..=2100).contains(&v))
        || (!grouped && digits >= 7)
    {
        return Plain::NotACount;
    }
    match toks.get(i + 1) {
        Some(n) if n.kind == TokKind::Word => {
            let mag = i + 1 < end && lexicon::entry(n.lex).mag > 0;
            if mag || w!["to", "or"].contains(&n.word) {
                return Plain::Other;
            }
        }
        Some(n) if n.is_punct(b'-') => return Plain::Other,
        _ => {}
    }
    Plain::Count(v)
}

fn range(start: usize, num_start: usize, end: usize, lo: u64, hi: u64) -> Amount {
    Amount {
        start,
        num_start,
        end,
        value: lo + (hi - lo) / 2,
        min: Some(lo),
        max: Some(hi),
        approx: true,
        vague: false,
        article: false,
        of: false,
        decimal: false,
    }
}

/// Exactly `v`, stated by tokens `start..end`.
pub fn exact(start: usize, end: usize, v: u64) -> Amount {
    Amount {
        start,
        num_start: start,
        end,
        value: v,
        min: Some(v),
        max: Some(v),
        approx: false,
        vague: false,
        article: false,
        of: false,
        decimal: false,
    }
}

fn vague(start: usize, end: usize, (v, lo, hi): (u64, u64, u64)) -> Amount {
    Amount {
        start,
        num_start: start,
        end,
        value: v,
        min: Some(lo),
        max: Some(hi),
        approx: true,
        vague: true,
        article: false,
        of: false,
        decimal: false,
    }
}

/// Matches a hedge at `i`; returns it and the token after it.
// Inlined natively, where speed counts; the size-built wasm decides for itself.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn match_hedge(toks: &[Token], i: usize, end: usize) -> (Option<Hedge>, usize) {
    let first = match toks.get(i) {
        Some(t) if t.kind == TokKind::Word => t,
        _ => return (None, i),
    };
    let e = lexicon::entry(first.lex);
    let could = e.hedge.is_some() || e.starts || (e.article && first.end - first.start == 2);
    if !could {
        return (None, i);
    }
    for &k in hedges_starting(first.word) {
        let (words, h) = &HEDGES[k];
        if i + words.len() > end {
            continue;
        }
        if words
            .iter()
            .enumerate()
            .skip(1)
            .all(|(k, &w)| is_word(toks, i + k, &[w]))
        {
            return (Some(*h), i + words.len());
        }
    }
    (None, i)
}

/// The indices in [`HEDGES`] of the hedges whose first word is the keyword `first`, in table
/// order: the only hedges that can start with it, tried in the order of the whole table.
fn hedges_starting(first: Word) -> &'static [usize] {
    static TABLE: OnceLock<Vec<Vec<usize>>> = OnceLock::new();
    let t = TABLE.get_or_init(|| {
        let mut t = vec![Vec::new(); super::words::KEYWORDS.len() + 1];
        for (k, (words, _)) in HEDGES.iter().enumerate() {
            if let Some(&f) = words.first() {
                t[f as usize].push(k);
            }
        }
        t
    });
    match first {
        NO_WORD => &[],
        _ => t.get(first as usize).map_or(&[], Vec::as_slice),
    }
}

/// The keyword ids the counted-words loop of [`parse_words`] tests on every word.
const DOZEN: Word = super::words::id("dozen");
const AND: Word = super::words::id("and");

/// An amount without hedge.
fn parse_amount(
    src: &str,
    toks: &[Token],
    i: usize,
    end: usize,
    steps: &mut u64,
) -> Option<Amount> {
    *steps += 1;
    if i >= end {
        return None;
    }
    let t = &toks[i];
    let mut a = match t.kind {
        TokKind::Number => {
            let (v, frac) = parse_digits(t.text(src))?;
            let (mag, next) = magnitudes(src, toks, i + 1, end);
            let v = match (frac, mag) {
                (None, 1) => v,
                (None, m) => v.checked_mul(m)?,
                (Some((f, scale)), m) if m > 1 => {
                    v.checked_mul(m)?.checked_add(f.checked_mul(m)? / scale)?
                }
                // "3.3 a day": kept as the integers around it; a figure only with a rate.
                (Some((f, scale)), _) if f > 0 && next == i + 1 => {
                    let hi = v.checked_add(1)?;
                    let value = if f.checked_mul(2)? >= scale { hi } else { v };
                    return Some(Amount {
                        min: Some(v),
                        max: Some(hi),
                        approx: true,
                        decimal: true,
                        ..exact(i, next, value)
                    });
                }
                _ => return None,
            };
            let mut a = exact(i, next, v);
            if mag == 1 && next == i + 1 {
                with_tail(src, toks, &mut a, end, steps);
            }
            a
        }
        TokKind::NumRange => {
            let text = t.text(src);
            let dash = text.find('-')?;
            let (lo, f1) = parse_digits(&text[..dash])?;
            let (hi, f2) = parse_digits(&text[dash + 1..])?;
            if f1.is_some() || f2.is_some() || hi <= lo {
                return None;
            }
            range(i, i, i + 1, lo, hi)
        }
        TokKind::Word => words_amount(src, toks, i, end, steps)?,
        TokKind::Punct => return None,
    };
    of_after_vague(toks, &mut a);
    Some(a)
}

/// "10 to 12", "two or three", "10 - 12": makes `a` the range, in place.
fn with_tail(src: &str, toks: &[Token], a: &mut Amount, end: usize, steps: &mut u64) {
    let j = a.end;
    let joiner = match toks.get(j) {
        Some(t) if t.kind == TokKind::Word => w!["to", "or"].contains(&t.word),
        Some(t) => t.is_punct(b'-'),
        None => false,
    };
    if !joiner {
        return;
    }
    let next = toks.get(j + 1);
    if !next.is_some_and(|t| t.kind == TokKind::Number || lexicon::entry(t.lex).num > 0) {
        return;
    }
    if let Some(b) = parse_amount_simple(src, toks, j + 1, end, steps) {
        if b.value > a.value && !b.vague && !b.article {
            *a = range(a.start, a.num_start, b.end, a.value, b.value);
        }
    }
}

fn parse_amount_simple(
    src: &str,
    toks: &[Token],
    i: usize,
    end: usize,
    steps: &mut u64,
) -> Option<Amount> {
    let t = toks.get(i)?;
    match t.kind {
        TokKind::Number => {
            let (v, frac) = parse_digits(t.text(src))?;
            if frac.is_some() {
                return None;
            }
            Some(exact(i, i + 1, v))
        }
        TokKind::Word => words_amount(src, toks, i, end, steps).filter(|a| !a.vague && !a.article),
        _ => None,
    }
}

/// Multiplier words after a number: "1.5 million", "3 lakh", "two hundred thousand".
fn magnitudes(src: &str, toks: &[Token], mut i: usize, end: usize) -> (u64, usize) {
    let mut m: u64 = 1;
    while i < end {
        if toks[i].kind != TokKind::Word {
            break;
        }
        let e = lexicon::entry(toks[i].lex);
        if e.mag == 0 {
            break;
        }
        m = match m.checked_mul(u64::from(e.mag)) {
            Some(m) => m,
            None => break,
        };
        i += 1;
    }
    let _ = src;
    (m, i)
}

/// Parses digits with thousands commas or group spaces and an optional fraction. Returns the
/// integer part and, for a fraction, its digits and their scale (10^len). Digits of the scripts
/// of [`digit_value`] read as their values. Years and leading zeros give `None`.
pub fn parse_digits(s: &str) -> Option<(u64, Option<(u64, u64)>)> {
    if s.is_ascii() {
        return parse_ascii_digits(s.as_bytes());
    }
    let mut chars = s.chars().peekable();
    let first = digit_value(*chars.peek()?)?;
    let mut v: u64 = 0;
    let mut digits = 0;
    let mut grouped = false;
    while let Some(&c) = chars.peek() {
        if let Some(d) = digit_value(c) {
            v = v.checked_mul(10)?.checked_add(d)?;
            digits += 1;
        } else if c == ',' || GROUP_SPACES.contains(&c) {
            grouped = true;
        } else {
            break;
        }
        chars.next();
    }
    if first == 0 && digits > 1 {
        return None;
    }
    if !grouped && digits == 4 && (1900..=2100).contains(&v) {
        return None;
    }
    if !grouped && digits >= 7 {
        return None;
    }
    match chars.next() {
        None => return Some((v, None)),
        Some('.') => {}
        Some(_) => return None,
    }
    let mut f: u64 = 0;
    let mut scale: u64 = 1;
    for c in chars {
        f = f.checked_mul(10)?.checked_add(digit_value(c)?)?;
        scale = scale.checked_mul(10)?;
    }
    Some((v, Some((f, scale))))
}

/// The amount of "dozens" (value, min, max), also of "several dozen" and "a few dozen".
const DOZENS: (u64, u64, u64) = (36, 24, 99);

/// [`parse_digits`] of ASCII text (nearly every number), byte by byte: the same rules, with
/// ASCII digits, commas and a decimal point the only chars it can read.
fn parse_ascii_digits(b: &[u8]) -> Option<(u64, Option<(u64, u64)>)> {
    let first = *b.first()?;
    if !first.is_ascii_digit() {
        return None;
    }
    let mut v: u64 = 0;
    let mut digits = 0;
    let mut grouped = false;
    let mut k = 0;
    while let Some(&c) = b.get(k) {
        if c.is_ascii_digit() {
            v = v.checked_mul(10)?.checked_add(u64::from(c - b'0'))?;
            digits += 1;
        } else if c == b',' {
            grouped = true;
        } else {
            break;
        }
        k += 1;
    }
    if first == b'0' && digits > 1 {
        return None;
    }
    if !grouped && digits == 4 && (1900..=2100).contains(&v) {
        return None;
    }
    if !grouped && digits >= 7 {
        return None;
    }
    match b.get(k) {
        None => return Some((v, None)),
        Some(b'.') => {}
        Some(_) => return None,
    }
    let mut f: u64 = 0;
    let mut scale: u64 = 1;
    for &c in &b[k + 1..] {
        if !c.is_ascii_digit() {
            return None;
        }
        f = f.checked_mul(10)?.checked_add(u64::from(c - b'0'))?;
        scale = scale.checked_mul(10)?;
    }
    Some((v, Some((f, scale))))
}

/// [`parse_words`] for its rarer callers (a word after a joiner or "between"): one shared copy,
/// where [`parse_phrase`] has its own inlined one.
#[inline(never)]
fn words_amount(
    src: &str,
    toks: &[Token],
    i: usize,
    end: usize,
    steps: &mut u64,
) -> Option<Amount> {
    parse_words(src, toks, i, end, steps)
}

/// Number words: "seven", "seventy-three", "thirty seven", "two hundred and five", "a dozen",
/// "half a dozen", "a few", "several", "tens of thousands", and a bare article. Inlined into
/// [`parse_phrase`], which reads most of them.
// Inlined natively, where speed counts; the size-built wasm decides for itself.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn parse_words(src: &str, toks: &[Token], i: usize, end: usize, steps: &mut u64) -> Option<Amount> {
    let t = &toks[i];
    let e = lexicon::entry(t.lex);
    if e.article {
        // "a dozen", "a few", "a couple (of)", "a hundred", "a handful of".
        let next = i + 1;
        if is_word(toks, next, w!["dozen"]) {
            return Some(exact(i, next + 1, 12));
        }
        if is_word(toks, next, w!["few"]) {
            // "a few dozen": dozens.
            if is_word(toks, next + 1, w!["dozen"]) {
                return Some(vague(i, next + 2, DOZENS));
            }
            return Some(vague(i, next + 1, (3, 2, 5)));
        }
        if is_word(toks, next, w!["couple"]) {
            return Some(vague(i, next + 1, (2, 2, 3)));
        }
        if is_word(toks, next, w!["handful"]) {
            return Some(vague(i, next + 1, (3, 2, 5)));
        }
        if let Some(n) = toks.get(next) {
            let ne = lexicon::entry(n.lex);
            if ne.mag > 0 && ne.mag < 1_000_000 && n.kind == TokKind::Word {
                let (m, after) = magnitudes(src, toks, next, end);
                return Some(exact(i, after, m));
            }
        }
        let mut a = exact(i, i + 1, 1);
        a.article = true;
        return Some(a);
    }
    if is_word(toks, i, w!["half"]) && is_word(toks, i + 1, w!["a"]) {
        if is_word(toks, i + 2, w!["dozen"]) {
            return Some(exact(i, i + 3, 6));
        }
        return None;
    }
    if is_word(toks, i, w!["tens", "hundreds"])
        && is_word(toks, i + 1, w!["of"])
        && is_word(toks, i + 2, w!["thousands"])
    {
        {
            let r = if is_word(toks, i, w!["tens"]) {
                (30_000, 20_000, 99_999)
            } else {
                (300_000, 200_000, 999_999)
            };
            return Some(vague(i, i + 3, r));
        }
    }
    if let Some((v, lo, hi)) = e.vague {
        let r = (u64::from(v), u64::from(lo), u64::from(hi));
        // "scores" is a vague amount only before "of" ("scores of people") or as the subject
        // of a passive or a casualty word ("scores were injured", "scores dead"); "the scores
        // were level" then has no kind.
        if is_word(toks, i, w!["scores"])
            && !is_word(
                toks,
                i + 1,
                w!["of", "were", "have", "had", "injured", "wounded", "killed", "dead", "died"],
            )
        {
            return None;
        }
        // "several dozen": dozens.
        if is_word(toks, i + 1, w!["dozen"]) {
            return Some(vague(i, i + 2, DOZENS));
        }
        // "several hundred".
        let (m, after) = magnitudes(src, toks, i + 1, end);
        if m > 1 {
            let (v, lo, hi) = r;
            return Some(vague(
                i,
                after,
                (v.checked_mul(m)?, lo.checked_mul(m)?, hi.checked_mul(m)?),
            ));
        }
        return Some(vague(i, i + 1, r));
    }
    // Counted words.
    let mut total: u64 = 0;
    let mut cur: u64 = 0;
    let mut j = i;
    let mut any = false;
    while j < end {
        *steps += 1;
        let t = &toks[j];
        if t.kind != TokKind::Word {
            break;
        }
        let e = lexicon::entry(t.lex);
        // Only a word with a hyphen inside can be "seventy-three".
        if let Some(n) = t.hyphen().then(|| hyphen_number(t.text(src))).flatten() {
            if cur % 100 != 0 {
                break;
            }
            cur += n;
        } else if e.mag > 0 && any {
            if e.mag == 100 {
                cur = cur.checked_mul(100)?;
            } else {
                total = total.checked_add(cur.checked_mul(u64::from(e.mag))?)?;
                cur = 0;
            }
        } else if t.word == DOZEN && any {
            cur = cur.checked_mul(12)?;
        } else if e.num > 0 && t.word != DOZEN {
            if e.tens {
                if cur % 100 != 0 {
                    break;
                }
            } else if cur % 10 != 0 || (cur % 100 > 0 && e.num >= 10) {
                break;
            }
            cur += u64::from(e.num);
        } else if t.word == AND
            && any
            && cur >= 100
            && toks.get(j + 1).is_some_and(|n| {
                lexicon::entry(n.lex).num > 0 || hyphen_number(n.text(src)).is_some()
            })
        {
            // "two hundred and five"
        } else {
            break;
        }
        any = true;
        j += 1;
    }
    if !any {
        return None;
    }
    let v = total.checked_add(cur)?;
    if v == 0 {
        return None;
    }
    let mut a = exact(i, j, v);
    with_tail(src, toks, &mut a, end, steps);
    Some(a)
}

/// The first two letters (lowercase) of every tens word of the lexicon ("twenty" .. "ninety",
/// "fourty"): a word whose first part starts otherwise cannot be "seventy-three", so it is
/// turned away before the two lexicon lookups (most hyphenated words are "counter-terrorism").
const TENS_STARTS: [[u8; 2]; 8] = [
    *b"tw", *b"th", *b"fo", *b"fi", *b"si", *b"se", *b"ei", *b"ni",
];

/// The lengths a tens word's text can have: "forty" to "seventy", or with "'s" or "’s" after it
/// (the lexicon reads a possessive as its stem).
const TENS_LENS: std::ops::RangeInclusive<usize> = 5..=11;

/// Whether `a` may look up as a tens word: a cheap test that never turns one away. The lexicon
/// folds case by setting bit 0x20 of each byte, so the same fold is applied here.
fn may_be_tens(a: &[u8]) -> bool {
    TENS_LENS.contains(&a.len()) && starts_like_tens(a)
}

/// Whether `b` starts with the first two letters of a tens word ([`TENS_STARTS`]).
#[inline]
fn starts_like_tens(b: &[u8]) -> bool {
    b.len() >= 2 && TENS_STARTS.contains(&[b[0] | 0x20, b[1] | 0x20])
}

/// "seventy-three" → 73; "twenty-one" → 21.
fn hyphen_number(w: &str) -> Option<u64> {
    let dash = w.bytes().position(|c| c == b'-')?;
    if !may_be_tens(&w.as_bytes()[..dash]) {
        return None;
    }
    let (a, b) = (&w[..dash], &w[dash + 1..]);
    let ea = lexicon::entry(lexicon::lookup(a.as_bytes()));
    if !ea.tens {
        return None;
    }
    let eb = lexicon::entry(lexicon::lookup(b.as_bytes()));
    if eb.num > 0 && eb.num < 10 && !eb.tens {
        Some(u64::from(ea.num + eb.num))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    type Parsed = (u64, Option<u64>, Option<u64>, bool, bool);

    fn amount(s: &str) -> Option<Parsed> {
        let mut st = 0;
        let t = tokenize(s, &mut st);
        parse(s, &t, 0, t.len(), &mut st).map(|a| (a.value, a.min, a.max, a.approx, a.vague))
    }

    macro_rules! parses_to {
        ($name:ident, $input:expr, $expected:expr) => {
            #[test]
            fn $name() {
                assert_eq!(amount($input), $expected, "{}", $input);
            }
        };
    }

    parses_to!(
        digits,
        "59,775 ops",
        Some((59775, Some(59775), Some(59775), false, false))
    );
    parses_to!(
        plain,
        "59775 ops",
        Some((59775, Some(59775), Some(59775), false, false))
    );
    parses_to!(word, "two men", Some((2, Some(2), Some(2), false, false)));
    parses_to!(
        several_dozen,
        "several dozen men",
        Some((36, Some(24), Some(99), true, true))
    );
    parses_to!(
        a_few_dozen,
        "a few dozen men",
        Some((36, Some(24), Some(99), true, true))
    );
    parses_to!(
        several_hundred,
        "several hundred men",
        Some((500, Some(300), Some(900), true, true))
    );
    parses_to!(
        thin_space_group,
        "12\u{2009}345 men",
        Some((12345, Some(12345), Some(12345), false, false))
    );
    parses_to!(
        arabic_indic_digits,
        "٣ men",
        Some((3, Some(3), Some(3), false, false))
    );
    parses_to!(
        devanagari_range,
        "१०-१२ men",
        Some((11, Some(10), Some(12), true, false))
    );

    /// `parse_digits` of one number's text: (integer part, fraction digits and scale).
    macro_rules! digits_to {
        ($name:ident, $input:expr, $expected:expr) => {
            #[test]
            fn $name() {
                let e: Option<(u64, Option<(u64, u64)>)> = $expected;
                assert_eq!(parse_digits($input), e, "{:?}", $input);
            }
        };
    }

    digits_to!(ascii, "925", Some((925, None)));
    digits_to!(ascii_commas, "59,775", Some((59775, None)));
    digits_to!(ascii_fraction, "1.5", Some((1, Some((5, 10)))));
    digits_to!(ascii_year, "2024", None);
    digits_to!(ascii_leading_zero, "07", None);
    digits_to!(ascii_seven_digits, "1250000", None);
    digits_to!(thin_space, "12\u{2009}345", Some((12345, None)));
    digits_to!(nbsp, "12\u{A0}345", Some((12345, None)));
    digits_to!(narrow_nbsp, "12\u{202F}345", Some((12345, None)));
    digits_to!(
        spaced_million,
        "1\u{2009}250\u{2009}000",
        Some((1250000, None))
    );
    digits_to!(spaced_year_like, "2\u{2009}024", Some((2024, None)));
    digits_to!(
        spaced_fraction,
        "12\u{A0}345.5",
        Some((12345, Some((5, 10))))
    );
    digits_to!(arabic_indic, "٣", Some((3, None)));
    digits_to!(arabic_indic_two, "١٢", Some((12, None)));
    digits_to!(arabic_indic_year, "٢٠٢٤", None);
    digits_to!(arabic_indic_leading_zero, "٠٧", None);
    digits_to!(extended_arabic_indic, "۱۲", Some((12, None)));
    digits_to!(devanagari, "४२", Some((42, None)));
    digits_to!(bengali, "৫", Some((5, None)));
    digits_to!(mixed_scripts, "1٢", Some((12, None)));
    digits_to!(arabic_indic_fraction, "١.٥", Some((1, Some((5, 10)))));
    digits_to!(thai_digits_are_not_read, "๑๒", None);
    digits_to!(fullwidth_digits_are_not_read, "１２", None);
    digits_to!(beyond_u64, "99,999,999,999,999,999,999", None);
    digits_to!(arabic_beyond_u64, "٩٩,٩٩٩,٩٩٩,٩٩٩,٩٩٩,٩٩٩,٩٩٩", None);
    digits_to!(letter_inside, "12a", None);
    digits_to!(empty, "", None);
    digits_to!(
        ascii_comma_fraction,
        "1,250.75",
        Some((1250, Some((75, 100))))
    );
    digits_to!(ascii_two_dots, "1.2.3", None);
    digits_to!(ascii_trailing_dot, "12.", Some((12, Some((0, 1)))));
    digits_to!(ascii_grouped_year, "2,024", Some((2024, None)));
    digits_to!(ascii_six_digits, "999999", Some((999999, None)));
    digits_to!(ascii_zero, "0", Some((0, None)));
    digits_to!(ascii_leading_comma, ",5", None);
    digits_to!(ascii_fraction_overflow, "1.99999999999999999999", None);
    digits_to!(ascii_letter_in_fraction, "1.5x", None);

    /// Every hedge is found under its first word, in table order; no word starts one.
    #[test]
    fn every_hedge_has_its_start() {
        for (k, (words, _)) in HEDGES.iter().enumerate() {
            let at = hedges_starting(words[0]);
            assert!(at.contains(&k), "{words:?}");
            assert!(at.windows(2).all(|p| p[0] < p[1]), "{words:?}");
        }
        assert!(hedges_starting(NO_WORD).is_empty());
    }

    /// The ASCII path reads every ASCII text as the char by char path does.
    #[test]
    fn ascii_digits_match_the_general_reader() {
        let cases = [
            "925",
            "59,775",
            "1.5",
            "2024",
            "07",
            "1250000",
            "12.",
            "1.2.3",
            ",5",
            "",
            "0",
            "00",
            "1,,2",
            "2100",
            "1899",
            "2,024",
            "12a",
            "1.5x",
            "99,999,999,999,999,999,999",
            "1.99999999999999999999",
            "123456",
            "3-4",
            "1 2",
        ];
        for c in cases {
            assert_eq!(parse_ascii_digits(c.as_bytes()), general_digits(c), "{c:?}");
        }
    }

    /// The char by char reader, as `parse_digits` was before its ASCII path.
    fn general_digits(s: &str) -> Option<(u64, Option<(u64, u64)>)> {
        let mut chars = s.chars().peekable();
        let first = digit_value(*chars.peek()?)?;
        let (mut v, mut digits, mut grouped) = (0u64, 0, false);
        while let Some(&c) = chars.peek() {
            if let Some(d) = digit_value(c) {
                v = v.checked_mul(10)?.checked_add(d)?;
                digits += 1;
            } else if c == ',' || GROUP_SPACES.contains(&c) {
                grouped = true;
            } else {
                break;
            }
            chars.next();
        }
        if (first == 0 && digits > 1)
            || (!grouped && digits == 4 && (1900..=2100).contains(&v))
            || (!grouped && digits >= 7)
        {
            return None;
        }
        match chars.next() {
            None => return Some((v, None)),
            Some('.') => {}
            Some(_) => return None,
        }
        let (mut f, mut scale) = (0u64, 1u64);
        for c in chars {
            f = f.checked_mul(10)?.checked_add(digit_value(c)?)?;
            scale = scale.checked_mul(10)?;
        }
        Some((v, Some((f, scale))))
    }
    /// A number token reads the same, and counts the same steps, through [`plain_number`] as
    /// through [`parse_amount`] alone, before any word and within any bound.
    #[test]
    fn plain_numbers_match_the_general_reader() {
        let numbers = [
            "0",
            "7",
            "07",
            "12",
            "925",
            "1899",
            "1900",
            "2024",
            "2100",
            "2101",
            "999999",
            "1000000",
            "59,775",
            "1.5",
            "3.3",
            "12.",
            "١٢",
            "12\u{2009}345",
            "10-12",
            "4-0",
            "2,024",
            "0,5",
            "00",
            "1,,2",
            "12,",
            "1,000,000",
            "1,250.75",
            "123456789012345678",
            "1234567890123456789",
            "99,999,999,999,999,999,999",
            "9,999,999,999,999",
            "1,٢",
        ];
        let after = [
            "",
            " men",
            " hundred",
            " lakh",
            " million men",
            " to 12",
            " or 13",
            " - 12",
            " -",
            " to",
            " or five",
            " , 5",
            " a day",
            " 12",
            " 10-12",
            " Hundred",
            " tons",
        ];
        for n in numbers {
            for a in after {
                let text = format!("{n}{a}");
                let toks = tokenize(&text, &mut 0);
                for end in 1..=toks.len() {
                    let (mut fast, mut general) = (0, 1);
                    assert_eq!(
                        parse(&text, &toks, 0, end, &mut fast),
                        parse_amount(&text, &toks, 0, end, &mut general),
                        "{text:?} to token {end}"
                    );
                    assert_eq!(fast, general, "steps of {text:?} to token {end}");
                }
            }
        }
    }

    /// A word that [`may_count`] turns away is one `parse_amount` reads no amount at, with the
    /// same steps; tried on every keyword and number word, alone and before others.
    #[test]
    fn words_turned_away_read_no_amount() {
        let mut words: Vec<&str> = super::super::words::KEYWORDS.to_vec();
        words.extend([
            "one",
            "Two",
            "nine",
            "ten",
            "nineteen",
            "twenty",
            "Seventy",
            "dozen",
            "twin",
            "hundred",
            "thousand",
            "million",
            "lakh",
            "crore",
            "several",
            "dozens",
            "scores",
            "hundreds",
            "thousands",
            "half",
            "tens",
            "few",
            "couple",
            "handful",
            "A",
            "An",
            "seventy-three",
            "counter-terrorism",
            "so-called",
            "al-Qaeda",
            "Tehreek-e-Taliban",
            "Seventy-Three",
            "twenty-one-year-old",
            "fifty-fifty",
            "self-styled",
            "x-ray",
            "men",
            "killed",
            "zero",
            "none",
            "both",
        ]);
        let after = [
            "",
            " men",
            " of thousands",
            " a dozen",
            " hundred",
            " to five",
            " 12",
        ];
        let mut turned_away = 0;
        for w in &words {
            for a in after {
                let text = format!("{w}{a}");
                let toks = tokenize(&text, &mut 0);
                if toks.is_empty() || may_count(&text, &toks[0]) {
                    continue;
                }
                turned_away += 1;
                let mut st = 0;
                assert_eq!(
                    parse_amount(&text, &toks, 0, toks.len(), &mut st),
                    None,
                    "{text:?}"
                );
                assert_eq!(st, 2, "steps of {text:?}");
            }
        }
        assert!(turned_away > 1000, "{turned_away}");
    }

    /// `parse` as it was before its shortcuts: every amount through [`parse_amount`].
    fn general_parse(
        src: &str,
        toks: &[Token],
        i: usize,
        end: usize,
        steps: &mut u64,
    ) -> Option<Amount> {
        *steps += 1;
        if i >= end {
            return None;
        }
        if toks.get(i).is_some_and(|t| t.kind != TokKind::Word) {
            return parse_amount(src, toks, i, end, steps);
        }
        if is_word(toks, i, w!["between"]) {
            let a = parse_amount(src, toks, i + 1, end, steps)?;
            if a.article || a.vague || !is_word(toks, a.end, w!["and"]) {
                return None;
            }
            let b = parse_amount(src, toks, a.end + 1, end, steps)?;
            if b.article || b.vague || b.value <= a.value {
                return None;
            }
            return Some(range(i, a.num_start, b.end, a.value, b.value));
        }
        let (hedge, after) = match_hedge(toks, i, end);
        if let Some(h) = hedge {
            let mut a = parse_amount(src, toks, after, end, steps)?;
            if a.article {
                return None;
            }
            a.start = i;
            if !a.vague && a.min == a.max {
                a.approx = true;
                (a.min, a.max) = match h {
                    Hedge::AtLeast => (Some(a.value), None),
                    Hedge::About => (None, None),
                    Hedge::AtMost => (None, Some(a.value)),
                };
            }
            return Some(a);
        }
        parse_amount(src, toks, i, end, steps)
    }

    /// Whole phrases read the same, with the same steps, as before the shortcuts: hedges,
    /// "between", number words and digits, cut at every bound.
    #[test]
    fn phrases_match_the_general_reader() {
        let before = [
            "",
            "at least ",
            "between ",
            "about ",
            "no fewer than ",
            "an estimated ",
            "up to ",
            "more than ",
            "at ",
            "some ",
            "over ",
        ];
        let numbers = [
            "7",
            "07",
            "12",
            "2024",
            "59,775",
            "1,000,000",
            "1.5",
            "3.3",
            "١٢",
            "10-12",
            "two",
            "seventy-three",
            "a",
            "an",
            "a dozen",
            "dozens",
            "several",
            "hundreds",
            "half a dozen",
            "tens of thousands",
            "counter-terrorism",
            "the",
            "men",
        ];
        let after = [
            "",
            " and 15",
            " and 5",
            " and twenty",
            " men",
            " hundred men",
            " lakh",
            " to 40",
            " or 13",
            " - 12",
            " of them",
            " a day",
        ];
        for b in before {
            for n in numbers {
                for a in after {
                    let text = format!("{b}{n}{a}");
                    let toks = tokenize(&text, &mut 0);
                    for end in 0..=toks.len() {
                        let (mut fast, mut general) = (0, 0);
                        assert_eq!(
                            parse(&text, &toks, 0, end, &mut fast),
                            general_parse(&text, &toks, 0, end, &mut general),
                            "{text:?} to token {end}"
                        );
                        assert_eq!(fast, general, "steps of {text:?} to token {end}");
                    }
                }
            }
        }
    }

    /// `hyphen_number` as it was before its [`may_be_tens`] test.
    fn general_hyphen_number(w: &str) -> Option<u64> {
        let (a, b) = w.split_once('-')?;
        let ea = lexicon::entry(lexicon::lookup(a.as_bytes()));
        let eb = lexicon::entry(lexicon::lookup(b.as_bytes()));
        (ea.tens && eb.num > 0 && eb.num < 10 && !eb.tens).then(|| u64::from(ea.num + eb.num))
    }

    /// The tens words, as the lexicon has them ([`every_tens_word_is_listed`] checks the list).
    const TENS_WORDS: [&str; 9] = [
        "twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];

    /// No lexicon entry is a tens word but those of [`TENS_WORDS`]: else [`TENS_STARTS`] may
    /// lack its letters.
    #[test]
    fn every_tens_word_is_listed() {
        let listed: Vec<_> = TENS_WORDS
            .iter()
            .map(|w| lexicon::lookup(w.as_bytes()))
            .collect();
        for w in TENS_WORDS {
            assert!(lexicon::entry(lexicon::lookup(w.as_bytes())).tens, "{w}");
        }
        for id in 0..=u16::MAX {
            if lexicon::entry(id).tens {
                // Ids past the table wrap around to its entries: compare the entries.
                let e = lexicon::entry(id);
                assert!(
                    listed.iter().any(|&l| std::ptr::eq(lexicon::entry(l), e)),
                    "lexicon id {id} is a tens word"
                );
            }
        }
    }

    /// The quick test turns away no hyphenated word the lexicon would read as a number.
    #[test]
    fn hyphen_number_matches_the_general_reader() {
        let mut cases: Vec<String> = [
            "counter-terrorism",
            "al-Qaeda",
            "so-called",
            "Tehreek-e-Taliban",
            "security-forces",
            "seventy-",
            "-three",
            "-",
            "tw-one",
            "seven-ty",
            "thirteen-one",
            "twentyfive-one",
            "sixty-sixty",
            "ninety-dozen",
            "twenty-twin",
            "twenty-one-year-old",
            "fifty-five-year-olds",
            "\u{e9}\u{e9}\u{e9}-one",
            "tw\u{e9}nty-one",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let units = [
            "one", "Five", "NINE", "ten", "zero", "twin", "one's", "nine’s", "x",
        ];
        for t in TENS_WORDS {
            let upper = t.to_uppercase();
            let title = t[..1].to_uppercase() + &t[1..];
            for first in [
                t.to_string(),
                upper,
                title,
                format!("{t}'s"),
                format!("{t}’s"),
            ] {
                for u in units {
                    cases.push(format!("{first}-{u}"));
                }
            }
        }
        for c in &cases {
            assert_eq!(hyphen_number(c), general_hyphen_number(c), "{c:?}");
        }
        assert_eq!(hyphen_number("Seventy-Three"), Some(73));
    }

    parses_to!(one, "one man", Some((1, Some(1), Some(1), false, false)));
    parses_to!(
        hyphen_words,
        "seventy-three men",
        Some((73, Some(73), Some(73), false, false))
    );
    parses_to!(
        spaced_words,
        "thirty seven men",
        Some((37, Some(37), Some(37), false, false))
    );
    parses_to!(
        hundred_and,
        "two hundred and five men",
        Some((205, Some(205), Some(205), false, false))
    );
    parses_to!(
        a_dozen,
        "a dozen men",
        Some((12, Some(12), Some(12), false, false))
    );
    parses_to!(
        half_dozen,
        "half a dozen men",
        Some((6, Some(6), Some(6), false, false))
    );
    parses_to!(
        million,
        "1.5 million men",
        Some((1_500_000, Some(1_500_000), Some(1_500_000), false, false))
    );
    parses_to!(
        lakh,
        "3 lakh men",
        Some((300_000, Some(300_000), Some(300_000), false, false))
    );
    parses_to!(
        crore,
        "2 crore men",
        Some((20_000_000, Some(20_000_000), Some(20_000_000), false, false))
    );
    parses_to!(about, "about 50 men", Some((50, None, None, true, false)));
    parses_to!(
        as_many_as,
        "as many as 117 men",
        Some((117, None, None, true, false))
    );
    parses_to!(
        at_least,
        "at least 10 men",
        Some((10, Some(10), None, true, false))
    );
    parses_to!(
        more_than_words,
        "more than forty men",
        Some((40, Some(40), None, true, false))
    );
    parses_to!(
        no_fewer,
        "no fewer than 967 men",
        Some((967, Some(967), None, true, false))
    );
    parses_to!(
        up_to,
        "up to 20 men",
        Some((20, None, Some(20), true, false))
    );
    parses_to!(
        dash_range,
        "10-12 men",
        Some((11, Some(10), Some(12), true, false))
    );
    parses_to!(
        to_range,
        "10 to 12 men",
        Some((11, Some(10), Some(12), true, false))
    );
    parses_to!(
        between,
        "between 10 and 12 men",
        Some((11, Some(10), Some(12), true, false))
    );
    parses_to!(
        or_range,
        "two or three men",
        Some((2, Some(2), Some(3), true, false))
    );
    parses_to!(a_few, "a few men", Some((3, Some(2), Some(5), true, true)));
    parses_to!(
        a_couple,
        "a couple of men",
        Some((2, Some(2), Some(3), true, true))
    );
    parses_to!(
        several,
        "several men",
        Some((5, Some(3), Some(9), true, true))
    );
    parses_to!(
        dozens,
        "dozens of men",
        Some((36, Some(24), Some(99), true, true))
    );
    parses_to!(
        scores,
        "scores of men",
        Some((40, Some(40), Some(99), true, true))
    );
    parses_to!(scores_alone, "scores men", None);
    parses_to!(
        scores_before_passive,
        "scores were injured",
        Some((40, Some(40), Some(99), true, true))
    );
    parses_to!(scores_before_noun_verb, "scores twice", None);
    parses_to!(
        hundreds,
        "hundreds of men",
        Some((300, Some(200), Some(999), true, true))
    );
    parses_to!(
        thousands,
        "thousands of men",
        Some((3000, Some(2000), Some(9999), true, true))
    );
    parses_to!(
        tens_of_thousands,
        "tens of thousands of men",
        Some((30000, Some(20000), Some(99999), true, true))
    );
    parses_to!(year, "2024 men", None);
    parses_to!(
        decimal_alone,
        "2.15 pm",
        Some((2, Some(2), Some(3), true, false))
    );
    parses_to!(
        decimal_rounds_up,
        "7.5 a day",
        Some((8, Some(7), Some(8), true, false))
    );
    parses_to!(leading_zero, "0300 1234567", None);
    parses_to!(overflow, "99999999999999999999999 men", None);
    parses_to!(overflow_mag, "999,999,999,999 billion billion", None);
    parses_to!(not_a_number, "men", None);
    parses_to!(score_range, "4-0", None);
    parses_to!(
        three_word_hedge,
        "no fewer than 9 men",
        Some((9, Some(9), None, true, false))
    );
    parses_to!(hedge_cut_short, "no fewer", None);
    parses_to!(
        an_estimated,
        "an estimated 400 men",
        Some((400, None, None, true, false))
    );
    parses_to!(
        a_handful,
        "a handful of men",
        Some((3, Some(2), Some(5), true, true))
    );
    parses_to!(
        hyphen_tens_range,
        "seventy-three to ninety men",
        Some((81, Some(73), Some(90), true, false))
    );
    // A hyphenated tail has no number entry, so it does not close a range.
    parses_to!(
        hyphen_tail_no_range,
        "twenty-one or twenty-two men",
        Some((21, Some(21), Some(21), false, false))
    );
    parses_to!(hyphen_not_tens, "counter-terrorism men", None);
    parses_to!(
        dash_token_range,
        "10 - 12 men",
        Some((11, Some(10), Some(12), true, false))
    );
    parses_to!(
        or_digits,
        "5 or 6 men",
        Some((5, Some(5), Some(6), true, false))
    );
    parses_to!(
        three_hundred_thousand,
        "3 hundred thousand men",
        Some((300_000, Some(300_000), Some(300_000), false, false))
    );
}
