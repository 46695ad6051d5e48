//! LIKE patterns that match what the user typed, wildcards included, literally.

/// A LIKE pattern matching `s` literally (its `%`, `_` and `\` escaped); use with `ESCAPE '\'`.
pub fn like_literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_patterns_match_wildcards_literally() {
        assert_eq!(like_literal(r"100%_a\b"), r"100\%\_a\\b");
    }
}
