//! Readings for the trust equation: what each level of each factor suggests, and what to do next.
//!
//! `views[0]` speaks to someone who rated themselves as a leader, advisor or coach ("you"); `views[1]` speaks to
//! someone who rated their coach or advisor, and its steps are things they can notice, ask, raise or do themselves,
//! never blame. Levels are read on the answer scale (see [`super::Level`]). For self-orientation the level is in the
//! healthy direction: `Low` means self-orientation came out high, `High` means it came out low. Written in our own
//! words; see `docs/instruments.md`.

use super::{FactorReadings, Reading};
use crate::fetched;

/// In the order of the trust equation's factors: credibility, reliability, intimacy, self-orientation.
pub static TRUST_READINGS: [FactorReadings; 4] = [CREDIBILITY, RELIABILITY, INTIMACY, SELF_ORIENTATION];

const CREDIBILITY: FactorReadings = FactorReadings {
    factor: "credibility",
    views: [
        [
            Reading {
                meaning: fetched!("Your answers suggest people may not yet be sure how far to rely on what you say: your know-how, your honesty about limits or your candour."),
                steps: &[
                    fetched!("In your next conversation, say plainly when you don't know something, and say when you will find out."),
                    fetched!("When you give a view, add one sentence on what it rests on: an example, a fact or your experience."),
                    fetched!("Ask one person you work with which topics they would most like your view on."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest people believe much of what you say, with some room to make your reasoning and your limits clearer."),
                steps: &[
                    fetched!("Pick one topic where you feel less sure and set aside an hour this week to bring yourself up to date."),
                    fetched!("Next time you see things differently from someone, say so kindly and directly instead of softening it away."),
                    fetched!("After a conversation, ask: 'Was anything I said unclear or hard to act on?'"),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest people can rely on what you say: you know your ground, can say what your views rest on and are honest about your limits."),
                steps: &[
                    fetched!("Keep naming what you don't know; it is part of why people believe the rest."),
                    fetched!("Share what you are learning with the people you work with, so they see your knowledge grow."),
                    fetched!("Invite someone who sees things differently to test your thinking on a topic you care about."),
                ],
            },
        ],
        [
            Reading {
                meaning: fetched!("Your answers suggest you are not yet sure how far you can rely on what your coach or advisor says. Knowing more about how they think can help."),
                steps: &[
                    fetched!("Ask your coach or advisor what one of their views rests on: an example, their experience or something they have read."),
                    fetched!("Ask about their background and the kinds of situations they have worked with."),
                    fetched!("Tell them what would help you, for example plainer answers or hearing when they are unsure."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest you believe much of what your coach or advisor says, with some doubts left on certain topics."),
                steps: &[
                    fetched!("Notice which topics you trust their view on and which you don't, and ask about one of the second kind."),
                    fetched!("When a piece of advice feels thin, ask for an example or the reasoning behind it."),
                    fetched!("Tell them you would rather hear a hard truth than a softened one."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest you find your coach or advisor believable: they know their ground, are open about their limits and tell you what you need to hear."),
                steps: &[
                    fetched!("Keep asking what their views rest on; a good advisor welcomes the question."),
                    fetched!("Tell them which of their input has helped you most, so they know what to keep bringing."),
                    fetched!("Keep weighing their advice against your own judgement before you act on it."),
                ],
            },
        ],
    ],
};

const RELIABILITY: FactorReadings = FactorReadings {
    factor: "reliability",
    views: [
        [
            Reading {
                meaning: fetched!("Your answers suggest people may not yet know what to expect from you from one time to the next, or whether your promises will be kept."),
                steps: &[
                    fetched!("For one week, write down every promise you make, however small, and tick it off when it is done."),
                    fetched!("If you can't keep a commitment, say so as early as you can and offer another way."),
                    fetched!("Promise a little less and deliver all of it, for example a reply time you know you can keep."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest you keep most of your commitments, with some gaps in follow-through or consistency that others may notice."),
                steps: &[
                    fetched!("Choose one habit to make dependable, such as starting meetings on time or replying within a day."),
                    fetched!("At the end of each meeting, say back what you have agreed to do and by when."),
                    fetched!("Ask someone you work with where you could be more predictable for them."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest people can count on you: you follow through, turn up prepared and are consistent from one meeting to the next."),
                steps: &[
                    fetched!("Keep closing the loop: tell people when a promise is done, not only when it is late."),
                    fetched!("Keep regular time with the people you work with, even when things are calm."),
                ],
            },
        ],
        [
            Reading {
                meaning: fetched!("Your answers suggest you can't yet count on your coach or advisor as much as you would like, for example on timing, preparation or follow-through."),
                steps: &[
                    fetched!("Agree together on a few basics: meeting times, reply times, and what happens when one of you has to cancel."),
                    fetched!("At the end of a meeting, say back what each of you will do before the next one."),
                    fetched!("Bring up one specific moment, calmly and without blame, and ask how you can both handle it next time."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest your coach or advisor is dependable most of the time, with a few gaps you have noticed."),
                steps: &[
                    fetched!("Notice which kinds of commitment tend to slip, and mention the pattern to them."),
                    fetched!("After each meeting, write down what you both agreed and share it, so you work from the same list."),
                    fetched!("Keep your own commitments too; reliability grows best when it goes both ways."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest you can count on your coach or advisor: they keep their word, turn up prepared and are consistent."),
                steps: &[
                    fetched!("Tell them you value this; people keep doing what gets noticed."),
                    fetched!("Use this steadiness to bring bigger or harder topics, knowing they will stay with them."),
                    fetched!("Keep up your side of your agreements, so the trust goes both ways."),
                ],
            },
        ],
    ],
};

const INTIMACY: FactorReadings = FactorReadings {
    factor: "intimacy",
    views: [
        [
            Reading {
                meaning: fetched!("Your answers suggest people may not yet feel safe bringing you personal concerns, or may know little about you as a person."),
                steps: &[
                    fetched!("Spend a few minutes of your next meeting asking how the other person is, and listen to the answer."),
                    fetched!("Share something small and real about yourself, such as what you are finding hard this week."),
                    fetched!("Make it clear that what people tell you in confidence stays with you, and keep to that."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest people share some personal matters with you, with room for more openness in both directions."),
                steps: &[
                    fetched!("In each conversation this week, ask one question about the person, not only the task."),
                    fetched!("When a conversation feels tense, name it gently: 'This feels a bit awkward; shall we talk about it?'"),
                    fetched!("When people ask about you, answer openly instead of steering straight back to business."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest people feel safe sharing with you: you keep confidences, take an interest in the whole person and are open about yourself."),
                steps: &[
                    fetched!("Keep guarding confidences with care; this kind of safety takes long to build and little to lose."),
                    fetched!("Keep making time for unhurried conversations, not only for tasks."),
                    fetched!("When someone brings something beyond your role, help them find the right professional support."),
                ],
            },
        ],
        [
            Reading {
                meaning: fetched!("Your answers suggest you don't yet feel safe sharing personal matters with your coach or advisor, or you know little about them as a person."),
                steps: &[
                    fetched!("Ask your coach or advisor how they handle confidentiality, so you know what stays between you."),
                    fetched!("Share one small thing that matters to you, and notice how they respond."),
                    fetched!("Ask them something about themselves, for example what drew them to their work."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest you share some things with your coach or advisor and hold others back, which can be a sensible choice while trust grows."),
                steps: &[
                    fetched!("Notice what you hold back, and ask yourself what would make it easier to share."),
                    fetched!("Tell them how a conversation feels to you, not only what you think about the topic."),
                    fetched!("If something feels awkward between you, raise it gently: 'Can we talk about how this is going?'"),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest you feel safe with your coach or advisor: you can share what worries you, and they take an interest in you as a person."),
                steps: &[
                    fetched!("Use this safety to bring the topics that matter most, including the difficult ones."),
                    fetched!("Tell them what makes it feel safe, so they can keep doing it."),
                ],
            },
        ],
    ],
};

const SELF_ORIENTATION: FactorReadings = FactorReadings {
    factor: "self-orientation",
    views: [
        [
            Reading {
                meaning: fetched!("Your answers suggest that in conversations your attention often goes to your own agenda, such as making your point or how you come across, more than to the other person."),
                steps: &[
                    fetched!("In your next conversation, let the other person finish and ask one more question before you give your view."),
                    fetched!("Before a meeting, write down what the other person wants from it, not only what you want."),
                    fetched!("Notice when you steer the talk back to yourself, and gently turn it back to them."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest you often keep your attention on the other person, and that at times your own agenda takes over."),
                steps: &[
                    fetched!("Notice when your focus slips, for example when you feel under pressure or want to impress."),
                    fetched!("Before you offer advice, sum up in a sentence what you have heard."),
                    fetched!("If someone else could help better, say so and help them get in touch."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest your attention stays on the other person: you listen fully, put their goals first and don't need to look clever."),
                steps: &[
                    fetched!("Keep asking what the other person wants from each conversation; needs change over time."),
                    fetched!("Keep some room for your own honest view; a focus on the other person still needs your input."),
                ],
            },
        ],
        [
            Reading {
                meaning: fetched!("Your answers suggest your coach or advisor's attention often seems to go to their own ideas or agenda, more than to you and your goals."),
                steps: &[
                    fetched!("At the start of a meeting, say what you want from it, so the time is shaped around you."),
                    fetched!("If the talk drifts to their topics, bring it back kindly: 'Can we go back to what I wanted to look at?'"),
                    fetched!("Ask them how they see their role in your work together, and share how you see it."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest your coach or advisor often keeps the focus on you, with moments where their own views or agenda take over."),
                steps: &[
                    fetched!("Notice when the focus moves away from you, and name it calmly when it happens."),
                    fetched!("Agree together how much advice you want, and how much room to think for yourself."),
                    fetched!("Tell them what helps you most when they listen, so they can do more of it."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest your coach or advisor keeps the focus on you: they listen, let you finish and put your goals ahead of their own agenda."),
                steps: &[
                    fetched!("Let them know this helps; good listening is easy to take for granted."),
                    fetched!("Use the space to bring half-formed ideas, not only finished questions."),
                    fetched!("Ask for their honest view when you want it; a focus on you still leaves room for their input."),
                ],
            },
        ],
    ],
};
