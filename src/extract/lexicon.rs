//! The lexicons as data tables: number words, hedges, kind words, subject words and the small
//! classes of function words the figure grammar needs, looked up through one hashed table.
//!
//! A word may have several roles ("one" is a number, "dead" a kind word); the rows of [`WORDS`]
//! for one word are merged into one [`Entry`]. Lookup is case-insensitive; a possessive ("’s")
//! falls back to its stem, and a hyphenated compound without an entry falls back to its last part
//! for its noun and verb roles ("counter-terrorism operations", "Fitna-al-Khawarij").

use std::collections::HashMap;
use std::sync::OnceLock;

use super::model::{Kind, Subject};
use super::words::{self, w, Word, NO_WORD};

/// An index into the merged entries; [`NONE`] for a word with no entry.
pub type Lex = u16;

/// The lexicon id of words with no entry.
pub const NONE: Lex = u16::MAX;

/// How a hedge bounds its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hedge {
    /// "at least", "more than", "over": `min` is the number, `max` open.
    AtLeast,
    /// "about", "nearly", "some": both bounds open.
    About,
    /// "up to", "less than": `max` is the number, `min` open.
    AtMost,
}

/// The function-word class of a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Cls {
    #[default]
    Plain,
    /// Auxiliaries and adverbs allowed between a noun phrase and its verb: "were", "also".
    Aux,
    /// Determiners: "the", "these", "their".
    Det,
    /// Prepositions that end a noun phrase.
    Prep,
    /// "and", "or", "while", "but".
    Conj,
    /// "who", "that", "which".
    Rel,
    /// Words that open a list of parts: "including", "comprising", "among".
    ListIntro,
    /// Units that make a number not a figure: "hours", "km", "percent".
    Unit,
    /// Money words: "rupees", "dollars", "Rs".
    Currency,
    /// Words before a number that make it not a figure: "Section", "aged".
    NotBefore,
    /// A month name; the number is its 1-based index.
    Month(u8),
    /// A weekday name; Monday is 0.
    Weekday(u8),
    /// A unit of time for rates: day 0, week 1, month 2, year 3.
    Period(u8),
    /// A date relative to the published one: "yesterday", "today", "last".
    Deictic,
}

/// What the lexicon knows about one word.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// A number word: "seven" 7, "twenty" 20 (`tens`), "hundred" (`mag`).
    pub num: u32,
    /// The number is a tens word that can take a unit after it ("twenty one", "seventy-three").
    pub tens: bool,
    /// A multiplier after a number: hundred, thousand, million, lakh, crore.
    pub mag: u32,
    /// "a", "an".
    pub article: bool,
    /// A vague amount word: (value, min, max).
    pub vague: Option<(u16, u16, u16)>,
    /// A one-word hedge before a number.
    pub hedge: Option<Hedge>,
    /// A kind verb in any form: "killed", "killing", "martyred", "arrest".
    pub verb: Option<Kind>,
    /// A counted kind noun after a number: "operations", "attacks", "deaths", "arrests".
    pub noun: Option<Kind>,
    /// An event noun taking "of"/"to" and a count: "the death of", "the capture of", "injuries to".
    pub of_noun: Option<Kind>,
    /// Who a person noun counts, and how strongly: 3 a head that decides, 2 a modifier (group,
    /// force) that decides over a weak head, 1 a weak head ("people", "fighters", "members").
    pub subject: Option<(Subject, u8)>,
    /// A person noun: it can head a counted noun phrase.
    pub person: bool,
    /// A word that can open a number phrase without being a number ("at", "between", "another").
    pub starts: bool,
    /// The first word of a place in the gazetteer of [`super::places`].
    pub place: bool,
    /// A place where "people" are civilians: a mosque, a market.
    pub civ_place: bool,
    pub cls: Cls,
}

impl Entry {
    /// No role: the entry of a word the lexicon lacks.
    const EMPTY: Entry = Entry {
        num: 0,
        tens: false,
        mag: 0,
        article: false,
        vague: None,
        hedge: None,
        verb: None,
        noun: None,
        of_noun: None,
        subject: None,
        person: false,
        starts: false,
        place: false,
        civ_place: false,
        cls: Cls::Plain,
    };

    /// Whether the word can end a noun phrase as its head.
    pub fn is_head(&self) -> bool {
        self.person || self.noun.is_some()
    }
}

enum Role {
    Num(u32),
    Tens(u32),
    Mag(u32),
    Article,
    Vague(u16, u16, u16),
    H(Hedge),
    V(Kind),
    N(Kind),
    Of(Kind),
    /// A person noun with its subject and strength.
    P(Subject, u8),
    /// A person noun whose subject comes from context ("people", "others").
    Pu,
    /// A modifier that names a side: a group, a force.
    M(Subject),
    /// A named armed group or force: it decides over generic modifiers ("People's Army (NPA)").
    G(Subject),
    C(Cls),
    /// Opens a number phrase: a hedge's first word, "between", "another".
    S,
    /// A place where "people" are civilians.
    Cp,
}

use Cls::*;
use Hedge::*;
use Kind::*;
use Role::*;
use Subject::*;

/// Every word of every lexicon. Rows for one word merge.
#[rustfmt::skip]
static WORDS: &[(&str, Role)] = &[
    // Number words.
    ("a", Article), ("an", Article), ("one", Num(1)), ("two", Num(2)), ("three", Num(3)),
    ("four", Num(4)), ("five", Num(5)), ("six", Num(6)), ("seven", Num(7)), ("eight", Num(8)),
    ("nine", Num(9)), ("ten", Num(10)), ("eleven", Num(11)), ("twelve", Num(12)),
    ("thirteen", Num(13)), ("fourteen", Num(14)), ("fifteen", Num(15)), ("sixteen", Num(16)),
    ("seventeen", Num(17)), ("eighteen", Num(18)), ("nineteen", Num(19)),
    ("twenty", Tens(20)), ("thirty", Tens(30)), ("forty", Tens(40)), ("fourty", Tens(40)),
    ("fifty", Tens(50)), ("sixty", Tens(60)), ("seventy", Tens(70)), ("eighty", Tens(80)),
    ("ninety", Tens(90)), ("dozen", Num(12)), ("twin", Num(2)),
    ("hundred", Mag(100)), ("thousand", Mag(1000)), ("million", Mag(1_000_000)),
    ("billion", Mag(1_000_000_000)), ("lakh", Mag(100_000)), ("lakhs", Mag(100_000)),
    ("lac", Mag(100_000)), ("crore", Mag(10_000_000)), ("crores", Mag(10_000_000)),
    // Vague amounts: value, min, max.
    ("several", Vague(5, 3, 9)), ("dozens", Vague(36, 24, 99)), ("scores", Vague(40, 40, 99)),
    ("hundreds", Vague(300, 200, 999)), ("thousands", Vague(3000, 2000, 9999)),
    // One-word hedges; the multi-word ones are in `HEDGES`.
    ("about", H(About)), ("around", H(About)), ("nearly", H(About)), ("almost", H(About)),
    ("approximately", H(About)), ("roughly", H(About)), ("some", H(About)), ("approx", H(About)),
    ("estimated", H(About)), ("over", H(AtLeast)), ("above", H(AtLeast)),
    ("least", H(AtLeast)), ("minimum", H(AtLeast)),
    // Kind verbs, every form.
    ("kill", V(Killed)), ("kills", V(Killed)), ("killed", V(Killed)), ("killing", V(Killed)),
    ("slay", V(Killed)), ("slew", V(Killed)), ("slain", V(Killed)),
    ("neutralise", V(Killed)), ("neutralised", V(Killed)), ("neutralises", V(Killed)),
    ("neutralising", V(Killed)), ("neutralize", V(Killed)), ("neutralized", V(Killed)),
    ("neutralizes", V(Killed)), ("neutralizing", V(Killed)),
    ("eliminate", V(Killed)), ("eliminated", V(Killed)), ("eliminating", V(Killed)),
    ("murder", V(Killed)), ("murdered", V(Killed)), ("murdering", V(Killed)),
    ("homicide", V(Killed)),
    ("massacred", V(Killed)), ("massacring", V(Killed)), ("beheaded", V(Killed)),
    ("lynched", V(Killed)), ("slaughtered", V(Killed)), ("slaughtering", V(Killed)),
    ("butchered", V(Killed)), ("liquidated", V(Killed)), ("liquidating", V(Killed)),
    ("hospitalised", V(Injured)), ("hospitalized", V(Injured)), ("liberated", V(Rescued)),
    ("liberating", V(Rescued)), ("assassinated", V(Killed)), ("assassinate", V(Killed)),
    ("assassinating", V(Killed)), ("assassinates", V(Killed)), ("executed", V(Killed)), ("martyred", V(Killed)),
    ("martyring", V(Killed)),
    ("die", V(Killed)), ("died", V(Killed)), ("dies", V(Killed)), ("dead", V(Killed)),
    ("perished", V(Killed)), ("drowned", V(Killed)), ("buried", V(Killed)),
    ("succumbed", V(Killed)), ("succumbs", V(Killed)),
    ("injure", V(Injured)), ("injured", V(Injured)), ("injures", V(Injured)),
    ("injuring", V(Injured)), ("wound", V(Injured)), ("wounded", V(Injured)),
    ("wounding", V(Injured)), ("wounds", V(Injured)), ("hurt", V(Injured)),
    ("maimed", V(Injured)),
    ("arrest", V(Arrested)), ("arrested", V(Arrested)), ("arresting", V(Arrested)),
    ("apprehend", V(Arrested)), ("apprehended", V(Arrested)), ("apprehending", V(Arrested)),
    ("detain", V(Arrested)), ("detained", V(Arrested)), ("detaining", V(Arrested)),
    ("capture", V(Arrested)), ("captured", V(Arrested)), ("capturing", V(Arrested)),
    ("nab", V(Arrested)), ("nabbed", V(Arrested)), ("nabbing", V(Arrested)),
    ("caught", V(Arrested)), ("held", V(Arrested)),
    // Headline present tenses: "Army captures 12 gunmen", "Police nabs 3".
    ("apprehends", V(Arrested)), ("detains", V(Arrested)), ("captures", V(Arrested)),
    ("nabs", V(Arrested)), ("slays", V(Killed)), ("eliminates", V(Killed)),
    ("murders", V(Killed)), ("maims", V(Injured)), ("liberates", V(Rescued)),
    ("surrender", V(Surrendered)), ("surrendered", V(Surrendered)),
    ("surrendering", V(Surrendered)), ("surrenders", V(Surrendered)),
    ("kidnap", V(Kidnapped)), ("kidnapped", V(Kidnapped)), ("kidnapping", V(Kidnapped)),
    ("kidnaps", V(Kidnapped)), ("abduct", V(Kidnapped)), ("abducted", V(Kidnapped)),
    ("abducting", V(Kidnapped)), ("abducts", V(Kidnapped)),
    ("rescue", V(Rescued)), ("rescued", V(Rescued)), ("rescuing", V(Rescued)),
    ("freed", V(Rescued)), ("released", V(Rescued)), ("recovered", V(Rescued)),
    ("frees", V(Rescued)), ("freeing", V(Rescued)), ("releases", V(Rescued)),
    ("releasing", V(Rescued)),
    // Counted kind nouns.
    ("operation", N(Operations)), ("operations", N(Operations)), ("ibo", N(Operations)),
    ("ibos", N(Operations)), ("raid", N(Operations)), ("raids", N(Operations)),
    ("strike", N(Operations)), ("strikes", N(Operations)), ("airstrike", N(Operations)),
    ("airstrikes", N(Operations)), ("air-strike", N(Operations)), ("air-strikes", N(Operations)),
    ("encounters", N(Operations)), ("encounter", N(Operations)), ("assault", N(Operations)), ("offensive", N(Operations)),
    ("crackdown", N(Operations)), ("actions", N(Operations)), ("sorties", N(Operations)),
    ("attack", N(Attacks)), ("attacks", N(Attacks)), ("bombing", N(Attacks)),
    ("bombings", N(Attacks)), ("blast", N(Attacks)), ("blasts", N(Attacks)),
    ("explosion", N(Attacks)), ("explosions", N(Attacks)), ("ambush", N(Attacks)),
    ("ambushes", N(Attacks)), ("incidents", N(Attacks)), ("events", N(Attacks)), ("assaults", N(Attacks)),
    ("shootings", N(Attacks)), ("shooting", N(Attacks)),
    ("deaths", N(Killed)), ("death", N(Killed)), ("fatalities", N(Killed)),
    ("fatality", N(Killed)), ("lives", N(Killed)), ("bodies", N(Killed)),
    ("killings", N(Killed)), ("dead", N(Killed)), ("deceased", N(Killed)),
    ("injuries", N(Injured)), ("injury", N(Injured)),
    ("arrests", N(Arrested)), ("surrenders", N(Surrendered)), ("homicides", N(Killed)),
    ("murders", N(Killed)), ("assassinations", N(Killed)), ("arrests", V(Arrested)), ("rescues", V(Rescued)),
    ("abductions", N(Kidnapped)), ("kidnappings", N(Kidnapped)),
    // Event nouns taking "of"/"to" and a count.
    ("death", Of(Killed)), ("deaths", Of(Killed)), ("killing", Of(Killed)),
    ("killings", Of(Killed)), ("elimination", Of(Killed)), ("neutralisation", Of(Killed)),
    ("neutralization", Of(Killed)), ("martyrdom", Of(Killed)), ("lives", Of(Killed)),
    ("murder", Of(Killed)), ("assassination", Of(Killed)), ("assassinations", Of(Killed)),
    ("beheading", Of(Killed)), ("murders", Of(Killed)), ("massacre", Of(Killed)),
    ("bodies", Of(Killed)), ("loss", Of(Killed)),
    ("injuries", Of(Injured)), ("injury", Of(Injured)), ("wounding", Of(Injured)),
    ("arrest", Of(Arrested)), ("arrests", Of(Arrested)), ("capture", Of(Arrested)),
    ("detention", Of(Arrested)),
    ("surrender", Of(Surrendered)), ("surrenders", Of(Surrendered)),
    ("abduction", Of(Kidnapped)), ("kidnapping", Of(Kidnapped)),
    ("rescue", Of(Rescued)), ("release", Of(Rescued)), ("recovery", Of(Rescued)),
    // Militants.
    ("terrorist", P(Militants, 3)), ("terrorists", P(Militants, 3)),
    ("militant", P(Militants, 3)), ("militants", P(Militants, 3)),
    ("insurgent", P(Militants, 3)), ("insurgents", P(Militants, 3)),
    ("extremist", P(Militants, 3)), ("extremists", P(Militants, 3)),
    ("khwarij", P(Militants, 3)), ("khawarij", P(Militants, 3)), ("khawrij", P(Militants, 3)),
    ("khwaarij", P(Militants, 3)), ("khawaarij", P(Militants, 3)), ("kharji", P(Militants, 3)),
    ("kharjis", P(Militants, 3)), ("khariji", P(Militants, 3)), ("kharijis", P(Militants, 3)),
    ("khwarji", P(Militants, 3)), ("khawarji", P(Militants, 3)),
    ("attacker", P(Militants, 3)), ("attackers", P(Militants, 3)),
    ("assailant", P(Militants, 3)), ("assailants", P(Militants, 3)),
    ("gunman", P(Militants, 3)), ("gunmen", P(Militants, 3)),
    ("bomber", P(Militants, 3)), ("bombers", P(Militants, 3)),
    ("bandit", P(Militants, 3)), ("bandits", P(Militants, 3)),
    ("dacoit", P(Militants, 3)), ("dacoits", P(Militants, 3)),
    ("rebel", P(Militants, 3)), ("rebels", P(Militants, 3)),
    ("jihadist", P(Militants, 3)), ("jihadists", P(Militants, 3)),
    ("jihadi", P(Militants, 3)), ("jihadis", P(Militants, 3)),
    ("maoist", P(Militants, 3)), ("maoists", P(Militants, 3)),
    ("naxal", P(Militants, 3)), ("naxals", P(Militants, 3)),
    ("naxalite", P(Militants, 3)), ("naxalites", P(Militants, 3)),
    ("miscreant", P(Militants, 3)), ("miscreants", P(Militants, 3)),
    ("outlaw", P(Militants, 3)), ("outlaws", P(Militants, 3)),
    ("separatist", P(Militants, 3)), ("separatists", P(Militants, 3)),
    ("guerrilla", P(Militants, 3)), ("guerrillas", P(Militants, 3)),
    ("guerilla", P(Militants, 3)), ("guerillas", P(Militants, 3)),
    ("kidnapper", P(Militants, 3)), ("kidnappers", P(Militants, 3)),
    ("abductor", P(Militants, 3)), ("abductors", P(Militants, 3)),
    ("dissident", P(Militants, 3)), ("dissidents", P(Militants, 3)),
    ("secessionists", P(Militants, 3)), ("radicals", P(Militants, 3)),
    ("perpetrators", P(Militants, 3)), ("traffickers", P(Militants, 3)),
    ("trafficker", P(Militants, 3)), ("pirates", P(Militants, 3)), ("hijackers", P(Militants, 3)),
    ("cultists", P(Militants, 3)), ("thieves", P(Militants, 3)),
    ("self-styled", M(Militants)),
    ("infiltrator", P(Militants, 3)), ("infiltrators", P(Militants, 3)),
    ("cadre", P(Militants, 3)), ("cadres", P(Militants, 3)),
    ("facilitator", P(Militants, 3)), ("facilitators", P(Militants, 3)),
    ("ringleader", P(Militants, 3)), ("ringleaders", P(Militants, 3)),
    ("bomb-maker", P(Militants, 3)), ("bomb-makers", P(Militants, 3)),
    ("bombmaker", P(Militants, 3)), ("bombmakers", P(Militants, 3)),
    ("ultra", P(Militants, 3)), ("ultras", P(Militants, 3)),
    ("hoodlum", P(Militants, 3)), ("hoodlums", P(Militants, 3)),
    ("kingpin", P(Militants, 3)), ("kingpins", P(Militants, 3)),
    ("robber", P(Militants, 3)), ("robbers", P(Militants, 3)),
    ("intruder", P(Militants, 3)), ("intruders", P(Militants, 3)),
    ("raider", P(Militants, 3)), ("raiders", P(Militants, 3)),
    ("thug", P(Militants, 3)), ("thugs", P(Militants, 3)),
    ("clan", M(Militants)), ("cartels", M(Militants)), ("gangs", M(Militants)),
    ("fighter", P(Militants, 1)), ("fighters", P(Militants, 1)),
    ("commander", P(Militants, 1)), ("commanders", P(Militants, 1)),
    ("operative", P(Militants, 1)), ("operatives", P(Militants, 1)),
    ("target", P(Militants, 1)), ("targets", P(Militants, 1)),
    ("remnant", P(Militants, 1)), ("remnants", P(Militants, 1)),
    ("combatant", P(Militants, 1)), ("combatants", P(Militants, 1)),
    ("surrenderers", P(Militants, 3)), ("surrenderers", N(Surrendered)),
    ("surrenderees", P(Militants, 3)), ("surrenderees", N(Surrendered)),
    ("returnees", P(Militants, 3)), ("group", M(Militants)),
    ("community", M(Civilians)), ("tribal", M(Civilians)), ("religious", M(Civilians)), ("collaborators", P(Militants, 3)),
    ("collaborator", P(Militants, 3)), ("abettors", P(Militants, 3)),
    ("gangsters", P(Militants, 3)), ("gangster", P(Militants, 3)),
    ("criminals", Pu), ("smugglers", P(Militants, 3)),
    ("vigilante", Pu), ("vigilantes", Pu), ("mercenary", Pu), ("mercenaries", Pu),
    ("sicarios", P(Militants, 3)), ("hitmen", P(Militants, 3)),
    ("gang", M(Militants)), ("cartel", M(Militants)), ("criminal", M(Militants)),
    // Groups and words that make a person noun a militant.
    ("terrorist", M(Militants)), ("militant", M(Militants)), ("insurgent", M(Militants)),
    ("jihadist", M(Militants)), ("rebel", M(Militants)), ("maoist", M(Militants)),
    ("naxal", M(Militants)), ("isis", G(Militants)), ("isis-k", G(Militants)),
    ("is-k", G(Militants)), ("iskp", G(Militants)), ("isil", G(Militants)),
    ("daesh", G(Militants)), ("ttp", G(Militants)), ("bla", G(Militants)),
    ("blf", G(Militants)), ("al-shabaab", G(Militants)), ("shabaab", G(Militants)),
    ("al-shabab", G(Militants)), ("shabab", G(Militants)), ("boko", G(Militants)),
    ("iswap", G(Militants)), ("npa", G(Militants)), ("biff", G(Militants)), ("milf", G(Militants)),
    ("liberation", M(Militants)),
    ("eln", G(Militants)), ("farc", G(Militants)), ("lashkar", G(Militants)),
    ("lashkar-e-taiba", G(Militants)), ("jem", G(Militants)),
    ("jaish", G(Militants)), ("jaish-e-mohammed", G(Militants)), ("hizbul", G(Militants)),
    ("al-qaeda", G(Militants)), ("qaeda", G(Militants)), ("aqap", G(Militants)),
    ("aqim", G(Militants)), ("jnim", G(Militants)), ("isgs", G(Militants)),
    ("ansaru", G(Militants)), ("houthi", G(Militants)), ("pkk", G(Militants)),
    ("m23", G(Militants)), ("adf", G(Militants)), ("fitna", G(Militants)),
    ("khawarij", G(Militants)), ("khwarij", G(Militants)), ("kharji", G(Militants)),
    ("taliban", G(Militants)), ("hezbollah", G(Militants)), ("hamas", G(Militants)),
    ("nusra", G(Militants)), ("al-nusra", G(Militants)), ("hts", G(Militants)),
    ("lashkar-e-jhangvi", G(Militants)), ("lej", G(Militants)), ("tehreek-e-labbaik", G(Militants)),
    ("ulfa", G(Militants)), ("sayyaf", G(Militants)), ("bki", G(Militants)),
    ("babbar", G(Militants)), ("cjng", G(Militants)), ("trf", G(Militants)), ("unlf", G(Militants)),
    ("ahrar", G(Militants)), ("jundallah", G(Militants)), ("ansarul", G(Militants)),
    ("dawlah", G(Militants)), ("maute", G(Militants)), ("ipob", G(Militants)),
    ("houthis", P(Militants, 3)),
    // More named armed groups (South Asia, Africa, the Middle East, Latin America).
    ("issp", G(Militants)), ("is-sahel", G(Militants)), ("iscap", G(Militants)),
    ("lakurawa", G(Militants)), ("kcp", G(Militants)), ("prepak", G(Militants)),
    ("ndfb", G(Militants)), ("ulfa-i", G(Militants)), ("nscn-im", G(Militants)),
    ("nscn-k", G(Militants)), ("tpc", G(Militants)), ("jjmp", G(Militants)),
    ("jmb", G(Militants)), ("aqis", G(Militants)), ("jamaat-ul-ahrar", G(Militants)),
    ("jamaat-ul-mujahideen", G(Militants)), ("lashkar-e-islam", G(Militants)),
    ("hizb-ul-mujahideen", G(Militants)), ("hizbul-mujahideen", G(Militants)),
    ("tehreek-e-taliban", G(Militants)), ("tehrik-e-taliban", G(Militants)),
    ("tehrik-i-taliban", G(Militants)), ("tlp", G(Militants)), ("jaish-e-muhammad", G(Militants)),
    ("ansaroul", G(Militants)), ("ansarallah", G(Militants)), ("ansar-allah", G(Militants)),
    ("al-mourabitoun", G(Militants)), ("ambazonian", G(Militants)), ("ambazonia", G(Militants)),
    ("seleka", G(Militants)), ("ex-seleka", G(Militants)), ("anti-balaka", G(Militants)),
    ("qassam", G(Militants)), ("al-qassam", G(Militants)), ("kataib", G(Militants)),
    ("da'esh", G(Militants)), ("asg", G(Militants)), ("daulah", G(Militants)),
    ("brn", G(Militants)), ("sinaloa", G(Militants)), ("zetas", G(Militants)),
    ("ms-13", G(Militants)), ("aragua", G(Militants)), ("choneros", G(Militants)),
    ("tiguerones", G(Militants)), ("marquetalia", G(Militants)), ("gaitanista", G(Militants)),
    ("farc-ep", G(Militants)), ("sendero", G(Militants)), ("jihad", M(Militants)),
    // Kashmir police usage: "over ground workers", the militants' support network.
    ("ogw", P(Militants, 3)), ("ogws", P(Militants, 3)), ("overground", G(Militants)),
    ("codeco", G(Militants)), ("fdlr", G(Militants)), ("lra", G(Militants)), ("nscn", G(Militants)), ("plfi", G(Militants)), ("cpi", G(Militants)),
    ("narco", M(Militants)), ("narcos", P(Militants, 3)),
    ("agents", P(SecurityForces, 2)), ("agent", P(SecurityForces, 2)), ("cell", M(Militants)), ("outfit", M(Militants)),
    ("outfits", M(Militants)), ("hardcore", M(Militants)), ("suicide", M(Militants)),
    ("ieds", M(Militants)), ("banned", M(Militants)), ("proscribed", M(Militants)),
    // Security forces.
    ("soldier", P(SecurityForces, 3)), ("soldiers", P(SecurityForces, 3)),
    ("troop", P(SecurityForces, 3)), ("troops", P(SecurityForces, 3)),
    ("trooper", P(SecurityForces, 3)), ("troopers", P(SecurityForces, 3)),
    ("personnel", P(SecurityForces, 3)), ("policeman", P(SecurityForces, 3)),
    ("policemen", P(SecurityForces, 3)), ("policewoman", P(SecurityForces, 3)),
    ("policewomen", P(SecurityForces, 3)), ("cop", P(SecurityForces, 3)),
    ("cops", P(SecurityForces, 3)), ("constable", P(SecurityForces, 3)),
    ("constables", P(SecurityForces, 3)), ("sepoy", P(SecurityForces, 3)),
    ("sepoys", P(SecurityForces, 3)), ("jawan", P(SecurityForces, 3)),
    ("jawans", P(SecurityForces, 3)), ("bodyguard", P(SecurityForces, 3)),
    ("bodyguards", P(SecurityForces, 3)), ("guard", P(SecurityForces, 2)),
    ("guards", P(SecurityForces, 2)), ("paramilitary", P(SecurityForces, 3)),
    ("paramilitaries", P(SecurityForces, 3)), ("ranger", P(SecurityForces, 3)),
    ("rangers", P(SecurityForces, 3)), ("commando", P(SecurityForces, 3)),
    ("commandos", P(SecurityForces, 3)), ("peacekeeper", P(SecurityForces, 3)),
    ("peacekeepers", P(SecurityForces, 3)), ("auxiliary", P(SecurityForces, 3)),
    ("auxiliaries", P(SecurityForces, 3)), ("officer", P(SecurityForces, 2)),
    ("officers", P(SecurityForces, 2)), ("marine", P(SecurityForces, 3)),
    ("marines", P(SecurityForces, 3)), ("sailors", P(SecurityForces, 3)),
    ("airmen", P(SecurityForces, 3)), ("militiamen", P(SecurityForces, 2)),
    ("levies", P(SecurityForces, 3)),
    ("martyrs", P(SecurityForces, 2)), ("gendarmes", P(SecurityForces, 3)),
    ("servicemen", P(SecurityForces, 3)), ("guardsmen", P(SecurityForces, 3)), ("guardsman", P(SecurityForces, 3)),
    ("paratroopers", P(SecurityForces, 3)), ("conscripts", P(SecurityForces, 3)),
    ("cadets", P(SecurityForces, 3)), ("sentries", P(SecurityForces, 3)),
    ("coastguards", P(SecurityForces, 3)), ("escorts", P(SecurityForces, 2)), ("serviceman", P(SecurityForces, 3)),
    ("army", M(SecurityForces)), ("military", M(SecurityForces)), ("police", M(SecurityForces)),
    ("army-allied", M(SecurityForces)), ("government-allied", M(SecurityForces)),
    ("pro-government", M(SecurityForces)),
    ("security", M(SecurityForces)), ("fc", G(SecurityForces)), ("levies", G(SecurityForces)),
    ("ctd", G(SecurityForces)), ("drg", G(SecurityForces)), ("crpf", G(SecurityForces)),
    ("bsf", G(SecurityForces)), ("itbp", G(SecurityForces)), ("sdf", G(SecurityForces)),
    ("vdp", G(SecurityForces)), ("forces", M(SecurityForces)), ("force", M(SecurityForces)),
    ("idf", G(SecurityForces)), ("navy", M(SecurityForces)), ("frontier", M(SecurityForces)),
    ("constabulary", M(SecurityForces)), ("guard", M(SecurityForces)),
    ("defence", M(SecurityForces)), ("defense", M(SecurityForces)),
    ("sf", M(SecurityForces)), ("ssg", G(SecurityForces)), ("cobra", M(SecurityForces)),
    ("ndsf", G(SecurityForces)), ("stf", G(SecurityForces)), ("sog", G(SecurityForces)),
    ("ssb", G(SecurityForces)), ("cisf", G(SecurityForces)), ("nsg", G(SecurityForces)),
    ("iaf", G(SecurityForces)), ("paf", G(SecurityForces)), ("jkp", G(SecurityForces)),
    ("nscdc", G(SecurityForces)), ("jtf", G(SecurityForces)), ("mnjtf", G(SecurityForces)),
    ("dss", G(SecurityForces)), ("nisa", G(SecurityForces)), ("andsf", G(SecurityForces)),
    ("pnp", G(SecurityForces)), ("cafgu", G(SecurityForces)), ("fama", G(SecurityForces)),
    ("pmf", G(SecurityForces)), ("peshmerga", G(SecurityForces)), ("emc", G(Militants)),
    ("riflemen", P(SecurityForces, 3)), ("rifleman", P(SecurityForces, 3)), ("amisom", G(SecurityForces)), ("atmis", G(SecurityForces)),
    ("vdps", P(SecurityForces, 3)), ("vdp", P(SecurityForces, 3)),
    ("gendarme", P(SecurityForces, 3)), ("gendarmerie", M(SecurityForces)),
    ("havildar", P(SecurityForces, 3)), ("naik", P(SecurityForces, 3)),
    ("subedar", P(SecurityForces, 3)), ("dsp", P(SecurityForces, 3)),
    ("dsps", P(SecurityForces, 3)), ("sho", P(SecurityForces, 3)), ("asi", P(SecurityForces, 3)),
    ("inspector", P(SecurityForces, 3)), ("inspectors", P(SecurityForces, 3)),
    ("sub-inspector", P(SecurityForces, 3)), ("captain", P(SecurityForces, 2)),
    ("major", P(SecurityForces, 2)), ("lieutenant", P(SecurityForces, 2)),
    ("colonel", P(SecurityForces, 2)), ("sergeant", P(SecurityForces, 2)),
    ("corporal", P(SecurityForces, 2)), ("private", P(SecurityForces, 2)),
    ("captains", P(SecurityForces, 2)), ("lieutenants", P(SecurityForces, 2)),
    ("colonels", P(SecurityForces, 2)), ("sergeants", P(SecurityForces, 2)),
    ("corporals", P(SecurityForces, 2)), ("jco", P(SecurityForces, 3)),
    ("jcos", P(SecurityForces, 3)), ("risaldar", P(SecurityForces, 3)),
    ("risaldars", P(SecurityForces, 3)),
    ("gunship", M(SecurityForces)), ("battalion", M(SecurityForces)),
    ("battalions", M(SecurityForces)), ("regiment", M(SecurityForces)), ("sepahi", P(SecurityForces, 3)),
    ("naik", P(SecurityForces, 3)), ("lance", M(SecurityForces)),
    ("sub-inspector", P(SecurityForces, 3)), ("sub-inspectors", P(SecurityForces, 3)),
    ("inspector", P(SecurityForces, 3)), ("inspectors", P(SecurityForces, 3)),
    ("warden", P(SecurityForces, 3)), ("wardens", P(SecurityForces, 3)),
    ("khasadar", P(SecurityForces, 3)), ("khassadar", P(SecurityForces, 3)),
    ("khasadars", P(SecurityForces, 3)), ("khassadars", P(SecurityForces, 3)),
    ("asis", P(SecurityForces, 3)), ("naiks", P(SecurityForces, 3)),
    ("havildars", P(SecurityForces, 3)), ("subedars", P(SecurityForces, 3)),
    ("shos", P(SecurityForces, 3)),
    // Civilians.
    ("civilian", P(Civilians, 3)), ("civilians", P(Civilians, 3)),
    ("passenger", P(Civilians, 3)), ("passengers", P(Civilians, 3)),
    ("child", P(Civilians, 3)), ("children", P(Civilians, 3)), ("kids", P(Civilians, 3)),
    ("woman", P(Civilians, 3)), ("women", P(Civilians, 3)), ("girl", P(Civilians, 3)),
    ("girls", P(Civilians, 3)), ("boy", P(Civilians, 3)), ("boys", P(Civilians, 3)),
    ("females", P(Civilians, 3)), ("student", P(Civilians, 3)), ("students", P(Civilians, 3)),
    ("schoolchildren", P(Civilians, 3)), ("pupils", P(Civilians, 3)),
    ("worshipper", P(Civilians, 3)), ("worshippers", P(Civilians, 3)),
    ("worshipers", P(Civilians, 3)), ("devotees", P(Civilians, 3)),
    ("pilgrim", P(Civilians, 3)), ("pilgrims", P(Civilians, 3)),
    ("labourer", P(Civilians, 3)), ("labourers", P(Civilians, 3)),
    ("laborer", P(Civilians, 3)), ("laborers", P(Civilians, 3)),
    ("worker", P(Civilians, 3)), ("workers", P(Civilians, 3)),
    ("villager", P(Civilians, 3)), ("villagers", P(Civilians, 3)),
    ("resident", P(Civilians, 3)), ("residents", P(Civilians, 3)),
    ("farmer", P(Civilians, 3)), ("farmers", P(Civilians, 3)),
    ("herder", P(Civilians, 3)), ("herders", P(Civilians, 3)),
    ("trader", P(Civilians, 3)), ("traders", P(Civilians, 3)),
    ("shopkeeper", P(Civilians, 3)), ("shopkeepers", P(Civilians, 3)),
    ("vendors", P(Civilians, 3)), ("teacher", P(Civilians, 3)), ("teachers", P(Civilians, 3)),
    ("schoolteacher", P(Civilians, 3)), ("schoolteachers", P(Civilians, 3)),
    ("chief", P(Civilians, 1)), ("chiefs", P(Civilians, 1)), ("cleric", P(Civilians, 3)),
    ("clerics", P(Civilians, 3)), ("imam", P(Civilians, 3)), ("imams", P(Civilians, 3)),
    ("lawmaker", P(Civilians, 3)), ("lawmakers", P(Civilians, 3)),
    ("councillor", P(Civilians, 3)), ("councillors", P(Civilians, 3)),
    ("activist", P(Civilians, 3)), ("activists", P(Civilians, 3)),
    ("protesters", P(Civilians, 3)), ("protestors", P(Civilians, 3)),
    ("demonstrators", P(Civilians, 3)), ("customers", P(Civilians, 3)),
    ("guests", P(Civilians, 3)), ("bystanders", P(Civilians, 3)),
    ("pedestrians", P(Civilians, 3)), ("motorists", P(Civilians, 3)),
    ("truckers", P(Civilians, 3)), ("porter", P(Civilians, 3)), ("porters", P(Civilians, 3)), ("loggers", P(Civilians, 3)),
    ("vendor", P(Civilians, 3)), ("hunters", P(Civilians, 3)), ("youths", P(Civilians, 2)),
    ("teenagers", P(Civilians, 3)), ("teens", P(Civilians, 3)), ("priest", P(Civilians, 3)),
    ("priests", P(Civilians, 3)), ("nuns", P(Civilians, 3)), ("monks", P(Civilians, 3)),
    ("parishioners", P(Civilians, 3)), ("paramedics", P(Civilians, 3)),
    ("rescuers", P(Civilians, 3)), ("employees", P(Civilians, 3)),
    ("contractors", P(Civilians, 3)), ("commandant", P(SecurityForces, 2)),
    ("grandchildren", P(Civilians, 3)),
    ("doctor", P(Civilians, 3)), ("doctors", P(Civilians, 3)), ("nurses", P(Civilians, 3)),
    ("journalist", P(Civilians, 3)), ("journalists", P(Civilians, 3)),
    ("tourist", P(Civilians, 3)), ("tourists", P(Civilians, 3)),
    ("hostage", P(Civilians, 3)), ("hostages", P(Civilians, 3)),
    ("victim", P(Civilians, 3)), ("victims", P(Civilians, 3)),
    ("driver", P(Civilians, 2)), ("drivers", P(Civilians, 2)), ("staff", P(Civilians, 2)),
    ("politician", P(Civilians, 3)), ("politicians", P(Civilians, 3)),
    ("fishermen", P(Civilians, 3)), ("miners", P(Civilians, 3)),
    ("waitress", P(Civilians, 3)), ("waitresses", P(Civilians, 3)), ("waiter", P(Civilians, 3)),
    ("waiters", P(Civilians, 3)), ("bartender", P(Civilians, 3)), ("bartenders", P(Civilians, 3)),
    ("cashier", P(Civilians, 3)), ("cashiers", P(Civilians, 3)),
    ("mourners", P(Civilians, 3)), ("commuters", P(Civilians, 3)),
    ("shoppers", P(Civilians, 3)), ("nationals", P(Civilians, 3)),
    ("citizens", P(Civilians, 3)), ("refugees", P(Civilians, 3)),
    ("migrants", P(Civilians, 3)), ("engineers", P(Civilians, 3)),
    ("locals", P(Civilians, 3)), ("elders", P(Civilians, 3)), ("elder", P(Civilians, 3)),
    ("tribesmen", P(Civilians, 3)), ("hopefuls", P(Civilians, 3)),
    ("infant", P(Civilians, 3)), ("infants", P(Civilians, 3)), ("minors", P(Civilians, 3)),
    ("captive", P(Civilians, 3)), ("captives", P(Civilians, 3)),
    ("abductee", P(Civilians, 3)), ("abductees", P(Civilians, 3)),
    ("mother", P(Civilians, 3)), ("mothers", P(Civilians, 3)),
    ("shepherd", P(Civilians, 3)), ("shepherds", P(Civilians, 3)),
    ("herdsmen", P(Civilians, 3)), ("fisherman", P(Civilians, 3)),
    ("tribesman", P(Civilians, 3)), ("schoolgirls", P(Civilians, 3)),
    ("schoolboys", P(Civilians, 3)), ("patients", P(Civilians, 3)),
    ("firefighters", P(Civilians, 3)), ("firefighter", P(Civilians, 3)), ("firemen", P(Civilians, 3)),
    ("medics", P(Civilians, 2)), ("humanitarians", P(Civilians, 3)), ("diplomats", P(Civilians, 3)),
    ("deminer", P(Civilians, 3)), ("deminers", P(Civilians, 3)),
    ("diplomat", P(Civilians, 3)), ("envoys", P(Civilians, 3)), ("ministers", P(Civilians, 3)),
    ("legislators", P(Civilians, 3)), ("legislator", P(Civilians, 3)), ("senators", P(Civilians, 3)),
    ("senator", P(Civilians, 3)), ("mayors", P(Civilians, 3)), ("mayor", P(Civilians, 3)),
    ("governors", P(Civilians, 3)), ("bureaucrats", P(Civilians, 3)), ("magistrates", P(Civilians, 3)),
    ("magistrate", P(Civilians, 3)), ("prosecutors", P(Civilians, 3)), ("prosecutor", P(Civilians, 3)),
    ("bloggers", P(Civilians, 3)), ("lecturers", P(Civilians, 3)), ("professors", P(Civilians, 3)),
    ("professor", P(Civilians, 3)), ("academics", P(Civilians, 3)), ("scholars", P(Civilians, 3)),
    ("pastors", P(Civilians, 3)), ("pastor", P(Civilians, 3)), ("travellers", P(Civilians, 3)),
    ("travelers", P(Civilians, 3)), ("traveller", P(Civilians, 3)), ("cyclists", P(Civilians, 3)),
    ("onlookers", P(Civilians, 3)), ("adolescents", P(Civilians, 3)), ("babies", P(Civilians, 3)),
    ("baby", P(Civilians, 3)), ("toddlers", P(Civilians, 3)), ("toddler", P(Civilians, 3)),
    ("widows", P(Civilians, 3)), ("orphans", P(Civilians, 3)), ("evacuees", P(Civilians, 3)),
    ("asylum-seekers", P(Civilians, 3)), ("non-combatants", P(Civilians, 3)),
    ("noncombatants", P(Civilians, 3)), ("expatriates", P(Civilians, 3)),
    ("watchmen", P(Civilians, 3)), ("watchman", P(Civilians, 3)), ("chowkidar", P(Civilians, 3)),
    ("staffers", P(Civilians, 2)), ("servants", P(Civilians, 3)),
    ("businessman", P(Civilians, 3)), ("businessmen", P(Civilians, 3)),
    ("businesswoman", P(Civilians, 3)), ("merchant", P(Civilians, 3)), ("merchants", P(Civilians, 3)),
    ("jeweller", P(Civilians, 3)), ("jewellers", P(Civilians, 3)), ("jeweler", P(Civilians, 3)),
    ("tailor", P(Civilians, 3)), ("tailors", P(Civilians, 3)), ("barber", P(Civilians, 3)),
    ("barbers", P(Civilians, 3)), ("mechanic", P(Civilians, 3)), ("mechanics", P(Civilians, 3)),
    ("carpenter", P(Civilians, 3)), ("carpenters", P(Civilians, 3)), ("mason", P(Civilians, 3)),
    ("masons", P(Civilians, 3)), ("electrician", P(Civilians, 3)), ("electricians", P(Civilians, 3)),
    ("plumber", P(Civilians, 3)), ("cook", P(Civilians, 3)), ("cooks", P(Civilians, 3)),
    ("clerk", P(Civilians, 3)), ("clerks", P(Civilians, 3)), ("lawyer", P(Civilians, 3)),
    ("lawyers", P(Civilians, 3)), ("judge", P(Civilians, 3)), ("judges", P(Civilians, 3)),
    ("banker", P(Civilians, 3)), ("bankers", P(Civilians, 3)), ("pharmacist", P(Civilians, 3)),
    ("physician", P(Civilians, 3)), ("physicians", P(Civilians, 3)), ("surgeon", P(Civilians, 3)),
    ("nurse", P(Civilians, 3)), ("engineer", P(Civilians, 3)), ("technician", P(Civilians, 3)),
    ("technicians", P(Civilians, 3)), ("hawker", P(Civilians, 3)), ("hawkers", P(Civilians, 3)),
    ("peddler", P(Civilians, 3)), ("peddlers", P(Civilians, 3)), ("reporter", P(Civilians, 3)),
    ("reporters", P(Civilians, 3)), ("photographer", P(Civilians, 3)),
    ("photographers", P(Civilians, 3)), ("cameraman", P(Civilians, 3)),
    ("cameramen", P(Civilians, 3)), ("correspondent", P(Civilians, 3)),
    ("industrialist", P(Civilians, 3)), ("industrialists", P(Civilians, 3)),
    ("landlord", P(Civilians, 3)), ("landlords", P(Civilians, 3)), ("landowner", P(Civilians, 3)),
    ("landowners", P(Civilians, 3)), ("boatman", P(Civilians, 3)), ("boatmen", P(Civilians, 3)),
    ("herdsman", P(Civilians, 3)), ("employee", P(Civilians, 3)), ("contractor", P(Civilians, 3)),
    ("commuter", P(Civilians, 3)), ("pedestrian", P(Civilians, 3)), ("motorist", P(Civilians, 3)),
    ("passer-by", P(Civilians, 3)), ("passers-by", P(Civilians, 3)), ("pensioner", P(Civilians, 3)),
    ("pensioners", P(Civilians, 3)), ("shopowner", P(Civilians, 3)),
    ("national", P(Civilians, 3)), ("citizen", P(Civilians, 3)), ("local", P(Civilians, 3)), ("youth", P(Civilians, 2)),
    ("headmaster", P(Civilians, 3)), ("headmasters", P(Civilians, 3)),
    ("headmistress", P(Civilians, 3)), ("manager", P(Civilians, 3)),
    ("managers", P(Civilians, 3)), ("accountant", P(Civilians, 3)),
    ("social", M(Civilians)), ("community", M(Civilians)),
    ("civilian", M(Civilians)), ("embassy", M(Civilians)), ("construction", M(Civilians)),
    ("polio", M(Civilians)), ("aid", M(Civilians)), ("family", M(Civilians)),
    ("families", M(Civilians)), ("school", M(Civilians)),
    // Peoples and nationalities: no side of their own.
    ("palestinians", Pu), ("israelis", Pu), ("afghans", Pu), ("pakistanis", Pu),
    ("iraqis", Pu), ("syrians", Pu), ("somalis", Pu), ("kurds", Pu), ("hazaras", Pu),
    ("yazidis", Pu), ("christians", Pu), ("muslims", Pu), ("hindus", Pu), ("sikhs", Pu),
    ("shias", Pu), ("shiites", Pu), ("sunnis", Pu), ("pashtuns", Pu), ("rohingya", Pu),
    ("nigerians", Pu), ("kenyans", Pu), ("malians", Pu), ("indians", Pu), ("yemenis", Pu),
    ("lebanese", Pu), ("sudanese", Pu), ("congolese", Pu), ("mexicans", Pu),
    ("colombians", Pu), ("filipinos", Pu), ("burkinabe", Pu), ("fulani", Pu),
    // Kinship: persons with no side of their own ("shot dead two brothers").
    ("son", Pu), ("sons", Pu), ("daughter", Pu), ("daughters", Pu), ("wife", Pu), ("wives", Pu),
    ("husband", Pu), ("husbands", Pu), ("brother", Pu), ("brothers", Pu), ("sister", Pu),
    ("sisters", Pu), ("cousin", Pu), ("cousins", Pu), ("nephew", Pu), ("nephews", Pu),
    ("niece", Pu), ("nieces", Pu), ("siblings", Pu), ("sibling", Pu), ("father", Pu),
    ("fathers", Pu), ("uncle", Pu), ("uncles", Pu), ("grandson", Pu), ("grandsons", Pu),
    ("granddaughter", Pu), ("grandfather", Pu), ("grandmother", Pu), ("in-laws", Pu),
    // Suspects and persons whose side the text gives, if anyone does.
    ("accused", Pu), ("conspirator", Pu), ("conspirators", Pu), ("co-accused", Pu),
    ("juvenile", Pu), ("juveniles", Pu), ("detainee", Pu), ("detainees", Pu),
    ("prisoner", Pu), ("prisoners", Pu), ("inmate", Pu), ("inmates", Pu),
    // People with no side of their own.
    ("people", Pu), ("persons", Pu), ("person", Pu), ("individuals", Pu), ("individual", Pu),
    ("culprits", Pu), ("tout", Pu), ("touts", Pu), ("convicts", Pu), ("fugitives", Pu), ("absconders", Pu), ("deserters", Pu),
    ("defectors", Pu), ("loyalists", Pu), ("belligerents", Pu),
    ("spies", Pu), ("informers", Pu), ("informants", Pu), ("sympathisers", Pu),
    ("sympathizers", Pu), ("supporters", Pu), ("followers", Pu), ("affiliates", Pu),
    ("crew", Pu), ("crewmen", Pu), ("seamen", Pu), ("pilots", Pu), ("rioters", Pu),
    ("observers", Pu), ("poachers", Pu), ("volunteers", Pu), ("volunteer", Pu),
    ("suspects", Pu), ("suspect", Pu), ("men", Pu), ("man", Pu), ("males", Pu),
    ("others", Pu), ("members", Pu), ("member", Pu), ("more", Pu), ("lives", Pu),
    ("bodies", Pu), ("casualties", Pu), ("elements", Pu),
    ("official", Pu), ("officials", Pu), ("other", Pu), ("accomplices", Pu), ("foreigners", Pu),
    ("suppliers", Pu), ("supplier", Pu), ("financiers", Pu), ("financier", Pu), ("handlers", Pu),
    ("handler", Pu), ("couriers", Pu), ("courier", Pu), ("recruiters", Pu), ("recruiter", Pu),
    ("smuggler", P(Militants, 3)), ("informant", Pu),
    ("associates", Pu), ("comrades", Pu), ("colleagues", Pu), ("aide", Pu), ("aides", Pu), ("leader", Pu),
    ("leaders", Pu), ("relatives", Pu), ("occupants", Pu), ("year-old", Pu), ("year-olds", Pu),
    ("supporters", Pu), ("supporter", Pu), ("sympathisers", Pu), ("sympathizers", Pu),
    // Function words.
    ("was", C(Aux)), ("were", C(Aux)), ("is", C(Aux)), ("are", C(Aux)), ("be", C(Aux)),
    ("been", C(Aux)), ("being", C(Aux)), ("have", C(Aux)), ("has", C(Aux)), ("had", C(Aux)),
    ("got", C(Aux)), ("get", C(Aux)), ("also", C(Aux)), ("reportedly", C(Aux)),
    ("allegedly", C(Aux)), ("later", C(Aux)), ("all", C(Aux)), ("slightly", C(Aux)),
    ("seriously", C(Aux)), ("critically", C(Aux)), ("fatally", C(Aux)), ("badly", C(Aux)),
    ("severely", C(Aux)), ("mortally", C(Aux)), ("grievously", C(Aux)), ("were,", C(Aux)),
    ("lightly", C(Aux)), ("gravely", C(Aux)), ("mildly", C(Aux)), ("moderately", C(Aux)),
    ("safely", C(Aux)), ("eventually", C(Aux)), ("finally", C(Aux)),
    ("subsequently", C(Aux)), ("successfully", C(Aux)), ("either", C(Aux)),
    ("immediately", C(Aux)), ("still", C(Aux)), ("not", C(Aux)), ("allegedly,", C(Aux)),
    ("so", C(Aux)), ("far", C(Aux)), ("then", C(Aux)), ("since", C(Prep)),
    ("might", C(Aux)), ("could", C(Aux)), ("would", C(Aux)),
    ("should", C(Aux)), ("will", C(Aux)), ("likely", C(Aux)), ("feared", C(Aux)),
    ("confirmed", C(Aux)), ("believed", C(Aux)),
    ("the", C(Det)), ("these", C(Det)), ("those", C(Det)), ("this", C(Det)),
    ("their", C(Det)), ("its", C(Det)), ("his", C(Det)), ("her", C(Det)), ("our", C(Det)),
    ("them", C(Det)), ("whom", C(Det)), ("which", C(Rel)), ("who", C(Rel)), ("that", C(Rel)),
    ("in", C(Prep)), ("on", C(Prep)), ("at", C(Prep)), ("by", C(Prep)), ("from", C(Prep)),
    ("during", C(Prep)), ("with", C(Prep)), ("for", C(Prep)), ("after", C(Prep)),
    ("near", C(Prep)), ("into", C(Prep)), ("across", C(Prep)), ("against", C(Prep)),
    ("when", C(Prep)), ("as", C(Prep)), ("to", C(Prep)), ("following", C(Prep)),
    ("before", C(Prep)), ("under", C(Prep)), ("within", C(Prep)), ("amid", C(Prep)),
    ("over", C(Prep)), ("of", C(Prep)), ("through", C(Prep)), ("throughout", C(Prep)),
    ("and", C(Conj)), ("or", C(Conj)), ("while", C(Conj)), ("but", C(Conj)),
    ("whereas", C(Conj)), ("besides", C(Conj)),
    ("including", C(ListIntro)), ("comprising", C(ListIntro)), ("among", C(ListIntro)),
    ("amongst", C(ListIntro)), ("included", C(ListIntro)), ("includes", C(ListIntro)),
    ("include", C(ListIntro)), ("follows", C(ListIntro)), ("comprised", C(ListIntro)),
    // First words of multi-word hedges and number phrases.
    ("at", S), ("no", S), ("not", S), ("more", S), ("up", S), ("as", S), ("less", S),
    ("fewer", S), ("close", S), ("well", S), ("just", S), ("between", S), ("half", S),
    ("tens", S), ("another", S), ("upwards", S), ("other", S),
    // Places where "people" are civilians.
    ("mosque", Cp), ("mosques", Cp), ("market", Cp), ("marketplace", Cp), ("bazaar", Cp),
    ("church", Cp), ("temple", Cp), ("shrine", Cp), ("worshippers", Cp), ("prayers", Cp),
    ("funeral", Cp), ("wedding", Cp), ("imambargah", Cp), ("madrassa", Cp),
    ("worshipers", Cp), ("congregation", Cp),
    ("celebration", Cp), ("festival", Cp), ("concert", Cp),
    ("monastery", Cp), ("synagogue", Cp), ("gurdwara", Cp), ("cathedral", Cp), ("madrasa", Cp),
    ("madrasah", Cp), ("seminary", Cp), ("pagoda", Cp), ("churches", Cp), ("temples", Cp),
    // Units that make a number something else than a figure.
    ("hour", C(Unit)), ("hours", C(Unit)), ("hrs", C(Unit)), ("minute", C(Unit)),
    ("minutes", C(Unit)), ("mins", C(Unit)), ("seconds", C(Unit)), ("day", C(Period(0))),
    ("days", C(Unit)), ("week", C(Period(1))), ("weeks", C(Unit)), ("month", C(Period(2))),
    ("months", C(Unit)), ("year", C(Period(3))), ("years", C(Unit)), ("decades", C(Unit)),
    ("decade", C(Unit)), ("km", C(Unit)), ("kms", C(Unit)), ("kilometres", C(Unit)),
    ("kilometers", C(Unit)), ("kilometre", C(Unit)), ("miles", C(Unit)), ("mile", C(Unit)),
    ("metres", C(Unit)), ("meters", C(Unit)), ("feet", C(Unit)), ("ft", C(Unit)),
    ("kg", C(Unit)), ("kgs", C(Unit)), ("kilograms", C(Unit)), ("grams", C(Unit)),
    ("tonnes", C(Unit)), ("tons", C(Unit)), ("litres", C(Unit)), ("acres", C(Unit)),
    ("percent", C(Unit)), ("pc", C(Unit)), ("pm", C(Unit)), ("am", C(Unit)),
    ("p.m", C(Unit)), ("a.m", C(Unit)), ("o'clock", C(Unit)), ("rounds", C(Unit)),
    ("cartridges", C(Unit)), ("bullets", C(Unit)), ("times", C(Unit)), ("goals", C(Unit)),
    ("runs", C(Unit)), ("wickets", C(Unit)), ("points", C(Unit)), ("votes", C(Unit)),
    ("seats", C(Unit)), ("mm", C(Unit)), ("cm", C(Unit)), ("storey", C(Unit)),
    ("rupees", C(Currency)), ("rupee", C(Currency)), ("rs", C(Currency)),
    ("dollars", C(Currency)), ("dollar", C(Currency)), ("usd", C(Currency)),
    ("pkr", C(Currency)), ("inr", C(Currency)), ("naira", C(Currency)), ("pesos", C(Currency)),
    ("shillings", C(Currency)), ("euros", C(Currency)), ("pounds", C(Currency)),
    ("afghanis", C(Currency)), ("birr", C(Currency)), ("cfa", C(Currency)),
    ("dinars", C(Currency)), ("riyals", C(Currency)), ("taka", C(Currency)),
    ("section", C(NotBefore)), ("sections", C(NotBefore)), ("article", C(NotBefore)),
    ("clause", C(NotBefore)), ("aged", C(NotBefore)), ("age", C(NotBefore)),
    ("ages", C(NotBefore)), ("no", C(NotBefore)), ("number", C(NotBefore)),
    ("numbering", C(NotBefore)), ("numbered", C(NotBefore)),
    ("page", C(NotBefore)), ("chapter", C(NotBefore)), ("flight", C(NotBefore)),
    ("route", C(NotBefore)), ("highway", C(NotBefore)), ("phase", C(NotBefore)),
    ("ppc", C(NotBefore)), ("fir", C(NotBefore)), ("model", C(NotBefore)),
    ("covid", C(NotBefore)), ("g20", C(NotBefore)), ("top", C(NotBefore)),
    // Months and weekdays.
    ("january", C(Month(1))), ("jan", C(Month(1))), ("february", C(Month(2))),
    ("feb", C(Month(2))), ("march", C(Month(3))), ("mar", C(Month(3))),
    ("april", C(Month(4))), ("apr", C(Month(4))), ("may", C(Month(5))),
    ("june", C(Month(6))), ("jun", C(Month(6))), ("july", C(Month(7))),
    ("jul", C(Month(7))), ("august", C(Month(8))), ("aug", C(Month(8))),
    ("september", C(Month(9))), ("sept", C(Month(9))), ("sep", C(Month(9))),
    ("october", C(Month(10))), ("oct", C(Month(10))), ("november", C(Month(11))),
    ("nov", C(Month(11))), ("december", C(Month(12))), ("dec", C(Month(12))),
    ("monday", C(Weekday(0))), ("tuesday", C(Weekday(1))), ("wednesday", C(Weekday(2))),
    ("thursday", C(Weekday(3))), ("friday", C(Weekday(4))), ("saturday", C(Weekday(5))),
    ("sunday", C(Weekday(6))), ("yesterday", C(Deictic)), ("today", C(Deictic)),
    ("last", C(Deictic)),
];

/// Multi-word hedges before a number, as keyword sequences.
#[rustfmt::skip]
pub static HEDGES: &[(&[Word], Hedge)] = &[
    (w!["at", "least"], AtLeast), (w!["no", "fewer", "than"], AtLeast),
    (w!["no", "less", "than"], AtLeast), (w!["not", "less", "than"], AtLeast),
    (w!["not", "fewer", "than"], AtLeast), (w!["more", "than"], AtLeast),
    (w!["upwards", "of"], AtLeast),
    (w!["well", "over"], AtLeast), (w!["just", "over"], AtLeast), (w!["over"], AtLeast),
    (w!["above"], AtLeast), (w!["at", "a", "minimum"], AtLeast),
    (w!["up", "to"], AtMost), (w!["as", "many", "as"], About), (w!["as", "high", "as"], AtMost), (w!["at", "most"], AtMost),
    (w!["less", "than"], AtMost), (w!["fewer", "than"], AtMost), (w!["nearly"], About),
    (w!["close", "to"], About), (w!["almost"], About), (w!["about"], About),
    (w!["around"], About), (w!["approximately"], About), (w!["roughly"], About),
    (w!["some"], About), (w!["an", "estimated"], About), (w!["estimated"], About),
    (w!["approx"], About), (w!["just", "under"], AtMost), (w!["as", "much", "as"], About),
    (w!["an", "approximate"], About), (w!["more", "or", "less"], About),
];

/// Places an attack is aimed at ("a raid on the camp", "an attack on a check post"), which make
/// "raid" an attack and "attack on" literal.
pub static TARGET_PLACES: &[Word] = words::w![
    "base",
    "camp",
    "post",
    "checkpoint",
    "checkpost",
    "outpost",
    "station",
    "convoy",
    "village",
    "town",
];

/// Words of play in a sports report: there "two strikes" and "the attack" are no operations or
/// attacks ("two strikes in the 31st over by the leg-spinner").
pub const SPORT_WORDS: &[Word] = w![
    "wicket",
    "wickets",
    "innings",
    "bowler",
    "bowlers",
    "batsman",
    "batsmen",
    "batter",
    "batters",
    "spinner",
    "spinners",
    "leg-spinner",
    "off-spinner",
    "pacer",
    "pacers",
    "seamer",
    "goalkeeper",
    "midfielder",
    "striker",
    "strikers",
    "penalty",
    "penalties",
    "goals",
];

/// Words that make a sentence's figure a running total, as keyword sequences.
pub const RUNNING_TOTAL: &[&[Word]] = &[
    w!["with", "this"],
    w!["with", "these"],
    w!["with", "their"],
    w!["with", "the", "latest"],
    w!["taking", "the"],
    w!["bringing", "the"],
];

/// Words that make a sentence's figure another event, not a part of one told before.
pub const ANOTHER_EVENT: &[&[Word]] = &[
    w!["another"],
    w!["separate"],
    w!["separately"],
    w!["more"],
    w!["similar"],
];

/// Words that open a sentence about a new incident, so that its figures are not restatements of
/// the figures of the sentences before: "In another operation, ...", "Separately, ...".
pub const NEW_INCIDENT: &[&[Word]] = &[
    w!["in", "another"],
    w!["in", "a", "separate"],
    w!["in", "a", "similar"],
    w!["in", "a", "second"],
    w!["separately"],
];

/// Opening words of a new incident that the figure grammar has no id for, compared as text.
pub const NEW_INCIDENT_WORDS: &[&str] = &["elsewhere"];

/// Police and army nouns, compared as text: "two policemen" and "two soldiers" are not one fact.
pub const POLICE_NOUNS: &[&str] = &[
    "policeman",
    "policemen",
    "policewoman",
    "policewomen",
    "cop",
    "cops",
    "constable",
    "constables",
];
pub const ARMY_NOUNS: &[&str] = &[
    "soldier", "soldiers", "troop", "troops", "trooper", "troopers", "sepoy", "sepoys",
];

/// Nouns that count events of the kind named after them: "46 cases of kidnapping", "95
/// instances of arbitrary arrest", "12 incidents of abduction".
pub const CASE_NOUNS: &[Word] = w!["cases", "instances", "incidents", "incidences"];

/// Participles of reporting after an earlier toll, the count's source or moment: "up from 38
/// announced a day earlier", "up from 12 given by police".
pub const REPORTED_AS: &[Word] = w![
    "announced",
    "reported",
    "given",
    "recorded",
    "registered",
    "cited",
    "claimed",
    "documented",
    "counted",
    "published",
    "issued",
    "quoted",
    "estimated",
    "logged",
    "tallied",
    "provided",
];

/// Words that compare a bare number with the figure before: "109 militants in May, as against
/// 74 in April", "compared with 74", "versus 74".
pub const COMPARED_LEADS: &[Word] = w!["against", "versus", "vs"];

/// Crowds that hold people against their will: "residents held four soldiers" is a kidnapping,
/// not an arrest.
pub const CROWDS: &[Word] = w![
    "mob",
    "mobs",
    "crowd",
    "crowds",
    "residents",
    "villagers",
    "locals",
    "protesters",
    "protestors",
    "demonstrators",
];

/// Capitalised words a name's number follows, right after them or after one to three more
/// capitalised words: "Sector 2", "Phase 3", "Operation Lafiya Dole 2".
pub const NAME_LEADS: &[Word] = w!["operation", "sector", "phase", "zone", "stage", "block"];

/// Singular nouns after "`<Name> <number>`" that make the number part of the name: "the Sokola 1
/// operation", "the Hadin Kai 3 offensive" (a count takes a plural).
pub const NAME_TAILS: &[Word] = w!["operation", "offensive", "campaign", "exercise"];

/// Person nouns that are adjectives too: a modifier when a head follows ("national highway
/// workers", "Afghan National Army soldiers", "a local shopkeeper"), else the head ("a
/// Bangladeshi national", "a local").
pub const NOUN_ADJECTIVES: &[Word] = w!["national", "local", "youth"];

/// Words in "-ly" that are no manner adverbs, for [`is_ly_adverb`].
pub const NOT_LY_ADVERBS: &[&str] = &[
    "early",
    "elderly",
    "friendly",
    "deadly",
    "costly",
    "lonely",
    "holy",
    "ugly",
    "daily",
    "weekly",
    "monthly",
    "yearly",
    "nightly",
    "hourly",
    "quarterly",
    "italy",
    "july",
    "assembly",
    "rally",
    "ally",
    "supply",
    "reply",
    "bully",
    "belly",
    "jelly",
    "kelly",
];

/// Whether a word with no entry is an adverb in "-ly" ("formally", "brutally"), which may stand
/// between an auxiliary and its verb like the listed ones ("were formally arrested").
pub fn is_ly_adverb(word: &str, e: &Entry) -> bool {
    let b = word.as_bytes();
    b.len() >= 4
        && b[b.len() - 2..].eq_ignore_ascii_case(b"ly")
        && e.cls == Cls::Plain
        && e.verb.is_none()
        && !e.person
        && e.subject.is_none()
        && e.noun.is_none()
        && !NOT_LY_ADVERBS.iter().any(|n| n.eq_ignore_ascii_case(word))
}

/// States after a bare count that end it without a noun: "captured two alive", "freed 5 unharmed".
pub const BARE_STATES: &[Word] = w!["alive", "unharmed", "unhurt", "safe", "uninjured"];

/// Multi-word kind verbs, as lowercase word sequences; a word starting with `?` is optional.
#[rustfmt::skip]
pub static PHRASE_VERBS: &[(&[&str], Kind)] = &[
    (&["sent", "to", "hell"], Killed), (&["lost", "their", "lives"], Killed),
    (&["lost", "his", "life"], Killed), (&["lost", "her", "life"], Killed),
    (&["lost", "lives"], Killed), (&["laid", "down", "their", "lives"], Killed),
    (&["embraced", "shahadat"], Killed), (&["embraced", "martyrdom"], Killed),
    (&["embraced", "shahadah"], Killed), (&["attained", "martyrdom"], Killed),
    (&["attained", "shahadat"], Killed), (&["shot", "dead"], Killed),
    (&["gunned", "down"], Killed), (&["mowed", "down"], Killed),
    // "twelve soldiers fell in action": bare "fell" is left alone ("attacks fell to 30").
    (&["fell", "in", "action"], Killed), (&["fell", "in", "?the", "battle"], Killed),
    (&["fell", "in", "combat"], Killed), (&["fell", "in", "the", "line", "of", "duty"], Killed),
    (&["succumbed", "to", "?their", "injuries"], Killed),
    (&["succumbed", "to", "?his", "injuries"], Killed),
    (&["sustained", "?minor", "?serious", "?severe", "?grievous", "?critical", "?multiple", "?bullet", "?gunshot", "?splinter", "?shrapnel", "?burn",
       "injuries"], Injured),
    (&["suffered", "?minor", "?serious", "?severe", "?grievous", "?critical", "?multiple", "?bullet", "?gunshot", "?splinter", "?shrapnel", "?burn",
       "injuries"], Injured),
    (&["received", "?minor", "?serious", "?severe", "?grievous", "?multiple", "?bullet", "injuries"], Injured),
    (&["sustained", "?minor", "?serious", "?severe", "?grievous", "?multiple", "?bullet", "?gunshot", "?splinter", "?shrapnel", "?burn", "wounds"], Injured),
    (&["suffered", "?minor", "?serious", "?severe", "?grievous", "?multiple", "?bullet", "?gunshot", "?splinter", "?shrapnel", "?burn", "wounds"], Injured),
    (&["received", "?minor", "?serious", "?severe", "?grievous", "?multiple", "?bullet", "?gunshot", "?splinter", "?shrapnel", "?burn", "wounds"], Injured),
    (&["left", "injured"], Injured), (&["left", "wounded"], Injured),
    (&["paid", "the", "supreme", "price"], Killed), (&["paid", "the", "ultimate", "price"], Killed),
    (&["made", "the", "supreme", "sacrifice"], Killed),
    (&["made", "the", "ultimate", "sacrifice"], Killed),
    (&["taken", "into", "custody"], Arrested), (&["took", "into", "custody"], Arrested),
    (&["taking", "into", "custody"], Arrested), (&["take", "into", "custody"], Arrested),
    (&["rounded", "up"], Arrested), (&["rounding", "up"], Arrested),
    (&["round", "up"], Arrested), (&["rounds", "up"], Arrested),
    (&["picking", "up"], Arrested), (&["picks", "up"], Arrested),
    (&["gunning", "down"], Killed), (&["guns", "down"], Killed), (&["gun", "down"], Killed),
    (&["mowing", "down"], Killed), (&["shooting", "dead"], Killed),
    (&["shoots", "dead"], Killed), (&["shoot", "dead"], Killed),
    (&["losing", "their", "lives"], Killed), (&["lose", "their", "lives"], Killed),
    (&["succumbed", "to", "?their", "?his", "?her", "wounds"], Killed),
    (&["sustaining", "?minor", "?serious", "?severe", "?grievous", "?critical", "?multiple", "?bullet", "?gunshot", "?splinter", "?shrapnel", "?burn",
       "injuries"], Injured),
    (&["suffering", "?minor", "?serious", "?severe", "?grievous", "?critical", "?multiple", "?bullet", "?gunshot", "?splinter", "?shrapnel", "?burn",
       "injuries"], Injured),
    (&["taking", "hostage"], Kidnapped), (&["took", "hostage"], Kidnapped),
    (&["take", "hostage"], Kidnapped), (&["setting", "free"], Rescued),
    (&["fatally", "wounded"], Killed), (&["fatally", "injured"], Killed),
    (&["taken", "in"], Arrested), (&["picked", "up"], Arrested),
    (&["took", "away"], Arrested), (&["taken", "away"], Arrested),
    (&["whisked", "away"], Arrested), (&["carted", "away"], Arrested),
    (&["laid", "down", "?their", "arms"], Surrendered),
    (&["lay", "down", "?their", "arms"], Surrendered),
    (&["gave", "themselves", "up"], Surrendered),
    (&["turned", "themselves", "in"], Surrendered),
    (&["returned", "to", "the", "fold"], Surrendered),
    (&["abandoned", "?the", "armed", "struggle"], Surrendered),
    (&["renounced", "?the", "armed", "struggle"], Surrendered),
    (&["hacked", "to", "death"], Killed), (&["stabbed", "to", "death"], Killed),
    (&["beaten", "to", "death"], Killed), (&["bludgeoned", "to", "death"], Killed),
    (&["shot", "to", "death"], Killed), (&["burned", "to", "death"], Killed),
    (&["burnt", "to", "death"], Killed), (&["tortured", "to", "death"], Killed),
    (&["clubbed", "to", "death"], Killed), (&["burned", "alive"], Killed),
    (&["burnt", "alive"], Killed), (&["handed", "themselves", "over"], Surrendered),
    (&["yielded", "to"], Surrendered), (&["yield", "to"], Surrendered),
    (&["yielding", "to"], Surrendered), (&["yields", "to"], Surrendered),
    (&["fled", "with", "?minor", "?serious", "?severe", "?grievous", "?bullet", "?gunshot", "?splinter", "?shrapnel", "?burn", "injuries"], Injured),
    (&["escaped", "with", "?minor", "?serious", "?severe", "?grievous", "?bullet", "?gunshot", "?splinter", "?shrapnel", "?burn", "injuries"], Injured),
    (&["fled", "with", "?minor", "?serious", "?severe", "?grievous", "?bullet", "?gunshot", "?splinter", "?shrapnel", "?burn", "wounds"], Injured),
    (&["escaped", "with", "?minor", "?serious", "?severe", "?grievous", "?bullet", "?gunshot", "?splinter", "?shrapnel", "?burn", "wounds"], Injured),
    (&["sustained", "a", "?minor", "?serious", "?severe", "?grievous", "?critical", "?bullet", "?gunshot", "?splinter", "?shrapnel", "?burn", "injury"],
     Injured),
    (&["suffered", "a", "?minor", "?serious", "?severe", "?grievous", "?critical", "?bullet", "?gunshot", "?splinter", "?shrapnel", "?burn", "injury"],
     Injured),
    (&["sustained", "a", "?minor", "?serious", "?severe", "?grievous", "?bullet", "?gunshot", "?splinter", "?shrapnel", "?burn", "wound"], Injured),
    (&["suffered", "a", "?minor", "?serious", "?severe", "?grievous", "?bullet", "?gunshot", "?splinter", "?shrapnel", "?burn", "wound"], Injured),
    (&["taken", "hostage"], Kidnapped), (&["held", "hostage"], Kidnapped),
    (&["taken", "captive"], Kidnapped), (&["held", "captive"], Kidnapped),
    (&["taken", "prisoner"], Arrested), (&["taken", "prisoners"], Arrested),
    (&["set", "free"], Rescued), (&["regained", "?their", "freedom"], Rescued),
    (&["were", "freed"], Rescued), (&["secured", "the", "release"], Rescued),
];

/// Abbreviations whose dot does not end a sentence (lowercase), unless a capitalised
/// [`SENTENCE_OPENERS`] word follows; the tokenizer drops such a dot, so it splits no phrase
/// ("two U.S. soldiers", "St. Mary's", "Nov. 11"). Initials ("U.K.", "p.m.") are abbreviations
/// by their form.
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "brig", "capt", "cpl", "sgt", "insp",
    "supt", "no", "nos", "rs", "st", "jr", "sr", "gov", "govt", "prof", "vs", "jan", "feb", "aug",
    "sept", "sep", "oct", "nov", "dec", "inc", "co", "corp", "hon", "rev", "adm", "cmdr", "pvt",
    "approx", "est", "mt", "ft", "dept", "asst", "dsp", "ssp", "sho", "nr", "u.s", "u.n",
    "ltd", "sen", "rep", "messrs", "bros", "plc", "mar", "apr", "jun",
    "jul", "lieut", "det", "const", "sq", "sqn", "bn", "regt", "div", "ret", "gp",
];

/// Words that open a sentence, not a name: after an abbreviation's dot ("in the U.S. The
/// talks", "Acme Inc. Two men"), one of these capitalised says the dot also ends the sentence;
/// any other word ("U.S. Army", "Gen. Ali", "Nov. 11") continues it (lowercase).
#[rustfmt::skip]
const SENTENCE_OPENERS: &[&str] = &[
    "the", "a", "an", "he", "she", "it", "they", "we", "his", "her", "its", "their", "our",
    "this", "that", "these", "those", "there", "but", "and", "however", "meanwhile", "in", "on",
    "at", "after", "before", "during", "earlier", "later", "since", "while", "when", "also",
    "some", "many", "several", "both", "all", "according", "officials", "one", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens",
    "hundreds", "thousands", "among", "other", "another", "last", "separately", "no",
];

/// Whether a word, capitalised after an abbreviation's dot, opens a new sentence
/// ([`SENTENCE_OPENERS`], ASCII case ignored).
pub fn opens_sentence(word: &[u8]) -> bool {
    SENTENCE_OPENERS
        .iter()
        .any(|o| o.as_bytes().eq_ignore_ascii_case(word))
}

/// The merged entries and a cuckoo hash table over their keys: every key sits in one of its two
/// slots, so a lookup reads both and compares, with no probe loop and no branch on a hit.
///
/// The keys are the words of the lexicon, whose index is their [`Lex`] id, then the keywords of
/// [`words::KEYWORDS`] that have no entry: one lookup gives a word's entry and its keyword id.
struct Table {
    /// Indexes into `keys`; an empty slot holds `keys.len() - 1`, whose key is all zeros and so
    /// equals no word's key.
    slots: Box<[Lex; SLOTS]>,
    keys: Vec<Key>,
    /// The keyword id of each key (and [`NO_WORD`] for the empty one).
    words: Vec<Word>,
    /// The lexicon id and the keyword id of each key index, then `(NONE, NO_WORD)` up to
    /// [`ENTRIES_MAX`]: indexed with a key index's low bits, so [`NONE`] (all ones) needs no
    /// branch.
    lex_words: Box<[(Lex, Word); ENTRIES_MAX]>,
    /// The first two integers of each key, for the lookup of words under 16 bytes: a smaller
    /// array stays in the cache.
    short_keys: Vec<[u64; 2]>,
    /// Where each key under 16 bytes is, with one place per key ([`Short`]).
    short: Short,
    entries: Vec<Entry>,
    /// The entries again, then empty ones up to [`ENTRIES_MAX`]: [`entry`] indexes it with the
    /// id's low bits, so [`NONE`] (all ones) lands on an empty entry with no branch and no bounds
    /// check.
    by_id: Box<[Entry; ENTRIES_MAX]>,
    /// Per id as `by_id`, whether the word can open a number phrase ([`Openers::opens`]): a
    /// small table for a test made on every token.
    opens: Box<[bool; ENTRIES_MAX]>,
    /// Per id as `by_id`, whether the word opens a number phrase only as a lead-in to an
    /// amount after it ([`Openers::leads_in`]).
    leads: Box<[bool; ENTRIES_MAX]>,
    /// Keys that found no slot (none with today's lexicon; a test checks it): looked up one by one.
    stash: Vec<(Key, Lex)>,
    /// The abbreviations, each packed as by [`pack8`], sorted for a binary search.
    abbreviations: Vec<u64>,
}

const SLOTS: usize = 4096;

/// Slots of [`Short`], a power of two.
const SHORT_SLOTS: usize = 4096;

/// Buckets of [`Short`], a power of two: about four keys each.
const SHORT_BUCKETS: usize = 512;

/// The keys of words under 16 bytes (every word but a few), placed so that each sits in the
/// one slot its hash and its bucket's displacement give ("hash and displace"): a lookup reads
/// one displacement and one slot, then compares one key, where the cuckoo table reads two slots
/// and two keys. A slot holds a key index, so the keys stay in the dense `short_keys` (a table
/// of keys in the slots themselves would not fit the L1 cache beside the text, and real text,
/// with its many different words, would run slower). Built when the table is; `ok` is false if
/// some bucket found no displacement (a test checks that every one does), and then lookups
/// take the cuckoo table.
struct Short {
    ok: bool,
    disp: Box<[u16; SHORT_BUCKETS]>,
    /// The key index of each slot; an empty slot holds the index of the all-zero key, which
    /// equals no word's.
    slots: Box<[Lex; SHORT_SLOTS]>,
}

/// The hash of a short key; its top bits pick the bucket, its middle bits the slot.
#[inline]
fn short_hash(k0: u64, k1: u64) -> u64 {
    (k0 ^ k1.rotate_left(23)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The bucket and the undisplaced slot of a short key's hash.
#[inline]
fn short_place(h: u64) -> (usize, usize) {
    (
        (h >> 55) as usize & (SHORT_BUCKETS - 1),
        (h >> 20) as usize & (SHORT_SLOTS - 1),
    )
}

/// Whether a key is of a word under 16 bytes (byte 15 and the third integer zero), the keys
/// [`Short`] holds.
fn is_short(k: &Key) -> bool {
    k[2] == 0 && k[1] >> 56 == 0 && *k != [0; 3]
}

impl Short {
    /// The one slot where the short key `[k0, k1]` can be.
    #[inline]
    fn slot(&self, k0: u64, k1: u64) -> usize {
        let (bucket, slot) = short_place(short_hash(k0, k1));
        (slot ^ self.disp[bucket] as usize) & (SHORT_SLOTS - 1)
    }

    /// Places every key [`is_short`], biggest buckets first, each bucket at the first
    /// displacement that puts all its keys in free slots. `empty` is the index of the all-zero
    /// key.
    fn build(keys: &[Key], empty: Lex) -> Short {
        let mut t = Short {
            ok: true,
            disp: Box::new([0; SHORT_BUCKETS]),
            slots: Box::new([empty; SHORT_SLOTS]),
        };
        let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); SHORT_BUCKETS];
        for (i, k) in keys.iter().enumerate().filter(|(_, k)| is_short(k)) {
            buckets[short_place(short_hash(k[0], k[1])).0].push(i);
        }
        let mut order: Vec<usize> = (0..SHORT_BUCKETS).collect();
        order.sort_by_key(|&b| std::cmp::Reverse(buckets[b].len()));
        let mut used = vec![false; SHORT_SLOTS];
        for b in order {
            let slots_at = |d: usize| -> Option<Vec<usize>> {
                let mut slots = Vec::new();
                for &i in &buckets[b] {
                    let s = short_place(short_hash(keys[i][0], keys[i][1])).1 ^ d;
                    if used[s] || slots.contains(&s) {
                        return None;
                    }
                    slots.push(s);
                }
                Some(slots)
            };
            let Some((d, slots)) = (0..SHORT_SLOTS).find_map(|d| Some((d, slots_at(d)?))) else {
                t.ok = false;
                return t;
            };
            t.disp[b] = d as u16;
            for (&i, s) in buckets[b].iter().zip(slots) {
                used[s] = true;
                t.slots[s] = i as Lex;
            }
        }
        t
    }
}

/// More than the number of keys, entries and keywords (a test checks it), a power of two. The
/// cuckoo table of [`SLOTS`] fills up near half its size, so this is no tighter limit.
const ENTRIES_MAX: usize = SLOTS / 2;

/// A word of at most 24 bytes packed into three integers with ASCII letters lowercased, so a
/// lookup costs a few integer compares. Lowercasing ORs 0x20 into every byte of the word: it
/// maps `A-Z` to `a-z` and leaves digits, `-`, `'`, `.` and `,` alone; lexicon words are ASCII,
/// so no other word can collide with one.
type Key = [u64; 3];

/// The longest word a [`Key`] holds.
const KEY_MAX: usize = 24;

/// For a word of `n` bytes, the masks that keep its bytes in each of the three key words.
static KEY_MASKS: [Key; KEY_MAX + 1] = {
    let mut t = [[0u64; 3]; KEY_MAX + 1];
    let mut n = 0;
    while n <= KEY_MAX {
        let mut w = 0;
        while w < 3 {
            let bytes = n.saturating_sub(8 * w);
            t[n][w] = if bytes >= 8 {
                u64::MAX
            } else {
                (1u64 << (bytes * 8)) - 1
            };
            w += 1;
        }
        n += 1;
    }
    t
};

fn key(word: &[u8]) -> Option<Key> {
    key_at(word, 0, word.len())
}

/// The key of `b[start..end]`, loading eight bytes at a time where `b` has them (the bytes past
/// `end` are masked off), so the key equals the byte-by-byte one.
#[inline]
fn key_at(b: &[u8], start: usize, end: usize) -> Option<Key> {
    let n = end.checked_sub(start)?;
    if n == 0 || n > KEY_MAX || end > b.len() {
        return None;
    }
    // Near the end of the text, the word is copied out so the loads stay in bounds.
    let mut tail = [0u8; KEY_MAX];
    let w = match b.get(start..start + KEY_MAX) {
        Some(w) => w,
        None => {
            tail[..n].copy_from_slice(&b[start..end]);
            &tail
        }
    };
    let m = &KEY_MASKS[n];
    let word = |i: usize| {
        let mut a = [0u8; 8];
        a.copy_from_slice(&w[i * 8..i * 8 + 8]);
        (u64::from_le_bytes(a) | 0x2020_2020_2020_2020) & m[i]
    };
    Some([word(0), word(1), word(2)])
}

/// The two slots of a key.
#[inline]
const fn slots_of(k: &Key) -> (usize, usize) {
    let h =
        (k[0] ^ k[1].rotate_left(23) ^ k[2].rotate_left(41)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    ((h >> 52) as usize, (h >> 40) as usize & (SLOTS - 1))
}

/// Puts key `id` into one of its two slots, evicting occupants to their other slot; a key that
/// finds no slot goes to the stash.
fn place(t: &mut Table, id: Lex) {
    // The last key is the empty one, all zeros.
    let empty = (t.keys.len() - 1) as Lex;
    let mut cur = id;
    let mut slot = slots_of(&t.keys[id as usize]).0;
    for _ in 0..500 {
        let (s1, s2) = slots_of(&t.keys[cur as usize]);
        if t.slots[s1] == empty {
            t.slots[s1] = cur;
            return;
        }
        if t.slots[s2] == empty {
            t.slots[s2] = cur;
            return;
        }
        slot = if slot == s1 { s2 } else { s1 };
        cur = std::mem::replace(&mut t.slots[slot], cur);
    }
    t.stash.push((t.keys[cur as usize], cur));
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Table {
            slots: Box::new([0; SLOTS]),
            keys: Vec::new(),
            words: Vec::new(),
            lex_words: Box::new([(NONE, NO_WORD); ENTRIES_MAX]),
            short_keys: Vec::new(),
            short: Short {
                ok: false,
                disp: Box::new([0; SHORT_BUCKETS]),
                slots: Box::new([0; SHORT_SLOTS]),
            },
            entries: Vec::new(),
            // Built on the heap: the array is too big for a small stack.
            by_id: vec![Entry::EMPTY; ENTRIES_MAX]
                .into_boxed_slice()
                .try_into()
                .unwrap_or_else(|_| unreachable!()),
            opens: Box::new([false; ENTRIES_MAX]),
            leads: Box::new([false; ENTRIES_MAX]),
            stash: Vec::new(),
            abbreviations: {
                let mut a: Vec<u64> = ABBREVIATIONS
                    .iter()
                    .filter_map(|a| pack8(a.as_bytes()))
                    .collect();
                a.sort_unstable();
                a
            },
        };
        // Ids in the order words first appear; a word's rows merge into its entry.
        let mut ids: HashMap<Key, Lex> = HashMap::new();
        let mut id_of = |t: &mut Table, word: &str| {
            let k = key(word.as_bytes())?;
            Some(*ids.entry(k).or_insert_with(|| {
                t.keys.push(k);
                t.entries.push(Entry::EMPTY);
                (t.entries.len() - 1) as Lex
            }))
        };
        for (word, role) in WORDS {
            if let Some(id) = id_of(&mut t, word) {
                apply(&mut t.entries[id as usize], role);
            }
        }
        for name in super::places::GAZETTEER {
            let first = name.split([' ', '-']).next().unwrap_or(name);
            if let Some(id) = id_of(&mut t, first) {
                t.entries[id as usize].place = true;
            }
        }
        // The keywords: their own keys after the entries' when the lexicon lacks them.
        t.words = vec![NO_WORD; t.keys.len()];
        for (i, word) in words::KEYWORDS.iter().enumerate() {
            let Some(k) = key(word.as_bytes()) else {
                continue;
            };
            let at = match ids.get(&k) {
                Some(&at) => at as usize,
                None => {
                    t.keys.push(k);
                    t.words.push(NO_WORD);
                    t.keys.len() - 1
                }
            };
            t.words[at] = (i + 1) as Word;
        }
        // Empty slots point at one more key, all zeros.
        let n = t.keys.len();
        t.keys.push([0; 3]);
        t.words.push(NO_WORD);
        t.slots = Box::new([n as Lex; SLOTS]);
        for id in 0..n {
            place(&mut t, id as Lex);
        }
        for (slot, e) in t.by_id.iter_mut().zip(&t.entries) {
            *slot = *e;
        }
        let lexes = t.entries.len();
        for (id, (slot, &w)) in t.lex_words.iter_mut().zip(&t.words).enumerate() {
            *slot = (if id < lexes { id as Lex } else { NONE }, w);
        }
        t.short_keys = t.keys.iter().map(|k| [k[0], k[1]]).collect();
        t.short = Short::build(&t.keys, n as Lex);
        for (slot, e) in t.opens.iter_mut().zip(&t.entries) {
            *slot = e.num > 0 || e.vague.is_some() || e.article || e.hedge.is_some() || e.starts;
        }
        // "another" and "other" make a figure of one by themselves ("another attack").
        let alone = [find(&t, b"another"), find(&t, b"other")];
        for (id, (slot, e)) in t.leads.iter_mut().zip(&t.entries).enumerate() {
            let amount = e.num > 0 || e.vague.is_some() || e.article || e.hedge.is_some();
            *slot = e.starts && !amount && !alone.contains(&Some(id as Lex));
        }
        t
    })
}

const fn apply(e: &mut Entry, role: &Role) {
    match *role {
        Num(n) => e.num = n,
        Tens(n) => {
            e.num = n;
            e.tens = true;
        }
        Mag(m) => e.mag = m,
        Article => e.article = true,
        Vague(v, lo, hi) => e.vague = Some((v, lo, hi)),
        H(h) => e.hedge = Some(h),
        V(k) => e.verb = Some(k),
        N(k) => e.noun = Some(k),
        Of(k) => e.of_noun = Some(k),
        P(s, w) => {
            e.person = true;
            e.subject = Some((s, w));
        }
        Pu => e.person = true,
        M(s) => {
            if e.subject.is_none() {
                e.subject = Some((s, 2));
            }
        }
        G(s) => {
            // (`is_none_or` is not const.)
            if !matches!(e.subject, Some((_, 3..))) {
                e.subject = Some((s, 3));
            }
        }
        C(c) => e.cls = c,
        S => e.starts = true,
        Cp => e.civ_place = true,
    }
}

/// The lexicon id of a word, without fallbacks.
fn find(t: &Table, word: &[u8]) -> Option<Lex> {
    find_at(t, word, 0, word.len())
}

/// The lexicon id of the word `b[start..end]`, without fallbacks.
#[inline]
fn find_at(t: &Table, b: &[u8], start: usize, end: usize) -> Option<Lex> {
    find_key_at(t, b, start, end).filter(|&id| (id as usize) < t.entries.len())
}

/// The index in `keys` of the word `b[start..end]`: a lexicon id or a keyword's own key.
#[inline]
fn find_key_at(t: &Table, b: &[u8], start: usize, end: usize) -> Option<Lex> {
    let k = key_at(b, start, end)?;
    let (s1, s2) = slots_of(&k);
    let (a, c) = (t.slots[s1], t.slots[s2]);
    let (ka, kc) = (t.keys[a as usize], t.keys[c as usize]);
    let hit_a = all_ones_if_zero((ka[0] ^ k[0]) | (ka[1] ^ k[1]) | (ka[2] ^ k[2]));
    let hit_c = !hit_a & all_ones_if_zero((kc[0] ^ k[0]) | (kc[1] ^ k[1]) | (kc[2] ^ k[2]));
    if hit_a | hit_c != 0 {
        return Some((a & hit_a) | (c & hit_c));
    }
    if !t.stash.is_empty() {
        return t.stash.iter().find(|s| s.0 == k).map(|s| s.1);
    }
    None
}

/// A handle on the table for many lookups in a row (the tokenizer's).
#[derive(Clone, Copy)]
pub struct Finder {
    short: &'static Short,
    keys: &'static [[u64; 2]],
    lex_words: &'static [(Lex, Word); ENTRIES_MAX],
    table: &'static Table,
    /// Whether the lookup must take the cuckoo table: the stash holds keys, or [`Short`] could
    /// not place them all (neither, with today's lexicon).
    slow: bool,
}

/// The handle for [`Finder::find_plain`].
pub fn finder() -> Finder {
    let table = table();
    Finder {
        short: &table.short,
        keys: &table.short_keys,
        lex_words: &table.lex_words,
        table,
        slow: !table.stash.is_empty() || !table.short.ok,
    }
}

impl Finder {
    /// [`lookup_word_at`] of a word without `-`, `'` or `’` inside, which has no fallbacks.
    /// Always inlined natively: with [`lookup_word_at`] as a second caller, the compiler would
    /// otherwise make it a call in the tokenizer's loop. The size-built wasm decides for itself.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline)]
    pub fn find_plain(self, b: &[u8], start: usize, end: usize) -> (Lex, Word) {
        // Words of at most 15 bytes, nearly all: the key's third integer is zero, and so is
        // that of any key equal to it in the first two (its byte `n` is zero, so its length
        // is `n` too).
        let n = end.wrapping_sub(start);
        let (Some(w), true) = (b.get(start..start + 16), (1..16).contains(&n)) else {
            return self.table.split(find_key_at(self.table, b, start, end));
        };
        let m = &KEY_MASKS[n];
        let word = |i: usize| {
            let mut a = [0u8; 8];
            a.copy_from_slice(&w[i * 8..i * 8 + 8]);
            u64::from_le_bytes(a) | 0x2020_2020_2020_2020
        };
        let (k0, k1) = (word(0) & m[0], word(1) & m[1]);
        if self.slow {
            return self.table.split(find_key_at(self.table, b, start, end));
        }
        let id = self.short.slots[self.short.slot(k0, k1)];
        let Some(&key) = self.keys.get(id as usize) else {
            return (NONE, NO_WORD);
        };
        // A select, not a branch: whether a word is in the lexicon is unpredictable.
        let id = if key == [k0, k1] { id } else { NONE };
        self.lex_words[id as usize & (ENTRIES_MAX - 1)]
    }
}

impl Table {
    /// The lexicon id and the keyword id of a key index.
    fn split(&self, key: Option<Lex>) -> (Lex, Word) {
        match key {
            Some(id) => (
                if (id as usize) < self.entries.len() {
                    id
                } else {
                    NONE
                },
                self.words.get(id as usize).copied().unwrap_or(NO_WORD),
            ),
            None => (NONE, NO_WORD),
        }
    }
}

/// `0xFFFF` if `d` is zero, else 0, computed without a branch.
#[inline]
fn all_ones_if_zero(d: u64) -> u16 {
    let nonzero = ((d | d.wrapping_neg()) >> 63) as u16;
    nonzero.wrapping_sub(1)
}

/// Looks a word up, case-insensitively, with the possessive and hyphen fallbacks.
pub fn lookup(word: &[u8]) -> Lex {
    lookup_at(word, 0, word.len())
}

/// [`lookup`] of the word `b[start..end]`; reads the key straight from `b`.
pub fn lookup_at(b: &[u8], start: usize, end: usize) -> Lex {
    lookup_word_at(b, start, end).0
}

/// The keyword id of a word: its exact text, ASCII case ignored, with no fallback.
#[cfg(test)]
pub fn word(w: &[u8]) -> Word {
    lookup_word_at(w, 0, w.len()).1
}

/// [`lookup_at`] of the word `b[start..end]`, and its keyword id ([`words::KEYWORDS`]), which
/// is that of its exact text.
pub fn lookup_word_at(b: &[u8], start: usize, end: usize) -> (Lex, Word) {
    let Some(word) = b.get(start..end) else {
        return (NONE, NO_WORD);
    };
    if word.is_empty() || word.len() > 64 {
        return (NONE, NO_WORD);
    }
    // The word and its parts are looked up in place in `b`, so those under 16 bytes (nearly
    // all) take the displaced table when `b` has 16 bytes from their start.
    let f = finder();
    let (exact, kw) = f.find_plain(b, start, end);
    if exact != NONE {
        return (exact, kw);
    }
    (lookup_fallback(f, b, start, end), kw)
}

/// The lexicon id of the word `b[start..end]` that has no entry of its own: a possessive's
/// stem, an age, a hyphenated compound's last part.
fn lookup_fallback(f: Finder, b: &[u8], start: usize, end: usize) -> Lex {
    let word = &b[start..end];
    // Possessives: "Pakistan's", "army’s".
    let stem = if word.ends_with(b"'s") {
        Some(2)
    } else if word.ends_with("’s".as_bytes()) {
        Some(4)
    } else {
        None
    };
    if let Some(cut) = stem {
        let id = f.find_plain(b, start, end - cut).0;
        if id != NONE {
            return id;
        }
    }
    // An age as a person: "among them a 16-year-old", "two 12-year-olds".
    for suffix in [b"-year-olds".as_slice(), b"-year-old".as_slice()] {
        if word.len() > suffix.len()
            && word[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
        {
            if let Some(id) = find(f.table, &suffix[1..]) {
                return id;
            }
        }
    }
    // Hyphenated compounds: the last part's noun and verb roles only.
    if let Some(pos) = word.iter().rposition(|&c| c == b'-') {
        let id = f.find_plain(b, start + pos + 1, end).0;
        if id != NONE {
            let e = &f.table.entries[id as usize];
            if e.num == 0 && e.vague.is_none() && !e.article && e.mag == 0 && e.cls == Cls::Plain {
                return id;
            }
        }
    }
    NONE
}

/// [`lookup_word_at`] as it was before it took the displaced table: the cuckoo table only, on
/// sub-slices; the reference its tests compare with.
#[cfg(test)]
fn lookup_word_cuckoo(word: &[u8]) -> (Lex, Word) {
    if word.is_empty() || word.len() > 64 {
        return (NONE, NO_WORD);
    }
    let t = table();
    let (exact, kw) = t.split(find_key_at(t, word, 0, word.len()));
    if exact != NONE {
        return (exact, kw);
    }
    let stem = if word.ends_with(b"'s") {
        Some(&word[..word.len() - 2])
    } else if word.ends_with("’s".as_bytes()) {
        Some(&word[..word.len() - 4])
    } else {
        None
    };
    if let Some(id) = stem.and_then(|stem| find(t, stem)) {
        return (id, kw);
    }
    for suffix in [b"-year-olds".as_slice(), b"-year-old".as_slice()] {
        if word.len() > suffix.len()
            && word[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
        {
            if let Some(id) = find(t, &suffix[1..]) {
                return (id, kw);
            }
        }
    }
    if let Some(pos) = word.iter().rposition(|&c| c == b'-') {
        if let Some(id) = find(t, &word[pos + 1..]) {
            let e = &t.entries[id as usize];
            if e.num == 0 && e.vague.is_none() && !e.article && e.mag == 0 && e.cls == Cls::Plain {
                return (id, kw);
            }
        }
    }
    (NONE, kw)
}

/// The entry of a lexicon id; an empty entry for [`NONE`].
#[inline]
pub fn entry(id: Lex) -> &'static Entry {
    #[cfg(not(target_arch = "wasm32"))]
    return &BY_ID[id as usize & (ENTRIES_MAX - 1)];
    #[cfg(target_arch = "wasm32")]
    &table().by_id[id as usize & (ENTRIES_MAX - 1)]
}

/// Every entry by lexicon id, made at compile time: [`entry`] reads it with no test that a
/// table is built (that test, inlined into every rule's lookups, was 2% of all instructions).
/// Native only: in the wasm, built for size, the 64 KB array would weigh on the page. The ids
/// are the run-time table's, words in the order they first appear in [`WORDS`], then the
/// gazetteer's first words; a test checks that both tables agree.
#[cfg(not(target_arch = "wasm32"))]
static BY_ID: [Entry; ENTRIES_MAX] = by_id_at_compile_time();

/// [`BY_ID`]: the merge of `table`, with a small open-addressing set of keys for the ids.
#[cfg(not(target_arch = "wasm32"))]
const fn by_id_at_compile_time() -> [Entry; ENTRIES_MAX] {
    const SETS: usize = 4096;
    let mut entries = [Entry::EMPTY; ENTRIES_MAX];
    let mut keys = [[0u64; 3]; ENTRIES_MAX];
    let mut ids = [u16::MAX; SETS];
    let mut n = 0;
    let mut r = 0;
    while r < WORDS.len() + super::places::GAZETTEER.len() {
        let (word, role) = if r < WORDS.len() {
            (WORDS[r].0.as_bytes(), Some(&WORDS[r].1))
        } else {
            // A place's first word: up to its first space or hyphen.
            let name = super::places::GAZETTEER[r - WORDS.len()].as_bytes();
            let mut end = 0;
            while end < name.len() && name[end] != b' ' && name[end] != b'-' {
                end += 1;
            }
            (name.split_at(end).0, None)
        };
        r += 1;
        let Some(k) = const_key(word) else {
            continue;
        };
        let mut s = (slots_of(&k).0) & (SETS - 1);
        let id = loop {
            let at = ids[s];
            if at == u16::MAX {
                ids[s] = n as u16;
                keys[n] = k;
                n += 1;
                break n - 1;
            }
            let o = keys[at as usize];
            if o[0] == k[0] && o[1] == k[1] && o[2] == k[2] {
                break at as usize;
            }
            s = (s + 1) & (SETS - 1);
        };
        match role {
            Some(role) => apply(&mut entries[id], role),
            None => entries[id].place = true,
        }
    }
    entries
}

/// [`key`], at compile time.
#[cfg(not(target_arch = "wasm32"))]
const fn const_key(word: &[u8]) -> Option<Key> {
    if word.is_empty() || word.len() > KEY_MAX {
        return None;
    }
    let mut k = [0u64; 3];
    let mut i = 0;
    while i < word.len() {
        k[i / 8] |= ((word[i] | 0x20) as u64) << ((i % 8) * 8);
        i += 1;
    }
    Some(k)
}

/// A handle on the table of the words that can open a number phrase, for a test on every token
/// of a text.
#[derive(Clone, Copy)]
pub struct Openers {
    opens: &'static [bool; ENTRIES_MAX],
    leads: &'static [bool; ENTRIES_MAX],
}

/// The handle for [`Openers::opens`].
pub fn openers() -> Openers {
    let t = table();
    Openers {
        opens: &t.opens,
        leads: &t.leads,
    }
}

/// How far after a lead-in word ([`Openers::leads_in`]) the amount it leads to can start: the
/// longest hedge is three words ("no fewer than"), and "at least half a dozen" reaches the
/// amount's words at two.
pub const LEAD_REACH: usize = 4;

impl Openers {
    /// Whether the word of a lexicon id can open a number phrase: a number word, a vague
    /// amount, an article, a hedge or another word that starts one ("between", "another").
    #[inline]
    pub fn opens(self, id: Lex) -> bool {
        self.opens[id as usize & (ENTRIES_MAX - 1)]
    }

    /// Whether the word opens a number phrase only as a lead-in to an amount after it ("at
    /// least", "as many as", "between"): a phrase can start at it only if another opener
    /// follows within [`LEAD_REACH`] tokens.
    #[inline]
    pub fn leads_in(self, id: Lex) -> bool {
        self.leads[id as usize & (ENTRIES_MAX - 1)]
    }
}

/// A word of at most eight bytes, ASCII-lowercased, in one integer with its length in no byte:
/// words of different lengths differ as the shorter has a zero where the longer has a byte.
/// `None` for longer words and words with a NUL.
fn pack8(word: &[u8]) -> Option<u64> {
    if word.len() > 8 || word.contains(&0) {
        return None;
    }
    let mut v = 0;
    for (i, c) in word.iter().enumerate() {
        v |= (c.to_ascii_lowercase() as u64) << (i * 8);
    }
    Some(v)
}

/// Whether a word (without its dot) is an abbreviation, ASCII case ignored.
pub fn is_abbreviation(word: &[u8]) -> bool {
    // Most words before a dot are longer than any abbreviation.
    word.len() <= ABBREVIATION_MAX
        && pack8(word).is_some_and(|v| table().abbreviations.binary_search(&v).is_ok())
}

/// The length of the longest of [`ABBREVIATIONS`].
const ABBREVIATION_MAX: usize = {
    let mut max = 0;
    let mut i = 0;
    while i < ABBREVIATIONS.len() {
        if ABBREVIATIONS[i].len() > max {
            max = ABBREVIATIONS[i].len();
        }
        i += 1;
    }
    max
};

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! looks_up {
        ($name:ident, $word:expr, $check:expr) => {
            #[test]
            fn $name() {
                let e = entry(lookup($word.as_bytes()));
                let f: fn(&Entry) -> bool = $check;
                assert!(f(e), "{}", $word);
            }
        };
    }

    looks_up!(number_word, "Seven", |e| e.num == 7);
    looks_up!(tens_word, "seventy", |e| e.num == 70 && e.tens);
    looks_up!(kind_verb, "MARTYRED", |e| e.verb == Some(Kind::Killed));
    looks_up!(kind_noun, "IBOs", |e| e.noun == Some(Kind::Operations));
    looks_up!(khwarij, "khwarij", |e| e.subject
        == Some((Subject::Militants, 3)));
    looks_up!(possessive, "soldiers's", |e| e.person);
    looks_up!(hyphen_last, "counter-terrorism-operations", |e| e.noun
        == Some(Kind::Operations));
    looks_up!(hyphen_not_number, "seventy-three", |e| e.num == 0);
    looks_up!(hyphen_member, "seven-member", |e| e.num == 0);
    looks_up!(month, "February", |e| e.cls == Cls::Month(2));
    looks_up!(unknown, "zzzz", |e| !e.person && e.verb.is_none());
    looks_up!(group, "Al-Shabaab", |e| e.subject
        == Some((Subject::Militants, 3)));
    looks_up!(levies, "Levies", |e| e.subject
        == Some((Subject::SecurityForces, 3)));

    #[test]
    fn entries_fit_below_none() {
        assert!(table().entries.len() < ENTRIES_MAX);
        // Every key index, the empty key's too, stays below the one `NONE` lands on.
        assert!(table().keys.len() < ENTRIES_MAX);
        assert_eq!(table().lex_words[ENTRIES_MAX - 1], (NONE, NO_WORD));
        assert_eq!(NONE as usize & (ENTRIES_MAX - 1), ENTRIES_MAX - 1);
        let e = entry(NONE);
        assert!(e.num == 0 && e.verb.is_none() && e.subject.is_none() && e.cls == Cls::Plain);
    }

    /// Adverbs in "-ly" with no entry, and words that only look like them.
    #[test]
    fn ly_adverbs() {
        for (word, adverb) in [
            ("formally", true),
            ("Brutally", true),
            ("mistakenly", true),
            ("provisionally", true),
            ("only", true),
            ("early", false),
            ("elderly", false),
            ("Italy", false),
            ("family", false),
            ("likely", false),
            ("seriously", false),
            ("ally", false),
            ("fly", false),
            ("formal", false),
        ] {
            let e = entry(lookup(word.as_bytes()));
            assert_eq!(is_ly_adverb(word, e), adverb, "{word}");
        }
    }

    /// [`Openers::opens`] of a word.
    macro_rules! opens {
        ($name:ident, $word:expr, $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!(
                    openers().opens(lookup($word.as_bytes())),
                    $want,
                    "{}",
                    $word
                );
            }
        };
    }

    opens!(opens_number_word, "seven", true);
    opens!(opens_tens, "Twenty", true);
    opens!(opens_vague, "dozens", true);
    opens!(opens_article, "an", true);
    opens!(opens_hedge, "nearly", true);
    opens!(opens_starts, "between", true);
    opens!(opens_not_verb, "killed", false);
    opens!(opens_not_unknown, "zzzz", false);
    opens!(opens_not_magnitude, "million", false);

    /// Lead-in words: the openers that need an amount after them.
    #[test]
    fn lead_in_words() {
        for (word, leads) in [
            ("at", true),
            ("as", true),
            ("between", true),
            ("More", true),
            ("another", false),
            ("other", false),
            ("seven", false),
            ("an", false),
            ("dozens", false),
            ("nearly", false),
            ("killed", false),
            ("zzzz", false),
        ] {
            assert_eq!(openers().leads_in(lookup(word.as_bytes())), leads, "{word}");
        }
    }

    #[test]
    fn every_key_has_a_slot() {
        assert!(table().stash.is_empty());
    }

    /// Every key under 16 bytes has its own slot in the displaced table, where a lookup finds
    /// it with its ids.
    /// The compile-time entries are the run-time table's, id for id, and empty past them.
    #[test]
    fn entries_made_at_compile_time_agree() {
        let t = table();
        for (id, got) in BY_ID.iter().enumerate() {
            let want = t.entries.get(id).copied().unwrap_or(Entry::EMPTY);
            assert_eq!(format!("{got:?}"), format!("{want:?}"), "id {id}");
        }
        assert!(t.entries.len() > 1000 && t.entries.len() < ENTRIES_MAX);
    }

    #[test]
    fn every_short_key_has_its_place() {
        let t = table();
        assert!(t.short.ok);
        let mut placed = 0;
        for (i, k) in t.keys.iter().enumerate().filter(|(_, k)| is_short(k)) {
            assert_eq!(
                t.short.slots[t.short.slot(k[0], k[1])] as usize,
                i,
                "key {i}"
            );
            placed += 1;
        }
        assert!(placed > 1000, "{placed}");
    }

    /// The keyword id of a word.
    macro_rules! word_is {
        ($name:ident, $word:expr, $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!(word($word.as_bytes()), $want, "{:?}", $word);
            }
        };
    }

    word_is!(word_lexicon_keyword, "martyred", NO_WORD);
    word_is!(word_keyword_in_lexicon, "the", words::id("the"));
    word_is!(word_keyword_not_in_lexicon, "whereas", words::id("whereas"));
    word_is!(word_uppercase, "WhereAs", words::id("whereas"));
    word_is!(word_possessive_is_not_exact, "army's", NO_WORD);
    word_is!(word_hyphenated, "thinly-veiled", words::id("thinly-veiled"));
    word_is!(word_not_keyword, "zzzz", NO_WORD);
    word_is!(word_too_long, "abcdefghijklmnopqrstuvwxyz", NO_WORD);

    /// Keywords without an entry stay without one: their lexicon id is [`NONE`].
    #[test]
    fn keywords_add_no_entries() {
        for k in words::KEYWORDS {
            let id = lookup(k.as_bytes());
            assert!(id == NONE || (id as usize) < table().entries.len(), "{k}");
            assert_eq!(word(k.as_bytes()), words::find(k), "{k}");
        }
    }

    /// `find_plain` of the word at `at..at + len` of `text` equals `lookup` of it.
    macro_rules! finds_plain {
        ($name:ident, $text:expr, $at:expr, $len:expr) => {
            #[test]
            fn $name() {
                let (t, a): (&str, usize) = ($text, $at);
                let w = &t.as_bytes()[a..a + $len];
                assert_eq!(
                    finder().find_plain(t.as_bytes(), a, a + $len),
                    (lookup(w), word(w)),
                    "{t:?}"
                );
            }
        };
    }

    /// Every plain word of the lexicon and every keyword, in either case: `find_plain` finds
    /// what `lookup` and `word` find.
    #[test]
    fn find_plain_finds_every_word() {
        let words = WORDS
            .iter()
            .map(|(w, _)| *w)
            .chain(words::KEYWORDS.iter().copied());
        for w in words.filter(|w| w.bytes().all(|c| c.is_ascii_alphanumeric())) {
            for w in [w.to_string(), w.to_ascii_uppercase()] {
                let text = format!("{w} was said in the report");
                let b = w.as_bytes();
                let want = (lookup(b), word(b));
                assert_eq!(
                    finder().find_plain(text.as_bytes(), 0, b.len()),
                    want,
                    "{w}"
                );
            }
        }
    }

    /// `lookup_word_at` of the word at `at..at + len` of `text` equals the cuckoo-only lookup of
    /// it (words with joiners, whose fallbacks look their parts up in place).
    macro_rules! joined_agrees {
        ($name:ident, $text:expr, $at:expr, $len:expr) => {
            #[test]
            fn $name() {
                let (t, a): (&str, usize) = ($text, $at);
                let w = &t.as_bytes()[a..a + $len];
                assert_eq!(
                    lookup_word_at(t.as_bytes(), a, a + $len),
                    lookup_word_cuckoo(w),
                    "{t:?}"
                );
            }
        };
    }

    joined_agrees!(joined_possessive, "the army's raid in the north", 4, 6);
    joined_agrees!(
        joined_curly_possessive,
        "the army’s raid in the north",
        4,
        8
    );
    joined_agrees!(joined_possessive_at_end, "by the army's", 7, 6);
    joined_agrees!(joined_last_part, "intelligence-based operations", 0, 18);
    joined_agrees!(joined_last_part_at_end, "were intelligence-based", 5, 18);
    joined_agrees!(joined_prefix, "al-Shabaab fighters were", 0, 10);
    joined_agrees!(joined_age, "a 16-year-old boy", 2, 11);
    joined_agrees!(joined_ages, "two 12-year-olds", 4, 12);
    joined_agrees!(joined_number_last, "twenty-five were", 0, 11);
    joined_agrees!(joined_only_suffix, "'s and more text here", 0, 2);
    joined_agrees!(joined_trailing_hyphen, "anti- and more text here", 0, 5);
    joined_agrees!(joined_long, "counter-insurgency-related operations", 0, 26);
    joined_agrees!(joined_keyword, "thinly-veiled threats were made", 0, 13);

    /// Every word of the lexicon and every keyword, as a possessive, a hyphenated compound's
    /// last part, an age and itself, in either case, within a text and at its end:
    /// `lookup_word_at` (the displaced table on offsets) agrees with the cuckoo-only lookup.
    #[test]
    fn joined_words_agree_with_cuckoo() {
        let words = WORDS
            .iter()
            .map(|(w, _)| *w)
            .chain(words::KEYWORDS.iter().copied());
        let mut checked = 0;
        for w in words {
            for w in [w.to_string(), w.to_ascii_uppercase()] {
                let forms = [
                    w.clone(),
                    format!("{w}'s"),
                    format!("{w}’s"),
                    format!("anti-{w}"),
                    format!("al-{w}'s"),
                    format!("{w}-year-old"),
                    format!("{w}-{w}"),
                ];
                for form in forms {
                    for text in [format!("in {form} said the report"), format!("in {form}")] {
                        let end = 3 + form.len();
                        assert_eq!(
                            lookup_word_at(text.as_bytes(), 3, end),
                            lookup_word_cuckoo(form.as_bytes()),
                            "{text:?}"
                        );
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 10_000, "{checked}");
    }

    finds_plain!(plain_hit, "killed in the raid", 0, 6);
    finds_plain!(plain_upper, "KILLED in the raid", 0, 6);
    finds_plain!(plain_miss, "security forces said", 14, 6);
    finds_plain!(plain_at_end, "troops killed", 7, 6);
    finds_plain!(plain_whole_text, "Killed", 0, 6);
    finds_plain!(plain_one_byte, "a", 0, 1);
    finds_plain!(plain_15_bytes, "neutralisations and more text here", 0, 15);
    finds_plain!(plain_16_bytes, "counterinsurgent and more text", 0, 16);
    finds_plain!(plain_prefix_of_longer, "schoolchildren", 0, 6);
    finds_plain!(plain_longer_than_key, "abcdefghijklmnopqrstuvwxyz", 0, 26);
    finds_plain!(plain_non_ascii, "Kabulé killed", 0, 7);
    finds_plain!(plain_place, "Peshawar police", 0, 8);
    finds_plain!(plain_keyword, "The raid", 0, 3);
    finds_plain!(plain_keyword_only, "whereas the raid", 0, 7);

    macro_rules! abbreviation {
        ($name:ident, $word:expr, $is:expr) => {
            #[test]
            fn $name() {
                assert_eq!(is_abbreviation($word.as_bytes()), $is, "{}", $word);
            }
        };
    }

    abbreviation!(abbr_lower, "lt", true);
    abbreviation!(abbr_mixed, "Govt", true);
    abbreviation!(abbr_upper, "APPROX", true);
    abbreviation!(abbr_dotted, "U.S", true);
    abbreviation!(abbr_longer, "lts", false);
    abbreviation!(abbr_shorter, "l", false);
    abbreviation!(abbr_nul, "lt\0", false);
    abbreviation!(abbr_long_word, "approximately", false);
    abbreviation!(abbr_non_ascii, "dé", false);
    abbreviation!(abbr_ltd, "Ltd", true);
    abbreviation!(abbr_sen, "Sen", true);

    #[test]
    fn sentence_openers() {
        for (w, opens) in [
            ("The", true),
            ("TWO", true),
            ("a", true),
            ("However", true),
            ("Army", false),
            ("Troops", false),
            ("Mary's", false),
            ("Th", false),
            ("", false),
        ] {
            assert_eq!(opens_sentence(w.as_bytes()), opens, "{w}");
        }
    }

    #[test]
    fn every_word_is_lowercase_and_found() {
        for (w, _) in WORDS {
            assert_eq!(*w, w.to_lowercase(), "{w}");
            assert_ne!(lookup(w.as_bytes()), NONE, "{w}");
        }
    }
}
