//! The trust equation, version 2 (December 2026): one idea per statement, each statement the same from both
//! sides, only what the person answering can see, and reversed statements in every factor.
//!
//! Why reversed statements: when every statement reads "agree is good", someone who agrees with everything gets
//! top marks and self-ratings crowd the ceiling. Each of credibility, reliability and intimacy now has one
//! statement worded the other way (keyed [`Keying::Lowers`]: agreeing lowers the factor). Self-orientation is
//! reversed by nature: its three generous statements are keyed `Lowers`, and two statements describe the
//! self-oriented habit itself (keyed `Raises`: agreeing raises self-orientation, which is the unwanted end).
//! `docs/instruments.md` lists every statement with its key and the change log against version 1.

use super::trust::{item, CREDIBILITY, FACTORS, INTIMACY, PERSPECTIVES, RELIABILITY, SELF_ORIENTATION};
use super::AGREEMENT;
use crate::instrument::{Instrument, InstrumentId, Item, Keying};

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
            "I do the small things I say I will, such as sending what I promised.",
            "They do the small things they say they will, such as sending what they promised.",
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
    item("rel-2", RELIABILITY, Keying::Raises, &["I come to meetings prepared.", "They come to meetings prepared."]),
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
        &["If I can't keep a commitment, I say so early.", "If they can't keep a commitment, they say so early."],
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
        Keying::Raises,
        &[
            "I talk more about my own experience than about the other person's situation.",
            "They talk more about their own experience than about my situation.",
        ],
    ),
    item(
        "cred-4",
        CREDIBILITY,
        Keying::Raises,
        &[
            "I know my field well enough to answer most questions on the spot.",
            "They know their field well enough to answer most of my questions on the spot.",
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
        Keying::Lowers,
        &[
            "I avoid telling people things they would rather not hear.",
            "They avoid telling me things I would rather not hear.",
        ],
    ),
    item(
        "rel-5",
        RELIABILITY,
        Keying::Lowers,
        &["People have to remind me of things I agreed to do.", "I have to remind them of things they agreed to do."],
    ),
    item(
        "int-5",
        INTIMACY,
        Keying::Lowers,
        &[
            "I change the subject when a conversation turns personal.",
            "They change the subject when our conversation turns personal.",
        ],
    ),
    item(
        "self-5",
        SELF_ORIENTATION,
        Keying::Raises,
        &["I steer conversations towards my own agenda.", "They steer our conversations towards their own agenda."],
    ),
];

/// Version 2 of the trust equation self-assessment, the current one.
pub static TRUST_V2: Instrument = Instrument {
    id: InstrumentId::Trust,
    version: 2,
    title: "Trust equation",
    summary: "Twenty statements about credibility, reliability, intimacy and self-orientation, the four parts of the trust equation.",
    minutes: 5,
    perspectives: PERSPECTIVES,
    factors: FACTORS,
    items: ITEMS,
    scale: AGREEMENT,
};
