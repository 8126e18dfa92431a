//! Every instrument is well formed: unique ids, every factor has its items, every item has text for every
//! perspective, every scale point has words, every factor has readings for every level and perspective.

use std::collections::HashSet;

use rapport_core::instrument::{self, InstrumentId};
use rapport_core::instruments::ALL_VERSIONS;
use rapport_core::readings::{self, Level};

#[test]
fn every_instrument_has_unique_item_ids() {
    for instrument in ALL_VERSIONS {
        let ids: HashSet<_> = instrument.items.iter().map(|item| item.id).collect();
        assert_eq!(ids.len(), instrument.items.len(), "{:?} repeats an item id", instrument.id);
    }
}

#[test]
fn every_instrument_version_is_listed_once() {
    let keys: HashSet<_> = ALL_VERSIONS.iter().map(|i| (i.id, i.version)).collect();
    assert_eq!(keys.len(), ALL_VERSIONS.len());
    for id in InstrumentId::ALL {
        let current = instrument::current(id);
        assert_eq!(instrument::find(id, current.version), Some(current));
    }
}

#[test]
fn every_item_has_non_empty_text_for_every_perspective() {
    for instrument in ALL_VERSIONS {
        for item in instrument.items {
            assert_eq!(item.texts.len(), instrument.perspectives.len(), "{}", item.id);
            for text in item.texts {
                assert!(text.len() > 10 && !text.contains("TODO"), "{}: {text:?}", item.id);
                assert!(text.len() <= 120, "{} is too long for a phone: {text:?}", item.id);
            }
        }
    }
}

#[test]
fn the_item_counts_are_as_designed() {
    let count = |id, factor| instrument::current(id).items_of(factor).count();
    for factor in 0..4 {
        assert_eq!(count(InstrumentId::Trust, factor), 5);
        assert_eq!(count(InstrumentId::CheckIn, factor), 1);
    }
    for factor in 0..3 {
        assert_eq!(count(InstrumentId::Alliance, factor), 4);
    }
    assert_eq!(instrument::current(InstrumentId::Trust).items.len(), 20);
    assert_eq!(instrument::current(InstrumentId::Alliance).items.len(), 12);
    assert_eq!(instrument::current(InstrumentId::CheckIn).items.len(), 4);
}

#[test]
fn every_factor_has_items_and_every_item_a_factor() {
    for instrument in ALL_VERSIONS {
        for (index, factor) in instrument.factors.iter().enumerate() {
            assert!(instrument.items_of(index).count() > 0, "{} has no items", factor.id);
            assert!(!factor.about.is_empty() && !factor.about.contains("TODO"));
        }
        for item in instrument.items {
            assert!(item.factor < instrument.factors.len(), "{} points at no factor", item.id);
        }
    }
}

#[test]
fn every_scale_point_has_a_label_and_values_are_consecutive() {
    for instrument in ALL_VERSIONS {
        let points = instrument.scale.points;
        assert!(points.len() >= 2);
        for pair in points.windows(2) {
            assert_eq!(pair[1].value, pair[0].value + 1);
        }
        for point in points {
            assert!(point.label.chars().any(char::is_alphabetic), "bare number on {:?}", instrument.id);
        }
    }
}

#[test]
fn perspectives_have_unique_ids_and_words() {
    for instrument in ALL_VERSIONS {
        let ids: HashSet<_> = instrument.perspectives.iter().map(|p| p.id).collect();
        assert_eq!(ids.len(), instrument.perspectives.len());
        assert!(instrument.perspectives.iter().all(|p| !p.label.is_empty() && !p.description.is_empty()));
        assert!(!instrument.summary.is_empty() && !instrument.summary.contains("TODO"));
    }
}

#[test]
fn every_factor_has_a_reading_for_every_level_and_perspective() {
    for id in [InstrumentId::Trust, InstrumentId::Alliance] {
        let instrument = instrument::current(id);
        let factor_readings = readings::for_instrument(id);
        assert_eq!(factor_readings.len(), instrument.factors.len());
        for (index, factor) in instrument.factors.iter().enumerate() {
            assert_eq!(factor_readings[index].factor, factor.id, "readings out of order");
            for perspective in 0..instrument.perspectives.len() {
                for level in Level::ALL {
                    let reading = readings::reading(id, index, level, perspective)
                        .unwrap_or_else(|| panic!("no reading for {} {level:?} {perspective}", factor.id));
                    assert!(!reading.meaning.english.is_empty() && !reading.meaning.english.contains("TODO"));
                    assert!((2..=3).contains(&reading.steps.len()), "{} {level:?}: 2 or 3 steps", factor.id);
                }
            }
        }
    }
}

#[test]
fn instrument_ids_round_trip_through_their_text_and_index() {
    for (index, id) in InstrumentId::ALL.into_iter().enumerate() {
        assert_eq!(id.index(), index);
        assert_eq!(InstrumentId::parse(id.as_str()), Some(id));
    }
    assert_eq!(InstrumentId::parse("Trust"), None);
    assert_eq!(InstrumentId::parse(""), None);
}
