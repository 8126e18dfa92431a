//! What the widget tells the page it is embedded in: the `detail` of its `rapport:start` and `rapport:complete`
//! events (and of the iframe's messages), as JSON text. By default only which questionnaire and perspective;
//! scores only when the coach opted in (and the result screen then says so). Never answers, labels or any
//! other text the person wrote.

use crate::instrument::{Instrument, InstrumentId};
use crate::json::Json;
use crate::scoring::Score;
use crate::storage::SavedResult;

fn text(value: &str) -> Json {
    Json::Str(value.to_string())
}

fn base(instrument: InstrumentId, perspective: &str) -> Vec<(String, Json)> {
    vec![("instrument".to_string(), text(instrument.as_str())), ("perspective".to_string(), text(perspective))]
}

/// `{"instrument":"trust","perspective":"self"}`: sent when a person starts a questionnaire.
pub fn start_detail(instrument: &Instrument, perspective: usize) -> String {
    let perspective = instrument.perspectives.get(perspective).map_or("", |p| p.id);
    Json::Object(base(instrument.id, perspective)).to_text()
}

/// Sent when a person finishes: instrument and perspective, plus, with `with_scores`, a `scores` object of
/// numbers by factor id (trust: each factor on 1 to 10, `trust` and `index`; alliance: each subscale's mean on
/// 1 to 5 and `total`; check-in: each item 0 to 10 and `total`). `None` for a result that cannot be scored.
pub fn complete_detail(result: &SavedResult, with_scores: bool) -> Option<String> {
    let instrument = result.instrument()?;
    let mut members = base(instrument.id, &result.perspective);
    if with_scores {
        // Numbers are written with one decimal ("7.5") from exact hundredths, never as floats formatted in the wasm.
        let number = Json::Tenths;
        let factor = |index: usize| instrument.factors.get(index).map_or("", |f| f.id).to_string();
        let scores: Vec<(String, Json)> = match result.score()? {
            Score::Trust(trust) => {
                let mut scores: Vec<_> = trust.factors.iter().map(|f| (factor(f.factor), number(f.on_ten))).collect();
                scores.push(("trust".to_string(), number(trust.trust)));
                scores.push(("index".to_string(), Json::Int(i64::from(trust.index))));
                scores
            }
            Score::Alliance(alliance) => {
                let mut scores: Vec<_> =
                    alliance.subscales.iter().map(|f| (factor(f.factor), number(f.mean))).collect();
                scores.push(("total".to_string(), Json::Int(i64::from(alliance.total))));
                scores
            }
            Score::CheckIn(checkin) => {
                let mut scores: Vec<_> =
                    checkin.values.iter().enumerate().map(|(i, v)| (factor(i), Json::Int(i64::from(*v)))).collect();
                scores.push(("total".to_string(), Json::Int(i64::from(checkin.total))));
                scores
            }
        };
        members.push(("scores".to_string(), Json::Object(scores)));
    }
    Some(Json::Object(members).to_text())
}
