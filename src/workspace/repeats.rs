//! Repeats: one fact reported by several articles, found so that totals count it once.
//!
//! Two figures from different articles are likely the same fact when all of these hold:
//!
//! ```text
//! same kind and same side (subject)
//! both count (neither a rate nor a part of a larger figure)
//! numbers agree: their ranges overlap, or they differ by at most 35% (12 vs 15 killed)
//! same time: both dated to days at most 3 days apart (1 day when the numbers differ), or the
//!            same stated month or year
//!            (a figure's own period when it has one, else its article's date)
//! same place, when both state one (one name containing the other counts: "Bannu" and
//!            "Bannu district")
//! ```
//!
//! Likely pairs are joined into groups greedily, closest pairs first (same number, then nearest
//! dates, then both places stated), and two groups join only when every pair across them is a
//! likely pair and no article would appear twice in the result: an article states each fact once.
//! A group counts once, as ACLED does with conflicting reports, at its most conservative report
//! (the lowest number; the earliest, then the first in the collection, on a tie); the others are
//! its repeats. The group is shown as the range of its reports.
//!
//! The user can separate a figure from its group: separated figures (kept in the workspace) never
//! join a group again.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use serde::{Deserialize, Serialize};

use super::analysis::{Analysis, ArticleView};
use super::dates::{self, Day, Precision};
use super::{totals, FigureKey};
use crate::extract::{Figure, Kind, Subject};

/// How many days apart two day-dated reports of one fact may be.
pub const CLOSE_DAYS: Day = 3;
/// How many days apart two day-dated reports with different numbers may be.
pub const CLOSE_DAYS_DIFFERING: Day = 1;
/// How far apart (percent of the larger) two numbers for one fact may be.
pub const CLOSE_PERCENT: u64 = 35;

/// A figure anywhere in the collection: its article and its key within the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FigureRef {
    pub article: u64,
    pub key: FigureKey,
}

/// A figure of a group: its article and its index among the article's readings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Member {
    pub article: u64,
    pub index: usize,
}

/// Reports of one fact in several articles.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// In collection order, at least two, each from a different article.
    pub members: Vec<Member>,
    /// Index in `members` of the report that counts.
    pub counted: usize,
    /// The lowest and highest number reported.
    pub low: u64,
    pub high: u64,
}

/// Every group of the collection.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Repeats {
    pub groups: Vec<Group>,
    by_member: HashMap<Member, usize, Fast>,
}

impl Group {
    /// The report that counts.
    pub fn counted(&self) -> Member {
        self.members[self.counted]
    }

    /// "12–15" when reports disagree, "12" when they agree.
    pub fn range_label(&self) -> String {
        if self.low == self.high {
            self.low.to_string()
        } else {
            format!("{}–{}", self.low, self.high)
        }
    }
}

impl Repeats {
    /// Finds the groups of the collection, leaving out the figures the user separated.
    pub fn find(analysis: &Analysis, separated: &[FigureRef]) -> Repeats {
        let separated: HashSet<FigureRef, Fast> = separated.iter().copied().collect();
        let views: Vec<&ArticleView> = analysis.views().collect();
        let candidates = candidates(&views, &separated);
        let pairs = likely_pairs(&candidates);
        let clusters = cluster(&candidates, &pairs);
        let mut groups: Vec<(usize, Group)> = clusters
            .into_iter()
            .filter(|c| c.len() > 1)
            .map(|mut c| {
                c.sort_unstable();
                let counted = (0..c.len())
                    .min_by_key(|&i| {
                        let x = &candidates[c[i]];
                        (x.value, x.first, c[i])
                    })
                    .unwrap_or(0);
                let group = Group {
                    members: c.iter().map(|&i| candidates[i].member).collect(),
                    counted,
                    low: c.iter().map(|&i| candidates[i].value).min().unwrap_or(0),
                    high: c.iter().map(|&i| candidates[i].value).max().unwrap_or(0),
                };
                (c[0], group)
            })
            .collect();
        groups.sort_unstable_by_key(|(first, _)| *first);
        let groups: Vec<Group> = groups.into_iter().map(|(_, g)| g).collect();
        let mut by_member = HashMap::default();
        for (gi, g) in groups.iter().enumerate() {
            for m in &g.members {
                by_member.insert(*m, gi);
            }
        }
        Repeats { groups, by_member }
    }

    /// The group a reading belongs to, with its index.
    pub fn group_of(&self, article: u64, index: usize) -> Option<(usize, &Group)> {
        let gi = *self.by_member.get(&Member { article, index })?;
        Some((gi, &self.groups[gi]))
    }

    /// The report a reading repeats, when it is in a group and not the one that counts.
    pub fn repeat_of(&self, article: u64, index: usize) -> Option<Member> {
        let (_, g) = self.group_of(article, index)?;
        let counted = g.counted();
        (counted != Member { article, index }).then_some(counted)
    }
}

/// A figure that may be a repeat, with what the rules compare.
#[derive(Debug)]
struct Candidate<'a> {
    member: Member,
    kind: Kind,
    subject: Option<Subject>,
    value: u64,
    low: u64,
    high: u64,
    precision: Precision,
    first: Day,
    place: Option<&'a str>,
}

fn candidates<'a>(
    views: &[&'a ArticleView],
    separated: &HashSet<FigureRef, Fast>,
) -> Vec<Candidate<'a>> {
    let mut out = Vec::new();
    for v in views {
        for (index, r) in v.readings.iter().enumerate() {
            if !v.counts(index)
                || (!separated.is_empty()
                    && separated.contains(&FigureRef {
                        article: v.id,
                        key: v.key(index),
                    }))
            {
                continue;
            }
            let f = &r.figure;
            let when = match f.period.as_deref().and_then(dates::parse_period) {
                Some(p) => (p.precision, p.first),
                None => match v.day {
                    Some(d) => (Precision::Day, d),
                    None => continue,
                },
            };
            let (low, high) = bounds(f);
            out.push(Candidate {
                member: Member {
                    article: v.id,
                    index,
                },
                kind: f.kind,
                subject: f.subject,
                value: f.value,
                low,
                high,
                precision: when.0,
                first: when.1,
                place: v.places[index].as_deref(),
            });
        }
    }
    out
}

/// The range a figure's number allows, as the charts read it ([`totals::low`],
/// [`totals::high`]), except that "at least 10" reaches any number above.
fn bounds(f: &Figure) -> (u64, u64) {
    let open = f.max.is_none() && f.min.is_some();
    (
        totals::low(f),
        if open { u64::MAX } else { totals::high(f) },
    )
}

/// Pairs of candidate indices (smaller first) that are likely one fact, closest first.
fn likely_pairs(c: &[Candidate]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..c.len()).collect();
    crate::sort::sort_indices_by_key(&mut order, |i| {
        (c[i].kind, c[i].subject, c[i].precision, c[i].first, i)
    });
    let mut scored = Vec::new();
    for (oi, &i) in order.iter().enumerate() {
        let a = &c[i];
        let reach = if a.precision == Precision::Day {
            CLOSE_DAYS
        } else {
            0
        };
        for &j in &order[oi + 1..] {
            let b = &c[j];
            if b.kind != a.kind || b.subject != a.subject || b.precision != a.precision {
                break;
            }
            if b.first - a.first > reach {
                break;
            }
            if a.member.article == b.member.article {
                continue;
            }
            match numbers_agree(a, b) {
                Agree::Overlap => {}
                Agree::Close if b.first - a.first <= CLOSE_DAYS_DIFFERING => {}
                _ => continue,
            }
            let places = match (a.place, b.place) {
                (Some(p), Some(q)) if p == q || p.contains(q) || q.contains(p) => 0,
                (Some(_), Some(_)) => continue,
                _ => 1,
            };
            let score = (a.value != b.value, b.first - a.first, places);
            scored.push((score, i.min(j), i.max(j)));
        }
    }
    scored.sort_unstable();
    scored.into_iter().map(|(_, i, j)| (i, j)).collect()
}

/// How two reports' numbers agree.
enum Agree {
    /// Their ranges overlap.
    Overlap,
    /// They differ by at most [`CLOSE_PERCENT`].
    Close,
    No,
}

fn numbers_agree(a: &Candidate, b: &Candidate) -> Agree {
    if a.low <= b.high && b.low <= a.high {
        return Agree::Overlap;
    }
    let (small, large) = (a.value.min(b.value), a.value.max(b.value));
    let slack = (large / 100 * CLOSE_PERCENT + large % 100 * CLOSE_PERCENT / 100).max(1);
    if large - small <= slack {
        Agree::Close
    } else {
        Agree::No
    }
}

/// Joins likely pairs into groups (complete linkage, one report per article).
fn cluster(c: &[Candidate], pairs: &[(usize, usize)]) -> Vec<Vec<usize>> {
    let likely: HashSet<(usize, usize), Fast> = pairs.iter().copied().collect();
    let mut clusters: Vec<Vec<usize>> = (0..c.len()).map(|i| vec![i]).collect();
    let mut cluster_of: Vec<usize> = (0..c.len()).collect();
    for &(i, j) in pairs {
        let (ci, cj) = (cluster_of[i], cluster_of[j]);
        if ci == cj {
            continue;
        }
        let joinable = clusters[ci].iter().all(|&x| {
            clusters[cj].iter().all(|&y| {
                c[x].member.article != c[y].member.article && likely.contains(&(x.min(y), x.max(y)))
            })
        });
        if !joinable {
            continue;
        }
        let (keep, gone) = if clusters[ci].len() >= clusters[cj].len() {
            (ci, cj)
        } else {
            (cj, ci)
        };
        let moved = std::mem::take(&mut clusters[gone]);
        for &x in &moved {
            cluster_of[x] = keep;
        }
        clusters[keep].extend(moved);
    }
    clusters.retain(|c| !c.is_empty());
    clusters
}

/// A fast hash for small integer keys (FxHash's mixing): the standard SipHash is slow in
/// WebAssembly built for size, and these keys come from our own data, not an attacker's.
#[derive(Default)]
pub struct FastHasher(u64);

/// Builds [`FastHasher`]s.
pub type Fast = BuildHasherDefault<FastHasher>;

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

/// Lower case, letters and digits only, single spaces, without a leading "the" and a trailing
/// "district", "city", "province", "area" or "region".
pub(crate) fn normalise_place(place: &str) -> String {
    let words: Vec<String> = place
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut words: &[String] = &words;
    if words.first().is_some_and(|w| w == "the") {
        words = &words[1..];
    }
    if words.len() > 1
        && words.last().is_some_and(|w| {
            ["district", "city", "province", "area", "region"].contains(&w.as_str())
        })
    {
        words = &words[..words.len() - 1];
    }
    words.join(" ")
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
pub(crate) mod tests {
    use super::*;
    use crate::extract::Document;
    use crate::extract::Evidence;
    use crate::workspace::{Article, Workspace};

    /// A figure written as `kind side value [min-max] [@period] [in place]`, e.g.
    /// `killed militants 12 @2024-03-05 in Bannu`; `per-day` makes a rate, `part` a part of
    /// the article's first figure.
    pub(crate) fn fig(spec: &str, at: usize) -> Figure {
        let mut words = spec.split(' ');
        let kind = words.next().unwrap();
        let kind = Kind::ALL.into_iter().find(|k| k.as_str() == kind).unwrap();
        let side = words.next().unwrap();
        let subject = Subject::ALL.into_iter().find(|s| s.as_str() == side);
        let value: u64 = words.next().unwrap().parse().unwrap();
        let mut f = Figure::exact(
            kind,
            subject,
            value,
            Evidence {
                start: at,
                end: at + 1,
                text: "x".into(),
            },
        );
        let rest: Vec<&str> = words.collect();
        let mut i = 0;
        while i < rest.len() {
            match rest[i] {
                w if w.starts_with('@') => f.period = Some(w[1..].into()),
                "in" => {
                    f.location = Some(rest[i + 1..].join(" "));
                    break;
                }
                "per-day" => f.rate = Some(crate::extract::Rate::Day),
                "part" => f.subset_of = Some(0),
                w if w.contains('-') => {
                    let (lo, hi) = w.split_once('-').unwrap();
                    f.min = lo.parse().ok();
                    f.max = hi.parse().ok();
                }
                w => panic!("bad spec word {w}"),
            }
            i += 1;
        }
        f
    }

    /// A workspace of articles `(date, figures separated by ';')`, and the extractor's output
    /// for each (the figures as written, so that the tests do not depend on the extractor).
    pub(crate) fn collection(articles: &[(&str, &str)]) -> (Workspace, Vec<Document>) {
        let ws = Workspace {
            articles: (0..articles.len())
                .map(|i| Article {
                    id: i as u64 + 1,
                    text: format!("Article {}\n{}", i + 1, "x".repeat(40)),
                    published: Some(articles[i].0.to_string()).filter(|d| !d.is_empty()),
                    corrections: Vec::new(),
                })
                .collect(),
            ..Workspace::default()
        };
        let docs = articles
            .iter()
            .map(|(_, figs)| Document {
                published: None,
                figures: figs
                    .split(';')
                    .filter(|s| !s.trim().is_empty())
                    .enumerate()
                    .map(|(k, s)| fig(s.trim(), 10 + k * 2))
                    .collect(),
            })
            .collect();
        (ws, docs)
    }

    /// Groups as `article:index` lists with the counted one starred, e.g. `1:0* 2:0`.
    fn groups(articles: &[(&str, &str)], separated: &[(u64, usize)]) -> Vec<String> {
        let (mut ws, docs) = collection(articles);
        let a = Analysis::with_documents(&ws, docs);
        for &(article, index) in separated {
            let key = a.view(article).unwrap().key(index);
            ws.separated.push(FigureRef { article, key });
        }
        let r = Repeats::find(&a, &ws.separated);
        r.groups
            .iter()
            .map(|g| {
                g.members
                    .iter()
                    .enumerate()
                    .map(|(i, m)| {
                        format!(
                            "{}:{}{}",
                            m.article,
                            m.index,
                            if i == g.counted { "*" } else { "" }
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn likely_repeats_are_grouped() {
        #[rustfmt::skip]
        let cases: &[(&str, &[(&str, &str)], &[&str])] = &[
            ("same fact, same day", &[("2024-03-05", "killed militants 12"), ("2024-03-05", "killed militants 12")], &["1:0* 2:0"]),
            ("tolls disagree: lowest counts", &[("2024-03-05", "killed militants 15"), ("2024-03-06", "killed militants 12")], &["1:0 2:0*"]),
            ("follow-up three days on", &[("2024-03-05", "killed civilians 7"), ("2024-03-08", "killed civilians 7")], &["1:0* 2:0"]),
            ("four days on is another fact", &[("2024-03-05", "killed civilians 7"), ("2024-03-09", "killed civilians 7")], &[]),
            ("other side", &[("2024-03-05", "killed militants 12"), ("2024-03-05", "killed security_forces 12")], &[]),
            ("other kind", &[("2024-03-05", "killed militants 12"), ("2024-03-05", "injured militants 12")], &[]),
            ("differing numbers two days apart", &[("2024-03-05", "killed militants 12"), ("2024-03-07", "killed militants 15")], &[]),
            ("numbers too far apart", &[("2024-03-05", "killed militants 10"), ("2024-03-05", "killed militants 16")], &[]),
            ("overlapping ranges", &[("2024-03-05", "killed militants 30 24-99"), ("2024-03-05", "killed militants 90")], &["1:0* 2:0"]),
            ("places differ", &[("2024-03-05", "killed militants 6 in Bannu"), ("2024-03-05", "killed militants 6 in Kurram")], &[]),
            ("one place stated", &[("2024-03-05", "killed militants 6 in Bannu"), ("2024-03-05", "killed militants 6")], &["1:0* 2:0"]),
            ("place with district", &[("2024-03-05", "killed militants 6 in the Bannu district"), ("2024-03-05", "killed militants 6 in Bannu")], &["1:0* 2:0"]),
            ("same stated year", &[("2025-01-02", "killed militants 925 @2024"), ("2025-01-20", "killed militants 925 @2024")], &["1:0* 2:0"]),
            ("year and day differ", &[("2024-03-05", "killed militants 925 @2024"), ("2024-03-05", "killed militants 925")], &[]),
            ("own day beats article date", &[("2024-03-20", "arrested unspecified 4 @2024-03-05"), ("2024-03-06", "arrested unspecified 4")], &["1:0* 2:0"]),
            ("undated articles", &[("", "killed militants 12"), ("", "killed militants 12")], &[]),
            ("rates never group", &[("2024-03-05", "operations none 169 per-day"), ("2024-03-05", "operations none 169 per-day")], &[]),
            ("parts never group", &[("2024-03-05", "killed militants 9; killed militants 3 part"), ("2024-03-05", "killed militants 9; killed militants 3 part")], &["1:0* 2:0"]),
            ("same article never", &[("2024-03-05", "killed militants 2 in A; killed militants 2 in B")], &[]),
            ("one report per article", &[("2024-03-05", "killed militants 2; attacks none 1; killed militants 2"), ("2024-03-05", "killed militants 2")], &["1:0* 2:0"]),
            ("three outlets", &[("2024-03-05", "injured civilians 20"), ("2024-03-05", "injured civilians 22"), ("2024-03-06", "injured civilians 25")], &["1:0* 2:0 3:0"]),
            ("no chaining across far numbers", &[("2024-03-05", "injured civilians 10"), ("2024-03-05", "injured civilians 13"), ("2024-03-05", "injured civilians 17")], &["1:0* 2:0"]),
            ("two facts, two groups", &[("2024-03-05", "killed militants 6; killed security_forces 2"), ("2024-03-05", "killed security_forces 2; killed militants 6")], &["1:0* 2:1", "1:1* 2:0"]),
        ];
        for (name, articles, want) in cases {
            assert_eq!(groups(articles, &[]), *want, "{name}");
        }
    }

    #[test]
    fn separated_figures_stay_apart() {
        let three = [
            ("2024-03-05", "killed militants 12"),
            ("2024-03-05", "killed militants 12"),
            ("2024-03-05", "killed militants 13"),
        ];
        assert_eq!(groups(&three, &[]), ["1:0* 2:0 3:0"]);
        assert_eq!(groups(&three, &[(2, 0)]), ["1:0* 3:0"]);
        assert_eq!(groups(&three, &[(2, 0), (3, 0)]), Vec::<String>::new());
    }

    #[test]
    fn group_range_and_repeat_of() {
        let (ws, docs) = collection(&[
            ("2024-03-05", "killed militants 15"),
            ("2024-03-05", "killed militants 12"),
        ]);
        let a = Analysis::with_documents(&ws, docs);
        let r = Repeats::find(&a, &[]);
        assert_eq!(r.groups[0].range_label(), "12–15");
        assert_eq!(
            r.repeat_of(1, 0),
            Some(Member {
                article: 2,
                index: 0
            })
        );
        assert_eq!(r.repeat_of(2, 0), None);
        assert!(r.group_of(2, 0).is_some());
    }

    #[test]
    fn places_normalise() {
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("North Waziristan", "north waziristan"),
            ("the Bannu District", "bannu"),
            ("  Khyber-Pakhtunkhwa ", "khyber pakhtunkhwa"),
            ("District", "district"),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(normalise_place(input), *want, "{input:?}");
        }
    }
}
