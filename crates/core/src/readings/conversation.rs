//! "Bring this to a first conversation": one question per part and point of view, in our own words, offered after
//! a result for the person's lower parts (every part but the strongest, lowest first, at most three).
//!
//! `views[0]` is the client's or the person's own view (trust: someone rating themselves, or their coach or
//! advisor; alliance and check-in: the client): questions they can bring. `views[1]` of the alliance and the
//! check-in is the coach's: the same turned around, questions to ask the client. The questions ask; they never
//! tell anyone what their answers mean beyond what the numbers show.

use crate::fetched;
use crate::i18n::Fetched;
use crate::InstrumentId;

/// The two questions of one part: by the instrument's perspective index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FactorQuestions {
    /// The factor's id, as in the instrument.
    pub factor: &'static str,
    /// By the instrument's perspective index (trust: self, advisor; alliance and check-in: client, coach).
    pub views: [Fetched; 2],
}

/// At most this many questions are offered: enough to start a conversation, few enough to bring along.
pub const MAX_QUESTIONS: usize = 3;

/// Trust equation: credibility, reliability, intimacy, self-orientation.
pub static TRUST_QUESTIONS: [FactorQuestions; 4] = [
    FactorQuestions {
        factor: "credibility",
        views: [
            fetched!("Where are people unsure whether to take my word, and why?"),
            fetched!("What does your view on this rest on, and where are you less sure?"),
        ],
    },
    FactorQuestions {
        factor: "reliability",
        views: [
            fetched!("Which of my promises slips most often, and what gets in its way?"),
            fetched!("How will we keep track of what each of us agreed to do?"),
        ],
    },
    FactorQuestions {
        factor: "intimacy",
        views: [
            fetched!("What makes it hard for people to tell me what really worries them?"),
            fetched!("What stays between us, and what would you do with what I tell you?"),
        ],
    },
    FactorQuestions {
        factor: "self-orientation",
        views: [
            fetched!("When do my own aims crowd out the other person's, and how would I notice?"),
            fetched!("How will we make sure the sessions follow my questions, not your plan?"),
        ],
    },
];

/// Working alliance: goals, tasks, bond.
pub static ALLIANCE_QUESTIONS: [FactorQuestions; 3] = [
    FactorQuestions {
        factor: "goals",
        views: [
            fetched!("What do I most want to be different by the end of our work?"),
            fetched!("In your words, what should be different when our work is done?"),
        ],
    },
    FactorQuestions {
        factor: "tasks",
        views: [
            fetched!("Which parts of how we work help me most, and which would I change?"),
            fetched!("What in the way we work helps you, and what would you change?"),
        ],
    },
    FactorQuestions {
        factor: "bond",
        views: [
            fetched!("What would make it easier for me to say what I really think in our sessions?"),
            fetched!("What would make it easier to tell me when something does not sit right?"),
        ],
    },
];

/// Session check-in: relationship, goals and topics, approach, overall.
pub static CHECKIN_QUESTIONS: [FactorQuestions; 4] = [
    FactorQuestions {
        factor: "relationship",
        views: [
            fetched!("What would help me feel more heard in our sessions?"),
            fetched!("When did you feel most heard today, and when least?"),
        ],
    },
    FactorQuestions {
        factor: "goals",
        views: [
            fetched!("Did we talk about what matters most to me, and what should come first next time?"),
            fetched!("Did we work on what matters most to you? What should come first next time?"),
        ],
    },
    FactorQuestions {
        factor: "approach",
        views: [
            fetched!("What about how we worked today would I like more of, or less of?"),
            fetched!("What in today's way of working suited you, and what did not?"),
        ],
    },
    FactorQuestions {
        factor: "overall",
        views: [
            fetched!("What one thing would make the next session more useful to me?"),
            fetched!("What one thing would make our next session more useful for you?"),
        ],
    },
];

/// The questions of an instrument's parts, in the instrument's factor order.
pub fn for_instrument(id: InstrumentId) -> &'static [FactorQuestions] {
    match id {
        InstrumentId::Trust => &TRUST_QUESTIONS,
        InstrumentId::Alliance => &ALLIANCE_QUESTIONS,
        InstrumentId::CheckIn => &CHECKIN_QUESTIONS,
    }
}

/// Whether perspective `perspective` of `id` is the coach's, whose questions are to ask the client.
pub fn is_coach_view(id: InstrumentId, perspective: usize) -> bool {
    id != InstrumentId::Trust && perspective == 1
}

/// The heading over the questions: to bring (the client's or one's own view) or to ask (the coach's).
pub fn heading(id: InstrumentId, perspective: usize) -> &'static str {
    if is_coach_view(id, perspective) {
        crate::i18n::tr("Ask your client at your next session")
    } else {
        crate::i18n::tr("Bring this to a first conversation")
    }
}

/// Which parts to ask about, given each part's strength (higher is better, in factor order): every part but the
/// strongest (the first listed wins a tie; none is left out when all are equal), lowest first (the first listed
/// wins a tie), at most [`MAX_QUESTIONS`].
pub fn lower_parts(strengths: &[u32]) -> Vec<usize> {
    // The strongest is left out unless every part is equal (then nothing stands out).
    let mut strongest = None;
    for (index, &strength) in strengths.iter().enumerate() {
        if strongest.is_none_or(|(_, top)| strength > top) {
            strongest = Some((index, strength));
        }
    }
    let all_equal = strengths.iter().all(|&strength| Some(strength) == strengths.first().copied());
    let skipped = strongest.map(|(index, _)| index).filter(|_| !all_equal);
    // Lowest first, by hand rather than `sort_by_key` (the standard library's stable sort is kilobytes of wasm):
    // each round takes the first listed of the lowest strengths not yet taken.
    let mut picked: Vec<usize> = Vec::new();
    while picked.len() < MAX_QUESTIONS {
        let mut lowest: Option<(usize, u32)> = None;
        for (index, &strength) in strengths.iter().enumerate() {
            let free = Some(index) != skipped && !picked.contains(&index);
            if free && lowest.is_none_or(|(_, low)| strength < low) {
                lowest = Some((index, strength));
            }
        }
        match lowest {
            Some((index, _)) => picked.push(index),
            None => break,
        }
    }
    picked
}

/// The questions for a result, in the page's language: for the parts [`lower_parts`] picks, from perspective
/// `perspective`. `None` while the readings file, which holds them, is not installed (or lacks one).
pub fn questions(id: InstrumentId, perspective: usize, strengths: &[u32]) -> Option<Vec<&'static str>> {
    let all = for_instrument(id);
    let mut questions = Vec::new();
    for factor in lower_parts(strengths) {
        if let Some(question) = all.get(factor).and_then(|part| part.views.get(perspective)) {
            questions.push(question.text()?);
        }
    }
    Some(questions)
}
