#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

// The pipeline, stage by stage (each module's own documentation says why it works the way
// it does):
//
// bytes ─ sniff, decode ─▶ text ─ parse, streamed, mojibake ─▶ dom (arena + kept mask)
//   ─ prune (hard) ─▶ names (class/id signals) ─▶ metadata (page type, title, ...) ─▶ page
//   ─ ladder: prune (names) ─▶ features ─▶ blocks ─▶ select, with fallbacks ─▶ content
//   ─ render (text, Markdown, HTML) ─▶ article
//
// `extractor` runs it; `rules` holds the word lists, thresholds and rule switches every
// heuristic stage reads.

// Input: binary sniffing, charset decoding, parsing into the arena and repairing the tree.
mod decode;
mod dom;
mod mojibake;
mod parse;
mod sniff;
mod streamed;
#[cfg(feature = "warc")]
mod warc;

// Reading the page: pruning, class/id names, metadata, and what selection sees of it.
mod metadata;
mod names;
mod page;
mod prune;
mod threads;

// Choosing the content: text sizes, blocks, container selection and the fallback ladder.
mod blocks;
mod features;
mod ladder;
mod select;

// Output: the content tree and its renderings.
mod article;
mod content;
mod language;
mod math;
mod render;

// The pipeline itself, its options and errors, and the heuristics as data.
mod error;
mod extractor;
mod options;
mod rules;

#[doc(hidden)]
pub mod debug;

pub use article::Article;
pub use decode::EncodingSource;
pub use error::Error;
pub use extractor::Extractor;
pub use metadata::{Metadata, PageType};
pub use options::{Mode, Options};
#[doc(hidden)]
pub use rules::{RuleId, RuleSet};
#[cfg(feature = "warc")]
pub use warc::{inflate_limited, WarcError, WarcPage, WarcReader};

/// Extracts the main content of `html` with the default [`Options`].
///
/// ```
/// let html = r#"<html><head><title>Rain returns | Daily Bugle</title></head><body>
///   <nav><a href="/">Home</a> <a href="/news">News</a></nav>
///   <article><h1>Rain returns</h1>
///     <p>After a dry month, steady rain is expected across the region from Tuesday,
///        forecasters said, with the heaviest falls in the hills.</p>
///     <p>Farmers welcomed the news, though some warned it came too late for the harvest.</p>
///   </article>
///   <footer>© Daily Bugle</footer></body></html>"#;
/// let article = dechrome::extract(html)?;
/// assert_eq!(article.title(), Some("Rain returns"));
/// assert!(article.text().contains("steady rain"));
/// assert!(!article.text().contains("Home"));
/// # Ok::<(), dechrome::Error>(())
/// ```
pub fn extract(html: &str) -> Result<Article, Error> {
    Extractor::default().extract(html)
}

/// The metadata of an HTML document alone, with the default [`Options`]: see
/// [`Extractor::extract_metadata`].
pub fn extract_metadata(html: &str) -> Result<Metadata, Error> {
    Extractor::default().extract_metadata(html)
}

/// Extracts the main content of an HTML document given as bytes, with the default
/// [`Options`]. `content_type` is the HTTP `Content-Type` header, if known; its charset
/// outranks the page's own `<meta>` declaration, as in browsers.
///
/// ```
/// // "café" in windows-1252, declared by the page itself.
/// let html = b"<meta charset=windows-1252><p>Le caf\xe9 du coin ouvre ses portes ce matin, \
///              avec un menu nouveau et des prix doux.</p>";
/// let article = dechrome::extract_bytes(html, None)?;
/// assert!(article.text().contains("café"));
/// assert_eq!(article.encoding(), "windows-1252");
/// # Ok::<(), dechrome::Error>(())
/// ```
pub fn extract_bytes(bytes: &[u8], content_type: Option<&str>) -> Result<Article, Error> {
    Extractor::default().extract_bytes(bytes, content_type)
}
