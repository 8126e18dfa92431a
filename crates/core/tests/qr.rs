//! QR codes as SVG paths: the path is well formed, draws a real QR symbol, and long text is refused.

use rapport_core::qr::{qr_svg_path, QrError, QrLevel, QrPicture, MAX_QR_TEXT_BYTES, QUIET_ZONE};
use rapport_core::share::{encode, SharedResult};
use rapport_core::InstrumentId;

/// Reads the path back into dark modules (symbol coordinates, quiet zone removed), checking its grammar on the
/// way: only `M{x} {y}h{n}v1h-{n}z` rectangles, inside the symbol, runs never touching in a row.
fn modules(picture: &QrPicture) -> Vec<Vec<bool>> {
    let size = picture.size;
    let mut grid = vec![vec![false; size]; size];
    let mut rest = picture.path.as_str();
    let number = |text: &str| -> (usize, usize) {
        let digits = text.bytes().take_while(u8::is_ascii_digit).count();
        assert!(digits > 0, "a number expected at {text:.20}");
        (text[..digits].parse().expect("digits"), digits)
    };
    while !rest.is_empty() {
        rest = rest.strip_prefix('M').unwrap_or_else(|| panic!("M expected at {rest:.20}"));
        let (x, n) = number(rest);
        rest = rest[n..].strip_prefix(' ').expect("space between x and y");
        let (y, n) = number(rest);
        rest = rest[n..].strip_prefix('h').expect("h");
        let (run, n) = number(rest);
        rest = rest[n..].strip_prefix("v1h-").expect("v1h-");
        let (back, n) = number(rest);
        rest = rest[n..].strip_prefix('z').expect("z");
        assert_eq!(run, back, "a closed rectangle");
        assert!(run > 0);
        assert!(x >= QUIET_ZONE && y >= QUIET_ZONE && x + run <= QUIET_ZONE + size && y < QUIET_ZONE + size);
        let row = &mut grid[y - QUIET_ZONE];
        let (from, to) = (x - QUIET_ZONE, x - QUIET_ZONE + run);
        assert!(row[from..to].iter().all(|&dark| !dark), "runs never overlap");
        assert!(from == 0 || !row[from - 1], "a run is merged with its left neighbour");
        assert!(to == size || !row[to], "a run is merged with its right neighbour");
        row[from..to].iter_mut().for_each(|dark| *dark = true);
    }
    grid
}

/// The three finder patterns: a dark 7x7 ring, a light ring inside it, a dark 3x3 centre, a light separator.
fn assert_finders(grid: &[Vec<bool>]) {
    let size = grid.len();
    for (left, top) in [(0, 0), (size - 7, 0), (0, size - 7)] {
        for dy in 0..7 {
            for dx in 0..7 {
                let border = dx == 0 || dy == 0 || dx == 6 || dy == 6;
                let centre = (2..=4).contains(&dx) && (2..=4).contains(&dy);
                let expected = border || centre;
                assert_eq!(grid[top + dy][left + dx], expected, "finder at ({left},{top}) module ({dx},{dy})");
            }
        }
    }
    // Separators: the light line just inside each finder's open sides.
    for i in 0..8 {
        assert!(!grid[7][i] && !grid[i][7], "top-left separator");
        assert!(!grid[7][size - 1 - i] && !grid[i][size - 8], "top-right separator");
        assert!(!grid[size - 8][i] && !grid[size - 1 - i][7], "bottom-left separator");
    }
}

#[test]
fn a_short_text_is_a_version_1_symbol_at_level_m() {
    let picture = qr_svg_path("Hello, world!").expect("short text draws");
    // 13 bytes: 116 data bits fit version 1-M (128), not 1-Q (104).
    assert_eq!((picture.version, picture.size, picture.level), (1, 21, QrLevel::Medium));
    assert_eq!(picture.side(), 29);
    assert_finders(&modules(&picture));
}

#[test]
fn a_share_link_is_a_version_4_symbol() {
    let result = SharedResult {
        instrument: InstrumentId::Trust,
        version: 1,
        perspective: 0,
        answers: vec![4; 20],
        completed_day: 20_415,
        label: None,
    };
    let link = format!("https://example.com/summary.html#r={}", encode(&result));
    assert_eq!(link.len(), 51);
    // 51 bytes: 4 + 8 + 408 = 420 bits, over version 3-M (352), within 4-M (512), over 4-Q (384).
    let picture = qr_svg_path(&link).expect("a link draws");
    assert_eq!((picture.version, picture.size, picture.level), (4, 33, QrLevel::Medium));
    let grid = modules(&picture);
    assert_finders(&grid);
    // Timing patterns: row and column 6 alternate between the finders.
    let between = 8..picture.size - 8;
    for (i, &dark) in grid[6].iter().enumerate().filter(|(i, _)| between.contains(i)) {
        assert_eq!(dark, i % 2 == 0, "horizontal timing at {i}");
    }
    for (i, row) in grid.iter().enumerate().filter(|(i, _)| between.contains(i)) {
        assert_eq!(row[6], i % 2 == 0, "vertical timing at {i}");
    }
    // One rectangle per run keeps the path short.
    assert!(picture.path.len() < 6000, "{} bytes", picture.path.len());
}

#[test]
fn a_long_text_drops_to_level_l_to_stay_small() {
    let text = format!("https://example.com/summary.html#r={}", "B".repeat(300));
    let picture = qr_svg_path(&text).expect("draws");
    assert_eq!(picture.level, QrLevel::Low);
    assert_eq!(picture.size, 17 + 4 * usize::from(picture.version));
    assert!(picture.version > 10);
    assert_finders(&modules(&picture));
}

#[test]
fn the_size_always_matches_the_version() {
    for length in [0, 1, 20, 100, 213, 214, 400, MAX_QR_TEXT_BYTES] {
        let picture = qr_svg_path(&"é".repeat(length / 2)).expect("within the limit");
        assert_eq!(picture.size, 17 + 4 * usize::from(picture.version), "{length}");
        assert_finders(&modules(&picture));
    }
}

#[test]
fn too_long_text_is_refused_with_a_message() {
    assert!(qr_svg_path(&"a".repeat(MAX_QR_TEXT_BYTES)).is_ok());
    assert_eq!(qr_svg_path(&"a".repeat(MAX_QR_TEXT_BYTES + 1)), Err(QrError::TooLong));
    assert_eq!(qr_svg_path(&"€".repeat(MAX_QR_TEXT_BYTES / 3 + 1)), Err(QrError::TooLong), "counted in bytes");
    let message = QrError::TooLong.message();
    assert!(message.ends_with('.') && message.contains(": "), "{message}");
}
