//! The working alliance (after Bordin): agreement on goals, agreement on tasks, and the bond.
//!
//! Four statements per subscale, asked interleaved. Every statement is written in our own words, describes the
//! relationship in the present tense and reads naturally with a frequency answer ("Seldom" to "Always"). All items
//! are keyed so that a more frequent answer raises the subscale. The client answers about their coach and their
//! work together; the coach answers about their client and their work together.

use super::FREQUENCY;
use crate::instrument::{Factor, Instrument, InstrumentId, Item, Keying, Perspective};

/// Factor indices, in the order of [`ALLIANCE_V1`]'s factors.
pub const GOALS: usize = 0;
/// See [`GOALS`].
pub const TASKS: usize = 1;
/// See [`GOALS`].
pub const BOND: usize = 2;

pub(super) const PERSPECTIVES: &[Perspective] = &[
    Perspective { id: "client", label: "I am the client", description: "About my coach and our work together." },
    Perspective { id: "coach", label: "I am the coach", description: "About my client and our work together." },
];

pub(super) const FACTORS: &[Factor] = &[
    Factor {
        id: "goals",
        name: "Goals",
        about: "Whether coach and client agree on what the coaching is for and what progress would look like.",
        lower_is_better: false,
    },
    Factor {
        id: "tasks",
        name: "Tasks",
        about: "Whether coach and client agree on how they work together and on what each of them does.",
        lower_is_better: false,
    },
    Factor {
        id: "bond",
        name: "Bond",
        about: "Whether the client can be honest and open with the coach and feels understood, and whether the two can disagree and stay at ease.",
        lower_is_better: false,
    },
];

pub(super) const fn item(id: &'static str, factor: usize, texts: &'static [&'static str]) -> Item {
    Item { id, factor, keying: Keying::Raises, texts }
}

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
            "I can be honest with my coach, even about my mistakes.",
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
            "I can tell my coach when a way of working isn't helping me, and we change it.",
            "My client tells me when a way of working isn't helping them, and we change it.",
        ],
    ),
    item(
        "bond-3",
        BOND,
        &[
            "I can show my coach my doubts and weak spots without feeling judged.",
            "I can hear my client's doubts and weak spots without judging them.",
        ],
    ),
    item(
        "goals-4",
        GOALS,
        &[
            "When what I want from coaching shifts, we stop and agree on where we are heading now.",
            "When what my client wants from coaching shifts, we stop and agree on where we are heading now.",
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

/// Version 1 of the working alliance questionnaire (until December 2026): kept so that results answered on it
/// keep scoring. Current: [`super::alliance_v2::ALLIANCE_V2`].
pub static ALLIANCE_V1: Instrument = Instrument {
    id: InstrumentId::Alliance,
    version: 1,
    title: "Working alliance",
    summary: "Twelve statements on how a coach and a client work together: agreeing on goals, agreeing on how you work, and the bond between you.",
    minutes: 3,
    perspectives: PERSPECTIVES,
    factors: FACTORS,
    items: ITEMS,
    scale: FREQUENCY,
};
