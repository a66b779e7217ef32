//! The document and figure types of `shared/FIGURES.md`, and their JSON form.

use serde::{Deserialize, Serialize};

/// What one article states: its own date and its figures, in text order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// The article's own date, `YYYY-MM-DD`, when the text states it.
    pub published: Option<String>,
    /// Every figure, in text order, each fact once.
    pub figures: Vec<Figure>,
}

/// One counted fact stated in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    pub kind: Kind,
    /// Who was counted; `None` for operations and attacks.
    pub subject: Option<Subject>,
    /// The best single number, for charts and totals.
    pub value: u64,
    /// Lower bound; `None` means open.
    pub min: Option<u64>,
    /// Upper bound; `None` means open.
    pub max: Option<u64>,
    /// Hedged: about, around, at least, up to...
    pub approx: bool,
    /// A word, not a number: dozens, hundreds, several...
    pub vague: bool,
    /// "169 operations per day": a rate, never added to totals.
    pub rate: Option<Rate>,
    /// Index in `figures` of the larger figure this one is part of.
    pub subset_of: Option<usize>,
    /// When it happened, as stated: `2024`, `2024-02`, `2024-03-05`.
    pub period: Option<String>,
    /// Where, as written.
    pub location: Option<String>,
    /// The span of text that states it.
    pub evidence: Evidence,
}

/// A span of the input: UTF-8 byte offsets, end exclusive, and the slice itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// What was counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Operations,
    Attacks,
    Killed,
    Injured,
    Arrested,
    Surrendered,
    Kidnapped,
    Rescued,
}

/// Who was counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    Militants,
    SecurityForces,
    Civilians,
    Unspecified,
}

/// The unit of time of a rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rate {
    Day,
    Week,
    Month,
    Year,
}

impl Figure {
    /// An exact figure: `value` with equal bounds, no hedge, rate, part, period or place.
    pub fn exact(kind: Kind, subject: Option<Subject>, value: u64, evidence: Evidence) -> Figure {
        Figure {
            kind,
            subject,
            value,
            min: Some(value),
            max: Some(value),
            approx: false,
            vague: false,
            rate: None,
            subset_of: None,
            period: None,
            location: None,
            evidence,
        }
    }
}

impl Kind {
    /// Every kind, in the order of `FIGURES.md`.
    pub const ALL: [Kind; 8] = [
        Kind::Operations,
        Kind::Attacks,
        Kind::Killed,
        Kind::Injured,
        Kind::Arrested,
        Kind::Surrendered,
        Kind::Kidnapped,
        Kind::Rescued,
    ];

    /// The JSON name of the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Operations => "operations",
            Kind::Attacks => "attacks",
            Kind::Killed => "killed",
            Kind::Injured => "injured",
            Kind::Arrested => "arrested",
            Kind::Surrendered => "surrendered",
            Kind::Kidnapped => "kidnapped",
            Kind::Rescued => "rescued",
        }
    }

    /// Whether figures of this kind count people, and so carry a subject.
    pub fn has_subject(self) -> bool {
        !matches!(self, Kind::Operations | Kind::Attacks)
    }
}

impl Subject {
    /// Every subject, in the order of `FIGURES.md`.
    pub const ALL: [Subject; 4] = [
        Subject::Militants,
        Subject::SecurityForces,
        Subject::Civilians,
        Subject::Unspecified,
    ];

    /// The JSON name of the subject.
    pub fn as_str(self) -> &'static str {
        match self {
            Subject::Militants => "militants",
            Subject::SecurityForces => "security_forces",
            Subject::Civilians => "civilians",
            Subject::Unspecified => "unspecified",
        }
    }
}

impl Rate {
    /// The JSON name of the rate.
    pub fn as_str(self) -> &'static str {
        match self {
            Rate::Day => "day",
            Rate::Week => "week",
            Rate::Month => "month",
            Rate::Year => "year",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figure_serialises_to_the_contract() {
        let f = Figure {
            kind: Kind::Killed,
            subject: Some(Subject::SecurityForces),
            value: 925,
            min: Some(925),
            max: None,
            approx: true,
            vague: false,
            rate: Some(Rate::Day),
            subset_of: None,
            period: Some("2024".into()),
            location: None,
            evidence: Evidence {
                start: 1,
                end: 4,
                text: "925".into(),
            },
        };
        let json = serde_json::to_string(&f).unwrap();
        assert_eq!(
            json,
            r#"{"kind":"killed","subject":"security_forces","value":925,"min":925,"max":null,"approx":true,"vague":false,"rate":"day","subset_of":null,"period":"2024","location":null,"evidence":{"start":1,"end":4,"text":"925"}}"#
        );
    }
}
