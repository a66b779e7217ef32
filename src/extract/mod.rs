//! The extraction core: article text in, the figures of `shared/FIGURES.md` out.
//!
//! It has no web dependency, never panics and never fails: whatever the input, the caller gets a
//! [`Document`]. Each step lives in its own file and runs in one linear pass:
//!
//! 1. `tokens.rs`: bytes to words, numbers, punctuation and sentence starts;
//! 2. `lexicon.rs`: the data tables every later step looks words up in;
//! 3. `numbers.rs`: number phrases (digits, words, hedges, ranges, vague amounts);
//! 4. `figures.rs`: each number bound to its kind and subject;
//! 5. `dates.rs` and `places.rs`: `published`, and each figure's `period` and `location`;
//! 6. `dedupe.rs`: each fact once, parts linked to their totals.

mod dates;
mod dedupe;
mod figures;
mod lexicon;
mod model;
mod numbers;
mod places;
mod tokens;
mod words;

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
    // The thread's buffers, or new ones if they are in use or gone (thread exit).
    SCRATCH
        .try_with(|s| match s.try_borrow_mut() {
            Ok(mut s) => run(text, &mut s),
            Err(_) => run(text, &mut Scratch::default()),
        })
        .unwrap_or_else(|_| run(text, &mut Scratch::default()))
}

/// Buffers reused from one extraction to the next on a thread, so that a stream of articles
/// does not allocate them each time.
#[derive(Default)]
struct Scratch {
    tokens: tokens::Tokens,
    mentions: Vec<figures::Mention>,
    new_index: Vec<usize>,
    cands: Vec<dedupe::Candidate>,
    /// The period and location of each sentence with a figure, in text order.
    said: Vec<dedupe::Said>,
    dedupe: dedupe::Scratch,
}

impl Scratch {
    /// Buffers that one large input grew beyond this many elements are not kept.
    const KEEP: usize = 4096;

    fn trim(&mut self) {
        // Tokens are many per figure: their buffer may hold a long article's.
        if self.tokens.toks.capacity() > Self::KEEP * 16 {
            self.tokens = tokens::Tokens::default();
        }
        if self.mentions.capacity() > Self::KEEP {
            self.mentions = Vec::new();
            self.new_index = Vec::new();
        }
        if self.cands.capacity() > Self::KEEP {
            self.cands = Vec::new();
        }
        if self.said.capacity() > Self::KEEP {
            self.said = Vec::new();
        }
        self.dedupe.trim(Self::KEEP);
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

/// The period and the location of the sentence `a..b`: the first of each it states.
fn sentence_said(
    text: &str,
    toks: &[tokens::Token],
    a: usize,
    b: usize,
    published: Option<dates::Date>,
    steps: &mut u64,
) -> dedupe::Said {
    (
        dates::period(text, toks, a, b, published, steps),
        places::location(text, toks, a, b, steps),
    )
}

fn run(text: &str, scratch: &mut Scratch) -> (Document, Stats) {
    let mut steps = 0u64;
    let Scratch {
        tokens,
        mentions,
        new_index,
        cands,
        said,
        ..
    } = scratch;
    tokens::tokenize_into(text, tokens, &mut steps);
    let published = dates::published(text, &mut steps);
    let (toks, sents) = (&tokens.toks[..], &tokens.sents[..]);
    steps += sents.len() as u64;
    figures::find_into(
        text,
        toks,
        sents,
        &tokens.opens,
        mentions,
        new_index,
        &mut steps,
    );
    let mentions = &mentions[..];

    // Each sentence's period and location, found once for its first figure.
    cands.clear();
    said.clear();
    let mut last_sentence = usize::MAX;
    let mut sentence_at = dedupe::NONE;
    let (mut running_total, mut another) = (false, false);
    for m in mentions {
        let Some(kind) = m.kind else { continue };
        let (a, b) = sents[m.sentence];
        if m.sentence != last_sentence {
            last_sentence = m.sentence;
            let cues = dedupe::SENTENCE_CUES.scan(&toks[a..b]);
            (running_total, another) = (cues & 1 != 0, cues & 2 != 0);
            said.push(sentence_said(text, toks, a, b, published, &mut steps));
            sentence_at = u32::try_from(said.len() - 1).unwrap_or(dedupe::NONE);
        }
        // A bare number's own time: "up from 52,874 in 2024 and 41,002 in 2023".
        let mut period_at = sentence_at;
        if m.when != 0 {
            let w = m.when as usize;
            if let Some(p) = dates::period_at(text, toks, a, b, w, published) {
                let here = said.get(sentence_at as usize).and_then(|s| s.1);
                said.push((Some(p), here));
                period_at = u32::try_from(said.len() - 1).unwrap_or(dedupe::NONE);
            }
        }
        let a = m.amount;
        cands.push(dedupe::Candidate {
            kind,
            subject: if kind.has_subject() { m.subject } else { None },
            value: a.value,
            min: a.min,
            max: a.max,
            approx: a.approx,
            vague: a.vague,
            rate: m.rate,
            period: period_at,
            location: sentence_at,
            start: toks[m.ev_start].start,
            end: toks[m.ev_end.max(m.ev_start + 1) - 1].end,
            sentence: m.sentence,
            parent: m.parent.and_then(|p| {
                // Mentions without a kind were dropped: map mention index to candidate index.
                mentions.get(p).map(|_| p)
            }),
            part: m.part,
            event_article: m.event_article,
            clause: m.clause,
            // Only single casualties compare their head nouns (`dedupe::same_fact`).
            head: match m.head {
                Some(h) if a.value == 1 => dedupe::head_hash(toks[h].text(text)),
                _ => 0,
            },
            headline: m.sentence <= 2 && !toks[b - 1].is_punct(b'.'),
            running_total,
            another,
            of_counted: m.of_counted,
            amount: (a.start as u32, a.end as u32),
            head_tok: m.head.map_or(dedupe::NONE, |h| h as u32),
        });
    }
    let strs = dedupe::Strings {
        text,
        said,
        toks,
        sents,
        dated: published.is_some(),
        weekdays: Default::default(),
    };
    let figures = dedupe::dedupe(cands, &strs, &mut scratch.dedupe, &mut steps);
    scratch.said.clear();
    scratch.trim();
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

    fn summary(text: &str) -> Vec<String> {
        super::extract(text)
            .figures
            .iter()
            .map(|f| {
                let sub = f.subset_of.map_or(String::new(), |i| format!(" <{i}"));
                format!("{} {}{sub}", f.kind.as_str(), f.value)
            })
            .collect()
    }

    macro_rules! doc_is {
        ($name:ident, $input:expr, [$($e:expr),* $(,)?]) => {
            #[test]
            fn $name() {
                let expected: Vec<&str> = vec![$($e),*];
                assert_eq!(summary($input), expected, "{}", $input);
            }
        };
    }

    doc_is!(
        headline_and_body_once,
        "6 terrorists killed\nTroops killed six terrorists in Kech.",
        ["killed 6"]
    );
    doc_is!(
        other_hedge_once,
        "At least 14 rebels were killed. Troops killed 14 rebels.",
        ["killed 14"]
    );
    doc_is!(
        two_tolls_kept,
        "Police said 2 were killed. A hospital said 8 people were killed.",
        ["killed 2", "killed 8"]
    );
    doc_is!(
        parts_of_total,
        "Troops killed 10 bandits. In Katsina, three bandits were killed.",
        ["killed 10", "killed 3 <0"]
    );
    doc_is!(
        including_part,
        "Blasts killed 11 people, including four children.",
        ["killed 11", "killed 4 <0"]
    );
    doc_is!(
        running_total,
        "Thirty cadres surrendered, bringing the total to 307.",
        ["surrendered 30 <1", "surrendered 307"]
    );
    doc_is!(
        dated_repeats_kept,
        "Two militants were killed on 3 May 2024. Two militants were killed on 9 June 2024.",
        ["killed 2", "killed 2"]
    );
    doc_is!(
        same_sentence_event_once,
        "In another operation, troops killed 8 terrorists during an operation.",
        ["operations 1", "killed 8"]
    );
    doc_is!(
        single_casualties_kept,
        "A policeman was injured. A soldier was injured.",
        ["injured 1", "injured 1"]
    );
    doc_is!(
        published_line,
        "date 2024-11-17 Troops killed 4 terrorists.",
        ["killed 4"]
    );
}
