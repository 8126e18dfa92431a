//! A coach's accent colour is parsed strictly and always comes out readable, in light and dark mode.

use proptest::prelude::*;
use rapport_core::theme::{accent_css, accent_pair, hex, parse_colour, readable, Rgb, DARK_SURFACE, LIGHT_SURFACE};

/// WCAG 2 contrast ratio, in floating point, as the specification writes it.
fn contrast(one: Rgb, other: Rgb) -> f64 {
    let linear = |channel: u8| {
        let c = f64::from(channel) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = |Rgb(r, g, b): Rgb| 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    let (a, b) = (luminance(one) + 0.05, luminance(other) + 0.05);
    a.max(b) / a.min(b)
}

const WHITE: Rgb = Rgb(255, 255, 255);
const DARK_ON_ACCENT: Rgb = Rgb(0x0b, 0x16, 0x14);

#[test]
fn colours_are_read_only_as_hex() {
    assert_eq!(parse_colour("#1f6b5c"), Some(Rgb(0x1f, 0x6b, 0x5c)));
    assert_eq!(parse_colour("#1F6B5C"), Some(Rgb(0x1f, 0x6b, 0x5c)));
    assert_eq!(parse_colour("#f80"), Some(Rgb(0xff, 0x88, 0x00)));
    for hostile in [
        "red",
        "1f6b5c",
        "#1f6b5",
        "#1f6b5c;}*{display:none",
        "#1f6b5c ",
        "#+f+f+f",
        "#+1+2+3",
        "#ggg",
        "url(x)",
        "var(--x)",
        "#é12",
        "",
    ] {
        assert_eq!(parse_colour(hostile), None, "{hostile}");
    }
}

#[test]
fn the_contrast_table_matches_the_formula() {
    // readable() must agree with the exact ratio wherever the exact ratio is clearly on one side of 4.6.
    for grey in 0..=255u8 {
        let colour = Rgb(grey, grey, grey);
        let exact = contrast(colour, WHITE);
        if exact > 4.65 {
            assert!(readable(colour, WHITE), "{grey}: {exact}");
        }
        if exact < 4.55 {
            assert!(!readable(colour, WHITE), "{grey}: {exact}");
        }
    }
}

#[test]
fn a_readable_accent_is_kept_and_a_pale_one_darkened() {
    // Our own green already reads: unchanged in light mode.
    assert_eq!(accent_pair(Rgb(0x1f, 0x6b, 0x5c)).0, Rgb(0x1f, 0x6b, 0x5c));
    // A pale yellow would be unreadable under white text: it is darkened until it reads.
    let (light, dark) = accent_pair(Rgb(0xff, 0xe0, 0x40));
    assert_ne!(light, Rgb(0xff, 0xe0, 0x40));
    assert!(contrast(light, WHITE) >= 4.5);
    // In dark mode the same yellow already reads on the dark surface: kept.
    assert_eq!(dark, Rgb(0xff, 0xe0, 0x40));
}

#[test]
fn the_css_is_built_from_numbers_only() {
    assert_eq!(hex(Rgb(0, 15, 255)), "#000fff");
    assert_eq!(
        accent_css(Rgb(0x1f, 0x6b, 0x5c)),
        ".rapport{--accent:#1f6b5c;--on-accent:#fff}@media(prefers-color-scheme:dark){.rapport{--accent:#62978c;\
         --on-accent:#0b1614}}"
    );
}

proptest! {
    #[test]
    fn every_accent_comes_out_readable(r in any::<u8>(), g in any::<u8>(), b in any::<u8>()) {
        let (light, dark) = accent_pair(Rgb(r, g, b));
        // Light mode: white text on the accent, and the accent as text on the light surface.
        prop_assert!(contrast(light, WHITE) >= 4.5);
        prop_assert!(contrast(light, LIGHT_SURFACE) >= 4.5);
        // Dark mode: the accent on the dark surface, and dark text on the accent.
        prop_assert!(contrast(dark, DARK_SURFACE) >= 4.5);
        prop_assert!(contrast(dark, DARK_ON_ACCENT) >= 4.5);
    }

    #[test]
    fn any_text_either_parses_as_hex_or_is_refused(text in ".{0,12}") {
        if let Some(colour) = parse_colour(&text) {
            prop_assert!(text.starts_with('#'));
            prop_assert!(text[1..].chars().all(|c| c.is_ascii_hexdigit()));
            prop_assert!(hex(colour).len() == 7);
        }
    }
}
