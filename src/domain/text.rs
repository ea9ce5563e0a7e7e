//! Text folding shared by search and file names: French (and other Latin)
//! accents reduced to plain ASCII letters, so "Réseaux" matches "reseaux"
//! and a workspace called "Équipe" downloads as `equipe`. One table, so
//! search and file names never disagree about what a letter is.

/// The plain-ASCII spelling of an accented lower-case Latin letter
/// (é → "e", œ → "oe", ß → "ss"); `None` for any other character.
pub fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
        'ç' => "c",
        'è' | 'é' | 'ê' | 'ë' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'ý' | 'ÿ' => "y",
        'œ' => "oe",
        'æ' => "ae",
        'ß' => "ss",
        _ => return None,
    })
}

/// Lower case with accents folded; every other character kept.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match fold_char(c) {
            Some(plain) => out.push_str(plain),
            None => out.push(c),
        }
    }
    out
}

/// A file-name-safe slug of at most `max` characters: folded lower-case
/// ASCII letters and digits, anything else one dash, no dash at either end;
/// `fallback` when nothing is left.
pub fn slug(s: &str, max: usize, fallback: &str) -> String {
    let mut out = String::new();
    for c in fold(s).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let cut: String = out.chars().take(max).collect();
    let cut = cut.trim_end_matches('-');
    if cut.is_empty() {
        fallback.to_string()
    } else {
        cut.to_string()
    }
}

/// The text of a file a spreadsheet saved. UTF-8 (with or without a byte-
/// order mark) as it is; UTF-16 with its mark ("Unicode text"); anything
/// else that is not UTF-8 is read as Windows-1252, which Excel on Windows
/// writes for a plain "CSV" — so "Spend — paid social" saved back by Excel
/// still finds its row instead of arriving as "Spend \u{fffd} paid social".
pub fn decode_spreadsheet(bytes: &[u8]) -> String {
    let b = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if let Ok(s) = std::str::from_utf8(b) {
        return s.to_string();
    }
    let utf16 = |b: &[u8], le: bool| {
        let units: Vec<u16> = b.chunks_exact(2).map(|c| if le { u16::from_le_bytes([c[0], c[1]]) } else { u16::from_be_bytes([c[0], c[1]]) }).collect();
        String::from_utf16_lossy(&units)
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, false);
    }
    // 0x80–0x9F differ from Latin-1; the five unassigned ones stay as they are.
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
        '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    b.iter().map(|&c| if (0x80..0xA0).contains(&c) { HIGH[(c - 0x80) as usize] } else { c as char }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreadsheet_files_in_their_encodings() {
        assert_eq!(decode_spreadsheet("Spend — paid social;é".as_bytes()), "Spend — paid social;é");
        assert_eq!(decode_spreadsheet(b"\xEF\xBB\xBFmetric"), "metric");
        // Excel's "CSV" on Windows: an em dash is 0x97, é is 0xE9, € is 0x80.
        assert_eq!(decode_spreadsheet(b"Spend \x97 paid social;caf\xE9;\x80"), "Spend — paid social;café;€");
        // "Unicode text": UTF-16 little-endian with its mark.
        let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain("é;1".encode_utf16().flat_map(|u| u.to_le_bytes())).collect();
        assert_eq!(decode_spreadsheet(&utf16), "é;1");
    }

    #[test]
    fn folds_accents_and_ligatures() {
        assert_eq!(fold("Réseaux SOCIAUX, Œuvre & Straße"), "reseaux sociaux, oeuvre & strasse");
    }

    #[test]
    fn slugs_are_ascii_dashes_and_bounded() {
        assert_eq!(slug("  Équipe — Marketing Q1 ", 60, "x"), "equipe-marketing-q1");
        assert_eq!(slug("../../etc", 60, "x"), "etc");
        assert_eq!(slug("!!!", 60, "workspace"), "workspace");
        assert_eq!(slug("abc def", 4, "x"), "abc", "a cut on a dash drops it");
    }
}
