//! Dates: the document's `published` date and the `period` each sentence states.
//!
//! ```text
//! published = "date" YYYY-MM-DD                        a leading line
//!           | a short line that is only a date          "Monday, September 10th, 2018",
//!                                                       "Saturday, 09/09/2023", "03-01-2021"
//!           | "Published" [":"] date                    "Published March 8, 2024"
//!           | a short date line with a label, a time or an update   "Issued on: 12/05/2025 -
//!             18:47", "November 21, 2025 10:14 AM 2 min read", "Kaya | 26.11.2024 - Update"
//! date      = month day [","] year | day month [","] year | dd/mm/yyyy | yyyy-mm-dd
//! period    = month year | day month [year] | month day ["," year]     "2024-02", "2024-03-05"
//!           | ("in" | "during" | "throughout") year                    "2024"
//!           | "on" weekday | "yesterday" | "today"       resolved against `published`
//!           | "in" month | "last month" | "this year" | "last year"
//! ```

use std::sync::OnceLock;

use super::lexicon::{self, Cls, Lex};
use super::tokens::{TokKind, Token};
use super::words::{find_ascii_ci, is_word, w};

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub y: i32,
    pub m: u32,
    pub d: u32,
}

impl Date {
    fn valid(y: i32, m: u32, d: u32) -> Option<Date> {
        if !(1900..=2100).contains(&y) || !(1..=12).contains(&m) || d < 1 || d > days_in(y, m) {
            return None;
        }
        Some(Date { y, m, d })
    }

    /// `YYYY-MM-DD`.
    pub fn iso(&self) -> String {
        self.iso_inline().as_str().to_owned()
    }

    /// [`Date::iso`], kept inline.
    fn iso_inline(&self) -> Period {
        let mut s = year_month(self.y, self.m);
        push_2(&mut s, self.d);
        s
    }

    fn days(&self) -> i64 {
        days_from_civil(self.y, self.m, self.d)
    }

    /// Monday is 0.
    fn weekday(&self) -> i64 {
        // 1970-01-01 was a Thursday (3).
        (self.days() + 3).rem_euclid(7)
    }

    fn minus_days(&self, n: i64) -> Date {
        let (y, m, d) = civil_from_days(self.days() - n);
        Date { y, m, d }
    }
}

/// A period as [`period_at`] writes it, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, kept inline: made for
/// every sentence with a figure, it costs no allocation.
#[derive(Clone, Copy)]
pub struct Period {
    len: u8,
    buf: [u8; 39],
}

impl Period {
    const EMPTY: Period = Period {
        len: 0,
        buf: [0; 39],
    };

    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len as usize]
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII is ever pushed, so this never fails.
        std::str::from_utf8(&self.buf[..self.len as usize]).unwrap_or("")
    }
}

impl std::fmt::Debug for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

impl std::fmt::Write for Period {
    /// Appends ASCII text; what does not fit is an error. Everything written here fits: the
    /// longest, `-2147483648-4294967295-4294967295`, an `i32` year and two `u32`, is 33 bytes.
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let at = self.len as usize;
        let dst = self.buf.get_mut(at..at + s.len()).ok_or(std::fmt::Error)?;
        dst.copy_from_slice(s.as_bytes());
        self.len += s.len() as u8;
        Ok(())
    }
}

/// `YYYY`, as `format!("{y:04}")` writes it, without the formatting machinery for the years
/// a date can have.
fn year(y: i32) -> Period {
    use std::fmt::Write;
    let mut s = Period::EMPTY;
    if !(0..=9999).contains(&y) {
        let _ = write!(s, "{y:04}");
        return s;
    }
    let y = y as u32;
    for d in [y / 1000, y / 100 % 10, y / 10 % 10, y % 10] {
        s.buf[s.len as usize] = b'0' + d as u8;
        s.len += 1;
    }
    s
}

/// `YYYY-MM`, as `format!("{y:04}-{m:02}")` writes it.
fn year_month(y: i32, m: u32) -> Period {
    let mut s = year(y);
    push_2(&mut s, m);
    s
}

/// Appends `-` and `n` in at least two digits, as `format!("-{n:02}")` writes it.
fn push_2(s: &mut Period, n: u32) {
    use std::fmt::Write;
    if n >= 100 {
        let _ = write!(s, "-{n}");
        return;
    }
    let _ = s.write_str("-");
    let _ = s.write_char(char::from(b'0' + (n / 10) as u8));
    let _ = s.write_char(char::from(b'0' + (n % 10) as u8));
}

fn days_in(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + if m <= 2 { 1 } else { 0 }) as i32;
    (y, m, d)
}

/// The document's own date, from its first lines.
pub fn published(text: &str, steps: &mut u64) -> Option<Date> {
    let head = text.trim_start();
    if head.len() >= 15 && head.as_bytes()[..5].eq_ignore_ascii_case(b"date ") {
        if let Some(d) = head.get(5..15).and_then(iso_date) {
            return Some(d);
        }
    }
    for (n, line) in text.lines().enumerate() {
        *steps += line.len() as u64 + 1;
        if n >= 12 {
            break;
        }
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        // A `date YYYY-MM-DD` line under a headline.
        if line.len() == 15 && line.as_bytes()[..5].eq_ignore_ascii_case(b"date ") {
            if let Some(d) = line.get(5..15).and_then(iso_date) {
                return Some(d);
            }
        }
        if line.len() <= 60 {
            if let Some(d) = date_line(line, true) {
                return Some(d);
            }
        }
        // "By Staff Reporter | March 8, 2024": one part of a short byline; "January 12, 2025 / 10:32
        // PM / AP", "13 January 2025 — Kabul": the date before a slash or a dash.
        if line.len() <= 120 && line.contains('|') {
            if let Some(d) = line
                .split('|')
                .find_map(|part| date_line(part.trim(), true))
            {
                return Some(d);
            }
        }
        // "June 6, 2024 (PORT SUDAN) – More than 100 people...": a short date before a separator,
        // however long the line.
        for sep in [" / ", " — ", " – ", " - ", " ("] {
            let most = if line.len() <= 80 { 80 } else { 32 };
            if let Some(head) = head_before(line, sep, most) {
                if let Some(d) = date_line(head.trim(), true) {
                    return Some(d);
                }
            }
        }
        // "By Edwin Fernandez  April 22, 2024, 5:34 pm": a byline with its date.
        if line.len() <= 80 && line.starts_with("By ") {
            if let Some(d) = month_at(line).and_then(|at| date_line(prefix(&line[at..], 40), false))
            {
                return Some(d);
            }
        }
        // "Published March 8, 2024" inside a longer line.
        let lower_at = if line.len() <= 200 {
            find_ascii_ci(line, "published")
        } else {
            None
        };
        if let Some(at) = lower_at {
            let rest = &line[at + 9..];
            let rest = rest.trim_start_matches([':', ' ', '\t']);
            let rest = rest.strip_prefix("on ").unwrap_or(rest);
            // "Published in The Express Tribune, February 2nd, 2025": the paper, then the date.
            let rest = match rest.strip_prefix("in ").and_then(|r| r.split_once(", ")) {
                Some((_, date)) => date,
                None => rest,
            };
            let cut = rest.char_indices().nth(40).map_or(rest.len(), |(i, _)| i);
            if let Some(d) = date_line(&rest[..cut], false).or_else(|| after_time(rest)) {
                return Some(d);
            }
        }
        if let Some(d) = dateline(line) {
            return Some(d);
        }
        if n < 6 {
            if let Some(d) = qualified_dateline(line) {
                return Some(d);
            }
        }
    }
    None
}

/// The byte offset of the first month name in `line` ("April" in "By Edwin Fernandez April 22").
fn month_at(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        // A run of ASCII alphanumerics starts and ends on char boundaries.
        let start = i;
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        if matches!(
            lexicon::entry(lexicon::lookup(&b[start..i])).cls,
            Cls::Month(_)
        ) {
            return Some(start);
        }
    }
    None
}

/// The length of one to four capitalised words at the start of `s` ("Dera Ismail Khan", "ADEN",
/// "St. Louis"), or `None`.
fn place_words(s: &str) -> Option<usize> {
    let mut end = 0;
    let mut words = 0;
    let mut rest = s;
    loop {
        let w_len = rest
            .find(|c: char| !(c.is_alphabetic() || matches!(c, '.' | '\'' | '-' | '’')))
            .unwrap_or(rest.len());
        let w = &rest[..w_len];
        if w.is_empty() || !w.starts_with(|c: char| c.is_uppercase()) {
            break;
        }
        words += 1;
        end += w_len;
        rest = &rest[w_len..];
        if words == 4 || !rest.starts_with(' ') {
            break;
        }
        // A space, and another capitalised word after it, goes on with the place.
        if !rest[1..].starts_with(|c: char| c.is_uppercase()) {
            break;
        }
        end += 1;
        rest = &rest[1..];
    }
    (words > 0).then_some(end)
}

/// A dateline whose place has a qualifier: a region in brackets or a country after a comma or a
/// dash, then the date with its year, alone or before a dash: "Narayanpur (Chhattisgarh), March
/// 21, 2025", "ADEN, Yemen, March 15, 2024 -", "Mogadishu, Somalia - August 4, 2024", and a
/// line that is only "Chandigarh, Nov 22, 2024".
fn qualified_dateline(line: &str) -> Option<Date> {
    let s = prefix(line, 90);
    let mut at = place_words(s)?;
    // The place, then at most one region in brackets and one country.
    for round in 0..3 {
        let rest = s[at..].trim_start();
        let rest = if round == 0 && rest.starts_with('(') {
            let close = rest.find(')').filter(|&c| c <= 40)?;
            let inner = &rest[1..close];
            if place_words(inner) != Some(inner.len()) {
                return None;
            }
            rest[close + 1..].trim_start()
        } else {
            rest
        };
        // A separator: a comma or a dash.
        let sep = [",", " - ", "- ", "-", "—", "–", ":"]
            .iter()
            .find_map(|p| rest.strip_prefix(p.trim_start()))?;
        let after = sep.trim_start();
        // The date, up to the end of the line, a bracket, a colon or a dash.
        let cut = after
            .find(['(', ':', '—', '–'])
            .or_else(|| after.find(" -"))
            .unwrap_or(after.len());
        let date = after[..cut].trim().trim_end_matches(['-', ',', ' ']);
        if let Some(d) = date_line(date, true) {
            return Some(d);
        }
        let p = place_words(after)?;
        at = s.len() - after.len() + p;
    }
    None
}

/// The first `n` bytes of `s`, or less, on a char boundary.
fn prefix(s: &str, n: usize) -> &str {
    // ASCII, nearly always: `n` chars are `n` bytes.
    let head = &s.as_bytes()[..s.len().min(n)];
    if head.is_ascii() {
        return &s[..head.len()];
    }
    let cut = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
    &s[..cut]
}

/// "3:15 PM GMT, June 4, 2024": a time before the date.
fn after_time(rest: &str) -> Option<Date> {
    let head = prefix(rest, 24);
    let colon = head.find(':')?;
    if colon == 0 || colon > 2 || !head[..colon].bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    // Skip the time and its marks ("PM", "GMT", "IST,"), at most four words.
    let mut after = rest;
    for _ in 0..4 {
        let t = after.trim_start();
        let end = t.find(char::is_whitespace).unwrap_or(t.len());
        let w = t[..end].trim_end_matches([',', '|', '-']);
        let is_time = w.contains(':') && w.bytes().all(|c| c.is_ascii_digit() || c == b':');
        let is_mark = !w.is_empty()
            && w.len() <= 4
            && w.bytes().all(|c| c.is_ascii_alphabetic())
            && !matches!(
                lexicon::entry(lexicon::lookup(w.as_bytes())).cls,
                Cls::Month(_)
            );
        if !(is_time || is_mark || w.is_empty()) {
            break;
        }
        after = &t[end..];
    }
    date_line(prefix(after.trim_start(), 40), false)
}

/// A dateline: a place in capitals, a comma, a date with its year, then the story:
/// "KANO, April 3, 2024 (AFP) - ...", "LAGOS, 3 April 2024 - ...".
fn dateline(line: &str) -> Option<Date> {
    let comma = prefix(line, 40).find(',')?;
    let place = line[..comma].trim();
    let letters = place.bytes().filter(|c| c.is_ascii_alphabetic()).count();
    let caps = place
        .bytes()
        .all(|c| c.is_ascii_uppercase() || matches!(c, b' ' | b'-' | b'.' | b'\''));
    let rest = prefix(line[comma + 1..].trim_start(), 40);
    if letters < 3 {
        return None;
    }
    if caps {
        return date_line(rest, false);
    }
    // "Maputo, 12 Jun 2024 (Lusa) —": a place in title case needs the date alone before the
    // agency or the dash.
    let words_ok = place.split(' ').count() <= 3
        && place
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    let end = rest
        .find(['(', ':', '—', '–'])
        .or_else(|| rest.find(" - "))?;
    if !words_ok {
        return None;
    }
    date_line(rest[..end].trim(), true)
}

/// The part of `line` before the first `sep`, if it is at most `most` bytes long: only the
/// line's first bytes are searched, however long the line.
fn head_before<'a>(line: &'a str, sep: &str, most: usize) -> Option<&'a str> {
    let (b, s) = (line.as_bytes(), sep.as_bytes());
    let window = &b[..b.len().min(most + s.len())];
    // Each separator's second byte is rarer than its first (a space): look for it, then compare.
    let key = s.len().checked_sub(1)?.min(1);
    let mut from = key;
    while let Some(p) = window.get(from..)?.iter().position(|&c| c == s[key]) {
        let at = from + p - key;
        // `sep` is whole chars, so a match starts on a char boundary.
        if window[at..].starts_with(s) {
            return line.get(..at);
        }
        from += p + 1;
    }
    None
}

fn iso_date(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y = s.get(0..4)?.parse().ok()?;
    let m = s.get(5..7)?.parse().ok()?;
    let d = s.get(8..10)?.parse().ok()?;
    Date::valid(y, m, d)
}

/// Words a date line may start with: "Published on Monday", "Issued on:", "Tue".
const DATE_LEADS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "issued",
    "last",
    "on",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// Words a date line may go on with after the date: the time and its zone ("10:30 am PKT"),
/// "2 min read", "- Update: 26.11.2024", "- Updated".
const DATE_TAILS: &[&str] = &[
    "am", "pm", "pkt", "ist", "gmt", "utc", "pst", "eat", "wat", "cat", "ast", "at", "a", "p", "m",
    "et", "edt", "est", "cet", "bst", "hrs", "min", "mins", "read", "update", "updated",
    "modified", "last",
];

/// Parses a line that is only a date (with a weekday, "Published", a time). With `whole`, every
/// word must be part of the date; else the date must start the text and the rest is ignored.
fn date_line(line: &str, whole: bool) -> Option<Date> {
    // Words: runs of ASCII alphanumerics.
    let mut parts: [(&str, bool); 3] = [("", false); 3];
    let mut n = 0;
    for w in line.split(|c: char| !c.is_ascii_alphanumeric()) {
        if w.is_empty() {
            continue;
        }
        let lw = w.to_ascii_lowercase();
        let e = lexicon::entry(lexicon::lookup(w.as_bytes()));
        let skippable = matches!(e.cls, Cls::Weekday(_)) || DATE_LEADS.contains(&lw.as_str());
        if skippable && n == 0 {
            continue;
        }
        if n == 3 {
            if whole {
                let ok = DATE_TAILS.contains(&lw.as_str()) || w.bytes().all(|c| c.is_ascii_digit());
                if !ok {
                    return None;
                }
                continue;
            }
            break;
        }
        let is_month = matches!(e.cls, Cls::Month(_));
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let ordinal_ok = digits.len() < w.len()
            && digits.bytes().all(|c| c.is_ascii_digit())
            && !digits.is_empty()
            && matches!(&lw[digits.len()..], "st" | "nd" | "rd" | "th");
        if is_month {
            parts[n] = (w, true);
        } else if w.bytes().all(|c| c.is_ascii_digit()) {
            parts[n] = (w, false);
        } else if ordinal_ok {
            parts[n] = (digits, false);
        } else {
            return None;
        }
        n += 1;
    }
    if n != 3 {
        return None;
    }
    let num = |s: &str| s.parse::<u32>().ok();
    let month = |s: &str| match lexicon::entry(lexicon::lookup(s.as_bytes())).cls {
        Cls::Month(m) => Some(m as u32),
        _ => None,
    };
    match parts {
        [(m, true), (d, false), (y, false)] => {
            Date::valid(num(y)? as i32, month(m)?, num(d)?).filter(|_| y.len() == 4)
        }
        [(d, false), (m, true), (y, false)] => {
            Date::valid(num(y)? as i32, month(m)?, num(d)?).filter(|_| y.len() == 4)
        }
        [(a, false), (b, false), (c, false)] => {
            if a.len() == 4 {
                Date::valid(num(a)? as i32, num(b)?, num(c)?)
            } else if c.len() == 4 {
                let (a, b) = (num(a)?, num(b)?);
                // Day first, unless the first part cannot be a month... or a day.
                if b > 12 {
                    Date::valid(num(c)? as i32, a, b)
                } else {
                    Date::valid(num(c)? as i32, b, a)
                }
            } else {
                None
            }
        }
        _ => None,
    }
}

/// The period the sentence `start..end` states (the first), as `YYYY`, `YYYY-MM` or
/// `YYYY-MM-DD`: a pass over its tokens that ends there.
pub fn period(
    src: &str,
    toks: &[Token],
    start: usize,
    end: usize,
    published: Option<Date>,
    steps: &mut u64,
) -> Option<Period> {
    let timely = time_words();
    let sentence = toks.get(start..end).unwrap_or_default();
    // Counted as the whole sentence: the work is at most that.
    *steps += sentence.len() as u64;
    sentence.iter().enumerate().find_map(|(i, t)| {
        may_name_time(timely, t, published)
            .then(|| period_at(src, toks, start, end, start + i, published))
            .flatten()
    })
}

/// The weekday (Monday 0) a sentence first says an event was on ("on Monday", "last Friday"), for
/// telling events apart when no published date turns it into a period.
pub fn weekday(toks: &[Token], start: usize, end: usize) -> Option<u8> {
    let timely = time_words();
    (start + 1..end).find_map(|i| {
        let t = toks.get(i)?;
        if !matches!(timely.0[t.lex as usize], TimeWord::Named) {
            return None;
        }
        match lexicon::entry(t.lex).cls {
            // Not the day a statement was made: "said on Tuesday".
            Cls::Weekday(wd)
                if is_word(toks, i - 1, w!["on", "last"])
                    && !(i >= 2
                        && is_word(
                            toks,
                            i - 2,
                            w!["said", "says", "told", "added", "stated", "reported"],
                        )) =>
            {
                Some(wd)
            }
            _ => None,
        }
    })
}

/// Whether token `t` may name a time, for [`period_at`]: a cheap test that reads no lexicon
/// entry. Of the determiners and deictic words, only "yesterday", "today", "last" and "this"
/// do, and only with a published date.
#[inline]
pub fn may_name_time(timely: TimeWords, t: &Token, published: Option<Date>) -> bool {
    match timely.0[t.lex as usize] {
        TimeWord::No => t.kind == TokKind::Number,
        TimeWord::Relative => published.is_some() && matches!(t.end - t.start, 4 | 5 | 9),
        TimeWord::Named => true,
    }
}

/// The period stated at token `i` of the sentence `start..end`.
// Inlined natively into [`period`]'s scan of every sentence, where speed counts.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn period_at(
    src: &str,
    toks: &[Token],
    start: usize,
    end: usize,
    i: usize,
    published: Option<Date>,
) -> Option<Period> {
    let t = &toks[i];
    let e = lexicon::entry(t.lex);
    match e.cls {
        Cls::Month(m) if t.cap() => {
            let m = m as u32;
            // Month day [, year]
            if let Some(d) = day_at(src, toks, i + 1, end) {
                let mut j = i + 2;
                if toks.get(j).is_some_and(|t| t.is_punct(b',')) {
                    j += 1;
                }
                let y = year_at(src, toks, j, end).or_else(|| infer_year(published, m));
                if let Some(date) = y.and_then(|y| Date::valid(y, m, d)) {
                    return Some(date.iso_inline());
                }
            }
            // day Month [year]
            if i > start {
                if let Some(d) = day_at(src, toks, i - 1, end) {
                    let y = year_at(src, toks, i + 1, end).or_else(|| infer_year(published, m));
                    if let Some(date) = y.and_then(|y| Date::valid(y, m, d)) {
                        return Some(date.iso_inline());
                    }
                }
            }
            // Month year
            if let Some(y) = year_at(src, toks, i + 1, end) {
                return Some(year_month(y, m));
            }
            // "in February"
            if i > start && is_word(toks, i - 1, w!["in", "during", "since", "throughout"]) {
                if let Some(y) = infer_year(published, m) {
                    return Some(year_month(y, m));
                }
            }
        }
        Cls::Weekday(wd) if i > start && is_word(toks, i - 1, w!["on", "last", "since"]) => {
            if let Some(p) = published {
                let back = (p.weekday() - wd as i64).rem_euclid(7);
                return Some(p.minus_days(back).iso_inline());
            }
        }
        _ => {}
    }
    // A year needs four bytes: the cheap test first.
    if t.kind == TokKind::Number
        && t.end - t.start == 4
        && i > start
        && is_word(toks, i - 1, w!["in", "during", "throughout"])
    {
        if let Some(y) = year_at(src, toks, i, end) {
            return Some(year(y));
        }
    }
    if t.kind == TokKind::Word && matches!(e.cls, Cls::Deictic | Cls::Det) {
        if let Some(p) = published {
            let w = t.text(src);
            if w.eq_ignore_ascii_case("yesterday") {
                return Some(p.minus_days(1).iso_inline());
            }
            if w.eq_ignore_ascii_case("today") {
                return Some(p.iso_inline());
            }
            let last = w.eq_ignore_ascii_case("last");
            if last || w.eq_ignore_ascii_case("this") {
                if is_word(toks, i + 1, w!["month"]) {
                    let (y, m) = if !last {
                        (p.y, p.m)
                    } else if p.m == 1 {
                        (p.y - 1, 12)
                    } else {
                        (p.y, p.m - 1)
                    };
                    return Some(year_month(y, m));
                }
                if is_word(toks, i + 1, w!["year"]) {
                    let y = if last { p.y - 1 } else { p.y };
                    return Some(year(y));
                }
            }
        }
    }
    None
}

/// What a word can be to [`period_at`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeWord {
    No,
    /// A month or a weekday.
    Named,
    /// A determiner or a deictic word: "yesterday", "last", "this", and "the", "their".
    Relative,
}

/// [`TimeWord`] of every lexicon id, so the scan reads one byte per word, not the word's
/// lexicon entry.
/// A handle on [`TimeWord`] of every lexicon id, taken once for many tokens.
#[derive(Clone, Copy)]
pub struct TimeWords(&'static [TimeWord; 1 << 16]);

/// The handle for [`may_name_time`].
pub fn time_words() -> TimeWords {
    TimeWords(time_word_table())
}

fn time_word_table() -> &'static [TimeWord; 1 << 16] {
    static TABLE: OnceLock<Box<[TimeWord; 1 << 16]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Box::new([TimeWord::No; 1 << 16]);
        for id in 0..=Lex::MAX {
            t[id as usize] = match lexicon::entry(id).cls {
                Cls::Month(_) | Cls::Weekday(_) => TimeWord::Named,
                Cls::Det | Cls::Deictic => TimeWord::Relative,
                _ => TimeWord::No,
            };
        }
        t
    })
}

/// A day of the month at `i`: "5", "5th".
fn day_at(src: &str, toks: &[Token], i: usize, end: usize) -> Option<u32> {
    if i >= end {
        return None;
    }
    let w = toks[i].text(src);
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let suffix = &w[digits.len()..];
    if !suffix.is_empty()
        && !["st", "nd", "rd", "th"]
            .iter()
            .any(|s| suffix.eq_ignore_ascii_case(s))
    {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// A year at `i`: four digits, 1900-2100.
pub fn year_at(src: &str, toks: &[Token], i: usize, end: usize) -> Option<i32> {
    if i >= end || toks[i].kind != TokKind::Number {
        return None;
    }
    let w = toks[i].text(src);
    if w.len() != 4 {
        return None;
    }
    let y: i32 = w.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

fn infer_year(published: Option<Date>, m: u32) -> Option<i32> {
    let p = published?;
    Some(if m > p.m { p.y - 1 } else { p.y })
}

#[cfg(test)]
mod tests {
    /// The weekday a sentence says an event was on, with no published date.
    #[test]
    fn weekday_of_sentence() {
        for (text, wd) in [
            ("Troops killed 3 on Monday night.", Some(0)),
            ("On Wednesday, troops killed 3.", Some(2)),
            ("Police held 4 last Friday.", Some(4)),
            ("Officials said on Tuesday that 7 died.", None),
            ("Officials said on Tuesday that 7 died on Sunday.", Some(6)),
            ("Monday was quiet.", None),
            ("", None),
        ] {
            let toks = super::super::tokens::tokenize(text, &mut 0);
            assert_eq!(super::weekday(&toks, 0, toks.len()), wd, "{text}");
        }
    }

    use super::*;
    use crate::extract::tokens::tokenize;

    /// The head before a separator, searched for in the line's first bytes only.
    #[test]
    fn head_before_a_separator() {
        for (line, sep, most, head) in [
            ("June 6, 2024 - More", " - ", 80, Some("June 6, 2024")),
            ("June 6, 2024 - More", " - ", 12, Some("June 6, 2024")),
            ("June 6, 2024 - More", " - ", 11, None),
            ("a - b - c", " - ", 80, Some("a")),
            (
                "13 January 2025 — Kabul",
                " — ",
                32,
                Some("13 January 2025"),
            ),
            ("Kabul—", " — ", 32, None),
            ("", " / ", 80, None),
            ("é / x", " / ", 2, Some("é")),
            ("a-b - c", " - ", 80, Some("a-b")),
            ("x(y) (z)", " (", 80, Some("x(y)")),
            ("-- -", " -", 80, Some("--")),
            ("abc", "", 80, None),
            ("a|b", "|", 80, Some("a")),
        ] {
            assert_eq!(
                head_before(line, sep, most),
                head,
                "{line:?} {sep:?} {most}"
            );
        }
    }

    /// A word found ignoring ASCII case.
    #[test]
    fn finds_ignoring_case() {
        for (hay, needle, at) in [
            ("Updated, PUBLISHED: May 3", "published", Some(9)),
            ("published", "published", Some(0)),
            ("publishe", "published", None),
            ("", "", Some(0)),
            ("pp published", "published", Some(3)),
        ] {
            assert_eq!(find_ascii_ci(hay, needle), at, "{hay:?}");
        }
    }

    /// The first `n` chars, ASCII or not.
    #[test]
    fn prefixes() {
        for (s, n, want) in [
            ("Kabul, 12 May", 5, "Kabul"),
            ("Kabul", 40, "Kabul"),
            ("", 3, ""),
            ("Kābul, 12 May", 5, "Kābul"),
            ("abcé", 4, "abcé"),
            ("abcé", 3, "abc"),
            ("ééé", 2, "éé"),
        ] {
            assert_eq!(prefix(s, n), want, "{s:?} {n}");
        }
    }

    fn pubd(s: &str) -> Option<String> {
        let mut st = 0;
        published(s, &mut st).map(|d| d.iso())
    }

    fn per(s: &str, p: &str) -> Option<String> {
        let mut st = 0;
        let t = tokenize(s, &mut st);
        period(s, &t, 0, t.len(), iso_date(p), &mut st).map(|p| p.as_str().to_owned())
    }

    macro_rules! published_is {
        ($name:ident, $input:expr, $expected:expr) => {
            #[test]
            fn $name() {
                assert_eq!(pubd($input).as_deref(), $expected, "{}", $input);
            }
        };
    }

    macro_rules! period_is {
        ($name:ident, $input:expr, $published:expr, $expected:expr) => {
            #[test]
            fn $name() {
                assert_eq!(per($input, $published).as_deref(), $expected, "{}", $input);
            }
        };
    }

    published_is!(
        byline_with_date,
        "Head\n\nBy A Reporter  April 22, 2024, 5:34 pm\n\nBody.",
        Some("2024-04-22")
    );
    published_is!(
        byline_without_date,
        "Head\n\nBy A Reporter in Cotabato\n\nBody.",
        None
    );
    published_is!(date_then_place_in_brackets, "Head\n\nJune 6, 2024 (PORT SUDAN) \u{2013} More than 100 people were killed when fighters attacked a village in the centre of the country.", Some("2024-06-06"));
    published_is!(
        published_in_paper,
        "Head\n\nPublished in The Daily Paper, February 2nd, 2025\n\nBody.",
        Some("2025-02-02")
    );
    published_is!(long_line_date_not_at_start, "Head\n\nOn a hot afternoon in the capital city of the province, June 6, 2024 (a Thursday) was a day like others.", None);
    published_is!(
        leading_date,
        " date 2024-07-27 RAWALPINDI: text",
        Some("2024-07-27")
    );
    published_is!(
        weekday_line,
        "Headline\n\nSaturday, 09/09/2023\n\nBody.",
        Some("2023-09-09")
    );
    published_is!(
        long_line,
        "Head\nMonday, September 10th, 2018\nBody",
        Some("2018-09-10")
    );
    published_is!(dashed, "Head\n\n03-01-2021\nRudaw\n", Some("2021-01-03"));
    published_is!(
        published_word,
        "Head\nPublished March 8, 2024 10:30 am\nBody",
        Some("2024-03-08")
    );
    published_is!(day_month, "Head\n10 Aug, 2023\n", Some("2023-08-10"));
    // Date lines of news sites: a label, a time, a reading time, an update after the date.
    published_is!(
        issued_on,
        "Head\nIssued on: 12/05/2025 - 18:47\nBody",
        Some("2025-05-12")
    );
    published_is!(
        reading_time,
        "Head\nNovember 21, 2025 10:14 AM  2 min read\nBody",
        Some("2025-11-21")
    );
    published_is!(
        byline_then_update,
        "Head\nAhmet Kaya  |26.11.2024 - Update : 26.11.2024\nBody",
        Some("2024-11-26")
    );
    published_is!(
        byline_then_updated,
        "Head\nJohn Smith | November 21, 2025 - Updated\nBody",
        Some("2025-11-21")
    );
    published_is!(
        tail_words_need_the_date_first,
        "Head\nRead the 2 min update\nBody",
        None
    );
    published_is!(
        none_in_body,
        "Since 20 August 2024, troops did things.",
        None
    );
    published_is!(bad_date, " date 2024-13-45 text", None);
    published_is!(
        byline_part,
        "Head\nBy Staff Reporter | March 8, 2024\nBody",
        Some("2024-03-08")
    );
    published_is!(
        weekday_abbreviation,
        "Head\nSun, 03 Mar 2024\nBody",
        Some("2024-03-03")
    );
    published_is!(
        dateline_mdy,
        "Head\nJOS, May 9, 2023 (AFP) - Gunmen struck.",
        Some("2023-05-09")
    );
    published_is!(
        dateline_dmy,
        "Head\nPORT HARCOURT, 12 May 2022 - Troops said.",
        Some("2022-05-12")
    );
    published_is!(
        dateline_colon,
        "PESHAWAR, July 1, 2021: Police said.",
        Some("2021-07-01")
    );
    published_is!(
        dateline_title_case,
        "Beira, 3 Feb 2023 (Lusa) — Gunmen struck.",
        Some("2023-02-03")
    );
    published_is!(
        title_case_no_dateline,
        "Meanwhile, 3 Feb 2023 saw more raids.",
        None
    );
    published_is!(
        time_first_no_comma,
        "Head\nPublished 15:40 GMT 2 March 2022\nBody",
        Some("2022-03-02")
    );
    published_is!(
        dateline_no_year,
        "MAIDUGURI, Oct 2 (Reuters) - Troops said.",
        None
    );
    published_is!(dateline_not_caps, "However, May 9, 2023 was calm.", None);
    published_is!(
        region_in_brackets,
        "Head\nQUETTA (Balochistan), July 9, 2025 - Police said two constables were hurt.",
        Some("2025-07-09")
    );
    published_is!(
        country_after_comma,
        "Head\nTRIPOLI, Libya, March 1, 2024 - Gunmen shot two guards.",
        Some("2024-03-01")
    );
    published_is!(
        country_after_dash,
        "Head\nKhartoum, Sudan - June 2, 2023\n\nShelling went on.",
        Some("2023-06-02")
    );
    published_is!(
        place_and_date_alone,
        "Head\nLahore, Jan 5, 2025\nPolice held four suspects.",
        Some("2025-01-05")
    );
    published_is!(
        region_then_trailing_dash,
        "Head\nBijapur (Chhattisgarh), 4 April 2024 -\n\nText.",
        Some("2024-04-04")
    );
    published_is!(
        title_case_then_sentence,
        "Head\nMeanwhile, in March 2, 2024 talks went on.",
        None
    );
    published_is!(
        country_then_no_date,
        "Head\nKabul, Afghanistan, was quiet on 3 May 2024.",
        None
    );
    published_is!(
        time_with_dotted_marks,
        "Head\nJune 3, 2024 at 7:05 p.m.\nBody",
        Some("2024-06-03")
    );
    published_is!(
        date_before_slash,
        "Head\nJune 3, 2024 / 7:05 PM / Reuters\nBody",
        Some("2024-06-03")
    );
    published_is!(
        date_before_place,
        "Head\n3 June 2024 — Herat\nBody",
        Some("2024-06-03")
    );
    published_is!(
        agency_then_colon,
        "Head\nHERAT (Xinhua): 3 June 2024\nBody",
        Some("2024-06-03")
    );
    published_is!(
        dash_in_body_sentence,
        "Head\nSince 3 June 2024 - the day of the raid - the town was calm.",
        None
    );
    published_is!(
        time_first,
        "Head\nPublished 9:40 AM EST, March 2, 2022\nBody",
        Some("2022-03-02")
    );

    period_is!(
        in_year,
        "In 2024, troops killed 5.",
        "2025-01-01",
        Some("2024")
    );
    period_is!(
        month_year,
        "in August 2014 it happened",
        "2025-01-01",
        Some("2014-08")
    );
    period_is!(
        day_month_year,
        "troops, on 22 June 2023, laid",
        "2025-01-01",
        Some("2023-06-22")
    );
    period_is!(
        month_day,
        "on December 26 they",
        "2021-01-03",
        Some("2020-12-26")
    );
    period_is!(weekday, "said on Tuesday", "2024-11-17", Some("2024-11-12"));
    period_is!(
        in_month,
        "killed in February",
        "2024-03-18",
        Some("2024-02")
    );
    period_is!(
        last_month,
        "killed last month",
        "2024-03-18",
        Some("2024-02")
    );
    period_is!(nothing, "killed six men", "2024-03-18", None);
    period_is!(
        year_after_during,
        "killed during 1999 raids",
        "2024-03-18",
        Some("1999")
    );
    period_is!(this_year, "killed this year", "2024-03-18", Some("2024"));
    period_is!(last_year, "killed last year", "2024-03-18", Some("2023"));
    period_is!(
        last_month_january,
        "killed last month",
        "2024-01-18",
        Some("2023-12")
    );
    period_is!(
        yesterday,
        "killed yesterday",
        "2024-03-01",
        Some("2024-02-29")
    );
    period_is!(
        today,
        "Today, troops killed",
        "2024-03-01",
        Some("2024-03-01")
    );
    period_is!(three_digit_year_no, "in 199 raids", "2024-03-18", None);
    // AP months with their dot, as the spelled-out ones.
    period_is!(
        ap_month_day,
        "on Nov. 11, gunmen",
        "2025-12-20",
        Some("2025-11-11")
    );
    period_is!(
        ap_sept_day,
        "on Sept. 3 they",
        "2025-12-20",
        Some("2025-09-03")
    );
    period_is!(
        ap_month_year,
        "in Oct. 2024 it",
        "2025-12-20",
        Some("2024-10")
    );
    period_is!(
        ap_month_day_year,
        "on Jan. 5, 2023, it",
        "2025-12-20",
        Some("2023-01-05")
    );

    /// The date writers give what `format!` gives.
    macro_rules! writes_as {
        ($name:ident, $y:expr, $m:expr, $d:expr) => {
            #[test]
            fn $name() {
                let (y, m, d): (i32, u32, u32) = ($y, $m, $d);
                assert_eq!(year(y).as_str(), format!("{y:04}"));
                assert_eq!(year_month(y, m).as_str(), format!("{y:04}-{m:02}"));
                assert_eq!(Date { y, m, d }.iso(), format!("{y:04}-{m:02}-{d:02}"));
            }
        };
    }

    writes_as!(writes_plain, 2024, 3, 5);
    writes_as!(writes_two_digits, 1999, 12, 31);
    writes_as!(writes_year_zero, 0, 1, 1);
    writes_as!(writes_short_year, 7, 1, 9);
    writes_as!(writes_last_year, 9999, 10, 10);
    writes_as!(writes_long_year, 12345, 1, 1);
    writes_as!(writes_negative_year, -5, 1, 1);
    writes_as!(writes_long_month, 2024, 123, 456);
    writes_as!(writes_extremes, i32::MIN, u32::MAX, u32::MAX);
}
