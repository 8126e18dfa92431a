//! A QR code of a link, as one SVG path the UI draws: no canvas, no image, no network.
//!
//! The symbol comes from `qrcodegen` (Nayuki's reference implementation). This module picks the error correction
//! level, bounds the input and turns the modules into a short path.

use std::fmt::Write as _;

use crate::i18n::tr;
use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

/// Longest text drawn: a share link with a long label is about 300 bytes; far more is not a link of ours, and would
/// make a symbol too dense to scan from a screen.
pub const MAX_QR_TEXT_BYTES: usize = 600;

/// Light modules around the symbol on every side, as the QR standard asks; the path's coordinates include it.
pub const QUIET_ZONE: usize = 4;

/// Largest symbol version drawn at level M. Past it (57 modules a side, 213 bytes) level L keeps the symbol
/// smaller, so its modules stay large enough to scan from a phone held at a screen.
const MAX_MEDIUM_VERSION: u8 = 10;

/// How much of the symbol may be damaged and still read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QrLevel {
    /// About 7 %: long texts only.
    Low,
    /// About 15 %, or more where it costs no extra size.
    Medium,
    /// About 25 % (chosen only where it costs no extra size).
    Quartile,
    /// About 30 % (chosen only where it costs no extra size).
    High,
}

/// A QR code ready to draw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPicture {
    /// Modules per side, without the quiet zone (21 for version 1, 4 more per version).
    pub size: usize,
    /// QR version, 1 to 40.
    pub version: u8,
    /// The error correction level used.
    pub level: QrLevel,
    /// SVG path data (`d`) of the dark modules, one closed rectangle per horizontal run, offset by [`QUIET_ZONE`].
    /// Draw it filled, in a `viewBox` of `0 0 side side` (see [`QrPicture::side`]) over a light background.
    pub path: String,
}

impl QrPicture {
    /// Modules per side with the quiet zone: the `viewBox` size.
    pub fn side(&self) -> usize {
        self.size + 2 * QUIET_ZONE
    }
}

/// Why no QR code was drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QrError {
    /// Longer than [`MAX_QR_TEXT_BYTES`].
    TooLong,
}

impl QrError {
    /// One sentence for the person: what is wrong and what to do.
    pub fn message(&self) -> &'static str {
        match self {
            QrError::TooLong => tr("This link is too long for a QR code: copy the link and send it instead."),
        }
    }
}

/// The QR code of `text` as an SVG path: level M (boosted where it costs no size), or L when M would need a
/// symbol larger than version 10.
pub fn qr_svg_path(text: &str) -> Result<QrPicture, QrError> {
    if text.len() > MAX_QR_TEXT_BYTES {
        return Err(QrError::TooLong);
    }
    let segments = QrSegment::make_segments(text);
    let code = QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Medium,
        Version::MIN,
        Version::new(MAX_MEDIUM_VERSION),
        None,
        true,
    )
    .or_else(|_| QrCode::encode_segments(&segments, QrCodeEcc::Low))
    // Unreachable for 600 bytes (level L holds 2,953), but an error is not a panic.
    .map_err(|_| QrError::TooLong)?;
    let size = usize::try_from(code.size()).unwrap_or(0);
    let mut path = String::new();
    for y in 0..code.size() {
        let mut x = 0;
        while x < code.size() {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < code.size() && code.get_module(x, y) {
                x += 1;
            }
            let (left, top, run) = (start as usize + QUIET_ZONE, y as usize + QUIET_ZONE, x - start);
            let _ = write!(path, "M{left} {top}h{run}v1h-{run}z");
        }
    }
    let level = match code.error_correction_level() {
        QrCodeEcc::Low => QrLevel::Low,
        QrCodeEcc::Medium => QrLevel::Medium,
        QrCodeEcc::Quartile => QrLevel::Quartile,
        QrCodeEcc::High => QrLevel::High,
    };
    Ok(QrPicture { size, version: code.version().value(), level, path })
}
