//! Timelines over the collection: figures summed by day, week or month, each fact once.
//!
//! A figure is placed at the day its text gives it (`period` of a day), else at its article's
//! date. What cannot be placed is left out and said so in the footnote:
//!
//! ```text
//! rate ("169 a day")          restates events counted elsewhere
//! part ("73 of the killed")   its total counts it already
//! repeat                      another article's report of the same fact counts for it
//! month or year period        longer than a bar (a month fits a month bar)
//! no date                     its article has no date: set one to place it
//! ```
//!
//! A group of repeats counts once, at its counted report's value and date, with a whisker over
//! the range of all its reports. Each bar says how many articles stand behind it (those with a
//! figure in it, repeats included). The bucket is chosen from the span (at most 45 days by day,
//! at most 26 weeks by week, else by month) and can be switched; a switch that would make more
//! than [`MAX_BARS`] bars takes the next coarser bucket.

use super::analysis::Analysis;
use super::dates::{self, Day, Precision};
use super::repeats::Repeats;
use super::totals::{self, Tally};
use crate::extract::{Figure, Kind, Subject};

/// The most bars a timeline draws before it takes a coarser bucket.
pub const MAX_BARS: usize = 400;

/// The length of a bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bucket {
    Day,
    Week,
    Month,
}

/// A series of a chart: a kind and a side, `None` adding up every side.
pub type SeriesSpec = (Kind, Option<Subject>);

/// The charts of the timeline and their series.
pub const SERIES: [(&str, &[SeriesSpec]); 3] = [
    (
        "Operations and attacks over time",
        &[(Kind::Operations, None), (Kind::Attacks, None)],
    ),
    (
        "Killed and injured over time",
        &[
            (Kind::Killed, Some(Subject::Militants)),
            (Kind::Killed, Some(Subject::SecurityForces)),
            (Kind::Killed, Some(Subject::Civilians)),
            (Kind::Killed, Some(Subject::Unspecified)),
            (Kind::Injured, Some(Subject::Militants)),
            (Kind::Injured, Some(Subject::SecurityForces)),
            (Kind::Injured, Some(Subject::Civilians)),
            (Kind::Injured, Some(Subject::Unspecified)),
        ],
    ),
    (
        "Arrests and surrenders over time",
        &[
            (Kind::Arrested, None),
            (Kind::Surrendered, None),
            (Kind::Kidnapped, None),
            (Kind::Rescued, None),
        ],
    ),
];

/// The collection over time.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub bucket: Bucket,
    /// The first day of each bar, consecutive, empty bars included.
    pub starts: Vec<Day>,
    /// One per entry of [`SERIES`].
    pub charts: Vec<TimelineChart>,
    pub left_out: LeftOut,
    /// The bucket asked for would have made more than [`MAX_BARS`] bars.
    pub coarsened: bool,
}

/// One chart of the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineChart {
    pub title: &'static str,
    pub series: Vec<Series>,
    /// For each bar, how many articles stand behind it.
    pub articles: Vec<usize>,
}

/// One series: a kind (and side) over the bars.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub kind: Kind,
    pub subject: Option<Subject>,
    /// "killed · militants", "arrested".
    pub label: String,
    /// One per bar.
    pub bars: Vec<Tally>,
    /// The sum of the bars.
    pub total: Tally,
}

/// How many figures the timeline left out, by reason.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LeftOut {
    pub rates: usize,
    pub parts: usize,
    pub repeats: usize,
    /// Figures whose stated period is longer than a bar.
    pub longer: usize,
    /// Figures with no date, and the articles they come from.
    pub undated: usize,
    pub undated_articles: usize,
}

impl Bucket {
    pub const ALL: [Bucket; 3] = [Bucket::Day, Bucket::Week, Bucket::Month];

    /// "day", "week", "month".
    pub fn as_str(self) -> &'static str {
        match self {
            Bucket::Day => "day",
            Bucket::Week => "week",
            Bucket::Month => "month",
        }
    }

    /// The bucket that suits a span of days: by day up to 45 days, by week up to 26 weeks,
    /// else by month.
    pub fn for_span(first: Day, last: Day) -> Bucket {
        match last - first {
            ..=45 => Bucket::Day,
            46..=182 => Bucket::Week,
            _ => Bucket::Month,
        }
    }

    /// The first day of the bar holding `day`.
    pub fn start(self, day: Day) -> Day {
        match self {
            Bucket::Day => day,
            Bucket::Week => dates::week_start(day),
            Bucket::Month => dates::month_start(day),
        }
    }

    /// The first day of the bar after the one starting at `start`.
    pub fn next(self, start: Day) -> Day {
        match self {
            Bucket::Day => start + 1,
            Bucket::Week => start + 7,
            Bucket::Month => dates::next_month(start),
        }
    }

    /// The bar's name: "2024-03-05", "week of 2024-03-04", "2024-03".
    pub fn label(self, start: Day) -> String {
        match self {
            Bucket::Day => dates::format_day(start),
            Bucket::Week => format!("week of {}", dates::format_day(start)),
            Bucket::Month => dates::format_month(start),
        }
    }

    /// How many bars from the one of `first` to the one of `last`, both included.
    fn bars_between(self, first: Day, last: Day) -> usize {
        let (a, b) = (self.start(first), self.start(last));
        let n = match self {
            Bucket::Day => b - a,
            Bucket::Week => (b - a) / 7,
            Bucket::Month => {
                let ((ya, ma, _), (yb, mb, _)) = (dates::to_civil(a), dates::to_civil(b));
                (yb - ya) * 12 + mb as i32 - ma as i32
            }
        };
        n.max(0) as usize + 1
    }

    fn coarser(self) -> Option<Bucket> {
        match self {
            Bucket::Day => Some(Bucket::Week),
            Bucket::Week => Some(Bucket::Month),
            Bucket::Month => None,
        }
    }
}

/// A figure that counts, where it goes.
struct Placed {
    day: Day,
    /// Its period is a month: it fits month bars only.
    month_only: bool,
    kind: Kind,
    side: Option<Subject>,
    /// Its number, with a group's range when it counts for a group.
    amount: Tally,
    /// Its article, and its group of repeats (whose articles all stand behind it).
    article: u64,
    group: Option<usize>,
}

/// Where a figure goes, or why it stays out.
enum Place {
    At(Day),
    /// A month: placed only on a month timeline.
    Month(Day),
    Longer,
    Undated,
}

fn place(f: &Figure, article_day: Option<Day>) -> Place {
    match f.period.as_deref().and_then(dates::parse_period) {
        Some(p) => match p.precision {
            Precision::Day => Place::At(p.first),
            Precision::Month => Place::Month(p.first),
            Precision::Year => Place::Longer,
        },
        None => article_day.map_or(Place::Undated, Place::At),
    }
}

impl Timeline {
    /// The timeline of the collection, by `bucket` or, when `None`, by the bucket that suits
    /// its span.
    pub fn build(analysis: &Analysis, repeats: &Repeats, bucket: Option<Bucket>) -> Timeline {
        let mut left_out = LeftOut::default();
        let mut placed: Vec<Placed> = Vec::new();
        for v in analysis.views() {
            let mut undated_here = false;
            for (i, r) in v.readings.iter().enumerate() {
                let f = &r.figure;
                if f.rate.is_some() {
                    left_out.rates += 1;
                    continue;
                }
                if f.subset_of.is_some() {
                    left_out.parts += 1;
                    continue;
                }
                let mut amount = Tally::default();
                amount.add(f);
                let mut group = None;
                if let Some((gi, g)) = repeats.group_of(v.id, i) {
                    if g.counted()
                        != (super::repeats::Member {
                            article: v.id,
                            index: i,
                        })
                    {
                        left_out.repeats += 1;
                        continue;
                    }
                    let members: Vec<&Figure> = g
                        .members
                        .iter()
                        .filter_map(|m| {
                            Some(&analysis.view(m.article)?.readings.get(m.index)?.figure)
                        })
                        .collect();
                    let low = members
                        .iter()
                        .map(|m| totals::low(m))
                        .min()
                        .unwrap_or(f.value);
                    let high = members
                        .iter()
                        .map(|m| totals::high(m))
                        .max()
                        .unwrap_or(f.value);
                    amount.low = low.min(f.value);
                    amount.high = high.max(f.value);
                    amount.open = members.iter().any(|m| m.max.is_none() && m.min.is_some());
                    group = Some(gi);
                }
                let (day, month_only) = match place(f, v.day) {
                    Place::At(d) => (d, false),
                    Place::Month(d) => (d, true),
                    Place::Longer => {
                        left_out.longer += 1;
                        continue;
                    }
                    Place::Undated => {
                        left_out.undated += 1;
                        undated_here = true;
                        continue;
                    }
                };
                let side = f
                    .kind
                    .has_subject()
                    .then(|| f.subject.unwrap_or(Subject::Unspecified));
                placed.push(Placed {
                    day,
                    month_only,
                    kind: f.kind,
                    side,
                    amount,
                    article: v.id,
                    group,
                });
            }
            left_out.undated_articles += usize::from(undated_here);
        }

        let first = placed.iter().map(|p| p.day).min();
        let last = placed.iter().map(|p| p.day).max();
        let wanted = match (bucket, first, last) {
            (Some(b), _, _) => b,
            (None, Some(a), Some(b)) => Bucket::for_span(a, b),
            _ => Bucket::Day,
        };
        let mut chosen = wanted;
        if let (Some(a), Some(b)) = (first, last) {
            while chosen.bars_between(a, b) > MAX_BARS {
                match chosen.coarser() {
                    Some(c) => chosen = c,
                    None => break,
                }
            }
        }
        // Month periods fit only month bars.
        if chosen != Bucket::Month {
            let before = placed.len();
            placed.retain(|p| !p.month_only);
            left_out.longer += before - placed.len();
        }
        let (first, last) = match (
            placed.iter().map(|p| p.day).min(),
            placed.iter().map(|p| p.day).max(),
        ) {
            (Some(a), Some(b)) => (a, b),
            _ => {
                return Timeline {
                    bucket: chosen,
                    starts: Vec::new(),
                    charts: empty_charts(0),
                    left_out,
                    coarsened: chosen != wanted,
                }
            }
        };
        let count = chosen.bars_between(first, last);
        let mut starts = Vec::with_capacity(count);
        let mut s = chosen.start(first);
        for _ in 0..count {
            starts.push(s);
            s = chosen.next(s);
        }
        let mut charts = empty_charts(count);
        let mut behind: Vec<Vec<Vec<u64>>> = vec![vec![Vec::new(); count]; charts.len()];
        for p in &placed {
            let bar = chosen.bars_between(first, p.day) - 1;
            for (ci, chart) in charts.iter_mut().enumerate() {
                let mut hit = false;
                for series in &mut chart.series {
                    if series.kind == p.kind
                        && (series.subject.is_none() || series.subject == p.side)
                    {
                        merge(&mut series.bars[bar], &p.amount);
                        merge(&mut series.total, &p.amount);
                        hit = true;
                    }
                }
                if hit {
                    match p.group.and_then(|g| repeats.groups.get(g)) {
                        Some(g) => behind[ci][bar].extend(g.members.iter().map(|m| m.article)),
                        None => behind[ci][bar].push(p.article),
                    }
                }
            }
        }
        for (chart, bars) in charts.iter_mut().zip(behind) {
            chart.articles = bars
                .into_iter()
                .map(|mut ids| {
                    ids.sort_unstable();
                    ids.dedup();
                    ids.len()
                })
                .collect();
        }
        Timeline {
            bucket: chosen,
            starts,
            charts,
            left_out,
            coarsened: chosen != wanted,
        }
    }

    /// The bars' names.
    pub fn labels(&self) -> Vec<String> {
        self.starts.iter().map(|&s| self.bucket.label(s)).collect()
    }

    /// Whether nothing could be placed.
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// The sentence under the timeline: what was left out and why.
    pub fn footnote(&self) -> String {
        let l = &self.left_out;
        let mut parts = Vec::new();
        let restated: Vec<String> = [
            (l.rates, "rate", "rates"),
            (l.parts, "part of a total", "parts of totals"),
        ]
        .into_iter()
        .filter(|&(n, _, _)| n > 0)
        .map(|(n, one, many)| count(n, one, many))
        .collect();
        if !restated.is_empty() {
            parts.push(format!(
                "{} (they restate events counted elsewhere)",
                restated.join(" and ")
            ));
        }
        if l.repeats > 0 {
            parts.push(format!(
                "{} of facts another article reports (each group of repeats counts once, \
                 at its lowest report, with a whisker over the range of its reports)",
                count(l.repeats, "repeat", "repeats")
            ));
        }
        if l.longer > 0 {
            parts.push(format!(
                "{} covering a period longer than a {}",
                count(l.longer, "figure", "figures"),
                self.bucket.as_str()
            ));
        }
        if l.undated > 0 {
            parts.push(format!(
                "{} from {} with no date (set a date to place them)",
                count(l.undated, "figure", "figures"),
                count(l.undated_articles, "article", "articles")
            ));
        }
        let mut out = if parts.is_empty() {
            "Nothing left out: every figure is counted once.".to_string()
        } else {
            format!("Left out: {}.", parts.join("; "))
        };
        if self.coarsened {
            out.push_str(&format!(
                " Shown by {} because finer bars would be more than {MAX_BARS}.",
                self.bucket.as_str()
            ));
        }
        out
    }
}

/// Adds one tally to another.
fn merge(into: &mut Tally, t: &Tally) {
    into.value = into.value.saturating_add(t.value);
    into.low = into.low.saturating_add(t.low);
    into.high = into.high.saturating_add(t.high);
    into.open |= t.open;
    into.figures += t.figures;
}

fn empty_charts(bars: usize) -> Vec<TimelineChart> {
    SERIES
        .iter()
        .map(|&(title, series)| TimelineChart {
            title,
            series: series
                .iter()
                .map(|&(kind, subject)| Series {
                    kind,
                    subject,
                    label: match subject {
                        Some(s) => format!("{} · {}", kind.as_str(), totals::subject_label(s)),
                        None => kind.as_str().to_string(),
                    },
                    bars: vec![Tally::default(); bars],
                    total: Tally::default(),
                })
                .collect(),
            articles: vec![0; bars],
        })
        .collect()
}

/// "1 rate", "0 rates", "3 rates".
fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;
    use crate::workspace::repeats::tests::collection;

    /// The timeline of a collection written as in the repeats tests.
    fn timeline(articles: &[(&str, &str)], bucket: Option<Bucket>) -> Timeline {
        let (ws, docs) = collection(articles);
        let a = Analysis::with_documents(&ws, docs);
        let r = Repeats::find(&a, &ws.separated);
        Timeline::build(&a, &r, bucket)
    }

    /// A series as `label: bar bar ...` with each bar `value` or `value[low-high]`, and the
    /// articles behind the chart's bars.
    fn show(t: &Timeline, chart: usize, series: usize) -> String {
        let s = &t.charts[chart].series[series];
        let bars: Vec<String> = s
            .bars
            .iter()
            .map(|b| {
                if b.is_range() {
                    format!(
                        "{}[{}-{}{}]",
                        b.value,
                        b.low,
                        b.high,
                        if b.open { "+" } else { "" }
                    )
                } else {
                    b.value.to_string()
                }
            })
            .collect();
        format!(
            "{} {} / {:?}",
            s.label,
            bars.join(" "),
            t.charts[chart].articles
        )
    }

    const KILLED_MILITANTS: (usize, usize) = (1, 0);
    const ARRESTED: (usize, usize) = (2, 0);
    const OPERATIONS: (usize, usize) = (0, 0);

    #[test]
    fn bars_sum_each_fact_once() {
        #[rustfmt::skip]
        let cases: &[(&str, &[(&str, &str)], Option<Bucket>, (usize, usize), &str, &str)] = &[
            ("one a day", &[("2024-03-01", "killed militants 3"), ("2024-03-03", "killed militants 8")], None, KILLED_MILITANTS,
             "2024-03-01", "killed · militants 3 0 8 / [1, 0, 1]"),
            ("same day adds", &[("2024-03-01", "killed militants 3"), ("2024-03-01", "killed militants 40")], None, KILLED_MILITANTS,
             "2024-03-01", "killed · militants 43 / [2]"),
            ("repeat counted once, as a range", &[("2024-03-01", "killed militants 15"), ("2024-03-02", "killed militants 12")], None, KILLED_MILITANTS,
             "2024-03-02", "killed · militants 12[12-15] / [2]"),
            ("rates and parts never add", &[("2024-03-01", "arrested unspecified 10; arrested unspecified 4 part; arrested militants 3 per-day")], None, ARRESTED,
             "2024-03-01", "arrested 10 / [1]"),
            ("sides add up in arrests", &[("2024-03-01", "arrested militants 2; arrested civilians 5")], None, ARRESTED,
             "2024-03-01", "arrested 7 / [1]"),
            ("own day over article date", &[("2024-03-09", "operations none 2 @2024-03-07")], None, OPERATIONS,
             "2024-03-07", "operations 2 / [1]"),
            ("weeks", &[("2024-03-04", "operations none 1"), ("2024-03-10", "operations none 2"), ("2024-03-11", "operations none 4")], Some(Bucket::Week), OPERATIONS,
             "week of 2024-03-04", "operations 3 4 / [2, 1]"),
            ("months", &[("2024-01-31", "operations none 1"), ("2024-03-01", "operations none 2")], Some(Bucket::Month), OPERATIONS,
             "2024-01", "operations 1 0 2 / [1, 0, 1]"),
            ("a month period on a month bar", &[("2024-04-02", "operations none 30 @2024-03")], Some(Bucket::Month), OPERATIONS,
             "2024-03", "operations 30 / [1]"),
            ("chosen by span: months", &[("2024-01-01", "operations none 1"), ("2024-12-01", "operations none 1")], None, OPERATIONS,
             "2024-01", "operations 1 0 0 0 0 0 0 0 0 0 0 1 / [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]"),
            ("chosen by span: weeks", &[("2024-01-01", "operations none 1"), ("2024-03-01", "operations none 1")], None, OPERATIONS,
             "week of 2024-01-01", "operations 1 0 0 0 0 0 0 0 1 / [1, 0, 0, 0, 0, 0, 0, 0, 1]"),
            ("hedges become whiskers", &[("2024-03-01", "killed militants 10 10-; killed militants 300 200-999")], None, KILLED_MILITANTS,
             "2024-03-01", "killed · militants 310[210-1009+] / [1]"),
            ("too many days: weeks", &[("2024-01-01", "operations none 1"), ("2025-06-01", "operations none 1")], Some(Bucket::Day), OPERATIONS,
             "week of 2024-01-01", ""),
        ];
        for (name, articles, bucket, (chart, series), first, want) in cases {
            let t = timeline(articles, *bucket);
            assert_eq!(t.labels()[0], *first, "{name}");
            if !want.is_empty() {
                assert_eq!(show(&t, *chart, *series), *want, "{name}");
            }
        }
    }

    #[test]
    fn footnote_says_what_was_left_out() {
        #[rustfmt::skip]
        let cases: &[(&[(&str, &str)], Option<Bucket>, &str)] = &[
            (&[("2024-03-01", "killed militants 3")], None, "Nothing left out: every figure is counted once."),
            (&[("2024-03-01", "killed militants 9; killed militants 3 part; operations none 5 per-day")], None,
             "Left out: 1 rate and 1 part of a total (they restate events counted elsewhere)."),
            (&[("2024-03-01", "killed militants 3"), ("2024-03-01", "killed militants 3")], None,
             "Left out: 1 repeat of facts another article reports (each group of repeats counts once, at its lowest report, with a whisker over the range of its reports)."),
            (&[("2024-03-01", "killed militants 925 @2024; attacks none 4 @2024-02")], Some(Bucket::Week),
             "Left out: 2 figures covering a period longer than a week."),
            (&[("", "killed militants 3; injured civilians 2"), ("2024-03-01", "killed militants 3")], None,
             "Left out: 2 figures from 1 article with no date (set a date to place them)."),
            (&[("2020-01-01", "operations none 1"), ("2024-01-01", "operations none 1")], Some(Bucket::Day),
             "Nothing left out: every figure is counted once. Shown by week because finer bars would be more than 400."),
        ];
        for (articles, bucket, want) in cases {
            assert_eq!(
                timeline(articles, *bucket).footnote(),
                *want,
                "{articles:?}"
            );
        }
    }

    #[test]
    fn nothing_dated_is_an_empty_timeline() {
        let t = timeline(&[("", "killed militants 3")], None);
        assert!(t.is_empty());
        assert_eq!(t.charts.len(), SERIES.len());
    }
}
