//! The analyst's workspace: articles, the corrections made to their figures, and what counts.
//!
//! Plain data with methods, no web dependency: the app renders it, stores it, shares it and
//! exports it, and it is tested natively. What the extractor found is never stored: it is
//! recomputed from the text, and the user's corrections are applied on top.

use serde::{Deserialize, Serialize};

use crate::extract::{self, Figure, Kind};

pub mod analysis;
pub mod checks;
pub mod chunks;
pub mod dates;
pub mod export;
pub mod intake;
pub mod marks;
pub mod repeats;
pub mod share;
pub mod timeline;
pub mod totals;

/// Every article of the collection and the corrections made to them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    pub articles: Vec<Article>,
    /// Figures the user separated from a group of repeats: each is its own fact.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub separated: Vec<repeats::FigureRef>,
}

/// One article: its text and what the user changed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable identity within the workspace (not an index: articles can be reordered).
    pub id: u64,
    pub text: String,
    /// The user's date for the article, overriding the one the extractor reads from the text.
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

/// Which extracted figure a correction applies to: its kind and evidence span as extracted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FigureKey {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

/// A change the user made to what the extractor read. Stored as an object tagged by `"op"`
/// (`{"op":"dismiss","key":{...}}`). It is read by hand ([`Correction::deserialize`]): serde's
/// derived reading of a tagged enum buffers every value first, and that code weighed ~3 KB in
/// the app's wasm.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Correction {
    /// The figure at `key` reads as `figure` instead.
    Edit { key: FigureKey, figure: Figure },
    /// The figure at `key` is not a figure.
    Dismiss { key: FigureKey },
    /// A figure the extractor missed.
    Add { figure: Figure },
}

/// The `"op"` of a stored [`Correction`].
#[derive(Clone, Copy, PartialEq, Deserialize)]
#[serde(variant_identifier, rename_all = "snake_case")]
enum Op {
    Edit,
    Dismiss,
    Add,
}

/// A field of a stored [`Correction`]; others are ignored, as serde's derive does.
#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "snake_case")]
enum CorrectionField {
    Op,
    Key,
    Figure,
    #[serde(other)]
    Other,
}

impl<'de> Deserialize<'de> for Correction {
    /// Reads what serde's derive for `#[serde(tag = "op")]` reads, fields in any order, with
    /// its error messages ("missing field `op`", "unknown variant `x`, expected one of ...").
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Correction, D::Error> {
        use serde::de::{Error, IgnoredAny, MapAccess, Visitor};
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Correction;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("internally tagged enum Correction")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Correction, A::Error> {
                let (mut op, mut key, mut figure) = (None, None, None);
                while let Some(field) = map.next_key()? {
                    match field {
                        CorrectionField::Op if op.is_some() => {
                            return Err(Error::duplicate_field("op"))
                        }
                        CorrectionField::Op => op = Some(map.next_value::<Op>()?),
                        // A field the op has no use for is ignored, unread, as by the derive.
                        CorrectionField::Key if op == Some(Op::Add) => {
                            map.next_value::<IgnoredAny>()?;
                        }
                        CorrectionField::Figure if op == Some(Op::Dismiss) => {
                            map.next_value::<IgnoredAny>()?;
                        }
                        CorrectionField::Key if key.is_some() => {
                            return Err(Error::duplicate_field("key"))
                        }
                        CorrectionField::Figure if figure.is_some() => {
                            return Err(Error::duplicate_field("figure"))
                        }
                        CorrectionField::Key => key = Some(map.next_value::<FigureKey>()?),
                        CorrectionField::Figure => figure = Some(map.next_value::<Figure>()?),
                        CorrectionField::Other => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                let no_key = || Error::missing_field("key");
                let no_figure = || Error::missing_field("figure");
                match op.ok_or_else(|| Error::missing_field("op"))? {
                    Op::Edit => match (key, figure) {
                        (Some(key), Some(figure)) => Ok(Correction::Edit { key, figure }),
                        (None, _) => Err(no_key()),
                        (_, None) => Err(no_figure()),
                    },
                    Op::Dismiss => key
                        .map(|key| Correction::Dismiss { key })
                        .ok_or_else(no_key),
                    Op::Add => figure
                        .map(|figure| Correction::Add { figure })
                        .ok_or_else(no_figure),
                }
            }
        }
        d.deserialize_map(V)
    }
}

/// Where a figure shown to the user comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    Extracted,
    /// Corrected by the user; `original` is what the extractor read.
    Corrected {
        original: Figure,
    },
    Added,
}

/// A figure as the user sees it: after corrections, with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub figure: Figure,
    pub origin: Origin,
    /// The key of the extracted figure, for corrections; `None` for added figures.
    pub key: Option<FigureKey>,
}

impl FigureKey {
    /// The key of an extracted figure.
    pub fn of(figure: &Figure) -> FigureKey {
        FigureKey {
            kind: figure.kind,
            start: figure.evidence.start,
            end: figure.evidence.end,
        }
    }
}

impl Article {
    /// The article's date: the user's if set, else the one the text states.
    pub fn published(&self, doc: &extract::Document) -> Option<String> {
        self.published.clone().or_else(|| doc.published.clone())
    }

    /// The title: the first non-empty line that is not a `date` line, trimmed.
    pub fn title(&self) -> &str {
        self.text
            .lines()
            .map(|l| {
                // A Markdown heading ("# Title") is titled without its hashes.
                let l = l.trim();
                let bare = l.trim_start_matches('#');
                if bare.len() < l.len() && bare.starts_with(' ') {
                    bare.trim()
                } else {
                    l
                }
            })
            .find(|l| !l.is_empty() && !l.starts_with("date "))
            .unwrap_or("Untitled")
    }

    /// The figures the user sees, in text order: extracted, then corrected, without the
    /// dismissed ones, plus the added ones. `subset_of` indexes this list (the extractor's
    /// indices are remapped past dismissals and added figures; a part of a dismissed total
    /// is a part of nothing).
    pub fn readings(&self, doc: &extract::Document) -> Vec<Reading> {
        // No corrections and figures in text order (the usual case, and a big text's ~150k
        // figures): the same readings in one pass, without moving them through the remapping.
        if self.corrections.is_empty()
            && doc
                .figures
                .windows(2)
                .all(|w| w[0].evidence.start <= w[1].evidence.start)
        {
            return doc
                .figures
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    let mut figure = f.clone();
                    figure.subset_of = figure
                        .subset_of
                        .filter(|&s| s != i && s < doc.figures.len());
                    Reading {
                        key: Some(FigureKey::of(f)),
                        figure,
                        origin: Origin::Extracted,
                    }
                })
                .collect();
        }
        let mut out = Vec::with_capacity(doc.figures.len());
        // For each reading, the index in `doc.figures` it came from, for the remapping below.
        let mut source: Vec<Option<usize>> = Vec::with_capacity(doc.figures.len());
        for (i, f) in doc.figures.iter().enumerate() {
            let key = FigureKey::of(f);
            let mut reading = Some(Reading {
                figure: f.clone(),
                origin: Origin::Extracted,
                key: Some(key),
            });
            for c in &self.corrections {
                match c {
                    Correction::Dismiss { key: k } if *k == key => reading = None,
                    Correction::Edit { key: k, figure } if *k == key => {
                        reading = Some(Reading {
                            figure: figure.clone(),
                            origin: Origin::Corrected {
                                original: f.clone(),
                            },
                            key: Some(key),
                        })
                    }
                    _ => {}
                }
            }
            if let Some(r) = reading {
                out.push(r);
                source.push(Some(i));
            }
        }
        for c in &self.corrections {
            if let Correction::Add { figure } = c {
                let mut figure = figure.clone();
                figure.subset_of = None;
                out.push(Reading {
                    figure,
                    origin: Origin::Added,
                    key: None,
                });
                source.push(None);
            }
        }
        let mut order: Vec<usize> = (0..out.len()).collect();
        crate::sort::sort_indices_by_key(&mut order, |i| (out[i].figure.evidence.start, i));
        // Where each extracted figure ended up, by its index in `doc.figures`.
        let mut place = vec![None; doc.figures.len()];
        for (new, &old) in order.iter().enumerate() {
            if let Some(src) = source[old] {
                place[src] = Some(new);
            }
        }
        let mut slots: Vec<Option<Reading>> = out.into_iter().map(Some).collect();
        let mut sorted: Vec<Reading> = order.iter().filter_map(|&i| slots[i].take()).collect();
        for (i, r) in sorted.iter_mut().enumerate() {
            r.figure.subset_of = r
                .figure
                .subset_of
                .and_then(|s| place.get(s).copied().flatten())
                .filter(|&s| s != i);
        }
        sorted
    }

    /// Reads the figure `reading` as `figure` instead; editing back to what the extractor read
    /// removes the correction. An added figure is replaced.
    pub fn correct(&mut self, reading: &Reading, figure: Figure) {
        match (&reading.origin, reading.key) {
            (Origin::Added, _) => {
                if let Some(Correction::Add { figure: f }) = self
                    .corrections
                    .iter_mut()
                    .find(|c| matches!(c, Correction::Add { figure: f } if same_added(f, &reading.figure)))
                {
                    *f = figure;
                }
            }
            (origin, Some(key)) => {
                self.corrections
                    .retain(|c| !matches!(c, Correction::Edit { key: k, .. } if *k == key));
                let unchanged = match origin {
                    Origin::Corrected { original } => *original == figure,
                    _ => false,
                };
                if !unchanged {
                    self.corrections.push(Correction::Edit { key, figure });
                }
            }
            _ => {}
        }
    }

    /// Says the figure `reading` is not a figure: an extracted one is dismissed, an added one
    /// removed.
    pub fn dismiss(&mut self, reading: &Reading) {
        match reading.key {
            Some(key) if reading.origin != Origin::Added => {
                self.corrections.retain(|c| {
                    !matches!(c, Correction::Edit { key: k, .. } | Correction::Dismiss { key: k } if *k == key)
                });
                self.corrections.push(Correction::Dismiss { key });
            }
            _ => {
                if let Some(i) = self.corrections.iter().position(
                    |c| matches!(c, Correction::Add { figure } if same_added(figure, &reading.figure)),
                ) {
                    self.corrections.remove(i);
                }
            }
        }
    }

    /// Undoes every correction of the extracted figure `key`.
    pub fn restore(&mut self, key: FigureKey) {
        self.corrections.retain(|c| {
            !matches!(c, Correction::Edit { key: k, .. } | Correction::Dismiss { key: k } if *k == key)
        });
    }
}

/// Whether an added figure is the one a reading shows (readings clear `subset_of`).
fn same_added(stored: &Figure, shown: &Figure) -> bool {
    stored.kind == shown.kind
        && stored.evidence == shown.evidence
        && stored.value == shown.value
        && stored.subject == shown.subject
}

impl Workspace {
    /// A workspace of one article holding `text`.
    pub fn with_text(text: &str) -> Workspace {
        Workspace {
            articles: vec![Article {
                id: 1,
                text: text.to_string(),
                ..Article::default()
            }],
            separated: Vec::new(),
        }
    }

    /// The article with identity `id`.
    pub fn article(&self, id: u64) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// The article with identity `id`, to change it.
    pub fn article_mut(&mut self, id: u64) -> Option<&mut Article> {
        self.articles.iter_mut().find(|a| a.id == id)
    }

    /// An identity no article has yet.
    pub fn next_id(&self) -> u64 {
        self.articles.iter().map(|a| a.id).max().unwrap_or(0) + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Document, Subject};
    use crate::workspace::totals::tests::fig;

    /// The derive the hand-written reading of [`Correction`] replaced, to compare with.
    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(tag = "op", rename_all = "snake_case")]
    enum Derived {
        Edit { key: FigureKey, figure: Figure },
        Dismiss { key: FigureKey },
        Add { figure: Figure },
    }

    impl From<Derived> for Correction {
        fn from(d: Derived) -> Correction {
            match d {
                Derived::Edit { key, figure } => Correction::Edit { key, figure },
                Derived::Dismiss { key } => Correction::Dismiss { key },
                Derived::Add { figure } => Correction::Add { figure },
            }
        }
    }

    #[test]
    fn corrections_read_as_the_serde_derive_read_them() {
        let figure =
            serde_json::to_string(&fig(Kind::Killed, Some(Subject::Militants), 7)).unwrap();
        let key = r#"{"kind":"killed","start":3,"end":9}"#;
        #[rustfmt::skip]
        let cases: Vec<String> = vec![
            format!(r#"{{"op":"edit","key":{key},"figure":{figure}}}"#),
            format!(r#"{{"figure":{figure},"key":{key},"op":"edit"}}"#),
            format!(r#"{{"op":"dismiss","key":{key}}}"#),
            format!(r#"{{"key":{key},"op":"dismiss"}}"#),
            format!(r#"{{"op":"add","figure":{figure}}}"#),
            format!(r#"{{"op":"add","figure":{figure},"extra":[1,{{"a":null}}]}}"#),
            format!(r#"{{"op":"dismiss","key":{key},"figure":"not a figure"}}"#),
            format!(r#"{{"op":"add","key":17,"figure":{figure}}}"#),
            format!(r#"{{"op":"edit","key":{key}}}"#),
            format!(r#"{{"op":"edit","figure":{figure}}}"#),
            format!(r#"{{"op":"dismiss"}}"#),
            format!(r#"{{"op":"add"}}"#),
            format!(r#"{{"key":{key}}}"#),
            format!(r#"{{"op":"undo","key":{key}}}"#),
            format!(r#"{{"op":7,"key":{key}}}"#),
            format!(r#"{{"op":"dismiss","op":"dismiss","key":{key}}}"#),
            format!(r#"{{"op":"dismiss","key":{key},"key":{key}}}"#),
            format!(r#"{{"op":"dismiss","key":{{"kind":"killed","start":-1,"end":9}}}}"#),
            format!(r#"{{"op":"dismiss","key":{{"kind":"slain","start":1,"end":9}}}}"#),
            r#"{}"#.to_string(),
            r#""dismiss""#.to_string(),
            r#"null"#.to_string(),
        ];
        for json in &cases {
            let ours = serde_json::from_str::<Correction>(json).map_err(|e| e.to_string());
            let derived = serde_json::from_str::<Derived>(json)
                .map(Correction::from)
                .map_err(|e| e.to_string().replace("enum Derived", "enum Correction"));
            match (&ours, &derived) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{json}"),
                (Err(a), Err(b)) => {
                    // The same message; the position may differ (the derive reads the whole
                    // object before it complains).
                    let cut = |m: &str| m.split(" at line").next().unwrap_or("").to_string();
                    assert_eq!(cut(a), cut(b), "{json}");
                }
                _ => panic!("{json}: ours {ours:?}, the derive's {derived:?}"),
            }
            if let Ok(c) = &ours {
                let again = serde_json::to_string(c).unwrap();
                assert_eq!(
                    serde_json::from_str::<Correction>(&again).unwrap(),
                    *c,
                    "{json}"
                );
            }
        }
    }

    #[test]
    fn readings_without_corrections_are_those_of_the_general_path() {
        // A correction that matches no figure sends the same article down the general path.
        let nowhere = Correction::Dismiss {
            key: FigureKey {
                kind: Kind::Killed,
                start: usize::MAX,
                end: usize::MAX,
            },
        };
        for text in [
            "",
            "Police killed 9 militants, including 2 commanders. Troops arrested 12 suspects.",
            "At least 40 people were killed; 12 of the dead were soldiers. 3 attacks a day.",
        ] {
            let doc = crate::extract::extract(text);
            let plain = Article {
                text: text.into(),
                ..Article::default()
            };
            let mut general = plain.clone();
            general.corrections.push(nowhere.clone());
            assert_eq!(plain.readings(&doc), general.readings(&doc), "{text}");
        }
    }

    fn at(mut f: Figure, start: usize) -> Figure {
        f.evidence.start = start;
        f.evidence.end = start + 1;
        f
    }

    fn doc() -> Document {
        let total = at(fig(Kind::Killed, Some(Subject::Militants), 20), 10);
        let part = Figure {
            subset_of: Some(2),
            ..at(fig(Kind::Killed, Some(Subject::Militants), 5), 30)
        };
        Document {
            published: None,
            figures: vec![
                at(fig(Kind::Operations, None, 3), 0),
                at(fig(Kind::Arrested, None, 4), 5),
                total,
                part,
            ],
        }
    }

    fn values(article: &Article) -> Vec<(u64, Option<usize>)> {
        article
            .readings(&doc())
            .iter()
            .map(|r| (r.figure.value, r.figure.subset_of))
            .collect()
    }

    #[test]
    fn readings_remap_parts_past_dismissals_and_additions() {
        let d = doc();
        let mut a = Article::default();
        assert_eq!(
            values(&a),
            vec![(3, None), (4, None), (20, None), (5, Some(2))]
        );
        a.dismiss(&a.readings(&d)[1].clone());
        assert_eq!(values(&a), vec![(3, None), (20, None), (5, Some(1))]);
        a.corrections.push(Correction::Add {
            figure: at(fig(Kind::Injured, None, 9), 1),
        });
        assert_eq!(
            values(&a),
            vec![(3, None), (9, None), (20, None), (5, Some(2))]
        );
        a.dismiss(&a.readings(&d)[2].clone());
        assert_eq!(
            values(&a),
            vec![(3, None), (9, None), (5, None)],
            "a part of a dismissed total"
        );
    }

    #[test]
    fn correcting_replaces_and_restoring_undoes() {
        let d = doc();
        let mut a = Article::default();
        let first = a.readings(&d)[0].clone();
        a.correct(&first, fig(Kind::Attacks, None, 7));
        a.correct(&a.readings(&d)[0].clone(), fig(Kind::Attacks, None, 8));
        assert_eq!(a.corrections.len(), 1, "a second edit replaces the first");
        let r = &a.readings(&d)[0];
        assert_eq!((r.figure.kind, r.figure.value), (Kind::Attacks, 8));
        assert!(matches!(&r.origin, Origin::Corrected { original } if original.value == 3));
        a.correct(&r.clone(), d.figures[0].clone());
        assert!(
            a.corrections.is_empty(),
            "editing back to the original removes the edit"
        );
        a.dismiss(&first);
        a.restore(first.key.unwrap());
        assert!(a.corrections.is_empty());
    }

    #[test]
    fn added_figures_can_be_edited_and_removed() {
        let d = doc();
        let mut a = Article::default();
        a.corrections.push(Correction::Add {
            figure: at(fig(Kind::Injured, None, 9), 50),
        });
        let added = a.readings(&d)[4].clone();
        assert_eq!(added.origin, Origin::Added);
        a.correct(&added, at(fig(Kind::Injured, None, 10), 50));
        assert_eq!(a.readings(&d)[4].figure.value, 10);
        a.dismiss(&a.readings(&d)[4].clone());
        assert!(a.corrections.is_empty());
    }
}
