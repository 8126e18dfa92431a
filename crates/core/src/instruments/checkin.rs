//! Session check-in: four quick statements on 0 to 10, taken after each session and read as a trend.
//!
//! One statement each on the relationship, the goals and topics, the approach and the session as a whole, written
//! in our own words. Every statement can be answered from 0 (not at all) to 10 (completely). No answer is preset:
//! an item the person has not touched stays unanswered. A single check-in says little; the trend says more.

use super::ZERO_TO_TEN;
use crate::instrument::{Factor, Instrument, InstrumentId, Item, Keying, Perspective};

const PERSPECTIVES: &[Perspective] = &[
    Perspective { id: "client", label: "I am the client", description: "How was today's session for me?" },
    Perspective { id: "coach", label: "I am the coach", description: "How did today's session go for my client?" },
];

const FACTORS: &[Factor] = &[
    Factor {
        id: "relationship",
        name: "Relationship",
        about: "How open and at ease the conversation between coach and client was today.",
        lower_is_better: false,
    },
    Factor {
        id: "goals",
        name: "Goals and topics",
        about: "Whether today's session dealt with what matters most to the client right now.",
        lower_is_better: false,
    },
    Factor {
        id: "approach",
        name: "Approach",
        about: "Whether today's way of working (questions, tools, pace) helped the client think things through.",
        lower_is_better: false,
    },
    Factor {
        id: "overall",
        name: "Overall",
        about: "How worthwhile today's session was as a whole.",
        lower_is_better: false,
    },
];

const ITEMS: &[Item] = &[
    Item {
        id: "relationship",
        factor: 0,
        keying: Keying::Raises,
        texts: &["Today I could speak openly with my coach.", "Today my client could speak openly with me."],
    },
    Item {
        id: "goals",
        factor: 1,
        keying: Keying::Raises,
        texts: &[
            "Today's session stayed on what matters most to me right now.",
            "Today's session stayed on what matters most to my client right now.",
        ],
    },
    Item {
        id: "approach",
        factor: 2,
        keying: Keying::Raises,
        texts: &[
            "The way we worked today helped me think things through.",
            "The way we worked today helped my client think things through.",
        ],
    },
    Item {
        id: "overall",
        factor: 3,
        keying: Keying::Raises,
        texts: &["Today's session was time well spent for me.", "Today's session was time well spent for my client."],
    },
];

/// Version 1 of the session check-in.
pub static CHECKIN_V1: Instrument = Instrument {
    id: InstrumentId::CheckIn,
    version: 1,
    title: "Session check-in",
    summary: "Four quick statements to answer after each session, from 0 to 10. One check-in says little on its own: its value is the trend over several sessions.",
    minutes: 1,
    perspectives: PERSPECTIVES,
    factors: FACTORS,
    items: ITEMS,
    scale: ZERO_TO_TEN,
};
