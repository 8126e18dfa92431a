//! A person's goals as a share code (format `C`), on the person's terms: progress only by default ("Goal 1,
//! Goal 2"), the goals' names only when the person ticks that box; and a coach's reply to it, which rates the same
//! goals from the coach's side and never carries names. [`compare_goals`] sets both sides' ratings side by side.
//!
//! # Format C
//!
//! The first character is `C`; the rest is base64url of these bits, most significant first (the same bit string,
//! CRC and parity as format B, `code.rs`, so every single-character change is refused for the same reasons):
//!
//! | bits | field |
//! | --- | --- |
//! | 1 | 1 for a coach's reply |
//! | 2 | number of goals (1 to 3) |
//! | 1 | 1 when the names follow (never in a reply) |
//! | 9 each | the names' lengths in UTF-8 bytes (1 to 320), only when the flag is 1 |
//! | 16 | the goals' fingerprint: a reply names the request it answers by it |
//! | 4 each | each goal's latest rating, 0 to 10, or 15 when it has none |
//! | 16 | the day, days since 1970-01-01 UTC |
//! | 8 each | the names' UTF-8 bytes |
//! | 0 to 5 | zero bits, so that the whole code is a whole number of characters |
//! | 16 | CRC-16/CCITT-FALSE of every bit before it, the format character's six bits included |
//! | 1 | the code's length in characters, modulo 2 |

use super::code::{seal, symbol_value, unseal, Bits, Reader, CRC_BITS};
use super::result::{fnv1a, ShareError, MAX_DAY, MS_PER_DAY};
use crate::goals::{Goals, SessionEntry, MAX_ACTIVE_GOALS, MAX_GOAL_NAME_CHARS, MAX_RATING};
use crate::i18n::{tr, trf};
use crate::label::plain_within;

/// The format character of a goals code.
pub const GOALS_FORMAT: char = 'C';
const GOALS_FORMAT_VALUE: u8 = 2;
/// Longest goals code read (three names of 80 four-byte characters take about 1,300 characters).
pub const MAX_GOALS_CODE_CHARS: usize = 1_400;
const NAME_LENGTH_BITS: u32 = 9;
const RATING_BITS: u32 = 4;
const NOT_RATED: u128 = 15;
const MAX_NAME_BYTES: usize = MAX_GOAL_NAME_CHARS * 4;

/// Goals as they travel: the latest rating of each, and their names only when the person chose to send them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedGoals {
    /// A coach's reply (their ratings of the client's goals), or the client's own goals.
    pub from_coach: bool,
    /// The fingerprint of the goals (of their ids): a reply carries its request's.
    pub fingerprint: u16,
    /// Each goal's latest rating, 0 to 10, in the order of the goals (1 to 3 of them).
    pub ratings: Vec<Option<u8>>,
    /// The goals' names, one per rating, only when the person chose to include them; empty otherwise (and always
    /// in a reply). Shown only as text.
    pub names: Vec<String>,
    /// The day it was sent, days since 1970-01-01 UTC.
    pub day: u32,
}

impl SharedGoals {
    /// The person's active goals with their latest ratings, at `now`; their names only with `include_names`.
    /// `None` without an active goal.
    pub fn from_goals(goals: &Goals, entries: &[SessionEntry], include_names: bool, now: u64) -> Option<SharedGoals> {
        let active: Vec<_> = goals.active().take(MAX_ACTIVE_GOALS).collect();
        if active.is_empty() {
            return None;
        }
        let latest = |id: u64| entries.iter().rev().find_map(|entry| entry.rating(id));
        let ids: Vec<u8> = active.iter().flat_map(|goal| goal.id.to_be_bytes()).collect();
        Some(SharedGoals {
            from_coach: false,
            fingerprint: (fnv1a(&ids) & 0xFFFF) as u16,
            ratings: active.iter().map(|goal| latest(goal.id)).collect(),
            names: if include_names { active.iter().map(|goal| goal.name.clone()).collect() } else { Vec::new() },
            day: u32::try_from(now / MS_PER_DAY).unwrap_or(u32::MAX),
        })
    }

    /// The coach's reply to these goals: their `ratings` (one per goal), on `now`, without names.
    pub fn reply(&self, ratings: Vec<Option<u8>>, now: u64) -> SharedGoals {
        SharedGoals {
            from_coach: true,
            fingerprint: self.fingerprint,
            ratings,
            names: Vec::new(),
            day: u32::try_from(now / MS_PER_DAY).unwrap_or(u32::MAX),
        }
    }

    /// What each goal is called here: its name when it travelled, else "Goal 1", "Goal 2".
    pub fn label(&self, at: usize) -> String {
        self.names.get(at).cloned().unwrap_or_else(|| trf("Goal {0}", &[&(at + 1).to_string()]))
    }

    fn check(&self) -> Result<(), ShareError> {
        let count_ok = (1..=MAX_ACTIVE_GOALS).contains(&self.ratings.len());
        if !count_ok || self.ratings.iter().flatten().any(|&r| r > MAX_RATING) {
            return Err(ShareError::OffScale);
        }
        let names_ok = self.names.is_empty()
            || (!self.from_coach
                && self.names.len() == self.ratings.len()
                && self.names.iter().all(|n| !n.is_empty() && n.trim() == n && plain_within(n, MAX_GOAL_NAME_CHARS)));
        if !names_ok {
            return Err(ShareError::LabelInvalid);
        }
        if self.day > MAX_DAY {
            return Err(ShareError::DayOutOfRange);
        }
        Ok(())
    }
}

/// Characters of a goals code whose header holds `count` goals and names of `name_bytes` bytes in all.
fn goals_code_chars(count: usize, names: bool, name_bytes: usize) -> usize {
    let header = 1 + 2 + 1 + if names { count * NAME_LENGTH_BITS as usize } else { 0 };
    let payload = header + 16 + count * RATING_BITS as usize + 16 + 8 * name_bytes + CRC_BITS + 1;
    1 + payload.div_ceil(6)
}

/// The code for `goals`, or why it cannot have one.
pub fn encode_goals(goals: &SharedGoals) -> Result<String, ShareError> {
    goals.check()?;
    let mut bits = Bits::default();
    bits.push(u128::from(GOALS_FORMAT_VALUE), 6);
    bits.push(u128::from(goals.from_coach), 1);
    bits.push(goals.ratings.len() as u128, 2);
    bits.push(u128::from(!goals.names.is_empty()), 1);
    for name in &goals.names {
        bits.push(name.len() as u128, NAME_LENGTH_BITS);
    }
    bits.push(u128::from(goals.fingerprint), 16);
    for rating in &goals.ratings {
        bits.push(rating.map_or(NOT_RATED, u128::from), RATING_BITS);
    }
    bits.push(u128::from(goals.day), 16);
    for byte in goals.names.iter().flat_map(|name| name.bytes()) {
        bits.push(u128::from(byte), 8);
    }
    Ok(seal(bits))
}

/// Reads a goals code; refuses anything [`encode_goals`] would not write.
pub fn decode_goals(code: &str) -> Result<SharedGoals, ShareError> {
    if code.is_empty() {
        return Err(ShareError::Empty);
    }
    if code.len() > MAX_GOALS_CODE_CHARS {
        return Err(ShareError::TooLong);
    }
    let values: Vec<u8> = code.bytes().map(symbol_value).collect::<Option<_>>().ok_or(ShareError::NotACode)?;
    if values.first() != Some(&GOALS_FORMAT_VALUE) {
        return Err(ShareError::NotACode);
    }
    if values.len() < goals_code_chars(1, false, 0) {
        return Err(ShareError::Damaged);
    }
    let damaged = ShareError::Damaged;
    let covered = unseal(&values)?;
    let mut reader = Reader { bits: &covered, at: 6 };
    let mut take = |width: u32| reader.take(width).and_then(|v| usize::try_from(v).ok()).ok_or(damaged);
    let from_coach = take(1)? == 1;
    let count = take(2)?;
    if count == 0 {
        return Err(ShareError::OffScale);
    }
    let mut lengths = Vec::new();
    if take(1)? == 1 {
        for _ in 0..count {
            let length = take(NAME_LENGTH_BITS)?;
            if length == 0 || length > MAX_NAME_BYTES {
                return Err(ShareError::LabelInvalid);
            }
            lengths.push(length);
        }
    }
    if goals_code_chars(count, !lengths.is_empty(), lengths.iter().sum()) != values.len() {
        return Err(damaged);
    }
    let fingerprint = u16::try_from(take(16)?).map_err(|_| damaged)?;
    let mut ratings = Vec::new();
    for _ in 0..count {
        let rating = take(RATING_BITS)?;
        ratings.push(match u8::try_from(rating) {
            Ok(15) => None,
            Ok(r) if r <= MAX_RATING => Some(r),
            _ => return Err(ShareError::OffScale),
        });
    }
    let day = u32::try_from(take(16)?).map_err(|_| damaged)?;
    let mut names = Vec::new();
    for length in lengths {
        let bytes = (0..length)
            .map(|_| take(8).and_then(|b| u8::try_from(b).map_err(|_| damaged)))
            .collect::<Result<Vec<u8>, _>>()?;
        names.push(String::from_utf8(bytes).map_err(|_| ShareError::LabelInvalid)?);
    }
    if !reader.rest_is_zero() {
        return Err(damaged);
    }
    let goals = SharedGoals { from_coach, fingerprint, ratings, names, day };
    goals.check()?;
    Ok(goals)
}

/// One goal with both sides' ratings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoalPair {
    /// Its name when the client sent it, else "Goal 1" (shown only as text).
    pub label: String,
    /// The client's latest rating.
    pub client: Option<u8>,
    /// The coach's rating.
    pub coach: Option<u8>,
}

/// Why two goals codes cannot be set side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareGoalsError {
    /// Both are the client's, or both the coach's.
    SameSide,
    /// The reply answers other goals (another fingerprint or number of goals).
    OtherGoals,
}

/// The client's goals and the coach's reply side by side, goal by goal.
pub fn compare_goals(client: &SharedGoals, coach: &SharedGoals) -> Result<Vec<GoalPair>, CompareGoalsError> {
    if client.from_coach || !coach.from_coach {
        return Err(CompareGoalsError::SameSide);
    }
    if client.fingerprint != coach.fingerprint || client.ratings.len() != coach.ratings.len() {
        return Err(CompareGoalsError::OtherGoals);
    }
    Ok(client
        .ratings
        .iter()
        .zip(&coach.ratings)
        .enumerate()
        .map(|(at, (&mine, &theirs))| GoalPair { label: client.label(at), client: mine, coach: theirs })
        .collect())
}

impl CompareGoalsError {
    /// What the person reads.
    pub fn message(self) -> &'static str {
        match self {
            CompareGoalsError::SameSide => {
                tr("This link does not hold one client's goals and one coach's reply: ask for the link again.")
            }
            CompareGoalsError::OtherGoals => {
                tr("This reply rates other goals than these: rate the goals from the latest link again.")
            }
        }
    }
}

/// The link that carries `client`'s goals to `page` (`page#g=CODE`), with the coach's `reply` beside them when
/// there is one (`&c=CODE`); empty when either cannot be encoded.
pub fn goals_link(page: &str, client: &SharedGoals, reply: Option<&SharedGoals>) -> String {
    let Ok(code) = encode_goals(client) else { return String::new() };
    match reply.map(encode_goals) {
        None => format!("{page}#g={code}"),
        Some(Ok(reply)) => format!("{page}#g={code}&c={reply}"),
        Some(Err(_)) => String::new(),
    }
}

/// What a goals link opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GoalsLink {
    /// A client's goals, for their coach to rate.
    Rate(SharedGoals),
    /// The client's goals and the coach's reply, side by side.
    Compare(Vec<GoalPair>),
}

/// Reads a page's fragment for a goals link (`#g=CODE`, and `&c=CODE` with a reply): `None` when it holds none,
/// `Err` with the sentence to show when it cannot be opened.
pub fn read_goals_fragment(fragment: &str) -> Option<Result<GoalsLink, &'static str>> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let field = |name: &str| fragment.split('&').find_map(|pair| pair.strip_prefix(name));
    // Not a goals link: a result link (`#r=`), however long, is read by `read_share_fragment`.
    let client = field("g=")?;
    if fragment.len() > 2 * MAX_GOALS_CODE_CHARS + 8 {
        return Some(Err(ShareError::TooLong.message()));
    }
    let client = match decode_goals(client) {
        Ok(client) => client,
        Err(error) => return Some(Err(error.message())),
    };
    Some(match field("c=").map(decode_goals) {
        None => Ok(GoalsLink::Rate(client)),
        Some(Ok(reply)) => compare_goals(&client, &reply).map(GoalsLink::Compare).map_err(CompareGoalsError::message),
        Some(Err(error)) => Err(error.message()),
    })
}

/// The goals as plain text to copy or email: a line per goal with its latest rating, each called by its name only
/// when the person chose to include the names ("Goal 1: 5 of 10" otherwise), then the link.
pub fn goals_summary(goals: &SharedGoals, link: &str) -> String {
    let mut text = tr("My goals and my latest rating of each, from 0 to 10:").to_string();
    for (at, rating) in goals.ratings.iter().enumerate() {
        let rating = match rating {
            Some(rating) => trf("{0} of 10", &[&rating.to_string()]),
            None => tr("not rated yet").to_string(),
        };
        text.push_str(&format!("\n- {}: {rating}", goals.label(at)));
    }
    if !link.is_empty() {
        text.push_str(&format!("\n\n{link}"));
    }
    text
}
