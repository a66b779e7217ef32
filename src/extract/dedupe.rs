//! Each fact once: merges restatements (a headline and its body sentence, the same number with a
//! different hedge) and links parts to their totals by index.
//!
//! Two figures state one fact when kind, rate and value agree, their subjects agree (or one is
//! `unspecified`), their periods do not differ, and neither is a part of a larger figure. An
//! event stated with an article ("an attack") is one fact with another such event of its sentence
//! or with the same words elsewhere. A part equal to its whole is the whole restated.

use super::model::{Figure, Subject};

/// A figure with what dedupe needs to know about where it came from.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub figure: Figure,
    pub sentence: usize,
    /// Index (in the candidates) of the figure this is a part of.
    pub parent: Option<usize>,
    /// A part, with or without a known parent.
    pub part: bool,
    /// An event stated with "a"/"an"/"another".
    pub event_article: bool,
    /// The clause of its sentence (clauses split at ";" and ", and").
    pub clause: usize,
    /// A hash of the head noun, lowercase; 0 for none.
    pub head: u64,
    /// Stated in a headline: one of the first lines, with no full stop.
    pub headline: bool,
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
///
/// Each kept figure is moved out of its candidate (its strings are not copied); only the other
/// fields of a kept candidate are read afterwards.
pub fn dedupe(cands: &mut [Candidate], steps: &mut u64) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::with_capacity(cands.len());
    // Candidate index -> output index.
    let mut map: Vec<usize> = Vec::with_capacity(cands.len());
    // Output index -> the candidate that first stated it, and its parent candidate.
    let mut out_cand: Vec<usize> = Vec::with_capacity(cands.len());
    let mut out_parent: Vec<Option<usize>> = Vec::with_capacity(cands.len());
    for ci in 0..cands.len() {
        let c = &cands[ci];
        let f = &c.figure;
        // A part equal to its (earlier) whole is the whole restated.
        if let Some(p) = c.parent.filter(|&p| p < ci) {
            let po = map[p];
            if out[po].value == f.value && out[po].kind == f.kind {
                map.push(po);
                continue;
            }
        }
        // A part with no known whole that equals an earlier figure restates it.
        let mut merged = None;
        if c.part && c.parent.is_none() {
            merged = (0..out.len()).rev().take(16).find(|&oi| {
                *steps += 1;
                let o = &out[oi];
                o.kind == f.kind
                    && o.rate == f.rate
                    && o.value == f.value
                    && !cands[out_cand[oi]].event_article
                    && subjects_agree(o.subject, f.subject)
            });
        }
        // A part restating a headline figure: "Eight soldiers martyred" over "12 people,
        // including eight FC personnel, were martyred" is one fact, a part of the 12.
        let mut headline = false;
        if c.part && c.parent.is_some_and(|p| p < ci) && c.sentence > 0 {
            merged = (0..out.len()).rev().take(16).find(|&oi| {
                *steps += 1;
                let oc = &cands[out_cand[oi]];
                let o = &out[oi];
                oc.headline
                    && oc.sentence < c.sentence
                    && !oc.part
                    && !oc.event_article
                    && o.kind == f.kind
                    && o.rate == f.rate
                    && o.value == f.value
                    && o.subject == f.subject
                    && f.subject.is_some_and(|s| s != Subject::Unspecified)
            });
            headline = merged.is_some();
        }
        // Bounded lookback keeps this linear on long inputs.
        if merged.is_none() {
            for oi in (0..out.len()).rev().take(64) {
                *steps += 1;
                let oc = &cands[out_cand[oi]];
                if same_fact(oc, &out[oi], c, ci) {
                    merged = Some(oi);
                    break;
                }
            }
        }
        match merged {
            Some(oi) => {
                if out[oi].subject == Some(Subject::Unspecified)
                    && f.subject.is_some_and(|s| s != Subject::Unspecified)
                {
                    out[oi].subject = f.subject;
                }
                if out[oi].period.is_none() {
                    out[oi].period.clone_from(&f.period);
                }
                if out[oi].location.is_none() {
                    out[oi].location.clone_from(&f.location);
                }
                if out_parent[oi].is_none() {
                    out_parent[oi] = c.parent.filter(|&p| p > ci || headline);
                }
                map.push(oi);
            }
            None => {
                map.push(out.len());
                out_cand.push(ci);
                out_parent.push(c.parent);
                // Move the strings out, then copy the rest (empty strings copy for free).
                let g = &mut cands[ci].figure;
                let text = std::mem::take(&mut g.evidence.text);
                let period = g.period.take();
                let location = g.location.take();
                let mut kept = g.clone();
                kept.evidence.text = text;
                kept.period = period;
                kept.location = location;
                out.push(kept);
            }
        }
    }
    // Parts: the known parent, else the nearest earlier whole of the same kind that is larger.
    for oi in 0..out.len() {
        let c = &cands[out_cand[oi]];
        if !c.part && out_parent[oi].is_none() {
            // A smaller count of the same kind and side after a total, with no other date:
            // "killed 10 terrorists... three terrorists were neutralised in Katsina".
            let f = &out[oi];
            if c.event_article || f.rate.is_some() || f.approx || f.vague || f.value < 2 {
                continue;
            }
            let whole = (0..oi).rev().take(64).find(|&p| {
                let pc = &cands[out_cand[p]];
                let o = &out[p];
                !pc.part
                    && !pc.event_article
                    && pc.sentence != c.sentence
                    && !o.vague
                    && out_parent[p].is_none()
                    && o.subset_of.is_none()
                    && o.kind == out[oi].kind
                    && o.rate.is_none()
                    && o.value > out[oi].value
                    && o.subject == out[oi].subject
                    && match (&o.period, &out[oi].period) {
                        (Some(a), Some(b)) => b.starts_with(a.as_str()),
                        _ => true,
                    }
            });
            out[oi].subset_of = whole;
            continue;
        }
        let mut target = out_parent[oi].map(|p| map[p]).filter(|&p| p != oi);
        if target.is_none() {
            // Not a sibling: "The dead included 12 soldiers and four policemen".
            target = (0..oi).rev().take(64).find(|&p| {
                let pc = &cands[out_cand[p]];
                out[p].kind == out[oi].kind
                    && out[p].value > out[oi].value
                    && out[p].rate.is_none()
                    && !(pc.part && pc.sentence == c.sentence && pc.parent == c.parent)
            });
        }
        out[oi].subset_of = target;
    }
    out
}

fn subjects_agree(a: Option<Subject>, b: Option<Subject>) -> bool {
    a == b || a == Some(Subject::Unspecified) || b == Some(Subject::Unspecified)
}

/// Whether candidate `b` restates the kept figure `fa` (first stated by candidate `a`).
fn same_fact(a: &Candidate, fa: &Figure, b: &Candidate, bi: usize) -> bool {
    let fb = &b.figure;
    if fa.kind != fb.kind || fa.rate != fb.rate || fa.value != fb.value {
        return false;
    }
    if a.event_article || b.event_article {
        return a.event_article
            && b.event_article
            && ((a.sentence == b.sentence && a.clause == b.clause)
                || fa.evidence.text.eq_ignore_ascii_case(&fb.evidence.text));
    }
    // A part of a later running total may restate an earlier fact; other parts are their own.
    let b_part = b.part && b.parent.is_none_or(|p| p <= bi);
    // "killed more than 50 of the raiders... More than 50 bandits were neutralised": a part of
    // no stated whole may be restated by a plain figure.
    let a_part = a.part && (a.parent.is_some() || b.part);
    if a_part || b_part {
        return false;
    }
    // One casualty restated keeps its noun ("a soldier... the soldier"); two different single
    // casualties are two facts.
    if fa.value == 1 && a.head != 0 && b.head != 0 && a.head != b.head {
        return false;
    }
    let subjects_agree = subjects_agree(fa.subject, fb.subject);
    let periods_agree = match (&fa.period, &fb.period) {
        (Some(x), Some(y)) => x == y || x.starts_with(y.as_str()) || y.starts_with(x.as_str()),
        _ => true,
    };
    subjects_agree && periods_agree
}

#[cfg(test)]
mod tests {
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
