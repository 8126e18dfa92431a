//! The types of an instrument as data: items, factors, scales and perspectives.
//!
//! An instrument is a `&'static` value, so it costs no parsing at start-up and no serde code in the wasm.
//! Saved answers refer to an instrument by `(InstrumentId, version)` and are positional: the answer at index
//! `i` belongs to `items[i]` of that version. Fixing a typo keeps the version; any change to what an item asks
//! (rewording its meaning, adding, removing, reordering, re-keying) needs a new version kept beside the old one,
//! so old results still score with the items and keys they were answered with.

/// Which questionnaire. The string form is stable: it goes into storage, share codes and embed options.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InstrumentId {
    /// Trust equation: credibility, reliability, intimacy, self-orientation.
    Trust,
    /// Working alliance: goals, tasks, bond.
    Alliance,
    /// Short check-in after a coaching session, read as a trend.
    CheckIn,
}

impl InstrumentId {
    /// Every instrument, in the order the start screen offers them.
    pub const ALL: [InstrumentId; 3] = [InstrumentId::Trust, InstrumentId::Alliance, InstrumentId::CheckIn];

    /// Position in [`InstrumentId::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Stable identifier used in storage, share codes and options.
    pub const fn as_str(self) -> &'static str {
        match self {
            InstrumentId::Trust => "trust",
            InstrumentId::Alliance => "alliance",
            InstrumentId::CheckIn => "checkin",
        }
    }

    /// Parses the stable identifier; anything else is `None`.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|id| id.as_str() == text)
    }
}

/// Whether agreeing with an item raises or lowers the score of its factor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keying {
    /// A higher answer raises the factor.
    Raises,
    /// A higher answer lowers the factor (the item is phrased the other way round).
    Lowers,
}

/// One point of an answer scale. Every point carries words; numbers alone are not a scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScalePoint {
    /// The stored value.
    pub value: u8,
    /// What the person reads next to the control.
    pub label: &'static str,
}

/// An ordered answer scale from its lowest to its highest point, values consecutive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scale {
    /// Short name, for documentation and screen readers ("agreement", "frequency").
    pub name: &'static str,
    /// The points, lowest first.
    pub points: &'static [ScalePoint],
}

impl Scale {
    /// Whether the scale has more points than words fit side by side (0 to 10): its boxes show numbers.
    pub fn is_dense(&self) -> bool {
        self.points.len() > 5
    }

    /// Lowest value on the scale.
    pub fn min(&self) -> u8 {
        self.points.first().map_or(0, |point| point.value)
    }

    /// Highest value on the scale.
    pub fn max(&self) -> u8 {
        self.points.last().map_or(0, |point| point.value)
    }

    /// Whether `value` is one of the scale's points.
    pub fn contains(&self, value: u8) -> bool {
        self.points.iter().any(|point| point.value == value)
    }

    /// The label of `value`, if it is on the scale.
    pub fn label(&self, value: u8) -> Option<&'static str> {
        self.points.iter().find(|point| point.value == value).map(|point| point.label)
    }
}

/// Who answers, about whom. Item texts exist once per perspective.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Perspective {
    /// Stable identifier (storage, share codes, options).
    pub id: &'static str,
    /// Button label on the start screen.
    pub label: &'static str,
    /// One line under the label: who this is for.
    pub description: &'static str,
}

/// A factor (trust) or subscale (alliance) that items are grouped into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Factor {
    /// Stable identifier.
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// One sentence on what the factor is about.
    pub about: &'static str,
    /// True where a high raw score is the unwanted end (self-orientation).
    pub lower_is_better: bool,
}

/// One statement the person answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    /// Stable identifier within the instrument (for example `cred-1`).
    pub id: &'static str,
    /// Index into [`Instrument::factors`].
    pub factor: usize,
    /// How an answer moves the factor.
    pub keying: Keying,
    /// The statement, one per perspective, in the order of [`Instrument::perspectives`].
    pub texts: &'static [&'static str],
}

/// A whole questionnaire at one version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instrument {
    /// Which questionnaire.
    pub id: InstrumentId,
    /// Version of the item set (see the module comment for when it changes).
    pub version: u16,
    /// Display title.
    pub title: &'static str,
    /// One or two sentences for the start screen.
    pub summary: &'static str,
    /// Honest estimate of the time to finish, in minutes.
    pub minutes: u8,
    /// Who can answer it.
    pub perspectives: &'static [Perspective],
    /// The factors or subscales.
    pub factors: &'static [Factor],
    /// The statements, in the order they are asked.
    pub items: &'static [Item],
    /// The answer scale shared by all items.
    pub scale: Scale,
}

impl Instrument {
    /// Index of the perspective with this id.
    pub fn perspective_index(&self, id: &str) -> Option<usize> {
        self.perspectives.iter().position(|perspective| perspective.id == id)
    }

    /// Item text for a perspective index, in the page's language; falls back to the first perspective's text.
    pub fn item_text(&self, item: usize, perspective: usize) -> &'static str {
        self.items
            .get(item)
            .and_then(|item| item.texts.get(perspective).or_else(|| item.texts.first()))
            .map_or("", |text| crate::i18n::tr(text))
    }

    /// Indices of the items that belong to `factor`, in asking order.
    pub fn items_of(&self, factor: usize) -> impl Iterator<Item = usize> + '_ {
        self.items.iter().enumerate().filter(move |(_, item)| item.factor == factor).map(|(index, _)| index)
    }
}
