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

#[cfg(test)]
mod tests {
    use super::*;

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
