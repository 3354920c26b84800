//! The crate's one error type.

/// Why an extraction failed.
///
/// Every failure is reported through this enum; the library never panics on input.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than [`Options::max_input_bytes`](crate::Options::max_input_bytes).
    #[error("input is {size} bytes, over the limit of {limit} bytes")]
    InputTooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The configured limit.
        limit: usize,
    },
    /// The parsed document has more nodes than [`Options::max_nodes`](crate::Options::max_nodes).
    #[error("document has more than {limit} nodes")]
    TooManyNodes {
        /// The configured limit.
        limit: usize,
    },
    /// [`Options::url`](crate::Options::url) is not an absolute URL.
    #[error("page URL {url:?} is not an absolute URL: {reason}")]
    InvalidUrl {
        /// The URL as given.
        url: String,
        /// What the URL parser objected to.
        reason: String,
    },
}
