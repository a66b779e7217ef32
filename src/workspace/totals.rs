//! Chart series from readings: totals by kind and subject that leave out rates and parts, with
//! the range that hedged and vague figures allow, and the words the app shows for a figure.
//!
//! A total adds the figures of one kind and side that are neither a rate ("169 operations a
//! day") nor a part of another figure ("73 of the killed"): those restate events already counted
//! and would count them twice. Each total carries its best value (the sum of the figures' best
//! values) and the range its figures allow (the sum of their bounds), which the charts draw as
//! whiskers.

use crate::extract::{Figure, Kind, Rate, Subject};

/// The sum of some figures: the best value and the range the stated numbers allow.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// The sum of the figures' best values.
    pub value: u64,
    /// The sum of their lower bounds (a figure with no lower bound gives its value).
    pub low: u64,
    /// The sum of their upper bounds (a figure with no upper bound gives its value).
    pub high: u64,
    /// Some figure has no upper bound ("at least 10"): the true sum may be above `high`.
    pub open: bool,
    /// How many figures were added.
    pub figures: usize,
}

/// One bar of a chart: a kind, stacked by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub kind: Kind,
    /// One tally per side in [`Subject::ALL`] order for kinds that count people; one tally
    /// with no side for operations and attacks.
    pub stack: Vec<(Option<Subject>, Tally)>,
    /// The whole bar.
    pub total: Tally,
}

/// One chart: its bars and the figures it leaves out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    pub title: &'static str,
    pub bars: Vec<Bar>,
    /// Indices (in the figures given) of rates of these kinds, left out.
    pub rates: Vec<usize>,
    /// Indices of parts of other figures, of these kinds, left out.
    pub parts: Vec<usize>,
    /// Indices of the hedged or vague figures counted, drawn as ranges.
    pub ranges: Vec<usize>,
}

/// The three charts of the app: their names and the kinds each shows.
pub const CHARTS: [(&str, &[Kind]); 3] = [
    ("Operations and attacks", &[Kind::Operations, Kind::Attacks]),
    ("Casualties", &[Kind::Killed, Kind::Injured]),
    (
        "Arrests and surrenders",
        &[
            Kind::Arrested,
            Kind::Surrendered,
            Kind::Kidnapped,
            Kind::Rescued,
        ],
    ),
];

/// The three charts of [`CHARTS`] for `figures`.
pub fn charts(figures: &[Figure]) -> Vec<Chart> {
    CHARTS
        .iter()
        .map(|&(title, kinds)| chart(title, kinds, figures))
        .collect()
}

/// One chart of `kinds` over `figures`.
pub fn chart(title: &'static str, kinds: &[Kind], figures: &[Figure]) -> Chart {
    let mut out = Chart {
        title,
        bars: kinds.iter().map(|&k| Bar::empty(k)).collect(),
        rates: Vec::new(),
        parts: Vec::new(),
        ranges: Vec::new(),
    };
    for (i, f) in figures.iter().enumerate() {
        let Some(bar) = out.bars.iter_mut().find(|b| b.kind == f.kind) else {
            continue;
        };
        if f.rate.is_some() {
            out.rates.push(i);
            continue;
        }
        if f.subset_of.is_some() {
            out.parts.push(i);
            continue;
        }
        if low(f) != high(f) || f.max.is_none() && f.min.is_some() {
            out.ranges.push(i);
        }
        let side = if f.kind.has_subject() {
            Some(f.subject.unwrap_or(Subject::Unspecified))
        } else {
            None
        };
        if let Some((_, t)) = bar.stack.iter_mut().find(|(s, _)| *s == side) {
            t.add(f);
        }
        bar.total.add(f);
    }
    out
}

impl Bar {
    fn empty(kind: Kind) -> Bar {
        let stack = if kind.has_subject() {
            Subject::ALL
                .iter()
                .map(|&s| (Some(s), Tally::default()))
                .collect()
        } else {
            vec![(None, Tally::default())]
        };
        Bar {
            kind,
            stack,
            total: Tally::default(),
        }
    }
}

impl Tally {
    /// Adds one figure.
    pub fn add(&mut self, f: &Figure) {
        self.value = self.value.saturating_add(f.value);
        self.low = self.low.saturating_add(low(f));
        self.high = self.high.saturating_add(high(f));
        self.open |= f.max.is_none() && f.min.is_some();
        self.figures += 1;
    }

    /// Whether the figures allow more than one number.
    pub fn is_range(&self) -> bool {
        self.low != self.high || self.open
    }
}

impl Chart {
    /// The highest point any bar or whisker reaches.
    pub fn top(&self) -> u64 {
        self.bars
            .iter()
            .map(|b| b.total.value.max(b.total.high))
            .max()
            .unwrap_or(0)
    }

    /// Whether the chart has nothing to draw.
    pub fn is_empty(&self) -> bool {
        self.bars.iter().all(|b| b.total.figures == 0)
    }

    /// The sentence under the chart: what was left out and why, and what the whiskers show.
    pub fn footnote(&self, figures: &[Figure]) -> String {
        let mut out = String::new();
        if self.rates.is_empty() && self.parts.is_empty() {
            out.push_str("Nothing left out: every figure of these kinds is counted once.");
        } else {
            let mut left = Vec::new();
            if !self.rates.is_empty() {
                left.push(format!(
                    "{} ({})",
                    plural(self.rates.len(), "rate", "rates"),
                    list(&self.rates, figures)
                ));
            }
            if !self.parts.is_empty() {
                left.push(format!(
                    "{} ({})",
                    plural(self.parts.len(), "part of a total", "parts of totals"),
                    list(&self.parts, figures)
                ));
            }
            out.push_str("Left out: ");
            out.push_str(&left.join(" and "));
            out.push_str(
                ", because they restate events already counted and adding them would count \
                 those events twice.",
            );
        }
        if !self.ranges.is_empty() {
            out.push_str(" Whiskers show the range of hedged or vague figures: ");
            out.push_str(&list(&self.ranges, figures));
            out.push('.');
        }
        out
    }
}

/// "1 rate", "2 rates".
fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// A footnote names at most this many figures of a list and counts the rest: a big text's
/// list would be megabytes of text, laid out for half a second.
const LISTED: usize = 10;

/// "169 operations a day; 73 killed", at most [`LISTED`] of them, then "and 12 more".
fn list(indices: &[usize], figures: &[Figure]) -> String {
    let named: Vec<&Figure> = indices.iter().filter_map(|&i| figures.get(i)).collect();
    let mut out = named
        .iter()
        .copied()
        .take(LISTED)
        .map(short)
        .collect::<Vec<_>>()
        .join("; ");
    if named.len() > LISTED {
        out.push_str(&format!("; and {} more", named.len() - LISTED));
    }
    out
}

/// A figure in a few words: "169 operations a day", "at least 4 killed (security forces)".
pub fn short(f: &Figure) -> String {
    let mut s = format!("{} {}", number_text(f), f.kind.as_str());
    if let Some(r) = f.rate {
        s.push(' ');
        s.push_str(rate_label(r));
    }
    if let Some(side) = f.subject.filter(|_| f.kind.has_subject()) {
        s.push_str(&format!(" ({})", subject_label(side)));
    }
    s
}

/// The lower bound a figure allows.
pub fn low(f: &Figure) -> u64 {
    f.min.unwrap_or(f.value).min(f.value)
}

/// The upper bound a figure allows (its value when open above).
pub fn high(f: &Figure) -> u64 {
    f.max.unwrap_or(f.value).max(f.value)
}

/// The number as a reader says it: "925", "at least 4", "up to 20", "10–12", "about 50",
/// "200–999 (hundreds)".
pub fn number_text(f: &Figure) -> String {
    if f.vague {
        let word = vague_word(&f.evidence.text).unwrap_or("vague");
        return match (f.min, f.max) {
            (Some(a), Some(b)) if a != b => {
                format!("{}–{} ({word})", thousands(a), thousands(b))
            }
            (Some(a), None) => format!("{}+ ({word})", thousands(a)),
            _ => format!("about {} ({word})", thousands(f.value)),
        };
    }
    match (f.min, f.max) {
        (Some(a), Some(b)) if a != b => format!("{}–{}", thousands(a), thousands(b)),
        (Some(a), None) => format!("at least {}", thousands(a)),
        (None, Some(b)) => format!("up to {}", thousands(b)),
        _ if f.approx => format!("about {}", thousands(f.value)),
        _ => thousands(f.value),
    }
}

/// Reads a number as the user types it when correcting a figure: "925", "59,775", "at least 4",
/// "4+", "up to 20", "about 50", "10-12" or "10–12". Gives (value, min, max, approx).
pub fn parse_number(input: &str) -> Option<(u64, Option<u64>, Option<u64>, bool)> {
    let s = input.trim().to_lowercase();
    let int = |t: &str| -> Option<u64> {
        let t = t.trim();
        if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit() || c == ',') {
            return None;
        }
        t.replace(',', "").parse().ok()
    };
    for prefix in ["at least ", "more than ", "over "] {
        if let Some(rest) = s.strip_prefix(prefix) {
            let n = int(rest)?;
            return Some((n, Some(n), None, true));
        }
    }
    if let Some(rest) = s.strip_suffix('+') {
        let n = int(rest)?;
        return Some((n, Some(n), None, true));
    }
    if let Some(rest) = s.strip_prefix("up to ") {
        let n = int(rest)?;
        return Some((n, None, Some(n), true));
    }
    for prefix in [
        "about ",
        "around ",
        "some ",
        "nearly ",
        "approximately ",
        "~",
    ] {
        if let Some(rest) = s.strip_prefix(prefix) {
            let n = int(rest)?;
            return Some((n, None, None, true));
        }
    }
    if let Some((a, b)) = s.split_once(['-', '–']).or_else(|| s.split_once(" to ")) {
        let (a, b) = (int(a)?, int(b)?);
        if a > b {
            return None;
        }
        return Some((a + (b - a) / 2, Some(a), Some(b), true));
    }
    let n = int(&s)?;
    Some((n, Some(n), Some(n), false))
}

/// The words that make a figure vague, longest first, as `FIGURES.md` lists them.
const VAGUE_WORDS: [&str; 9] = [
    "tens of thousands",
    "thousands",
    "hundreds",
    "dozens",
    "scores",
    "several",
    "a couple",
    "a few",
    "few",
];

/// The vague word in a figure's evidence, if one of [`VAGUE_WORDS`] is there.
pub fn vague_word(evidence: &str) -> Option<&'static str> {
    let lower = evidence.to_lowercase();
    VAGUE_WORDS.iter().copied().find(|w| lower.contains(w))
}

/// `59775` as "59,775".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The side as a reader says it: "security forces".
pub fn subject_label(s: Subject) -> &'static str {
    match s {
        Subject::Militants => "militants",
        Subject::SecurityForces => "security forces",
        Subject::Civilians => "civilians",
        Subject::Unspecified => "unspecified",
    }
}

/// The rate as a reader says it: "a day".
pub fn rate_label(r: Rate) -> &'static str {
    match r {
        Rate::Day => "a day",
        Rate::Week => "a week",
        Rate::Month => "a month",
        Rate::Year => "a year",
    }
}

/// The reading shown on a highlighted mark: "killed · militants · 925".
pub fn reading_text(f: &Figure) -> String {
    let mut s = f.kind.as_str().to_string();
    if f.kind.has_subject() {
        s.push_str(" · ");
        s.push_str(f.subject.map(subject_label).unwrap_or("side unclear"));
    }
    s.push_str(" · ");
    s.push_str(&number_text(f));
    if let Some(r) = f.rate {
        s.push(' ');
        s.push_str(rate_label(r));
    }
    s
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::extract::Evidence;

    /// A figure for tests: `fig(kind, subject, value)` with exact bounds, then adjusted.
    pub(crate) fn fig(kind: Kind, subject: Option<Subject>, value: u64) -> Figure {
        Figure::exact(
            kind,
            subject,
            value,
            Evidence {
                start: 0,
                end: 0,
                text: String::new(),
            },
        )
    }

    fn vague(kind: Kind, subject: Option<Subject>, value: u64, min: u64, max: u64) -> Figure {
        Figure {
            min: Some(min),
            max: Some(max),
            approx: true,
            vague: true,
            ..fig(kind, subject, value)
        }
    }

    const M: Option<Subject> = Some(Subject::Militants);
    const S: Option<Subject> = Some(Subject::SecurityForces);

    #[test]
    fn thousands_separators() {
        for (n, s) in [
            (0, "0"),
            (999, "999"),
            (1000, "1,000"),
            (59775, "59,775"),
            (1234567, "1,234,567"),
        ] {
            assert_eq!(thousands(n), s, "{n}");
        }
    }

    #[test]
    fn number_text_says_hedges_and_ranges() {
        let exact = fig(Kind::Killed, M, 925);
        let at_least = Figure {
            max: None,
            approx: true,
            ..fig(Kind::Killed, M, 4)
        };
        let up_to = Figure {
            min: None,
            approx: true,
            ..fig(Kind::Killed, M, 20)
        };
        let about = Figure {
            min: None,
            max: None,
            approx: true,
            ..fig(Kind::Killed, M, 50)
        };
        let between = Figure {
            min: Some(10),
            max: Some(12),
            approx: true,
            ..fig(Kind::Killed, M, 11)
        };
        let mut hundreds = vague(Kind::Killed, M, 300, 200, 999);
        hundreds.evidence.text = "Hundreds of militants".into();
        for (f, s) in [
            (&exact, "925"),
            (&at_least, "at least 4"),
            (&up_to, "up to 20"),
            (&about, "about 50"),
            (&between, "10–12"),
            (&hundreds, "200–999 (hundreds)"),
        ] {
            assert_eq!(number_text(f), s);
        }
    }

    #[test]
    fn parse_number_reads_what_users_type() {
        for (input, out) in [
            ("925", Some((925, Some(925), Some(925), false))),
            (" 59,775 ", Some((59775, Some(59775), Some(59775), false))),
            ("at least 4", Some((4, Some(4), None, true))),
            ("4+", Some((4, Some(4), None, true))),
            ("up to 20", Some((20, None, Some(20), true))),
            ("About 50", Some((50, None, None, true))),
            ("10-12", Some((11, Some(10), Some(12), true))),
            ("10–12", Some((11, Some(10), Some(12), true))),
            ("10 to 12", Some((11, Some(10), Some(12), true))),
            ("12-10", None),
            ("", None),
            ("many", None),
            ("99999999999999999999999", None),
        ] {
            assert_eq!(parse_number(input), out, "{input:?}");
        }
    }

    #[test]
    fn reading_text_names_kind_side_and_number() {
        assert_eq!(
            reading_text(&fig(Kind::Killed, M, 925)),
            "killed · militants · 925"
        );
        assert_eq!(
            reading_text(&fig(Kind::Operations, None, 3)),
            "operations · 3"
        );
        let rate = Figure {
            rate: Some(Rate::Day),
            ..fig(Kind::Operations, None, 169)
        };
        assert_eq!(reading_text(&rate), "operations · 169 a day");
        assert_eq!(
            reading_text(&fig(Kind::Injured, None, 2)),
            "injured · side unclear · 2"
        );
    }

    #[test]
    fn totals_add_by_kind_and_side_and_leave_out_rates_and_parts() {
        let figures = vec![
            fig(Kind::Operations, None, 59775),
            Figure {
                rate: Some(Rate::Day),
                ..fig(Kind::Operations, None, 169)
            },
            fig(Kind::Killed, M, 925),
            Figure {
                subset_of: Some(2),
                ..fig(Kind::Killed, M, 73)
            },
            fig(Kind::Killed, S, 12),
            fig(Kind::Killed, None, 3),
            vague(Kind::Injured, M, 36, 24, 99),
            fig(Kind::Arrested, M, 40),
        ];
        let c = charts(&figures);
        assert_eq!(c.len(), 3);
        assert_eq!(c[0].bars[0].total.value, 59775);
        assert_eq!(c[0].bars[1].total.figures, 0);
        assert_eq!(c[0].rates, vec![1]);
        let killed = &c[1].bars[0];
        assert_eq!(killed.total.value, 940);
        assert_eq!(
            killed.stack[0],
            (
                M,
                Tally {
                    value: 925,
                    low: 925,
                    high: 925,
                    open: false,
                    figures: 1
                }
            )
        );
        assert_eq!(killed.stack[1].1.value, 12);
        assert_eq!(killed.stack[3].1.value, 3, "no side counts as unspecified");
        assert_eq!(c[1].parts, vec![3]);
        let injured = &c[1].bars[1].total;
        assert_eq!((injured.value, injured.low, injured.high), (36, 24, 99));
        assert!(injured.is_range());
        assert_eq!(c[1].ranges, vec![6]);
        assert_eq!(c[1].top(), 940);
        assert_eq!(c[2].bars[0].total.value, 40);
        assert!(c[2].rates.is_empty() && c[2].parts.is_empty());
    }

    #[test]
    fn open_figures_make_an_open_range() {
        let f = Figure {
            max: None,
            approx: true,
            ..fig(Kind::Killed, S, 4)
        };
        let c = chart("Casualties", &[Kind::Killed], &[f]);
        let t = c.bars[0].total;
        assert!(t.open && t.is_range());
        assert_eq!((t.low, t.high), (4, 4));
        assert_eq!(c.ranges, vec![0]);
    }

    #[test]
    fn footnote_says_what_was_left_out() {
        let figures = vec![
            fig(Kind::Operations, None, 59775),
            Figure {
                rate: Some(Rate::Day),
                ..fig(Kind::Operations, None, 169)
            },
        ];
        let c = chart(
            "Operations and attacks",
            &[Kind::Operations, Kind::Attacks],
            &figures,
        );
        assert_eq!(
            c.footnote(&figures),
            "Left out: 1 rate (169 operations a day), because they restate events already \
             counted and adding them would count those events twice."
        );
        let none = chart("Casualties", &[Kind::Killed], &figures);
        assert!(none.is_empty());
        assert!(none.footnote(&figures).starts_with("Nothing left out"));
    }

    #[test]
    fn footnote_lists_at_most_ten_figures_and_counts_the_rest() {
        let figures: Vec<Figure> = (1..=12)
            .map(|v| Figure {
                rate: Some(Rate::Day),
                ..fig(Kind::Operations, None, v)
            })
            .collect();
        let c = chart("Operations and attacks", &[Kind::Operations], &figures);
        assert_eq!(
            c.footnote(&figures),
            "Left out: 12 rates (1 operations a day; 2 operations a day; 3 operations a day; \
             4 operations a day; 5 operations a day; 6 operations a day; 7 operations a day; \
             8 operations a day; 9 operations a day; 10 operations a day; and 2 more), because \
             they restate events already counted and adding them would count those events twice."
        );
    }

    #[test]
    fn sums_saturate_instead_of_overflowing() {
        let figures = vec![fig(Kind::Killed, M, u64::MAX), fig(Kind::Killed, M, 5)];
        assert_eq!(
            chart("c", &[Kind::Killed], &figures).bars[0].total.value,
            u64::MAX
        );
    }
}
