//! Extraction options.

use crate::rules::{RuleId, RuleSet};

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
/// | `url` | none: relative links stay relative unless the page has a `<base href>` |
/// | `images` | `true`: images in the content appear in Markdown and HTML |
/// | `links` | `true`: links in the content stay links in Markdown and HTML |
/// | `tables` | `true`: tables in the content are kept |
/// | `lists` | `true`: lists in the content are kept |
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
    /// Documents with more nodes than this fail with [`Error::TooManyNodes`](crate::Error)
    /// (node ids are 32-bit: values above 2,147,483,647 act as that).
    pub max_nodes: usize,
    /// The page's own URL: relative links and image sources are resolved against it (or
    /// against the page's `<base href>`, itself resolved against it). Must be absolute, or
    /// extraction fails with [`Error::InvalidUrl`](crate::Error).
    pub url: Option<String>,
    /// Keep images (`img` with a usable `src`) in Markdown and HTML output.
    pub images: bool,
    /// Keep links in Markdown and HTML output; when off, their text stays as plain text.
    pub links: bool,
    /// Keep tables; when off, tables are left out of every output.
    pub tables: bool,
    /// Keep lists (`ul`, `ol`, `dl`); when off, lists are left out of every output.
    pub lists: bool,
    /// Keep figure and image captions (`figcaption`, caption-named boxes on articles). Off by
    /// default: on the shared gold sets captions are mostly not part of the article (keeping
    /// them lowers bag-of-words F1 on news pages by about 0.005).
    pub captions: bool,
    /// Extract the page's comment thread into [`Article::comments`](crate::Article::comments).
    /// Comments are never part of the main content; off by default, since finding their
    /// text costs a second look at the thread.
    pub comments: bool,
    /// Only pages in this language (a tag such as `de` or `pt-BR`; its primary subtag is
    /// compared) are extracted; a page whose text, or failing a confident reading its
    /// markup, is in another language fails with
    /// [`Error::WrongLanguage`](crate::Error::WrongLanguage). A page whose language cannot
    /// be told passes.
    pub target_language: Option<String>,
    /// Rules switched off, to measure what each is worth. Not part of the stable API.
    #[doc(hidden)]
    pub disabled_rules: RuleSet,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            mode: Mode::Balanced,
            max_input_bytes: 64 * 1024 * 1024,
            max_depth: 512,
            max_nodes: 4_000_000,
            url: None,
            images: true,
            links: true,
            tables: true,
            lists: true,
            captions: false,
            comments: false,
            target_language: None,
            disabled_rules: RuleSet::default(),
        }
    }
}

impl Options {
    /// Sets the extraction mode.
    ///
    /// Default: [`Mode::Balanced`].
    #[must_use]
    pub fn with_mode(mut self, mode: Mode) -> Self {
        self.mode = mode;
        self
    }
    /// Sets the maximum input size in bytes.
    ///
    /// Default: 64 MiB.
    #[must_use]
    pub fn with_max_input_bytes(mut self, bytes: usize) -> Self {
        self.max_input_bytes = bytes;
        self
    }
    /// Sets the maximum element nesting depth (at least 2).
    ///
    /// Default: 512.
    #[must_use]
    pub fn with_max_depth(mut self, depth: u32) -> Self {
        self.max_depth = depth.max(2);
        self
    }
    /// Sets the maximum number of DOM nodes.
    ///
    /// Default: 4,000,000.
    #[must_use]
    pub fn with_max_nodes(mut self, nodes: usize) -> Self {
        self.max_nodes = nodes;
        self
    }
    /// Sets the page's URL, against which relative links and images are resolved.
    ///
    /// Default: none.
    #[must_use]
    pub fn with_url(mut self, url: impl Into<String>) -> Self {
        self.url = Some(url.into());
        self
    }
    /// Keeps or leaves out images in Markdown and HTML output.
    ///
    /// Default: `true`.
    #[must_use]
    pub fn with_images(mut self, keep: bool) -> Self {
        self.images = keep;
        self
    }
    /// Keeps links in Markdown and HTML output, or turns them into plain text.
    ///
    /// Default: `true`.
    #[must_use]
    pub fn with_links(mut self, keep: bool) -> Self {
        self.links = keep;
        self
    }
    /// Keeps or leaves out tables.
    ///
    /// Default: `true`.
    #[must_use]
    pub fn with_tables(mut self, keep: bool) -> Self {
        self.tables = keep;
        self
    }
    /// Keeps or leaves out lists.
    ///
    /// Default: `true`.
    #[must_use]
    pub fn with_lists(mut self, keep: bool) -> Self {
        self.lists = keep;
        self
    }
    /// Keeps or leaves out figure and image captions.
    ///
    /// Default: `false` (left out).
    ///
    /// ```
    /// use dechrome::{Extractor, Options};
    ///
    /// let page = "<article><p>The crane was lifted onto its new rails on Tuesday, after \
    ///     three weeks of work.</p><figure><img src=crane.jpg><figcaption>The crane at \
    ///     dawn.</figcaption></figure></article>";
    /// let with = Extractor::new(Options::default().with_captions(true)).extract(page)?;
    /// assert!(with.text().contains("The crane at dawn."));
    /// let without = dechrome::extract(page)?;
    /// assert!(!without.text().contains("The crane at dawn."));
    /// # Ok::<(), dechrome::Error>(())
    /// ```
    #[must_use]
    pub fn with_captions(mut self, keep: bool) -> Self {
        self.captions = keep;
        self
    }
    /// Extracts the page's comment thread apart from the main content, into
    /// [`Article::comments`](crate::Article::comments).
    ///
    /// Default: `false`.
    ///
    /// ```
    /// use dechrome::{Extractor, Options};
    ///
    /// let post = "<article><h1>Ice on the pond</h1><p>The pond froze over on Sunday night, \
    ///     thick enough by noon for the ducks to stand on it, and the heron left.</p></article>\
    ///     <div id=comments><div class=comment><p>Our pond froze the same night, and \
    ///     the goldfish seemed not to mind at all.</p></div></div>";
    /// let article = Extractor::new(Options::default().with_comments(true)).extract(post)?;
    /// assert!(article.text().starts_with("The pond froze over"));
    /// assert!(!article.text().contains("goldfish"));
    /// assert!(article.comments().is_some_and(|c| c.contains("the goldfish seemed")));
    /// # Ok::<(), dechrome::Error>(())
    /// ```
    #[must_use]
    pub fn with_comments(mut self, extract: bool) -> Self {
        self.comments = extract;
        self
    }
    /// Extracts only pages in `language` (`"de"`, `"pt-BR"`: the primary subtag is compared
    /// with the text's detected language, or without a confident detection with the
    /// declared one); others fail with [`Error::WrongLanguage`](crate::Error::WrongLanguage),
    /// so a corpus builder can drop them. A page whose language cannot be told passes.
    ///
    /// Default: no filter.
    ///
    /// ```
    /// # #[cfg(feature = "language")] {
    /// use dechrome::{Error, Extractor, Options};
    ///
    /// let page = "<html lang=en><article><p>Die Brücke über den Hafen ist nach zwei Jahren \
    ///     Reparatur wieder für den Verkehr geöffnet worden, und die Pendler aus dem Norden \
    ///     sparen jeden Morgen zwanzig Minuten.</p></article></html>";
    /// let german = Extractor::new(Options::default().with_target_language("de"));
    /// assert_eq!(german.extract(page)?.metadata().language.as_deref(), Some("de"));
    /// let english = Extractor::new(Options::default().with_target_language("en"));
    /// assert!(matches!(english.extract(page), Err(Error::WrongLanguage { .. })));
    /// # }
    /// # Ok::<(), dechrome::Error>(())
    /// ```
    #[must_use]
    pub fn with_target_language(mut self, language: impl Into<String>) -> Self {
        self.target_language = Some(language.into());
        self
    }
    /// Switches one rule off, to measure what it is worth (`evaluate --ablate`). Not part
    /// of the stable API.
    #[doc(hidden)]
    ///
    /// Default: every rule on.
    #[must_use]
    pub fn with_rule_disabled(mut self, rule: RuleId) -> Self {
        self.disabled_rules = self.disabled_rules.with(rule);
        self
    }
}
