//! Each fact once: merges restatements (a headline and its body sentence, the same number with a
//! different hedge) and links parts to their totals by index.
//!
//! Two figures state one fact when kind, rate and value agree, their subjects agree (or one is
//! `unspecified`), their periods do not differ, neither is a part of a larger figure, and nothing
//! tells two events ([`distinct`]: another day, place or incident). An
//! event stated with an article ("an attack") is one fact with another such event of its sentence
//! or with the same words elsewhere. A part equal to its whole is the whole restated.

use super::dates::Period;
use super::lexicon;
use super::model::{Evidence, Figure, Kind, Rate, Subject};
use super::places;
use super::tokens::Token;
use super::words::{self, w, Word};

/// A figure as found, with what dedupe needs to know about where it came from. Its strings are
/// not made yet: they are copied out of the text and the per-sentence period and place lists only
/// for the figures that are kept.
#[derive(Debug, Clone, Copy)]
pub struct Candidate {
    pub kind: Kind,
    pub subject: Option<Subject>,
    pub value: u64,
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub approx: bool,
    pub vague: bool,
    pub rate: Option<Rate>,
    /// Where its period is in [`Strings::said`] ([`NONE`] for none).
    pub period: u32,
    /// Where its location is in [`Strings::said`] ([`NONE`] for none).
    pub location: u32,
    /// Evidence, as byte offsets into the text.
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    /// Index (in the candidates) of the figure this is a part of.
    pub parent: Option<usize>,
    /// A part, with or without a known parent.
    pub part: bool,
    /// An event stated with "a"/"an"/"another".
    pub event_article: bool,
    /// The clause of its sentence (clauses split at ";" and ", and").
    pub clause: usize,
    /// A hash of the head noun, lowercase, of a figure of one; 0 for none or another value.
    pub head: u64,
    /// Stated in a headline: one of the first lines, with no full stop.
    pub headline: bool,
    /// Its sentence tells a running total: "With this, 218 have been killed so far this year".
    pub running_total: bool,
    /// Its sentence tells another event: "in a separate operation", "four more khwarij".
    pub another: bool,
    /// A partitive of a counted whole: "two of those held", "two of the injured".
    pub of_counted: bool,
    /// The tokens of its amount, and of its head noun ([`NONE`] for none), for the tests of
    /// [`distinct`], made only for figures that may restate one another.
    pub amount: (u32, u32),
    pub head_tok: u32,
}

/// Phrase lists a sentence is searched for in one pass ([`Cues::scan`]), with a table of the
/// keyword ids that start a phrase of each list, so most words cost one table read.
pub struct Cues<const N: usize> {
    lists: [&'static [&'static [Word]]; N],
    /// Per keyword id, bit `k` set when a phrase of list `k` starts with it.
    first: [u8; words::KEYWORDS.len() + 1],
}

impl<const N: usize> Cues<N> {
    /// The cues of up to eight phrase lists; every phrase has at least one word.
    pub const fn new(lists: [&'static [&'static [Word]]; N]) -> Self {
        assert!(N <= 8);
        let mut first = [0u8; words::KEYWORDS.len() + 1];
        let mut k = 0;
        while k < N {
            let mut p = 0;
            while p < lists[k].len() {
                first[lists[k][p][0] as usize] |= 1 << k;
                p += 1;
            }
            k += 1;
        }
        Cues { lists, first }
    }

    /// Bit `k` set when a phrase of list `k` occurs in the words of the sentence.
    pub fn scan(&self, sentence: &[Token]) -> u8 {
        let mut found = 0u8;
        for (i, t) in sentence.iter().enumerate() {
            let starts = self.first.get(t.word as usize).copied().unwrap_or(0) & !found;
            if starts == 0 {
                continue;
            }
            for (k, list) in self.lists.iter().enumerate() {
                if starts & (1 << k) != 0 && says_at(sentence, i, list) {
                    found |= 1 << k;
                }
            }
        }
        found
    }
}

/// Whether one of the phrases starts at word `i` of a sentence.
fn says_at(sentence: &[Token], i: usize, phrases: &[&[Word]]) -> bool {
    phrases.iter().any(|p| {
        sentence
            .get(i..i + p.len())
            .is_some_and(|ws| ws.iter().zip(p.iter()).all(|(t, &w)| t.word == w))
    })
}

/// Whether a sentence opens with a new incident: "In another operation, ...", "Separately,
/// ...", also after a short opener and its comma: "Meanwhile, in a separate raid, ...", "On
/// Tuesday, in another incident, ...".
pub fn opens_new_incident(sentence: &[Token], text: &str) -> bool {
    let at = |i: usize| {
        says_at(sentence, i, lexicon::NEW_INCIDENT)
            || sentence.get(i).is_some_and(|t| {
                let w = t.text(text);
                lexicon::NEW_INCIDENT_WORDS
                    .iter()
                    .any(|n| n.eq_ignore_ascii_case(w))
            })
    };
    at(0)
        || sentence
            .iter()
            .take(4)
            .position(|t| t.is_punct(b','))
            .is_some_and(|i| at(i + 1))
}

/// What a sentence with a figure tells about all its figures: bit 0 a running total
/// ([`lexicon::RUNNING_TOTAL`]), bit 1 another event ([`lexicon::ANOTHER_EVENT`]).
pub static SENTENCE_CUES: Cues<2> = Cues::new([lexicon::RUNNING_TOTAL, lexicon::ANOTHER_EVENT]);

/// A kept candidate: as first stated, with what later repeats added (subject, period,
/// location), its `subset_of`, the candidate that first stated it and its parent candidate.
#[derive(Debug, Clone, Copy)]
pub struct Kept {
    c: Candidate,
    subset: Option<usize>,
    cand: usize,
    parent: Option<usize>,
    /// Restated by a later candidate.
    restated: bool,
}

/// Buffers of [`dedupe`], kept by the caller for the next call.
#[derive(Debug, Default)]
pub struct Scratch {
    kept: Vec<Kept>,
    /// The [`fact_key`] of each kept figure, so the lookback for a restatement scans eight
    /// bytes per figure.
    facts: Vec<u64>,
    /// Candidate index -> output index.
    map: Vec<usize>,
}

impl Scratch {
    /// Drops buffers that one large input grew beyond `cap` elements.
    pub fn trim(&mut self, cap: usize) {
        if self.kept.capacity() > cap {
            self.kept = Vec::new();
            self.facts = Vec::new();
        }
        if self.map.capacity() > cap {
            self.map = Vec::new();
        }
    }
}

/// The period or location index of a candidate that has none.
pub const NONE: u32 = u32::MAX;

/// What a sentence with a figure says of all its figures: its period, and the byte range of
/// its location in the text.
pub type Said = (Option<Period>, Option<(usize, usize)>);

/// The strings candidates point into: the text, and the period and location of each sentence
/// that has a figure.
pub struct Strings<'a> {
    pub text: &'a str,
    pub said: &'a [Said],
    /// The tokens and sentences of the text, and whether it states its published date.
    pub toks: &'a [Token],
    pub sents: &'a [(usize, usize)],
    pub dated: bool,
    /// Each sentence's [`Strings::weekday`] once asked ([`WEEKDAY_UNASKED`] before): a long
    /// document asks it of the same sentences for many pairs of figures.
    pub weekdays: std::cell::RefCell<Vec<u8>>,
}

/// A sentence whose weekday is not asked yet, in [`Strings::weekdays`]; 7 is no weekday.
const WEEKDAY_UNASKED: u8 = 8;

impl Strings<'_> {
    /// The period's bytes, for comparing periods.
    fn period(&self, i: u32) -> Option<&[u8]> {
        self.said.get(i as usize)?.0.as_ref().map(Period::as_bytes)
    }

    fn period_str(&self, i: u32) -> Option<&str> {
        self.said.get(i as usize)?.0.as_ref().map(Period::as_str)
    }

    /// The tokens of sentence `s`.
    fn sentence(&self, s: usize) -> &[Token] {
        self.sents
            .get(s)
            .and_then(|&(a, b)| self.toks.get(a..b))
            .unwrap_or_default()
    }

    /// The weekday a sentence with no period says, when the text has no published date (with
    /// one, a weekday is a period).
    fn weekday(&self, c: &Candidate) -> Option<u8> {
        if self.dated || self.period(c.period).is_some() {
            return None;
        }
        let &(a, b) = self.sents.get(c.sentence)?;
        let mut memo = self.weekdays.borrow_mut();
        if memo.len() < self.sents.len() {
            memo.resize(self.sents.len(), WEEKDAY_UNASKED);
        }
        let day = match memo[c.sentence] {
            WEEKDAY_UNASKED => {
                let d = super::dates::weekday(self.toks, a, b).unwrap_or(7);
                memo[c.sentence] = d;
                d
            }
            d => d,
        };
        (day < 7).then_some(day)
    }

    /// Whether word `i` is one of `ws`.
    fn is(&self, i: u32, ws: &[Word]) -> bool {
        words::is_word(self.toks, i as usize, ws)
    }

    /// A count told with a definite word, which points back: "the seven terrorists", "all six".
    fn definite(&self, c: &Candidate) -> bool {
        c.amount.0 > 0 && self.is(c.amount.0 - 1, w!["the", "these", "those", "all"])
    }

    /// A count added to one told before: "another four", "four more".
    fn more(&self, c: &Candidate) -> bool {
        let (a, b) = c.amount;
        !c.event_article && (self.is(a, w!["another"]) && b > a + 1 || self.is(b, w!["more"]))
    }

    /// Its head noun is police (1) or army (2); 0 for any other.
    fn force(&self, c: &Candidate) -> u8 {
        let Some(t) = self.toks.get(c.head_tok as usize) else {
            return 0;
        };
        let head = t.text(self.text);
        let is = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(head));
        if is(lexicon::POLICE_NOUNS) {
            1
        } else if is(lexicon::ARMY_NOUNS) {
            2
        } else {
            0
        }
    }

    fn location(&self, i: u32) -> Option<&str> {
        let (a, b) = self.said.get(i as usize)?.1?;
        self.text.get(a..b)
    }

    fn evidence(&self, c: &Candidate) -> &str {
        self.text.get(c.start..c.end).unwrap_or("")
    }
}

/// A hash of a head noun for comparing restatements, case-insensitive; never 0.
pub fn head_hash(word: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for c in word.bytes() {
        h ^= c.to_ascii_lowercase() as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h | 1
}

/// Merges repeats and resolves `subset_of`; keeps text order.
pub fn dedupe(
    cands: &[Candidate],
    strs: &Strings,
    scratch: &mut Scratch,
    steps: &mut u64,
) -> Vec<Figure> {
    let Scratch {
        kept: out,
        facts,
        map,
    } = scratch;
    out.clear();
    facts.clear();
    map.clear();
    // A bit per value of a hash of every kept figure's `fact_key`: a key whose bit is clear has
    // no kept figure to look back for (most keys, as most figures are new facts).
    let mut seen = [0u64; 2];
    let bit = |key: u64| {
        let h = key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 57;
        (h as usize >> 6, 1u64 << (h & 63))
    };
    for (ci, c) in cands.iter().enumerate() {
        // A part equal to its (earlier) whole is the whole restated.
        if let Some(p) = c.parent.filter(|&p| p < ci) {
            let po = map[p];
            if out[po].c.value == c.value && out[po].c.kind == c.kind {
                map.push(po);
                continue;
            }
        }
        let mut merged = None;
        // A part of a whole told again, told again: "kills 18, including 7 children" over
        // "killed 18 civilians, including seven children".
        // (Only a whole that restates an earlier one can have parts told before.)
        if let Some(po) = c
            .parent
            .filter(|&p| p < ci && out[map[p]].cand != p)
            .map(|p| map[p])
        {
            merged = (0..out.len()).rev().take(16).find(|&oi| {
                *steps += 1;
                let o = &out[oi].c;
                out[oi].parent.and_then(|pp| map.get(pp)) == Some(&po)
                    && o.kind == c.kind
                    && o.rate == c.rate
                    && o.value == c.value
                    && o.sentence != c.sentence
                    && subjects_agree(o.subject, c.subject)
            });
        }
        // A part with no known whole that equals an earlier figure restates it; not a part of a
        // count ("two of the injured"), which has a whole of its own.
        if merged.is_none() && c.part && c.parent.is_none() && !c.of_counted {
            merged = (0..out.len()).rev().take(16).find(|&oi| {
                *steps += 1;
                let o = &out[oi].c;
                o.kind == c.kind
                    && o.rate == c.rate
                    && o.value == c.value
                    && !cands[out[oi].cand].event_article
                    // "three each from A and B": twins at one place are two facts.
                    && cands[out[oi].cand].start != c.start
                    && subjects_agree(o.subject, c.subject)
            });
        }
        // A part restating a headline figure: "Eight soldiers martyred" over "12 people,
        // including eight FC personnel, were martyred" is one fact, a part of the 12.
        let mut headline = false;
        if merged.is_none() && c.part && c.parent.is_some_and(|p| p < ci) && c.sentence > 0 {
            merged = (0..out.len()).rev().take(16).find(|&oi| {
                *steps += 1;
                let oc = &cands[out[oi].cand];
                let o = &out[oi].c;
                oc.headline
                    && oc.sentence < c.sentence
                    && !oc.part
                    && !oc.event_article
                    && o.kind == c.kind
                    && o.rate == c.rate
                    && o.value == c.value
                    && o.subject == c.subject
                    && c.subject.is_some_and(|s| s != Subject::Unspecified)
            });
            headline = merged.is_some();
        }
        // Bounded lookback keeps this linear on long inputs.
        let key = fact_key(c);
        let (word, mask) = bit(key);
        if merged.is_none() && seen[word] & mask != 0 {
            *steps += facts.len().min(64) as u64;
            for (oi, _) in facts
                .iter()
                .enumerate()
                .rev()
                .take(64)
                .filter(|f| *f.1 == key)
            {
                let o = &out[oi].c;
                // The cheap tests first, on the kept figure itself.
                if o.kind != c.kind || o.value != c.value || o.rate != c.rate {
                    continue;
                }
                let summary = !out[oi].restated;
                if same_fact(&cands[out[oi].cand], o, c, ci, summary, strs) {
                    merged = Some(oi);
                    break;
                }
            }
        }
        match merged {
            Some(oi) => {
                let o = &mut out[oi].c;
                if o.subject == Some(Subject::Unspecified)
                    && c.subject.is_some_and(|s| s != Subject::Unspecified)
                {
                    o.subject = c.subject;
                }
                if strs.period(o.period).is_none() {
                    o.period = c.period;
                }
                if strs.location(o.location).is_none() {
                    o.location = c.location;
                }
                if out[oi].parent.is_none() {
                    out[oi].parent = c.parent.filter(|&p| p > ci || headline);
                }
                out[oi].restated = true;
                map.push(oi);
            }
            None => {
                map.push(out.len());
                facts.push(key);
                seen[word] |= mask;
                out.push(Kept {
                    c: *c,
                    subset: None,
                    cand: ci,
                    restated: false,
                    parent: c.parent,
                });
            }
        }
    }
    // Parts: the known parent, else the nearest earlier whole of the same kind that is larger.
    let running_totals = out.iter().any(|k| cands[k.cand].running_total);
    for oi in 0..out.len() {
        let c = &cands[out[oi].cand];
        if !c.part && out[oi].parent.is_none() {
            // A smaller count of the same kind and side after a total, with no other date:
            // "killed 10 terrorists... three terrorists were neutralised in Katsina".
            let f = &out[oi].c;
            if c.event_article || f.rate.is_some() || f.approx || f.vague || f.value < 2 {
                continue;
            }
            // "With this, 218 Maoists have been killed so far": a running total told after it.
            // (Looked for only in an article that tells one.)
            let after = if running_totals { oi + 1 } else { out.len() };
            let later_total = (after..out.len()).take(8).find(|&p| {
                let o = &out[p].c;
                let pc = &cands[out[p].cand];
                pc.running_total
                    && !pc.part
                    && pc.sentence > c.sentence
                    && pc.sentence <= c.sentence + 2
                    && o.kind == f.kind
                    && o.rate.is_none()
                    && o.value > f.value
                    && o.subject == f.subject
            });
            if later_total.is_some() {
                out[oi].subset = later_total;
                continue;
            }
            // "killed four more khwarij in a separate IBO": another event, not a part.
            if c.another {
                continue;
            }
            let whole = (0..oi).rev().take(64).find(|&p| {
                let o = &out[p].c;
                if o.kind != f.kind || o.value <= f.value {
                    return false;
                }
                let pc = &cands[out[p].cand];
                !pc.part
                    && !pc.event_article
                    && pc.sentence != c.sentence
                    && !o.vague
                    && out[p].parent.is_none()
                    && out[p].subset.is_none()
                    && o.kind == f.kind
                    && o.rate.is_none()
                    && o.value > f.value
                    && o.subject == f.subject
                    && match (strs.period(o.period), strs.period(f.period)) {
                        (Some(a), Some(b)) => b.starts_with(a),
                        _ => true,
                    }
            });
            out[oi].subset = whole;
            continue;
        }
        let mut target = out[oi].parent.map(|p| map[p]).filter(|&p| p != oi);
        if target.is_none() {
            // Not a sibling: "The dead included 12 soldiers and four policemen".
            let f = &out[oi].c;
            target = (0..oi).rev().take(64).find(|&p| {
                let o = &out[p].c;
                o.kind == f.kind
                    && o.value > f.value
                    && o.rate.is_none()
                    && !{
                        let pc = &cands[out[p].cand];
                        pc.part && pc.sentence == c.sentence && pc.parent == c.parent
                    }
            });
        }
        out[oi].subset = target;
    }
    // The kept figures, with their strings made now.
    out.iter()
        .map(|&Kept { ref c, subset, .. }| Figure {
            kind: c.kind,
            subject: c.subject,
            value: c.value,
            min: c.min,
            max: c.max,
            approx: c.approx,
            vague: c.vague,
            rate: c.rate,
            subset_of: subset,
            period: strs.period_str(c.period).map(str::to_owned),
            location: strs.location(c.location).map(str::to_owned),
            evidence: Evidence {
                start: c.start,
                end: c.end,
                text: strs.evidence(c).to_owned(),
            },
        })
        .collect()
}

/// Kind, rate and value in one integer: figures that differ in it are not one fact.
#[inline]
fn fact_key(c: &Candidate) -> u64 {
    let rate = c.rate.map_or(0, |r| r as u64 + 1);
    c.value.rotate_left(8) ^ ((c.kind as u64) << 3) ^ rate
}

/// Bounded on both sides by different numbers: "10-12", "between 80 and 120", "dozens".
fn is_range(c: &Candidate) -> bool {
    matches!((c.min, c.max), (Some(lo), Some(hi)) if lo != hi)
}

fn subjects_agree(a: Option<Subject>, b: Option<Subject>) -> bool {
    a == b || a == Some(Subject::Unspecified) || b == Some(Subject::Unspecified)
}

/// "an encounter" and "a cordon and search operation" told within a few sentences of each
/// other: the search that turned into the encounter, one operation.
fn cordon_and_encounter(ea: &str, eb: &str, a: &Candidate, b: &Candidate) -> bool {
    let has = |e: &str, w: &str| words::find_ascii_ci(e, w).is_some();
    a.kind == Kind::Operations
        && a.sentence.abs_diff(b.sentence) <= 3
        && ((has(ea, "cordon") && has(eb, "encounter"))
            || (has(ea, "encounter") && has(eb, "cordon")))
}

/// Whether the words of two place names share none: "Kech" and "Panjgur", not "Tank" and
/// "Khyber-Pakhtunkhwa's Tank".
fn places_differ(x: &str, y: &str) -> bool {
    !x.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2)
        .any(|w| {
            y.split(|c: char| !c.is_alphanumeric())
                .any(|v| v.eq_ignore_ascii_case(w))
        })
}

/// Whether the words between two figures of a sentence set a second count beside the first:
/// ", while", ", whereas", "also".
fn contrasted(between: &str) -> bool {
    let has = |w: &str| words::find_ascii_ci(between, w).is_some();
    has(", while ") || has(", whereas ") || has(" also ")
}

/// Signals that the candidate `b` tells another event than the earlier candidate `a` of the
/// same kind and number: another day, a new incident opening its sentence, "another four", a
/// second clause "while ... also", police against soldiers, another district. A headline
/// (`summary`: not restated yet) sums up the events told after it and a definite count ("the
/// seven terrorists") points back: most signals do not apply to them.
fn distinct(a: &Candidate, b: &Candidate, summary: bool, strs: &Strings) -> bool {
    // Events told on different days: "An IED blast hit X on Monday... on Tuesday".
    if a.event_article || b.event_article {
        if let (Some(x), Some(y)) = (strs.period(a.period), strs.period(b.period)) {
            if !(x == y || x.starts_with(y) || y.starts_with(x)) {
                return true;
            }
        }
    }
    // A count told again with a definite word points back: "the seven terrorists".
    if strs.definite(b) {
        return false;
    }
    if a.sentence != b.sentence {
        if let (Some(x), Some(y)) = (strs.weekday(a), strs.weekday(b)) {
            if x != y {
                return true;
            }
        }
    }
    // A headline figure not yet restated sums up what is told after it.
    if summary {
        return false;
    }
    // "In another operation, troops killed three terrorists."
    if a.sentence != b.sentence && opens_new_incident(strs.sentence(b.sentence), strs.text) {
        return true;
    }
    // "Another four militants were killed", "four more khwarij": not restated unless by the same
    // words.
    if strs.more(b) && !strs.more(a) {
        return true;
    }
    // "KP recorded 26 attacks in May, while Balochistan also recorded 26 attacks."
    if a.sentence == b.sentence
        && a.clause != b.clause
        && !a.event_article
        && contrasted(strs.text.get(a.end..b.start).unwrap_or(""))
    {
        return true;
    }
    // "Two policemen were killed... two soldiers were killed".
    let (fa, fb) = (strs.force(a), strs.force(b));
    if fa != 0 && fb != 0 && fa != fb {
        return true;
    }
    if a.sentence != b.sentence {
        if let (Some(x), Some(y)) = (strs.location(a.location), strs.location(b.location)) {
            let events = a.event_article || b.event_article;
            if !events && places_differ(x, y) && !places::is_region(x) && !places::is_region(y) {
                return true;
            }
        }
    }
    false
}

/// Whether candidate `b` restates the kept figure `fa` (first stated by candidate `a`).
fn same_fact(
    a: &Candidate,
    fa: &Candidate,
    b: &Candidate,
    bi: usize,
    summary: bool,
    strs: &Strings,
) -> bool {
    let fb = b;
    if fa.kind != fb.kind || fa.rate != fb.rate || fa.value != fb.value {
        return false;
    }
    // A range restates only the same range: "between 80 and 120" is not "more than 100".
    if (is_range(fa) || is_range(fb)) && (fa.min, fa.max) != (fb.min, fb.max) {
        return false;
    }
    // The signals that tell two events apart read the text: asked last, only of a pair the
    // cheap tests call one fact (a long document has many pairs with one kind and value).
    let told_apart = || distinct(a, b, a.headline && summary, strs);
    if a.event_article || b.event_article {
        return a.event_article
            && b.event_article
            && ((a.sentence == b.sentence && a.clause == b.clause)
                || strs.evidence(fa).eq_ignore_ascii_case(strs.evidence(fb))
                || cordon_and_encounter(strs.evidence(fa), strs.evidence(fb), a, b))
            && !told_apart();
    }
    // A part of a later running total may restate an earlier fact; other parts are their own.
    let b_part = b.part && b.parent.is_none_or(|p| p <= bi);
    // "killed more than 50 of the raiders... More than 50 bandits were neutralised": a part of
    // no stated whole may be restated by a plain figure.
    // "100 people, including nine aid workers, were killed... nine of its staff were killed":
    // a plain figure of two or more of the same side, in a later sentence, restates a part.
    let restated_part = !b.part
        && a.sentence < b.sentence
        && fa.value >= 2
        && fa.subject == fb.subject
        && fa.subject.is_some_and(|s| s != Subject::Unspecified);
    let a_part = a.part && (a.parent.is_some() || b.part) && !restated_part;
    if a_part || b_part {
        return false;
    }
    // One casualty restated keeps its noun ("a soldier... the soldier"); two different single
    // casualties are two facts.
    if fa.value == 1 && a.head != 0 && b.head != 0 && a.head != b.head {
        return false;
    }
    let subjects_agree = subjects_agree(fa.subject, fb.subject);
    let periods_agree = match (strs.period(fa.period), strs.period(fb.period)) {
        (Some(x), Some(y)) => x == y || x.starts_with(y) || y.starts_with(x),
        _ => true,
    };
    subjects_agree && periods_agree && !told_apart()
}

#[cfg(test)]
mod tests {
    /// Which cue lists a sentence says: 1 a running total, 2 another event.
    #[test]
    fn sentence_cues() {
        for (text, bits) in [
            ("With this, 218 Maoists have been killed so far.", 1),
            ("Troops killed four more khwarij in a separate raid.", 2),
            ("Another 4 surrendered, bringing the total to 30.", 3),
            ("Troops killed 4 terrorists.", 0),
            ("With 4 dead, this was the worst day.", 0),
            ("It was taking place in the hills.", 0),
            ("with", 0),
            ("", 0),
        ] {
            let toks = super::super::tokens::tokenize(text, &mut 0);
            assert_eq!(super::SENTENCE_CUES.scan(&toks), bits, "{text}");
        }
    }

    /// Sentences that open with a new incident.
    #[test]
    fn new_incident_openers() {
        for (text, fresh) in [
            ("In another operation, troops killed 4.", true),
            ("Elsewhere, two soldiers died.", true),
            ("Meanwhile, elsewhere, two soldiers died.", true),
            ("In a separate raid, police held 3.", true),
            ("In a similar incident, 2 were hurt.", true),
            ("Separately, four Maoists surrendered.", true),
            ("Meanwhile, in a separate incident, 2 died.", true),
            ("Meanwhile, police said 3 were held.", false),
            ("On Tuesday, in another raid, police held 3.", true),
            ("Later, separately, two were hurt.", true),
            (
                "Police said on Tuesday, in another statement, 3 died.",
                false,
            ),
            ("Troops killed 4 in another operation.", false),
            ("In a raid, police held 3.", false),
            ("", false),
        ] {
            let toks = super::super::tokens::tokenize(text, &mut 0);
            assert_eq!(super::opens_new_incident(&toks, text), fresh, "{text}");
        }
    }

    /// Places that tell two events apart, and words that set a second count beside a first.
    #[test]
    fn places_and_contrasts() {
        for (x, y, differ) in [
            ("Kech", "Panjgur", true),
            ("Khyber-Pakhtunkhwa’s Tank", "Tank", false),
            ("Lakki Marwat", "Marwat", false),
            ("Sukma", "SUKMA", false),
        ] {
            assert_eq!(super::places_differ(x, y), differ, "{x} {y}");
        }
        for (place, region) in [
            ("Balochistan", true),
            ("North Waziristan", true),
            ("Niger State", true),
            ("Kech", false),
            ("Sukma", false),
        ] {
            assert_eq!(super::places::is_region(place), region, "{place}");
        }
        for (between, contrast) in [
            (" in May, while Balochistan also recorded ", true),
            (" in 2023, whereas ", true),
            (" and police said ", false),
            ("", false),
        ] {
            assert_eq!(super::contrasted(between), contrast, "{between}");
        }
    }

    fn kept(s: &str) -> Vec<String> {
        crate::extract::extract(s)
            .figures
            .iter()
            .map(|f| format!("{} {}", f.kind.as_str(), f.value))
            .collect()
    }

    macro_rules! keeps {
        ($name:ident, $input:expr, [$($e:expr),* $(,)?]) => {
            #[test]
            fn $name() {
                let expected: Vec<&str> = vec![$($e),*];
                assert_eq!(kept($input), expected, "{}", $input);
            }
        };
    }

    keeps!(
        part_of_no_whole_restated,
        "Troops killed over 40 of the raiders. Over 40 bandits were neutralised, the army said.",
        ["killed 40"]
    );
    #[test]
    fn described_people_are_not_parts() {
        let d = crate::extract::extract(
            "Bandits killed 18 villagers. Troops later killed seven of the bandits.",
        );
        let subsets: Vec<Option<usize>> = d.figures.iter().map(|f| f.subset_of).collect();
        assert_eq!(subsets, vec![None, None]);
    }

    #[test]
    fn list_items_are_not_parts_of_each_other() {
        let d = crate::extract::extract("The dead included 12 soldiers and four policemen.");
        let subsets: Vec<Option<usize>> = d.figures.iter().map(|f| f.subset_of).collect();
        assert_eq!(subsets, vec![None, None]);
    }

    keeps!(
        headline_restated_as_part,
        "Eight soldiers martyred in ambush\nAt least 12 people, including eight FC personnel, were martyred.",
        ["killed 8", "killed 12"]
    );
    #[test]
    fn headline_part_links_to_its_whole() {
        let d = crate::extract::extract(
            "Eight soldiers martyred in ambush\nAt least 12 people, including eight FC personnel, were martyred.",
        );
        let subsets: Vec<Option<usize>> = d.figures.iter().map(|f| f.subset_of).collect();
        assert_eq!(subsets, vec![Some(1), None]);
    }
    keeps!(
        body_parts_not_merged_with_body,
        "Troops killed 8 militants in Kech on Monday. In Zhob, 12 militants, including 8 commanders, were killed.",
        ["killed 8", "killed 12", "killed 8"]
    );
    keeps!(
        parts_stay_parts,
        "Police held 9 men. Four of them were freed. Four of those held were minors.",
        ["arrested 9", "rescued 4", "arrested 4"]
    );
}
