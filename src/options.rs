//! Extraction options.

/// How much to keep when a block's status is uncertain.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mode {
    /// Keep only blocks that are clearly content: fewer chrome lines, some content lost.
    Precision,
    /// The default trade-off between precision and recall.
    #[default]
    Balanced,
    /// Keep borderline blocks too: more content, some chrome lines may come along.
    Recall,
}

impl std::str::FromStr for Mode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "precision" => Ok(Mode::Precision),
            "balanced" => Ok(Mode::Balanced),
            "recall" => Ok(Mode::Recall),
            other => Err(format!(
                "unknown mode {other:?} (expected precision, balanced or recall)"
            )),
        }
    }
}

/// Options for an [`Extractor`](crate::Extractor).
///
/// The defaults suit crawling arbitrary pages:
///
/// | option | default |
/// |---|---|
/// | `mode` | [`Mode::Balanced`] |
/// | `max_input_bytes` | 64 MiB |
/// | `max_depth` | 512 (as Blink and WebKit) |
/// | `max_nodes` | 4,000,000 |
///
/// ```
/// use dechrome::{Mode, Options};
/// let options = Options::default().with_mode(Mode::Precision).with_max_input_bytes(1 << 20);
/// assert_eq!(options.mode, Mode::Precision);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Precision / recall trade-off.
    pub mode: Mode,
    /// Inputs longer than this many bytes fail with [`Error::InputTooLarge`](crate::Error).
    pub max_input_bytes: usize,
    /// Elements nested deeper than this are flattened into their ancestor at this depth.
    pub max_depth: u32,
    /// Documents with more nodes than this fail with [`Error::TooManyNodes`](crate::Error).
    pub max_nodes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            mode: Mode::Balanced,
            max_input_bytes: 64 * 1024 * 1024,
            max_depth: 512,
            max_nodes: 4_000_000,
        }
    }
}

impl Options {
    /// Sets the extraction mode.
    pub fn with_mode(mut self, mode: Mode) -> Self {
        self.mode = mode;
        self
    }
    /// Sets the maximum input size in bytes.
    pub fn with_max_input_bytes(mut self, bytes: usize) -> Self {
        self.max_input_bytes = bytes;
        self
    }
    /// Sets the maximum element nesting depth (at least 2).
    pub fn with_max_depth(mut self, depth: u32) -> Self {
        self.max_depth = depth.max(2);
        self
    }
    /// Sets the maximum number of DOM nodes.
    pub fn with_max_nodes(mut self, nodes: usize) -> Self {
        self.max_nodes = nodes;
        self
    }
}
