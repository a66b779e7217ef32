//! Binding numbers to what they count: finds each number phrase, its noun phrase, its kind (from
//! the noun, a verb before or after it, or the list it belongs to) and its subject.
//!
//! ```text
//! mention  = [verb-before | of-noun ("of"|"to") [det]] amount np [pp] [appos] [aux* verb-after]
//! np       = modifier* head                    "two suicide bombers", "15 fully armed NPA rebels"
//! head     = person noun | counted kind noun   "terrorists", "operations", "deaths"
//! pp       = "of" det? modifier* noun          "members of ISIS-K", "jawans of the DRG (DRG)"
//! appos    = "(" ... ")" | "–" ... "–" | ", including" ... ","
//! verb     = kind verb | phrase verb          "killed", "were sent to hell", "lost their lives"
//! coord    = mention ("and" | ",") mention verb-after     "three soldiers and two civilians were killed"
//! list     = mention ... ("including" | "comprising" | "among them") mention ("," | "and") mention...
//! partitive= amount "of" ("the"|"these"|"them") [verb] np   "73 of the killed terrorists"
//! total    = ("bringing" | "brought") ["the" ("total"|"toll"|"number") [participle] ...] "to"
//!            amount                                  "bringing the total killed since May to 96"
//! compared = ("up from" | "as against" | "compared with" | ", from") amount [reported-as]
//!                                                    "up from 38 announced a day earlier"
//! each     = amount "each" ("from"|"in"|"at"|"of") ... "and" ...   "three each from the DRG and
//!                                                                 the STF": two counts, parts
//! cases    = amount ("cases"|"instances"|"incidents") "of" modifier* event-noun
//!                                                                 "46 cases of kidnapping"
//! ```
//!
//! Windows are bounded (a noun phrase is at most 8 tokens, a verb is looked for at most 24
//! tokens on), so the work is linear in the input.

use super::lexicon::{
    self, is_ly_adverb, Cls, Entry, BARE_STATES, CASE_NOUNS, COMPARED_LEADS, CROWDS, NAME_LEADS,
    NAME_TAILS, NOUN_ADJECTIVES, PHRASE_VERBS, REPORTED_AS, SPORT_WORDS, TARGET_PLACES,
};
use super::model::{Kind, Rate, Subject};
use super::numbers::{self, Amount};
use super::tokens::{TokKind, Token};
use super::words::{self, in_set, is_word, w, ws, Word, WordSet, NO_WORD};

/// One counted fact found in the text, before dates, places and repeats are settled.
#[derive(Debug, Clone)]
pub struct Mention {
    pub amount: Amount,
    pub kind: Option<Kind>,
    pub subject: Option<Subject>,
    pub rate: Option<Rate>,
    /// Evidence, in tokens `ev_start..ev_end`.
    pub ev_start: usize,
    pub ev_end: usize,
    /// The sentence it is in.
    pub sentence: usize,
    /// Index (in the mentions) of the larger figure this is part of.
    pub parent: Option<usize>,
    /// A part of some larger figure, found or not.
    pub part: bool,
    /// A bare "a"/"an"/"another" with an event noun.
    pub event_article: bool,
    /// "bringing the total to N".
    pub total: bool,
    /// The token of a time told right after a bare number ("up from 52,874 in 2024"): its own
    /// period, when it states one, not the sentence's first; 0 for none.
    pub when: u32,
    /// The clause of its sentence: clauses split at ";" and ", and"/", while"/", but".
    pub clause: usize,

    /// The head noun's token, when there is one.
    pub head: Option<usize>,
    /// A partitive whose whole is named by a kind word: "two of those held", "two of the
    /// injured". A part of a count, never the restatement of another figure.
    pub of_counted: bool,

    // Binding state.
    np_end: usize,
    after: usize,
    cue: Option<(Subject, u8)>,
    head_subject: Option<(Subject, u8)>,
    contextual: bool,
    peoplelike: bool,
    count_noun: bool,
    martyr: bool,
    hell: bool,
    soft_rescue: bool,
    /// The head says only sex or age: "women", "boys", "minors".
    demographic: bool,
    /// The head is "people", "persons" or "individuals", which martyrdom gives no side.
    people_word: bool,
    /// Set free by militants named just before the verb: "Rebels freed 30 soldiers", "The ELN
    /// released 14 soldiers".
    by_captors: bool,
    /// A force named just before the verb that set them free: its own people freed.
    by_force: bool,
    /// The head is prisoners, inmates or detainees.
    prisoners: bool,
    skipped: bool,
    verb_next: bool,
    /// Its kind's verb comes right after its noun phrase, after auxiliaries only: "six militants
    /// surrendered", "three soldiers injured".
    verb_close: bool,
    local: bool,
    from_before: bool,
    murder: bool,
    np_subject: Option<Subject>,
    list_intro: bool,
    partitive_kind: Option<Kind>,
    /// The kind named by a partitive's whole: "six of those arrested".
    whole_kind: Option<Kind>,
    /// One of the two counts of "three each from A and B": 1 the first, 2 the second.
    each: u8,
    /// Its side is named by a copula with no noun of its own: "six were policemen".
    copula: bool,
}

impl Mention {
    /// A mention of `amount` in sentence `sentence`, before anything is bound to it: its evidence
    /// and noun phrase are the amount itself.
    fn new(amount: Amount, sentence: usize) -> Mention {
        Mention {
            amount,
            kind: None,
            subject: None,
            rate: None,
            ev_start: amount.start,
            ev_end: amount.end,
            sentence,
            parent: None,
            part: false,
            event_article: false,
            total: false,
            when: 0,
            clause: 0,
            head: None,
            np_end: amount.end,
            after: amount.end,
            cue: None,
            head_subject: None,
            contextual: false,
            peoplelike: false,
            count_noun: false,
            martyr: false,
            hell: false,
            soft_rescue: false,
            demographic: false,
            people_word: false,
            by_captors: false,
            by_force: false,
            prisoners: false,
            skipped: false,
            verb_next: false,
            verb_close: false,
            local: false,
            from_before: false,
            murder: false,
            np_subject: None,
            list_intro: false,
            partitive_kind: None,
            whole_kind: None,
            of_counted: false,
            each: 0,
            copula: false,
        }
    }
}

/// Finds every mention in the text, into buffers the caller reuses (cleared first): the
/// mentions, and room for the renumbering of their parent links.
pub fn find_into(
    src: &str,
    toks: &[Token],
    sents: &[(usize, usize)],
    opens: &[usize],
    out: &mut Vec<Mention>,
    new_index: &mut Vec<usize>,
    steps: &mut u64,
) {
    out.clear();
    out.reserve(toks.len() / 16 + 4);
    // Whether the document says its victims are civilians: looked for once, when first needed.
    let mut doc_civilian: Option<bool> = None;
    // The next of the tokens that may open a number phrase.
    let mut k = 0;
    let openers = lexicon::openers();
    for (si, &(a, b)) in sents.iter().enumerate() {
        let first = out.len();
        *steps += (b - a) as u64;
        // A candidate never reads past its sentence, but `i` may skip openers inside it.
        let mut i = a;
        while let Some(&j) = opens.get(k).filter(|&&j| j < b) {
            k += 1;
            // A lead-in word ("at", "as") with no amount close after it opens nothing.
            let lone = openers.leads_in(toks[j].lex)
                && opens
                    .get(k)
                    .is_none_or(|&n| n >= b || n > j + lexicon::LEAD_REACH);
            if j >= i && !lone {
                i = candidate(src, toks, j, a, b, si, out, first, steps).unwrap_or(j + 1);
            }
        }
        if first == out.len() {
            continue;
        }
        clauses(toks, &mut out[first..], a);
        lists(toks, out, first, a, steps);
        // Only a sideless "people" asks whether the victims are civilians.
        let civ = out[first..].iter().any(|m| m.peoplelike)
            && (*doc_civilian.get_or_insert_with(|| doc_says_civilians(toks, steps))
                || sentence_is_civilian(toks, a, b, steps));
        subjects(toks, out, first, civ);
        // "two strikes in the 31st over": play, not operations or attacks.
        let events = |m: &Mention| matches!(m.kind, Some(Kind::Operations | Kind::Attacks));
        if out[first..].iter().any(events) && sentence_is_sport(toks, a, b, steps) {
            for m in out[first..].iter_mut().filter(|m| events(m)) {
                m.kind = None;
            }
        }
    }
    // Drop mentions with no kind, renumbering the parent links.
    new_index.clear();
    new_index.resize(out.len(), usize::MAX);
    let mut n = 0;
    for (i, m) in out.iter().enumerate() {
        if m.kind.is_some() {
            new_index[i] = n;
            n += 1;
        }
    }
    out.retain(|m| m.kind.is_some());
    for m in out.iter_mut() {
        m.parent = m.parent.map(|p| new_index[p]).filter(|&p| p != usize::MAX);
    }
}

#[inline]
fn entry(t: &Token) -> &'static Entry {
    lexicon::entry(t.lex)
}

/// A person noun that is no counted kind noun: "women", "soldiers", not "deaths".
#[inline]
fn is_person_noun(t: &Token) -> bool {
    let e = entry(t);
    e.person && e.noun.is_none()
}

/// Numbers each mention's clause within its sentence (mentions in text order).
fn clauses(toks: &[Token], ms: &mut [Mention], sa: usize) {
    let mut j = sa;
    let mut clause = 0;
    for m in ms.iter_mut() {
        while j < m.amount.start {
            if toks[j].is_punct(b';')
                || (toks[j].is_punct(b',')
                    && is_word(toks, j + 1, w!["and", "while", "but", "whereas"]))
            {
                clause += 1;
            }
            j += 1;
        }
        m.clause = clause;
    }
}

#[allow(clippy::too_many_arguments)]
fn candidate(
    src: &str,
    toks: &[Token],
    i: usize,
    sa: usize,
    sb: usize,
    si: usize,
    out: &mut Vec<Mention>,
    first: usize,
    steps: &mut u64,
) -> Option<usize> {
    // The mentions before, in this sentence.
    let prev: &[Mention] = out.get(first..).unwrap_or_default();
    // `find` calls it only where `tokens::may_open` holds.
    let t = &toks[i];
    let mut amount;
    let mut another = false;
    // "a monthly average of over 500 killings": a rate said before the number.
    let mut rate_before = None;
    // The openers below are words; a number (most candidates) goes straight to the last case.
    let word = t.word != NO_WORD;
    if word && is_word(toks, i, w!["another"]) {
        // "another 28", "another separate attack".
        if let Some(mut a) = numbers::parse(src, toks, i + 1, sb, steps).filter(|a| !a.article) {
            a.start = i;
            amount = a;
        } else {
            amount = Amount {
                article: true,
                ..numbers::exact(i, i + 1, 1)
            };
            if toks.get(i + 1).is_some_and(|t| t.is_punct(b',')) {
                amount.end = i + 2;
            }
        }
        another = true;
    } else if word
        && is_word(toks, i, w!["other"])
        && i > sa
        && is_word(toks, i - 1, w!["the"])
        && toks.get(i + 1).is_some_and(|n| {
            let e = entry(n);
            n.kind == TokKind::Word && (e.verb.is_some() || e.cls == Cls::Aux)
        })
    {
        // "one was killed and the other caught": the second of two.
        amount = Amount {
            start: i - 1,
            ..numbers::exact(i, i + 1, 1)
        };
    } else if word
        && is_word(toks, i, w!["a", "an", "the"])
        && is_word(toks, i + 1, w!["equal", "similar", "same"])
        && is_word(toks, i + 2, w!["number"])
    {
        // "an equal number of soldiers", "and an equal number injured": the number before it.
        let p = prev.last()?;
        amount = p.amount;
        amount.start = i;
        amount.num_start = i;
        amount.end = if is_word(toks, i + 3, w!["of"]) {
            i + 4
        } else {
            i + 3
        };
    } else if word
        && is_word(toks, i, w!["a", "an"])
        && is_word(toks, i + 1, w!["total", "average"])
        && is_word(toks, i + 2, w!["of"])
    {
        amount = numbers::parse(src, toks, i + 3, sb, steps)?;
        if amount.article {
            return None;
        }
        amount.start = i;
    } else if word
        && is_word(toks, i, w!["a", "an"])
        && is_word(toks, i + 2, w!["average"])
        && is_word(toks, i + 3, w!["of"])
        && is_word(
            toks,
            i + 1,
            w!["daily", "weekly", "monthly", "yearly", "annual"],
        )
    {
        amount = numbers::parse(src, toks, i + 4, sb, steps)?;
        if amount.article {
            return None;
        }
        amount.start = i;
        // "annual" is no rate word after a count, but is one here.
        rate_before = rate_word(toks, i + 1).or(Some(Rate::Year));
    } else if let Some(end) = word.then(|| ordinal_pronoun(toks, i, sa, sb)).flatten() {
        // "killed two soldiers and wounded a third": one more.
        amount = Amount {
            start: i,
            ..numbers::exact(i + 1, end, 1)
        };
    } else {
        // "turned over 18 firearms": a particle, not a hedge.
        if is_word(toks, i, w!["over"])
            && i > sa
            && in_set(
                toks,
                i - 1,
                ws![
                    "turned", "handed", "hand", "turn", "handing", "turning", "took", "taken",
                    "taking", "take"
                ],
            )
        {
            return None;
        }
        // "the toll has gone up to 12": a particle, not a hedge; the number after "to" is read.
        if is_word(toks, i, w!["up"]) && gone_up(toks, i, sa) {
            return None;
        }
        amount = numbers::parse(src, toks, i, sb, steps)?;
        if amount.article && is_word(toks, i + 1, w!["few", "number", "series", "couple"]) {
            return None;
        }
    }
    if amount.article && !another {
        // An article before a number: "an impressive 59,775"; but "a 2023 suicide attack".
        if let Some(n) = toks.get(i + 1) {
            if n.kind == TokKind::Number && !is_year(src, n) {
                return None;
            }
        }
    }
    if !another && distractor(toks, &amount, sa, sb) {
        return None;
    }
    let mut m = Mention::new(amount, si);
    // Partitive: "73 of the killed terrorists", "one of these".
    let mut np_from = amount.end;
    // The side of the people "of them" refers to.
    let mut anaphor = None;
    // The whole of a partitive has a number: "3,422 of the 6,000 ...".
    let mut counted_whole = false;
    if amount.article && toks.get(np_from).is_some_and(|n| is_year(src, n)) {
        np_from += 1;
    }
    if !amount.of
        && !amount.article
        && is_word(toks, np_from, w!["of"])
        && in_set(
            toks,
            np_from + 1,
            ws!["the", "these", "those", "them", "whom", "which"],
        )
    {
        m.part = true;
        if is_word(toks, np_from + 1, w!["them", "whom"]) {
            anaphor = antecedent_side(toks, amount.start, sa);
            if anaphor.is_none() && things_before(toks, amount.start, sa) {
                return None;
            }
        }
        let of_the = is_word(toks, np_from + 1, w!["the"]);
        np_from += 2;
        // "one of the most wanted terrorists": a description of one named person.
        if in_set(
            toks,
            np_from,
            ws!["most", "top", "best", "worst", "key", "main"],
        ) {
            return None;
        }
        // "152 of the dead and wounded": one number for both kinds is a figure of neither.
        let hurt = |k: usize| {
            toks.get(k).is_some_and(|t| {
                let e = entry(t);
                t.kind == TokKind::Word
                    && matches!(e.verb.or(e.noun), Some(Kind::Killed | Kind::Injured))
            })
        };
        if hurt(np_from) && is_word(toks, np_from + 1, w!["and", "or"]) && hurt(np_from + 2) {
            return None;
        }
        // "45 of the 60 abducted students": the whole's number is skipped.
        if let Some(whole) = numbers::parse(src, toks, np_from, sb, steps).filter(|w| !w.article) {
            np_from = whole.end;
            counted_whole = true;
        }
        if let Some(t) = toks.get(np_from) {
            if let Some(k) = entry(t).verb {
                if toks.get(np_from + 1).is_some_and(|n| entry(n).is_head()) {
                    m.partitive_kind = Some(k);
                } else {
                    // "two of the injured succumbed": the participle names the whole, not
                    // this figure's kind, unless no verb follows ("six of those arrested were
                    // Afghans").
                    m.whole_kind = Some(k);
                    np_from += 1;
                }
                m.of_counted = true;
            }
        }
        // "three of the PREPAK and two of the KCP": a group's name with no noun after it still
        // counts a part of the people before.
        let name_alone = toks.get(np_from).is_some_and(|t| {
            !entry(t).is_head()
                && toks.get(np_from + 1).is_none_or(|n| {
                    n.kind != TokKind::Word || (!entry(n).is_head() && entry(n).subject.is_none())
                })
        });
        // "seven of the bandits": people described, not a part of a counted figure.
        if of_the
            && !counted_whole
            && m.partitive_kind.is_none()
            && m.whole_kind.is_none()
            && !name_alone
            && toks
                .get(np_from)
                .is_some_and(|t| t.kind == TokKind::Word && entry(t).subject.is_some())
        {
            m.part = false;
        }
    } else if !amount.of
        && !amount.article
        && is_word(toks, np_from, w!["of"])
        && is_word(toks, np_from + 1, w!["his", "its", "their", "our"])
        // "four of our gallant soldiers": adjectives before the people.
        && (np_from + 2..(np_from + 5).min(sb))
            .take_while(|&j| {
                let e = entry(&toks[j]);
                toks[j].kind == TokKind::Word && (e.person || (e.cls == Cls::Plain && e.verb.is_none() && e.num == 0))
            })
            .any(|j| entry(&toks[j]).person)
    {
        // "three of his accomplices": people of someone, not a part of a figure.
        np_from += 2;
    } else if amount.of && is_word(toks, np_from, w!["them", "whom"]) {
        // "dozens of them", "scores of whom".
        m.part = true;
        anaphor = antecedent_side(toks, amount.start, sa);
        np_from += 1;
    } else if amount.of && is_word(toks, np_from, w!["its", "their", "his", "the"]) {
        // "a few of its commanders", "dozens of the attackers".
        np_from += 1;
    }
    // "59 out of (the) (total) 93 incidents": a part; the noun comes after the whole.
    if is_word(toks, np_from, w!["out"]) && is_word(toks, np_from + 1, w!["of"]) {
        let mut k = np_from + 2;
        while is_word(toks, k, w!["the", "a", "total", "of"]) {
            k += 1;
        }
        if let Some(whole) = numbers::parse(src, toks, k, sb, steps).filter(|w| !w.article) {
            m.part = true;
            np_from = whole.end;
        }
    }
    // "Of the terrorists arrested, 312 belonged to the TTP": a part of a breakdown that opens
    // its sentence, whatever follows the number.
    if amount.start >= sa + 4
        && amount.start <= sa + 8
        && toks[amount.start - 1].is_punct(b',')
        && is_word(toks, sa, w!["of"])
        && is_word(toks, sa + 1, w!["the", "those", "these"])
        && (sa + 2..amount.start - 1).all(|j| toks[j].kind == TokKind::Word)
    {
        m.part = true;
    }
    // "71 Maoists surrendered, of whom 30 were women", "54 attacks, of which 33 took place in
    // the tribal districts": a part of the figure before.
    if amount.start >= sa + 2
        && is_word(toks, amount.start - 1, w!["whom", "which"])
        && is_word(toks, amount.start - 2, w!["of"])
    {
        m.part = true;
    }
    // "an average of over 140 every week": a rate, with no noun phrase; "captured two alive":
    // a state, with none either.
    let rate_next = is_word(toks, np_from, w!["every", "each", "per"])
        && toks
            .get(np_from + 1)
            .is_some_and(|t| matches!(entry(t).cls, Cls::Period(_)));
    let state_next = np_from == amount.end && is_word(toks, np_from, BARE_STATES);
    // "three each from the DRG and the STF": one count for each of two groups.
    let each = np_from == amount.end
        && !amount.article
        && !rate_next
        && is_word(toks, np_from, w!["each"])
        && is_word(toks, np_from + 1, w!["from", "in", "at", "of"]);
    let two_groups = each
        && (np_from + 2..(np_from + 10).min(sb))
            .take_while(|&j| toks[j].kind == TokKind::Word)
            .any(|j| is_word(toks, j, w!["and"]));
    if each {
        np_from += 1;
    }
    if let Some((k, ev)) = case_of(toks, np_from, sb).filter(|_| !amount.of) {
        // "46 cases of kidnapping": a count of events of the kind named after "of".
        m.kind = Some(k);
        m.head = Some(ev);
        m.np_end = ev + 1;
        m.after = ev + 1;
    } else if rate_next || state_next || each {
        m.np_end = np_from;
        m.after = np_from;
        m.contextual = true;
    } else {
        noun_phrase(src, toks, np_from, sb, &mut m, steps);
    }
    // "recovered 3,422 of the 6,000 weapons looted": a part of things, not of people.
    if counted_whole && m.head.is_none() && m.skipped {
        return None;
    }
    if m.head.is_none() && m.cue.is_none() {
        m.cue = anaphor;
    }
    // "up from 38 announced a day earlier": the source or moment of a count told before, not
    // a noun the number counts.
    if m.skipped
        && m.head.is_none()
        && np_from == amount.end
        && amount.start > sa
        && is_word(toks, np_from, REPORTED_AS)
        && is_word(
            toks,
            amount.start - 1,
            w!["from", "with", "to", "at", "against", "versus"],
        )
    {
        m.skipped = false;
    }
    if m.head.is_none() && ((np_from != amount.end && !each) || m.skipped) && !m.part {
        return None;
    }
    if m.part && m.head.is_none() {
        m.np_end = np_from;
        m.after = np_from;
        m.contextual = true;
        // "12 militants, five of whom had rewards on their heads": what some of them have or
        // carry describes them; it counts none of the kinds (a breakdown says what they were).
        // "had been killed" is a verb phrase, "also had" an aside.
        let k = if is_word(toks, np_from, w!["also", "each", "all"]) {
            np_from + 1
        } else {
            np_from
        };
        if in_set(toks, k, PART_ASIDES)
            && !toks.get(k + 1).is_some_and(|t| {
                let e = entry(t);
                e.cls == Cls::Aux || e.verb.is_some()
            })
        {
            return None;
        }
    }
    if m.head.is_none() && amount.of && !m.part {
        return None;
    }
    // "two of them were in critical condition": the state of people counted before.
    if m.head.is_none() && in_condition(toks, m.np_end, sb) {
        return None;
    }
    // A copula complement names the side: "51 were militants", "six were policemen", "40 were
    // army and police personnel"; or the kind: "Of these, 20 were counter-terrorism operations".
    if m.head.is_none() && !amount.article && is_word(toks, m.np_end, w!["were", "was", "are"]) {
        let mut j = m.np_end + 1;
        while j < sb && j < m.np_end + 7 && toks[j].kind == TokKind::Word {
            let e = entry(&toks[j]);
            if let Some(k) = e.noun.filter(|k| !k.has_subject() && !e.person) {
                let modifiers = (m.np_end + 1..j).all(|x| {
                    let e = entry(&toks[x]);
                    e.cls == Cls::Plain || is_word(toks, x, w!["and"])
                });
                if modifiers {
                    m.kind = Some(k);
                    m.head = Some(j);
                    m.contextual = false;
                    m.np_end = j + 1;
                    m.after = j + 1;
                    m.ev_end = j + 1;
                }
                break;
            }
            if e.person {
                m.copula = true;
                // "were Afghan nationals": where they come from, not their side.
                let origin = is_word(toks, j, w!["nationals", "citizens", "residents", "natives"]);
                // "were members of the security forces": the side is the group's.
                let (side, end) = match e.subject {
                    None if is_word(toks, j, w!["members", "member"])
                        && is_word(toks, j + 1, w!["of"]) =>
                    {
                        let lim = (j + 6).min(sb);
                        (j + 2..lim)
                            .take_while(|&x| toks[x].kind == TokKind::Word)
                            .find_map(|x| {
                                let s = entry(&toks[x]).subject?;
                                // To the end of the group's name: "the security forces".
                                let mut end = x + 1;
                                while end < lim
                                    && toks[end].kind == TokKind::Word
                                    && (entry(&toks[end]).person
                                        || entry(&toks[end]).subject.is_some())
                                {
                                    end += 1;
                                }
                                Some((Some(s), end))
                            })
                            .unwrap_or((None, j + 1))
                    }
                    s => (s, j + 1),
                };
                if side.is_some() && !origin {
                    m.head_subject = side;
                    m.contextual = false;
                    m.np_end = end;
                    m.after = end;
                    m.ev_end = end;
                }
                break;
            }
            if e.verb.is_some()
                || matches!(e.cls, Cls::Prep | Cls::Rel)
                || (e.cls == Cls::Conj && !joins_modifiers(toks, j, sb))
            {
                break;
            }
            j += 1;
        }
    }
    // The source of a report, not a count: "a local official said", "two witnesses told".
    if m.head.is_some()
        && in_set(
            toks,
            m.after,
            ws!["said", "says", "told", "added", "stated", "quoted"],
        )
    {
        return None;
    }
    // "dozens of people were still missing": a state, not a kind.
    if m.head.is_some() && missing_after(toks, m.after, sb) {
        return None;
    }
    // A description of a named person: "Ali Raza, 22, a resident of Okara".
    if amount.article
        && i >= sa + 2
        && toks[i - 1].is_punct(b',')
        && (toks[i - 2].kind == TokKind::Number || toks[i - 2].cap())
        && m.head.is_some()
        && (is_word(toks, m.np_end, w!["of", "from"])
            || toks.get(m.np_end).is_some_and(|t| t.is_punct(b',')))
    {
        return None;
    }
    // A description of one person told before: "the bar's owner, a 52-year-old businessman."
    if amount.article
        && i >= sa + 3
        && toks[i - 1].is_punct(b',')
        && toks[i - 2].kind == TokKind::Word
        && (i.saturating_sub(5).max(sa)..i - 2).any(|j| is_word(toks, j, w!["the"]))
        && m.head.is_some()
        && toks
            .get(m.np_end)
            .is_none_or(|t| t.is_punct(b'.') || t.is_punct(b',') || t.is_punct(b')'))
        && m.np_end <= sb
    {
        return None;
    }
    // A negation: "has not recorded a single encounter".
    if amount.article
        && is_word(toks, i + 1, w!["single"])
        && (i.saturating_sub(4).max(sa)..i)
            .any(|j| is_word(toks, j, w!["not", "no", "never", "without"]))
    {
        return None;
    }
    // "100 people, mostly civilians, ...": the apposition names the side of a sideless noun.
    if m.head_subject.is_none()
        && m.head.is_some()
        && toks.get(m.after).is_some_and(|t| t.is_punct(b','))
        && in_set(
            toks,
            m.after + 1,
            ws![
                "mostly",
                "mainly",
                "largely",
                "most",
                "all",
                "many",
                "primarily"
            ],
        )
    {
        let lim = (m.after + 6).min(sb);
        if let Some(s) = (m.after + 2..lim)
            .take_while(|&j| toks[j].kind == TokKind::Word)
            .find_map(|j| entry(&toks[j]).subject.filter(|_| entry(&toks[j]).person))
        {
            m.cue = better(m.cue, (s.0, 2));
        }
    }
    // A mixed group with one number: "310 insurgents and relatives", "205 militants and their
    // families" have no single side.
    if let Some(hs) = m.head_subject.filter(|_| is_word(toks, m.after, w!["and"])) {
        if let Some(end) = bare_noun_phrase(toks, m.after + 1, sb) {
            let mixed = (m.after + 1..end).any(|j| {
                let e = entry(&toks[j]);
                (e.person || e.subject.is_some()) && e.subject.is_none_or(|s| s.0 != hs.0)
            });
            if mixed {
                m.head_subject = None;
                m.cue = None;
            }
        }
    }
    let head_entry = m.head.map(|h| entry(&toks[h]));
    if amount.article && !(another && m.head.is_none()) {
        let he = head_entry?;
        match he.noun {
            Some(k @ (Kind::Operations | Kind::Attacks)) => {
                let hw = toks[m.head?].text(src);
                if is_word(toks, m.head?, w!["incidents", "actions", "encounters"])
                    || hw.ends_with('s') && !is_word(toks, m.head?, w!["ambush"])
                {
                    return None;
                }
                // "waging an offensive against the group since 2021": a campaign, not a count.
                let hb = hw.as_bytes();
                if hb.len() >= 9 && hb[hb.len() - 9..].eq_ignore_ascii_case(b"offensive") {
                    return None;
                }
                if k == Kind::Attacks && figurative_attack(toks, amount.end, m.head?, sb) {
                    return None;
                }
                if i > sa && in_set(toks, i - 1, ws!["such", "like", "of", "what", "was", "is"]) {
                    return None;
                }
                // "described the tax as an attack on farmers": a figure of speech.
                let before = if i > sa + 1 && toks[i - 1].is_punct(b'"') {
                    i - 2
                } else {
                    i.saturating_sub(1)
                };
                if k == Kind::Attacks
                    && i > sa
                    && (is_word(toks, before, w!["as"])
                        || (i.saturating_sub(5).max(sa)..i).any(|j| {
                            in_set(
                                toks,
                                j,
                                ws!["calling", "called", "calls", "call", "termed", "terming"],
                            )
                        }))
                    && is_word(toks, m.np_end, w!["on"])
                    && figurative_target(toks, m.np_end + 1, sb)
                {
                    return None;
                }
                // ", an operation that saved lives": a description in apposition.
                if i > sa
                    && toks[i - 1].is_punct(b',')
                    && is_word(toks, m.np_end, w!["that", "which"])
                {
                    return None;
                }
                m.kind = Some(ambiguous_event(toks, m.head?, sb, k, m.cue));
                m.event_article = true;
                m.ev_end = m.np_end;
                return Some(push(out, m, None, i));
            }
            _ if he.person => {}
            _ => return None,
        }
    }
    // The kind: from the head noun...
    if let Some(he) = head_entry {
        if let Some(k) = he.noun {
            if !(he.person && he.noun == Some(Kind::Killed) && !is_count_word(&toks[m.head?])) {
                m.kind = Some(ambiguous_event(toks, m.head?, sb, k, m.cue));
                m.count_noun = !is_word(toks, m.head?, w!["dead"]);
            }
        }
    }
    // "militants suffered 31 fatalities": the side that suffered the counted deaths.
    if m.count_noun
        && amount.start >= sa + 2
        && in_set(
            toks,
            amount.start - 1,
            ws![
                "suffered",
                "sustained",
                "incurred",
                "suffering",
                "suffer",
                "suffers"
            ],
        )
    {
        let e = entry(&toks[amount.start - 2]);
        if let Some(s) = e.subject.filter(|_| e.person) {
            m.cue = better(m.cue, (s.0, 3));
        }
    }
    let mut out_extra: Option<Mention> = None;
    // ...or "lost five soldiers", "seized 60 worshippers" (a kidnapping by militants, an arrest
    // by a force)...
    if m.kind.is_none() && amount.start > sa && m.head.is_some_and(|h| is_person_noun(&toks[h])) {
        let mut w = amount.start - 1;
        // "lost only a few of its fighters".
        if w > sa && is_word(toks, w, w!["only", "just"]) {
            w -= 1;
        }
        let kind = if is_word(toks, w, w!["lost", "losing", "lose", "loses"]) {
            Some(Kind::Killed)
        } else if is_word(toks, w, w!["seized", "seizing", "seize", "seizes"]) && w > sa {
            match entry(&toks[w - 1]).subject {
                Some((Subject::Militants, _)) => Some(Kind::Kidnapped),
                Some((Subject::SecurityForces, _)) => Some(Kind::Arrested),
                _ => None,
            }
        } else {
            None
        };
        if kind.is_some() {
            m.kind = kind;
            m.from_before = true;
            m.ev_start = w;
            // "the FC had lost nine men": the men are on the side of who lost them.
            if kind == Some(Kind::Killed) {
                if let Some(s) = loser_side(toks, w, sa) {
                    m.cue = better(m.cue, (s, 3));
                }
            }
        }
    }
    // ...or "sent seven terrorists to hell"...
    if m.kind.is_none()
        && amount.start > sa
        && is_word(
            toks,
            amount.start - 1,
            w!["sent", "send", "sends", "sending"],
        )
        && hell_after(toks, m.after, sb).is_some()
    {
        m.kind = Some(Kind::Killed);
        m.from_before = true;
        m.hell = true;
        m.ev_start = amount.start - 1;
        let at = hell_after(toks, m.after, sb).unwrap_or(m.after);
        if at == m.after {
            m.after += 2;
            m.ev_end = m.after;
        }
    }
    // ...or a verb or event noun before it...
    if m.kind.is_none() {
        match kind_before(toks, amount.start, sa) {
            Before::Kind(k, at, w) => {
                m.kind = Some(k);
                m.from_before = true;
                m.ev_start = at;
                note_verb(src, &toks[w], &mut m);
                // "Rebels freed 30 soldiers", "The ELN freed 30 soldiers": captors letting people
                // go; a person noun of a side, or a named group or force.
                if at > sa && toks[at - 1].kind == TokKind::Word {
                    let e = entry(&toks[at - 1]);
                    let side = e.subject.filter(|s| e.person || s.1 >= 2).map(|s| s.0);
                    m.by_captors = side == Some(Subject::Militants);
                    m.by_force = side == Some(Subject::SecurityForces);
                }
                // "the army acknowledged the loss of five men": the side that lost them.
                if is_word(toks, w, w!["loss"]) {
                    if let Some(s) = loser_side(toks, w, sa) {
                        m.cue = better(m.cue, (s, 3));
                    }
                }
                // "Unidentified gunmen picked up three traders": a capture by captors.
                if k == Kind::Arrested
                    && in_set(
                        toks,
                        w,
                        ws!["picked", "captured", "took", "taken", "whisked", "carted", "held"],
                    )
                    && captor_before(toks, w, sa)
                {
                    m.kind = Some(Kind::Kidnapped);
                }
            }
            Before::Both(k1, k2, at) => {
                if !amount.vague {
                    return None;
                }
                m.kind = Some(k1);
                m.ev_start = at;
                let mut m2 = m.clone();
                m2.kind = Some(k2);
                out_extra = Some(m2);
            }
            Before::Ambiguous => return None,
            Before::None => {}
        }
    }
    // "taken five into custody".
    if m.kind.is_none()
        && amount.start > sa
        && is_word(
            toks,
            amount.start - 1,
            w!["taken", "took", "taking", "take"],
        )
        && is_word(toks, m.np_end, w!["into"])
        && is_word(toks, m.np_end + 1, w!["custody"])
    {
        m.kind = Some(Kind::Arrested);
        m.from_before = true;
        m.ev_start = amount.start - 1;
        m.ev_end = (m.np_end + 2).min(sb);
    }
    // "half of the 400 abducted students have been freed": the verb tells of the fraction; the
    // number is the whole, counted only by its own participle.
    let fraction_of = amount.start >= sa + 3
        && is_word(toks, amount.start - 1, w!["the"])
        && is_word(toks, amount.start - 2, w!["of"])
        && in_set(
            toks,
            amount.start - 3,
            ws![
                "half",
                "third",
                "thirds",
                "quarter",
                "quarters",
                "most",
                "many",
                "majority",
                "rest",
                "remainder",
                "bulk"
            ],
        );
    // ...or a verb after it.
    if m.kind.is_none() && !fraction_of {
        if let Some(mut v) = verb_after(src, toks, m.after, sb, steps) {
            // "feared buried under the rubble": trapped, not counted dead.
            if is_word(toks, v.word, w!["buried"])
                && (is_word(toks, v.word + 1, w!["under", "beneath", "alive"])
                    || (v.word > sa && is_word(toks, v.word - 1, w!["feared"])))
            {
                return None;
            }
            // "Two gunmen killed 12 people": the doers of an active verb with an object are
            // not its count.
            if m.head.is_some() && active_with_object(toks, m.after, &v, sb) {
                return None;
            }
            // "the remaining 11 were still being held": a state of captivity, told after the
            // capture or abduction was counted.
            if matches!(v.kind, Kind::Arrested | Kind::Kidnapped)
                && (m.after..v.start).any(|j| is_word(toks, j, w!["still"]))
            {
                return None;
            }
            m.kind = Some(v.kind);
            note_verb(src, &toks[v.word], &mut m);
            // "Thirty hostages who had been held for a week were released": one rescue.
            let suspects = m.head.is_some_and(|h| {
                in_set(
                    toks,
                    h,
                    ws![
                        "suspects",
                        "suspect",
                        "accused",
                        "detainees",
                        "prisoners",
                        "inmates"
                    ],
                )
            }) || m.head_subject.is_some_and(|s| s.0 == Subject::Militants);
            // "Three engineers abducted in May have been freed": a reduced relative, then the
            // main verb.
            let captive = is_word(toks, v.word, w!["held"])
                || (v.kind == Kind::Kidnapped && v.start == m.after);
            if captive && !suspects {
                if let Some(end) = released_after(toks, v.end, sb) {
                    m.kind = Some(Kind::Rescued);
                    v.end = end;
                }
            }
            // "three people picked up by unidentified men": taken by captors, not arrested.
            if m.kind == Some(Kind::Arrested) {
                if let Some(end) = captors_after(toks, v.end, sb) {
                    m.kind = Some(Kind::Kidnapped);
                    v.end = end;
                }
            }
            if v.start <= m.np_end + 3 {
                m.ev_end = v.end;
                // "28 terrorists neutralised a week".
                m.rate = rate_after(toks, v.end, sb);
            }
            // Right after, or after auxiliaries only: "another was detained".
            m.verb_next = v.start >= m.amount.end
                && v.start <= m.amount.end + 2
                && (m.amount.end..v.start).all(|j| entry(&toks[j]).cls == Cls::Aux);
            m.verb_close = m.head.is_some()
                && v.start >= m.np_end
                && v.start <= m.np_end + 2
                && (m.np_end..v.start).all(|j| entry(&toks[j]).cls == Cls::Aux);
            // "kidnapped by ISIS and released".
            if let Some(k2) = second_verb(toks, v.end, sb, v.kind) {
                // "15 people were killed and injured", "seven were killed or injured each day":
                // one number for both is a figure of neither (vague ones give one of each).
                let either = (v.end..k2.1).any(|j| is_word(toks, j, w!["or"]));
                let hurt = matches!(
                    (v.kind, k2.0),
                    (Kind::Killed, Kind::Injured) | (Kind::Injured, Kind::Killed)
                );
                if (hurt || either) && !amount.vague {
                    return None;
                }
                let mut m2 = m.clone();
                m2.kind = Some(k2.0);
                note_verb(src, &toks[k2.1], &mut m2);
                out_extra = Some(m2);
            }
        }
    }
    // "300 of the detainees were members of Daesh": people held are parts of an arrest, and
    // hostages of a kidnapping, told before.
    if m.kind.is_none() && m.part && m.whole_kind.is_none() {
        // Only what they were: "300 of the detainees escaped" is no figure.
        let what = in_set(
            toks,
            m.after,
            ws![
                "were",
                "was",
                "are",
                "is",
                "belonged",
                "belonging",
                "hailed",
                "hailing"
            ],
        );
        if let Some(h) = m.head.filter(|&h| h == np_from && what) {
            if is_word(toks, h, w!["detainees", "detainee"]) {
                m.whole_kind = Some(Kind::Arrested);
            } else if is_word(toks, h, w!["hostages", "captives"]) {
                m.whole_kind = Some(Kind::Kidnapped);
            }
            // "were suspected members of Daesh": the side they were of.
            if let Some(s) = (m.after + 1..(m.after + 7).min(sb))
                .take_while(|&j| toks[j].kind == TokKind::Word && entry(&toks[j]).verb.is_none())
                // "were Afghan nationals": where they come from, not their side.
                .filter(|&j| {
                    !in_set(
                        toks,
                        j,
                        ws!["nationals", "citizens", "residents", "natives"],
                    )
                })
                .find_map(|j| entry(&toks[j]).subject.filter(|s| s.1 >= 2))
            {
                m.cue = better(m.cue, (s.0, 2));
            }
        }
    }
    if m.kind.is_none() {
        m.kind = m.partitive_kind.or(m.whole_kind);
    }
    // "Pirates took its 25 crew members hostage", "had taken 14 policemen prisoner": the count
    // inside the phrase verb; the people are the noun before "hostage" or "prisoner".
    if let Some(h) = m.head.filter(|&h| {
        m.kind.is_none()
            && h > amount.end
            && is_word(toks, h, w!["hostage", "captive", "prisoner", "prisoners"])
            && (amount.start.saturating_sub(2).max(sa)..amount.start)
                .any(|j| is_word(toks, j, w!["took", "take", "takes", "taken", "taking"]))
    }) {
        // Soldiers keep their side; "people" and "crew members" taken hostage are civilians.
        let people = (amount.end..h)
            .rev()
            .find(|&j| is_person_noun(&toks[j]) && entry(&toks[j]).subject.is_some());
        // "took nine fighters captive": fighters taken captive are captured, not kidnapped.
        let fighters = people.is_some_and(|p| {
            entry(&toks[p])
                .subject
                .is_some_and(|s| s.0 == Subject::Militants)
        });
        m.kind = Some(
            if is_word(toks, h, w!["hostage"]) || (is_word(toks, h, w!["captive"]) && !fighters) {
                Kind::Kidnapped
            } else {
                Kind::Arrested
            },
        );
        if let Some(p) = people {
            m.head = Some(p);
            m.head_subject = entry(&toks[p]).subject;
            m.prisoners = false;
        }
    }
    // "Gunmen seized 60 worshippers; 20 of them had been taken from the courtyard": "taken"
    // continues the kidnapping or arrest of the whole.
    if m.kind.is_none() && m.part {
        let mut k = m.after;
        while k < m.after + 3 && toks.get(k).is_some_and(|t| entry(t).cls == Cls::Aux) {
            k += 1;
        }
        if is_word(toks, k, w!["taken", "seized", "carried", "whisked"]) {
            m.kind = prev
                .last()
                .and_then(|p| p.kind)
                .filter(|k| matches!(k, Kind::Kidnapped | Kind::Arrested));
            m.ev_end = k + 1;
        }
    }
    // "306 attacks, up from 261 the previous year": a comparison with the figure before.
    if m.kind.is_none()
        && m.head.is_none()
        && amount.start >= sa + 3
        && (is_word(toks, amount.start - 1, w!["from"])
            && (is_word(
                toks,
                amount.start - 2,
                w!["up", "down", "rising", "falling"],
            ) || prev
                .last()
                .is_some_and(|p| p.ev_end.max(p.np_end) + 1 == amount.start)
                || change_end_before(toks, prev, amount.start - 2))
            || is_word(toks, amount.start - 1, w!["to", "with"])
                && is_word(toks, amount.start - 2, w!["compared"])
            // "as against 74 in April", "versus 74".
            || is_word(toks, amount.start - 1, COMPARED_LEADS)
                && (!is_word(toks, amount.start - 1, w!["against"])
                    || is_word(toks, amount.start - 2, w!["as"])))
    {
        m.kind = prev
            .iter()
            .rev()
            .find(|p| p.kind.is_some() && p.rate.is_none())
            .and_then(|p| p.kind);
        m.contextual = true;
    }
    // "12 militants were killed in 2023 and 19 in 2024": a bare number after "and" repeats the
    // figure before it in the sentence, with another date or place.
    if m.kind.is_none()
        && m.head.is_none()
        && !m.part
        && !amount.article
        && amount.start > sa
        && (is_word(toks, amount.start - 1, w!["and"])
            || toks[amount.start - 1].is_punct(b',')
            || toks[amount.start - 1].is_punct(b':'))
        && !toks.get(amount.num_start).is_some_and(|t| is_year(src, t))
        && in_set(
            toks,
            amount.end,
            ws!["in", "on", "during", "across", "at", "near", "since", "last", "this", "from"],
        )
    {
        if let Some(p) = prev.last().filter(|p| p.kind.is_some() && p.rate.is_none()) {
            m.kind = p.kind;
            m.contextual = true;
        }
    }
    // "Punjab recorded 31 attacks, followed by Sindh with 12 and Quetta with 9": the kind
    // before.
    if m.kind.is_none()
        && m.head.is_none()
        && amount.start >= sa + 3
        && is_word(toks, amount.start - 1, w!["with"])
        && (amount.start.saturating_sub(14).max(sa)..amount.start - 1)
            .rev()
            .take_while(|&j| entry(&toks[j]).verb.is_none() || is_word(toks, j, w!["followed"]))
            .any(|j| is_word(toks, j, w!["followed"]) && is_word(toks, j + 1, w!["by"]))
    {
        m.kind = prev.iter().rev().take(32).find_map(|p| p.kind);
        m.contextual = true;
    }
    // "put the monthly average of arrests at 155": the rate and the kind named before.
    if m.kind.is_none()
        && m.head.is_none()
        && amount.start >= sa + 4
        && is_word(toks, amount.start - 1, w!["at", "was", "is"])
    {
        let lo = amount.start.saturating_sub(8).max(sa + 1);
        if let Some(j) = (lo..amount.start - 1)
            .find(|&j| is_word(toks, j, w!["average"]) && is_word(toks, j + 1, w!["of"]))
        {
            let kind = toks.get(j + 2).and_then(|t| entry(t).noun);
            if let (Some(r), Some(k)) = (rate_word(toks, j - 1), kind) {
                m.kind = Some(k);
                m.contextual = true;
                rate_before = Some(r);
            }
        }
    }
    // "Kidnappings averaged 120 a month", "deaths are averaging 285 a month": the counted noun
    // just before "averaged".
    if m.kind.is_none()
        && m.head.is_none()
        && amount.start >= sa + 2
        && is_word(
            toks,
            amount.start - 1,
            w!["averaged", "averaging", "averages"],
        )
    {
        // "Kidnappings in the district have averaged": a place phrase between.
        m.kind = (amount.start.saturating_sub(7).max(sa)..amount.start - 1)
            .rev()
            .take_while(|&j| toks[j].kind == TokKind::Word)
            .find_map(|j| entry(&toks[j]).noun);
        m.contextual = true;
        // "Civilian deaths averaged 30 a week": a side named with the noun.
        for t in &toks[amount.start.saturating_sub(5).max(sa)..amount.start] {
            if let Some(s) = entry(t).subject {
                m.cue = better(m.cue, (s.0, 2));
            }
        }
    }
    // "fell from 91 in 2018 to 26 in 2024": the end of a change (below), not a running total.
    let trend_end = amount.start > sa
        && is_word(toks, amount.start - 1, w!["to"])
        && (amount.start.saturating_sub(5).max(sa)..amount.start - 1).any(|j| {
            is_word(toks, j, w!["from"])
                && toks.get(j + 1).is_some_and(|t| t.kind == TokKind::Number)
        });
    // Running totals: "bringing the total to 307".
    // "the death toll rose to 19".
    if m.kind.is_none() && !trend_end {
        if let Some(k) = toll_before(toks, amount.start, sa) {
            m.kind = Some(k);
            m.total = true;
            m.contextual = false;
            // "civilian deaths rose to 44": a side named just before.
            for t in &toks[amount.start.saturating_sub(5).max(sa)..amount.start] {
                if let Some(s) = entry(t).subject {
                    m.cue = better(m.cue, (s.0, 2));
                }
            }
            // "bring the number of khwarij killed in the province since May to 96": the people
            // right after "the number of", however long the rest.
            let lo = amount.start.saturating_sub(32).max(sa);
            if let Some(j) = (lo..amount.start)
                .rev()
                .find(|&j| is_word(toks, j, w!["number"]) && is_word(toks, j + 1, w!["of"]))
            {
                let side = toks[j + 2..(j + 5).min(amount.start)]
                    .iter()
                    .take_while(|t| t.kind == TokKind::Word && entry(t).verb.is_none())
                    .find_map(|t| entry(t).subject.filter(|_| entry(t).person));
                if let Some(s) = side {
                    m.cue = better(m.cue, (s.0, 2));
                }
            }
            // "has crossed 120": at least 120.
            if !m.amount.approx
                && in_set(
                    toks,
                    amount.start - 1,
                    ws![
                        "crossed",
                        "exceeded",
                        "surpassed",
                        "topped",
                        "passed",
                        "exceed",
                        "cross",
                        "surpass"
                    ],
                )
            {
                m.amount.approx = true;
                m.amount.max = None;
            }
        }
    }
    // "the army said 40 were killed, though locals put the figure at 12": another source's
    // count of the figure before.
    if m.kind.is_none()
        && m.head.is_none()
        && amount.start >= sa + 4
        && is_word(toks, amount.start - 1, w!["at"])
        && is_word(
            toks,
            amount.start - 2,
            w!["figure", "number", "tally", "count"],
        )
        && is_word(toks, amount.start - 3, w!["the", "that", "this"])
        && is_word(
            toks,
            amount.start - 4,
            w!["put", "puts", "putting", "placed", "places"],
        )
    {
        // The figure may be in the sentence before: "... were abducted. Residents put the
        // number at 30."
        m.kind = out
            .iter()
            .rev()
            .take(8)
            .take_while(|p| p.sentence + 1 >= si)
            .find_map(|p| p.kind);
        m.contextual = true;
    }
    // "Kidnappings rose from 41 in 2022 to 96 in 2023": both ends of a change.
    if m.kind.is_none()
        && m.head.is_none()
        && amount.start > sa
        && is_word(toks, amount.start - 1, w!["from", "to"])
    {
        if let Some((k, noun, verb)) = trend_kind(toks, amount.start - 1, sa) {
            m.kind = Some(k);
            m.contextual = true;
            // "Fatalities among security forces rose", "civilian deaths fell": the side named
            // with the noun.
            for t in &toks[noun.saturating_sub(2).max(sa)..verb] {
                if let Some(s) = entry(t).subject {
                    m.cue = better(m.cue, (s.0, 2));
                }
            }
        }
    }
    if is_total(toks, amount.start, sa) {
        m.total = true;
        if m.head.is_none() && is_word(toks, m.np_end, w!["the"]) {
            let mut probe = m.clone();
            let from = m.np_end + 1;
            let from = if is_word(toks, from, w!["number", "total", "tally"])
                && is_word(toks, from + 1, w!["of"])
            {
                from + 2
            } else {
                from
            };
            noun_phrase_apart(src, toks, from, sb, &mut probe, steps);
            m.cue = probe.cue.or(probe.head_subject);
            m.head_subject = probe.head_subject;
            // "brings to 197 the number of Maoists neutralised", "the number of deaths": the
            // participle after the people, or the counted noun, names the kind.
            if m.kind.is_none() {
                // "the number of rebels who had surrendered": the verb of a relative clause.
                let mut v = probe.np_end;
                if is_word(toks, v, w!["who", "that", "which"]) {
                    v += 1;
                    while v < probe.np_end + 4
                        && toks.get(v).is_some_and(|t| entry(t).cls == Cls::Aux)
                    {
                        v += 1;
                    }
                }
                m.kind = toks
                    .get(v)
                    .filter(|t| t.kind == TokKind::Word)
                    .and_then(|t| entry(t).verb)
                    .or_else(|| phrase_verb(toks, v, sb).map(|p| p.0))
                    .or_else(|| probe.head.and_then(|h| entry(&toks[h]).noun));
            }
        }
        if m.kind.is_none() {
            m.kind = prev.iter().rev().take(32).find_map(|p| p.kind);
        }
    }
    // "recovered 342 assorted weapons": things, not people, are recovered or released.
    if m.soft_rescue
        && m.head.is_none()
        && !m.part
        && toks.get(amount.end).is_some_and(|t| {
            t.kind == TokKind::Word && {
                let e = entry(t);
                e.cls == Cls::Plain && e.verb.is_none() && !e.place
            }
        })
    {
        return None;
    }
    m.ev_end = m.ev_end.max(m.np_end);
    if m.rate.is_none() {
        m.rate = rate_after(toks, m.np_end, sb).or(rate_before);
    }
    // "nearly three attacks took place every day": a rate after a short verb phrase.
    if m.rate.is_none() && m.head.is_some() {
        // Looked for only at an "a"/"an".
        let averaged = || {
            (amount.start.saturating_sub(6).max(sa)..amount.start)
                .any(|j| is_word(toks, j, w!["average", "averaged"]))
        };
        let lim = (m.np_end + 5).min(sb);
        let mut j = m.np_end;
        while j < lim && toks[j].kind == TokKind::Word {
            if is_word(toks, j, w!["every", "per", "each"])
                || (is_word(toks, j, w!["a", "an"]) && averaged())
            {
                m.rate = rate_after(toks, j, sb);
                break;
            }
            if entry(&toks[j]).num > 0 {
                break;
            }
            j += 1;
        }
    }
    // "3.3 a day": a decimal counts only as a rate.
    if amount.decimal && m.rate.is_none() {
        return None;
    }
    if another
        && m.amount.article
        && (m.from_before || (m.head.is_none() && !m.verb_next))
        && !(m.from_before && another_object(toks, m.head, i, sa, !prev.is_empty()))
    {
        // "another" needs a counted event noun (handled above) or a person with its own verb:
        // "another suspect was held".
        return None;
    }
    if two_groups && out_extra.is_none() {
        m.each = 1;
        out_extra = Some(Mention {
            each: 2,
            ..m.clone()
        });
    }
    // "up from 52,874 in 2024 and 41,002 in 2023": each bare number its own time.
    if m.head.is_none() && m.contextual {
        let j = m.ev_end.max(m.np_end);
        if j + 1 < sb
            && is_word(toks, j, w!["in", "during"])
            && (toks[j + 1].kind == TokKind::Number
                || matches!(entry(&toks[j + 1]).cls, Cls::Month(_)))
        {
            m.when = u32::try_from(j + 1).unwrap_or(0);
        }
    }
    // "Two cops, civilian injured": the bare person after the comma is one more, of the same
    // kind.
    if out_extra.is_none() && m.kind.is_some() && m.head.is_some() {
        let j = m.np_end;
        if toks.get(j).is_some_and(|t| t.is_punct(b',')) && headline_item(src, toks, j + 1, sb) {
            let e = entry(&toks[j + 1]);
            let mut m2 = Mention::new(numbers::exact(j + 1, j + 2, 1), si);
            m2.kind = m.kind;
            m2.head = Some(j + 1);
            m2.head_subject = e.subject;
            m2.np_end = j + 2;
            m2.after = j + 2;
            m2.ev_start = j + 1;
            m2.ev_end = m.ev_end.max(j + 3);
            m2.clause = m.clause;
            out_extra = Some(m2);
        }
    }
    let paren = count_in_parens(toks, &m, i);
    let next = push(out, m, out_extra, i);
    Some(paren.unwrap_or(next))
}

/// "612 civilian casualties (172 killed and 440 injured)": where a count inside a parenthesis
/// that the mention's noun phrase passed over starts, to be read on its own.
fn count_in_parens(toks: &[Token], m: &Mention, i: usize) -> Option<usize> {
    // Only past the head: the "of" phrase or parenthesis the noun phrase skipped.
    let end = m.after.min(toks.len());
    (m.np_end.max(m.amount.end)..end)
        .find(|&k| toks[k].is_punct(b'(') && toks.get(k + 1).is_some_and(is_numeral))
        .map(|p| (p + 1).max(i + 1))
}

/// Adds the mention found at token `i` (and the second one of the same number), and returns
/// the token to go on from.
fn push(out: &mut Vec<Mention>, m: Mention, extra: Option<Mention>, i: usize) -> usize {
    let next = m.np_end.max(m.after).max(m.amount.end).max(i + 1);
    out.push(m);
    if let Some(m2) = extra {
        out.push(m2);
    }
    next
}

/// The side of the group right before "lost" (past auxiliaries): "the battalion lost", "the FC
/// had lost".
fn loser_side(toks: &[Token], lost: usize, sa: usize) -> Option<Subject> {
    let mut k = lost;
    for _ in 0..5 {
        if k <= sa {
            return None;
        }
        k -= 1;
        let e = entry(&toks[k]);
        // "the army acknowledged only the loss of a few men".
        if e.cls == Cls::Aux
            || in_set(
                toks,
                k,
                ws![
                    "only",
                    "just",
                    "the",
                    "acknowledged",
                    "admitted",
                    "conceded",
                    "suffered",
                    "reported"
                ],
            )
        {
            continue;
        }
        return e
            .subject
            .map(|s| s.0)
            .filter(|_| toks[k].kind == TokKind::Word);
    }
    None
}

/// The end of a release after a captivity ("held ... were released", "held captive by villagers
/// were freed"), within the clause: no number, no other kind verb, no agent of the law ("held by
/// police") and no bail between.
fn released_after(toks: &[Token], from: usize, sb: usize) -> Option<usize> {
    let lim = (from + 24).min(sb);
    let mut k = from;
    while k < lim {
        let t = &toks[k];
        // "held for two days": a duration.
        let duration = toks
            .get(k + 1)
            .is_some_and(|n| matches!(entry(n).cls, Cls::Unit | Cls::Period(_)));
        if t.is_punct(b',') || t.is_punct(b'\'') || t.is_punct(b'"') || duration {
            k += 1;
            continue;
        }
        if !matches!(t.kind, TokKind::Word | TokKind::Number) {
            return None;
        }
        let e = entry(t);
        if (e.num > 0 || t.kind == TokKind::Number) && !crowd_size(toks, k, from) {
            return None;
        }
        if e.subject.is_some_and(|s| s.0 == Subject::SecurityForces) && !e.person {
            return None;
        }
        if is_word(toks, k, w!["released", "freed"]) {
            let bail = (k + 1..(k + 4).min(sb)).any(|j| is_word(toks, j, w!["bail"]));
            return (!bail).then_some(k + 1);
        }
        if let Some((Kind::Rescued, end)) = phrase_verb(toks, k, sb) {
            return Some(end);
        }
        if e.verb.is_some() || phrase_verb(toks, k, sb).is_some() {
            return None;
        }
        k += 1;
    }
    None
}

/// The end of an agent that makes a capture a kidnapping: "by unidentified men", "by armed
/// bandits", "by gunmen".
fn captors_after(toks: &[Token], from: usize, sb: usize) -> Option<usize> {
    if !is_word(toks, from, w!["by"]) {
        return None;
    }
    let lim = (from + 5).min(sb);
    let mut k = from + 1;
    let mut unknown = false;
    while k < lim && toks[k].kind == TokKind::Word {
        let e = entry(&toks[k]);
        if is_word(toks, k, w!["unidentified", "unknown", "masked", "armed"]) {
            unknown = true;
        } else if e.person {
            let captor = e
                .subject
                .is_some_and(|s| s.0 == Subject::Militants && s.1 == 3);
            return (captor || unknown).then_some(k + 1);
        } else if !(e.article || e.cls == Cls::Det || e.cls == Cls::Plain) || e.subject.is_some() {
            return None;
        }
        k += 1;
    }
    None
}

/// Whether the subject right before a capture verb is a captor: "gunmen picked up", "unknown
/// men took away", "Boko Haram fighters captured".
fn captor_before(toks: &[Token], verb: usize, sa: usize) -> bool {
    let mut k = verb;
    for _ in 0..3 {
        if k <= sa {
            return false;
        }
        k -= 1;
        let e = entry(&toks[k]);
        if e.cls == Cls::Aux {
            continue;
        }
        if toks[k].kind != TokKind::Word {
            return crowd_subject(toks, verb, sa);
        }
        let militant = e
            .subject
            .is_some_and(|s| s.0 == Subject::Militants && s.1 == 3);
        let unknown = e.person
            && e.subject.is_none()
            && k > sa
            && is_word(
                toks,
                k - 1,
                w!["unidentified", "unknown", "armed", "masked"],
            );
        return militant || unknown || crowd_subject(toks, verb, sa);
    }
    false
}

/// Whether the nearest person noun before `verb` is a crowd, past an apposition and modifiers
/// but no other verb: "Some 200 residents of the area surrounded and held 28 soldiers", "A mob
/// of villagers, mostly women, held 12 personnel"; not "Residents said police held 30 men".
fn crowd_subject(toks: &[Token], verb: usize, sa: usize) -> bool {
    let from = verb.saturating_sub(16).max(sa);
    let mut k = verb;
    while k > from {
        k -= 1;
        let t = &toks[k];
        if t.kind != TokKind::Word {
            if t.is_punct(b';') || t.is_punct(b':') {
                return false;
            }
            continue;
        }
        // "backed by villagers": a crowd in a prepositional phrase is not the subject.
        if is_word(toks, k, CROWDS) && !(k > sa && entry(&toks[k - 1]).cls == Cls::Prep) {
            return true;
        }
        let e = entry(t);
        if e.verb.is_some() || is_word(toks, k, w!["said", "says", "told"]) {
            return false;
        }
        // "villagers, mostly women,": the apposition's noun is not the subject.
        if e.person && !(k > sa && is_word(toks, k - 1, w!["mostly", "mainly", "largely"])) {
            return false;
        }
    }
    false
}

/// Words that make "an attack" a figure of speech: "a scathing attack", "an attack on the
/// budget".
const FIGURATIVE_ADJ: &[Word] = w![
    "scathing",
    "blistering",
    "verbal",
    "stinging",
    "withering",
    "vitriolic",
    "veiled",
    "thinly-veiled",
    "rhetorical",
    "personal",
    "political",
    "scurrilous",
    // Illness, not violence: "died of a heart attack".
    "heart",
    "panic",
    "asthma",
    "anxiety",
];
const FIGURATIVE_TARGET: &[Word] = w![
    "budget",
    "opposition",
    "government",
    "policy",
    "policies",
    "bill",
    "democracy",
    "judiciary",
    "constitution",
    "media",
    "press",
    "freedom",
    "rights",
    "critics",
    "leadership",
    "decision",
    "proposal",
    "manifesto",
    "record",
    "character",
    "integrity",
];

/// Whether an "attack" with an article is a figure of speech: an adjective of speech before it
/// or a political target after "on".
fn figurative_attack(toks: &[Token], from: usize, head: usize, sb: usize) -> bool {
    if (from..head).any(|j| is_word(toks, j, FIGURATIVE_ADJ)) {
        return true;
    }
    let mut k = head + 1;
    if !is_word(toks, k, w!["on", "against"]) {
        return false;
    }
    k += 1;
    if toks.get(k).is_some_and(|t| entry(t).cls == Cls::Det) {
        k += 1;
    }
    // The target heads its phrase: "an attack on the government" but not "an attack on a
    // government office".
    k < sb
        && is_word(toks, k, FIGURATIVE_TARGET)
        && toks.get(k + 1).filter(|_| k + 1 < sb).is_none_or(|t| {
            t.kind != TokKind::Word || {
                let e = entry(t);
                e.cls != Cls::Plain || e.verb.is_some()
            }
        })
}

/// Whether the target of an "attack on" is not a place, a force or a named thing: "an attack on
/// farmers", "an attack on democracy".
fn figurative_target(toks: &[Token], mut k: usize, sb: usize) -> bool {
    if toks
        .get(k)
        .is_some_and(|t| entry(t).cls == Cls::Det || entry(t).article)
    {
        k += 1;
    }
    let Some(t) = toks.get(k).filter(|_| k < sb) else {
        return false;
    };
    let e = entry(t);
    t.kind == TokKind::Word
        && !t.cap()
        && !e.place
        && !e.civ_place
        && e.subject.is_none_or(|s| s.0 == Subject::Civilians)
        && !is_word(toks, k, TARGET_PLACES)
        && !in_set(
            toks,
            k,
            ws!["school", "bus", "vehicle", "house", "office", "hotel"],
        )
}

/// Whether a token is a year in digits: "2023".
fn is_year(src: &str, t: &Token) -> bool {
    let w = t.text(src).as_bytes();
    t.kind == TokKind::Number
        && w.len() == 4
        && (w.starts_with(b"19") || w.starts_with(b"20"))
        && w.iter().all(u8::is_ascii_digit)
}

/// Whether the word is a counted noun of deaths rather than a person ("bodies", "lives").
fn is_count_word(t: &Token) -> bool {
    w!["bodies", "lives", "dead"].contains(&t.word)
}

/// "raid", "assault" and "strike" are attacks when aimed at a base or post or made by an armed
/// group ("a Houthi drone strike"), else operations.
fn ambiguous_event(
    toks: &[Token],
    head: usize,
    sb: usize,
    k: Kind,
    cue: Option<(Subject, u8)>,
) -> Kind {
    // "a Houthi drone strike", "an al-Shabaab raid": an armed group's strike is an attack.
    if k == Kind::Operations
        && cue.is_some_and(|c| c.0 == Subject::Militants && c.1 >= 3)
        && in_set(
            toks,
            head,
            ws![
                "strike",
                "strikes",
                "raid",
                "raids",
                "assault",
                "airstrike",
                "airstrikes"
            ],
        )
    {
        return Kind::Attacks;
    }
    let ambiguous = is_word(toks, head, w!["raid", "raids", "assault"]);
    if !ambiguous || !is_word(toks, head + 1, w!["on"]) {
        return k;
    }
    let end = (head + 8).min(sb);
    for j in head + 2..end {
        if is_word(toks, j, TARGET_PLACES)
            || is_word(
                toks,
                j,
                w!["military", "police", "army", "barracks", "garrison"],
            )
        {
            return Kind::Attacks;
        }
    }
    k
}

/// Flags a kind word's special meaning for the subject.
fn note_verb(src: &str, t: &Token, m: &mut Mention) {
    // Dispatched on the first letter, so the common verbs ("killed", "injured", "wounded") are
    // turned away after one byte, before the text is cut out and its boundaries checked, not
    // after thirteen comparisons.
    let first = src.as_bytes().get(t.start).map(u8::to_ascii_lowercase);
    if !matches!(first, Some(b'm' | b'e' | b'a' | b's' | b'n' | b'r' | b'f')) {
        return;
    }
    let w = t.text(src).as_bytes();
    let starts = |p: &str| w.len() >= p.len() && w[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    let is = |p: &str| w.eq_ignore_ascii_case(p.as_bytes());
    // An empty text (a token off its boundaries) has no first letter and notes nothing.
    match w.first().map(u8::to_ascii_lowercase) {
        Some(b'm') => {
            m.martyr |= starts("martyr");
            m.murder |= starts("murder") || starts("massacr");
        }
        Some(b'e') => {
            m.martyr |= starts("embraced");
            m.hell |= is("eliminated");
        }
        Some(b'a') => m.martyr |= starts("attained"),
        Some(b's') => m.hell |= is("sent"),
        Some(b'n') => m.hell |= starts("neutrali"),
        Some(b'r') => m.soft_rescue |= starts("releas") || is("recovered") || is("recovery"),
        Some(b'f') => m.soft_rescue |= starts("free"),
        _ => {}
    }
}

/// What "one of the ..." picks an event out of, counting nothing: "one of the deadliest
/// attacks", "one of several raids".
const ONE_OF_CLASS: &[Word] = w![
    "biggest",
    "bloodiest",
    "deadliest",
    "fiercest",
    "heaviest",
    "largest",
    "latest",
    "major",
    "many",
    "most",
    "several",
    "worst",
];

/// A ratio, "one in three air raids", "one in every five", "one out of four": the second
/// number counts nothing by itself.
fn ratio_before(toks: &[Token], start: usize, sa: usize) -> bool {
    // Every ratio has "every", "in" or "of" right before its second number.
    if start <= sa || !w!["every", "in", "of"].contains(&toks[start - 1].word) {
        return false;
    }
    let mut k = start;
    let every = k > sa && is_word(toks, k - 1, w!["every"]);
    if every {
        k -= 1;
    }
    if k >= sa + 2 && is_word(toks, k - 1, w!["in"]) {
        return is_word(toks, k - 2, w!["one"]);
    }
    // "two out of every three": any number before "out of every".
    k >= sa + 3
        && is_word(toks, k - 1, w!["of"])
        && is_word(toks, k - 2, w!["out"])
        && (is_word(toks, k - 3, w!["one"]) || (every && is_numeral(&toks[k - 3])))
}

/// "cases of kidnapping", "instances of arbitrary arrest", "incidents of abduction": a count
/// of events of the kind the noun after "of" names (at most two modifiers before it); returns
/// the kind and the event noun's token.
fn case_of(toks: &[Token], j: usize, sb: usize) -> Option<(Kind, usize)> {
    if !is_word(toks, j, CASE_NOUNS) || !is_word(toks, j + 1, w!["of"]) {
        return None;
    }
    for (k, t) in toks.iter().enumerate().take((j + 5).min(sb)).skip(j + 2) {
        if t.kind != TokKind::Word {
            return None;
        }
        let e = entry(t);
        if let Some(kind) = e.of_noun.or(e.noun) {
            return Some((kind, k));
        }
        if e.cls != Cls::Plain || e.person || e.num > 0 || e.article {
            return None;
        }
    }
    None
}

/// A number in digits or a number word: "5", "five".
fn is_numeral(t: &Token) -> bool {
    t.kind == TokKind::Number || (t.kind == TokKind::Word && entry(t).num > 0)
}

/// The first number of a ratio: "one in six", "one in every five", "two out of every three".
fn ratio_after(toks: &[Token], end: usize, single: bool) -> bool {
    let whole = |k: usize| toks.get(k).is_some_and(is_numeral);
    if is_word(toks, end, w!["in"]) {
        return if is_word(toks, end + 1, w!["every"]) {
            whole(end + 2)
        } else {
            single && whole(end + 1)
        };
    }
    is_word(toks, end, w!["out"])
        && is_word(toks, end + 1, w!["of"])
        && is_word(toks, end + 2, w!["every"])
        && whole(end + 3)
}

/// Numbers that are not figures: money, percentages, units, dates, sections, times.
fn distractor(toks: &[Token], a: &Amount, sa: usize, sb: usize) -> bool {
    // "one of the deadliest assaults", "one in three air raids".
    if is_word(toks, a.start, w!["one"]) && is_word(toks, a.end, w!["of"]) {
        let mut k = a.end + 1;
        if is_word(toks, k, w!["the", "its", "their"]) {
            k += 1;
        }
        // "one of the most wanted militants was arrested" still counts a person.
        let person = (k + 1..(k + 4).min(sb)).any(|j| is_person_noun(&toks[j]));
        if is_word(toks, k, ONE_OF_CLASS) && !person {
            return true;
        }
    }
    if ratio_before(toks, a.start, sa)
        || ratio_after(toks, a.end, is_word(toks, a.num_start, w!["one"]))
    {
        return true;
    }
    // "aged 9 and 11", but not "aged 45 and two children".
    let counted = || {
        toks.get(a.end).is_some_and(|t| {
            t.kind == TokKind::Word && (entry(t).is_head() || entry(t).subject.is_some())
        })
    };
    if a.start > sa {
        let p = &toks[a.start - 1];
        let e = entry(p);
        if !plain_before(p, e)
            && ((more_ages(toks, a.start, sa) && !counted()) || crowd_size(toks, a.start, sa))
        {
            return true;
        }
        if p.kind == TokKind::Punct && matches!(p.punct, b'$' | b'#' | b'*') {
            return true;
        }
        // A number in a name: "Sector 2", "Operation Lafiya Dole 2 arrested".
        if p.cap() && numbered_name(toks, a, sa, counted) {
            return true;
        }
        // An age after a name: "Sepoy Ali Raza, 22, a resident of".
        if p.is_punct(b',')
            && a.start >= sa + 2
            && toks[a.start - 2].kind == TokKind::Word
            && toks[a.start - 2].cap()
            && toks[a.start].kind == TokKind::Number
            && a.value < 120
            && toks.get(a.end).is_some_and(|n| n.is_punct(b','))
        {
            return true;
        }
        // "8:55", "29/30": glued to a number before.
        if p.kind == TokKind::Punct
            && matches!(p.punct, b'/' | b':' | b'.')
            && p.end == toks[a.start].start
            && a.start >= sa + 2
            && toks[a.start - 2].end == p.start
            && toks[a.start - 2].kind == TokKind::Number
        {
            return true;
        }
        if matches!(e.cls, Cls::Currency | Cls::NotBefore | Cls::Month(_)) && !a.article {
            return true;
        }
        // Also across a one-word hedge: "numbering about 30", "aged about 40".
        if e.hedge.is_some()
            && a.start >= sa + 2
            && matches!(entry(&toks[a.start - 2]).cls, Cls::NotBefore)
            && !a.article
        {
            return true;
        }
        if p.kind == TokKind::Punct && p.punct == b'.' && a.start >= 2 {
            // "Rs. 600"
            if matches!(entry(&toks[a.start - 2]).cls, Cls::Currency) {
                return true;
            }
        }
    }
    if a.end < sb {
        let n = &toks[a.end];
        if n.kind == TokKind::Punct && n.punct == b'%' {
            return true;
        }
        if n.kind == TokKind::Punct
            && matches!(n.punct, b'/' | b':')
            && n.start == toks[a.end - 1].end
            && toks
                .get(a.end + 1)
                .is_some_and(|x| x.kind == TokKind::Number && x.start == n.end)
        {
            return true;
        }
        let e = entry(n);
        if matches!(
            e.cls,
            Cls::Unit | Cls::Currency | Cls::Month(_) | Cls::Period(_)
        ) {
            return true;
        }
        if is_word(toks, a.end, w!["per"]) && is_word(toks, a.end + 1, w!["cent"]) {
            return true;
        }
        // "29 & 30 August", "12 and 13 November".
        if (n.is_punct(b'&') || is_word(toks, a.end, w!["and"]))
            && toks
                .get(a.end + 1)
                .is_some_and(|t| t.kind == TokKind::Number)
            && toks
                .get(a.end + 2)
                .is_some_and(|t| matches!(entry(t).cls, Cls::Month(_)))
        {
            return true;
        }
    }
    false
}

/// Whether the amount, after a capitalised word, is the number of a name, not a count: right
/// after a [`NAME_LEADS`] word ("Sector 2", "Phase 3 of"); after more capitalised words that
/// one opens, unless a counted noun follows ("Operation Lafiya Dole 2 arrested", but "during
/// Operation Sindoor 26 civilians"); or before a [`NAME_TAILS`] noun ("the Sokola 1
/// operation").
fn numbered_name(toks: &[Token], a: &Amount, sa: usize, counted: impl Fn() -> bool) -> bool {
    let i = a.start;
    if a.article || a.num_start != i || a.end != i + 1 || i <= sa {
        return false;
    }
    if name_number(toks, i, sa) {
        return true;
    }
    let p = i - 1;
    for k in (p.saturating_sub(3).max(sa)..p).rev() {
        let t = &toks[k];
        if t.kind != TokKind::Word || !t.cap() {
            return false;
        }
        if is_word(toks, k, NAME_LEADS) {
            return !counted();
        }
    }
    false
}

/// Whether the number token `i`, after a capitalised word of the sentence (from `sa`), is a
/// name's: right after a [`NAME_LEADS`] word ("Sector 2") or before a [`NAME_TAILS`] noun
/// ("the Sokola 1 operation").
fn name_number(toks: &[Token], i: usize, sa: usize) -> bool {
    if i <= sa || toks[i].kind != TokKind::Number {
        return false;
    }
    let p = &toks[i - 1];
    p.cap()
        && (is_word(toks, i - 1, NAME_LEADS)
            || (!p.sent_start() && is_word(toks, i + 1, NAME_TAILS)))
}

/// "a third" after a kind verb, with no noun after it: an ordinal standing for one more person
/// ("wounded a third"); returns the token after it. "a third of", "a second time" are not.
fn ordinal_pronoun(toks: &[Token], i: usize, sa: usize, sb: usize) -> Option<usize> {
    if !is_word(toks, i, w!["a", "an"]) {
        return None;
    }
    // "a second was injured": the ordinal as the subject of a passive.
    let subject = is_word(toks, i + 2, w!["was", "is"]);
    if !in_set(
        toks,
        i + 1,
        ws!["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"],
    ) || !(subject || (i > sa && entry(&toks[i - 1]).verb.is_some()))
    {
        return None;
    }
    if subject {
        return Some(i + 2);
    }
    let ends = toks.get(i + 2).filter(|_| i + 2 < sb).is_none_or(|t| {
        t.kind == TokKind::Punct
            || (t.kind == TokKind::Word
                && matches!(entry(t).cls, Cls::Conj | Cls::Prep)
                && !is_word(toks, i + 2, w!["of"]))
    });
    ends.then_some(i + 2)
}

/// Whether a state, not a count, follows: "were in critical condition", "are said to be in
/// stable condition".
fn in_condition(toks: &[Token], from: usize, sb: usize) -> bool {
    let lim = (from + 10).min(sb);
    for k in from..lim {
        let t = &toks[k];
        if t.kind != TokKind::Word {
            return false;
        }
        if is_word(toks, k, w!["condition", "conditions"]) {
            return k > from
                && in_set(
                    toks,
                    k - 1,
                    ws![
                        "critical",
                        "stable",
                        "serious",
                        "precarious",
                        "grave",
                        "satisfactory"
                    ],
                );
        }
        if entry(t).verb.is_some() || phrase_verb(toks, k, sb).is_some() {
            return false;
        }
    }
    false
}

/// Skips "aged 25, 31 and 40" from "aged" at `k`: returns the token after the last age.
// Inlined natively, where speed counts; the size-built wasm decides for itself.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn skip_ages(toks: &[Token], k: usize, sb: usize) -> Option<usize> {
    // Nearly every word is no "aged": answered inlined, without a call.
    if !is_word(toks, k, w!["aged", "ages"]) {
        return None;
    }
    skip_ages_from(toks, k, sb)
}

/// [`skip_ages`] at "aged" or "ages".
fn skip_ages_from(toks: &[Token], k: usize, sb: usize) -> Option<usize> {
    let age = |j: usize| {
        toks.get(j)
            .is_some_and(|t| t.kind == TokKind::Number || entry(t).num > 0)
    };
    if !is_word(toks, k, w!["aged", "ages"]) {
        return None;
    }
    // "aged between five and nine".
    let first = if is_word(toks, k + 1, w!["between", "from"]) {
        k + 2
    } else {
        k + 1
    };
    if !age(first) {
        return None;
    }
    let lim = (k + 12).min(sb);
    let mut j = first + 1;
    while j + 1 < lim
        && (toks[j].is_punct(b',') || toks[j].is_punct(b'-') || is_word(toks, j, w!["and", "to"]))
        && age(j + 1)
    {
        j += 2;
    }
    Some(j)
}

/// Bare ages in commas from `k`: "12 and 14," before a verb; returns the closing comma.
fn bare_ages(src: &str, toks: &[Token], k: usize, sb: usize) -> Option<usize> {
    let age = |j: usize| {
        toks.get(j).is_some_and(|t| {
            t.kind == TokKind::Number
                && t.text(src).len() <= 2
                && t.text(src).bytes().all(|c| c.is_ascii_digit())
        })
    };
    if !age(k) {
        return None;
    }
    let lim = (k + 8).min(sb);
    let mut j = k + 1;
    while j + 1 < lim && (toks[j].is_punct(b',') || is_word(toks, j, w!["and"])) && age(j + 1) {
        j += 2;
    }
    (j < sb && toks[j].is_punct(b',') && verb_next(toks, j + 1, sb)).then_some(j)
}

/// The words that go on, looking back, through an age list ([`more_ages`]) or up to a crowd
/// ([`crowd_size`]), or end one there.
const AGE_CROWD_LINKS: &WordSet = ws!["and", "to", "or", "between", "from", "of", "than"];

/// Whether `p`, the token right before a number, is a plain word (`e` its entry) at which both
/// [`more_ages`] and [`crowd_size`] say no at once: no numeral, hedge, opener or link word.
/// Most numbers follow one ("killed 12"), so [`distractor`] skips both looks back for them.
// Inlined natively, where speed counts; the size-built wasm decides for itself.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn plain_before(p: &Token, e: &Entry) -> bool {
    p.kind == TokKind::Word
        && e.num == 0
        && e.hedge.is_none()
        && !e.starts
        && !AGE_CROWD_LINKS.has(p.word)
}

/// A later age of a list after "aged": "aged 9 and 11", "aged 19 to 54", "aged 7, 9 and 12",
/// "between the ages of 18 and 30".
#[inline]
fn more_ages(toks: &[Token], start: usize, sa: usize) -> bool {
    let lo = start.saturating_sub(8).max(sa);
    let mut k = start;
    let mut numbers = 0;
    while k > lo {
        k -= 1;
        let t = &toks[k];
        if t.kind == TokKind::Number || entry(t).num > 0 {
            numbers += 1;
            continue;
        }
        // Past the numbers, only ",", "-", "&" and a few keywords go on; any other token ends
        // the list, an age only at "of" after "ages" or at "aged".
        if t.kind == TokKind::Punct {
            if matches!(t.punct, b',' | b'-' | b'&') {
                continue;
            }
            return false;
        }
        let w = t.word;
        if w == NO_WORD {
            return false;
        }
        if w!["and", "to", "or", "between", "from"].contains(&w) {
            continue;
        }
        let ages_of =
            w == const { words::id("of") } && k > sa && is_word(toks, k - 1, w!["ages", "age"]);
        return ages_of || (numbers > 0 && w!["aged", "ages", "age"].contains(&w));
    }
    false
}

/// The size of a crowd, not a count of victims: "held by a crowd of around 600 residents".
#[inline]
fn crowd_size(toks: &[Token], start: usize, sa: usize) -> bool {
    // Past a hedge: "a crowd of around 600", "a mob of more than 200".
    let mut k = start;
    while k > sa + 1 && k + 3 > start && {
        let e = entry(&toks[k - 1]);
        e.hedge.is_some() || e.starts || is_word(toks, k - 1, w!["than"])
    } {
        k -= 1;
    }
    k >= sa + 2
        && is_word(toks, k - 1, w!["of"])
        && in_set(
            toks,
            k - 2,
            ws![
                "crowd",
                "mob",
                "throng",
                "gathering",
                "horde",
                "crowds",
                "mobs"
            ],
        )
}

/// [`noun_phrase`] as a call, for the probes of rarer rules: only the main one has it inlined.
#[inline(never)]
fn noun_phrase_apart(
    src: &str,
    toks: &[Token],
    j: usize,
    sb: usize,
    m: &mut Mention,
    steps: &mut u64,
) {
    noun_phrase(src, toks, j, sb, m, steps)
}

/// Scans the noun phrase after a number, from `j`: modifiers, the head, an "of" phrase and a
/// parenthesis; records the subject cues. Inlined into [`candidate`], its one hot caller (it
/// runs for most numbers).
// Inlined natively, where speed counts; the size-built wasm decides for itself.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn noun_phrase(
    src: &str,
    toks: &[Token],
    mut j: usize,
    sb: usize,
    m: &mut Mention,
    steps: &mut u64,
) {
    let start = j;
    let mut limit = (j + 8).min(sb);
    let mut cue: Option<(Subject, u8)> = None;
    let mut head: Option<usize> = None;
    while j < limit {
        *steps += 1;
        let t = &toks[j];
        match t.kind {
            TokKind::Punct => {
                if t.punct == b'(' && head.is_none() {
                    j = skip_parens(toks, j, sb, &mut cue);
                    continue;
                }
                // "Boko Haram/ISWAP fighters": two names for one modifier.
                if t.punct == b'/'
                    && head.is_none()
                    && j > start
                    && toks.get(j + 1).is_some_and(|n| n.kind == TokKind::Word)
                {
                    j += 1;
                    continue;
                }
                if t.punct == b'"' || (t.punct == b'\'' && head.is_none()) {
                    j += 1;
                    continue;
                }
                // "40 army, police and paramilitary personnel".
                if t.punct == b',' && head.is_none() && j > start && joins_modifiers(toks, j, sb) {
                    j += 1;
                    continue;
                }
                break;
            }
            // "a Sector 2 operation": a name's number is a modifier.
            TokKind::Number if head.is_none() && j > start && name_number(toks, j, start) => {
                j += 1;
                continue;
            }
            TokKind::Number | TokKind::NumRange => break,
            TokKind::Word => {}
        }
        let e = entry(t);
        // "two more injured persons died": a participle before a person.
        let participle = |k: usize| {
            toks.get(k)
                .is_some_and(|n| n.kind == TokKind::Word && entry(n).verb.is_some())
                && toks
                    .get(k + 1)
                    .is_some_and(|p| p.kind == TokKind::Word && entry(p).person)
        };
        let more = e.is_head()
            && head.is_none()
            && is_word(toks, j, w!["more", "other", "others"])
            && toks.get(j + 1).is_some_and(|n| {
                n.kind == TokKind::Word && {
                    let ne = entry(n);
                    ne.cls == Cls::Plain
                        && ne.num == 0
                        && !ne.article
                        && (ne.verb.is_none() || participle(j + 1))
                }
            })
            // "several others fled with injuries": a phrase verb, not a noun.
            && (participle(j + 1) || phrase_verb(toks, j + 1, sb).is_none())
            // "14 others along with arms": no noun follows. "43 more than in 2023" compares.
            && (participle(j + 1)
                || head_follows(toks, j + 1, sb)
                || is_word(toks, j + 1, w!["than"]));
        if more {
            j += 1;
            continue;
        }
        // A possessive names whose the head is: "New People's Army rebels", "the group's
        // commanders".
        if e.is_head() && head.is_none() && is_possessive(src, t) && continues_np(toks, j + 1) {
            if let Some(s) = e.subject {
                cue = better(cue, (s.0, s.1.min(2)));
            }
            j += 1;
            continue;
        }
        // "national highway workers", "Afghan National Army soldiers": an adjective, not the
        // head, when a head or a side follows across plain words.
        if e.is_head()
            && head.is_none()
            && is_word(toks, j, NOUN_ADJECTIVES)
            && head_follows(toks, j + 1, sb)
        {
            j += 1;
            continue;
        }
        if e.is_head() {
            // A head; a compound continues while heads follow ("security personnel"), also
            // across an abbreviation ("Freedom Fighters (BIFF) members").
            head = Some(j);
            j += 1;
            if j < limit && toks[j].is_punct(b'(') {
                let mut c = None;
                let nj = skip_parens(toks, j, sb, &mut c);
                if nj > j + 1
                    && toks
                        .get(nj)
                        .is_some_and(|n| n.kind == TokKind::Word && entry(n).person)
                {
                    if let Some(s) = e.subject.or(c) {
                        cue = better(cue, (s.0, 2));
                    }
                    j = nj;
                    limit = (limit + 3).min(sb);
                    continue;
                }
            }
            // Not into a predicate: "left 12 soldiers and 25 militants dead".
            if j < limit
                && toks[j].kind == TokKind::Word
                && entry(&toks[j]).is_head()
                && entry(&toks[j]).verb.is_none()
            {
                if let Some(s) = e.subject {
                    cue = better(cue, (s.0, s.1.min(2)));
                }
                continue;
            }
            break;
        }
        // "90 search and combing operations", "500 Boko Haram and ISWAP fighters": two modifiers
        // of one head.
        if head.is_none() && j > start && joins_modifiers(toks, j, sb) {
            j += 1;
            continue;
        }
        let inner_and = m.amount.article
            && head.is_none()
            && e.cls == Cls::Conj
            && is_word(toks, j, w!["and"])
            && toks.get(j + 1).is_some_and(|n| {
                n.kind == TokKind::Word && {
                    let ne = entry(n);
                    ne.cls == Cls::Plain && ne.num == 0 && !ne.article && ne.verb.is_none()
                }
            });
        if inner_and {
            j += 1;
            continue;
        }
        // "17 suspected IS members", "an IS attack": the Islamic State's short name, not "is".
        if is_word(toks, j, w!["is"])
            && &src.as_bytes()[t.start..t.end] == b"IS"
            && toks
                .get(j + 1)
                .is_some_and(|n| n.kind == TokKind::Word && entry(n).is_head())
        {
            cue = better(cue, (Subject::Militants, 3));
            j += 1;
            continue;
        }
        // "61 Islamic State members", "12 LeT members", "six over ground workers".
        let g = named_group(src, toks, j);
        if g > 0 {
            cue = better(cue, (Subject::Militants, 3));
            j += g;
            continue;
        }
        if e.cls != Cls::Plain && e.cls != Cls::NotBefore {
            break;
        }
        // "A statement said troops had...": a verb of saying ends the phrase.
        if is_word(toks, j, w!["said", "says", "told", "stated", "added"]) {
            break;
        }
        if e.verb.is_some() {
            // A participle as a modifier: "kidnapped victims", "killed terrorists", "a kidnapped
            // customs official".
            let head_at = |k: usize| {
                toks.get(k).is_some_and(|n| {
                    n.kind == TokKind::Word && (entry(n).is_head() || entry(n).subject.is_some())
                })
            };
            let next_head = head_at(j + 1) || (continues_np(toks, j + 1) && head_at(j + 2));
            if !next_head {
                // "dozens of wounded", "scores of injured": the participle as the counted noun,
                // as "dead".
                if j == start && m.amount.of && !m.part && participle_noun(toks, j) {
                    head = Some(j);
                    m.kind = Some(Kind::Injured);
                }
                break;
            }
            // "30 wounded civilians": the kind when no verb names another.
            if m.partitive_kind.is_none() {
                m.partitive_kind = e.verb;
            }
        }
        if e.hedge.is_some() || e.num > 0 || e.article {
            break;
        }
        if let Some(s) = e.subject {
            cue = better(cue, s);
        }
        j += 1;
    }
    // "a fighter jet", "two fighter planes": aircraft, not people.
    // "122 attack drones", "30 strike drones", "four attack helicopters": weapons, not events.
    let head = head.filter(|&h| {
        let aircraft =
            is_word(toks, h, w!["fighter", "fighters"]) && is_word(toks, h + 1, AIRCRAFT);
        let weapon =
            is_word(toks, h, w!["attack", "strike", "assault"]) && is_word(toks, h + 1, WEAPONS);
        !aircraft && !weapon
    });
    let Some(h) = head else {
        // Words that are not a counted noun: "18 firearms", "2,865 rounds".
        m.skipped = j > start && toks[start].kind == TokKind::Word && {
            let e = entry(&toks[start]);
            e.verb.is_none() && e.cls == Cls::Plain
        };
        m.head = None;
        m.np_end = m.amount.end;
        m.after = m.amount.end;
        m.contextual = true;
        m.cue = cue;
        return;
    };
    let he = entry(&toks[h]);
    // "four armed men", "masked men": sideless people made militants by how they came; "armed
    // guards" keep their own side.
    if he.subject.is_none() && h > start && is_word(toks, h - 1, w!["armed", "masked"]) {
        cue = better(cue, (Subject::Militants, 2));
    }
    m.head = Some(h);
    m.np_end = h + 1;
    m.head_subject = he.subject;
    // "21,480 homicide victims": victims of crime in a national count have no side.
    if h > start
        && is_word(toks, h, w!["victims", "victim"])
        && is_word(toks, h - 1, w!["homicide", "murder"])
    {
        m.head_subject = None;
    }
    // "six over ground workers", "overground workers": the militants' support network.
    if h > start
        && is_word(toks, h, w!["workers", "worker"])
        && (is_word(toks, h - 1, w!["overground"])
            || (h > start + 1
                && is_word(toks, h - 1, w!["ground"])
                && is_word(toks, h - 2, w!["over"])))
    {
        m.head_subject = Some((Subject::Militants, 3));
    }
    m.contextual = he.person
        && he.subject.is_none()
        && (in_set(
            toks,
            h,
            ws![
                "others",
                "other",
                "foreigners",
                "more",
                "aides",
                "accomplices",
                "associates",
                "comrades",
                "colleagues",
                "casualties",
                "elements",
                "members",
                "member",
            ],
        ) || is_word(toks, h, KIN));
    // "a farmer and his two sons": kin take the side of a person named before them.
    m.local = is_word(toks, h, w!["members", "member"]) || is_word(toks, h, KIN);
    m.people_word = is_word(toks, h, w!["people", "persons", "person", "individuals"]);
    // "freed 500 inmates": a jailbreak or a release from custody, no rescue.
    m.prisoners = in_set(
        toks,
        h,
        ws![
            "prisoners",
            "prisoner",
            "inmates",
            "inmate",
            "detainees",
            "detainee"
        ],
    );
    m.demographic = in_set(
        toks,
        h,
        ws![
            "women",
            "woman",
            "men",
            "man",
            "girls",
            "boys",
            "minors",
            "teenagers",
            "females",
            "males",
            "juveniles",
        ],
    );
    m.peoplelike = he.person
        && he.subject.is_none()
        && (in_set(
            toks,
            h,
            ws![
                "people",
                "persons",
                "person",
                "individuals",
                "lives",
                "bodies"
            ],
        ) || is_word(toks, h, KIN));
    // "of" phrase: "members of ISIS-K", "jawans of the District Reserve Guards (DRG)".
    let mut k = h + 1;
    // "35 soldiers and members of the VDP": a sideless second noun whose "of" phrase may give
    // it the first noun's side.
    let mut sideless_second: Option<(Subject, u8)> = None;
    // Two nouns for one number: "287 students and staff", "17 soldiers and National Guard
    // members" (the second noun's modifiers name its side).
    let mut second_noun = None;
    if is_word(toks, k, w!["and"]) {
        let mut side: Option<(Subject, u8)> = None;
        for (j, n) in toks.iter().enumerate().take((k + 4).min(sb)).skip(k + 1) {
            let ne = entry(n);
            if n.kind != TokKind::Word
                || ne.num > 0
                || ne.article
                || ne.verb.is_some()
                || ne.cls != Cls::Plain
            {
                break;
            }
            if let Some(s) = ne.subject {
                side = better(side, s);
            }
            if ne.person {
                second_noun = Some((j, side));
            } else if second_noun.is_some() || !(n.cap() || ne.subject.is_some()) {
                // A modifier is a name or a side word, not "and forced others".
                break;
            }
        }
    }
    if let Some((j, side)) = second_noun {
        k = j + 1;
        m.np_end = k;
        // "310 insurgents and relatives": no single side.
        let second = side;
        if he
            .subject
            .is_some_and(|hs| second.is_none_or(|s2| s2.0 != hs.0))
        {
            m.head_subject = None;
            if second.is_none() {
                sideless_second = he.subject;
            }
        }
    }
    // "9,000 fighters and their family members", "militants and their families": a mixed group
    // under one number ("a tailor and his nephew" are two people, not one).
    if !m.amount.article
        && m.amount.value > 1
        && is_word(toks, k, w!["and"])
        && is_word(toks, k + 1, w!["their", "his", "her", "its"])
    {
        let lim = (k + 4).min(sb);
        if let Some(end) = (k + 2..lim)
            .take_while(|&j| toks[j].kind == TokKind::Word && entry(&toks[j]).num == 0)
            .find(|&j| {
                toks[j].kind == TokKind::Word
                    && (entry(&toks[j]).person || is_word(toks, j, w!["families", "family"]))
                    && !is_word(toks, j + 1, w!["members"])
            })
        {
            k = end + 1;
            m.np_end = k;
            m.head_subject = None;
        }
    }
    if is_word(toks, k, w!["of"]) && !is_word(toks, k + 1, w!["them", "whom", "which"]) {
        let lim = (k + 7).min(sb);
        let mut kk = k + 1;
        let mut pp_cue: Option<(Subject, u8)> = None;
        while kk < lim {
            *steps += 1;
            let t = &toks[kk];
            if t.is_punct(b'(') {
                kk = skip_parens(toks, kk, sb, &mut pp_cue);
                continue;
            }
            if t.kind != TokKind::Word {
                break;
            }
            // "members of the Mozambican and Rwandan forces": two modifiers of one noun.
            if kk > k + 1
                && is_word(toks, kk, w!["and"])
                && toks.get(kk + 1).is_some_and(|n| {
                    n.kind == TokKind::Word && {
                        let ne = entry(n);
                        ne.cls == Cls::Plain
                            && ne.verb.is_none()
                            && ne.num == 0
                            && !ne.article
                            && !ne.is_head()
                    }
                })
            {
                kk += 1;
                continue;
            }
            // "members of Islamic State", "members of LeT".
            let g = named_group(src, toks, kk);
            if g > 0 {
                pp_cue = better(pp_cue, (Subject::Militants, 3));
                kk += g;
                continue;
            }
            let e = entry(t);
            if e.verb.is_some()
                || matches!(
                    e.cls,
                    Cls::Aux | Cls::Prep | Cls::Conj | Cls::Rel | Cls::ListIntro
                )
                || e.num > 0
                || (kk > k + 1 && phrase_verb(toks, kk, sb).is_some())
            {
                break;
            }
            if let Some(s) = e.subject {
                pp_cue = better(pp_cue, (s.0, if e.person { 2 } else { s.1 }));
            }
            kk += 1;
        }
        if let (Some(hs), Some(c)) = (sideless_second, pp_cue) {
            if hs.0 == c.0 {
                m.head_subject = Some(hs);
            }
        }
        if kk > k + 1 {
            k = kk;
            if he.subject.is_none_or(|s| s.1 < 3) {
                if let Some(c) = pp_cue {
                    cue = better(cue, c);
                }
            }
        }
    } else if toks.get(k).is_some_and(|t| t.is_punct(b'(')) {
        k = skip_parens(toks, k, sb, &mut cue);
    }
    m.after = k;
    m.cue = cue;
}

/// Verbs after a part with no noun of its own ("five of whom had rewards on their heads",
/// "Twenty of them carried bounties") that describe its people instead of counting them.
const PART_ASIDES: &WordSet = ws![
    "had",
    "has",
    "have",
    "carried",
    "carry",
    "carrying",
    "bore",
    "faced",
    "possessed",
];

/// What "fighter" names before these words: an aircraft, not a person.
const AIRCRAFT: &[Word] =
    w!["jet", "jets", "plane", "planes", "aircraft", "bomber", "bombers", "squadron",];

/// Weapons an event noun can modify ("attack drones", "strike aircraft", "assault rifles"):
/// never a figure.
const WEAPONS: &[Word] = w![
    "drone",
    "drones",
    "uav",
    "uavs",
    "helicopter",
    "helicopters",
    "boat",
    "boats",
    "craft",
    "aircraft",
    "jet",
    "jets",
    "plane",
    "planes",
    "submarine",
    "submarines",
    "ship",
    "ships",
    "vessel",
    "vessels",
    "vehicle",
    "vehicles",
    "missile",
    "missiles",
    "rifle",
    "rifles",
    "dog",
    "dogs",
    "weapon",
    "weapons",
];

/// Kinship nouns: persons whose side comes from the scene, like "people" ("two brothers were
/// kidnapped" are civilians; "shot dead two brothers" says no side).
const KIN: &[Word] = w![
    "son",
    "sons",
    "daughter",
    "daughters",
    "brother",
    "brothers",
    "sister",
    "sisters",
    "cousin",
    "cousins",
    "nephew",
    "nephews",
    "niece",
    "nieces",
    "siblings",
    "father",
    "fathers",
    "uncle",
    "uncles",
    "wife",
    "wives",
    "husband",
    "husbands",
];

/// Whether the "and" at `j` joins two modifiers of one head after it: "search and combing
/// operations", "army and navy personnel", "security and law enforcement personnel".
fn joins_modifiers(toks: &[Token], j: usize, sb: usize) -> bool {
    let comma = toks.get(j).is_some_and(|t| t.is_punct(b','));
    if !comma && !is_word(toks, j, w!["and"]) {
        return false;
    }
    // "army, police and paramilitary personnel": a comma needs an "and" before the head.
    let mut saw_and = !comma;
    let mut since_sep = 0;
    let lim = (j + 8).min(sb);
    for (k, t) in toks.iter().enumerate().take(lim).skip(j + 1) {
        let and = is_word(toks, k, w!["and"]);
        if t.is_punct(b',') || and {
            if since_sep == 0 {
                return false;
            }
            saw_and |= and;
            since_sep = 0;
            continue;
        }
        if t.kind != TokKind::Word {
            return false;
        }
        let e = entry(t);
        if e.verb.is_some() || e.num > 0 || e.article || e.vague.is_some() || e.hedge.is_some() {
            return false;
        }
        if e.is_head() {
            // A modifier must come first ("and soldiers" is a second head), unless this head
            // modifies another ("FC and Levies personnel").
            let compound = toks
                .get(k + 1)
                .is_some_and(|n| n.kind == TokKind::Word && entry(n).is_head());
            return saw_and && (since_sep > 0 || compound);
        }
        if !matches!(e.cls, Cls::Plain) {
            return false;
        }
        since_sep += 1;
    }
    false
}

/// Whether "up" at `i` is the particle of "gone up to", not the hedge "up to".
#[inline(never)]
fn gone_up(toks: &[Token], i: usize, sa: usize) -> bool {
    i > sa
        && is_word(toks, i + 1, w!["to"])
        && is_word(toks, i - 1, w!["gone", "go", "goes", "going", "went"])
}

/// "killed five terrorists and arrested another (suspect)": "another" as the object of the kind
/// verb before it, a person noun after it, or bare right after the verb with a count before it
/// in the sentence (`counted`).
#[inline(never)]
fn another_object(toks: &[Token], head: Option<usize>, i: usize, sa: usize, counted: bool) -> bool {
    if let Some(h) = head {
        return toks.get(h).is_some_and(|t| entry(t).person);
    }
    counted
        && i > sa
        && entry(&toks[i - 1]).verb.is_some()
        && toks.get(i + 1).is_none_or(|n| {
            n.kind == TokKind::Punct || matches!(entry(n).cls, Cls::Conj | Cls::Prep)
        })
}

/// "dozens of wounded": "wounded"/"injured" at `j` as a noun, with no "and dead" after it.
#[inline(never)]
fn participle_noun(toks: &[Token], j: usize) -> bool {
    is_word(toks, j, w!["wounded", "injured"]) && !is_word(toks, j + 1, w!["and", "or"])
}

/// Whether a head noun or a side follows from `j` across at most three plain words: "highway
/// workers", "Army soldiers"; not "along with arms".
fn head_follows(toks: &[Token], j: usize, sb: usize) -> bool {
    let lim = (j + 3).min(sb);
    let mut k = j;
    while k < lim && toks[k].kind == TokKind::Word {
        let e = entry(&toks[k]);
        if e.verb.is_some() {
            return false;
        }
        if e.is_head() || e.subject.is_some() {
            return true;
        }
        if !matches!(e.cls, Cls::Plain | Cls::NotBefore) {
            return false;
        }
        k += 1;
    }
    false
}

/// Whether the word ends in "'s" or "’s".
fn is_possessive(src: &str, t: &Token) -> bool {
    let w = t.text(src);
    w.ends_with("'s") || w.ends_with("’s")
}

/// Whether token `j` can go on with a noun phrase after a modifier: a plain word or a head.
fn continues_np(toks: &[Token], j: usize) -> bool {
    toks.get(j).is_some_and(|n| {
        n.kind == TokKind::Word && {
            let e = entry(n);
            (e.cls == Cls::Plain || e.is_head())
                && e.verb.is_none()
                && e.num == 0
                && !e.article
                && e.hedge.is_none()
        }
    })
}

/// The words of an armed group's name at `j` that the one-word lexicon cannot hold: "Islamic
/// State", "LeT" (as written, not "let"), "over ground workers" (Kashmir police usage for the
/// militants' support network); 0 when none.
fn named_group(src: &str, toks: &[Token], j: usize) -> usize {
    if is_word(toks, j, w!["islamic"]) && is_word(toks, j + 1, w!["state"]) {
        return 2;
    }
    if is_word(toks, j, w!["let"])
        && toks
            .get(j)
            .is_some_and(|t| src.as_bytes().get(t.start..t.end) == Some(b"LeT".as_slice()))
    {
        return 1;
    }
    if is_word(toks, j, w!["over"])
        && is_word(toks, j + 1, w!["ground"])
        && is_word(toks, j + 2, w!["workers", "worker"])
    {
        return 2;
    }
    0
}

fn better(a: Option<(Subject, u8)>, b: (Subject, u8)) -> Option<(Subject, u8)> {
    match a {
        Some(x) if x.1 >= b.1 => Some(x),
        _ => Some(b),
    }
}

/// Skips a parenthesis from `(` at `j`, bounded; records subject cues inside.
fn skip_parens(toks: &[Token], j: usize, sb: usize, cue: &mut Option<(Subject, u8)>) -> usize {
    // "12 people (eight militants and four civilians)": a breakdown into counted parts, read
    // on their own; it names the whole's side only when all its parts are on one side.
    if toks.get(j + 1).is_some_and(is_numeral) {
        if let Some(end) = breakdown_in_parens(toks, j, sb) {
            let mut side = None;
            let mut mixed = false;
            for t in &toks[j + 1..end] {
                let e = entry(t);
                if let Some(s) = e.subject.filter(|_| e.person) {
                    mixed |= side.is_some_and(|x| x != s.0);
                    side = Some(s.0);
                }
            }
            if let Some(s) = side.filter(|_| !mixed) {
                *cue = better(*cue, (s, 2));
            }
            return end + 1;
        }
    }
    let lim = (j + 10).min(sb);
    let mut k = j + 1;
    while k < lim {
        if toks[k].is_punct(b')') {
            return k + 1;
        }
        let e = entry(&toks[k]);
        if let Some(s) = e.subject {
            *cue = better(*cue, (s.0, if e.person { s.1.min(2) } else { s.1 }));
        }
        k += 1;
    }
    j + 1
}

/// The closing `)` of a breakdown opening at `(` at `j`: counts of people joined by "," and
/// "and" ("(31 civilians, 26 SF personnel and 70 terrorists)"); `None` for anything else.
fn breakdown_in_parens(toks: &[Token], j: usize, sb: usize) -> Option<usize> {
    let lim = (j + 24).min(sb);
    let mut counts = 0;
    let mut people = 0;
    let mut k = j + 1;
    while k < lim {
        let t = &toks[k];
        if t.is_punct(b')') {
            return (counts >= 2 && people == counts).then_some(k);
        }
        if is_numeral(t) || is_word(toks, k, w!["a", "an"]) {
            counts += 1;
            // The count's noun: the first person noun in the next few words.
            if (k + 1..(k + 5).min(lim))
                .take_while(|&x| toks[x].kind == TokKind::Word && !is_word(toks, x, w!["and"]))
                .any(|x| entry(&toks[x]).person)
            {
                people += 1;
            }
        } else if !(t.kind == TokKind::Word || t.is_punct(b',') || t.is_punct(b'-')) {
            return None;
        }
        k += 1;
    }
    None
}

enum Before {
    None,
    /// The kind, the first token of the evidence, the kind word.
    Kind(Kind, usize, usize),
    /// "killed and wounded dozens": one figure of each.
    Both(Kind, Kind, usize),
    /// "killed and injured 15": one number for two kinds, no figure.
    Ambiguous,
}

/// [`kind_before`] as a call, for its own rare recursion past a quote: only [`candidate`] has it
/// inlined.
#[inline(never)]
fn kind_before_apart(toks: &[Token], start: usize, sa: usize) -> Before {
    kind_before(toks, start, sa)
}

/// A kind verb or event noun just before the number: "killed six", "the death of 925",
/// "injuries to two", "the surrender of the 15". Inlined into [`candidate`], its one caller,
/// which runs it for most numbers: a call's register saves cost more than most of its answers.
// Inlined natively, where speed counts; the size-built wasm decides for itself.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn kind_before(toks: &[Token], start: usize, sa: usize) -> Before {
    if start == sa {
        return Before::None;
    }
    // 'killed "dozens of terrorists"': an opening quote before the number is transparent.
    if start > sa + 1
        && (toks[start - 1].is_punct(b'"') || toks[start - 1].is_punct(b'\''))
        && toks[start - 1].end == toks[start].start
        && toks[start - 2].end < toks[start - 1].start
        && toks[start - 2].kind == TokKind::Word
    {
        return kind_before_apart(toks, start - 1, sa);
    }
    let mut p = start - 1;
    // 'forces "neutralised" 14 terrorists': quotes around the verb.
    if toks[p].is_punct(b'"') && p > sa {
        p -= 1;
        if p > sa && entry(&toks[p]).verb.is_some() && toks[p - 1].is_punct(b'"') {
            return match entry(&toks[p]).verb {
                Some(k) => Before::Kind(k, p - 1, p),
                None => Before::None,
            };
        }
        p += 1;
    }
    // "of the 15", "of its 4".
    if matches!(entry(&toks[p]).cls, Cls::Det) && p > sa && is_word(toks, p - 1, w!["of"]) {
        p -= 1;
    }
    if is_word(toks, p, w!["of", "to"]) && p > sa {
        let n = &toks[p - 1];
        if let Some(k) = entry(n).of_noun {
            let to = is_word(toks, p, w!["to"]);
            if !to || k == Kind::Injured {
                let mut at = p - 1;
                if at > sa && is_word(toks, at - 1, w!["the"]) {
                    at -= 1;
                }
                return Before::Kind(k, at, p - 1);
            }
        }
        return Before::None;
    }
    // "gunned down five dacoits".
    if start >= sa + 2
        && is_word(toks, start - 1, w!["down"])
        && in_set(
            toks,
            start - 2,
            ws!["gunned", "mowed", "gunning", "mowing", "guns", "gun"],
        )
    {
        return Before::Kind(Kind::Killed, start - 2, start - 2);
    }
    // Adverbs between: "killed at least", "also arrested"; "freed the remaining 12", "killed
    // all 12".
    let mut q = start - 1;
    if q > sa + 1 && is_word(toks, q, w!["remaining"]) && is_word(toks, q - 1, w!["the"]) {
        q -= 2;
    } else if q > sa && is_word(toks, q, w!["all"]) {
        q -= 1;
    }
    let mut hops = 0;
    while hops < 2
        && q > sa
        && in_set(
            toks,
            q,
            ws![
                "also",
                "reportedly",
                "allegedly",
                "subsequently",
                "his",
                "her",
                "their",
                "its",
                "our"
            ],
        )
    {
        q -= 1;
        hops += 1;
    }
    let t = &toks[q];
    if t.kind != TokKind::Word {
        return Before::None;
    }
    let e = entry(t);
    // A phrase verb ending just before: "rounded up 40", "took into custody 12".
    if e.verb.is_none() && is_word(toks, q, w!["up", "custody", "down", "free", "away"]) {
        for p0 in (q.saturating_sub(3).max(sa)..q).rev() {
            if let Some((k, end)) = phrase_verb(toks, p0, q + 1) {
                if end == q + 1 {
                    return Before::Kind(k, p0, p0);
                }
            }
        }
    }
    let Some(k) = e.verb else {
        return Before::None;
    };
    // Past participles right after a determiner are modifiers, not verbs: "the killed".
    if q > sa && matches!(entry(&toks[q - 1]).cls, Cls::Det) {
        return Before::None;
    }
    // "killed and injured 15".
    if q >= sa + 2 && is_word(toks, q - 1, w!["and", "or"]) {
        if let Some(k0) = entry(&toks[q - 2]).verb {
            if k0 != k {
                return if k0 == Kind::Killed || k0 == Kind::Injured {
                    Before::Both(k0, k, q - 2)
                } else {
                    Before::Ambiguous
                };
            }
        }
    }
    // "shot dead a constable": the evidence starts at "shot".
    let at = if q > sa
        && is_word(toks, q, w!["dead"])
        && is_word(toks, q - 1, w!["shot", "shooting", "shoots", "shoot"])
    {
        q - 1
    } else {
        q
    };
    Before::Kind(k, at, q)
}

struct Verb {
    kind: Kind,
    start: usize,
    end: usize,
    word: usize,
}

/// Whether verb `v`, found after a noun phrase ending at `from`, is active with an object of its
/// own: no passive auxiliary before it, and a number, an article or a person after it ("killed
/// 12 people", "shot dead a policeman", "killed the village head").
fn active_with_object(toks: &[Token], from: usize, v: &Verb, sb: usize) -> bool {
    let passive = (from..v.start).any(|j| {
        in_set(
            toks,
            j,
            ws!["was", "were", "is", "are", "been", "be", "being", "get", "got"],
        )
    });
    // "surrendered to the army": surrender takes no object.
    if passive || v.end >= sb || v.kind == Kind::Surrendered {
        return false;
    }
    let t = &toks[v.end];
    // "28 terrorists neutralised a week": a rate, not an object.
    if toks
        .get(v.end + 1)
        .is_some_and(|n| matches!(entry(n).cls, Cls::Period(_)))
    {
        return false;
    }
    if matches!(t.kind, TokKind::Number | TokKind::NumRange) {
        return true;
    }
    if t.kind != TokKind::Word {
        return false;
    }
    let e = entry(t);
    if e.num > 0 || e.article || e.vague.is_some() || e.hedge.is_some() || e.starts || e.person {
        return true;
    }
    // A determiner and a person within a few words: "killed the village head", "his two sons".
    matches!(e.cls, Cls::Det)
        && (v.end + 1..(v.end + 4).min(sb))
            .take_while(|&j| toks[j].kind == TokKind::Word)
            .any(|j| entry(&toks[j]).person || entry(&toks[j]).num > 0)
}

#[cfg(test)]
mod phrase_table_tests {
    use super::*;

    /// A phrase word that is no keyword, or a phrase too long for [`Phrase`], would never match.
    #[test]
    fn every_phrase_fits_and_its_words_are_keywords() {
        for (ws, _) in PHRASE_VERBS {
            assert!(ws.len() <= PHRASE_MAX, "{ws:?}");
            for w in *ws {
                let w = w.strip_prefix('?').unwrap_or(w);
                assert_ne!(words::find(w), NO_WORD, "{w} in {ws:?}");
            }
        }
    }

    /// The inlined exits of [`phrase_verb`] and [`skip_ages`] agree with their general forms at
    /// every keyword, before phrase words and ages.
    #[test]
    fn phrase_verb_and_skip_ages_exits_agree() {
        use crate::extract::tokens::{tokenize_into, Tokens};
        let ps = phrases();
        for kw in words::KEYWORDS.iter().chain(&["killed", "Sent", "AGED"]) {
            let text = format!("{kw} to hell their lives, 5 and 7 between 9 - 11 to 12");
            let mut st = 0;
            let mut t = Tokens::default();
            tokenize_into(&text, &mut t, &mut st);
            let (toks, sb) = (&t.toks, t.toks.len());
            let (lo, hi) = ps.by_first[toks[0].word as usize];
            let general = phrase_verb_from(ps, toks, 0, sb, lo, hi).map(|v| (v.0 as u8, v.1));
            assert_eq!(
                phrase_verb(toks, 0, sb).map(|v| (v.0 as u8, v.1)),
                general,
                "{text}"
            );
            assert_eq!(
                skip_ages(toks, 0, sb),
                skip_ages_from(toks, 0, sb).filter(|_| { is_word(toks, 0, w!["aged", "ages"]) }),
                "{text}"
            );
        }
    }
}

/// A phrase verb as keyword ids: its words, which of them are optional (`?` in the table), and
/// its kind.
struct Phrase {
    words: [Word; PHRASE_MAX],
    optional: u16,
    len: usize,
    kind: Kind,
}

/// The most words a phrase verb may have (optional ones included).
const PHRASE_MAX: usize = 16;

/// [`PHRASE_VERBS`] as keyword ids, in table order within each first word, and for each keyword
/// the range of the phrases it starts.
struct Phrases {
    list: Vec<Phrase>,
    by_first: Vec<(u16, u16)>,
}

fn phrases() -> &'static Phrases {
    static PHRASES: std::sync::OnceLock<Phrases> = std::sync::OnceLock::new();
    PHRASES.get_or_init(|| {
        let mut list: Vec<Phrase> = PHRASE_VERBS
            .iter()
            .map(|(ws, kind)| {
                let mut p = Phrase {
                    words: [NO_WORD; PHRASE_MAX],
                    optional: 0,
                    len: ws.len().min(PHRASE_MAX),
                    kind: *kind,
                };
                for (i, w) in ws.iter().take(PHRASE_MAX).enumerate() {
                    let opt = w.strip_prefix('?');
                    p.words[i] = words::find(opt.unwrap_or(w));
                    if opt.is_some() && i > 0 {
                        p.optional |= 1 << i;
                    }
                }
                p
            })
            .collect();
        // A stable sort: the table's order stays within each first word.
        list.sort_by_key(|p| p.words[0]);
        let mut by_first = vec![(0u16, 0u16); words::KEYWORDS.len() + 1];
        for (i, p) in list.iter().enumerate() {
            let r = &mut by_first[p.words[0] as usize];
            if r.0 == r.1 {
                r.0 = i as u16;
            }
            r.1 = i as u16 + 1;
        }
        by_first[NO_WORD as usize] = (0, 0);
        Phrases { list, by_first }
    })
}

/// A phrase verb at `k`: "sent to hell", "lost their lives".
// Inlined natively, where speed counts; the size-built wasm decides for itself.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn phrase_verb(toks: &[Token], k: usize, sb: usize) -> Option<(Kind, usize)> {
    let ps = phrases();
    let &(lo, hi) = ps.by_first.get(toks.get(k)?.word as usize)?;
    // Most words open no phrase: answered here, inlined, without a call.
    if lo == hi {
        return None;
    }
    phrase_verb_from(ps, toks, k, sb, lo, hi)
}

/// [`phrase_verb`] at a word that opens the phrases `lo..hi` of the list.
fn phrase_verb_from(
    ps: &Phrases,
    toks: &[Token],
    k: usize,
    sb: usize,
    lo: u16,
    hi: u16,
) -> Option<(Kind, usize)> {
    'outer: for p in ps.list.get(lo as usize..hi as usize)? {
        let mut j = k + 1;
        for (i, &w) in p.words.iter().enumerate().take(p.len).skip(1) {
            if p.optional & (1 << i) != 0 {
                if j < sb && is_word(toks, j, &[w]) {
                    j += 1;
                }
                continue;
            }
            if j >= sb || !is_word(toks, j, &[w]) {
                continue 'outer;
            }
            j += 1;
        }
        return Some((p.kind, j));
    }
    None
}

/// Looks for the kind verb after a noun phrase: auxiliaries, a relative pronoun, a parenthesis,
/// an apposition between dashes or after ", including", and coordinated noun phrases may come
/// first.
fn verb_after(src: &str, toks: &[Token], from: usize, sb: usize, steps: &mut u64) -> Option<Verb> {
    let mut k = from;
    let mut budget = 24;
    let mut rel = false;
    let mut aux = 0;
    while k < sb && budget > 0 {
        budget -= 1;
        *steps += 1;
        let t = &toks[k];
        if t.kind == TokKind::Punct {
            match t.punct {
                b'(' => {
                    let mut c = None;
                    let nk = skip_parens(toks, k, sb, &mut c);
                    if nk == k + 1 {
                        return None;
                    }
                    k = nk;
                    continue;
                }
                b'"' | b'\'' => {
                    k += 1;
                    continue;
                }
                b'-' if t.end - t.start > 1 || (k > 0 && toks[k - 1].end < t.start) => {
                    // An apposition between dashes.
                    let lim = (k + 16).min(sb);
                    let close = (k + 1..lim).find(|&j| toks[j].is_punct(b'-'))?;
                    k = close + 1;
                    continue;
                }
                b',' => {
                    // The comma closing an apposition skipped before: "One resident, a farmer,
                    // was shot dead".
                    if k > from
                        && toks.get(k + 1).is_some_and(|n| {
                            n.kind == TokKind::Word && {
                                let e = entry(n);
                                e.verb.is_some()
                                    || (e.cls == Cls::Aux
                                        && is_word(
                                            toks,
                                            k + 1,
                                            w!["was", "were", "had", "have", "has"],
                                        ))
                            }
                        })
                    {
                        k += 1;
                        continue;
                    }
                    // "the two boys, 12 and 14, were injured": bare ages in commas after a person.
                    if k > 0 && entry(&toks[k - 1]).person {
                        if let Some(j) = bare_ages(src, toks, k + 1, sb) {
                            k = j + 1;
                            continue;
                        }
                    }
                    // "Three men, aged 25, 31 and 40, were arrested": ages in commas.
                    if let Some(j) = skip_ages(toks, k + 1, sb) {
                        k = if toks.get(j).is_some_and(|t| t.is_punct(b',')) {
                            j + 1
                        } else {
                            j
                        };
                        continue;
                    }
                    if toks
                        .get(k + 1)
                        .is_some_and(|n| entry(n).cls == Cls::ListIntro)
                    {
                        // The closing comma is the one a verb follows ("comprising 90 men, 100
                        // women and 120 children, surrendered"), else the first.
                        let lim = (k + 24).min(sb);
                        let first = (k + 2..lim.min(k + 14)).find(|&j| toks[j].is_punct(b','));
                        let close = (k + 2..lim)
                            .find(|&j| toks[j].is_punct(b',') && verb_next(toks, j + 1, sb))
                            .or(first)?;
                        k = close + 1;
                        continue;
                    }
                    // A headline's bare person in the list: "Two cops, civilian injured".
                    if headline_item(src, toks, k + 1, sb) {
                        k += 2;
                        continue;
                    }
                    // Coordination: "31 soldiers, 3 police and 2 civilians were killed".
                    if let Some(next) = coordinated(src, toks, k + 1, sb, steps) {
                        k = next;
                        continue;
                    }
                    // "Eleven Maoists, 8 of them carrying bounties, laid down arms": an
                    // apposition that counts a part.
                    if toks.get(k + 1).is_some_and(|n| {
                        matches!(n.kind, TokKind::Number | TokKind::NumRange) || entry(n).num > 0
                    }) && is_word(toks, k + 2, w!["of"])
                        && is_word(toks, k + 3, w!["them", "whom"])
                    {
                        let lim = (k + 16).min(sb);
                        let close = (k + 4..lim).find(|&j| toks[j].is_punct(b','))?;
                        k = close + 1;
                        continue;
                    }
                    // A participle or relative clause in commas: "17 victims, abducted from
                    // two villages, were rescued".
                    if toks.get(k + 1).is_some_and(|n| is_participle(src, n)) {
                        let lim = (k + 16).min(sb);
                        let close = (k + 2..lim).find(|&j| toks[j].is_punct(b','))?;
                        k = close + 1;
                        continue;
                    }
                    // An apposition in commas before the verb: "40 villagers, mostly women,
                    // were killed", "a constable, Imran Ali, was martyred".
                    let lim = (k + 12).min(sb);
                    let close = (k + 2..lim).find(|&j| toks[j].is_punct(b','));
                    let plain = close.is_some_and(|close| {
                        (k + 1..close).all(|j| {
                            let t = &toks[j];
                            t.kind == TokKind::Word && {
                                let e = entry(t);
                                e.verb.is_none() && e.num == 0 && e.cls != Cls::Rel
                            }
                        })
                    });
                    let after_person = k > 0 && entry(&toks[k - 1]).person;
                    let starts_np = toks
                        .get(k + 1)
                        .is_some_and(|n| !matches!(entry(n).cls, Cls::Prep | Cls::Conj));
                    if let Some(close) = close.filter(|&c| {
                        after_person && starts_np && plain && verb_next(toks, c + 1, sb)
                    }) {
                        k = close + 1;
                        continue;
                    }
                    // Named men with their ages: "Two soldiers, Naik A (31) and Sepoy B (23),
                    // were martyred".
                    if after_person {
                        if let Some(close) = named_apposition(src, toks, k, sb) {
                            k = if verb_next(toks, close + 1, sb) {
                                close + 1
                            } else {
                                close
                            };
                            continue;
                        }
                    }
                    return None;
                }
                _ => return None,
            }
        }
        if t.kind != TokKind::Word {
            return None;
        }
        // "two men aged 30 were held".
        if let Some(j) = skip_ages(toks, k, sb) {
            k = j;
            continue;
        }
        if let Some((kind, end)) = phrase_verb(toks, k, sb) {
            return Some(Verb {
                kind,
                start: k,
                end,
                word: k,
            });
        }
        let e = entry(t);
        if let Some(kind) = e.verb {
            return Some(Verb {
                kind,
                start: k,
                end: k + 1,
                word: k,
            });
        }
        // "are believed to have died", "were feared to be dead".
        let to_after_aux = aux > 0
            && is_word(toks, k, w!["to"])
            && in_set(
                toks,
                k - 1,
                ws![
                    "believed",
                    "feared",
                    "thought",
                    "said",
                    "reported",
                    "known",
                    "likely",
                    "estimated",
                    "presumed",
                    "understood"
                ],
            );
        // "are estimated to have died": a passive of saying before "to".
        let said_to = aux > 0
            && is_word(toks, k + 1, w!["to"])
            && is_word(
                toks,
                k,
                w!["estimated", "presumed", "understood", "reported", "said"],
            );
        // "were formally arrested": any "-ly" adverb after an auxiliary.
        let adverb = aux > 0 && is_ly_adverb(t.text(src), e);
        let aux_like =
            e.cls == Cls::Aux || t.text(src) == "may" || to_after_aux || said_to || adverb;
        match if aux_like { Cls::Aux } else { e.cls } {
            Cls::Aux => {
                aux += 1;
                // "are believed to have been killed" has five.
                if aux > 5 {
                    return None;
                }
                k += 1;
            }
            Cls::Rel if !rel => {
                rel = true;
                k += 1;
            }
            Cls::ListIntro
                if is_word(toks, k, w!["among"])
                    && is_word(toks, k + 1, w!["those", "the"])
                    && among_kind(src, toks, k + 2).is_some() =>
            {
                // "five members of one family were among those killed", "among the 9 dead".
                let (kind, w) = among_kind(src, toks, k + 2)?;
                return Some(Verb {
                    kind,
                    start: k,
                    end: w + 1,
                    word: w,
                });
            }
            Cls::ListIntro => {
                // "30 Maoists, including two leaders, surrendered"; "6 khwarij including a
                // ringleader were killed".
                let lim = (k + 14).min(sb);
                let close = (k + 1..lim).find(|&j| {
                    toks[j].is_punct(b',') || (j > k + 1 && entry(&toks[j]).cls == Cls::Aux)
                })?;
                k = if toks[close].is_punct(b',') {
                    close + 1
                } else {
                    close
                };
            }
            Cls::Conj if is_word(toks, k, w!["and"]) => {
                k = coordinated(src, toks, k + 1, sb, steps)
                    .or_else(|| bare_noun_phrase(toks, k + 1, sb))?;
            }
            Cls::Prep
                if in_set(
                    toks,
                    k,
                    ws![
                        "from",
                        "of",
                        "in",
                        "at",
                        "near",
                        "with",
                        "belonging",
                        "hailing"
                    ],
                ) =>
            {
                // A short phrase before the verb: "two peacekeepers from the UN mission were
                // injured", "two labourers from Punjab were shot dead".
                let lim = (k + 10).min(sb);
                let mut j = k + 1;
                while j < lim {
                    *steps += 1;
                    let t = &toks[j];
                    if t.kind != TokKind::Word {
                        if t.is_punct(b'\'') {
                            j += 1;
                            continue;
                        }
                        break;
                    }
                    let e = entry(t);
                    if e.verb.is_some() || e.cls == Cls::Aux || phrase_verb(toks, j, sb).is_some() {
                        break;
                    }
                    if e.num > 0 || matches!(e.cls, Cls::Rel | Cls::Conj | Cls::ListIntro) {
                        return None;
                    }
                    j += 1;
                }
                let t = toks.get(j).filter(|_| j < lim)?;
                let e = entry(t);
                if e.verb.is_none() && e.cls != Cls::Aux && phrase_verb(toks, j, sb).is_none() {
                    return None;
                }
                k = j;
            }
            _ if (k == from || (k > from && toks[k - 1].is_punct(b',')))
                && t.text(src).ends_with("ing") =>
            {
                // "30 Maoists carrying a bounty of ₹81 lakh, surrendered".
                let lim = (k + 16).min(sb);
                // "... of Rs 18 lakh were gunned down": an auxiliary also ends it.
                let stop = (k + 1..lim).find(|&j| {
                    toks[j].is_punct(b',')
                        || (toks[j].kind == TokKind::Word && {
                            let e = entry(&toks[j]);
                            e.verb.is_some()
                                || (matches!(e.cls, Cls::Aux)
                                    && is_word(toks, j, w!["were", "was", "have", "had"]))
                        })
                })?;
                if toks[stop].is_punct(b',') {
                    k = stop + 1;
                } else {
                    k = stop;
                }
            }
            _ if rel && k > from && entry(&toks[k - 1]).cls == Cls::Rel => {
                // "nine attackers who stormed the compound were killed": a relative clause
                // with no number in it, up to the main clause's auxiliary.
                let lim = (k + 12).min(sb);
                let stop = (k + 1..lim).find(|&j| {
                    let t = &toks[j];
                    t.kind != TokKind::Word || entry(t).num > 0 || entry(t).cls == Cls::Aux
                })?;
                if !in_set(
                    toks,
                    stop,
                    ws!["were", "was", "are", "is", "have", "has", "had"],
                ) {
                    return None;
                }
                k = stop;
            }
            _ if k == from && aux == 0 && t.text(src).ends_with("ed") => {
                // "11 insurgents involved in the ambush were killed": a participle clause
                // up to a passive kind verb, with no other number in it.
                let lim = (k + 12).min(sb);
                let stop = (k + 1..lim).find(|&j| {
                    let t = &toks[j];
                    t.kind != TokKind::Word || entry(t).num > 0 || entry(t).cls == Cls::Aux
                })?;
                // "Two suspects fled, but were arrested".
                let joined = toks[stop].is_punct(b',')
                    && is_word(toks, stop + 1, w!["and", "but"])
                    && toks.get(stop + 2).is_some_and(|n| entry(n).cls == Cls::Aux);
                if joined {
                    k = stop + 2;
                    continue;
                }
                if entry(&toks[stop]).cls != Cls::Aux {
                    return None;
                }
                k = stop;
            }
            _ => return far_passive(toks, k, sb, aux > 0, steps),
        }
    }
    None
}

/// Names with ages in commas after a counted person noun, from the comma at `k`: "Naik A (31)
/// and Sepoy B (23),", "Naik A, 31, and Sepoy B, 23,", "Naik A (age: 31 years, resident of
/// District K) and ...,"; returns the comma a verb follows. The first word is capitalised.
fn named_apposition(src: &str, toks: &[Token], k: usize, sb: usize) -> Option<usize> {
    let cap = |j: usize| {
        toks.get(j).is_some_and(|t| {
            t.kind == TokKind::Word
                && t.text(src)
                    .bytes()
                    .next()
                    .is_some_and(|c| c.is_ascii_uppercase())
        })
    };
    let age = |j: usize| {
        toks.get(j).is_some_and(|t| {
            t.kind == TokKind::Number
                && t.text(src).len() <= 2
                && t.text(src).bytes().all(|c| c.is_ascii_digit())
        })
    };
    if !cap(k + 1) {
        return None;
    }
    let lim = (k + 48).min(sb);
    let mut ages = false;
    let mut j = k + 1;
    while j < lim {
        let t = &toks[j];
        match t.kind {
            TokKind::Word => {
                let e = entry(t);
                if e.verb.is_some() || e.num > 0 || matches!(e.cls, Cls::Rel | Cls::Aux) {
                    return None;
                }
                j += 1;
            }
            TokKind::Punct if t.punct == b'(' => {
                // Ages (and home districts) in brackets: "(31)", "(age: 31 years, ...)".
                let end = (j + 1..(j + 16).min(lim)).find(|&x| toks[x].is_punct(b')'))?;
                ages |= (j + 1..end).any(age);
                j = end + 1;
            }
            TokKind::Punct if t.punct == b',' => {
                // Before the verb, or before a participle clause read on from this comma:
                // "..., having fought gallantly, embraced shahadat".
                let participle = toks.get(j + 1).is_some_and(|n| is_participle(src, n));
                if ages && (verb_next(toks, j + 1, sb) || participle) {
                    return Some(j);
                }
                // ", 31," after a name.
                if age(j + 1) && toks.get(j + 2).is_some_and(|t| t.is_punct(b',')) {
                    ages = true;
                    j += 2;
                    continue;
                }
                if !cap(j + 1) && !is_word(toks, j + 1, w!["and"]) {
                    return None;
                }
                j += 1;
            }
            _ => return None,
        }
    }
    None
}

/// Person nouns that name a body, not one person: never "one" in a headline's list.
const BODY_NOUNS: &[&str] = &[
    "police",
    "people",
    "army",
    "military",
    "youth",
    "personnel",
    "staff",
    "militia",
    "crew",
    "public",
    "cadre",
];

/// A headline's bare singular person in a comma list at `k`, right before its kind verb with no
/// object: "civilian" in "Two cops, civilian injured in grenade attack".
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn headline_item(src: &str, toks: &[Token], k: usize, sb: usize) -> bool {
    // Nearly every word after a comma is no person: answered inlined, without a call.
    toks.get(k).is_some_and(|t| entry(t).person) && headline_item_at(src, toks, k, sb)
}

/// [`headline_item`] past its first test.
fn headline_item_at(src: &str, toks: &[Token], k: usize, sb: usize) -> bool {
    let Some(t) = toks.get(k).filter(|_| k + 1 < sb) else {
        return false;
    };
    let e = entry(t);
    if t.kind != TokKind::Word || !e.person || e.subject.is_none() {
        return false;
    }
    let w = t.text(src);
    if w.ends_with(['s', 'S']) || BODY_NOUNS.iter().any(|b| w.eq_ignore_ascii_case(b)) {
        return false;
    }
    let v = &toks[k + 1];
    v.kind == TokKind::Word
        && entry(v).verb.is_some()
        && !toks
            .get(k + 2)
            .is_some_and(|n| n.kind == TokKind::Number || entry(n).num > 0 || entry(n).article)
}

/// A bare noun phrase after "and" with no number of its own ("insurgents and relatives, ...",
/// "and their families were"): returns the token after it when a comma or verb follows.
fn bare_noun_phrase(toks: &[Token], mut k: usize, sb: usize) -> Option<usize> {
    if toks.get(k).is_some_and(|t| entry(t).cls == Cls::Det) {
        k += 1;
    }
    let lim = (k + 4).min(sb);
    let start = k;
    while k < lim && toks[k].kind == TokKind::Word {
        let e = entry(&toks[k]);
        if e.verb.is_some() || e.num > 0 || e.article || !matches!(e.cls, Cls::Plain) {
            break;
        }
        k += 1;
    }
    if k == start || k >= sb {
        return None;
    }
    (toks[k].is_punct(b',') || verb_next(toks, k, sb)).then_some(k)
}

/// Whether a verb (a kind verb, a phrase verb or an auxiliary) starts at `k`.
fn verb_next(toks: &[Token], k: usize, sb: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        t.kind == TokKind::Word && {
            let e = entry(t);
            e.cls == Cls::Aux || e.verb.is_some() || phrase_verb(toks, k, sb).is_some()
        }
    })
}

/// Where "to hell" starts after a noun phrase, past a short "belonging to X" phrase:
/// "sent 13 khwarij belonging to Fitna al Khawarij to hell".
fn hell_after(toks: &[Token], from: usize, sb: usize) -> Option<usize> {
    let lim = (from + 8).min(sb);
    (from..lim)
        .find(|&j| is_word(toks, j, w!["to"]) && is_word(toks, j + 1, w!["hell"]))
        .filter(|&j| {
            (from..j).all(|x| toks[x].kind == TokKind::Word && entry(&toks[x]).verb.is_none())
        })
}

/// The kind word after "among those/the", past an optional number: "killed", "9 dead".
fn among_kind(src: &str, toks: &[Token], mut j: usize) -> Option<(Kind, usize)> {
    if toks
        .get(j)
        .is_some_and(|t| t.kind == TokKind::Number || entry(t).num > 0)
    {
        j += 1;
        // "among the 34 people killed".
        if toks
            .get(j)
            .is_some_and(|t| entry(t).person && entry(t).noun.is_none())
            && toks.get(j + 1).is_some_and(|t| entry(t).verb.is_some())
        {
            j += 1;
        }
    }
    let t = toks.get(j)?;
    if t.kind != TokKind::Word {
        return None;
    }
    let e = entry(t);
    let _ = src;
    e.verb
        .or(e.noun.filter(|k| k.has_subject()))
        .map(|k| (k, j))
}

/// The side of the people "them" or "whom" refers to: the nearest person noun with a side
/// before the count in its sentence ("surrounded the militants and killed 12 of them").
/// The doers of the verb before the count are not it: "Soldiers killed scores of them".
fn antecedent_side(toks: &[Token], at: usize, sa: usize) -> Option<(Subject, u8)> {
    // "troops intercepted a group of khwarij. Three of them were killed": at the start of its
    // sentence, "them" may name people of the sentence before.
    let lo = if at <= sa + 2 {
        at.saturating_sub(14)
    } else {
        at.saturating_sub(12).max(sa)
    };
    let j = (lo..at).rev().find(|&j| {
        let e = entry(&toks[j]);
        // "abducted by the assailants. Five of them were released": not the agent before.
        let agent = j < sa && (j.saturating_sub(2)..j).any(|k| is_word(toks, k, w!["by"]));
        // "clashed with Abu Sayyaf remnants, killing two of them": a group's name too.
        (e.person || e.subject.is_some_and(|s| s.1 >= 3)) && !agent
    })?;
    // "arrested six suspects, one of them wounded": the nearest people, even of no side.
    entry(&toks[j]).subject?;
    let doer = (j + 1..at).all(|k| {
        let e = entry(&toks[k]);
        toks[k].kind == TokKind::Word && (e.verb.is_some() || e.cls == Cls::Aux)
    });
    // "a strike on the fleeing insurgents had killed scores of them": a preposition's object is
    // no doer.
    let governed = (j.saturating_sub(3).max(sa)..j).any(|k| entry(&toks[k]).cls == Cls::Prep);
    if doer && !governed {
        return None;
    }
    entry(&toks[j]).subject.map(|(s, _)| (s, 2))
}

/// Whether people counted are said to be missing right after their noun phrase: "were still
/// missing", "remain unaccounted for".
fn missing_after(toks: &[Token], from: usize, sb: usize) -> bool {
    let lim = (from + 4).min(sb);
    let mut k = from;
    while k < lim
        && (entry(&toks[k]).cls == Cls::Aux
            || is_word(toks, k, w!["still", "remain", "remained", "remains"]))
    {
        k += 1;
    }
    k < sb && is_word(toks, k, w!["missing", "unaccounted"])
}

/// Whether the count nearest before `at` in its sentence counts things, not people: "recovered
/// 5,600 looted weapons, around 3,000 of them surrendered" (a part of the weapons).
fn things_before(toks: &[Token], at: usize, sa: usize) -> bool {
    let lo = at.saturating_sub(10).max(sa);
    let Some(n) = (lo..at).rev().find(|&j| toks[j].kind == TokKind::Number) else {
        return false;
    };
    let words = toks[n + 1..at]
        .iter()
        .take_while(|t| t.kind == TokKind::Word)
        .take(4);
    let mut any = false;
    for t in words {
        let e = entry(t);
        if e.is_head() || e.subject.is_some() || e.verb.is_some() || e.cls != Cls::Plain {
            return false;
        }
        any = true;
    }
    any
}

/// Whether a word opens a participle or relative clause: "abducted", "carrying", "who".
fn is_participle(src: &str, t: &Token) -> bool {
    if t.kind != TokKind::Word {
        return false;
    }
    let e = entry(t);
    if e.cls == Cls::Rel {
        return true;
    }
    if e.cls != Cls::Plain && e.verb.is_none() {
        return false;
    }
    let w = t.text(src);
    e.verb.is_some() || w.ends_with("ed") || w.ends_with("ing")
}

/// A passive kind verb coordinated later in the clause: "three members had entered the country
/// and were killed". Only across plain words, with no other number in between.
fn far_passive(
    toks: &[Token],
    from: usize,
    sb: usize,
    passive: bool,
    steps: &mut u64,
) -> Option<Verb> {
    let lim = (from + 12).min(sb);
    let mut k = from;
    while k < lim {
        *steps += 1;
        let t = &toks[k];
        if t.kind == TokKind::Number || t.kind == TokKind::NumRange {
            return None;
        }
        if t.kind == TokKind::Punct && !t.is_punct(b'\'') && !t.is_punct(b'"') {
            // "Two suspects fled, but were arrested": a comma before a passive joined on.
            if t.is_punct(b',')
                && is_word(toks, k + 1, w!["and", "but"])
                && toks.get(k + 2).is_some_and(|n| entry(n).cls == Cls::Aux)
            {
                k += 1;
                continue;
            }
            return None;
        }
        let e = entry(t);
        if e.verb.is_some() || e.num > 0 || (e.article && !passive) || e.cls == Cls::ListIntro {
            return None;
        }
        // "fled but were arrested": "but" joins only a passive.
        let but = is_word(toks, k, w!["but"])
            && toks.get(k + 1).is_some_and(|n| entry(n).cls == Cls::Aux);
        if but || is_word(toks, k, w!["and"]) {
            let mut j = k + 1;
            let mut aux = 0;
            while j < sb && entry(&toks[j]).cls == Cls::Aux && aux < 4 {
                j += 1;
                aux += 1;
            }
            // "... and were not hurt".
            if j >= sb || (k + 1..j).any(|x| is_word(toks, x, w!["not", "never"])) {
                return None;
            }
            // "were dragged from their vehicle and shot dead": the passive goes on, unless the
            // verb has its own object ("were deployed and killed 3 militants").
            if aux == 0
                && (!passive
                    || toks.get(j + 1).is_some_and(|n| {
                        n.kind == TokKind::Number || entry(n).num > 0 || entry(n).article
                    }))
            {
                return None;
            }
            if let Some((kind, end)) = phrase_verb(toks, j, sb) {
                return Some(Verb {
                    kind,
                    start: j,
                    end,
                    word: j,
                });
            }
            let kind = entry(&toks[j]).verb?;
            return Some(Verb {
                kind,
                start: j,
                end: j + 1,
                word: j,
            });
        }
        k += 1;
    }
    None
}

/// A coordinated noun phrase with its own number at `k` ("and two civilians"); returns the token
/// after it.
fn coordinated(
    src: &str,
    toks: &[Token],
    mut k: usize,
    sb: usize,
    steps: &mut u64,
) -> Option<usize> {
    if is_word(toks, k, w!["and"]) {
        k += 1;
    }
    if toks.get(k).is_some_and(|t| entry(t).cls == Cls::Det) {
        k += 1;
    }
    let mut a = if is_word(toks, k, w!["a", "an", "the"])
        && is_word(toks, k + 1, w!["equal", "similar", "same"])
        && is_word(toks, k + 2, w!["number"])
        && is_word(toks, k + 3, w!["of"])
    {
        let mut a = numbers::parse(src, toks, k, sb, steps)?;
        a.end = k + 4;
        a
    } else {
        numbers::parse(src, toks, k, sb, steps)?
    };
    a.article = false;
    let mut probe = Mention {
        ev_start: 0,
        ev_end: 0,
        ..Mention::new(a, 0)
    };
    noun_phrase_apart(src, toks, a.end, sb, &mut probe, steps);
    let h = probe.head?;
    if entry(&toks[h]).noun.is_some() {
        return None;
    }
    Some(probe.after)
}

/// "kidnapped by ISIS and released": a second kind verb joined by "and" within a few tokens.
fn second_verb(toks: &[Token], from: usize, sb: usize, k1: Kind) -> Option<(Kind, usize)> {
    let lim = (from + 6).min(sb);
    let mut k = from;
    while k < lim {
        let t = &toks[k];
        if t.kind != TokKind::Word {
            return None;
        }
        if is_word(toks, k, w!["and", "or"]) {
            let mut j = k + 1;
            while j < lim && entry(&toks[j]).cls == Cls::Aux {
                j += 1;
            }
            let e = entry(toks.get(j)?);
            let k2 = e.verb?;
            // "and injured 20 others" has its own number.
            if toks
                .get(j + 1)
                .is_some_and(|n| n.kind == TokKind::Number || entry(n).num > 0 || entry(n).article)
            {
                return None;
            }
            return (k2 != k1).then_some((k2, j));
        }
        if entry(t).verb.is_some() || entry(t).num > 0 {
            return None;
        }
        k += 1;
    }
    None
}

/// "Incidents fell to 78 in 2025, from 91": whether the comma at `comma` closes the clause of
/// the last mention before, the end of a change ("to 78") with only a date or place after it.
fn change_end_before(toks: &[Token], prev: &[Mention], comma: usize) -> bool {
    if !toks.get(comma).is_some_and(|t| t.is_punct(b',')) {
        return false;
    }
    prev.last().is_some_and(|p| {
        let end = p.ev_end.max(p.np_end);
        p.kind.is_some()
            && p.amount.start > 0
            && (p.total || is_word(toks, p.amount.start - 1, w!["to"]))
            && end <= comma
            && comma <= end + 6
            && (end..comma)
                .all(|j| toks[j].kind != TokKind::Punct && entry(&toks[j]).verb.is_none())
    })
}

/// "bringing the total to 307", "brought to 491 the number of".
fn is_total(toks: &[Token], start: usize, sa: usize) -> bool {
    if start <= sa || !is_word(toks, start - 1, w!["to"]) {
        return false;
    }
    let lo = start.saturating_sub(6).max(sa);
    // "rose from 41 in 2022 to 96": a change, not a running total.
    if (lo..start - 1).any(|j| is_word(toks, j, w!["from"])) {
        return false;
    }
    (lo..start - 1).any(|j| {
        in_set(
            toks,
            j,
            ws![
                "bringing", "brought", "brings", "bring", "taking", "took", "takes", "raising",
                "raised", "pushing", "pushed", "rose", "risen", "climbed"
            ],
        )
    })
}

/// The kind of a counted noun whose change is told before token `at` ("from"/"to"), with the
/// noun's and the verb's token:
/// "attacks on police climbed from", "the number of kidnappings rose from 41 in 2022 to".
fn trend_kind(toks: &[Token], at: usize, sa: usize) -> Option<(Kind, usize, usize)> {
    let lo = at.saturating_sub(10).max(sa);
    let verb = (lo..at).rev().find(|&j| {
        in_set(
            toks,
            j,
            ws![
                "rose",
                "risen",
                "rise",
                "rising",
                "climbed",
                "increased",
                "jumped",
                "soared",
                "surged",
                "fell",
                "dropped",
                "declined",
                "decreased",
                "plunged",
                "fallen",
                "grew",
                "grown",
                "dipped",
                "went",
                // "have come down from 228", "went up from".
                "down",
                "up",
            ],
        )
    })?;
    // No other clause between: "from 41 in 2022 to".
    if (verb + 1..at).any(|j| toks[j].kind == TokKind::Punct || entry(&toks[j]).verb.is_some()) {
        return None;
    }
    // "Major incidents (each involving three or more deaths) dropped from": the noun before a
    // parenthesis.
    let mut end = verb;
    if end > sa && toks[end - 1].is_punct(b')') {
        if let Some(open) = (end.saturating_sub(14).max(sa)..end - 1)
            .rev()
            .find(|&j| toks[j].is_punct(b'('))
        {
            end = open;
        }
    }
    let words = || {
        (end.saturating_sub(10).max(sa)..end)
            .rev()
            .take_while(|&j| toks[j].kind == TokKind::Word)
    };
    // "the number of security personnel killed in attacks fell from 91": the participle after
    // "number of" names what was counted.
    if let Some(n) =
        words().find(|&j| is_word(toks, j, w!["number"]) && is_word(toks, j + 1, w!["of"]))
    {
        if let Some(k) = (n + 2..end).find_map(|j| entry(&toks[j]).verb) {
            return Some((k, n, verb));
        }
    }
    words()
        .take(7)
        .find_map(|j| entry(&toks[j]).noun.map(|k| (k, j, verb)))
}

/// "the death toll rose to 19", "the toll stands at 19".
/// "the number of people killed has crossed 120": the kind of a counted total before the
/// number, within a few words.
fn toll_before(toks: &[Token], start: usize, sa: usize) -> Option<Kind> {
    // "put the toll at \"as many as 70\"": a quote opens the number.
    let start = if start > sa + 1 && toks[start - 1].is_punct(b'"') {
        start - 1
    } else {
        start
    };
    if start <= sa
        || !in_set(
            toks,
            start - 1,
            ws![
                "to",
                "at",
                "reached",
                "hit",
                "is",
                "was",
                "of",
                "touched",
                "crossed",
                "exceeded",
                "surpassed",
                "topped",
                "passed",
                "stood",
                "stands",
                "exceed",
                "cross",
                "surpass",
                "reach",
                "be",
                "been",
                "stand"
            ],
        )
    {
        return None;
    }
    // "the number of people killed in the district since May 2023 to": a long subject.
    let lo = start.saturating_sub(16).max(sa);
    let mut number_of = false;
    let rose = in_set(
        toks,
        start - 1,
        ws![
            "to",
            "reached",
            "crossed",
            "exceeded",
            "surpassed",
            "topped",
            "hit",
            "touched"
        ],
    ) || (start >= sa + 2
        && is_word(toks, start - 1, w!["at"])
        && is_word(toks, start - 2, w!["stand", "stands", "stood"]));
    for j in lo..start - 1 {
        if is_word(toks, j, w!["toll", "tolls"]) {
            return Some(Kind::Killed);
        }
        // "the total killed since January to 340", "the total number held this year to": the
        // participle right after the total names it.
        if is_word(toks, j, w!["total", "number", "tally"]) && !is_word(toks, j + 1, w!["of"]) {
            let p = if is_word(toks, j + 1, w!["number"]) {
                j + 2
            } else {
                j + 1
            };
            if p < start {
                let e = entry(&toks[p]);
                if let Some(k) = e.verb.filter(|k| k.has_subject() && e.noun.is_none()) {
                    return Some(k);
                }
            }
        }
        // "the number of people killed", "the tally of those killed".
        if is_word(toks, j, w!["number", "total", "tally"]) && is_word(toks, j + 1, w!["of"]) {
            number_of = true;
        } else if number_of && toks[j].kind == TokKind::Word {
            // "the number of people killed".
            let e = entry(&toks[j]);
            if let Some(k) = e.verb.or(e.noun).filter(|k| k.has_subject()) {
                return Some(k);
            }
        } else if rose
            && j + 6 >= start
            && toks[j].kind == TokKind::Word
            && (j + 1..start)
                .all(|x| toks[x].kind != TokKind::Punct && entry(&toks[x]).verb.is_none())
        {
            // "civilian deaths rose to 44", "Kidnappings in the state reached 420".
            if let Some(k) = entry(&toks[j]).noun.filter(|k| k.has_subject()) {
                return Some(k);
            }
        }
    }
    // "The death toll from an attack by gunmen on a market in the town of X rose to 31": a long
    // subject, with no count or kind verb of its own between.
    if rose && lo > sa {
        let far = start.saturating_sub(32).max(sa);
        let mut j = start - 1;
        while j > far {
            j -= 1;
            let t = &toks[j];
            // Not past another clause: "... stood at 20, and officials raised".
            if t.kind == TokKind::Punct
                && (t.punct != b',' || is_word(toks, j + 1, w!["and", "but", "while"]))
            {
                break;
            }
            if is_word(toks, j, w!["toll", "tolls"]) {
                if (j + 1..start).all(|x| entry(&toks[x]).verb.is_none()) {
                    return Some(Kind::Killed);
                }
                break;
            }
            if is_word(toks, j, w!["number"]) && is_word(toks, j + 1, w!["of"]) {
                // "the number of people killed in an ambush on a convoy near ...".
                return (j + 2..(j + 6).min(start))
                    .take_while(|&x| toks[x].kind == TokKind::Word)
                    .find_map(|x| entry(&toks[x]).verb.filter(|k| k.has_subject()));
            }
        }
    }
    // "a hospital put it at around 120" after a toll.
    if start >= sa + 4
        && is_word(toks, start - 1, w!["at"])
        && is_word(toks, start - 2, w!["it"])
        && is_word(toks, start - 3, w!["put", "puts", "putting"])
    {
        let lo = start.saturating_sub(24).max(sa);
        if (lo..start).any(|j| is_word(toks, j, w!["toll", "tolls"])) {
            return Some(Kind::Killed);
        }
    }
    None
}

/// The rate of one word: "daily", "weekly", "monthly", "annually", "yearly".
fn rate_word(toks: &[Token], j: usize) -> Option<Rate> {
    if is_word(toks, j, w!["daily"]) {
        Some(Rate::Day)
    } else if is_word(toks, j, w!["weekly"]) {
        Some(Rate::Week)
    } else if is_word(toks, j, w!["monthly"]) {
        Some(Rate::Month)
    } else if is_word(toks, j, w!["annually", "yearly"]) {
        Some(Rate::Year)
    } else {
        None
    }
}

/// "169 operations per day", "14 attacks a month", "daily".
// Inlined natively, where speed counts; the size-built wasm decides for itself.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn rate_after(toks: &[Token], np_end: usize, sb: usize) -> Option<Rate> {
    let mut j = np_end;
    // Every rate opens with a keyword.
    if j >= sb || toks.get(j).is_none_or(|t| t.word == NO_WORD) {
        return None;
    }
    if let Some(r) = rate_word(toks, j) {
        return Some(r);
    }
    if !is_word(toks, j, w!["per", "a", "an", "each", "every"]) {
        return None;
    }
    j += 1;
    let t = toks.get(j).filter(|_| j < sb)?;
    let Cls::Period(p) = entry(t).cls else {
        return None;
    };
    if is_word(
        toks,
        j + 1,
        w!["ago", "earlier", "later", "before", "after"],
    ) {
        return None;
    }
    Some(match p {
        0 => Rate::Day,
        1 => Rate::Week,
        2 => Rate::Month,
        _ => Rate::Year,
    })
}

/// Lists and parts within one sentence: "including", "comprising", "among them", list
/// continuation with "," and "and", partitives and running totals.
fn lists(toks: &[Token], ms: &mut [Mention], first: usize, sa: usize, steps: &mut u64) {
    for i in first..ms.len() {
        *steps += 1;
        // "three each from A and B": the second count is the first one's twin.
        if ms[i].each == 2 && i > first {
            ms[i].kind = ms[i - 1].kind;
            ms[i].parent = ms[i - 1].parent;
            ms[i].part = ms[i - 1].part;
            ms[i].list_intro = ms[i - 1].list_intro;
            continue;
        }
        // "six others injured, three each from the DRG and the STF": a breakdown of the count
        // right before.
        let at = ms[i].amount.start;
        if ms[i].each == 1
            && ms[i].kind.is_none()
            && i > first
            && at > sa
            && toks[at - 1].is_punct(b',')
            && ms[i - 1].ev_end.max(ms[i - 1].np_end) + 1 == at
            && ms[i - 1].kind.is_some_and(Kind::has_subject)
        {
            ms[i].kind = ms[i - 1].kind;
            ms[i].parent = Some(i - 1);
            ms[i].part = true;
            continue;
        }
        // "Punjab and Sindh recorded 103 and 91 deaths respectively": a bare number before
        // "and" and the next count shares its noun.
        if ms[i].kind.is_none()
            && ms[i].head.is_none()
            && !ms[i].part
            && i + 1 < ms.len()
            && is_word(toks, ms[i].amount.end, w!["and"])
            && ms[i + 1].amount.start == ms[i].amount.end + 1
            && ms[i + 1].head.is_some()
            && ms[i + 1].kind.is_some()
            && ms[i + 1].rate.is_none()
        {
            ms[i].kind = ms[i + 1].kind;
            ms[i].head_subject = ms[i + 1].head_subject;
            ms[i].cue = ms[i + 1].cue;
            ms[i].contextual = ms[i + 1].contextual;
            continue;
        }
        // "killed 12 people (eight militants and four civilians)": the first count of a
        // breakdown in brackets after a figure's noun is a part of it; the list goes on below.
        let at = ms[i].amount.start;
        if i > first
            && at > sa + 1
            && toks[at - 1].is_punct(b'(')
            && ms[i - 1].amount.end < at
            && at <= ms[i - 1].after
            && ms[i - 1].rate.is_none()
            && ms[i - 1].kind.is_some_and(Kind::has_subject)
            && ms[i].head.is_some_and(|h| is_person_noun(&toks[h]))
        {
            if ms[i].kind.is_none() {
                ms[i].kind = ms[i - 1].kind;
            }
            if ms[i].kind == ms[i - 1].kind {
                ms[i].parent = Some(i - 1);
                ms[i].part = true;
                ms[i].list_intro = true;
                continue;
            }
        }
        // "Nine policemen were injured, six of them seriously": a part in apposition.
        if ms[i].kind.is_none()
            && ms[i].part
            && i > first
            && at > sa
            && toks[at - 1].is_punct(b',')
            && is_word(toks, ms[i].amount.end, w!["of"])
            && is_word(toks, ms[i].amount.end + 1, w!["them", "whom"])
            && ms[i - 1].kind.is_some()
            && ms[i - 1].rate.is_none()
        {
            ms[i].kind = ms[i - 1].kind;
            ms[i].parent = Some(i - 1);
            continue;
        }
        // "KP recorded 54 attacks; 33 of them took place in the tribal districts", "Troops
        // killed 12 militants. Seven of them were commanders": a part of the count right
        // before, with no other number between, also across a sentence it opens.
        if ms[i].kind.is_none()
            && ms[i].part
            && ms[i].head.is_none()
            && i > 0
            && in_set(toks, ms[i].amount.end + 1, ws!["them", "these", "those"])
            && is_word(toks, ms[i].amount.end, w!["of"])
            && (ms[i - 1].sentence == ms[i].sentence
                || (ms[i - 1].sentence + 1 == ms[i].sentence && at <= sa + 1))
            && ms[i - 1].rate.is_none()
            && !ms[i - 1].event_article
            && (ms[i - 1].amount.end..at).all(|j| {
                !is_numeral(&toks[j]) || is_word(toks, j, w!["a", "an"])
            })
            // "One of them, Cristal Garcia, was a commander": a named person described.
            && !(toks.get(ms[i].amount.end + 2).is_some_and(|t| t.is_punct(b','))
                && toks.get(ms[i].amount.end + 3).is_some_and(|t| t.cap()))
        {
            let p = i - 1;
            // "them" are the people or the events of the count before.
            let fits = match ms[p].kind {
                Some(k) if !k.has_subject() => antecedent_side(toks, at, sa).is_none(),
                Some(_) => ms[p].head.is_none_or(|h| entry(&toks[h]).person),
                None => false,
            };
            if fits {
                ms[i].kind = ms[p].kind;
                ms[i].parent = Some(p);
                continue;
            }
        }
        // "12 of the dead were gunmen and two were guardsmen", "Nine people died; six were
        // policemen": what some of the people counted just before were, a part of the count or
        // the breakdown going on.
        if ms[i].kind.is_none()
            && ms[i].copula
            && ms[i].head.is_none()
            && i > first
            // "Of those killed, 1,318 were fighters, 1,143 were members of...": items of an
            // opener's list go on below.
            && !ms[i - 1].list_intro
            && ms[i - 1].kind.is_some_and(Kind::has_subject)
            && ms[i - 1].rate.is_none()
            && ms[i - 1].ev_end < at
            && at <= ms[i - 1].ev_end + 8
            // "Eight people were killed on Monday; two were children": a date or place between,
            // then the joint.
            && (toks[at - 1].is_punct(b',')
                || toks[at - 1].is_punct(b';')
                || in_set(toks, at - 1, ws!["and", "while", "whereas"]))
            && (ms[i - 1].ev_end..at - 1).all(|j| {
                let e = entry(&toks[j]);
                toks[j].is_punct(b',')
                    || toks[j].is_punct(b';')
                    || (toks[j].kind == TokKind::Word && e.verb.is_none() && e.cls != Cls::Aux)
            })
        {
            let (kind, parent) = if ms[i - 1].part && ms[i - 1].copula {
                (ms[i - 1].kind, ms[i - 1].parent)
            } else {
                (ms[i - 1].kind, Some(i - 1))
            };
            ms[i].kind = kind;
            ms[i].parent = parent;
            ms[i].part = true;
            continue;
        }
        let start = ms[i].amount.start;
        let prev_end = if i > first {
            ms[i - 1].ev_end.max(ms[i - 1].np_end)
        } else {
            sa
        };
        // "Among the 67 detained were 11 women", "Of the 20 wounded, 12 were soldiers": the
        // opener's own count is the whole, and the opener goes on to the counts after it.
        let opener_whole = |m: &Mention| {
            let s = m.amount.start;
            (s >= sa + 2 && s <= sa + 3).then(|| s - 2).filter(|&l| {
                in_set(toks, l, ws!["among", "amongst", "of"])
                    && in_set(toks, l + 1, ws!["the", "those", "these"])
            })
        };
        let whole_here = opener_whole(&ms[i]).is_some();
        let lo = match (i > first).then(|| opener_whole(&ms[i - 1])).flatten() {
            Some(l) if ms[i - 1].kind.is_some() && start <= l + 16 => l,
            // A list opener between the previous mention and this one.
            _ => prev_end.max(start.saturating_sub(12)).max(sa),
        };
        let intro = (lo..start).rev().filter(|_| !whole_here).find(|&j| {
            entry(&toks[j]).cls == Cls::ListIntro
                || (is_word(toks, j, w!["of"]) && is_word(toks, j + 1, w!["whom"]))
                // "54 attacks, of which 33 ...": only right after the figure it refers to.
                || (is_word(toks, j, w!["of"])
                    && is_word(toks, j + 1, w!["which"])
                    && i > first
                    && j > sa
                    && toks[j - 1].is_punct(b',')
                    && ms[i - 1].ev_end.max(ms[i - 1].np_end) + 6 >= j
                    // "61 attacks in the province, of which": a place between at most.
                    && (ms[i - 1].ev_end.max(ms[i - 1].np_end)..j - 1).all(|x| {
                        toks[x].kind == TokKind::Word
                            && entry(&toks[x]).verb.is_none()
                            && entry(&toks[x]).cls != Cls::Conj
                    }))
                // "Of the dead, 51 were militants": a breakdown opening its sentence.
                || (j <= sa + 1
                    && is_word(toks, j, w!["of"])
                    && is_word(toks, j + 1, w!["the", "those", "these", "them"]))
        });
        // ", including soldiers and civilians, and a dozen injured": ", and" closes the list.
        let intro = intro.filter(|&l| {
            !(l..start).any(|j| toks[j].is_punct(b',') && is_word(toks, j + 1, w!["and"]))
        });
        // "3 cops among 7 killed": the 7 is the whole, not an item of a list.
        let intro = intro.filter(|_| !(i > first && ms[i - 1].parent == Some(i)));
        if let Some(l) = intro {
            ms[i].list_intro = true;
            ms[i].part = true;
            // "Among the dead were...", "Of those arrested,": the opener names the kind.
            let named = if is_word(toks, l, w!["among", "amongst", "of"])
                && is_word(toks, l + 1, w!["the", "those"])
            {
                // "Of the dead", "Of those arrested", "Of the militants killed": the first
                // kind word of the opener, before its comma.
                // "Among those who laid down arms were": a phrase verb names it too.
                (l + 2..(l + 5).min(start))
                    .take_while(|&j| toks[j].kind == TokKind::Word)
                    .find_map(|j| {
                        let e = entry(&toks[j]);
                        e.verb
                            .or(e.noun)
                            .or_else(|| phrase_verb(toks, j, start).map(|v| v.0))
                            .map(|k| (k, j))
                    })
                    // "Of the raids, 300 were in Bajaur": events only as the opener's last word.
                    .filter(|&(k, j)| {
                        k.has_subject()
                            || j + 1 == start
                            || (j + 2 == start && toks[j + 1].is_punct(b','))
                    })
                    .map(|(k, _)| k)
            } else if l > sa + 1 && is_word(toks, l + 1, w!["them", "those", "these"]) {
                // "Most of the dead were civilians, among them a soldier": a kind word earlier in
                // the sentence names what "them" are.
                (sa..l)
                    .rev()
                    .find_map(|j| {
                        let e = entry(&toks[j]);
                        e.verb.or(e.noun).filter(|_| toks[j].kind == TokKind::Word)
                    })
                    .filter(|k| k.has_subject())
            } else {
                None
            };
            // The parent: the last mention before the opener with a kind; a list item's parent
            // is its list's parent.
            let in_sentence = (first..i)
                .rev()
                .take(32)
                .find(|&p| ms[p].kind.is_some() && ms[p].amount.start < l && !ms[p].event_article)
                .or_else(|| {
                    // "Of the 245 people killed, 112 were...": the whole inside the opener.
                    (first..i).rev().take(4).find(|&p| {
                        ms[p].kind.is_some()
                            && ms[p].amount.start > l
                            && !ms[p].list_intro
                            && !ms[p].event_article
                    })
                });
            let parent = match in_sentence {
                Some(p) if ms[p].list_intro => ms[p].parent,
                Some(p) => Some(p),
                None if l <= sa + 1
                    || is_word(toks, l + 1, w!["them", "those", "these", "whom"]) =>
                {
                    // "Among them were...": the last figure of the sentence before.
                    (0..first).rev().take(8).find(|&p| {
                        ms[p].kind.is_some()
                            && !ms[p].event_article
                            // An opener that names its kind may reach one sentence further.
                            && (ms[p].sentence + 1 == ms[i].sentence
                                || (named.is_some() && ms[p].sentence + 2 == ms[i].sentence))
                            && named.is_none_or(|k| ms[p].kind == Some(k))
                    })
                }
                None => None,
            };
            if ms[i].kind.is_none() {
                ms[i].kind = named;
            }
            // "Of the militants killed, 14 were foreigners": the opener's noun names the side
            // of a count with no noun of its own.
            if named.is_some() && ms[i].head.is_none() && ms[i].cue.is_none() {
                for t in &toks[(l + 2).min(start)..start] {
                    if let Some(s) = entry(t).subject {
                        ms[i].cue = better(ms[i].cue, (s.0, 2));
                    }
                }
            }
            if ms[i].kind.is_none() {
                ms[i].kind = match parent {
                    Some(p) => ms[p].kind,
                    // "Total deaths included 98 militants", "the dead were distributed as
                    // follows": a kind word near the opener.
                    None => {
                        let lo = l
                            .saturating_sub(if is_word(toks, l, w!["follows"]) {
                                6
                            } else {
                                3
                            })
                            .max(sa);
                        (lo..start).find_map(|j| {
                            let e = entry(&toks[j]);
                            e.noun.or(e.verb).filter(|_| toks[j].kind == TokKind::Word)
                        })
                    }
                };
            }
            // "43 people were killed, among them 19 women and 9 children, and several others
            // were wounded": people listed after a whole in its sentence are parts of it, not
            // the doers of a verb further on.
            if let Some(p) = parent.filter(|&p| {
                in_sentence == Some(p) && ms[p].amount.start < l && ms[p].kind != ms[i].kind
            }) {
                let person = ms[i].head.is_some_and(|h| is_person_noun(&toks[h]));
                // "Nine others, including a bomb-maker, were captured and six militants
                // surrendered": a count with its own verb right after it starts a new clause.
                if person && ms[i].verb_close && ms[i].kind.is_some() {
                    ms[i].list_intro = false;
                    ms[i].part = false;
                    continue;
                }
                if person && ms[p].kind.is_some_and(Kind::has_subject) && !ms[i].from_before {
                    ms[i].kind = ms[p].kind;
                }
            }
            if let Some(p) = parent {
                if ms[i].kind == ms[p].kind {
                    ms[i].parent = Some(p);
                }
            }
            continue;
        }
        // "a sub-inspector was among them": a part of the figure before.
        if ms[i].kind.is_none() {
            let mut k = ms[i].after;
            while k < ms[i].after + 2 && toks.get(k).is_some_and(|t| entry(t).cls == Cls::Aux) {
                k += 1;
            }
            if is_word(toks, k, w!["among", "amongst"])
                && is_word(toks, k + 1, w!["them", "those", "these"])
                && toks
                    .get(k + 2)
                    .is_none_or(|t| t.kind != TokKind::Word || entry(t).verb.is_none())
            {
                let parent = (0..i).rev().take(8).find(|&p| {
                    ms[p].kind.is_some_and(Kind::has_subject)
                        && ms[p].sentence + 1 >= ms[i].sentence
                        && ms[p].parent.is_none()
                });
                if let Some(p) = parent {
                    ms[i].kind = ms[p].kind;
                    ms[i].parent = Some(p);
                    ms[i].part = true;
                    ms[i].list_intro = true;
                    ms[i].ev_end = k + 2;
                    continue;
                }
            }
            // "3 cops among 7 killed", "Twelve policemen were among the 19 people who lost
            // their lives": a part of the figure right after.
            let whole_at = if is_word(toks, k + 1, w!["the"]) {
                k + 2
            } else {
                k + 1
            };
            if is_word(toks, k, w!["among", "amongst"])
                && i + 1 < ms.len()
                && ms[i + 1].amount.start == whole_at
                && ms[i + 1].kind.is_some_and(Kind::has_subject)
            {
                ms[i].kind = ms[i + 1].kind;
                ms[i].parent = Some(i + 1);
                ms[i].part = true;
                ms[i].list_intro = true;
                continue;
            }
        }
        // Objects of one verb: "abducted six engineers and a driver".
        if ms[i].kind.is_none() && i > first && ms[i - 1].from_before && start >= prev_end {
            let from = ms[i - 1].after.max(prev_end);
            let gap = from..start;
            let joined = gap
                .clone()
                .any(|j| toks[j].is_punct(b',') || is_word(toks, j, w!["and"]));
            let clean = gap.clone().all(|j| {
                toks[j].is_punct(b',')
                    || is_word(toks, j, w!["and"])
                    || entry(&toks[j]).cls == Cls::Det
            });
            if joined && clean && start - from <= 3 {
                ms[i].kind = ms[i - 1].kind;
                ms[i].from_before = true;
            }
        }
        // "an average of 45 a day": the kind of the figure it averages.
        if ms[i].kind.is_none() && ms[i].rate.is_some() && ms[i].head.is_none() {
            ms[i].kind = (first..i).rev().take(32).find_map(|p| ms[p].kind);
        }
        // A list going on: "56 civilians, 44 personnel and 11 militants".
        // "among them 19 women and 9 children, and several others were wounded": the people of
        // a list of parts keep its kind, whatever verb comes later; ", and" closes the list.
        let person = ms[i].head.is_some_and(|h| is_person_noun(&toks[h]));
        let relabel = i > first
            && ms[i].kind.is_some()
            && ms[i - 1].kind.is_some_and(Kind::has_subject)
            && ms[i - 1]
                .parent
                .is_some_and(|p| ms[p].kind == ms[i - 1].kind && ms[p].amount.start < start)
            && person
            && !(prev_end..start)
                .any(|j| toks[j].is_punct(b',') && is_word(toks, j + 1, w!["and"]));
        if i > first
            && ms[i - 1].list_intro
            && (ms[i].kind.is_none() || ms[i].kind == ms[i - 1].kind || relabel)
            // People are no items of a list of events.
            && !(person && ms[i - 1].kind.is_some_and(|k| !k.has_subject()))
            && start >= prev_end
            && start - prev_end <= 12
        {
            let gap = prev_end..start;
            let joined = gap
                .clone()
                .any(|j| toks[j].is_punct(b',') || is_word(toks, j, w!["and"]));
            let clean = gap.clone().all(|j| {
                let e = entry(&toks[j]);
                e.verb.is_none()
                    && e.cls != Cls::ListIntro
                    && !toks[j].is_punct(b';')
                    && !toks[j].is_punct(b':')
                    // ", while 384 militants were killed": a new clause, not the list.
                    && !is_word(toks, j, w!["while", "whereas", "but"])
                    // ", he said, adding that 12 soldiers...": a reported clause.
                    && !is_word(toks, j, w!["said", "says", "adding", "added", "that"])
                    // ", as against 127 fatalities": a comparison.
                    && !is_word(toks, j, w!["against", "compared"])
            });
            if joined && clean {
                ms[i].list_intro = true;
                ms[i].part = true;
                ms[i].kind = ms[i - 1].kind;
                ms[i].parent = ms[i - 1].parent;
            }
        }
        // A running total: the mention before it is a part of it.
        if ms[i].total
            && i > first
            && ms[i - 1].kind == ms[i].kind
            && ms[i - 1].parent.is_none()
            && !ms[i - 1].total
        {
            ms[i - 1].parent = Some(i);
            ms[i - 1].part = true;
        }
    }
}

/// Whether the document says its victims were civilians ("all the victims were civilians").
fn doc_says_civilians(toks: &[Token], steps: &mut u64) -> bool {
    // The word's lexicon id first: cheaper than its text, on every token of the document.
    let civilians = lexicon::lookup(b"civilians");
    let mut found = false;
    for j in 1..toks.len() {
        *steps += 1;
        // Not a breakdown: "150 were civilians".
        if toks[j].lex == civilians
            && is_word(toks, j, w!["civilians"])
            && is_word(toks, j - 1, w!["were", "are", "all"])
            && !(j >= 2 && {
                let n = &toks[j - 2];
                matches!(n.kind, TokKind::Number | TokKind::NumRange)
                    || entry(n).num > 0
                    || is_word(toks, j - 2, w!["rest", "remaining", "others", "remainder"])
            })
            // "were civilians and militants": a mix.
            && !is_word(toks, j + 1, w!["and", "or"])
        {
            found = true;
            break;
        }
    }
    found
}

/// Whether the sentence speaks of a place of worship or a market, where "people" are civilians.
fn sentence_is_civilian(toks: &[Token], a: usize, b: usize, steps: &mut u64) -> bool {
    *steps += (b - a) as u64;
    toks[a..b].iter().any(|t| entry(t).civ_place)
}

/// Whether the sentence reports play in a game: "wickets", "innings", "goals".
fn sentence_is_sport(toks: &[Token], a: usize, b: usize, steps: &mut u64) -> bool {
    *steps += (b - a) as u64;
    (a..b).any(|j| is_word(toks, j, SPORT_WORDS))
}

/// Settles the subject of every mention of one sentence.
/// The side of a person noun that opens a clause of its own in `from..to`, right after ";" or
/// "," and before its verb: "soldier" in "5 militants killed; soldier dies, 3 injured".
fn clause_subject(toks: &[Token], from: usize, to: usize) -> Option<Subject> {
    let to = to.min(toks.len());
    if from >= to || to - from > 8 {
        return None;
    }
    let mut found = None;
    for j in from.max(1)..to {
        // Only right after ";" or ",": most gaps have none.
        let p = &toks[j - 1];
        if p.kind != TokKind::Punct || !matches!(p.punct, b';' | b',') {
            continue;
        }
        let e = entry(&toks[j]);
        let verb = toks
            .get(j + 1)
            .is_some_and(|n| n.kind == TokKind::Word && entry(n).verb.is_some());
        if let Some(s) = e.subject.filter(|_| e.person && verb) {
            found = Some(s.0);
        }
    }
    found
}

fn subjects(toks: &[Token], ms: &mut [Mention], first: usize, civ: bool) {
    // Every noun phrase's own side, whether or not it was bound to a kind: "two bombers... one
    // of these was killed" takes it.
    for m in ms[first..].iter_mut() {
        m.np_subject = match (m.head_subject, m.cue) {
            (Some((s, 3)), _) => Some(s),
            (Some((hs, hw)), Some((cs, cw))) => Some(if cw >= hw { cs } else { hs }),
            (None, Some((cs, cw))) if cw >= 2 => Some(cs),
            (Some((hs, _)), None) => Some(hs),
            _ => None,
        };
    }
    for i in first..ms.len() {
        let Some(kind) = ms[i].kind else { continue };
        if !kind.has_subject() {
            ms[i].subject = None;
            continue;
        }
        let m = &ms[i];
        let mut s = m.np_subject;
        if s.is_none() && (m.contextual || m.count_noun) {
            // From the noun phrase before: in this sentence, or for "others" the one before.
            let lo = if m.count_noun || m.local { first } else { 0 };
            // "5 militants killed; soldier dies, 3 injured": the side of a person who opens
            // a clause of his own between is the nearer one.
            let opener = i
                .checked_sub(1)
                .filter(|&p| p >= lo && ms[p].sentence == m.sentence);
            let between = opener.and_then(|p| clause_subject(toks, ms[p].np_end, m.amount.start));
            s = between.or_else(|| {
                (lo..i)
                    .rev()
                    .take(8)
                    .take_while(|&p| ms[p].sentence + 1 >= ms[i].sentence)
                    .filter(|&p| !ms[p].event_article && ms[p].kind.is_none_or(Kind::has_subject))
                    // "40 people, among them 12 soldiers and 5 militants, while 70 others": the
                    // others are besides the total, not its last part.
                    .filter(|&p| m.list_intro || !ms[p].list_intro)
                    .find_map(|p| {
                        let own = ms[p]
                            .subject
                            .filter(|_| ms[p].kind.is_some_and(Kind::has_subject));
                        own.or(ms[p].np_subject)
                    })
            });
            if s.is_none() && m.count_noun && kind == Kind::Surrendered {
                s = Some(Subject::Militants);
            }
        }
        // "two divisional committee members surrendered": members who surrender are members of
        // an armed group.
        if s.is_none() && kind == Kind::Surrendered && m.local && !m.peoplelike {
            s = Some(Subject::Militants);
        }
        // "Police arrested 20 suspected terrorists. ... Nine of those held were Afghans": a part
        // of "those held" takes the side of the nearest earlier figure of that kind.
        if s.is_none() && ms[i].part && ms[i].head.is_none() {
            if let Some(wk) = ms[i].whole_kind {
                s = (0..i)
                    .rev()
                    .take(8)
                    .take_while(|&p| ms[p].sentence + 3 >= ms[i].sentence)
                    .find(|&p| ms[p].kind == Some(wk) && !ms[p].part)
                    .and_then(|p| ms[p].subject)
                    .filter(|&x| x != Subject::Unspecified);
            }
        }
        // "40 rebels surrendered, including a squad leader": a part of no side of its own is on
        // its whole's side.
        if s.is_none() && ms[i].part {
            // "Among the dead was a divisional committee member": also a whole told in the
            // sentence before.
            if let Some(p) = ms[i].parent.filter(|&p| p < i) {
                s = ms[p].subject.filter(|&x| x != Subject::Unspecified);
            }
        }
        // "The bodies of nine Maoists were recovered, taking the toll to 12": a running total
        // with no side of its own is on the side of the count it adds to.
        if s.is_none() && ms[i].total {
            s = (first..i)
                .rev()
                .find(|&p| ms[p].kind == Some(kind) && ms[p].parent.is_none_or(|q| q == i))
                .and_then(|p| ms[p].subject)
                .filter(|&x| x != Subject::Unspecified);
        }
        let m = &ms[i];
        let taken = matches!(kind, Kind::Kidnapped | Kind::Rescued);
        if s.is_none() && m.peoplelike && (civ || m.murder || taken) {
            s = Some(Subject::Civilians);
        }
        // "37 abducted persons": people held by kidnappers are civilians.
        if s.is_none() && m.head.is_some() && m.partitive_kind == Some(Kind::Kidnapped) {
            s = Some(Subject::Civilians);
        }
        let mut s = s.unwrap_or(Subject::Unspecified);
        // "seven brave sons of the soil embraced shahadat": a weak head yields to "martyred".
        let weak = m.cue.is_none() && m.head_subject.is_some_and(|h| h.1 <= 1);
        // "Five people were martyred": people of any side are called martyrs.
        if (s == Subject::Unspecified || weak) && m.martyr && !m.people_word {
            s = Subject::SecurityForces;
        }
        if s == Subject::Unspecified && m.hell {
            s = Subject::Militants;
        }
        ms[i].subject = Some(s);
        // "Gunmen abducted 276 schoolgirls. ... Since then, 107 have been freed": the freed are
        // the side of the last kidnapping told.
        if ms[i].soft_rescue && kind == Kind::Rescued && s == Subject::Unspecified {
            if let Some(k) = (0..i)
                .rev()
                .take(8)
                .take_while(|&p| ms[p].sentence + 3 >= ms[i].sentence)
                .find(|&p| ms[p].kind == Some(Kind::Kidnapped))
            {
                s = ms[k].subject.unwrap_or(Subject::Unspecified);
                ms[i].subject = Some(s);
            }
        }
        // "released 3 suspects" is no rescue; "released two kidnapped soldiers" is; "freed 500
        // inmates" is none either, whoever freed them.
        // "held 28 soldiers ... Seventeen of the soldiers were released": people of a side
        // taken just before are freed.
        let taken_before = |ms: &[Mention]| {
            s != Subject::Unspecified
                && ms[i].np_subject == Some(s)
                && (0..i)
                    .rev()
                    .take(8)
                    .take_while(|&p| ms[p].sentence + 3 >= ms[i].sentence)
                    .any(|p| ms[p].kind == Some(Kind::Kidnapped) && ms[p].subject == Some(s))
        };
        if ms[i].soft_rescue
            && kind == Kind::Rescued
            && ((s != Subject::Civilians
                && ms[i].partitive_kind != Some(Kind::Kidnapped)
                && !ms[i].by_captors
                && !(ms[i].by_force && ms[i].np_subject == Some(Subject::SecurityForces))
                && !taken_before(ms))
                || ms[i].prisoners)
        {
            ms[i].kind = None;
        }
    }
    // "60 people, including 45 students, were martyred": civilian parts make "people" civilians
    // whatever the verb says. "12 soldiers, including two women, were martyred": women and men
    // among a force are on its side. "arrested 30 Maoists, including 12 women": so are the
    // women and men a count of militants names as its parts (though not the children, nor the
    // women of "967 terrorists, 354 adult females and 531 children", families counted beside
    // the fighters).
    for i in first..ms.len() {
        // The whole may be told in the sentence before: "27 rebels laid down their arms. Among
        // them were three commanders and a woman."
        if let Some(p) = ms[i].parent.filter(|&p| p < i) {
            let word = ms[i]
                .head
                .or_else(|| ms[i].copula.then(|| ms[i].ev_end.checked_sub(1)).flatten());
            let adults = word.is_some_and(|h| {
                in_set(
                    toks,
                    h,
                    ws!["women", "woman", "men", "man", "females", "males"],
                ) && !is_word(toks, h + 1, w!["and", "or"])
            });
            if ms[i].subject == Some(Subject::Civilians)
                && ((ms[i].demographic && ms[p].subject == Some(Subject::SecurityForces))
                    || (adults
                        && ms[p].subject == Some(Subject::Militants)
                        && ms[p].np_subject == Some(Subject::Militants)))
            {
                ms[i].subject = ms[p].subject;
            }
            if p >= first
                && ms[i].subject == Some(Subject::Civilians)
                && ms[p].peoplelike
                && ms[p].martyr
                && matches!(
                    ms[p].subject,
                    Some(Subject::SecurityForces | Subject::Unspecified)
                )
            {
                ms[p].subject = Some(Subject::Civilians);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::{tokenize_into, Tokens};

    fn figs(s: &str) -> Vec<String> {
        let mut st = 0;
        let mut t = Tokens::default();
        tokenize_into(s, &mut t, &mut st);
        let mut found = Vec::new();
        find_into(
            s,
            &t.toks,
            &t.sents,
            &t.opens,
            &mut found,
            &mut Vec::new(),
            &mut st,
        );
        found
            .iter()
            .map(|m| {
                let k = m.kind.map_or("-", Kind::as_str);
                let sub = m.subject.map_or("-", Subject::as_str);
                let rate = m.rate.map_or("", Rate::as_str);
                format!(
                    "{k} {sub} {}{}{}",
                    m.amount.value,
                    if rate.is_empty() { "" } else { "/" },
                    rate
                )
            })
            .collect()
    }

    /// [`more_ages`] as first written: every connector tested on every token.
    fn more_ages_general(toks: &[Token], start: usize, sa: usize) -> bool {
        let lo = start.saturating_sub(8).max(sa);
        let mut k = start;
        let mut numbers = 0;
        while k > lo {
            k -= 1;
            let t = &toks[k];
            if t.kind == TokKind::Number || entry(t).num > 0 {
                numbers += 1;
            } else if !(t.is_punct(b',')
                || t.is_punct(b'-')
                || t.is_punct(b'&')
                || is_word(toks, k, w!["and", "to", "or", "between", "from"]))
            {
                let ages_of =
                    is_word(toks, k, w!["of"]) && k > sa && is_word(toks, k - 1, w!["ages", "age"]);
                return ages_of || (numbers > 0 && is_word(toks, k, w!["aged", "ages", "age"]));
            }
        }
        false
    }

    /// [`note_verb`] as first written: every keyword compared with every verb.
    fn note_verb_general(w: &[u8]) -> [bool; 4] {
        let starts =
            |p: &str| w.len() >= p.len() && w[..p.len()].eq_ignore_ascii_case(p.as_bytes());
        let is = |p: &str| w.eq_ignore_ascii_case(p.as_bytes());
        [
            starts("martyr") || starts("embraced") || starts("attained"),
            is("sent") || starts("neutrali") || is("eliminated"),
            starts("murder") || starts("massacr"),
            starts("releas") || starts("free") || is("recovered") || is("recovery"),
        ]
    }

    /// The first-letter dispatch of [`note_verb`] agrees with its general form on every word of
    /// a text of verbs, near misses and odd cases.
    #[test]
    fn note_verb_fast_path_agrees() {
        let text = "martyred Martyrs MARTYRDOM embraced embrace attained attain sent Sent sends \
            neutralised Neutralized neutral eliminated eliminate murdered Murders massacred \
            massacre released Releasing freed Free freedom recovered Recovery recover killed \
            injured arrested wounded abducted m e a s n r f mar em at se ne re fr 12 x";
        let mut st = 0;
        let mut t = Tokens::default();
        tokenize_into(text, &mut t, &mut st);
        assert!(t.toks.len() > 40);
        for tok in &t.toks {
            let mut m = Mention::new(numbers::exact(0, 1, 1), 0);
            note_verb(text, tok, &mut m);
            let got = [m.martyr, m.hell, m.murder, m.soft_rescue];
            let w = tok.text(text);
            assert_eq!(got, note_verb_general(w.as_bytes()), "{w}");
        }
    }

    /// [`ratio_before`] without its first-word exit.
    fn ratio_before_general(toks: &[Token], start: usize, sa: usize) -> bool {
        let mut k = start;
        let every = k > sa && is_word(toks, k - 1, w!["every"]);
        if every {
            k -= 1;
        }
        if k >= sa + 2 && is_word(toks, k - 1, w!["in"]) {
            return is_word(toks, k - 2, w!["one"]);
        }
        k >= sa + 3
            && is_word(toks, k - 1, w!["of"])
            && is_word(toks, k - 2, w!["out"])
            && (is_word(toks, k - 3, w!["one"]) || (every && is_numeral(&toks[k - 3])))
    }

    /// The fast paths of the look-behind tests agree with their general forms at every token
    /// of texts full of ages, ratios and lists, from every sentence start before it.
    #[test]
    fn look_behind_fast_paths_agree() {
        let texts = [
            "Two boys aged 9 and 11, and girls aged 7, 9 & 12 were among 40 people hurt.",
            "Between the ages of 18 and 30, some 25 men, aged about 40 - 45 or 50, were held.",
            "One in three air raids, one in every five, two out of every three and 4 out of 10.",
            "Of the 60 abducted (aged 12-15), 12 were freed; the ages of 3 to 5 were not known.",
            "AGE OF 7, Ages 9 to 11, and from 20 to 30 - twenty-one, thirty or forty killed.",
            "\"12, 14\" and \u{201c}one\u{201d} of them: 5 per cent, Rs. 600 and $ 30, 8:55.",
            "A crowd of around 600, a mob of more than 200, crowds of 50 and a throng of some 90.",
        ];
        for text in texts {
            let mut st = 0;
            let mut t = Tokens::default();
            tokenize_into(text, &mut t, &mut st);
            let toks = &t.toks;
            for start in 0..toks.len() {
                for sa in 0..=start {
                    assert_eq!(
                        more_ages(toks, start, sa),
                        more_ages_general(toks, start, sa),
                        "more_ages {start} {sa} {text}"
                    );
                    // A plain word before the number answers both looks back.
                    if start > sa && plain_before(&toks[start - 1], entry(&toks[start - 1])) {
                        assert!(!more_ages(toks, start, sa), "plain {start} {sa} {text}");
                        assert!(!crowd_size(toks, start, sa), "plain {start} {sa} {text}");
                    }
                    assert_eq!(
                        ratio_before(toks, start, sa),
                        ratio_before_general(toks, start, sa),
                        "ratio_before {start} {sa} {text}"
                    );
                }
            }
        }
    }

    macro_rules! finds {
        ($name:ident, $input:expr, [$($e:expr),* $(,)?]) => {
            #[test]
            fn $name() {
                let expected: Vec<&str> = vec![$($e),*];
                assert_eq!(figs($input), expected, "{}", $input);
            }
        };
    }

    finds!(
        ages_in_commas,
        "Two women, aged 41 and 45, were abducted.",
        ["kidnapped civilians 2"]
    );
    finds!(
        age_before_verb,
        "Four youths aged 19 were detained.",
        ["arrested civilians 4"]
    );
    finds!(
        saying_ends_phrase,
        "A report said troops had killed 8 rebels.",
        ["killed militants 8"]
    );
    // Running totals and revised tolls: the words before "to N" or after "from N".
    finds!(
        total_participle,
        "It brought the total killed since May to 96.",
        ["killed unspecified 96"]
    );
    finds!(
        total_number_participle,
        "It took the total number held since May to 960.",
        ["arrested unspecified 960"]
    );
    finds!(
        number_participle,
        "This took the number injured this week to 18.",
        ["injured unspecified 18"]
    );
    finds!(
        total_of_a_thing,
        "This took the total spent this week to 18.",
        []
    );
    finds!(
        relative_after_number_of,
        "This raised to 18 the number of rebels who had laid down their arms.",
        ["surrendered militants 18"]
    );
    finds!(far_toll, "The toll from a blast near a mosque in the old quarter of the northern town of Jos rose to 9.", ["attacks - 1", "killed unspecified 9"]);
    finds!(far_toll_after_a_count, "The toll from 2 blasts near a mosque in the old quarter of the northern town of Jos rose to 9.", ["attacks - 2", "killed unspecified 9"]);
    finds!(far_toll_other_clause, "The toll of the blast was confirmed by a doctor in the town of Jos, and the price of fuel in the old quarter of the town rose to 9.", []);
    finds!(
        comparison_reported,
        "Deaths rose to 40, up from 31 reported earlier.",
        ["killed unspecified 40", "killed unspecified 31"]
    );
    finds!(
        comparison_after_comma,
        "Raids fell to 12 in June, from 19 in May.",
        ["operations - 12", "operations - 19"]
    );
    finds!(
        comparison_after_comma_needs_a_change,
        "Police raided 12 homes in June, from 19 in May.",
        []
    );
    finds!(
        as_against,
        "Police made 40 arrests in June, as against 31 in May.",
        ["arrested unspecified 40", "arrested unspecified 31"]
    );

    finds!(
        reported_is_a_modifier,
        "The monitor counted 90 reported fatalities.",
        ["killed unspecified 90"]
    );

    finds!(
        firefighters_civilians,
        "Two firefighters were hurt in the blaze set by rioters.",
        ["injured civilians 2"]
    );
    finds!(
        paratroopers_forces,
        "Eleven paratroopers died in the crash.",
        ["killed security_forces 11"]
    );
    finds!(
        pirates_militants,
        "The navy captured 6 pirates off the coast.",
        ["arrested militants 6"]
    );
    finds!(
        defectors_no_side,
        "Police detained 4 defectors at the border.",
        ["arrested unspecified 4"]
    );
    finds!(
        hacked_to_death,
        "Four herders were hacked to death near the river.",
        ["killed civilians 4"]
    );
    finds!(
        burnt_alive,
        "Nine passengers were burnt alive in the bus.",
        ["killed civilians 9"]
    );
    finds!(
        slaughtered,
        "Raiders slaughtered 12 villagers at dawn.",
        ["killed civilians 12"]
    );
    finds!(
        hospitalised,
        "Thirty students were hospitalised after the blast.",
        ["injured civilians 30"]
    );
    finds!(
        liberated_hostages,
        "Commandos liberated 45 hostages from the camp.",
        ["rescued civilians 45"]
    );
    finds!(
        handed_themselves_over,
        "Six bandits handed themselves over to police.",
        ["surrendered militants 6"]
    );
    finds!(
        armed_guards_keep_side,
        "Gunmen killed two armed guards at the bank.",
        ["killed security_forces 2"]
    );
    finds!(
        masked_men_militants,
        "Villagers said six masked men were arrested.",
        ["arrested militants 6"]
    );
    finds!(
        held_suspects_released,
        "The 12 suspects held in the raid were released after questioning.",
        ["arrested unspecified 12"]
    );
    finds!(
        of_which_kind,
        "Monitors logged 90 incidents, 40 of which were rocket attacks.",
        ["attacks - 90", "attacks - 40"]
    );
    finds!(
        ages_in_words,
        "Two boys aged between six and eight were wounded.",
        ["injured civilians 2"]
    );
    finds!(
        ages_of,
        "The men, between the ages of 20 and 25, were detained.",
        []
    );
    finds!(
        ordinal_subject,
        "Rebels killed a ranger; a second was wounded.",
        ["killed security_forces 1", "injured security_forces 1"]
    );
    finds!(
        force_abbreviation,
        "Militants abducted four NSCDC officials.",
        ["kidnapped security_forces 4"]
    );
    finds!(
        peshmerga_forces,
        "Two Peshmerga fighters died in the blast.",
        ["killed security_forces 2"]
    );
    finds!(
        attack_on_government_office,
        "Militants carried out an attack on a government office.",
        ["attacks - 1"]
    );
    finds!(
        attack_on_the_government,
        "The party launched an attack on the government, saying it had failed.",
        []
    );
    finds!(
        comma_modifiers,
        "The blast killed 14 army, police and militia personnel.",
        ["killed security_forces 14"]
    );
    finds!(
        head_as_modifier,
        "The bomb wounded 6 FC and Levies personnel.",
        ["injured security_forces 6"]
    );
    finds!(
        comma_then_people,
        "The blast killed 40 people, police said.",
        ["killed unspecified 40"]
    );
    finds!(
        abducted_then_freed,
        "Two nurses abducted in June have been freed.",
        ["rescued civilians 2"]
    );
    finds!(
        bare_ages_in_commas,
        "Police said the two girls, 8 and 11, were hurt.",
        ["injured civilians 2"]
    );
    finds!(
        ages_word_list,
        "Four boys, ages 10, 12 and 15, were abducted.",
        ["kidnapped civilians 4"]
    );
    finds!(
        captors_picked_up,
        "Unknown gunmen picked up two teachers near the school.",
        ["kidnapped civilians 2"]
    );
    finds!(
        captors_took_away,
        "Masked men took away five shepherds on Sunday.",
        ["kidnapped civilians 5"]
    );
    finds!(
        police_took_away,
        "Police took away 6 suspects for questioning.",
        ["arrested unspecified 6"]
    );
    finds!(
        age_then_count,
        "A man aged 45 and two children were killed.",
        ["killed civilians 2"]
    );
    finds!(
        active,
        "Troops killed six terrorists.",
        ["killed militants 6"]
    );
    finds!(
        passive,
        "Six terrorists were killed in the raid.",
        ["killed militants 6"]
    );
    finds!(headline, "925 terrorists killed", ["killed militants 925"]);
    finds!(
        death_of,
        "It resulted in the death of 925 terrorists.",
        ["killed militants 925"]
    );
    finds!(
        lives_of,
        "The blast claimed the lives of 12 people.",
        ["killed unspecified 12"]
    );
    finds!(
        sent_to_hell,
        "Four khwarij were sent to hell.",
        ["killed militants 4"]
    );
    finds!(
        arrested_active,
        "Police arrested 15 suspects.",
        ["arrested unspecified 15"]
    );
    finds!(
        capture_of,
        "It saw the capture of two suicide bombers.",
        ["arrested militants 2"]
    );
    finds!(
        operations_count,
        "Forces conducted 59,775 operations.",
        ["operations - 59775"]
    );
    finds!(
        rate_per_day,
        "They ran 169 operations per day.",
        ["operations - 169/day"]
    );
    finds!(
        rate_a_month,
        "An average of 14 attacks a month.",
        ["attacks - 14/month"]
    );
    finds!(
        results,
        "There were 97 attacks, resulting in 87 fatalities and 118 injuries.",
        [
            "attacks - 97",
            "killed unspecified 87",
            "injured unspecified 118"
        ]
    );
    finds!(
        coordination,
        "Three soldiers and two civilians were killed.",
        ["killed security_forces 3", "killed civilians 2"]
    );
    finds!(
        others,
        "Five soldiers were martyred and three others injured.",
        ["killed security_forces 5", "injured security_forces 3"]
    );
    finds!(
        martyred_alone,
        "Two were martyred.",
        ["killed security_forces 2"]
    );
    finds!(
        article_event,
        "Troops launched an intelligence-based operation in Tank.",
        ["operations - 1"]
    );
    finds!(
        article_person,
        "A policeman was injured.",
        ["injured security_forces 1"]
    );
    finds!(definite_event, "The attack was condemned.", []);
    finds!(group_size, "A seven-member cell was busted.", []);
    finds!(weapons, "They seized two AK-47 rifles.", []);
    finds!(
        age,
        "A 25-year-old man was killed.",
        ["killed unspecified 1"]
    );
    finds!(money, "He was paid Rs. 600 by 3 men.", []);
    finds!(percent, "Attacks rose 70 percent.", []);
    finds!(duration, "The 72 hours after were calm.", []);
    finds!(
        vague,
        "They apprehended hundreds of individuals.",
        ["arrested unspecified 300"]
    );
    finds!(
        including,
        "At least 14 people were injured, including six children.",
        ["injured unspecified 14", "injured civilians 6"]
    );
    finds!(
        partitive,
        "Troops killed 40 militants, and 12 of the killed militants were leaders.",
        ["killed militants 40", "killed militants 12"]
    );
    finds!(killed_and_injured, "They killed and injured 15 people.", []);
    finds!(
        killed_and_wounded_vague,
        "They killed and wounded dozens of people.",
        ["killed unspecified 36", "injured unspecified 36"]
    );
    finds!(
        equal_number,
        "Five terrorists and an equal number of soldiers were killed.",
        ["killed militants 5", "killed security_forces 5"]
    );
    finds!(
        kidnap_release,
        "Two residents were kidnapped by gunmen and released.",
        ["kidnapped civilians 2", "rescued civilians 2"]
    );
    finds!(released_suspects, "Police released 5 suspects.", []);
    finds!(
        rescued_victims,
        "Troops rescued 101 kidnapped victims.",
        ["rescued civilians 101"]
    );
    finds!(
        surrender_count,
        "The district saw 496 surrenders.",
        ["surrendered militants 496"]
    );
    finds!(
        date_not_figure,
        "On 22 June 2023 troops killed 5 bandits.",
        ["killed militants 5"]
    );
    finds!(
        group_fighters,
        "Over 40 Al-Shabaab fighters had been killed.",
        ["killed militants 40"]
    );
    finds!(
        force_fighter,
        "A SDF fighter was seriously injured.",
        ["injured security_forces 1"]
    );
    finds!(
        member_of,
        "Three members of the state police had died.",
        ["killed security_forces 3"]
    );

    finds!(
        coordinated_objects,
        "Gunmen abducted six engineers and a driver.",
        ["kidnapped civilians 6", "kidnapped civilians 1"]
    );
    finds!(
        partitive_participle,
        "Two of the injured later succumbed to their injuries.",
        ["killed unspecified 2"]
    );
    finds!(
        toll,
        "The death toll rose to 19 on Monday.",
        ["killed unspecified 19"]
    );
    finds!(
        modal,
        "Up to 30 people may have been killed.",
        ["killed unspecified 30"]
    );
    finds!(
        shot_dead_before,
        "Gunmen shot dead a police constable.",
        ["killed security_forces 1"]
    );
    finds!(
        gunned_down_before,
        "Police gunned down five dacoits.",
        ["killed militants 5"]
    );
    finds!(
        average_rate,
        "They ran 4,021 IBOs, an average of 45 a day.",
        ["operations - 4021", "operations - 45/day"]
    );
    finds!(
        among_them,
        "At least 11 people, among them four policemen, died in the blast.",
        ["killed unspecified 11", "killed security_forces 4"]
    );
    finds!(
        laid_down_arms,
        "Around 200 fighters laid down their arms.",
        ["surrendered militants 200"]
    );
    finds!(
        shahadat,
        "Fourteen Levies personnel embraced shahadat.",
        ["killed security_forces 14"]
    );
    finds!(
        between_range,
        "Between 40 and 50 insurgents were neutralised.",
        ["killed militants 45"]
    );
    finds!(
        apposition_participle,
        "Nine passengers, abducted from a bus, were rescued by troops.",
        ["rescued civilians 9"]
    );
    finds!(
        participle_clause,
        "Thirty cadres carrying a bounty of Rs 2 lakh surrendered.",
        ["surrendered militants 30"]
    );
    finds!(
        far_passive,
        "Three militants crossed the border and were killed by troops.",
        ["killed militants 3"]
    );
    finds!(
        out_of,
        "As many as 59 out of 93 incidents took place in Kurram.",
        ["attacks - 59"]
    );
    finds!(
        one_of_most_wanted,
        "He was one of the most wanted terrorists killed in the raid.",
        []
    );
    finds!(
        apposed_operation,
        "They caught two bombers, an operation that saved lives.",
        ["arrested militants 2"]
    );
    finds!(
        search_and_combing,
        "A search and combing operation is under way.",
        ["operations - 1"]
    );
    finds!(
        regained_freedom,
        "Nine kidnapped passengers regained freedom.",
        ["rescued civilians 9"]
    );
    finds!(
        raid_on_base,
        "Militants killed six soldiers in a raid on a military base.",
        ["killed security_forces 6", "attacks - 1"]
    );
    finds!(
        raid_by_troops,
        "Troops killed two bandits in a raid on their hideout.",
        ["killed militants 2", "operations - 1"]
    );
    finds!(
        dead_count,
        "The blast left dozens dead.",
        ["killed unspecified 36"]
    );
    finds!(
        time_not_figure,
        "The blast took place at 8:55 pm near 3 shops.",
        []
    );
    finds!(
        score_not_figure,
        "India beat Pakistan 4-0 in the final.",
        []
    );
    finds!(
        ordinal_not_figure,
        "The 23rd attack this year killed nobody.",
        []
    );
    finds!(
        phone_not_figure,
        "Call 0300 1234567 to report 2 suspects.",
        []
    );

    finds!(
        among_those_killed,
        "Five members of a family were among those killed.",
        ["killed civilians 5"]
    );
    finds!(
        partitive_number,
        "He said 45 of the 60 abducted students had been rescued.",
        ["rescued civilians 45"]
    );
    finds!(
        gang_members,
        "Police detained some 50 suspected gang members.",
        ["arrested militants 50"]
    );
    finds!(
        members_no_side,
        "Four members were arrested.",
        ["arrested unspecified 4"]
    );
    finds!(
        left_dead_and_wounded,
        "The attack left 12 dead and 25 wounded.",
        ["killed unspecified 12", "injured unspecified 25"]
    );
    finds!(
        sentenced_to_death,
        "The court sentenced 12 militants to death.",
        []
    );
    finds!(
        ransom_money,
        "They demanded a ransom of N50 million for 20 students.",
        []
    );
    finds!(
        claimed_lives,
        "The 85 attacks in March claimed 117 lives.",
        ["attacks - 85", "killed unspecified 117"]
    );

    // Generalisation: lexicon gaps, partitives, breakdowns, non-figures (new sentences).
    finds!(
        rounded_up_active,
        "Police rounded up 25 suspects in Quetta.",
        ["arrested unspecified 25"]
    );
    finds!(
        sent_to_hell_active,
        "Security forces sent nine khwarij to hell in Tirah.",
        ["killed militants 9"]
    );
    finds!(
        captives_freed,
        "Troops freed 18 captives from a camp.",
        ["rescued civilians 18"]
    );
    finds!(
        gendarme,
        "Two farmers and a gendarme died in the ambush.",
        ["killed civilians 2", "killed security_forces 1"]
    );
    finds!(
        participle_modifier,
        "About 40 injured passengers were taken to hospital.",
        ["injured civilians 40"]
    );
    finds!(
        fatally_wounded,
        "Two of the gunmen were fatally wounded.",
        ["killed militants 2"]
    );
    finds!(
        another_person,
        "One suspect was arrested and another suspect was held later.",
        ["arrested unspecified 1", "arrested unspecified 1"]
    );
    finds!(
        of_those_detained,
        "Nine of those detained were minors.",
        ["arrested civilians 9"]
    );
    finds!(
        vague_of_them,
        "Soldiers killed scores of them.",
        ["killed unspecified 40"]
    );
    finds!(
        vague_of_the,
        "Raids killed dozens of the insurgents.",
        ["killed militants 36"]
    );
    finds!(
        breakdown,
        "Some 60 people died. Of the dead, 40 were villagers and 20 were soldiers.",
        [
            "killed unspecified 60",
            "killed civilians 40",
            "killed security_forces 20"
        ]
    );
    finds!(
        among_the_dead,
        "Officials reported 14 blasts. Among the dead were 12 policemen.",
        ["attacks - 14", "killed security_forces 12"]
    );
    finds!(
        recovered_weapons,
        "Police recovered 12 pistols, including two rifles.",
        []
    );
    finds!(
        official_said,
        "The gang abducted nine farmers, a local official said.",
        ["kidnapped civilians 9"]
    );
    finds!(
        single_negation,
        "There has not been a single raid since May.",
        []
    );
    finds!(
        encounter_event,
        "Two militants were killed in an encounter.",
        ["killed militants 2", "operations - 1"]
    );
    finds!(
        abducted_persons,
        "Police recovered 14 abducted persons.",
        ["rescued civilians 14"]
    );
    finds!(
        apposition_mostly,
        "At least 25 villagers, mostly herders, were killed.",
        ["killed civilians 25"]
    );
    finds!(
        apposition_name,
        "A policeman, Asif Khan, was martyred in the attack.",
        ["killed security_forces 1"]
    );
    finds!(
        apposition_all_of_them,
        "Six farmers, all of them Hazaras, were abducted.",
        ["kidnapped civilians 6"]
    );
    finds!(
        apposition_not_after_number,
        "Troops of Sector 4, in support of the police, have rescued nobody.",
        []
    );
    finds!(
        participle_clause_ed,
        "Seven rebels involved in the raid were captured.",
        ["arrested militants 7"]
    );
    finds!(
        passive_chain,
        "Nine passengers were taken off a bus and shot dead.",
        ["killed civilians 9"]
    );
    finds!(
        passive_chain_own_object,
        "Four soldiers were deployed and killed 3 militants.",
        ["killed militants 3"]
    );
    finds!(
        abbreviation_in_compound,
        "Three Moro Islamic Liberation Front (MILF) members were killed.",
        ["killed militants 3"]
    );
    finds!(
        comprising_list,
        "In all 50 rebels and relatives, comprising 20 men and 30 women, surrendered.",
        [
            "surrendered unspecified 50",
            "surrendered unspecified 20",
            "surrendered civilians 30"
        ]
    );

    finds!(
        named_group_beats_army,
        "Twenty members of the New People's Army (NPA) surrendered.",
        ["surrendered militants 20"]
    );
    finds!(
        quoted_verb,
        "Turkish forces \"neutralised\" 14 PKK terrorists.",
        ["killed militants 14"]
    );
    finds!(
        rate_after_verb,
        "On average 28 terrorists neutralised a week.",
        ["killed militants 28/week"]
    );
    finds!(
        taken_into_custody,
        "Police have taken five into custody.",
        ["arrested unspecified 5"]
    );
    finds!(
        noun_pair,
        "In all, 287 students and staff were kidnapped.",
        ["kidnapped civilians 287"]
    );
    finds!(
        pp_before_verb,
        "Two peacekeepers from the UN mission were also injured.",
        ["injured security_forces 2"]
    );
    finds!(
        kidnapped_people,
        "Gunmen abducted 40 people from villages.",
        ["kidnapped civilians 40"]
    );
    finds!(
        arrests_verb,
        "The unit arrests around 40 suspects a month.",
        ["arrested unspecified 40/month"]
    );
    finds!(
        homicides,
        "The city recorded more than 1,200 homicides.",
        ["killed unspecified 1200"]
    );
    finds!(
        toll_as_high_as,
        "The toll may rise to as high as 70, and a clinic put it at about 85.",
        ["killed unspecified 70", "killed unspecified 85"]
    );
    finds!(
        number_of_crossed,
        "The number of people arrested in the drive has crossed 300.",
        ["arrested unspecified 300"]
    );
    finds!(
        year_before_event,
        "He died in a 2019 suicide bombing at a market.",
        ["attacks - 1"]
    );
    finds!(
        rate_after_phrase_verb,
        "On average, six people lost their lives every day.",
        ["killed unspecified 6/day"]
    );
    finds!(
        followed_by_with,
        "Kurram saw 40 attacks, followed by Bajaur with 15.",
        ["attacks - 40", "attacks - 15"]
    );
    finds!(
        age_after_name,
        "Naik Ahmed Khan, 31, a resident of Kohat, embraced shahadat.",
        []
    );
    finds!(
        real_attack_as,
        "It was seen as an attack on a police post.",
        ["attacks - 1"]
    );
    finds!(
        figurative_attack_as,
        "Critics described the budget as an attack on workers.",
        []
    );
    finds!(others_after_list, "The blasts killed 30 people, among them 8 policemen and 2 militants, while 50 others were hurt.", ["killed unspecified 30", "killed security_forces 8", "killed militants 2", "injured unspecified 50"]);
    finds!(
        martyred_civilian_parts,
        "Fifty people, including 30 pupils, were martyred in the school attack.",
        ["killed civilians 50", "killed civilians 30"]
    );

    finds!(
        among_the_n_killed,
        "Two engineers were among the 9 killed in the attack.",
        ["killed civilians 2", "killed civilians 9"]
    );
    finds!(
        nationalities,
        "Troops killed 45 Afghans and wounded 120 others.",
        ["killed unspecified 45", "injured unspecified 120"]
    );
    finds!(
        headline_dead_hurt,
        "8 dead, 12 hurt in market blast",
        ["killed unspecified 8", "injured unspecified 12"]
    );
    finds!(
        weight_not_figure,
        "Police recovered 150 kg of explosives.",
        []
    );
    finds!(
        families_fled,
        "Officials said 300 families had fled the area.",
        []
    );
    finds!(
        torched_schools,
        "Militants torched 12 schools and a health unit.",
        []
    );
    finds!(
        among_them_after,
        "Three guards were hurt; a constable was among them.",
        ["injured security_forces 3", "injured security_forces 1"]
    );
    finds!(
        one_other,
        "Police killed two members of the gang and arrested one other.",
        ["killed militants 2", "arrested militants 1"]
    );
    finds!(
        another_was,
        "Police held one suspect and another was detained later.",
        ["arrested unspecified 1", "arrested unspecified 1"]
    );
    finds!(
        mixed_group,
        "In all 120 fighters and relatives, comprising 50 men and 70 women, surrendered.",
        [
            "surrendered unspecified 120",
            "surrendered unspecified 50",
            "surrendered civilians 70"
        ]
    );
    finds!(
        same_side_group,
        "Four soldiers and policemen were killed.",
        ["killed security_forces 4"]
    );
    finds!(
        lost_people,
        "The unit lost four soldiers in the ambush.",
        ["killed security_forces 4"]
    );
    finds!(
        lost_things,
        "The unit lost four vehicles in the ambush.",
        []
    );
    finds!(
        seized_by_militants,
        "Bandits seized 25 passengers on the highway.",
        ["kidnapped civilians 25"]
    );
    finds!(
        seized_by_police,
        "Police seized 25 suspects in raids.",
        ["arrested unspecified 25"]
    );
    finds!(
        of_his_people,
        "Troops detained a commander and six of his aides.",
        ["arrested militants 1", "arrested militants 6"]
    );
    finds!(
        up_from,
        "There were 120 attacks in 2023, up from 95 the year before.",
        ["attacks - 120", "attacks - 95"]
    );
    finds!(
        compared_with,
        "Police made 410 arrests, compared with 380 in 2022.",
        ["arrested unspecified 410", "arrested unspecified 380"]
    );
    finds!(
        apposition_side,
        "More than 60 people, mostly civilians, were killed.",
        ["killed civilians 60"]
    );
    finds!(
        robbers,
        "Police killed two robbers in a shootout.",
        ["killed militants 2"]
    );
    finds!(
        breakdown_whole_in_opener,
        "Of the 90 people killed, 40 were soldiers and 50 were militants.",
        [
            "killed unspecified 90",
            "killed security_forces 40",
            "killed militants 50"
        ]
    );
    // Regression: the opener's kind word after its noun named the kind, not the rate before.
    finds!(
        breakdown_opener_kind_after_noun,
        "Troops killed 96 militants. They carried out 14 operations a day. Of the militants killed, 31 were commanders.",
        ["killed militants 96", "operations - 14/day", "killed militants 31"]
    );
    finds!(
        breakdown_opener_whole_two_back,
        "Troops killed 96 militants. They carried out 14 operations a day. Of the militants killed, 31 were commanders.",
        ["killed militants 96", "operations - 14/day", "killed militants 31"]
    );
    finds!(
        noun_rose_to,
        "Militant deaths rose to 61 from 45 in May.",
        ["killed militants 61", "killed militants 45"]
    );
    finds!(
        among_the_n_people,
        "Nine soldiers were among the 20 people killed.",
        ["killed security_forces 9", "killed unspecified 20"]
    );
    finds!(at_places_not_toll, "Bombs were planted at 3 locations.", []);
    finds!(
        family_nouns,
        "Gunmen killed a farmer and his two sons.",
        ["killed civilians 1", "killed civilians 2"]
    );
    finds!(
        figurative_called,
        "The opposition walked out, calling the budget \"an attack on the poor\".",
        []
    );
    finds!(
        killed_by_troops,
        "Troops killed 40 people in the town.",
        ["killed unspecified 40"]
    );
    finds!(
        civilian_roles,
        "Gunmen killed a village chief and two clerics; 11 protesters were hurt.",
        [
            "killed civilians 1",
            "killed civilians 2",
            "injured civilians 11"
        ]
    );
    finds!(
        police_chief,
        "A police chief was killed.",
        ["killed security_forces 1"]
    );
    finds!(
        the_remaining,
        "Kidnappers freed the remaining 12 students and killed all 3 guards.",
        ["rescued civilians 12", "killed security_forces 3"]
    );
    finds!(
        twin_blasts,
        "Twin blasts killed 10 people near the twin towers.",
        ["attacks - 2", "killed unspecified 10"]
    );
    finds!(
        taken_part,
        "Bandits abducted 45 pupils; 30 of them were taken from one dormitory.",
        ["kidnapped civilians 45", "kidnapped civilians 30"]
    );
    finds!(
        rate_after_verb_phrase,
        "On average, some five attacks took place every day.",
        ["attacks - 5/day"]
    );
    finds!(
        rate_needs_average,
        "Two attacks took place a day after the vote.",
        ["attacks - 2"]
    );
    finds!(
        wound_phrases,
        "Two policemen sustained bullet wounds, three people suffered gunshot wounds and four soldiers were left injured.",
        ["injured security_forces 2", "injured unspecified 3", "injured security_forces 4"]
    );
    finds!(
        ing_clause_to_aux,
        "Three Naxalites carrying a bounty of Rs 18 lakh were gunned down.",
        ["killed militants 3"]
    );
    finds!(
        intruders_porter,
        "Four intruders were shot dead and a porter was injured.",
        ["killed militants 4", "injured civilians 1"]
    );
    finds!(
        monastery_people,
        "Airstrikes killed at least 40 people at a monastery.",
        ["killed civilians 40"]
    );
    finds!(
        toll_could_exceed,
        "The toll could exceed 100, officials warned.",
        ["killed unspecified 100"]
    );
    finds!(
        while_ends_list,
        "The dead included 9 policemen and 4 soldiers, while 30 militants were killed.",
        [
            "killed security_forces 9",
            "killed security_forces 4",
            "killed militants 30"
        ]
    );
    finds!(
        among_a_number,
        "3 cops among 7 killed in ambush",
        ["killed security_forces 3", "killed unspecified 7"]
    );
    finds!(
        frees_hostages,
        "Boko Haram frees 20 hostages",
        ["rescued civilians 20"]
    );
    finds!(
        foreigners_in_list,
        "Police said 9 terrorists were killed, including three foreigners.",
        ["killed militants 9", "killed militants 3"]
    );
    finds!(
        martyring,
        "Militants fired on a van, martyring two FC soldiers.",
        ["killed security_forces 2"]
    );
    finds!(
        sons_of_soil,
        "Five brave sons of the soil embraced shahadat.",
        ["killed security_forces 5"]
    );

    finds!(
        sent_to_hell_belonging,
        "Troops sent 13 khwarij belonging to Fitna al Khawarij to hell.",
        ["killed militants 13"]
    );
    finds!(
        including_without_commas,
        "In all, 6 khwarij including a ringleader were killed.",
        ["killed militants 6", "killed militants 1"]
    );

    finds!(
        the_other,
        "Two bombers came; one was killed and the other caught.",
        ["killed militants 1", "arrested militants 1"]
    );
    finds!(the_other_noun, "The other soldiers were safe.", []);
    finds!(
        possessive_modifier,
        "Five New People's Army rebels were killed.",
        ["killed militants 5"]
    );
    finds!(
        group_possessive,
        "Two of the outfit's commanders were arrested.",
        ["arrested militants 2"]
    );
    finds!(
        rounding_up,
        "Police were rounding up 26 suspected terrorists.",
        ["arrested militants 26"]
    );
    finds!(
        took_into_custody,
        "Police took into custody 9 suspects.",
        ["arrested unspecified 9"]
    );
    finds!(
        gunning_down,
        "Gunmen stormed the post, gunning down three policemen.",
        ["killed security_forces 3"]
    );
    finds!(
        toll_could_be,
        "The death toll could be as high as 400.",
        ["killed unspecified 400"]
    );
    finds!(
        possessive_before_number,
        "Police arrested his two associates.",
        ["arrested unspecified 2"]
    );
    finds!(
        lost_only,
        "The army said it had lost only a few of its soldiers.",
        ["killed security_forces 3"]
    );
    finds!(
        family_kidnapped,
        "Two brothers were kidnapped at gunpoint from their home.",
        ["kidnapped civilians 2"]
    );
    finds!(
        elided_repeat,
        "Twelve militants were killed in 2023 and 19 in 2024.",
        ["killed militants 12", "killed militants 19"]
    );
    finds!(
        elided_not_a_year,
        "Twelve militants were killed between 2020 and 2024.",
        ["killed militants 12"]
    );
    finds!(
        side_that_suffered,
        "Security forces lost 14 personnel, while militants suffered 31 fatalities.",
        ["killed security_forces 14", "killed militants 31"]
    );
    finds!(
        women_among_maoists,
        "Twenty-nine Maoists, including 14 women, surrendered.",
        ["surrendered militants 29", "surrendered militants 14"]
    );
    // Families counted beside the fighters, not as their parts, stay civilians.
    finds!(
        women_beside_militants,
        "Some 300 fighters, 120 adult females and 200 children surrendered.",
        [
            "surrendered militants 300",
            "surrendered civilians 120",
            "surrendered civilians 200"
        ]
    );
    finds!(
        women_among_soldiers,
        "Twelve soldiers, including two women, were martyred.",
        ["killed security_forces 12", "killed security_forces 2"]
    );
    finds!(
        women_among_people,
        "Gunmen kidnapped 17 villagers, including four women.",
        ["kidnapped civilians 17", "kidnapped civilians 4"]
    );
    finds!(
        released_captives,
        "ELN rebels released two kidnapped soldiers.",
        ["rescued security_forces 2"]
    );
    finds!(
        people_martyred_mixed,
        "Five people, including two policemen, were martyred and 10 others injured.",
        [
            "killed unspecified 5",
            "killed security_forces 2",
            "injured unspecified 10"
        ]
    );
    finds!(
        breakdown_not_doc_civilians,
        "Militants killed 500 people. Of the 500 killed, 150 were civilians.",
        [
            "killed unspecified 500",
            "killed unspecified 500",
            "killed civilians 150"
        ]
    );
    finds!(
        fighters_and_families,
        "The army accepted the surrender of 9,000 fighters and their family members.",
        ["surrendered unspecified 9000"]
    );
    finds!(
        part_takes_whole_side,
        "Forty rebels surrendered, including a squad leader.",
        ["surrendered militants 40", "surrendered militants 1"]
    );
    finds!(
        origin_is_no_side,
        "Police arrested 20 suspected terrorists. Nine of those held were Afghan nationals.",
        ["arrested militants 20", "arrested militants 9"]
    );
    finds!(
        relative_clause,
        "Nine attackers who stormed the compound were killed.",
        ["killed militants 9"]
    );
    finds!(
        believed_to_have,
        "Several rebels are believed to have died in the fighting.",
        ["killed militants 5"]
    );
    finds!(
        trend_both_ends,
        "Kidnappings rose from 41 in 2022 to 96 in 2023.",
        ["kidnapped unspecified 41", "kidnapped unspecified 96"]
    );
    finds!(
        trend_with_phrase,
        "Attacks on police climbed from 30 in January to 45 in February.",
        ["attacks - 30", "attacks - 45"]
    );
    finds!(
        trend_not_across_clause,
        "Prices rose from 30 to 45, and 12 attacks were recorded.",
        ["attacks - 12"]
    );
    finds!(
        elided_after_comma,
        "Nine suspects were held in Lahore, five in Quetta and three in Kech.",
        [
            "arrested unspecified 9",
            "arrested unspecified 5",
            "arrested unspecified 3"
        ]
    );
    finds!(those_held_far, "Police arrested 20 suspected terrorists. They belonged to banned outfits. Nine of those held were picked up in Lahore.", ["arrested militants 20", "arrested militants 9"]);
    finds!(
        trend_long_noun,
        "Attacks with drones on security forces rose from 62 in 2023 to 270 in 2024.",
        ["attacks - 62", "attacks - 270"]
    );
    finds!(
        among_those_who,
        "Among those who laid down arms were two area committee members and a commander.",
        ["surrendered militants 2", "surrendered militants 1"]
    );
    finds!(number_of_long, "The clashes take the number of people killed in the district since May 2023 to more than 230.", ["killed unspecified 230"]);

    // Lexicon gaps: trades, kinship, suspects, armed men, surrender and injury wording.
    finds!(
        trade_rescued,
        "Police freed a jeweller from a house in the hills.",
        ["rescued civilians 1"]
    );
    finds!(
        kin_shot_no_side,
        "Masked men shot dead three cousins outside a shop.",
        ["killed unspecified 3"]
    );
    finds!(
        kin_kidnapped_civilians,
        "Two sisters were abducted from their school bus.",
        ["kidnapped civilians 2"]
    );
    finds!(
        participle_then_modifier,
        "Troops rescued a kidnapped bank official near the river.",
        ["rescued civilians 1"]
    );
    finds!(
        dissidents_militants,
        "Six dissidents died in the firefight.",
        ["killed militants 6"]
    );
    finds!(
        accused_arrested,
        "The agency has detained 7 accused so far.",
        ["arrested unspecified 7"]
    );
    finds!(
        armed_men_militants,
        "Police shot dead two armed men at a checkpoint.",
        ["killed militants 2"]
    );
    finds!(
        yielded_to,
        "Nine guerrillas yielded to the marines on Friday.",
        ["surrendered militants 9"]
    );
    finds!(
        yield_not_surrender,
        "The raids yielded 40 rifles and a truck.",
        []
    );
    finds!(
        assassination_of,
        "The front admitted the assassination of 3 judges.",
        ["killed civilians 3"]
    );
    finds!(
        gunshot_injury,
        "A constable sustained a gunshot injury in the leg.",
        ["injured security_forces 1"]
    );
    finds!(
        fled_with_injuries,
        "Two bandits died and several others escaped with injuries.",
        ["killed militants 2", "injured militants 5"]
    );
    finds!(
        lost_men_side,
        "The regiment had lost eleven men by nightfall.",
        ["killed security_forces 11"]
    );
    finds!(
        self_styled_rank,
        "Police captured a self-styled corporal of the outlawed group.",
        ["arrested militants 1"]
    );
    finds!(list_then_participle, "Twenty-two Maoists, including six women cadres, carrying a reward of Rs 37.5 lakh surrendered.", ["surrendered militants 22", "surrendered militants 6"]);
    finds!(freed_after_kidnapping, "Gunmen abducted 276 schoolgirls in 2014. Fifty-seven escaped within hours. Since then, 107 have been freed.", ["kidnapped civilians 276", "rescued civilians 107"]);
    finds!(
        numbering_is_group_size,
        "The gunmen, numbering about 30, opened fire on the bus, killing 9 passengers.",
        ["killed civilians 9"]
    );

    // Quotation marks between a verb and its object.
    finds!(
        quote_opens_object,
        "The militia said it had killed \"scores of insurgents\" overnight.",
        ["killed militants 40"]
    );
    finds!(
        quote_single_object,
        "Police said they had detained 'at least 9 suspects' in the raid.",
        ["arrested unspecified 9"]
    );
    finds!(
        quote_after_number_closes,
        "Forces \"neutralised\" 14 terrorists.",
        ["killed militants 14"]
    );
    // Coordinated modifiers inside the counted noun phrase.
    finds!(
        coordinated_operations,
        "Troops carried out 45 cordon and search operations.",
        ["operations - 45"]
    );
    finds!(
        coordinated_groups,
        "The army killed 80 JNIM and ISGS fighters.",
        ["killed militants 80"]
    );
    finds!(
        coordinated_forces,
        "A bomb killed 4 police and army personnel.",
        ["killed security_forces 4"]
    );
    finds!(
        coordinated_vague,
        "Rebels fired dozens of rocket and mortar attacks at the city.",
        ["attacks - 36"]
    );
    finds!(
        coordinated_heads_stay_two,
        "The blast killed 3 soldiers and civilians.",
        ["killed unspecified 3"]
    );
    finds!(
        coordinated_not_verbs,
        "Troops killed 5 and wounded 7 militants.",
        ["killed unspecified 5", "injured militants 7"]
    );
    finds!(
        copula_coordinated_side,
        "Of the 50 killed, 30 were army and police personnel.",
        ["killed unspecified 50", "killed security_forces 30"]
    );
    finds!(
        soldiers_and_members_of_force,
        "Jihadists killed 12 soldiers and members of the VDP.",
        ["killed security_forces 12"]
    );
    finds!(
        soldiers_and_members_of_group,
        "The clash killed 12 soldiers and members of ISIS.",
        ["killed unspecified 12"]
    );
    // Report counts: "events", and a complement that names another kind.
    finds!(
        violent_events,
        "The group logged 120 violent events in June.",
        ["attacks - 120"]
    );
    finds!(
        complement_kind,
        "The tally shows 80 incidents. Of these, 15 were search operations.",
        ["attacks - 80", "operations - 15"]
    );
    // Captivity and crowds.
    finds!(
        held_then_released,
        "Eight engineers who had been held for a month were released.",
        ["rescued civilians 8"]
    );
    finds!(
        held_captive_freed,
        "Five guards held captive by a militia were freed on Friday.",
        ["rescued security_forces 5"]
    );
    finds!(
        held_by_crowd_released,
        "Ten policemen held by a mob of about 300 villagers were released.",
        ["rescued security_forces 10"]
    );
    finds!(
        held_then_bail,
        "Six suspects held by police were released on bail.",
        ["arrested unspecified 6"]
    );
    finds!(
        held_is_arrest,
        "Police held 4 suspects after the raid.",
        ["arrested unspecified 4"]
    );
    // Figures of speech and campaigns.
    finds!(
        scathing_attack,
        "The senator launched a stinging attack on the policy.",
        []
    );
    finds!(
        attack_on_budget,
        "Critics mounted an attack on the budget.",
        []
    );
    finds!(
        attack_on_post,
        "Gunmen carried out an attack on a police post.",
        ["attacks - 1"]
    );
    finds!(
        offensive_campaign,
        "The army has pursued an offensive against the rebels since 2019.",
        []
    );
    // Ages and states.
    finds!(
        ages_in_list,
        "Gunmen seized three girls aged 8, 10 and 13.",
        ["kidnapped civilians 3"]
    );
    finds!(
        ages_range,
        "Police held five youths aged 17 to 19.",
        ["arrested civilians 5"]
    );
    finds!(
        critical_condition,
        "Nine were wounded; two of them are in critical condition.",
        ["injured unspecified 9"]
    );
    // An ordinal standing for one more.
    finds!(
        ordinal_one_more,
        "The sniper killed a guard and wounded a second.",
        ["killed security_forces 1", "injured security_forces 1"]
    );
    finds!(
        ordinal_fraction,
        "Floods damaged a third of the houses.",
        []
    );
    finds!(ordinal_time, "Police arrested a second time.", []);

    finds!(
        loss_of_side,
        "The navy admitted the loss of six men in the raid.",
        ["killed security_forces 6"]
    );
    finds!(
        held_for_days_released,
        "Forty traders held for three days by the gang were released.",
        ["rescued civilians 40"]
    );
    finds!(
        picked_up_by_unknown,
        "Four labourers were picked up by unknown men near the mine.",
        ["kidnapped civilians 4"]
    );
    finds!(
        captured_by_bandits,
        "Seven farmers were captured by bandits on Sunday.",
        ["kidnapped civilians 7"]
    );
    finds!(
        picked_up_by_police,
        "Five suspects were picked up by police in Quetta.",
        ["arrested unspecified 5"]
    );
    finds!(
        left_two_groups_dead,
        "The clash left 12 soldiers and 25 militants dead.",
        ["killed security_forces 12", "killed militants 25"]
    );
    finds!(
        left_one_group_dead,
        "The clash left 12 soldiers dead.",
        ["killed security_forces 12"]
    );
    finds!(
        fraction_of_whole,
        "Roughly half of the 400 abducted students have been freed.",
        ["kidnapped civilians 400"]
    );
    finds!(
        most_of_the,
        "Most of the 30 arrested suspects were released.",
        ["arrested unspecified 30"]
    );
    finds!(
        age_as_person,
        "Gunmen killed 12 people, among them a 16-year-old.",
        ["killed unspecified 12", "killed unspecified 1"]
    );
    finds!(
        age_before_noun,
        "A 25-year-old man was shot dead.",
        ["killed unspecified 1"]
    );
    finds!(
        supporters_detained,
        "Forces detained about 1,000 suspected Fano supporters.",
        ["arrested unspecified 1000"]
    );
    finds!(
        of_whom_part,
        "As many as 71 Maoists surrendered on Monday, of whom 30 were women.",
        ["surrendered militants 71", "surrendered militants 30"]
    );
    // Carrying rewards describes some of them; it counts no kind (the dev set's own note).
    finds!(
        of_whom_aside,
        "As many as 71 Maoists surrendered on Monday, of whom 30 carried rewards on their heads.",
        ["surrendered militants 71"]
    );
    finds!(
        apposition_part,
        "Eleven Maoists, 8 of them carrying bounties, laid down arms in Bijapur.",
        ["surrendered militants 11"]
    );
    finds!(
        high_value_targets,
        "Security forces neutralised 5 terrorists including 2 high value targets.",
        ["killed militants 5", "killed militants 2"]
    );
    finds!(rest_were_civilians, "Of the 117 people killed, 53 were security personnel, while the rest were civilians and militants.", ["killed unspecified 117", "killed security_forces 53"]);
    finds!(
        trend_side,
        "Fatalities among security forces rose 40 percent to 685.",
        ["killed security_forces 685"]
    );
    finds!(
        captors_free_soldiers,
        "Rebels freed 30 soldiers on Sunday.",
        ["rescued security_forces 30"]
    );
    finds!(
        police_free_suspects,
        "Police freed 30 suspects on bail.",
        []
    );
    finds!(
        one_and_kin_not_joined,
        "Gunmen killed a tailor and his nephew.",
        ["killed civilians 1"]
    );
    finds!(
        agent_not_counted,
        "Two gunmen killed 12 people at a market.",
        ["killed civilians 12"]
    );
    finds!(
        agent_article,
        "A suicide bomber killed a policeman near the gate.",
        ["killed security_forces 1"]
    );
    finds!(
        agent_relative,
        "Three attackers were killed after they killed two guards.",
        ["killed militants 3", "killed security_forces 2"]
    );
    finds!(
        passive_kept,
        "Two soldiers were killed the previous day.",
        ["killed security_forces 2"]
    );
    finds!(
        headline_passive_kept,
        "12 soldiers killed, 5 injured in Kech",
        ["killed security_forces 12", "injured security_forces 5"]
    );
    finds!(
        agent_hedged_object,
        "A suicide bomber killed at least six people and wounded 13 others.",
        ["killed unspecified 6", "injured unspecified 13"]
    );
    finds!(
        supreme_price,
        "Two soldiers paid the supreme price while fighting the terrorists.",
        ["killed security_forces 2"]
    );
    finds!(
        guardsmen,
        "Gunmen attacked the post, wounding three guardsmen.",
        ["injured security_forces 3"]
    );
    finds!(
        apposition_part_adverb,
        "Nine policemen were injured, six of them seriously.",
        ["injured security_forces 9", "injured security_forces 6"]
    );
    finds!(
        apposition_part_noun,
        "Five people were injured, two of them children.",
        ["injured unspecified 5", "injured civilians 2"]
    );
    finds!(
        slash_modifier,
        "Over 300 Boko Haram/ISWAP fighters surrendered.",
        ["surrendered militants 300"]
    );
    finds!(
        apposition_with_article,
        "One resident, a farmer, was shot dead by the attackers.",
        ["killed civilians 1"]
    );
    finds!(
        apposition_after_part,
        "One of the victims, a 70-year-old man, died in hospital.",
        ["killed civilians 1"]
    );

    // A number in a name is no count; one before a counted noun or after a lowercase word is.
    finds!(
        name_after_operation_words,
        "Troops of Operation Lafiya Dole 2 arrested four suspects.",
        ["arrested unspecified 4"]
    );
    finds!(
        name_after_sector,
        "Troops in Sector 7 killed 6 terrorists.",
        ["killed militants 6"]
    );
    finds!(
        name_after_phase,
        "Phase 2 of the offensive saw troops kill 40 militants.",
        ["killed militants 40"]
    );
    finds!(
        name_before_operation,
        "The Sokola 1 operation killed 12 militants.",
        ["killed militants 12"]
    );
    finds!(
        name_sector_operation,
        "A Sector 2 operation left 5 militants dead.",
        ["operations - 1", "killed militants 5"]
    );
    finds!(
        name_then_counted_noun,
        "During Operation Sindoor 26 civilians were killed.",
        ["killed civilians 26"]
    );
    finds!(
        lowercase_operation_count,
        "In the operation 12 militants were killed.",
        ["killed militants 12"]
    );
    finds!(
        place_then_operations,
        "In Bannu 3 operations were conducted.",
        ["operations - 3"]
    );
}
