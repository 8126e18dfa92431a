//! Readings for the working alliance: what each level of each subscale suggests, and what to do next.
//!
//! `views[0]` speaks to the client (about their coach and their work together; steps are conversation starters and
//! things the client can raise or do); `views[1]` speaks to the coach (steps are things the coach can do). Levels
//! describe relative strength on the answer scale (see [`super::Level`]), never a clinical cut-off. Written in our
//! own words; see `docs/instruments.md`.

use super::{FactorReadings, Reading};
use crate::fetched;

/// In the order of the working alliance's factors: goals, tasks, bond.
pub static ALLIANCE_READINGS: [FactorReadings; 3] = [GOALS, TASKS, BOND];

const GOALS: FactorReadings = FactorReadings {
    factor: "goals",
    views: [
        [
            Reading {
                meaning: fetched!("Your answers suggest you and your coach are not yet on the same page about what the coaching is for. That is common early on, and worth talking about."),
                steps: &[
                    fetched!("Ask your coach: 'What do you think I want from our work together?' and compare it with your own answer."),
                    fetched!("Write down in one sentence what you would like to be different by the end of the coaching, and bring it along."),
                    fetched!("If your employer or someone else also has goals for the coaching, ask how they fit with yours."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest you and your coach share part of the picture of what the coaching is for, while some goals are unclear or don't quite feel like yours."),
                steps: &[
                    fetched!("Ask to spend part of the next session looking again at your goals and what progress would look like."),
                    fetched!("If a goal no longer feels like your own, say so and suggest how you would put it now."),
                    fetched!("Suggest a short check at the start of each session: are we still working on what matters most?"),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest you and your coach agree on what the coaching is for, and the goals feel like your own."),
                steps: &[
                    fetched!("Keep looking at your goals together every few sessions, since what you want can change."),
                    fetched!("Note the progress you see, so you both can tell when a goal has been reached."),
                ],
            },
        ],
        [
            Reading {
                meaning: fetched!("Your answers suggest you and your client do not yet share a clear view of what the coaching is for."),
                steps: &[
                    fetched!("Set aside time in the next session to agree on goals, written in your client's own words."),
                    fetched!("Ask your client what would tell them the coaching has been worth it."),
                    fetched!("If a sponsor or employer has goals of its own, make them visible and talk them through with your client."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest you and your client agree on some goals, while others are vague, have shifted, or may be more yours than theirs."),
                steps: &[
                    fetched!("Revisit the goals together and rewrite any that have drifted, in your client's words."),
                    fetched!("Agree on one or two signs of progress you will both look out for."),
                    fetched!("Check whether any goal really belongs to you or a sponsor rather than to your client."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest you and your client share a clear, agreed view of what the coaching is for."),
                steps: &[
                    fetched!("Keep revisiting the goals at set points, for example every few sessions."),
                    fetched!("Invite your client to track their own progress, so ownership of the goals stays with them."),
                ],
            },
        ],
    ],
};

const TASKS: FactorReadings = FactorReadings {
    factor: "tasks",
    views: [
        [
            Reading {
                meaning: fetched!("Your answers suggest it is not yet clear how you and your coach work together, or what each of you does. Saying so is a good first step."),
                steps: &[
                    fetched!("Ask your coach how they usually work and what they expect from you between sessions."),
                    fetched!("Tell your coach one thing that helps you think, such as questions, examples or a moment of quiet."),
                    fetched!("At the end of a session, say back what you have agreed to try before the next one."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest you and your coach agree on much of how you work together, with some parts that are unclear or don't yet suit you."),
                steps: &[
                    fetched!("Name one part of how you work that helps you, and one you would like to change."),
                    fetched!("Suggest deciding together, at the start of a session, how you will use the time."),
                    fetched!("If an exercise or action doesn't make sense to you, ask what it is for."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest you and your coach agree on how you work together, and each of you knows your part."),
                steps: &[
                    fetched!("Keep telling your coach when something works or doesn't; the way you work can grow with you."),
                    fetched!("Now and then, try a new way of working together, such as a practice conversation or a small experiment."),
                ],
            },
        ],
        [
            Reading {
                meaning: fetched!("Your answers suggest you and your client have not yet agreed on how you work together or on what each of you does."),
                steps: &[
                    fetched!("Explain how you tend to work, and ask your client what they want from you and from the sessions."),
                    fetched!("Agree together what happens between sessions: who does what, and by when."),
                    fetched!("At the end of a session, ask: 'What helped today, and what didn't?'"),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest you and your client agree on much of how you work, while some methods or roles are not yet clear or shared."),
                steps: &[
                    fetched!("Pick one method you use often and ask your client whether it helps them."),
                    fetched!("Make roles explicit again: what you bring to the work, and what your client brings."),
                    fetched!("Offer a choice of ways to work on the next topic, and let your client pick."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest you and your client share a clear way of working, and each of you knows your part."),
                steps: &[
                    fetched!("Keep asking for feedback on how you work, so it keeps suiting your client as they change."),
                    fetched!("Make sure your client keeps doing the work, so the progress stays their own."),
                ],
            },
        ],
    ],
};

const BOND: FactorReadings = FactorReadings {
    factor: "bond",
    views: [
        [
            Reading {
                meaning: fetched!("Your answers suggest the bond with your coach does not yet feel strong: you may not feel fully understood, accepted or at ease. That can grow, and it is fine to say so."),
                steps: &[
                    fetched!("Tell your coach what helps you feel at ease in a session, and what gets in the way."),
                    fetched!("Suggest spending a few minutes getting to know each other as people, not only the topics."),
                    fetched!("If the fit still feels wrong after you have talked about it, it is fine to ask about working with another coach."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest you feel fairly at ease with your coach, with moments where you feel less understood or hold back."),
                steps: &[
                    fetched!("Notice what you hold back, and consider sharing one of those things next time."),
                    fetched!("When you feel misunderstood, say so in the moment: 'That's not quite what I meant.'"),
                    fetched!("Ask your coach how they see your work together so far, and share how you see it."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest a strong bond: you feel understood and accepted by your coach, and you can be honest with each other."),
                steps: &[
                    fetched!("Use this trust to bring harder topics and to ask for honest challenge."),
                    fetched!("Tell your coach what makes the relationship work for you."),
                ],
            },
        ],
        [
            Reading {
                meaning: fetched!("Your answers suggest the bond with your client does not yet feel strong: openness, ease or a sense of being understood may be missing on one or both sides."),
                steps: &[
                    fetched!("Spend time getting to know your client as a person, beyond the topics they bring."),
                    fetched!("Check your understanding often: sum up what you heard and ask, 'Have I got that right?'"),
                    fetched!("Ask your client, openly and without defending yourself, what would make the sessions feel safer."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest a workable bond with your client, with some moments of distance, caution or misunderstanding."),
                steps: &[
                    fetched!("Notice when your client holds back, and make it easy for them to say what is on their mind."),
                    fetched!("Share a little of yourself where it serves your client, so openness goes both ways."),
                    fetched!("Reflect on the relationship with a supervisor or peer, looking at your own part in it."),
                ],
            },
            Reading {
                meaning: fetched!("Your answers suggest a strong bond with your client: trust, respect and ease go both ways."),
                steps: &[
                    fetched!("Use the bond to offer honest challenge when your client needs it."),
                    fetched!("Keep checking in on the relationship itself, since a strong bond can hide small strains."),
                ],
            },
        ],
    ],
};
