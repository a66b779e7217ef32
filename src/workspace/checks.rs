//! The checks a careful reader makes of an article's figures, shown as warnings beside the table.
//!
//! - A rate that disagrees with a total over its period: "169 operations a day" over 2024 is
//!   61,854 operations, so a stated total of 59,775 cannot both be right.
//! - Parts that add up to more than their total.
//! - A count of people whose side is not clear.
//!
//! Checks read the figures the user sees (after corrections) and never fail: what they cannot
//! judge (a rate with no period anywhere) they pass over.

use super::totals::{high, low, number_text, rate_label, short, thousands};
use crate::extract::{Figure, Rate, Subject};

/// What a warning is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// A rate times its period is not the total stated for that period.
    RateDisagrees,
    /// The parts of a figure add up to more than it.
    PartsExceedTotal,
    /// A count of people that does not say whose side they were on.
    SideUnclear,
}

/// One warning: what is wrong, in a sentence, and the figures it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub check: Check,
    pub message: String,
    /// Indices of the figures concerned, in the order the message names them.
    pub figures: Vec<usize>,
}

/// Every warning about `figures`, in text order of the first figure concerned.
pub fn check(figures: &[Figure]) -> Vec<Warning> {
    let mut out = Vec::new();
    rates(figures, &mut out);
    parts(figures, &mut out);
    sides(figures, &mut out);
    out.sort_by_key(|w| w.figures.first().copied().unwrap_or(usize::MAX));
    out
}

/// Rates against the totals of their kind and side over a stated period.
fn rates(figures: &[Figure], out: &mut Vec<Warning>) {
    for (r, rate) in figures.iter().enumerate() {
        let Some(unit) = rate.rate else { continue };
        let total = figures.iter().enumerate().find_map(|(t, total)| {
            let comparable = t != r
                && total.rate.is_none()
                && total.subset_of.is_none()
                && total.kind == rate.kind
                && same_side(total.subject, rate.subject);
            if !comparable {
                return None;
            }
            let period = match (&total.period, &rate.period) {
                (Some(p), Some(q)) if p == q => p,
                (Some(p), None) | (None, Some(p)) => p,
                _ => return None,
            };
            Some((t, total, period.clone()))
        });
        let Some((t, total, period)) = total else {
            continue;
        };
        let Some(units) = units_in(&period, unit) else {
            continue;
        };
        let expected = rate.value as f64 * units;
        // An exact rate is rounded to a whole number: allow half a unit each way, and 1%.
        // A hedged rate ("about 14 a month") is allowed 10%.
        let slack = if rate.approx || rate.vague {
            expected * 0.10
        } else {
            (0.5 * units).max(expected * 0.01)
        };
        let (lo, hi) = (expected - slack, expected + slack);
        let t_lo = low(total) as f64;
        let t_hi = if total.max.is_none() && total.min.is_some() {
            f64::INFINITY
        } else {
            high(total) as f64
        };
        if t_hi < lo || t_lo > hi {
            out.push(Warning {
                check: Check::RateDisagrees,
                message: format!(
                    "{} {} {} over {} is {}, not {}.",
                    number_text(rate),
                    rate.kind.as_str(),
                    rate_label(unit),
                    period,
                    thousands(expected.round() as u64),
                    number_text(total),
                ),
                figures: vec![r, t],
            });
        }
    }
}

/// How many units of `rate` a stated period holds: `2024` has 366 days, `2024-02` 29.
fn units_in(period: &str, rate: Rate) -> Option<f64> {
    let mut parts = period.split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: Option<u32> = match parts.next() {
        Some(m) => Some(m.parse().ok().filter(|m| (1..=12).contains(m))?),
        None => None,
    };
    let day = parts.next();
    if parts.next().is_some() {
        return None;
    }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match (month, day) {
        (_, Some(_)) => 1.0,
        (Some(2), None) if leap => 29.0,
        (Some(2), None) => 28.0,
        (Some(4 | 6 | 9 | 11), None) => 30.0,
        (Some(_), None) => 31.0,
        (None, _) if leap => 366.0,
        (None, _) => 365.0,
    };
    Some(match rate {
        Rate::Day => days,
        Rate::Week => days / 7.0,
        Rate::Month if month.is_none() => 12.0,
        Rate::Month => days / (if leap { 366.0 } else { 365.0 } / 12.0),
        Rate::Year => days / if leap { 366.0 } else { 365.0 },
    })
}

/// Whether two figures may count the same side: equal, or one of them does not say.
fn same_side(a: Option<Subject>, b: Option<Subject>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b || a == Subject::Unspecified || b == Subject::Unspecified,
        _ => true,
    }
}

/// Totals whose parts, at their least, add up to more than the total at its most.
fn parts(figures: &[Figure], out: &mut Vec<Warning>) {
    // The parts of each figure, in one pass (a big text has tens of thousands of figures).
    let mut parts_of: Vec<Vec<usize>> = vec![Vec::new(); figures.len()];
    for (p, f) in figures.iter().enumerate() {
        if let Some(t) = f.subset_of.filter(|&t| t != p && t < figures.len()) {
            parts_of[t].push(p);
        }
    }
    for (t, total) in figures.iter().enumerate() {
        let members = &parts_of[t];
        // An open total ("at least 10") has no top; a rate is not a count its parts add up to.
        if members.is_empty() || total.max.is_none() && total.min.is_some() || total.rate.is_some()
        {
            continue;
        }
        let sum = members
            .iter()
            .fold(0u64, |acc, &p| acc.saturating_add(low(&figures[p])));
        if sum > high(total) {
            let named = if members.len() == 1 {
                format!(
                    "The part {} is more than its total",
                    short(&figures[members[0]])
                )
            } else {
                format!(
                    "The parts of {} add up to {}, more than the total",
                    short(total),
                    thousands(sum)
                )
            };
            let mut concerned = vec![t];
            concerned.extend(members);
            concerned.sort_unstable();
            out.push(Warning {
                check: Check::PartsExceedTotal,
                message: if members.len() == 1 {
                    format!("{named} {}.", short(total))
                } else {
                    format!("{named}.")
                },
                figures: concerned,
            });
        }
    }
}

/// Counts of people with no side, or an unspecified one.
fn sides(figures: &[Figure], out: &mut Vec<Warning>) {
    for (i, f) in figures.iter().enumerate() {
        if !f.kind.has_subject() || !matches!(f.subject, None | Some(Subject::Unspecified)) {
            continue;
        }
        out.push(Warning {
            check: Check::SideUnclear,
            message: format!(
                "Whose side? “{}” does not say who the {} {} were.",
                f.evidence.text.trim(),
                number_text(f),
                f.kind.as_str()
            ),
            figures: vec![i],
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Kind;
    use crate::workspace::totals::tests::fig;

    const M: Option<Subject> = Some(Subject::Militants);

    fn rate(kind: Kind, value: u64, unit: Rate, period: Option<&str>) -> Figure {
        Figure {
            rate: Some(unit),
            period: period.map(Into::into),
            ..fig(kind, None, value)
        }
    }

    fn during(f: Figure, period: &str) -> Figure {
        Figure {
            period: Some(period.into()),
            ..f
        }
    }

    #[test]
    fn units_in_periods() {
        for (period, unit, n) in [
            ("2024", Rate::Day, Some(366.0)),
            ("2023", Rate::Day, Some(365.0)),
            ("2024", Rate::Month, Some(12.0)),
            ("2024", Rate::Week, Some(366.0 / 7.0)),
            ("2024", Rate::Year, Some(1.0)),
            ("2024-02", Rate::Day, Some(29.0)),
            ("2023-02", Rate::Day, Some(28.0)),
            ("2024-04", Rate::Day, Some(30.0)),
            ("2024-03-05", Rate::Day, Some(1.0)),
            ("2024-13", Rate::Day, None),
            ("last year", Rate::Day, None),
            ("", Rate::Day, None),
        ] {
            assert_eq!(units_in(period, unit), n, "{period} {unit:?}");
        }
    }

    #[test]
    fn a_rate_that_disagrees_with_its_total() {
        let figures = vec![
            during(fig(Kind::Operations, None, 59775), "2024"),
            rate(Kind::Operations, 169, Rate::Day, None),
        ];
        let w = check(&figures);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].check, Check::RateDisagrees);
        assert_eq!(
            w[0].message,
            "169 operations a day over 2024 is 61,854, not 59,775."
        );
        assert_eq!(w[0].figures, vec![1, 0]);
    }

    #[test]
    fn a_rate_that_agrees_or_cannot_be_judged() {
        for figures in [
            // 163 a day over 2024 is 59,658: within rounding of 59,775.
            vec![
                during(fig(Kind::Operations, None, 59775), "2024"),
                rate(Kind::Operations, 163, Rate::Day, Some("2024")),
            ],
            // No period on either side.
            vec![
                fig(Kind::Operations, None, 59775),
                rate(Kind::Operations, 169, Rate::Day, None),
            ],
            // Different kinds.
            vec![
                during(fig(Kind::Attacks, None, 500), "2024"),
                rate(Kind::Operations, 169, Rate::Day, None),
            ],
            // "About 14 a month" over 2024 is 168; 180 is within 10%.
            vec![
                during(fig(Kind::Attacks, None, 180), "2024"),
                Figure {
                    approx: true,
                    ..rate(Kind::Attacks, 14, Rate::Month, None)
                },
            ],
        ] {
            assert_eq!(check(&figures), vec![], "{figures:?}");
        }
    }

    #[test]
    fn parts_above_their_total() {
        let figures = vec![
            fig(Kind::Killed, M, 20),
            Figure {
                subset_of: Some(0),
                ..fig(Kind::Killed, M, 15)
            },
            Figure {
                subset_of: Some(0),
                ..fig(Kind::Killed, M, 8)
            },
        ];
        let w = check(&figures);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].check, Check::PartsExceedTotal);
        assert_eq!(
            w[0].message,
            "The parts of 20 killed (militants) add up to 23, more than the total."
        );
        assert_eq!(w[0].figures, vec![0, 1, 2]);
        let one = vec![
            fig(Kind::Killed, M, 5),
            Figure {
                subset_of: Some(0),
                ..fig(Kind::Killed, M, 7)
            },
        ];
        assert_eq!(
            check(&one)[0].message,
            "The part 7 killed (militants) is more than its total 5 killed (militants)."
        );
    }

    #[test]
    fn parts_within_their_total_or_an_open_total() {
        for figures in [
            vec![
                fig(Kind::Killed, M, 20),
                Figure {
                    subset_of: Some(0),
                    ..fig(Kind::Killed, M, 20)
                },
            ],
            vec![
                Figure {
                    max: None,
                    approx: true,
                    ..fig(Kind::Killed, M, 10)
                },
                Figure {
                    subset_of: Some(0),
                    ..fig(Kind::Killed, M, 30)
                },
            ],
            // A part of a rate (the extractor's mistake) is not checked against it.
            vec![
                Figure {
                    rate: Some(Rate::Day),
                    ..fig(Kind::Operations, None, 14)
                },
                Figure {
                    subset_of: Some(0),
                    ..fig(Kind::Operations, None, 31)
                },
            ],
        ] {
            assert_eq!(check(&figures), vec![], "{figures:?}");
        }
    }

    #[test]
    fn a_side_that_is_unclear() {
        let mut f = fig(Kind::Killed, None, 3);
        f.evidence.text = "three people were killed".into();
        let figures = vec![f, fig(Kind::Killed, M, 4), fig(Kind::Operations, None, 2)];
        let w = check(&figures);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].check, Check::SideUnclear);
        assert_eq!(
            w[0].message,
            "Whose side? “three people were killed” does not say who the 3 killed were."
        );
        assert_eq!(w[0].figures, vec![0]);
    }
}
