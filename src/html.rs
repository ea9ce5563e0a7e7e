//! Escaping text for HTML built as a string.
//!
//! The sprint board renders each card from one HTML string: thousands of
//! cards built element by element cost a string crossing from WebAssembly
//! to JavaScript per attribute and text node, which is most of a 5,000-card
//! board's load time. User text inside such a string must be escaped, here,
//! and nowhere else.

/// Text safe inside an element or a double-quoted attribute.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;
    use proptest::prelude::*;

    #[test]
    fn markup_in_user_text_stays_text() {
        assert_eq!(escape(r#"<img src=x onerror="alert(1)"> & 'co'"#), "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;co&#39;");
        assert_eq!(escape("Café « été »"), "Café « été »");
    }

    proptest! {
        #[test]
        fn escaped_text_has_no_markup_characters(s in ".*") {
            let e = escape(&s);
            prop_assert!(!e.contains('<') && !e.contains('>') && !e.contains('"') && !e.contains('\''));
            let back = e.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
            prop_assert_eq!(back, s);
        }
    }
}
