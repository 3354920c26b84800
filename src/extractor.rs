//! The pipeline: decode, parse, prune, measure, select, render; metadata alongside.

use html5ever::local_name;

use crate::article::Article;
use crate::content::{base_url, build, Content, Include};
use crate::decode::{decode, Decoded, EncodingSource};
use crate::dom::{Document, NodeId, DOCUMENT};
use crate::error::Error;
use crate::ladder::{choose_content, Chosen, Pick};
use crate::language::{primary_code, same_language};
use crate::metadata::{page_facts, Metadata, PageFacts, PageType};
use crate::mojibake::repair_text_nodes;
use crate::names::name_signals;
use crate::options::Options;
use crate::page::Page;
use crate::parse::{parse, ParseLimits};
use crate::prune::{prune_customer_reviews, prune_hard, prune_structures};
use crate::render::plain_text;
use crate::rules::{RuleId, Rules};
use crate::sniff::{binary_reason, declares_markup};
use crate::streamed::place_streamed_segments;
use crate::threads::comments_text;
/// Extracts articles with a fixed set of [`Options`].
///
/// An `Extractor` holds no per-page state: it is `Send + Sync`, cheap to clone, and one
/// instance can serve many threads.
///
/// ```
/// use dechrome::{Extractor, Mode, Options};
/// let extractor = Extractor::new(Options::default().with_mode(Mode::Precision));
/// let html = "<html><body><article><p>Only the article text stays here, \
///             long enough to count as a paragraph of content.</p></article>\
///             <footer>Copyright</footer></body></html>";
/// let article = extractor.extract(html)?;
/// assert!(article.text().starts_with("Only the article text"));
/// assert!(!article.text().contains("Copyright"));
/// # Ok::<(), dechrome::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct Extractor {
    options: Options,
    /// The options' mode thresholds and rules, read once.
    rules: Rules,
}

impl Extractor {
    /// An extractor with the given options.
    pub fn new(options: Options) -> Self {
        let rules = Rules::new(&options);
        Extractor { options, rules }
    }

    /// The options this extractor applies.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Extracts the main content of an HTML document given as text.
    pub fn extract(&self, html: &str) -> Result<Article, Error> {
        self.check_size(html.len())?;
        self.run(html, "UTF-8", EncodingSource::Text)
    }

    /// Extracts the main content of an HTML document given as bytes. The encoding is taken
    /// from a byte-order mark, the `charset` of `content_type` (an HTTP `Content-Type`
    /// value), a `<meta>` declaration, or a guess, in that order. Unless `content_type`
    /// names HTML or XML, binary data (an image, an archive, random bytes) is
    /// [`Error::BinaryInput`] instead of a page of control characters.
    pub fn extract_bytes(
        &self,
        bytes: &[u8],
        content_type: Option<&str>,
    ) -> Result<Article, Error> {
        let decoded = self.decode_page(bytes, content_type)?;
        self.run(&decoded.text, decoded.encoding.name(), decoded.source)
    }

    /// Extracts a page read from a WARC file: decoded by its HTTP `Content-Type`, its
    /// links resolved against its target URI (unless [`Options::url`] is set, or the URI is
    /// not an absolute URL).
    ///
    /// ```
    /// let page = "<html><body><article><p>The harbour office publishes its tide tables \
    ///             <a href='/tides'>online</a> from today.</p></article></body></html>";
    /// let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{page}");
    /// let warc = format!(
    ///     "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n\
    ///      WARC-Target-URI: https://harbour.example/news\r\nContent-Length: {}\r\n\r\n\
    ///      {http}\r\n\r\n",
    ///     http.len()
    /// );
    /// let record = dechrome::WarcReader::new(warc.as_bytes()).next().expect("a page")?;
    /// let article = dechrome::Extractor::default().extract_warc_page(&record)?;
    /// assert!(article.markdown().contains("(https://harbour.example/tides)"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "warc")]
    pub fn extract_warc_page(&self, page: &crate::WarcPage) -> Result<Article, Error> {
        let own_url = page
            .target_uri
            .as_deref()
            .filter(|_| self.options.url.is_none())
            .filter(|uri| url::Url::parse(uri).is_ok());
        let content_type = page.content_type.as_deref();
        match own_url {
            Some(uri) => Extractor::new(self.options.clone().with_url(uri))
                .extract_bytes(&page.body, content_type),
            None => self.extract_bytes(&page.body, content_type),
        }
    }

    /// The page's metadata alone (title, authors, dates, site, declared language, ...),
    /// without choosing its content: cheaper than [`extract`](Self::extract) when only
    /// the metadata is wanted. With no text read, `language` is the declared one's primary
    /// subtag.
    ///
    /// ```
    /// let html = "<html lang=en-GB><head><title>Tide tables - Harbour Office</title>\
    ///             <meta property=og:site_name content='Harbour Office'>\
    ///             <meta name=author content='Ann Lee'></head><body><p>...</p></body></html>";
    /// let meta = dechrome::Extractor::default().extract_metadata(html)?;
    /// assert_eq!(meta.title.as_deref(), Some("Tide tables"));
    /// assert_eq!(meta.authors, ["Ann Lee"]);
    /// assert_eq!(meta.language.as_deref(), Some("en"));
    /// # Ok::<(), dechrome::Error>(())
    /// ```
    pub fn extract_metadata(&self, html: &str) -> Result<Metadata, Error> {
        self.check_size(html.len())?;
        self.read_metadata(html)
    }

    /// [`extract_metadata`](Self::extract_metadata) for bytes, decoded and sniffed as
    /// [`extract_bytes`](Self::extract_bytes) does.
    pub fn extract_metadata_bytes(
        &self,
        bytes: &[u8],
        content_type: Option<&str>,
    ) -> Result<Metadata, Error> {
        let decoded = self.decode_page(bytes, content_type)?;
        self.read_metadata(&decoded.text)
    }

    /// `bytes` checked against the size limit, decoded, and sniffed for binary data unless
    /// `content_type` names markup.
    fn decode_page<'b>(
        &self,
        bytes: &'b [u8],
        content_type: Option<&str>,
    ) -> Result<Decoded<'b>, Error> {
        self.check_size(bytes.len())?;
        let decoded = decode(bytes, content_type);
        if !content_type.is_some_and(declares_markup) {
            if let Some(reason) = binary_reason(bytes, &decoded.text) {
                return Err(Error::BinaryInput { reason });
            }
        }
        Ok(decoded)
    }

    fn read_metadata(&self, html: &str) -> Result<Metadata, Error> {
        let page_url = self.page_url()?;
        let doc = parse_page(html, &self.options)?;
        let root = content_root(&doc);
        let hard = prune_hard(&doc, root, &self.rules);
        let signals = name_signals(&doc, root, &hard, &self.rules);
        let mut metadata = page_facts(&doc, &signals, page_url.as_ref()).metadata;
        metadata.language = metadata.declared_language.as_deref().and_then(primary_code);
        Ok(metadata)
    }

    /// [`Options::url`] parsed; an error when it is not an absolute URL.
    fn page_url(&self) -> Result<Option<url::Url>, Error> {
        self.options
            .url
            .as_deref()
            .map(|raw| {
                url::Url::parse(raw).map_err(|e| Error::InvalidUrl {
                    url: raw.to_string(),
                    reason: e.to_string(),
                })
            })
            .transpose()
    }

    fn check_size(&self, size: usize) -> Result<(), Error> {
        if size > self.options.max_input_bytes {
            return Err(Error::InputTooLarge {
                size,
                limit: self.options.max_input_bytes,
            });
        }
        Ok(())
    }

    fn run(
        &self,
        html: &str,
        encoding: &'static str,
        source: EncodingSource,
    ) -> Result<Article, Error> {
        let page_url = self.page_url()?;
        let doc = parse_page(html, &self.options)?;
        let Analysis {
            root,
            metadata,
            declared_body,
            chosen,
        } = analyse(&doc, &self.options, &self.rules, page_url.as_ref());
        let (text, content) = match (chosen.pick, declared_body) {
            (Pick::DeclaredBody, Some(body)) => (body.clone(), Content::from_paragraphs(&body)),
            _ => {
                let text = plain_text(&chosen.blocks, &chosen.selection.blocks);
                let content = build(
                    &doc,
                    root,
                    &chosen.selection.roots,
                    &chosen.pruned,
                    &chosen.blocks,
                    &chosen.selection.blocks,
                    Include {
                        images: self.options.images,
                        links: self.options.links,
                    },
                    base_url(&doc, page_url.as_ref()).as_ref(),
                );
                (text, content)
            }
        };
        let comments = if self.options.comments {
            // Threads found as elements, then a thread found under its heading.
            let under_heading = (!chosen.selection.thread_blocks.is_empty())
                .then(|| plain_text(&chosen.blocks, &chosen.selection.thread_blocks));
            let parts: Vec<String> =
                comments_text(&doc, &chosen.threads, &chosen.hard, &self.rules)
                    .into_iter()
                    .chain(under_heading)
                    .filter(|text| !text.is_empty())
                    .collect();
            (!parts.is_empty()).then(|| parts.join("\n\n"))
        } else {
            None
        };
        let article = Article::new(text, metadata, encoding, source, content, comments);
        // The language is read from the text when first asked for; a target asks now.
        if let Some(expected) = &self.options.target_language {
            if let Some(found) = &article.metadata().language {
                if !same_language(expected, found) {
                    return Err(Error::WrongLanguage {
                        expected: expected.clone(),
                        found: found.clone(),
                    });
                }
            }
        }
        Ok(article)
    }
}

/// The `<body>` (or the root element of a body-less document such as a frameset).
pub(crate) fn content_root(doc: &Document) -> NodeId {
    let html = doc.children(DOCUMENT).find(|&c| doc.element(c).is_some());
    let Some(html) = html else { return DOCUMENT };
    doc.children(html)
        .find(|&c| doc.tag(c) == Some(&local_name!("body")))
        .unwrap_or(html)
}

/// Parses `html` under the options' limits (script bodies elided) and repairs the tree:
/// streamed server-rendered segments moved into place, double-encoded UTF-8 put back.
pub(crate) fn parse_page(html: &str, options: &Options) -> Result<Document, Error> {
    let limits = ParseLimits {
        max_depth: options.max_depth,
        max_nodes: options.max_nodes,
        elide_scripts: true,
        close_runaway_raw_text: true,
    };
    let mut doc = parse(html, limits)?;
    place_streamed_segments(&mut doc);
    repair_text_nodes(&mut doc);
    Ok(doc)
}

/// What the pipeline read from a parsed page: its body, its metadata and the chosen
/// content. [`Extractor`] renders it; the debugging aids print it.
pub(crate) struct Analysis {
    pub(crate) root: NodeId,
    pub(crate) metadata: Metadata,
    /// The article text the page's JSON-LD declares (`articleBody`), if any.
    pub(crate) declared_body: Option<String>,
    pub(crate) chosen: Chosen,
}

/// The pipeline after parsing: hard pruning, class/id signals, metadata (whose page type
/// steers selection), then the fallback ladder.
pub(crate) fn analyse(
    doc: &Document,
    options: &Options,
    rules: &Rules,
    page_url: Option<&url::Url>,
) -> Analysis {
    let root = content_root(doc);
    let mut hard = prune_hard(doc, root, rules);
    if !options.tables || !options.lists {
        prune_structures(doc, root, &mut hard, options);
    }
    let signals = name_signals(doc, root, &hard, rules);
    let PageFacts {
        metadata,
        declared_body,
        headline,
    } = page_facts(doc, &signals, page_url);
    if metadata.page_type == Some(PageType::Product) && rules.on(RuleId::CustomerReviews) {
        prune_customer_reviews(doc, root, &mut hard, &signals);
    }
    let page = Page {
        doc,
        root,
        signals: &signals,
        page_type: metadata.page_type,
        title: headline.as_deref(),
        rules,
    };
    let chosen = choose_content(&page, hard, options, declared_body.is_some());
    Analysis {
        root,
        metadata,
        declared_body,
        chosen,
    }
}
