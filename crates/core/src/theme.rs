//! A coach's accent colour, parsed (never pasted into CSS) and adjusted only as far as needed for readable
//! contrast: the widget uses the accent for button backgrounds under white text and for text on its light
//! surface, and a lighter variant in dark mode. The CSS it returns is built from three numbers, so no option
//! text can ever reach a stylesheet.

/// A colour as red, green and blue, 0 to 255 each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// Accepts `#rgb` or `#rrggbb` (either case) and nothing else: no names, no functions, no white space inside.
pub fn parse_colour(text: &str) -> Option<Rgb> {
    let digits = text.strip_prefix('#')?;
    let value = |index: usize, width: usize| -> Option<u8> {
        let part = digits.get(index * width..(index + 1) * width)?;
        let number = u8::from_str_radix(part, 16).ok()?;
        // `from_str_radix` takes a leading `+`; a colour does not.
        (!part.starts_with('+')).then_some(if width == 1 { number * 17 } else { number })
    };
    let width = match digits.len() {
        3 => 1,
        6 => 2,
        _ => return None,
    };
    Some(Rgb(value(0, width)?, value(1, width)?, value(2, width)?))
}

/// sRGB channel (0..=255) to linear light, in ten-thousandths (WCAG 2 relative luminance; a test checks every
/// entry against the formula). A table, so the wasm needs no floating-point `powf`.
const LINEAR: [u16; 256] = [
    0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 37, 40, 44, 48, 52, 56, 60, 65, 70, 75, 80, 86, 91, 97, 103, 110, 116,
    123, 130, 137, 144, 152, 160, 168, 176, 185, 194, 203, 212, 222, 232, 242, 252, 262, 273, 284, 296, 307, 319, 331,
    343, 356, 369, 382, 395, 409, 423, 437, 452, 467, 482, 497, 513, 529, 545, 561, 578, 595, 612, 630, 648, 666, 685,
    704, 723, 742, 762, 782, 802, 823, 844, 865, 887, 908, 931, 953, 976, 999, 1022, 1046, 1070, 1095, 1119, 1144,
    1170, 1195, 1221, 1248, 1274, 1301, 1329, 1356, 1384, 1413, 1441, 1470, 1500, 1529, 1559, 1590, 1620, 1651, 1683,
    1714, 1746, 1779, 1812, 1845, 1878, 1912, 1946, 1981, 2016, 2051, 2086, 2122, 2159, 2195, 2232, 2270, 2307, 2346,
    2384, 2423, 2462, 2502, 2542, 2582, 2623, 2664, 2705, 2747, 2789, 2831, 2874, 2918, 2961, 3005, 3050, 3095, 3140,
    3185, 3231, 3278, 3325, 3372, 3419, 3467, 3515, 3564, 3613, 3663, 3712, 3763, 3813, 3864, 3916, 3968, 4020, 4072,
    4125, 4179, 4233, 4287, 4342, 4397, 4452, 4508, 4564, 4621, 4678, 4735, 4793, 4851, 4910, 4969, 5029, 5089, 5149,
    5210, 5271, 5333, 5395, 5457, 5520, 5583, 5647, 5711, 5776, 5841, 5906, 5972, 6038, 6105, 6172, 6240, 6308, 6376,
    6445, 6514, 6584, 6654, 6724, 6795, 6867, 6939, 7011, 7084, 7157, 7231, 7305, 7379, 7454, 7529, 7605, 7682, 7758,
    7835, 7913, 7991, 8070, 8148, 8228, 8308, 8388, 8469, 8550, 8632, 8714, 8796, 8879, 8963, 9047, 9131, 9216, 9301,
    9387, 9473, 9560, 9647, 9734, 9823, 9911, 10000,
];

/// Relative luminance in ten-thousandths (0..=10000).
fn luminance(colour: Rgb) -> u32 {
    let Rgb(red, green, blue) = colour;
    let linear = |channel: u8| u32::from(LINEAR[usize::from(channel)]);
    (2126 * linear(red) + 7152 * linear(green) + 722 * linear(blue)) / 10000
}

/// Whether the contrast ratio of two colours is at least 4.6:1: WCAG AA for text (4.5:1) with a margin for the
/// table's rounding.
pub fn readable(one: Rgb, other: Rgb) -> bool {
    let (first, second) = (luminance(one) + 500, luminance(other) + 500);
    let (lighter, darker) = if first >= second { (first, second) } else { (second, first) };
    lighter * 10 >= darker * 46
}

/// The widget's light surface (`--surface` in style/theme.css), the darkest background accent text sits on.
pub const LIGHT_SURFACE: Rgb = Rgb(0xf3, 0xf6, 0xf5);
/// The widget's dark-mode surface, the lightest background accent text sits on in dark mode.
pub const DARK_SURFACE: Rgb = Rgb(0x1d, 0x26, 0x23);
/// Text on an accent background in dark mode (`--on-accent`).
const DARK_ON_ACCENT: &str = "#0b1614";

/// `colour` moved `step` twentieths of the way toward `target`.
fn mix(colour: Rgb, target: u8, step: u16) -> Rgb {
    let channel = |value: u8| {
        let (value, target) = (u16::from(value), u16::from(target));
        let moved =
            if target >= value { value + (target - value) * step / 20 } else { value - (value - target) * step / 20 };
        moved as u8
    };
    Rgb(channel(colour.0), channel(colour.1), channel(colour.2))
}

/// The closest colour to `colour`, moving toward `target` (0 black, 255 white), that reads on `surface`.
fn nearest_readable(colour: Rgb, target: u8, surface: Rgb) -> Rgb {
    (0..=20)
        .map(|step| mix(colour, target, step))
        .find(|candidate| readable(*candidate, surface))
        .unwrap_or(Rgb(target, target, target))
}

/// The accent for light mode (darkened if needed: white text on it and it as text on the surface both read) and
/// for dark mode (lightened if needed: it reads on the dark surface, and dark text reads on it).
pub fn accent_pair(accent: Rgb) -> (Rgb, Rgb) {
    (nearest_readable(accent, 0, LIGHT_SURFACE), nearest_readable(accent, 255, DARK_SURFACE))
}

/// `#rrggbb`.
pub fn hex(colour: Rgb) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::from("#");
    for channel in [colour.0, colour.1, colour.2] {
        text.push(char::from(DIGITS[usize::from(channel >> 4)]));
        text.push(char::from(DIGITS[usize::from(channel & 15)]));
    }
    text
}

/// The CSS that applies a coach's accent, for light and dark mode; appended after the widget's own theme.
pub fn accent_css(accent: Rgb) -> String {
    let (light, dark) = accent_pair(accent);
    format!(
        ".rapport{{--accent:{};--on-accent:#fff}}@media(prefers-color-scheme:dark){{.rapport{{--accent:{};--on-accent:{DARK_ON_ACCENT}}}}}",
        hex(light),
        hex(dark)
    )
}
