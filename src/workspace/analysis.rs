//! The collection read: every article's figures as the user sees them, memoised per article.
//!
//! Extraction is the costly step, so [`Analysis`] keeps each article's result and redoes it only
//! when that article's text changes; corrections and dates are reapplied when they change.
//! Repeats ([`super::repeats`]), timelines ([`super::timeline`]) and exports
//! ([`super::export`]) all read the [`ArticleView`]s it holds.

use std::collections::HashMap;

use super::dates::{self, Day};
use super::repeats::normalise_place;
use super::{Article, Correction, FigureKey, Reading, Workspace};
use crate::extract::{self, Document};

/// One article as read: title, date and readings, plus what they were computed from.
#[derive(Debug, Clone)]
pub struct ArticleView {
    pub id: u64,
    pub title: String,
    /// The article's date (the user's, else the text's), `YYYY-MM-DD` when valid.
    pub date: Option<String>,
    /// `date` as a day number, when it is a valid `YYYY-MM-DD`.
    pub day: Option<Day>,
    /// What the user sees, in text order (`subset_of` indexes this list).
    pub readings: Vec<Reading>,
    /// Each reading's place, normalised for comparing (see [`super::repeats`]).
    pub places: Vec<Option<String>>,
    /// The extractor's output for the text.
    pub document: Document,
    text: String,
    corrections: Vec<Correction>,
    published: Option<String>,
    /// The text is still being read elsewhere: `document` is empty for now.
    pending: bool,
}

/// The memo of every article's view, in the workspace's order.
#[derive(Debug, Default)]
pub struct Analysis {
    views: HashMap<u64, ArticleView>,
    order: Vec<u64>,
    /// How many articles the last [`Analysis::refresh`] extracted again.
    pub extracted_last: usize,
}

impl ArticleView {
    /// The view of one article, extracting its text.
    pub fn new(article: &Article) -> ArticleView {
        let document = extract::extract(&article.text);
        ArticleView::with_document(article, document)
    }

    fn with_document(article: &Article, document: Document) -> ArticleView {
        let readings = article.readings(&document);
        let date = article.published(&document);
        let day = date.as_deref().and_then(dates::parse_day);
        let places = readings
            .iter()
            .map(|r| {
                let p = normalise_place(r.figure.location.as_deref()?);
                (!p.is_empty()).then_some(p)
            })
            .collect();
        ArticleView {
            id: article.id,
            title: article.title().to_string(),
            date,
            day,
            readings,
            places,
            document,
            text: article.text.clone(),
            corrections: article.corrections.clone(),
            published: article.published.clone(),
            pending: false,
        }
    }

    /// The key that identifies a reading within its article: the extracted figure's key, or
    /// for an added figure its own kind and span.
    pub fn key(&self, index: usize) -> FigureKey {
        let r = &self.readings[index];
        r.key.unwrap_or_else(|| FigureKey::of(&r.figure))
    }

    /// Whether the user set the article's date (rather than the text stating it).
    pub fn user_date(&self) -> bool {
        self.published.is_some()
    }

    /// Whether a reading counts towards totals: not a rate and not part of a larger figure.
    pub fn counts(&self, index: usize) -> bool {
        let f = &self.readings[index].figure;
        f.rate.is_none() && f.subset_of.is_none()
    }
}

impl Analysis {
    /// An empty memo.
    pub fn new() -> Analysis {
        Analysis::default()
    }

    /// Brings the memo up to date with the workspace: extracts the articles whose text is new
    /// or changed, reapplies corrections and dates where they changed, forgets removed ones.
    pub fn refresh(&mut self, workspace: &Workspace) {
        self.refresh_with(workspace, None, None);
    }

    /// As [`Analysis::refresh`], taking `known`, a text and what the extractor read in it,
    /// instead of extracting that text again (the app has already read the open article), and
    /// `pending`, a text the app is still reading (in chunks): its article has no figures until
    /// a later refresh knows them.
    pub fn refresh_with(
        &mut self,
        workspace: &Workspace,
        known: Option<(&str, &Document)>,
        pending: Option<&str>,
    ) {
        self.extracted_last = 0;
        self.order.clear();
        for article in &workspace.articles {
            self.order.push(article.id);
            match self.views.get_mut(&article.id) {
                Some(v) if v.text == article.text && !v.pending && pending != Some(&v.text) => {
                    if v.corrections != article.corrections || v.published != article.published {
                        let document = std::mem::take(&mut v.document);
                        *v = ArticleView::with_document(article, document);
                    }
                }
                _ => {
                    let view = match known {
                        _ if pending == Some(&article.text) => {
                            let mut v = ArticleView::with_document(article, Document::default());
                            v.pending = true;
                            v
                        }
                        Some((text, doc)) if text == article.text => {
                            ArticleView::with_document(article, doc.clone())
                        }
                        _ => {
                            self.extracted_last += 1;
                            ArticleView::new(article)
                        }
                    };
                    self.views.insert(article.id, view);
                }
            }
        }
        if self.views.len() != self.order.len() {
            let keep: std::collections::HashSet<u64> = self.order.iter().copied().collect();
            self.views.retain(|id, _| keep.contains(id));
        }
    }

    /// A memo of the workspace with given extractor outputs, one per article: tests use it to
    /// state figures without depending on the extractor.
    #[cfg(test)]
    pub(crate) fn with_documents(workspace: &Workspace, documents: Vec<Document>) -> Analysis {
        let mut a = Analysis::new();
        for (article, document) in workspace.articles.iter().zip(documents) {
            a.order.push(article.id);
            a.views
                .insert(article.id, ArticleView::with_document(article, document));
        }
        a
    }

    /// The views, in the workspace's order.
    pub fn views(&self) -> impl Iterator<Item = &ArticleView> + Clone {
        self.order.iter().filter_map(|id| self.views.get(id))
    }

    /// The view of one article.
    pub fn view(&self, id: u64) -> Option<&ArticleView> {
        self.views.get(&id)
    }

    /// How many articles there are.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// Whether there is no article.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_first_lines() {
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("Raid in Zhob\nbody", "Raid in Zhob"),
            ("date 2024-03-05\n\n  Raid in Zhob  \n", "Raid in Zhob"),
            ("# Toll rises in Kalat\n\nbody", "Toll rises in Kalat"),
            ("### Deep heading", "Deep heading"),
            ("#5 killed", "#5 killed"),
            ("#\nNext", "#"),
            ("", "Untitled"),
        ];
        for (text, want) in cases {
            let mut a = Analysis::new();
            a.refresh(&Workspace {
                articles: vec![article(1, text)],
                ..Workspace::default()
            });
            assert_eq!(a.view(1).unwrap().title, *want, "{text:?}");
        }
    }

    fn article(id: u64, text: &str) -> Article {
        Article {
            id,
            text: text.into(),
            ..Article::default()
        }
    }

    #[test]
    fn only_changed_articles_are_extracted_again() {
        let mut ws = Workspace {
            articles: vec![article(1, "one"), article(2, "two"), article(3, "three")],
            ..Workspace::default()
        };
        let mut a = Analysis::new();
        #[rustfmt::skip]
        let steps: &[(&str, fn(&mut Workspace), usize, &[u64])] = &[
            ("first read", |_| {}, 3, &[1, 2, 3]),
            ("nothing changed", |_| {}, 0, &[1, 2, 3]),
            ("one text edited", |w| w.articles[1].text.push('!'), 1, &[1, 2, 3]),
            ("date set", |w| w.articles[0].published = Some("2024-01-02".into()), 0, &[1, 2, 3]),
            ("reordered", |w| w.articles.swap(0, 2), 0, &[3, 2, 1]),
            ("removed", |w| { w.articles.remove(1); }, 0, &[3, 1]),
            ("added", |w| w.articles.push(article(9, "nine")), 1, &[3, 1, 9]),
        ];
        for (name, change, extracted, order) in steps {
            change(&mut ws);
            a.refresh(&ws);
            assert_eq!(a.extracted_last, *extracted, "{name}");
            let ids: Vec<u64> = a.views().map(|v| v.id).collect();
            assert_eq!(ids, *order, "{name}");
        }
        let known = crate::extract::extract("nine!");
        ws.articles[2].text = "nine!".into();
        a.refresh_with(&ws, Some(("nine!", &known)), None);
        assert_eq!(a.extracted_last, 0, "a known text is not extracted again");
        assert_eq!(a.view(9).unwrap().document, known);
        // A text still being read elsewhere waits, then takes what that reading found.
        ws.articles[2].text = "Police arrested 12 suspects.".into();
        a.refresh_with(&ws, None, Some("Police arrested 12 suspects."));
        assert_eq!(
            (a.extracted_last, a.view(9).unwrap().readings.len()),
            (0, 0)
        );
        a.refresh_with(&ws, None, Some("Police arrested 12 suspects."));
        assert_eq!(a.view(9).unwrap().readings.len(), 0, "still pending");
        let read = crate::extract::extract("Police arrested 12 suspects.");
        a.refresh_with(&ws, Some(("Police arrested 12 suspects.", &read)), None);
        assert_eq!(a.view(9).unwrap().document, read);
        assert_eq!(a.view(1).unwrap().date.as_deref(), Some("2024-01-02"));
        assert_eq!(a.view(1).unwrap().day, dates::parse_day("2024-01-02"));
        assert!(a.view(2).is_none());
    }
}
