//! Share codes: a whole result as a short text that goes into a link's fragment (`summary.html#CODE`), so it never
//! reaches a server and needs no account.
//!
//! A code carries answers, never scores: the receiver recomputes the scores with its own [`score`], so a crafted code
//! can at most claim answers, not numbers the answers cannot give. Codes are untrusted input: [`decode`] bounds the
//! length before any work, never panics, and refuses any code that is not exactly what [`encode`] writes.
//!
//! - `result.rs`: what travels ([`SharedResult`]), why a code is refused ([`ShareError`]), the label's rules;
//! - `code.rs`: the code's format (bits, CRC, base64url), [`encode`] and [`decode`];
//! - `goals.rs`: a person's goals (format `C`: progress only unless they include the names), a coach's reply,
//!   and both side by side;
//! - `link.rs`: what a person pastes (a link, a list of links) and the embed's plain hand-over to our summary page;
//! - `outgoing.rs`: the links we write (a share link, the embed's hand-over link, a workshop's start link).
//!
//! [`score`]: crate::scoring::score

mod code;
#[cfg(feature = "goals")]
mod goals;
mod link;
mod outgoing;
mod result;

pub use code::{crc16, decode, encode, try_encode, ALPHABET, FORMAT, MAX_CODE_CHARS};
#[cfg(feature = "goals")]
pub use goals::{
    compare_goals, decode_goals, encode_goals, goals_link, goals_summary, read_goals_fragment, CompareGoalsError,
    GoalPair, GoalsLink, SharedGoals, GOALS_FORMAT, MAX_GOALS_CODE_CHARS,
};
pub use link::{
    code_from_text, decode_all, decode_lines, decode_pasted, from_handoff, handoff, read_share_fragment, FragmentLink,
    LinkProblem, PastedLine, MAX_FRAGMENT_CHARS, MAX_HANDOFF_CHARS, MAX_LIST_BYTES, MAX_LIST_CODES, MAX_PASTE_BYTES,
};
pub use outgoing::{handoff_link, share_code, share_link, start_link, summary_page};
pub use result::{clean_label, ShareError, SharedResult, MAX_DAY, MS_PER_DAY};
