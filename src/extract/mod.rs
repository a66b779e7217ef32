//! The extraction core: article text in, the figures of `shared/FIGURES.md` out.
//!
//! It has no web dependency, never panics and never fails: whatever the input, the caller gets a
//! [`Document`]. Each step lives in its own file and runs in one linear pass:
//!
//! 1. [`tokens`]: bytes to words, numbers, punctuation and sentence starts;
//! 2. [`lexicon`]: the data tables every later step looks words up in;
//! 3. [`numbers`]: number phrases (digits, words, hedges, ranges, vague amounts);
//! 4. [`figures`]: each number bound to its kind and subject;
//! 5. [`dates`] and [`places`]: `published`, and each figure's `period` and `location`;
//! 6. [`dedupe`]: each fact once, parts linked to their totals.

mod dates;
mod dedupe;
mod figures;
mod lexicon;
mod model;
mod numbers;
mod places;
mod tokens;

pub use model::{Document, Evidence, Figure, Kind, Rate, Subject};

/// How much work one extraction did: every inner-loop step of every pass (bytes scanned, tokens
/// visited, window positions examined). Linear in the input by design.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    pub steps: u64,
}

/// Extracts every figure the text states.
pub fn extract(text: &str) -> Document {
    extract_with_stats(text).0
}

/// Extracts every figure the text states, and counts the work done.
pub fn extract_with_stats(text: &str) -> (Document, Stats) {
    let mut steps = 0u64;
    let toks = tokens::tokenize(text, &mut steps);
    let published = dates::published(text, &mut steps);
    let sents = figures::sentences(&toks);
    steps += sents.len() as u64;
    let mentions = figures::find(text, &toks, &sents, &mut steps);

    let mut periods: Vec<Option<Option<String>>> = vec![None; sents.len()];
    let mut places: Vec<Option<Option<String>>> = vec![None; sents.len()];
    let mut cands = Vec::with_capacity(mentions.len());
    for m in &mentions {
        let Some(kind) = m.kind else { continue };
        let (a, b) = sents[m.sentence];
        let period = periods[m.sentence]
            .get_or_insert_with(|| dates::period(text, &toks, a, b, published, &mut steps))
            .clone();
        let location = places[m.sentence]
            .get_or_insert_with(|| places::location(text, &toks, a, b, &mut steps))
            .clone();
        let start = toks[m.ev_start].start;
        let end = toks[m.ev_end.max(m.ev_start + 1) - 1].end;
        let a = m.amount;
        cands.push(dedupe::Candidate {
            figure: Figure {
                kind,
                subject: if kind.has_subject() { m.subject } else { None },
                value: a.value,
                min: a.min,
                max: a.max,
                approx: a.approx,
                vague: a.vague,
                rate: m.rate,
                subset_of: None,
                period,
                location,
                evidence: Evidence {
                    start,
                    end,
                    text: text.get(start..end).unwrap_or("").to_string(),
                },
            },
            sentence: m.sentence,
            parent: m.parent.and_then(|p| {
                // Mentions without a kind were dropped: map mention index to candidate index.
                mentions.get(p).map(|_| p)
            }),
            part: m.part,
            event_article: m.event_article,
            clause: m.clause,
            head: m.head.map_or(0, |h| dedupe::head_hash(toks[h].text(text))),
        });
    }
    let figures = dedupe::dedupe(&cands, &mut steps);
    (
        Document {
            published: published.map(|d| d.iso()),
            figures,
        },
        Stats { steps },
    )
}

#[cfg(test)]
mod tests {
    /// Doubling an input about doubles the work, also on inputs built to defeat bounded windows.
    #[test]
    fn work_is_linear() {
        let units = [
            "including 5 and 6, 7 and 8 including 9 ",
            "a a a a an an the of of ",
            "killed 5 terrorists and 6 soldiers were martyred, including 2 officers, ",
            "1 2 3 4 5 6 7 8 9 10 ",
            "Among them were 3. Of the dead, 4 were killed. ",
        ];
        for u in units {
            let (_, a) = super::extract_with_stats(&u.repeat(2000));
            let (_, b) = super::extract_with_stats(&u.repeat(4000));
            let r = b.steps as f64 / a.steps as f64;
            assert!((1.9..2.1).contains(&r), "{r} for {u:?}");
        }
    }
}
