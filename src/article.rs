//! The result of an extraction.

use crate::decode::EncodingSource;
use crate::metadata::Metadata;

/// The main content of a page and its metadata.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Article {
    pub(crate) text: String,
    pub(crate) metadata: Metadata,
    pub(crate) encoding: &'static str,
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) encoding_source: EncodingSource,
}

impl Article {
    /// The page's headline, if it has one (same as `metadata().title`).
    pub fn title(&self) -> Option<&str> {
        self.metadata.title.as_deref()
    }

    /// The main content as plain text: paragraphs separated by a blank line.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Everything the page says about itself: title, authors, date, site, language, ...
    pub fn metadata(&self) -> &Metadata {
        &self.metadata
    }

    /// The encoding the input was decoded from (`"UTF-8"` for `&str` input).
    pub fn encoding(&self) -> &'static str {
        self.encoding
    }

    /// How that encoding was chosen.
    pub fn encoding_source(&self) -> EncodingSource {
        self.encoding_source
    }
}
