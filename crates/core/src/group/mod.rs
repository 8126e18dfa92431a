//! Shared results side by side (a coach's and a client's view of one relationship) and together (a workshop's
//! anonymous group summary).
//!
//! Both read the numbers the result screen shows (trust on 1..10, alliance on 1..5, check-in points, all in
//! hundredths), recomputed from the shared answers. Neither invents a cut-off: a gap is notable by the same rule as
//! a change since the previous result in [`crate::interpret::compare`], that it shows at the shown precision.

//!
//! `pair.rs`: two results side by side, the largest gap named; `summary.rs`: a group's mean, spread and range per
//! factor, with no statistics under [`MIN_GROUP_SIZE`] results and no names ever.

mod pair;
mod summary;

pub use pair::{compare_pair, compare_pasted, PairComparison, PairLine, PairProblem, PastedPair, TrustPair};
pub use summary::{aggregate, FactorStats, GroupSummary, MIN_GROUP_SIZE};
