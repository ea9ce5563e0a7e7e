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

/// How the person's language writes a decimal: "2.5" or "2,5". It settles
/// the one case the text cannot: a single comma before three digits
/// ("24,500" is 24 500 in English, 24.5 in French).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decimal {
    Point,
    Comma,
}

/// `body` (digits and separators, no sign) written as Rust parses it, or
/// `None` when its separators make no sense ("1,2,3", "1.234,5,6").
fn plain(body: &str, dec: Decimal) -> Option<String> {
    // "1,234,567": a first group of 1–3 digits (not a lone 0, so "0,125"
    // is a decimal), then groups of exactly three.
    let grouped = |s: &str, sep: char| {
        let mut parts = s.split(sep);
        let first = parts.next().unwrap_or("");
        let digits = |p: &str| p.chars().all(|c| c.is_ascii_digit());
        (1..=3).contains(&first.len()) && digits(first) && first != "0" && {
            let rest: Vec<&str> = parts.collect();
            !rest.is_empty() && rest.iter().all(|p| p.len() == 3 && digits(p))
        }
    };
    let (commas, dots) = (body.matches(',').count(), body.matches('.').count());
    Some(match (commas, dots) {
        (0, 0) | (0, 1) => body.to_string(),
        // Both: the last one is the decimal mark, the other groups thousands.
        (c, d) if c > 0 && d > 0 => {
            let (mark, group) = if body.rfind(',') > body.rfind('.') { (',', '.') } else { ('.', ',') };
            let (int, frac) = body.rsplit_once(mark)?;
            if int.contains(mark) || frac.contains(group) || !grouped(int, group) {
                return None;
            }
            format!("{}.{frac}", int.replace(group, ""))
        }
        (1, 0) if dec == Decimal::Point && grouped(body, ',') => body.replace(',', ""),
        (1, 0) => body.replace(',', "."),
        (0, _) if grouped(body, '.') => body.replace('.', ""),
        (_, 0) if grouped(body, ',') => body.replace(',', ""),
        _ => return None,
    })
}

/// A number between `min` and `max` (inclusive unless `exclusive_min`);
/// empty text is `None`. Reads numbers as people type and spreadsheets
/// write them: "2,5" and "2.5"; "12 000", "12,000" (English) and
/// "1.234,56"; a trailing "%". `dec` settles "24,500" (see [`Decimal`]).
pub fn number_in(dec: Decimal, text: &str, min: f64, max: f64, exclusive_min: bool) -> Result<Option<f64>, FieldError> {
    let t: String = text.trim().chars().filter(|c| !c.is_whitespace() && *c != '\u{202f}').collect();
    if t.is_empty() {
        return Ok(None);
    }
    let t = t.trim_end_matches('%').replace('\u{2212}', "-");
    let (sign, body) = match t.strip_prefix('-') {
        Some(b) => ("-", b),
        None => ("", t.strip_prefix('+').unwrap_or(&t)),
    };
    let body = plain(body, dec).ok_or(FieldError::NotANumber)?;
    let v: f64 = format!("{sign}{body}").parse().map_err(|_| FieldError::NotANumber)?;
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
    match number_in(Decimal::Point, text, min as f64, max as f64, false)? {
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

    fn number(text: &str, min: f64, max: f64, exclusive_min: bool) -> Result<Option<f64>, FieldError> {
        number_in(Decimal::Comma, text, min, max, exclusive_min)
    }

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
    fn separators_as_people_and_spreadsheets_write_them() {
        use Decimal::*;
        let n = |d, t| number_in(d, t, -1e12, 1e12, false);
        // English: a comma groups thousands; French: it is the decimal mark.
        assert_eq!(n(Point, "24,500"), Ok(Some(24500.0)));
        assert_eq!(n(Comma, "24,500"), Ok(Some(24.5)));
        assert_eq!(n(Point, "1,250,000"), Ok(Some(1_250_000.0)));
        assert_eq!(n(Comma, "1,250,000"), Ok(Some(1_250_000.0)), "two groups can only be thousands");
        assert_eq!(n(Point, "1,234.56"), Ok(Some(1234.56)));
        assert_eq!(n(Comma, "1.234,56"), Ok(Some(1234.56)));
        assert_eq!(n(Point, "1.234,56"), Ok(Some(1234.56)), "the last mark is the decimal one");
        assert_eq!(n(Comma, "1 234,5"), Ok(Some(1234.5)));
        assert_eq!(n(Comma, "1\u{202f}234,5"), Ok(Some(1234.5)));
        // What cannot be a thousands group is a decimal, in either language.
        assert_eq!(n(Point, "12,5"), Ok(Some(12.5)));
        assert_eq!(n(Point, "0,125"), Ok(Some(0.125)));
        assert_eq!(n(Point, "1234,567"), Ok(Some(1234.567)));
        assert_eq!(n(Comma, "2.5"), Ok(Some(2.5)));
        assert_eq!(n(Comma, "1.500"), Ok(Some(1.5)), "a lone point is a decimal point");
        assert_eq!(n(Point, "-2,000"), Ok(Some(-2000.0)));
        assert_eq!(n(Point, "\u{2212}3"), Ok(Some(-3.0)));
        assert_eq!(n(Point, "+4"), Ok(Some(4.0)));
        // Separators that make no sense are refused, not guessed.
        for bad in ["1,2,3", "1.2.3", "1,234,5", "1.2,5", "12,34.5", "1,234.5.6", ",", ".", "1,,000", "--1", "-"] {
            assert_eq!(n(Point, bad), Err(FieldError::NotANumber), "{bad}");
            assert_eq!(n(Comma, bad), Err(FieldError::NotANumber), "{bad}");
        }
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
