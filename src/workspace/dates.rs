//! Calendar dates as day numbers: `YYYY-MM-DD`, months and years, weeks from Monday.
//!
//! Timelines and repeats compare dates; a day number (days since 1970-01-01, proleptic
//! Gregorian) makes that arithmetic. Parsing is strict: anything that is not a real date is
//! `None`, never a panic.
//!
//! ```text
//! period = year | year "-" month | year "-" month "-" day
//! year   = 4 digits, 1000..=9999      month = 01..12      day = 01..(days in month)
//! ```

/// Days since 1970-01-01.
pub type Day = i32;

/// How precise a stated date or period is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Day,
    Month,
    Year,
}

/// A stated period: its precision and the first and last day it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    pub precision: Precision,
    pub first: Day,
    pub last: Day,
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (surrounding spaces allowed).
pub fn parse_period(s: &str) -> Option<Period> {
    let b = s.trim().as_bytes();
    let year = digits(b.get(0..4)?)? as i32;
    if year < 1000 {
        return None;
    }
    match b.len() {
        4 => Some(Period {
            precision: Precision::Year,
            first: from_civil(year, 1, 1),
            last: from_civil(year, 12, 31),
        }),
        7 if b[4] == b'-' => {
            let month = digits(&b[5..7])?;
            if !(1..=12).contains(&month) {
                return None;
            }
            let first = from_civil(year, month, 1);
            Some(Period {
                precision: Precision::Month,
                first,
                last: first + days_in_month(year, month) as Day - 1,
            })
        }
        10 if b[4] == b'-' && b[7] == b'-' => {
            let month = digits(&b[5..7])?;
            let day = digits(&b[8..10])?;
            if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
                return None;
            }
            let d = from_civil(year, month, day);
            Some(Period {
                precision: Precision::Day,
                first: d,
                last: d,
            })
        }
        _ => None,
    }
}

/// Parses a `YYYY-MM-DD` date; months and years are not days.
pub fn parse_day(s: &str) -> Option<Day> {
    parse_period(s)
        .filter(|p| p.precision == Precision::Day)
        .map(|p| p.first)
}

/// The `YYYY-MM-DD` form of a day.
pub fn format_day(day: Day) -> String {
    let (y, m, d) = to_civil(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The `YYYY-MM` form of the month of a day.
pub fn format_month(day: Day) -> String {
    let (y, m, _) = to_civil(day);
    format!("{y:04}-{m:02}")
}

/// The Monday of the week of a day.
pub fn week_start(day: Day) -> Day {
    // 1970-01-01 was a Thursday: three days after a Monday.
    day - (day + 3).rem_euclid(7)
}

/// The first day of the month of a day.
pub fn month_start(day: Day) -> Day {
    let (y, m, _) = to_civil(day);
    from_civil(y, m, 1)
}

/// The first day of the month after the month of a day.
pub fn next_month(day: Day) -> Day {
    let (y, m, _) = to_civil(day);
    if m == 12 {
        from_civil(y + 1, 1, 1)
    } else {
        from_civil(y, m + 1, 1)
    }
}

/// The day number of a civil date (Howard Hinnant's `days_from_civil`).
pub fn from_civil(year: i32, month: u32, day: u32) -> Day {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number (Howard Hinnant's `civil_from_days`).
pub fn to_civil(day: Day) -> (i32, u32, u32) {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i32::from(m <= 2);
    (y, m, d)
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |n, &c| {
        c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
    })
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    #[test]
    fn periods_parse_strictly() {
        let day = |y, m, d| from_civil(y, m, d);
        #[rustfmt::skip]
        let cases: &[(&str, Option<(Precision, Day, Day)>)] = &[
            ("2024-03-05", Some((Precision::Day, day(2024, 3, 5), day(2024, 3, 5)))),
            (" 2024-02 ", Some((Precision::Month, day(2024, 2, 1), day(2024, 2, 29)))),
            ("2023-02", Some((Precision::Month, day(2023, 2, 1), day(2023, 2, 28)))),
            ("2024", Some((Precision::Year, day(2024, 1, 1), day(2024, 12, 31)))),
            ("1970-01-01", Some((Precision::Day, 0, 0))),
            ("2024-02-30", None),
            ("2023-02-29", None),
            ("2024-13", None),
            ("2024-00-10", None),
            ("0999", None),
            ("24-03-05", None),
            ("2024/03/05", None),
            ("2024-3-5", None),
            ("", None),
            ("२०२४", None),
            ("2024-03-05T10:00", None),
        ];
        for (input, want) in cases {
            let got = parse_period(input).map(|p| (p.precision, p.first, p.last));
            assert_eq!(got, *want, "{input:?}");
        }
    }

    #[test]
    fn days_round_trip_and_weeks_start_on_monday() {
        #[rustfmt::skip]
        let cases: &[(&str, &str, &str)] = &[
            // day, its Monday, its month
            ("2024-03-05", "2024-03-04", "2024-03"),
            ("2024-03-04", "2024-03-04", "2024-03"),
            ("2024-03-10", "2024-03-04", "2024-03"),
            ("2025-01-01", "2024-12-30", "2025-01"),
            ("1970-01-01", "1969-12-29", "1970-01"),
            ("2000-02-29", "2000-02-28", "2000-02"),
        ];
        for (d, monday, month) in cases {
            let n = parse_day(d).unwrap();
            assert_eq!(format_day(n), *d);
            assert_eq!(format_day(week_start(n)), *monday, "{d}");
            assert_eq!(format_month(n), *month, "{d}");
            assert_eq!(format_day(month_start(n)), format!("{month}-01"), "{d}");
        }
        assert_eq!(
            format_day(next_month(parse_day("2024-12-15").unwrap())),
            "2025-01-01"
        );
        for n in -800_000..800_000 {
            let (y, m, d) = to_civil(n);
            assert_eq!(from_civil(y, m, d), n);
        }
    }
}
