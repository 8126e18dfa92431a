//! The working alliance, version 2 (December 2026): one idea per statement, every statement answerable on the
//! frequency scale whatever happened, and each statement the same from the client's and the coach's side (the
//! coach's goals-2 adds "not mine": the coach's own goals are the ones a coach can impose), so
//! that a comparison of the two sides compares one thing. Still four statements per subscale, all keyed
//! [`crate::instrument::Keying::Raises`]. `docs/instruments.md` has the change log against version 1.

use super::alliance::{item, BOND, FACTORS, GOALS, PERSPECTIVES, TASKS};
use super::FREQUENCY;
use crate::instrument::{Instrument, InstrumentId, Item};

const ITEMS: &[Item] = &[
    item(
        "goals-1",
        GOALS,
        &[
            "My coach and I agree on what I want to get out of coaching.",
            "My client and I agree on what they want to get out of coaching.",
        ],
    ),
    item(
        "tasks-1",
        TASKS,
        &[
            "My coach and I are clear about who does what in our work together.",
            "My client and I are clear about who does what in our work together.",
        ],
    ),
    item(
        "bond-1",
        BOND,
        &[
            "I am honest with my coach, even about my mistakes.",
            "My client is honest with me, even about their mistakes.",
        ],
    ),
    item(
        "goals-2",
        GOALS,
        &[
            "The goals we work on feel like my own, not someone else's.",
            "The goals we work on feel like my client's own, not mine or someone else's.",
        ],
    ),
    item(
        "tasks-2",
        TASKS,
        &[
            "When a session ends, I know what I have agreed to try before the next one.",
            "When a session ends, my client knows what they have agreed to try before the next one.",
        ],
    ),
    item(
        "bond-2",
        BOND,
        &[
            "My coach understands what I mean, even when I struggle to put it into words.",
            "I understand what my client means, even when they struggle to put it into words.",
        ],
    ),
    item(
        "goals-3",
        GOALS,
        &[
            "My coach and I share a clear picture of what progress would look like for me.",
            "My client and I share a clear picture of what progress would look like for them.",
        ],
    ),
    item(
        "tasks-3",
        TASKS,
        &[
            "I tell my coach when a way of working isn't helping me.",
            "My client tells me when a way of working isn't helping them.",
        ],
    ),
    item(
        "bond-3",
        BOND,
        &[
            "I can talk to my coach about my doubts without feeling judged.",
            "My client can talk to me about their doubts without feeling judged.",
        ],
    ),
    item(
        "goals-4",
        GOALS,
        &[
            "My coach and I check that the goals we agreed on are still the right ones.",
            "My client and I check that the goals we agreed on are still the right ones.",
        ],
    ),
    item(
        "tasks-4",
        TASKS,
        &[
            "My coach and I decide together how to use our time in a session.",
            "My client and I decide together how to use our time in a session.",
        ],
    ),
    item(
        "bond-4",
        BOND,
        &[
            "My coach and I can disagree openly and still feel at ease with each other.",
            "My client and I can disagree openly and still feel at ease with each other.",
        ],
    ),
];

/// Version 2 of the working alliance questionnaire, the current one.
pub static ALLIANCE_V2: Instrument = Instrument {
    id: InstrumentId::Alliance,
    version: 2,
    title: "Working alliance",
    summary: "Twelve statements on how a coach and a client work together: agreeing on goals, agreeing on how you work, and the bond between you.",
    minutes: 3,
    perspectives: PERSPECTIVES,
    factors: FACTORS,
    items: ITEMS,
    scale: FREQUENCY,
};
