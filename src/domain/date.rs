//! Dates as `YYYY-MM-DD` text, read and written by hand.
//!
//! chrono's own parser and formatter pull its whole strftime machinery into
//! the WebAssembly bundle (about 20 KB); the file format only ever needs this
//! one shape, so it is done here and used by serde through `with`.

use chrono::{Datelike, NaiveDate};

/// Parses exactly `YYYY-MM-DD` (a real calendar date).
pub fn parse(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, c| c.is_ascii_digit().then(|| acc * 10 + (c - b'0') as u32))
    };
    NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
}

pub fn format(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

pub mod serde_date {
    use chrono::NaiveDate;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::format(*d))
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        super::parse(&s).ok_or_else(|| D::Error::custom("expected a date like 2026-03-31"))
    }
}

pub mod serde_opt_date {
    use chrono::NaiveDate;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.serialize_str(&super::format(*d)),
            None => s.serialize_none(),
        }
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        let s = <Option<std::borrow::Cow<'de, str>>>::deserialize(d)?;
        s.map(|s| super::parse(&s).ok_or_else(|| D::Error::custom("expected a date like 2026-03-31"))).transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn parses_only_real_dates() {
        assert_eq!(parse("2026-02-28"), NaiveDate::from_ymd_opt(2026, 2, 28));
        assert_eq!(parse("2026-02-30"), None);
        assert_eq!(parse("2026-2-28"), None);
        assert_eq!(parse("2026-02-28T00:00"), None);
        assert_eq!(parse("abcd-ef-gh"), None);
        assert_eq!(format(NaiveDate::from_ymd_opt(987, 3, 4).unwrap()), "0987-03-04");
    }
}
