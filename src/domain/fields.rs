//! Reading numbers and lists typed into form fields. A refused value gets a
//! reason the form shows beside the field; nothing invalid is ever stored.

/// Why a typed value was refused.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldError {
    NotANumber,
    /// Below the minimum (or not above it when `exclusive`).
    TooSmall { min: f64, exclusive: bool },
    TooLarge { max: f64 },
    /// A count (a WIP limit, an hour of the day) with a fraction.
    NotWhole,
}

/// A number between `min` and `max` (inclusive unless `exclusive_min`);
/// empty text is `None`. Accepts a decimal comma ("2,5") and spaces as
/// thousands separators ("12 000"), as French users type them.
pub fn number(text: &str, min: f64, max: f64, exclusive_min: bool) -> Result<Option<f64>, FieldError> {
    let t: String = text.trim().chars().filter(|c| !c.is_whitespace() && *c != '\u{202f}').collect();
    if t.is_empty() {
        return Ok(None);
    }
    let t = t.trim_end_matches('%').replace(',', ".");
    let v: f64 = t.parse().map_err(|_| FieldError::NotANumber)?;
    if !v.is_finite() {
        return Err(FieldError::NotANumber);
    }
    if v < min || (exclusive_min && v <= min) {
        return Err(FieldError::TooSmall { min, exclusive: exclusive_min });
    }
    if v > max {
        return Err(FieldError::TooLarge { max });
    }
    Ok(Some(v))
}

/// A whole number between `min` and `max`; empty text is `None`.
pub fn whole(text: &str, min: u32, max: u32) -> Result<Option<u32>, FieldError> {
    match number(text, min as f64, max as f64, false)? {
        None => Ok(None),
        Some(v) if v.fract() != 0.0 => Err(FieldError::NotWhole),
        Some(v) => Ok(Some(v as u32)),
    }
}

/// Tags typed as "q1, brand,  perf": trimmed, empty and repeated ones dropped.
pub fn tags(text: &str) -> Vec<String> {
    let mut out: Vec<String> = vec![];
    for t in text.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if !out.iter().any(|o| o.eq_ignore_ascii_case(t)) {
            out.push(t.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(number("", 0.0, 10.0, false), Ok(None));
        assert_eq!(number(" 2,5 ", 0.0, 10.0, false), Ok(Some(2.5)));
        assert_eq!(number("12 000", 0.0, 1e6, false), Ok(Some(12000.0)));
        assert_eq!(number("80 %", 0.0, 100.0, false), Ok(Some(80.0)));
        assert_eq!(number("300", 0.0, 100.0, false), Err(FieldError::TooLarge { max: 100.0 }));
        assert_eq!(number("-1", 0.0, 100.0, false), Err(FieldError::TooSmall { min: 0.0, exclusive: false }));
        assert_eq!(number("0", 0.0, 100.0, true), Err(FieldError::TooSmall { min: 0.0, exclusive: true }));
        assert_eq!(number("abc", 0.0, 100.0, false), Err(FieldError::NotANumber));
        assert_eq!(number("inf", 0.0, 1e300, false), Err(FieldError::NotANumber));
        assert_eq!(number("NaN", 0.0, 100.0, false), Err(FieldError::NotANumber));
    }

    #[test]
    fn tag_lists() {
        assert_eq!(tags(" q1, brand,,Q1 , perf "), vec!["q1", "brand", "perf"]);
        assert!(tags(" , ").is_empty());
    }

    #[test]
    fn whole_numbers_refuse_fractions_and_bounds() {
        assert_eq!(whole("", 1, 99), Ok(None));
        assert_eq!(whole(" 4 ", 1, 99), Ok(Some(4)));
        assert_eq!(whole("2,5", 1, 99), Err(FieldError::NotWhole));
        assert_eq!(whole("0", 1, 99), Err(FieldError::TooSmall { min: 1.0, exclusive: false }));
        assert_eq!(whole("abc", 1, 99), Err(FieldError::NotANumber));
    }
}
