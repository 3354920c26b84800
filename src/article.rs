//! The result of an extraction.

use std::sync::OnceLock;

use crate::content::Content;
use crate::decode::EncodingSource;
use crate::language;
use crate::metadata::Metadata;
use crate::render::{
    html::html,
    markdown::{heading, markdown},
};

/// The main content of a page and its metadata.
///
/// With the `serde` feature, an `Article` serializes as an object with the fields `title`,
/// `text`, `markdown`, `html`, `metadata` (a [`Metadata`] object), `encoding` and
/// `comments` (null unless asked for and found):
///
/// ```
/// # #[cfg(feature = "serde")] {
/// let article = dechrome::extract("<title>Hi</title><p>Some text of the page, long \
///                                  enough to be its content.</p>")?;
/// let json = serde_json::to_value(&article).unwrap();
/// assert_eq!(json["title"], "Hi");
/// assert_eq!(json["metadata"]["title"], "Hi");
/// assert!(json["markdown"].as_str().unwrap().starts_with("Some text"));
/// # }
/// # Ok::<(), dechrome::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Article {
    pub(crate) text: String,
    /// The metadata, its `language` not yet read from the text.
    pub(crate) page_metadata: Metadata,
    /// The metadata with the text's language, made when first asked for: detecting the
    /// language is about a tenth of a millisecond a page, a twentieth of a whole extraction,
    /// and callers that want only the text should not pay for it.
    pub(crate) metadata: OnceLock<Metadata>,
    pub(crate) encoding: &'static str,
    pub(crate) encoding_source: EncodingSource,
    /// The structure of the content, rendered on demand.
    pub(crate) content: Content,
    /// The comment thread's text, when asked for and found.
    pub(crate) comments: Option<String>,
}

#[cfg(feature = "serde")]
impl serde::Serialize for Article {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Article", 7)?;
        s.serialize_field("title", &self.title())?;
        s.serialize_field("text", &self.text)?;
        s.serialize_field("markdown", &self.markdown())?;
        s.serialize_field("html", &self.html())?;
        s.serialize_field("metadata", self.metadata())?;
        s.serialize_field("encoding", &self.encoding)?;
        s.serialize_field("comments", &self.comments)?;
        s.end()
    }
}

/// Two articles are equal when what they return is: their metadata compares with the
/// language read, whichever of the two has been asked for it yet.
impl PartialEq for Article {
    fn eq(&self, other: &Self) -> bool {
        self.content == other.content
            && self.text == other.text
            && self.encoding == other.encoding
            && self.encoding_source == other.encoding_source
            && self.comments == other.comments
            && self.metadata() == other.metadata()
    }
}

impl Eq for Article {}

impl Article {
    /// An article whose metadata's `language` is read from `text` when first asked for.
    pub(crate) fn new(
        text: String,
        page_metadata: Metadata,
        encoding: &'static str,
        encoding_source: EncodingSource,
        content: Content,
        comments: Option<String>,
    ) -> Self {
        Self {
            text,
            page_metadata,
            metadata: OnceLock::new(),
            encoding,
            encoding_source,
            content,
            comments,
        }
    }

    /// The page's headline, if it has one (same as `metadata().title`).
    pub fn title(&self) -> Option<&str> {
        self.page_metadata.title.as_deref()
    }

    /// The main content as plain text: paragraphs separated by a blank line.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The main content as Markdown (CommonMark, with GFM tables): headings, lists, tables,
    /// fenced code blocks, quotes, emphasis, and links and images unless
    /// [`Options`](crate::Options) turn them off. Rendered on each call.
    ///
    /// ```
    /// let html = "<article><h2>Steps</h2><p>Mix the <em>flour</em> and the water \
    ///             until the dough is smooth and elastic.</p><ul><li>Rest it</li>\
    ///             <li>Bake it</li></ul></article>";
    /// let md = dechrome::extract(html)?.markdown();
    /// assert!(md.contains("## Steps"));
    /// assert!(md.contains("Mix the *flour* and the water"));
    /// assert!(md.contains("- Rest it\n- Bake it"));
    /// # Ok::<(), dechrome::Error>(())
    /// ```
    pub fn markdown(&self) -> String {
        markdown(&self.content)
    }

    /// The page as one Markdown document: the title as a `#` heading (escaped, so a title
    /// such as `<script>` or `C# #` reads as text), a blank line, then
    /// [`markdown`](Self::markdown). Without a title it is the content alone.
    ///
    /// ```
    /// let html = "<title>Tags &lt;b&gt; and *stars*</title><article><p>A page whose \
    ///             title looks like markup, with a paragraph long enough to keep.</p></article>";
    /// let md = dechrome::extract(html)?.markdown_with_title();
    /// assert!(md.starts_with("# Tags \\<b\\> and \\*stars\\*\n\nA page whose"));
    /// # Ok::<(), dechrome::Error>(())
    /// ```
    pub fn markdown_with_title(&self) -> String {
        let body = self.markdown();
        match self.title().filter(|t| !t.trim().is_empty()) {
            Some(title) if body.is_empty() => heading(1, title),
            Some(title) => format!("{}\n\n{body}", heading(1, title)),
            None => body,
        }
    }

    /// The main content as clean HTML: only `p`, `h1`–`h6`, lists, tables, `pre`/`code`,
    /// `blockquote`, `figure`/`figcaption`, `a[href]`, `img[src alt]`, `em`, `strong` and
    /// `br`, with URLs resolved against the page's base. Rendered on each call.
    ///
    /// ```
    /// let html = "<article><p onclick='steal()'>A paragraph with a \
    ///             <a href='/next' style='color:red'>link</a> in it, long enough \
    ///             to be the content of this page.</p><script>x()</script></article>";
    /// let options = dechrome::Options::default().with_url("https://example.com/a/");
    /// let clean = dechrome::Extractor::new(options).extract(html)?.html();
    /// assert!(clean.starts_with("<p>A paragraph with a <a href=\"https://example.com/next\">"));
    /// assert!(!clean.contains("onclick") && !clean.contains("script"));
    /// # Ok::<(), dechrome::Error>(())
    /// ```
    pub fn html(&self) -> String {
        html(&self.content)
    }

    /// The page's comment thread as plain text, one block per paragraph of each comment, when
    /// [`Options::with_comments`](crate::Options::with_comments) asked for it and the page
    /// has one (named as such, or sibling items with a comment's date, reply link, avatar
    /// or permalink beside the post). Comments are never part of [`Article::text`].
    pub fn comments(&self) -> Option<&str> {
        self.comments.as_deref()
    }

    /// Everything the page says about itself: title, authors, date, site, language, ...
    ///
    /// The text's language is detected on the first call (unless a target language had it
    /// read during extraction), so callers that want only the text do not pay for it.
    pub fn metadata(&self) -> &Metadata {
        self.metadata.get_or_init(|| {
            let mut metadata = self.page_metadata.clone();
            metadata.language =
                language::of_text(&self.text, metadata.declared_language.as_deref());
            metadata
        })
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
