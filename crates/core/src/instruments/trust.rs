//! The trust equation (after Maister, Green and Galford): T = (C + R + I) / S.
//!
//! Five statements per factor, asked interleaved so the factors are not obvious while answering. Every statement
//! describes something a person could observe. Self-orientation statements are phrased the generous way round
//! ("listens without steering the conversation back to themselves"), so agreeing with them LOWERS self-orientation:
//! that keeps every statement "agree is good" for the person answering, and the raw self-orientation score keeps
//! its textbook meaning (lower is better) for the equation.

use super::AGREEMENT;
use crate::instrument::{Factor, Instrument, InstrumentId, Item, Keying, Perspective};

/// Factor indices, in the order of [`TRUST_V1`]'s factors.
pub const CREDIBILITY: usize = 0;
/// See [`CREDIBILITY`].
pub const RELIABILITY: usize = 1;
/// See [`CREDIBILITY`].
pub const INTIMACY: usize = 2;
/// See [`CREDIBILITY`].
pub const SELF_ORIENTATION: usize = 3;

pub(super) const PERSPECTIVES: &[Perspective] = &[
    Perspective { id: "self", label: "About me", description: "How trustworthy am I as a leader, advisor or coach?" },
    Perspective {
        id: "advisor",
        label: "About my coach or advisor",
        description: "How much do I trust someone I work with?",
    },
];

pub(super) const FACTORS: &[Factor] = &[
    Factor {
        id: "credibility",
        name: "Credibility",
        about: "Whether what is said can be believed: know-how, honesty about limits, and candour.",
        lower_is_better: false,
    },
    Factor {
        id: "reliability",
        name: "Reliability",
        about: "Whether actions match words, again and again: follow-through and consistency.",
        lower_is_better: false,
    },
    Factor {
        id: "intimacy",
        name: "Intimacy",
        about: "Whether it feels safe to share: discretion, openness and interest in the whole person.",
        lower_is_better: false,
    },
    Factor {
        id: "self-orientation",
        name: "Self-orientation",
        about: "How much attention goes to one's own agenda instead of the other person. Lower is better.",
        lower_is_better: true,
    },
];

pub(super) const fn item(id: &'static str, factor: usize, keying: Keying, texts: &'static [&'static str]) -> Item {
    Item { id, factor, keying, texts }
}

const ITEMS: &[Item] = &[
    item(
        "cred-1",
        CREDIBILITY,
        Keying::Raises,
        &[
            "When I don't know something, I say so plainly instead of bluffing.",
            "When they don't know something, they say so plainly instead of bluffing.",
        ],
    ),
    item(
        "rel-1",
        RELIABILITY,
        Keying::Raises,
        &[
            "I follow through on small promises, even ones nobody would check.",
            "They follow through on small promises, even ones nobody would check.",
        ],
    ),
    item(
        "int-1",
        INTIMACY,
        Keying::Raises,
        &[
            "People bring me worries they would not share with just anyone.",
            "I can bring them worries I would not share with just anyone.",
        ],
    ),
    item(
        "self-1",
        SELF_ORIENTATION,
        Keying::Lowers,
        &[
            "I listen without steering the conversation back to myself.",
            "They listen without steering the conversation back to themselves.",
        ],
    ),
    item(
        "cred-2",
        CREDIBILITY,
        Keying::Raises,
        &[
            "I can explain my field in words the people I work with understand.",
            "They explain their field in words I understand.",
        ],
    ),
    item(
        "rel-2",
        RELIABILITY,
        Keying::Raises,
        &["I turn up on time and prepared.", "They turn up on time and prepared."],
    ),
    item(
        "int-2",
        INTIMACY,
        Keying::Raises,
        &["What people tell me in confidence stays with me.", "What I tell them in confidence stays with them."],
    ),
    item(
        "self-2",
        SELF_ORIENTATION,
        Keying::Lowers,
        &["I let the other person finish before I offer my view.", "They let me finish before they offer their view."],
    ),
    item(
        "cred-3",
        CREDIBILITY,
        Keying::Raises,
        &[
            "When I give an opinion, I can say what it rests on.",
            "When they give an opinion, they can say what it rests on.",
        ],
    ),
    item(
        "rel-3",
        RELIABILITY,
        Keying::Raises,
        &[
            "If I can't keep a commitment, I say so early and offer another way.",
            "If they can't keep a commitment, they say so early and offer another way.",
        ],
    ),
    item(
        "int-3",
        INTIMACY,
        Keying::Raises,
        &[
            "I am open about myself, not only curious about others.",
            "They are open about themselves, not only curious about me.",
        ],
    ),
    item(
        "self-3",
        SELF_ORIENTATION,
        Keying::Lowers,
        &[
            "I care more about solving the other person's problem than about looking clever.",
            "They care more about solving my problem than about looking clever.",
        ],
    ),
    item(
        "cred-4",
        CREDIBILITY,
        Keying::Raises,
        &[
            "I keep my knowledge up to date, and it shows in the ideas I bring.",
            "Their knowledge is up to date, and it shows in the ideas they bring.",
        ],
    ),
    item(
        "rel-4",
        RELIABILITY,
        Keying::Raises,
        &[
            "People know what to expect from me from one meeting to the next.",
            "I know what to expect from them from one meeting to the next.",
        ],
    ),
    item(
        "int-4",
        INTIMACY,
        Keying::Raises,
        &[
            "I ask about the person, not only about the task.",
            "They ask about me as a person, not only about the task.",
        ],
    ),
    item(
        "self-4",
        SELF_ORIENTATION,
        Keying::Lowers,
        &[
            "I would point someone to another expert if that person could help them better.",
            "They would point me to another expert if that person could help me better.",
        ],
    ),
    item(
        "cred-5",
        CREDIBILITY,
        Keying::Raises,
        &[
            "I tell people a hard truth when they need to hear it, kindly and directly.",
            "They tell me a hard truth when I need to hear it, kindly and directly.",
        ],
    ),
    item(
        "rel-5",
        RELIABILITY,
        Keying::Raises,
        &[
            "I answer messages within the time I said I would.",
            "They answer my messages within the time they said they would.",
        ],
    ),
    item(
        "int-5",
        INTIMACY,
        Keying::Raises,
        &[
            "I can name an awkward feeling in a conversation and talk about it calmly.",
            "They can name an awkward feeling in a conversation and talk about it calmly.",
        ],
    ),
    item(
        "self-5",
        SELF_ORIENTATION,
        Keying::Lowers,
        &["I put the other person's goals ahead of my own agenda.", "They put my goals ahead of their own agenda."],
    ),
];

/// Version 1 of the trust equation self-assessment (until December 2026): kept so that results answered on it
/// keep scoring with its own items and keys. Current: [`super::trust_v2::TRUST_V2`].
pub static TRUST_V1: Instrument = Instrument {
    id: InstrumentId::Trust,
    version: 1,
    title: "Trust equation",
    summary: "Twenty statements about credibility, reliability, intimacy and self-orientation, the four parts of the trust equation.",
    minutes: 5,
    perspectives: PERSPECTIVES,
    factors: FACTORS,
    items: ITEMS,
    scale: AGREEMENT,
};
