//! The one rule for text a person writes and we show again: a result's label, a goal's name, a session's note.
//! Such text renders only as text, and may hold no control characters and none of the invisible characters that
//! reorder or break the text around them.

/// Whether a person's text may hold `c`: no control characters, and none of the invisible characters that reorder
/// or break the text around them (bidirectional overrides, isolates and marks, line separators, byte order mark).
pub fn label_char_allowed(c: char) -> bool {
    !c.is_control()
        && !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        && !matches!(c, '\u{2028}' | '\u{2029}' | '\u{FEFF}')
}

/// Whether `text` is at most `max` characters, each allowed by [`label_char_allowed`] (empty text passes: the
/// caller says whether it may be empty).
pub fn plain_within(text: &str, max: usize) -> bool {
    text.chars().count() <= max && text.chars().all(label_char_allowed)
}
