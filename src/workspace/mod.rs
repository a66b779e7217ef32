//! The analyst's workspace: articles, the corrections made to their figures, and what counts.
//!
//! Plain data with methods, no web dependency: the app renders it, stores it, shares it and
//! exports it, and it is tested natively. What the extractor found is never stored: it is
//! recomputed from the text, and the user's corrections are applied on top.

use serde::{Deserialize, Serialize};

use crate::extract::{self, Figure, Kind};

pub mod share;

/// Every article of the collection and the corrections made to them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    pub articles: Vec<Article>,
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

/// A change the user made to what the extractor read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Correction {
    /// The figure at `key` reads as `figure` instead.
    Edit { key: FigureKey, figure: Figure },
    /// The figure at `key` is not a figure.
    Dismiss { key: FigureKey },
    /// A figure the extractor missed.
    Add { figure: Figure },
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
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with("date "))
            .unwrap_or("Untitled")
    }

    /// The figures the user sees, in text order: extracted, then corrected, without the
    /// dismissed ones, plus the added ones.
    pub fn readings(&self, doc: &extract::Document) -> Vec<Reading> {
        let mut out = Vec::with_capacity(doc.figures.len());
        for f in &doc.figures {
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
            out.extend(reading);
        }
        for c in &self.corrections {
            if let Correction::Add { figure } = c {
                out.push(Reading {
                    figure: figure.clone(),
                    origin: Origin::Added,
                    key: None,
                });
            }
        }
        out.sort_by_key(|r| r.figure.evidence.start);
        out
    }
}
