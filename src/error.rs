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
    /// The markup builds a tree out of proportion to its size. Formatting elements left
    /// open (`<b>`, `<font>`, ...) are copied by the parser into every new block, as the
    /// HTML standard says, so 175 KB of them can ask for gigabytes; extraction stops once
    /// the tree holds more nodes and attributes than one per input byte plus 65,536, or
    /// than the memory budget allows (eight bytes per input byte plus 64 MiB in all, which
    /// only markup denser than any real page reaches: a million `<br>` in 4 MB).
    #[error("markup of {size} bytes builds a tree of more than {limit} nodes and attributes")]
    TreeTooLarge {
        /// Size of the (decoded) input in bytes.
        size: usize,
        /// The nodes and attributes it was allowed.
        limit: usize,
    },
    /// A WARC record (or the file) is not well-formed: not WARC at all, a header that never
    /// ends, a `Content-Length` that is not a byte count, a block cut short.
    #[error("malformed WARC data: {reason}")]
    MalformedWarc {
        /// What was wrong.
        reason: String,
    },
    /// Compressed data (a gzip member, a `Content-Encoding: gzip` body) cannot be inflated,
    /// or uses a coding this crate does not read.
    #[error("corrupt or unsupported compressed data: {reason}")]
    CorruptCompression {
        /// What the decoder objected to.
        reason: String,
    },
    /// Compressed input inflates to more than the limit (`Options::max_input_bytes` for a
    /// page): reading stopped there, so a small file that inflates to gigabytes costs no
    /// more memory than the limit.
    #[error("compressed input inflates to more than the limit of {limit} bytes")]
    InflatesTooLarge {
        /// The limit, in bytes.
        limit: usize,
    },
    /// The input is binary data (an image, an archive, an executable, random bytes), not a
    /// page: it starts with a known binary signature, or has the control bytes of binary
    /// data in its first 1445 bytes, as the WHATWG MIME Sniffing standard tells them apart.
    /// Only input of unknown type is sniffed: bytes given with an HTML or XML `Content-Type`
    /// are read as markup whatever they hold.
    #[error("input is binary data, not a page: {reason}")]
    BinaryInput {
        /// What gave it away.
        reason: String,
    },
    /// The page is not in [`Options::target_language`](crate::Options::target_language).
    #[error("page is in {found:?}, not in {expected:?}")]
    WrongLanguage {
        /// The language asked for, as given.
        expected: String,
        /// The page's language (`Metadata::language`).
        found: String,
    },
    /// The input could not be read.
    #[error("read error: {reason}")]
    Read {
        /// The I/O error's message.
        reason: String,
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
