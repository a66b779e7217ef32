//! The byte-level tokenizer: words, numbers, punctuation and sentence starts, with byte offsets.
//!
//! It never fails and never allocates per token beyond the one output vector. Every token lies on
//! char boundaries of the input, so any `&text[start..end]` slice is valid.
//!
//! ```text
//! word    = part *( ("-" | "'" | "’") part )          "seventy-three", "AK-47", "People's"
//! number  = digit+ *( "," digit{3} ) [ "." digit+ ]    "59,775", "1.5"
//!         | digit{1,3} +( gspace digit{3} )            "12 345", "1 250 000" (thin, no-break
//!                                                      or narrow no-break space; never ASCII)
//!         | digit+ "-" digit+                          "10-12" (a range, or a score)
//! punct   = any other visible char, one per token      "(" "," "–" "“" "%" "₹"
//! ```
//!
//! A digit is ASCII or of a script of [`DIGIT_ZEROS`] ("١٢", "۱۲", "४२"); group spaces join
//! ASCII digits only, and only when three digits and then no letter, digit or comma follow.
//!
//! A sentence starts at the first token, after a newline, and after `.`, `?` or `!`. The dot
//! of an abbreviation ("Rs.", "Lt.", "U.S.", "Nov.", a single letter) is no token and ends no
//! sentence, unless a newline, the end, or a capitalised word that opens sentences ("The",
//! "Two") follows: "two U.S. soldiers" reads as "two U.S soldiers". Initials join into one
//! word: "U.S", "U.A.E", "p.m", "U.S.-backed".

use super::lexicon::{self, Lex};
use super::words::{Word, NO_WORD};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters, possibly with digits, hyphens and apostrophes inside.
    Word,
    /// Only digits, with thousands commas and at most one decimal point.
    Number,
    /// Two digit runs joined by a hyphen: "10-12".
    NumRange,
    /// One punctuation char; [`Token::punct`] says which.
    Punct,
}

/// One token of the input.
#[derive(Debug, Clone, Copy)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    pub kind: TokKind,
    /// For punctuation, a normalised ASCII char (curly quotes become `"`, dashes `-`); else 0.
    pub punct: u8,
    /// The lexicon entry of a word, or [`lexicon::NONE`].
    pub lex: Lex,
    /// [`SENT_START`], [`CAP`] and [`HYPHEN`], packed so a token takes 24 bytes.
    flags: u8,
    /// The keyword id of a word's exact text ([`super::words`]), or [`NO_WORD`].
    pub word: Word,
}

/// [`Token::sent_start`]'s flag.
const SENT_START: u8 = 1;
/// [`Token::cap`]'s flag.
const CAP: u8 = 2;
/// [`Token::hyphen`]'s flag.
const HYPHEN: u8 = 4;

/// The flags of a token.
#[inline]
fn flags(sent_start: bool, cap: bool, hyphen: bool) -> u8 {
    (sent_start as u8 * SENT_START) | (cap as u8 * CAP) | (hyphen as u8 * HYPHEN)
}

impl Token {
    /// The token opens a sentence.
    #[inline]
    pub fn sent_start(&self) -> bool {
        self.flags & SENT_START != 0
    }

    /// The word starts with an uppercase ASCII letter.
    #[inline]
    pub fn cap(&self) -> bool {
        self.flags & CAP != 0
    }

    /// The word has a hyphen inside ("seventy-three").
    #[inline]
    pub fn hyphen(&self) -> bool {
        self.flags & HYPHEN != 0
    }

    /// The token's text.
    #[inline]
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        src.get(self.start..self.end).unwrap_or("")
    }

    /// Whether the token is this punctuation char.
    #[inline]
    pub fn is_punct(&self, c: u8) -> bool {
        self.kind == TokKind::Punct && self.punct == c
    }
}

/// Whether a number phrase may start at a token (a cheap filter for every token): a number, or
/// a word that [`lexicon::Openers::opens`], or a hyphenated word the lexicon lacks
/// ("seventy-three").
#[inline]
pub fn may_open(t: &Token, openers: lexicon::Openers) -> bool {
    match t.kind {
        TokKind::Number | TokKind::NumRange => true,
        TokKind::Punct => false,
        TokKind::Word => openers.opens(t.lex) || (t.lex == lexicon::NONE && t.hyphen()),
    }
}

/// A text's tokens, its sentences and the tokens a number phrase may start at, made in one
/// pass; the buffers are reused from one text to the next.
#[derive(Debug, Default)]
pub struct Tokens {
    pub toks: Vec<Token>,
    /// The sentences, as token ranges: a new one at each token that [`Token::sent_start`]s.
    pub sents: Vec<(usize, usize)>,
    /// The indices of the tokens that [`may_open`] a number phrase, in order.
    pub opens: Vec<usize>,
}

impl Tokens {
    #[inline]
    fn push(&mut self, t: Token, may_open: bool, sentence: &mut usize) {
        let at = self.toks.len();
        if t.sent_start() && at > *sentence {
            self.sents.push((*sentence, at));
            *sentence = at;
        }
        if may_open {
            self.opens.push(at);
        }
        self.toks.push(t);
    }
}

/// Splits the text into tokens; `steps` counts the bytes scanned.
#[cfg(test)]
pub fn tokenize(text: &str, steps: &mut u64) -> Vec<Token> {
    let mut out = Tokens::default();
    tokenize_into(text, &mut out, steps);
    out.toks
}

/// Splits the text into tokens in the caller's buffers (cleared first), with the sentences and
/// the tokens that may open a number phrase.
pub fn tokenize_into(text: &str, out: &mut Tokens, steps: &mut u64) {
    let b = text.as_bytes();
    *steps += b.len() as u64;
    let finder = lexicon::finder();
    let openers = lexicon::openers();
    out.toks.clear();
    out.sents.clear();
    out.opens.clear();
    out.toks.reserve(b.len() / 5 + 4);
    let mut sentence = 0;
    let mut i = 0;
    let mut sent_start = true;
    while i < b.len() {
        let c = b[i];
        let cls = BYTE_CLASS[c as usize];
        // A punctuation char and its length, or `None` for a word. Words first, then the space
        // between words: the common cases.
        let punct = if cls == ALNUM {
            None
        } else if c == b' ' {
            i += 1;
            continue;
        } else {
            match cls {
                SPACE => {
                    i += 1;
                    continue;
                }
                NEWLINE => {
                    sent_start = true;
                    i += 1;
                    continue;
                }
                ASCII_PUNCT | JOINER => Some((c, 1)),
                _ => match class_at(b, i) {
                    (Class::Space, len) => {
                        i += len;
                        continue;
                    }
                    (Class::Punct(p), len) => Some((p, len)),
                    (Class::Alnum, _) => None,
                },
            }
        };
        let Some((p, len)) = punct else {
            let start = i;
            let (end, joined) = scan_word(b, i);
            let w = &b[start..end];
            let kind = if w[0].is_ascii_digit() || w[0] >= 0x80 {
                number_kind(text.get(start..end).unwrap_or(""))
            } else {
                TokKind::Word
            };
            // Only a joiner can put a hyphen or an apostrophe inside a word, which the
            // lexicon's fallbacks look for.
            let ((lex, word), hyphen) = if kind != TokKind::Word {
                ((lexicon::NONE, NO_WORD), false)
            } else if joined {
                (lexicon::lookup_word_at(b, start, end), w.contains(&b'-'))
            } else {
                (finder.find_plain(b, start, end), false)
            };
            let t = Token {
                start,
                end,
                kind,
                punct: 0,
                lex,
                flags: flags(sent_start, w[0].is_ascii_uppercase(), hyphen),
                word,
            };
            out.push(t, may_open(&t, openers), &mut sentence);
            sent_start = false;
            // The one space after a word, skipped here rather than by a turn of the loop.
            i = end + (b.get(end) == Some(&b' ')) as usize;
            continue;
        };
        let t = Token {
            start: i,
            end: i + len,
            kind: TokKind::Punct,
            punct: p,
            lex: lexicon::NONE,
            flags: flags(sent_start, false, false),
            word: NO_WORD,
        };
        if p == b'.' && abbreviation_dot(b, &out.toks, i, i + len) {
            i += len;
            sent_start = false;
            continue;
        }
        out.push(t, false, &mut sentence);
        i += len;
        sent_start = matches!(p, b'.' | b'?' | b'!');
    }
    if sentence < out.toks.len() {
        out.sents.push((sentence, out.toks.len()));
    }
}

/// The end of the run of ASCII letters and digits from `i`, sixteen bytes at a time (nearly
/// every word ends within the first sixteen, so the loop branch is well predicted).
#[inline]
fn ascii_alnum_end(b: &[u8], mut i: usize) -> usize {
    while let Some(w) = b.get(i..i + 16) {
        let n = alnum_prefix16(w.try_into().unwrap_or(&[0; 16]));
        if n < 16 {
            return i + n;
        }
        i += 16;
    }
    while i < b.len() && BYTE_CLASS[b[i] as usize] == ALNUM {
        i += 1;
    }
    i
}

/// How many of the 16 bytes of `w`, from the first, are ASCII letters or digits (16 if all):
/// with SSE2, a compare of all 16 at once.
#[cfg(target_arch = "x86_64")]
#[inline]
fn alnum_prefix16(w: &[u8; 16]) -> usize {
    use std::arch::x86_64::*;
    // SAFETY: SSE2 is part of the x86_64 baseline, so every x86_64 CPU has these instructions,
    // and the load reads exactly the 16 bytes of `w`.
    let alnum = unsafe {
        let v = _mm_loadu_si128(w.as_ptr().cast::<__m128i>());
        // Unsigned `x - lo < len` as a signed compare, both sides moved by -128.
        let in_range = |x: __m128i, lo: u8, len: u8| {
            let shifted = _mm_add_epi8(x, _mm_set1_epi8(0x80u8.wrapping_sub(lo) as i8));
            _mm_cmplt_epi8(shifted, _mm_set1_epi8(len.wrapping_add(0x80) as i8))
        };
        let letter = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'a', 26);
        let digit = in_range(v, b'0', 10);
        _mm_movemask_epi8(_mm_or_si128(letter, digit)) as u32
    };
    // A bit above the sixteen stops the count at 16.
    (!alnum | 1 << 16).trailing_zeros() as usize
}

/// [`alnum_prefix16`] on other targets (the wasm build).
#[cfg(not(target_arch = "x86_64"))]
#[inline]
fn alnum_prefix16(w: &[u8; 16]) -> usize {
    alnum_prefix16_portable(w)
}

/// [`alnum_prefix16`] in 64-bit integers, eight bytes at a time.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
#[inline]
fn alnum_prefix16_portable(w: &[u8; 16]) -> usize {
    let mut lo = [0u8; 8];
    let mut hi = [0u8; 8];
    lo.copy_from_slice(&w[..8]);
    hi.copy_from_slice(&w[8..]);
    let other = (not_alnum(u64::from_le_bytes(hi)) as u128) << 64
        | not_alnum(u64::from_le_bytes(lo)) as u128;
    (other.trailing_zeros() / 8).min(16) as usize
}

/// The high bit of each byte of `x` that is not an ASCII letter or digit.
#[inline]
fn not_alnum(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Per byte, with the high bit set first so no subtraction borrows from the next byte: the
    // high bit of `(t | HIGH) - k * ONES` says `t >= k`.
    let t = x & !HIGH;
    let lower = t | (0x20 * ONES);
    let alpha = ((lower | HIGH) - 0x61 * ONES) & !((lower | HIGH) - 0x7B * ONES);
    let digit = ((t | HIGH) - 0x30 * ONES) & !((t | HIGH) - 0x3A * ONES);
    !((alpha | digit) & !x) & HIGH
}

/// [`BYTE_CLASS`] of a byte: ASCII whitespace other than a newline.
const SPACE: u8 = 0;
/// `\n`: it opens a sentence.
const NEWLINE: u8 = 1;
/// An ASCII letter or digit.
const ALNUM: u8 = 2;
/// Any other ASCII byte: one punctuation token.
const ASCII_PUNCT: u8 = 3;
/// `-`, `'`, `.` and `,`: punctuation that may join the parts of a word.
const JOINER: u8 = 4;
/// The first byte of a multi-byte char: [`class_at`] decodes it.
const MULTI: u8 = 5;

/// The class of every byte value, so the scan loops branch once per byte.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [MULTI; 256];
    let mut c = 0;
    while c < 0x80 {
        let b = c as u8;
        t[c] = if b == b'\n' {
            NEWLINE
        } else if b.is_ascii_whitespace() {
            SPACE
        } else if b.is_ascii_alphanumeric() {
            ALNUM
        } else if matches!(b, b'-' | b'\'' | b'.' | b',') {
            JOINER
        } else {
            ASCII_PUNCT
        };
        c += 1;
    }
    t
};

#[derive(Clone, Copy)]
enum Class {
    Space,
    Alnum,
    Punct(u8),
}

/// Classifies the char at `i` and returns its byte length.
#[inline]
fn class_at(b: &[u8], i: usize) -> (Class, usize) {
    let c = b[i];
    if c.is_ascii_alphanumeric() {
        return (Class::Alnum, 1);
    }
    if c < 0x80 {
        return (Class::Punct(c), 1);
    }
    let (cp, len) = decode(b, i);
    let cls = match cp {
        0xA0 | 0x2000..=0x200B | 0x202F | 0x3000 | 0xFEFF => Class::Space,
        0x2018 | 0x2019 | 0x201B | 0x2032 => Class::Punct(b'\''),
        0x201C | 0x201D | 0x201E | 0x00AB | 0x00BB => Class::Punct(b'"'),
        0x2010..=0x2015 | 0x2212 => Class::Punct(b'-'),
        0x2026 => Class::Punct(b'.'),
        0x20B9 | 0x20A6 | 0x20AC | 0x00A3 | 0x00A5 | 0x20A8 => Class::Punct(b'$'),
        0x00B0..=0x00BF | 0x00A1..=0x00A9 | 0x2020..=0x206F | 0x2190..=0x2BFF => Class::Punct(b'*'),
        _ => Class::Alnum,
    };
    (cls, len)
}

/// Decodes one UTF-8 char at `i` of valid UTF-8; returns its code point and length.
fn decode(b: &[u8], i: usize) -> (u32, usize) {
    let c = b[i] as u32;
    let len = if c >= 0xF0 {
        4
    } else if c >= 0xE0 {
        3
    } else {
        2
    };
    let len = len.min(b.len() - i);
    let mut cp = match len {
        4 => c & 0x07,
        3 => c & 0x0F,
        _ => c & 0x1F,
    };
    for k in 1..len {
        cp = (cp << 6) | (b[i + k] as u32 & 0x3F);
    }
    (cp, len)
}

fn is_alnum_at(b: &[u8], i: usize) -> bool {
    i < b.len() && matches!(class_at(b, i).0, Class::Alnum)
}

/// Scans a word or number starting at `i`; returns its end and whether a joiner (`-`, `'`, `’`,
/// `.` or `,`) is inside it.
#[inline]
fn scan_word(b: &[u8], mut i: usize) -> (usize, bool) {
    let start = i;
    let mut joined = false;
    loop {
        loop {
            i = ascii_alnum_end(b, i);
            match b.get(i).map(|&c| BYTE_CLASS[c as usize]) {
                Some(MULTI) => match class_at(b, i) {
                    (Class::Alnum, len) => i += len,
                    _ => break,
                },
                Some(JOINER) => break,
                _ => return (i, joined),
            }
        }
        if i >= b.len() {
            return (i, joined);
        }
        // Joiners inside a word.
        let c = b[i];
        let prev_digit = b[i - 1].is_ascii_digit();
        match c {
            b'-' if is_alnum_at(b, i + 1) => i += 1,
            b'\'' if i + 1 < b.len() && b[i + 1].is_ascii_alphabetic() => i += 1,
            b'.' if prev_digit && i + 1 < b.len() && b[i + 1].is_ascii_digit() => i += 1,
            b'.' if initials_dot(b, start, i) => i += 1,
            b',' if prev_digit && three_digits_then_break(b, i + 1) => i += 1,
            // ’ inside a word: "Pakistan’s".
            0xE2 if i + 3 < b.len()
                && b[i + 1] == 0x80
                && b[i + 2] == 0x99
                && b[i + 3].is_ascii_alphabetic() =>
            {
                i += 3
            }
            // A thin or no-break space between digit groups: "12 345".
            0xC2 | 0xE2 => match group_space(b, start, i) {
                Some(len) => i += len,
                None => return (i, joined),
            },
            _ => return (i, joined),
        }
        joined = true;
    }
}

fn three_digits_then_break(b: &[u8], i: usize) -> bool {
    i + 3 <= b.len()
        && b[i..i + 3].iter().all(u8::is_ascii_digit)
        && (i + 3 == b.len() || !b[i + 3].is_ascii_digit())
}

/// The spaces that separate groups of three digits: "12 345", "1 250 000".
pub const GROUP_SPACES: [char; 3] = ['\u{A0}', '\u{2009}', '\u{202F}'];

/// The zero of every script whose digits read as numbers: ASCII, Arabic-Indic, Extended
/// Arabic-Indic (Persian, Urdu), Devanagari and Bengali.
const DIGIT_ZEROS: [u32; 5] = [0x30, 0x660, 0x6F0, 0x966, 0x9E6];

/// The value of a digit of any script of [`DIGIT_ZEROS`].
pub fn digit_value(c: char) -> Option<u64> {
    let cp = c as u32;
    DIGIT_ZEROS
        .iter()
        .find(|&&zero| cp.wrapping_sub(zero) < 10)
        .map(|&zero| (cp - zero) as u64)
}

/// The length of the group space at `i` inside the number that starts at `start`, if it
/// separates digit groups: the digits before it are the first group (1-3 digits from `start`)
/// or three after the same space, and exactly three ASCII digits follow it, then no letter,
/// digit or comma. An ASCII space never joins: "in 2024 12 people" stays two numbers.
fn group_space(b: &[u8], start: usize, i: usize) -> Option<usize> {
    let rest = b.get(i..)?;
    let len = GROUP_SPACES.iter().find_map(|c| {
        let mut buf = [0; 4];
        let space = c.encode_utf8(&mut buf).as_bytes();
        rest.starts_with(space).then_some(space.len())
    })?;
    let digits_before = (1..=4)
        .take_while(|&g| i >= start + g && b[i - g].is_ascii_digit())
        .count();
    let first_group = (1..=3).contains(&digits_before) && i - digits_before == start;
    let later_group =
        digits_before == 3 && i >= start + 3 + len && b[i - 3 - len..i - 3] == b[i..i + len];
    if !first_group && !later_group {
        return None;
    }
    let j = i + len;
    let group = b.get(j..j + 3)?;
    if !group.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let ends = j + 3 == b.len() || (b[j + 3] != b',' && !is_alnum_at(b, j + 3));
    ends.then_some(len)
}

/// Whether a word forms a number or a numeric range, in digits of any script of
/// [`DIGIT_ZEROS`], with commas, group spaces and a decimal point.
fn number_kind(w: &str) -> TokKind {
    // ASCII, nearly always: bytes, not chars.
    if w.is_ascii() {
        let b = w.as_bytes();
        if !b.first().is_some_and(u8::is_ascii_digit) {
            return TokKind::Word;
        }
        let mut hyphens = 0;
        for &c in b {
            match c {
                b'0'..=b'9' | b',' | b'.' => {}
                b'-' => hyphens += 1,
                _ => return TokKind::Word,
            }
        }
        let last_digit = b[b.len() - 1].is_ascii_digit();
        return match hyphens {
            0 => TokKind::Number,
            1 if last_digit => TokKind::NumRange,
            _ => TokKind::Word,
        };
    }
    if w.chars().next().and_then(digit_value).is_none() {
        return TokKind::Word;
    }
    let mut hyphens = 0;
    let mut last_digit = true;
    for c in w.chars() {
        last_digit = digit_value(c).is_some();
        match c {
            _ if last_digit => {}
            ',' | '.' => {}
            '-' => hyphens += 1,
            _ if GROUP_SPACES.contains(&c) => {}
            _ => return TokKind::Word,
        }
    }
    match hyphens {
        0 => TokKind::Number,
        1 if last_digit => TokKind::NumRange,
        _ => TokKind::Word,
    }
}

/// Whether the dot at `b[i]` joins initials into one word: one letter before it, then one
/// letter and a dot ("U.S.", "p.m."), or, after initials, a hyphen ("U.S.-backed") or a last
/// letter ("U.S.A").
#[inline]
fn initials_dot(b: &[u8], start: usize, i: usize) -> bool {
    let one_letter = i > start
        && b[i - 1].is_ascii_alphabetic()
        && (i - 1 == start || b.get(i.wrapping_sub(2)) == Some(&b'.'));
    if !one_letter {
        return false;
    }
    let after_initials = i - 1 > start;
    match (b.get(i + 1), b.get(i + 2)) {
        (Some(c), Some(b'.')) if c.is_ascii_alphabetic() => true,
        (Some(b'-'), Some(c)) => after_initials && c.is_ascii_alphanumeric(),
        // The last initial without its dot: "U.S.A".
        (Some(c), next) if c.is_ascii_alphabetic() => {
            after_initials && next.is_none_or(|n| !n.is_ascii_alphanumeric())
        }
        _ => false,
    }
}

/// Whether the dot at `b[at..after]` is an abbreviation's that neither ends the sentence nor
/// is a token: the word just pushed ends at it and is an abbreviation (of
/// [`lexicon::is_abbreviation`], one letter, or initials), and the line goes on with a word that
/// does not [`lexicon::opens_sentence`].
fn abbreviation_dot(b: &[u8], toks: &[Token], at: usize, after: usize) -> bool {
    let Some(prev) = toks.last() else {
        return false;
    };
    if prev.kind != TokKind::Word || prev.end != at {
        return false;
    }
    let Some(w) = b.get(prev.start..prev.end) else {
        return false;
    };
    let initials = w.len() >= 3 && w[w.len() - 2] == b'.';
    if !(w.len() == 1 || initials || lexicon::is_abbreviation(w)) {
        return false;
    }
    let mut j = after;
    while j < b.len() && matches!(b[j], b' ' | b'\t') {
        j += 1;
    }
    match b.get(j) {
        None | Some(b'\n' | b'\r') => false,
        Some(c) if c.is_ascii_uppercase() => {
            let mut k = j + 1;
            while k < b.len() && b[k].is_ascii_alphabetic() {
                k += 1;
            }
            // "A. Khan" is an initial, not "A".
            !(b.get(k) != Some(&b'.') && lexicon::opens_sentence(&b[j..k]))
        }
        Some(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<String> {
        let mut st = 0;
        tokenize(s, &mut st)
            .iter()
            .map(|t| t.text(s).to_string())
            .collect()
    }

    /// The sentences (tokens joined by spaces) and the openers the one pass finds.
    #[test]
    fn sentences_and_openers() {
        for (text, sentences, opens) in [
            ("", vec![], vec![]),
            (
                "Troops killed 5. Two fled.",
                vec!["Troops killed 5 .", "Two fled ."],
                vec!["5", "Two"],
            ),
            (
                "At least 3 died\nMr. Khan said",
                vec!["At least 3 died", "Mr Khan said"],
                vec!["At", "least", "3"],
            ),
            (
                "seventy-three fled! An attack",
                vec!["seventy-three fled !", "An attack"],
                vec!["seventy-three", "An"],
            ),
            (
                "\n\n. . 10-12 of them",
                vec![".", ".", "10-12 of them"],
                vec!["10-12"],
            ),
        ] {
            let mut t = Tokens::default();
            tokenize_into(text, &mut t, &mut 0);
            let words = |a: usize, b: usize| {
                t.toks[a..b]
                    .iter()
                    .map(|t| t.text(text))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let got: Vec<String> = t.sents.iter().map(|&(a, b)| words(a, b)).collect();
            assert_eq!(got, sentences, "{text:?}");
            let got: Vec<&str> = t.opens.iter().map(|&i| t.toks[i].text(text)).collect();
            assert_eq!(got, opens, "{text:?}");
            // Every token may open exactly when `may_open` says so.
            let openers = lexicon::openers();
            let all: Vec<usize> = (0..t.toks.len())
                .filter(|&i| may_open(&t.toks[i], openers))
                .collect();
            assert_eq!(t.opens, all, "{text:?}");
        }
    }

    /// Number or range or word, by the ASCII fast path and by chars alike.
    /// The SIMD and the integer forms of `alnum_prefix16` agree with [`BYTE_CLASS`] on every
    /// byte value, in every lane.
    #[test]
    fn alnum_prefix16_every_byte() {
        for lane in 0..16 {
            for c in 0..=255u8 {
                let mut w = [b'a'; 16];
                w[lane] = c;
                let want = if BYTE_CLASS[c as usize] == ALNUM {
                    16
                } else {
                    lane
                };
                assert_eq!(alnum_prefix16(&w), want, "byte {c:#x} in lane {lane}");
                assert_eq!(
                    alnum_prefix16_portable(&w),
                    want,
                    "byte {c:#x} in lane {lane}"
                );
            }
        }
    }

    #[test]
    fn number_kinds() {
        use TokKind::*;
        for (w, kind) in [
            ("59,775", Number),
            ("1.5", Number),
            ("10-12", NumRange),
            ("10-", Word),
            ("1-2-3", Word),
            ("AK-47", Word),
            ("12th", Word),
            ("", Word),
            ("٣", Number),
            ("١٠-١٢", NumRange),
            ("12\u{A0}345", Number),
            ("12é", Word),
        ] {
            assert_eq!(number_kind(w), kind, "{w:?}");
        }
    }

    macro_rules! tokens_to {
        ($name:ident, $input:expr, $expected:expr) => {
            #[test]
            fn $name() {
                let e: Vec<&str> = $expected;
                assert_eq!(toks($input), e);
            }
        };
    }

    tokens_to!(commas, "59,775 ops", vec!["59,775", "ops"]);
    tokens_to!(decimal, "1.5 million.", vec!["1.5", "million", "."]);
    tokens_to!(
        hyphen_word,
        "seventy-three AK-47",
        vec!["seventy-three", "AK-47"]
    );
    tokens_to!(range, "10-12 men", vec!["10-12", "men"]);
    tokens_to!(
        curly_possessive,
        "Pakistan’s army",
        vec!["Pakistan’s", "army"]
    );
    tokens_to!(quotes, "“around ten”", vec!["“", "around", "ten", "”"]);
    tokens_to!(list_commas, "1,2", vec!["1", ",", "2"]);
    tokens_to!(dash, "four – five", vec!["four", "–", "five"]);
    tokens_to!(rupee, "₹81 lakh", vec!["₹", "81", "lakh"]);
    tokens_to!(
        long_word,
        "counterinsurgency operations",
        vec!["counterinsurgency", "operations"]
    );
    tokens_to!(
        sixteen_letters,
        "abcdefghijklmnop.",
        vec!["abcdefghijklmnop", "."]
    );
    tokens_to!(accented, "Kabulé’s army", vec!["Kabulé’s", "army"]);
    tokens_to!(nbsp, "5\u{a0}killed", vec!["5", "killed"]);
    tokens_to!(trailing_hyphen, "ten- men", vec!["ten", "-", "men"]);
    tokens_to!(apostrophe, "People's army", vec!["People's", "army"]);
    tokens_to!(
        control,
        "a\u{0}b\u{b}c",
        vec!["a", "\u{0}", "b", "\u{b}", "c"]
    );
    tokens_to!(tabs, "a\tb\r\nc", vec!["a", "b", "c"]);
    tokens_to!(
        thin_space_groups,
        "1\u{2009}250\u{2009}000 men",
        vec!["1\u{2009}250\u{2009}000", "men"]
    );
    tokens_to!(
        nbsp_group_at_end,
        "killed 12\u{A0}345",
        vec!["killed", "12\u{A0}345"]
    );
    tokens_to!(
        narrow_nbsp_group_then_dot,
        "12\u{202F}345.",
        vec!["12\u{202F}345", "."]
    );
    tokens_to!(
        ascii_space_no_group,
        "in 2024 12 men",
        vec!["in", "2024", "12", "men"]
    );
    tokens_to!(
        group_of_four_digits,
        "12\u{2009}3456 men",
        vec!["12", "3456", "men"]
    );
    tokens_to!(
        first_group_of_four,
        "2024\u{A0}123 men",
        vec!["2024", "123", "men"]
    );
    tokens_to!(group_then_letters, "12\u{2009}345km", vec!["12", "345km"]);
    tokens_to!(
        group_then_comma_group,
        "12\u{2009}345,678",
        vec!["12", "345,678"]
    );
    tokens_to!(
        mixed_group_spaces,
        "12\u{2009}345\u{A0}678",
        vec!["12\u{2009}345", "678"]
    );
    tokens_to!(word_then_group, "x12\u{2009}345", vec!["x12", "345"]);
    tokens_to!(arabic_indic, "٣ soldiers", vec!["٣", "soldiers"]);

    /// The kind of each token of the input.
    macro_rules! kinds_are {
        ($name:ident, $input:expr, $expected:expr) => {
            #[test]
            fn $name() {
                let s: &str = $input;
                let mut st = 0;
                let k: Vec<TokKind> = tokenize(s, &mut st).iter().map(|t| t.kind).collect();
                assert_eq!(k, $expected, "{s:?}");
            }
        };
    }

    use TokKind::{NumRange as R, Number as N, Word as W};
    kinds_are!(kind_ascii, "12 men", vec![N, W]);
    kinds_are!(kind_thin_space, "12\u{2009}345", vec![N]);
    kinds_are!(kind_arabic_indic, "١٢", vec![N]);
    kinds_are!(kind_extended_arabic_indic, "۱۲", vec![N]);
    kinds_are!(kind_devanagari, "४२", vec![N]);
    kinds_are!(kind_bengali, "৫", vec![N]);
    kinds_are!(kind_arabic_range, "١٠-١٢", vec![R]);
    kinds_are!(kind_arabic_decimal, "١٢٫٥", vec![W]);
    kinds_are!(kind_digit_then_letter, "٣x", vec![W]);
    kinds_are!(kind_letter_then_digit, "x٣", vec![W]);
    kinds_are!(kind_thai, "๑๒", vec![W]);
    kinds_are!(kind_math_digits, "𝟏𝟐", vec![W]);

    /// Every word's lexicon id is the one `lexicon::lookup` gives its text, and its keyword id
    /// that of its exact text; other tokens have neither.
    macro_rules! ids_are_lookups {
        ($name:ident, $input:expr) => {
            #[test]
            fn $name() {
                let s: &str = $input;
                let mut st = 0;
                for t in tokenize(s, &mut st) {
                    let want = match t.kind {
                        TokKind::Word => (
                            lexicon::lookup(t.text(s).as_bytes()),
                            lexicon::word(t.text(s).as_bytes()),
                        ),
                        _ => (lexicon::NONE, NO_WORD),
                    };
                    assert_eq!((t.lex, t.word), want, "{:?} in {s:?}", t.text(s));
                }
            }
        };
    }

    ids_are_lookups!(ids_plain, "Troops KILLED six Terrorists in Peshawar");
    ids_are_lookups!(ids_cases, "The troops WERE killed whereas the others fled");
    ids_are_lookups!(ids_possessive, "the army’s raid, the army's raid");
    ids_are_lookups!(ids_hyphen, "counter-terrorism operations by Al-Shabaab");
    ids_are_lookups!(ids_hyphen_keyword, "a thinly-veiled attack, counter-attack");
    ids_are_lookups!(ids_end_of_text, "were killed");
    ids_are_lookups!(ids_end_of_text_keyword, "of the");
    ids_are_lookups!(ids_long, "neutralisations counterinsurgent schoolchildren");
    ids_are_lookups!(ids_numbers, "59,775 x1.5 10-12 a");

    #[test]
    fn keyword_ids() {
        let s = "The army's wall, THE end.";
        let mut st = 0;
        let w: Vec<Word> = tokenize(s, &mut st).iter().map(|t| t.word).collect();
        let the = super::super::words::id("the");
        assert_eq!(
            w,
            vec![the, NO_WORD, NO_WORD, NO_WORD, the, NO_WORD, NO_WORD]
        );
    }

    #[test]
    fn sentences_split_after_dots_but_not_abbreviations() {
        let s = "Lt. Col. Khan said. Two men\ndied";
        let mut st = 0;
        let t = tokenize(s, &mut st);
        let starts: Vec<&str> = t
            .iter()
            .filter(|t| t.sent_start())
            .map(|t| t.text(s))
            .collect();
        assert_eq!(starts, vec!["Lt", "Two", "died"]);
    }

    /// An abbreviation's dot is no token unless it ends the sentence: the sentences, tokens
    /// joined by spaces.
    #[test]
    fn abbreviation_dots() {
        for (text, sentences) in [
            ("Two U.S. soldiers died.", vec!["Two U.S soldiers died ."]),
            ("U.S.-backed SDF", vec!["U.S.-backed SDF"]),
            ("the U.A.E. army", vec!["the U.A.E army"]),
            ("at 9 p.m. on Monday", vec!["at 9 p.m on Monday"]),
            ("Maj. Gen. A. Khan said", vec!["Maj Gen A Khan said"]),
            ("on Nov. 11, gunmen", vec!["on Nov 11 , gunmen"]),
            ("St. Mary's school", vec!["St Mary's school"]),
            ("Acme Inc., a firm", vec!["Acme Inc , a firm"]),
            ("the U.S. Army said", vec!["the U.S Army said"]),
            // A capitalised sentence opener after the dot: it ends the sentence too.
            (
                "in the U.S. Two men died",
                vec!["in the U.S .", "Two men died"],
            ),
            ("at 9 p.m. The police", vec!["at 9 p.m .", "The police"]),
            ("Acme Inc. A raid", vec!["Acme Inc .", "A raid"]),
            ("Capt. A. Khan", vec!["Capt A Khan"]),
            ("in the U.S.\nTwo", vec!["in the U.S .", "Two"]),
            ("in the U.S.", vec!["in the U.S ."]),
            // Not abbreviations.
            (
                "Troops killed 5. Police fled.",
                vec!["Troops killed 5 .", "Police fled ."],
            ),
            ("in Kabul. Troops fled", vec!["in Kabul .", "Troops fled"]),
            ("a U.S.A", vec!["a U.S.A"]),
            ("1.5.A x", vec!["1.5 .", "A x"]),
            ("x.y z", vec!["x y z"]),
            ("ab.c. d", vec!["ab .", "c d"]),
        ] {
            let mut t = Tokens::default();
            tokenize_into(text, &mut t, &mut 0);
            let got: Vec<String> = t
                .sents
                .iter()
                .map(|&(a, b)| {
                    t.toks[a..b]
                        .iter()
                        .map(|t| t.text(text))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            assert_eq!(got, sentences, "{text:?}");
        }
    }

    #[test]
    fn kinds() {
        let s = "10-12 59,775 x1";
        let mut st = 0;
        let t = tokenize(s, &mut st);
        let k: Vec<TokKind> = t.iter().map(|t| t.kind).collect();
        assert_eq!(k, vec![TokKind::NumRange, TokKind::Number, TokKind::Word]);
    }
}
