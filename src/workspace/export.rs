//! Export and import: CSV of every figure, and JSON of the whole collection that imports back.
//!
//! The CSV has one row a figure (as the user sees it, after corrections), with the columns an
//! analyst merges with ACLED-style event data:
//!
//! ```text
//! article_title,article_date,period,location,kind,subject,value,min,max,approx,vague,rate,
//! part_of,corrected,repeat_of,evidence
//! ```
//!
//! Fields are quoted as RFC 4180 says (a field holding a comma, a quote or a line break is
//! quoted, quotes doubled), rows end in CRLF, an open bound is an empty field. A text field that
//! a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a
//! leading `'`.
//!
//! The JSON holds the workspace as it is stored (articles with their text, date and
//! corrections, and the separated repeats) plus, for readers, each
//! article's title, date and figures and the groups of repeats, under a format name and version:
//!
//! ```text
//! {"format": "tally-collection", "version": 1, "articles": [{"id", "text", "published",
//!  "corrections", "title", "date", "figures": [figure + "origin", "group", "repeat_of"]}],
//!  "separated": [...], "groups": [{"members", "counted", "low", "high"}]}
//! ```
//!
//! Import reads back the stored part only (figures and groups are recomputed from the text),
//! so an export imports as exactly the same collection.

use std::fmt;

use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::analysis::{Analysis, ArticleView};
use super::repeats::{FigureRef, Member, Repeats};
use super::{share, totals, Article, Origin, Workspace};
use crate::extract::Figure;

/// The `format` of a collection file.
pub const FORMAT: &str = "tally-collection";
/// The newest `version` of the collection file this build writes and reads.
pub const VERSION: u64 = 1;

/// The CSV header.
pub const CSV_COLUMNS: [&str; 16] = [
    "article_title",
    "article_date",
    "period",
    "location",
    "kind",
    "subject",
    "value",
    "min",
    "max",
    "approx",
    "vague",
    "rate",
    "part_of",
    "corrected",
    "repeat_of",
    "evidence",
];

/// Why a file could not be imported. Its message is a full sentence for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    message: String,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ImportError {}

fn error(message: impl Into<String>) -> ImportError {
    ImportError {
        message: message.into(),
    }
}

/// The CSV of every figure of the collection, one row a figure, in collection and text order.
pub fn csv(analysis: &Analysis, repeats: &Repeats) -> String {
    let mut out = String::with_capacity(256 + analysis.len() * 512);
    row(&mut out, CSV_COLUMNS.iter().map(|c| c.to_string()));
    for v in analysis.views() {
        for (i, r) in v.readings.iter().enumerate() {
            let f = &r.figure;
            let num = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
            let part_of = f
                .subset_of
                .and_then(|p| v.readings.get(p))
                .map(|p| totals::reading_text(&p.figure))
                .unwrap_or_default();
            let repeat_of = repeats
                .repeat_of(v.id, i)
                .and_then(|m| describe(analysis, m))
                .unwrap_or_default();
            let corrected = match r.origin {
                Origin::Extracted => "",
                Origin::Corrected { .. } => "edited",
                Origin::Added => "added",
            };
            row(
                &mut out,
                [
                    text(&v.title),
                    v.date.clone().unwrap_or_default(),
                    text(f.period.as_deref().unwrap_or("")),
                    text(f.location.as_deref().unwrap_or("")),
                    f.kind.as_str().to_string(),
                    f.subject.map(|s| s.as_str()).unwrap_or("").to_string(),
                    f.value.to_string(),
                    num(f.min),
                    num(f.max),
                    f.approx.to_string(),
                    f.vague.to_string(),
                    f.rate.map(|r| r.as_str()).unwrap_or("").to_string(),
                    text(&part_of),
                    corrected.to_string(),
                    text(&repeat_of),
                    text(&f.evidence.text),
                ]
                .into_iter(),
            );
        }
    }
    out
}

/// "Title (2024-03-05): killed · militants · 12", the report a repeat repeats.
fn describe(analysis: &Analysis, m: Member) -> Option<String> {
    let v = analysis.view(m.article)?;
    let f = &v.readings.get(m.index)?.figure;
    Some(format!(
        "{} ({}): {}",
        v.title,
        v.date.as_deref().unwrap_or("no date"),
        totals::reading_text(f)
    ))
}

/// A text field, defused if a spreadsheet would read it as a formula.
fn text(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// Appends one CSV row, quoting fields that need it, ending in CRLF.
fn row(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&field);
        }
    }
    out.push_str("\r\n");
}

/// An article of the JSON: the stored article, then what readers want.
#[derive(Serialize)]
struct ArticleOut<'a> {
    #[serde(flatten)]
    article: &'a Article,
    title: &'a str,
    date: Option<&'a str>,
    figures: Vec<FigureOut<'a>>,
}

/// A figure of the JSON: the figure as `FIGURES.md` writes it, with where it came from.
#[derive(Serialize)]
struct FigureOut<'a> {
    #[serde(flatten)]
    figure: &'a Figure,
    /// "extracted", "corrected", "added".
    origin: &'static str,
    /// Index in `groups` of its group of repeats.
    group: Option<usize>,
    /// The report that counts for it, when it is a repeat.
    repeat_of: Option<MemberOut>,
}

#[derive(Serialize)]
struct MemberOut {
    article: u64,
    figure: usize,
}

#[derive(Serialize)]
struct GroupOut {
    members: Vec<MemberOut>,
    counted: MemberOut,
    low: u64,
    high: u64,
}

#[derive(Serialize)]
struct CollectionOut<'a> {
    format: &'static str,
    version: u64,
    articles: Vec<ArticleOut<'a>>,
    /// The figures the user separated from groups of repeats.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    separated: &'a [FigureRef],
    groups: Vec<GroupOut>,
}

impl From<Member> for MemberOut {
    fn from(m: Member) -> MemberOut {
        MemberOut {
            article: m.article,
            figure: m.index,
        }
    }
}

/// The JSON of the whole collection. `analysis` must be fresh for `workspace`.
pub fn to_json(workspace: &Workspace, analysis: &Analysis, repeats: &Repeats) -> String {
    let articles = workspace
        .articles
        .iter()
        .map(|a| {
            let view = analysis.view(a.id);
            ArticleOut {
                article: a,
                title: view.map_or("", |v| v.title.as_str()),
                date: view.and_then(|v| v.date.as_deref()),
                figures: view.map(|v| figures(v, repeats)).unwrap_or_default(),
            }
        })
        .collect();
    let groups = repeats
        .groups
        .iter()
        .map(|g| GroupOut {
            members: g.members.iter().map(|&m| m.into()).collect(),
            counted: g.counted().into(),
            low: g.low,
            high: g.high,
        })
        .collect();
    let out = CollectionOut {
        format: FORMAT,
        version: VERSION,
        articles,
        separated: &workspace.separated,
        groups,
    };
    serde_json::to_string_pretty(&out).unwrap_or_default()
}

fn figures<'a>(v: &'a ArticleView, repeats: &Repeats) -> Vec<FigureOut<'a>> {
    v.readings
        .iter()
        .enumerate()
        .map(|(i, r)| FigureOut {
            figure: &r.figure,
            origin: match r.origin {
                Origin::Extracted => "extracted",
                Origin::Corrected { .. } => "corrected",
                Origin::Added => "added",
            },
            group: repeats.group_of(v.id, i).map(|(g, _)| g),
            repeat_of: repeats.repeat_of(v.id, i).map(Into::into),
        })
        .collect()
}

/// Reads a collection exported by [`to_json`].
pub fn from_json(json: &str) -> Result<Workspace, ImportError> {
    if json.trim().is_empty() {
        return Err(error("The file is empty."));
    }
    // A first, light pass reads only what says what the file is; the second reads the workspace.
    let header: Header = serde_json::from_str(json).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => error(
            "This JSON is not a Tally collection: it is not an object with \"format\": \"tally-collection\".",
        ),
        _ => error(format!(
            "This is not JSON (line {}, column {}: {e}).",
            e.line(),
            e.column()
        )),
    })?;
    match &header.format {
        Some(Loose::Text(f)) if f == FORMAT => {}
        Some(Loose::Text(f)) => {
            return Err(error(format!(
                "This JSON is not a Tally collection: its format is \"{f}\"."
            )))
        }
        _ if header.figures.is_some() => {
            return Err(error(
                "This JSON is the figures of one article (what `tally extract` writes), not a Tally collection: paste the article's text instead.",
            ))
        }
        _ => {
            return Err(error(
                "This JSON is not a Tally collection: it has no \"format\": \"tally-collection\".",
            ))
        }
    }
    match header.version {
        Some(Loose::Number(v)) if (1..=VERSION).contains(&v) => {}
        Some(Loose::Number(v)) if v > VERSION => {
            return Err(error(format!(
                "This collection was made by a newer Tally (format version {v}); this one reads version {VERSION}."
            )))
        }
        _ => return Err(error("This collection has no valid format version.")),
    }
    if header.articles != Some(Loose::Array) {
        return Err(error("This collection has no list of articles."));
    }
    let workspace: Workspace = serde_json::from_str(json)
        .map_err(|e| error(format!("This collection is damaged: {e}.")))?;
    share::check(&workspace).map_err(|e| error(format!("This collection is damaged: {e}.")))?;
    Ok(workspace)
}

/// What a file says it is.
#[derive(Deserialize)]
struct Header {
    format: Option<Loose>,
    version: Option<Loose>,
    articles: Option<Loose>,
    figures: Option<IgnoredAny>,
}

/// A JSON value read loosely, keeping only what tells a file apart (without serde_json's
/// `Value`, which would add its code to the app).
#[derive(Debug, PartialEq)]
enum Loose {
    Text(String),
    Number(u64),
    Array,
    Other,
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Loose, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Loose;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Loose::Array)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Loose::Other)
            }
            fn visit_bool<E>(self, _: bool) -> Result<Loose, E> {
                Ok(Loose::Other)
            }
            fn visit_i64<E>(self, n: i64) -> Result<Loose, E> {
                Ok(u64::try_from(n).map_or(Loose::Other, Loose::Number))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Loose, E> {
                Ok(Loose::Number(n))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Loose, E> {
                Ok(Loose::Other)
            }
            fn visit_str<E>(self, s: &str) -> Result<Loose, E> {
                Ok(Loose::Text(s.to_string()))
            }
            fn visit_unit<E>(self) -> Result<Loose, E> {
                Ok(Loose::Other)
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;
    use crate::extract::{Evidence, Kind, Subject};
    use crate::workspace::repeats::tests::{collection, fig};
    use crate::workspace::{Correction, FigureKey};
    use serde_json::Value;

    #[test]
    fn csv_fields_are_quoted_and_defused() {
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("plain", "plain\r\n"),
            ("a, b", "\"a, b\"\r\n"),
            ("say \"no\"", "\"say \"\"no\"\"\"\r\n"),
            ("two\nlines", "\"two\nlines\"\r\n"),
            ("cr\r", "\"cr\r\"\r\n"),
            ("", "\r\n"),
            ("ünïcode — “quotes”", "ünïcode — “quotes”\r\n"),
        ];
        for (field, want) in cases {
            let mut out = String::new();
            row(&mut out, std::iter::once(field.to_string()));
            assert_eq!(out, *want, "{field:?}");
        }
        #[rustfmt::skip]
        let formulas: &[(&str, &str)] = &[
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("+1", "'+1"),
            ("-2 killed", "'-2 killed"),
            ("@SUM", "'@SUM"),
            ("killed = 3", "killed = 3"),
        ];
        for (field, want) in formulas {
            assert_eq!(text(field), *want, "{field:?}");
        }
    }

    #[test]
    fn csv_has_a_row_a_figure() {
        let (ws, docs) = collection(&[
            (
                "2024-03-05",
                "killed militants 15 in Bannu, KP; killed militants 4 part; operations none 3 per-day",
            ),
            ("2024-03-05", "killed militants 12 10-"),
        ]);
        let a = Analysis::with_documents(&ws, docs);
        let r = Repeats::find(&a, &ws.separated);
        let csv = csv(&a, &r);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        #[rustfmt::skip]
        let want = [
            CSV_COLUMNS.join(","),
            "Article 1,2024-03-05,,\"Bannu, KP\",killed,militants,15,15,15,false,false,,,,Article 2 (2024-03-05): killed · militants · at least 10,x".to_string(),
            "Article 1,2024-03-05,,,killed,militants,4,4,4,false,false,,killed · militants · 15,,,x".to_string(),
            "Article 1,2024-03-05,,,operations,,3,3,3,false,false,day,,,,x".to_string(),
            "Article 2,2024-03-05,,,killed,militants,12,10,,false,false,,,,,x".to_string(),
            String::new(),
        ];
        assert_eq!(lines, want);
    }

    /// Our own collection: non-ASCII text, every kind of correction, a separated repeat, an
    /// article with no date.
    fn sample() -> Workspace {
        let one =
            "Published 2024-03-05\nTroops killed 12 fighters near the pass — “a clean sweep”.\n";
        let killed = one.find("12 fighters").unwrap();
        let mut added = fig("injured civilians 3 in Zhob", 0);
        added.evidence = Evidence {
            start: killed,
            end: killed + 2,
            text: "12".into(),
        };
        Workspace {
            articles: vec![
                Article {
                    id: 4,
                    text: one.into(),
                    published: Some("2024-03-05".into()),
                    corrections: vec![
                        Correction::Dismiss {
                            key: FigureKey {
                                kind: Kind::Killed,
                                start: 30,
                                end: 44,
                            },
                        },
                        Correction::Edit {
                            key: FigureKey {
                                kind: Kind::Attacks,
                                start: 1,
                                end: 3,
                            },
                            figure: Figure {
                                subject: Some(Subject::Civilians),
                                ..added.clone()
                            },
                        },
                        Correction::Add { figure: added },
                    ],
                },
                Article {
                    id: 2,
                    text: "Untitled notes, no date; \"quoted\"\ttabs\r\nand CRLF".into(),
                    published: None,
                    corrections: vec![],
                },
            ],
            separated: vec![FigureRef {
                article: 4,
                key: FigureKey {
                    kind: Kind::Killed,
                    start: 30,
                    end: 44,
                },
            }],
        }
    }

    fn export(ws: &Workspace) -> String {
        let mut a = Analysis::new();
        a.refresh(ws);
        let r = Repeats::find(&a, &ws.separated);
        to_json(ws, &a, &r)
    }

    #[test]
    fn json_round_trips_exactly() {
        for ws in [Workspace::default(), sample()] {
            let json = export(&ws);
            let back = from_json(&json).unwrap();
            assert_eq!(back, ws);
            assert_eq!(export(&back), json, "a second export is the same file");
        }
    }

    #[test]
    fn export_knows_every_workspace_field() {
        let v = serde_json::to_value(sample()).unwrap();
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            ["articles", "separated"],
            "a new workspace field must be written by to_json (CollectionOut) to round-trip"
        );
    }

    #[test]
    fn json_says_format_and_derived_parts() {
        let v: Value = serde_json::from_str(&export(&sample())).unwrap();
        assert_eq!(v["format"], FORMAT);
        assert_eq!(v["version"], VERSION);
        assert_eq!(v["articles"][0]["title"], "Published 2024-03-05");
        assert_eq!(v["articles"][0]["date"], "2024-03-05");
        let origins: Vec<&Value> = v["articles"][0]["figures"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| &f["origin"])
            .collect();
        assert!(origins.contains(&&Value::from("added")), "{origins:?}");
        assert_eq!(v["articles"][1]["date"], Value::Null);
        assert!(v["groups"].is_array());
        assert_eq!(v["separated"][0]["article"], 4);
    }

    #[test]
    fn bad_files_say_why() {
        let good = export(&sample());
        let newer = good.replacen("\"version\": 1", "\"version\": 2", 1);
        let dup = good.replacen("\"id\": 2", "\"id\": 4", 1);
        let outside = good.replacen("\"end\": 37", "\"end\": 3000", 1);
        let no_text = good.replacen("\"text\": \"Untitled", "\"txt\": \"Untitled", 1);
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("", "The file is empty."),
            ("  \n", "The file is empty."),
            ("{\"format\": ", "This is not JSON (line 1, column 11: EOF while parsing a value at line 1 column 11)."),
            ("%PDF-1.7", "This is not JSON (line 1, column 1: expected value at line 1 column 1)."),
            ("[1, 2]", "This JSON is not a Tally collection: it is not an object with \"format\": \"tally-collection\"."),
            ("{\"published\": null, \"figures\": []}", "This JSON is the figures of one article (what `tally extract` writes), not a Tally collection: paste the article's text instead."),
            ("{\"format\": \"geojson\"}", "This JSON is not a Tally collection: its format is \"geojson\"."),
            ("{}", "This JSON is not a Tally collection: it has no \"format\": \"tally-collection\"."),
            ("{\"format\": \"tally-collection\"}", "This collection has no valid format version."),
            ("{\"format\": \"tally-collection\", \"version\": \"1\"}", "This collection has no valid format version."),
            (&newer, "This collection was made by a newer Tally (format version 2); this one reads version 1."),
            ("{\"format\": \"tally-collection\", \"version\": 1}", "This collection has no list of articles."),
            ("{\"format\": \"tally-collection\", \"version\": 1, \"articles\": [{\"id\": -1, \"text\": \"\"}]}", "This collection is damaged: invalid value: integer `-1`, expected u64 at line 1 column 67."),
            (&no_text, "This collection is damaged: missing field `text` at line …"),
            (&dup, "This collection is damaged: article id 4 appears twice."),
            (&outside, ""),
        ];
        for (input, want) in cases {
            let got = from_json(input).unwrap_err().to_string();
            if want.is_empty() {
                assert!(
                    got.starts_with("This collection is damaged: article 4"),
                    "{got}"
                );
            } else if let Some(start) = want.strip_suffix('…') {
                assert!(got.starts_with(start), "{got}");
            } else {
                assert_eq!(got, *want, "{input:.60}");
            }
        }
    }
}
