//! The byte-level tokenizer: words, numbers, punctuation and sentence starts, with byte offsets.
//!
//! It never fails and never allocates per token beyond the one output vector. Every token lies on
//! char boundaries of the input, so any `&text[start..end]` slice is valid.
//!
//! ```text
//! word    = part *( ("-" | "'" | "’") part )          "seventy-three", "AK-47", "People's"
//! number  = digit+ *( "," digit{3} ) [ "." digit+ ]    "59,775", "1.5"
//!         | digit+ "-" digit+                          "10-12" (a range, or a score)
//! punct   = any other visible char, one per token      "(" "," "–" "“" "%" "₹"
//! ```
//!
//! A sentence starts at the first token, after a newline, and after `.`, `?` or `!` unless the
//! word before the dot is an abbreviation ("Rs.", "Lt.", "p.m.").

use super::lexicon::{self, Lex};

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
    /// The token opens a sentence.
    pub sent_start: bool,
    /// The word starts with an uppercase ASCII letter.
    pub cap: bool,
    /// The word has a hyphen inside ("seventy-three").
    pub hyphen: bool,
}

impl Token {
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

/// Splits the text into tokens; `steps` counts the bytes scanned.
pub fn tokenize(text: &str, steps: &mut u64) -> Vec<Token> {
    let b = text.as_bytes();
    let mut out: Vec<Token> = Vec::with_capacity(b.len() / 5 + 4);
    let mut i = 0;
    let mut sent_start = true;
    while i < b.len() {
        *steps += 1;
        let c = b[i];
        if c == b'\n' {
            sent_start = true;
            i += 1;
            continue;
        }
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let (cls, len) = class_at(b, i);
        match cls {
            Class::Space => {
                i += len;
            }
            Class::Alnum => {
                let start = i;
                let end = scan_word(b, i, steps);
                let kind = number_kind(&b[start..end]);
                let cap = b[start].is_ascii_uppercase();
                let hyphen = kind == TokKind::Word && b[start..end].contains(&b'-');
                let lex = if kind == TokKind::Word {
                    lexicon::lookup_at(b, start, end)
                } else {
                    lexicon::NONE
                };
                out.push(Token {
                    start,
                    end,
                    kind,
                    punct: 0,
                    lex,
                    sent_start,
                    cap,
                    hyphen,
                });
                sent_start = false;
                i = end;
            }
            Class::Punct(p) => {
                out.push(Token {
                    start: i,
                    end: i + len,
                    kind: TokKind::Punct,
                    punct: p,
                    lex: lexicon::NONE,
                    sent_start,
                    cap: false,
                    hyphen: false,
                });
                sent_start = false;
                i += len;
                if matches!(p, b'.' | b'?' | b'!') && ends_sentence(text, &out) {
                    sent_start = true;
                }
            }
        }
    }
    out
}

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

/// Scans a word or number starting at `i`; returns its end.
fn scan_word(b: &[u8], mut i: usize, steps: &mut u64) -> usize {
    loop {
        while i < b.len() {
            *steps += 1;
            if b[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let (cls, len) = class_at(b, i);
            if !matches!(cls, Class::Alnum) {
                break;
            }
            i += len;
        }
        if i >= b.len() {
            return i;
        }
        // Joiners inside a word.
        let c = b[i];
        let prev_digit = i > 0 && b[i - 1].is_ascii_digit();
        match c {
            b'-' if is_alnum_at(b, i + 1) => i += 1,
            b'\'' if i + 1 < b.len() && b[i + 1].is_ascii_alphabetic() => i += 1,
            b'.' if prev_digit && i + 1 < b.len() && b[i + 1].is_ascii_digit() => i += 1,
            b',' if prev_digit && three_digits_then_break(b, i + 1) => i += 1,
            // ’ inside a word: "Pakistan’s".
            0xE2 if i + 3 < b.len()
                && b[i + 1] == 0x80
                && b[i + 2] == 0x99
                && b[i + 3].is_ascii_alphabetic() =>
            {
                i += 3
            }
            _ => return i,
        }
    }
}

fn three_digits_then_break(b: &[u8], i: usize) -> bool {
    i + 3 <= b.len()
        && b[i..i + 3].iter().all(u8::is_ascii_digit)
        && (i + 3 == b.len() || !b[i + 3].is_ascii_digit())
}

/// Whether a word's bytes form a number or a numeric range.
fn number_kind(w: &[u8]) -> TokKind {
    if !w[0].is_ascii_digit() {
        return TokKind::Word;
    }
    let mut hyphens = 0;
    for &c in w {
        match c {
            b'0'..=b'9' | b',' | b'.' => {}
            b'-' => hyphens += 1,
            _ => return TokKind::Word,
        }
    }
    match hyphens {
        0 => TokKind::Number,
        1 if w.last().is_some_and(u8::is_ascii_digit) => TokKind::NumRange,
        _ => TokKind::Word,
    }
}

/// Whether the `.`/`?`/`!` just pushed ends a sentence.
fn ends_sentence(text: &str, toks: &[Token]) -> bool {
    let n = toks.len();
    if n < 2 || toks[n - 1].punct != b'.' {
        return true;
    }
    let prev = &toks[n - 2];
    if prev.kind != TokKind::Word || prev.end != toks[n - 1].start {
        return true;
    }
    let w = prev.text(text);
    if w.len() == 1 {
        return false;
    }
    !lexicon::is_abbreviation(w.as_bytes())
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

    #[test]
    fn sentences_split_after_dots_but_not_abbreviations() {
        let s = "Lt. Col. Khan said. Two men\ndied";
        let mut st = 0;
        let t = tokenize(s, &mut st);
        let starts: Vec<&str> = t
            .iter()
            .filter(|t| t.sent_start)
            .map(|t| t.text(s))
            .collect();
        assert_eq!(starts, vec!["Lt", "Two", "died"]);
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
