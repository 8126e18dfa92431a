//! The page learns which questionnaire was started and finished; scores only when the coach opted in, and never
//! anything the person wrote.

use rapport_core::event::{complete_detail, start_detail};
use rapport_core::instrument::{self, InstrumentId};
use rapport_core::json::{parse, Json};
use rapport_core::scoring::{one_decimal, Score};
use rapport_core::storage::SavedResult;

fn finished(id: InstrumentId, perspective: &str, answer: impl Fn(usize) -> u8) -> SavedResult {
    let chosen = instrument::current(id);
    let answers = (0..chosen.items.len()).map(|i| Some(answer(i))).collect();
    let mut result = SavedResult::new(id, chosen.version, perspective, answers, 1_700_000_000_000);
    result.label = Some("Ana \"secret\" label".to_string());
    result
}

#[test]
fn start_says_which_questionnaire_only() {
    let trust = instrument::current(InstrumentId::Trust);
    assert_eq!(start_detail(trust, 1), r#"{"instrument":"trust","perspective":"advisor"}"#);
}

#[test]
fn complete_without_opt_in_has_no_scores_and_no_label() {
    let result = finished(InstrumentId::Alliance, "client", |_| 4);
    let detail = complete_detail(&result, false).expect("scorable");
    assert_eq!(detail, r#"{"instrument":"alliance","perspective":"client"}"#);
}

#[test]
fn complete_with_opt_in_carries_the_trust_numbers_and_still_no_label() {
    let result = finished(InstrumentId::Trust, "self", |i| [5, 4, 3, 2][i % 4]);
    let detail = complete_detail(&result, true).expect("scorable");
    assert!(!detail.contains("secret"), "{detail}");
    let Some(Score::Trust(trust)) = result.score() else { panic!("a trust score") };
    let expected = format!(
        r#"{{"instrument":"trust","perspective":"self","scores":{{"credibility":{},"reliability":{},"intimacy":{},"self-orientation":{},"trust":{},"index":{}}}}}"#,
        one_decimal(trust.factors[0].on_ten),
        one_decimal(trust.factors[1].on_ten),
        one_decimal(trust.factors[2].on_ten),
        one_decimal(trust.factors[3].on_ten),
        one_decimal(trust.trust),
        trust.index
    );
    assert_eq!(detail, expected);
    // It is JSON a page can parse (numbers with a decimal are read, as ours never are, as non-integers).
    assert!(matches!(parse(&detail), Ok(Json::Object(_))));
}

#[test]
fn complete_with_opt_in_for_alliance_and_checkin() {
    let alliance = complete_detail(&finished(InstrumentId::Alliance, "coach", |_| 5), true).expect("scorable");
    assert_eq!(
        alliance,
        r#"{"instrument":"alliance","perspective":"coach","scores":{"goals":5.0,"tasks":5.0,"bond":5.0,"total":60}}"#
    );
    let checkin = complete_detail(&finished(InstrumentId::CheckIn, "client", |i| i as u8 * 3), true).expect("scorable");
    assert!(checkin.ends_with(r#":9,"total":18}}"#), "{checkin}");
}

#[test]
fn an_unscorable_result_sends_nothing() {
    let mut result = finished(InstrumentId::Trust, "self", |_| 4);
    result.answers.pop();
    assert_eq!(complete_detail(&result, true), None);
}
