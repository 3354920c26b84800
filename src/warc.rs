//! The HTML pages of a web archive: WARC/1.0 and 1.1 files, plain, gzipped per record (as
//! Common Crawl ships them) or gzipped whole, read with bounded memory.
//!
//! [`WarcReader`] reads one record at a time and yields one item per HTML `response` record:
//! the page, or the reason it could not be read, with the offset of its record. Nothing in
//! the input can make it panic, allocate more than its limits, or stop early: a malformed
//! record is an error item, and reading resumes at the next record boundary it can find
//! (the next gzip member of a per-record gzipped file, else the next `WARC/1.x` line).
//!
//! ```
//! let page = "<html><body><article><p>The harbour office publishes its tide \
//!             tables online from today.</p></article></body></html>";
//! let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{page}");
//! let warc = format!(
//!     "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n\
//!      WARC-Target-URI: https://harbour.example/tides\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
//!     http.len()
//! );
//! let mut pages = dechrome::WarcReader::new(warc.as_bytes());
//! let page = pages.next().expect("one page")?;
//! assert_eq!(page.target_uri.as_deref(), Some("https://harbour.example/tides"));
//! let article = dechrome::extract_bytes(&page.body, page.content_type.as_deref())?;
//! assert!(article.text().starts_with("The harbour office"));
//! assert!(pages.next().is_none());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::io::{self, Read};

use crate::error::Error;

/// Most bytes a WARC record's header or an HTTP response's header may take.
const MAX_HEADER_BYTES: usize = 256 * 1024;

/// Bytes read from the source at a time.
const CHUNK: usize = 64 * 1024;

/// One HTML page found in a WARC file.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct WarcPage {
    /// `WARC-Record-ID`, as written (`<urn:uuid:...>`).
    pub record_id: String,
    /// `WARC-Target-URI`, without angle brackets.
    pub target_uri: Option<String>,
    /// The HTTP `Content-Type` header, for its charset.
    pub content_type: Option<String>,
    /// The HTTP body, without chunked transfer coding and gzip/deflate content coding.
    pub body: Vec<u8>,
    /// Where the record starts in the uncompressed WARC data.
    pub offset: u64,
    /// Where the gzip member holding the start of the record starts in the file, when the
    /// file is gzipped (for a per-record gzipped file, the record's own offset).
    pub gzip_member_offset: Option<u64>,
}

/// A record, or the file, that could not be read, and where.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("WARC record at offset {offset}: {error}")]
#[non_exhaustive]
pub struct WarcError {
    /// Where the record starts in the uncompressed WARC data (or where reading failed).
    pub offset: u64,
    /// Where the gzip member holding that offset starts in the file, when it is gzipped.
    pub gzip_member_offset: Option<u64>,
    /// `WARC-Record-ID`, when the header got that far.
    pub record_id: Option<String>,
    /// `WARC-Target-URI`, when the header got that far.
    pub target_uri: Option<String>,
    /// What went wrong: [`Error::MalformedWarc`], [`Error::CorruptCompression`],
    /// [`Error::InputTooLarge`], [`Error::InflatesTooLarge`] or [`Error::Read`].
    pub error: Error,
}

/// Reads the HTML `response` records of a WARC file. Other record types and non-HTML
/// responses are skipped.
pub struct WarcReader<R: Read> {
    data: Buffer<Source<R>>,
    max_record_bytes: usize,
    /// Nothing read yet: the file must start with a record.
    at_start: bool,
    done: bool,
}

impl<R: Read> WarcReader<R> {
    /// A reader over `input`, gzipped or not (told by its first bytes), with records of at
    /// most 64 MiB.
    pub fn new(input: R) -> Self {
        WarcReader {
            data: Buffer::new(Source::Sniff(Some(Buffer::new(input)))),
            max_record_bytes: 64 * 1024 * 1024,
            at_start: true,
            done: false,
        }
    }

    /// Records whose block is longer than `bytes` ([`Error::InputTooLarge`]), and HTTP
    /// bodies that inflate past it ([`Error::InflatesTooLarge`]), are errors instead of
    /// pages.
    ///
    /// Default: 64 MiB, as [`Options::max_input_bytes`](crate::Options::max_input_bytes).
    #[must_use]
    pub fn with_max_record_bytes(mut self, bytes: usize) -> Self {
        self.max_record_bytes = bytes;
        self
    }

    fn error(&self, at: Position, header: Option<&Header>, error: Error) -> WarcError {
        WarcError {
            offset: at.offset,
            gzip_member_offset: at.member,
            record_id: header.and_then(|h| h.record_id.clone()),
            target_uri: header.and_then(Header::target_uri),
            error,
        }
    }

    /// Moves past a record that could not be read: to the next gzip member when the record
    /// began one (a per-record gzipped file), else to the next `WARC/` line. Data that
    /// cannot be decoded on the way gives up on its gzip member too.
    fn recover(&mut self, record_start: Position) {
        let current = self.data.inner.current_member();
        if record_start.at_member_start
            && record_start.member.is_some()
            && record_start.member == current
        {
            self.skip_member();
            return;
        }
        if self.skip_to_record_line().is_err() {
            self.skip_member();
        }
    }

    /// Abandons the gzip member being read; the end of the reading when there is no other.
    fn skip_member(&mut self) {
        self.data.clear();
        if !matches!(self.data.inner.skip_member(), Ok(true)) {
            self.done = true;
        }
        // Offsets go on from what the abandoned member produced.
        self.data.offset = self.data.inner.produced();
    }

    /// Consumes input up to the next line that starts with `WARC/`.
    fn skip_to_record_line(&mut self) -> io::Result<()> {
        loop {
            let available = self.data.fill()?;
            if available.is_empty() {
                return Ok(());
            }
            match memchr::memchr(b'\n', available) {
                Some(i) => {
                    self.data.consume(i + 1);
                    if self.data.ensure(5)?.starts_with(b"WARC/") {
                        return Ok(());
                    }
                }
                None => {
                    let all = available.len();
                    self.data.consume(all);
                }
            }
        }
    }

    /// Skips the CR and LF bytes between records.
    fn skip_blank_lines(&mut self) -> io::Result<()> {
        loop {
            let available = self.data.fill()?;
            let blank = available
                .iter()
                .take_while(|&&b| b == b'\r' || b == b'\n')
                .count();
            if blank == 0 {
                return Ok(());
            }
            self.data.consume(blank);
        }
    }

    /// The next HTML page or error, skipping the records that are neither.
    fn next_item(&mut self) -> Option<Result<WarcPage, WarcError>> {
        while !self.done {
            match self.read_record() {
                Ok(Some(Ok(page))) => return Some(Ok(page)),
                Ok(Some(Err((start, error)))) => {
                    self.recover(start);
                    return Some(Err(error));
                }
                Ok(None) => {}
                Err(e) => {
                    // The source failed: a read error, or gzip data that cannot be decoded.
                    // Reading goes on at the next gzip member, if there is one.
                    let at = self.data.position();
                    let error = self.error(at, None, io_error(&e));
                    self.skip_member();
                    return Some(Err(error));
                }
            }
        }
        None
    }

    /// Reads one record: `Ok(None)` for a record that is skipped (not an HTML response),
    /// `Ok(Some(Err))` for one that is malformed, `Err` when the source fails.
    #[allow(clippy::type_complexity)]
    fn read_record(&mut self) -> io::Result<Option<Result<WarcPage, (Position, WarcError)>>> {
        self.skip_blank_lines()?;
        let start = self.data.position();
        let head = self.data.ensure(5)?;
        if head.is_empty() {
            self.done = true;
            if self.at_start {
                let error = Error::MalformedWarc {
                    reason: "empty input, not a WARC file".to_string(),
                };
                return Ok(Some(Err((start, self.error(start, None, error)))));
            }
            return Ok(None);
        }
        if !head.starts_with(b"WARC/") {
            let reason = if self.at_start {
                "not a WARC file: it does not start with a WARC/1.x line".to_string()
            } else {
                "expected a record (a WARC/1.x line), found other data".to_string()
            };
            self.at_start = false;
            let error = self.error(start, None, Error::MalformedWarc { reason });
            return Ok(Some(Err((start, error))));
        }
        self.at_start = false;
        let header = match self.read_header()? {
            Ok(h) => h,
            Err(reason) => {
                let error = self.error(start, None, Error::MalformedWarc { reason });
                return Ok(Some(Err((start, error))));
            }
        };
        let length = match header.content_length() {
            Ok(n) => n,
            Err(reason) => {
                let error = self.error(start, Some(&header), Error::MalformedWarc { reason });
                return Ok(Some(Err((start, error))));
            }
        };
        let wanted = header.is_response();
        if length > self.max_record_bytes as u64 {
            // Too long to read, or a length that cannot be trusted: the next record is found
            // by looking for it, not by counting.
            if !wanted {
                self.recover(start);
                return Ok(None);
            }
            let error = Error::InputTooLarge {
                size: usize::try_from(length).unwrap_or(usize::MAX),
                limit: self.max_record_bytes,
            };
            return Ok(Some(Err((start, self.error(start, Some(&header), error)))));
        }
        // Within the limit, so it fits in usize.
        let length = length as usize;
        if !wanted {
            self.data.discard(length)?;
            return Ok(None);
        }
        let block = self.data.take_bytes(length)?;
        if block.len() < length {
            let error = Error::MalformedWarc {
                reason: format!(
                    "the input ends {} bytes into a block of {length}",
                    block.len()
                ),
            };
            return Ok(Some(Err((start, self.error(start, Some(&header), error)))));
        }
        let page = match http_page(&block, self.max_record_bytes) {
            HttpPage::Html { content_type, body } => WarcPage {
                record_id: header.record_id.clone().unwrap_or_default(),
                target_uri: header.target_uri(),
                content_type,
                body,
                offset: start.offset,
                gzip_member_offset: start.member,
            },
            HttpPage::NotHtml => return Ok(None),
            HttpPage::Broken(error) => {
                return Ok(Some(Err((start, self.error(start, Some(&header), error)))))
            }
        };
        Ok(Some(Ok(page)))
    }

    /// Reads the version line and the named fields up to the blank line that ends them.
    fn read_header(&mut self) -> io::Result<Result<Header, String>> {
        let mut header = Header::default();
        let mut bytes = 0;
        let mut first = true;
        loop {
            let line = match self.data.line(MAX_HEADER_BYTES - bytes)? {
                Line::Complete(line) => line,
                Line::TooLong => {
                    return Ok(Err(format!(
                        "a header longer than {MAX_HEADER_BYTES} bytes (it never ends)"
                    )))
                }
                Line::Eof => return Ok(Err("the input ends inside a header".to_string())),
            };
            bytes += line.len();
            let line = trim_line_end(&line);
            if first {
                first = false;
                continue;
            }
            if line.is_empty() {
                return Ok(Ok(header));
            }
            let text = String::from_utf8_lossy(line);
            if text.starts_with([' ', '\t']) {
                // A folded continuation line belongs to the field before it.
                if let Some((_, value)) = header.fields.last_mut() {
                    value.push(' ');
                    value.push_str(text.trim());
                }
                continue;
            }
            if let Some((name, value)) = text.split_once(':') {
                let name = name.trim().to_ascii_lowercase();
                let value = value.trim().to_string();
                if name == "warc-record-id" {
                    header.record_id = Some(value.clone());
                }
                if header.fields.len() < 256 {
                    header.fields.push((name, value));
                }
            }
        }
    }
}

impl<R: Read> Iterator for WarcReader<R> {
    type Item = Result<WarcPage, WarcError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_item()
    }
}

/// An I/O error as the crate's error.
fn io_error(e: &io::Error) -> Error {
    if e.kind() == io::ErrorKind::InvalidData || e.kind() == io::ErrorKind::InvalidInput {
        Error::CorruptCompression {
            reason: e.to_string(),
        }
    } else {
        Error::Read {
            reason: e.to_string(),
        }
    }
}

fn trim_line_end(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// A WARC record's named fields, names lower-cased.
#[derive(Default)]
struct Header {
    record_id: Option<String>,
    fields: Vec<(String, String)>,
}

impl Header {
    fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn target_uri(&self) -> Option<String> {
        self.field("warc-target-uri")
            .map(|u| u.trim_matches(|c| c == '<' || c == '>').to_string())
    }

    fn is_response(&self) -> bool {
        self.field("warc-type")
            .is_some_and(|t| t.eq_ignore_ascii_case("response"))
    }

    /// `Content-Length` as a number of bytes: digits only, no overflow.
    fn content_length(&self) -> Result<u64, String> {
        let raw = self
            .field("content-length")
            .ok_or("a record without Content-Length")?;
        let valid = !raw.is_empty() && raw.len() <= 19 && raw.bytes().all(|b| b.is_ascii_digit());
        if !valid {
            return Err(format!("Content-Length {raw:?} is not a byte count"));
        }
        raw.parse::<u64>()
            .map_err(|_| format!("Content-Length {raw:?} is not a byte count"))
    }
}

/// What an HTTP response record holds.
enum HttpPage {
    Html {
        content_type: Option<String>,
        body: Vec<u8>,
    },
    /// Not an HTML page (an image, a redirect without a body, a non-HTTP block).
    NotHtml,
    /// An HTML response whose body cannot be read.
    Broken(Error),
}

/// The page in an HTTP response block: headers parsed, chunked transfer coding and
/// gzip/deflate content coding undone within `max_body` bytes.
fn http_page(block: &[u8], max_body: usize) -> HttpPage {
    let window = &block[..block.len().min(MAX_HEADER_BYTES)];
    let Some((head_end, body_start)) = memchr::memmem::find(window, b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| memchr::memmem::find(window, b"\n\n").map(|i| (i, i + 2)))
    else {
        return HttpPage::NotHtml;
    };
    let head = String::from_utf8_lossy(&block[..head_end]);
    let mut lines = head.lines();
    if !lines.next().is_some_and(|l| l.starts_with("HTTP/")) {
        return HttpPage::NotHtml;
    }
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .take(256)
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let header = |name: &str| {
        headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let body = &block[body_start..];
    let content_type = header("content-type").map(str::to_string);
    let html = match content_type.as_deref().map(str::to_ascii_lowercase) {
        Some(ct) => ct.contains("text/html") || ct.contains("application/xhtml"),
        None => {
            let start = String::from_utf8_lossy(&body[..body.len().min(1024)]).to_ascii_lowercase();
            start.contains("<!doctype html") || start.contains("<html")
        }
    };
    if !html {
        return HttpPage::NotHtml;
    }
    let chunked =
        header("transfer-encoding").is_some_and(|t| t.to_ascii_lowercase().contains("chunked"));
    let body = if chunked {
        dechunk(body).unwrap_or_else(|| body.to_vec())
    } else {
        body.to_vec()
    };
    let coding = header("content-encoding")
        .map(|c| c.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let body = match coding.as_str() {
        "" | "identity" | "none" => Ok(body),
        // Crawlers often store the body already decoded but keep the header.
        "gzip" | "x-gzip" if !body.starts_with(&[0x1f, 0x8b]) => Ok(body),
        "gzip" | "x-gzip" => {
            inflate_limited(flate2::read::MultiGzDecoder::new(&body[..]), max_body)
        }
        "deflate" => match inflate_limited(flate2::read::ZlibDecoder::new(&body[..]), max_body) {
            // Some servers send raw deflate under that name.
            Err(Error::CorruptCompression { .. }) => {
                inflate_limited(flate2::read::DeflateDecoder::new(&body[..]), max_body)
            }
            other => other,
        },
        other => Err(Error::CorruptCompression {
            reason: format!("unsupported Content-Encoding {other:?}"),
        }),
    };
    match body {
        Ok(body) => HttpPage::Html { content_type, body },
        Err(e) => HttpPage::Broken(e),
    }
}

/// Reads a decompressing reader to its end, failing with [`Error::InflatesTooLarge`] as
/// soon as the output passes `limit` bytes: memory never grows past the limit, however well
/// the data compresses. Corrupt data is [`Error::CorruptCompression`].
///
/// ```
/// use std::io::Write;
/// let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
/// gz.write_all(&vec![b' '; 1 << 20])?;
/// let bomb = gz.finish()?; // about a kilobyte
/// let inflated = dechrome::inflate_limited(flate2::read::GzDecoder::new(&bomb[..]), 4096);
/// assert_eq!(inflated, Err(dechrome::Error::InflatesTooLarge { limit: 4096 }));
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn inflate_limited(reader: impl Read, limit: usize) -> Result<Vec<u8>, Error> {
    let mut out = Vec::new();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    match reader.take(cap).read_to_end(&mut out) {
        Ok(_) if out.len() > limit => Err(Error::InflatesTooLarge { limit }),
        Ok(_) => Ok(out),
        Err(e) => Err(Error::CorruptCompression {
            reason: e.to_string(),
        }),
    }
}

/// Undoes chunked transfer coding; `None` when the body is not well-formed chunks. The
/// output is never longer than the input.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let line_end = memchr::memmem::find(body, b"\r\n")?;
        let size_text = std::str::from_utf8(&body[..line_end]).ok()?;
        let size_text = size_text.split(';').next()?.trim();
        let size = usize::from_str_radix(size_text, 16).ok()?;
        body = &body[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size..)?;
        body = body.strip_prefix(b"\r\n").unwrap_or(body);
    }
}

/// Where a record starts.
#[derive(Clone, Copy, Debug)]
struct Position {
    offset: u64,
    member: Option<u64>,
    /// The record starts where its gzip member starts.
    at_member_start: bool,
}

/// The uncompressed WARC data: the input as it is, or its gzip members one after another.
enum Source<R: Read> {
    /// Not yet known: the first bytes tell.
    Sniff(Option<Buffer<R>>),
    Plain(Buffer<R>),
    Gzip(Members<R>),
    /// Reading failed beyond repair.
    Gone,
}

impl<R: Read> Source<R> {
    /// Where the gzip member being read starts in the file, when the input is gzipped.
    fn current_member(&self) -> Option<u64> {
        match self {
            Source::Gzip(m) => m.history.last().map(|&(_, raw)| raw),
            _ => None,
        }
    }

    /// Uncompressed bytes produced so far.
    fn produced(&self) -> u64 {
        match self {
            Source::Gzip(m) => m.produced,
            Source::Plain(raw) => raw.offset + (raw.buf.len() - raw.start) as u64,
            Source::Sniff(_) | Source::Gone => 0,
        }
    }

    /// The gzip member holding uncompressed offset `offset`, and whether it starts there.
    fn member_at(&self, offset: u64) -> (Option<u64>, bool) {
        match self {
            Source::Gzip(m) => match m.history.iter().rev().find(|&&(out, _)| out <= offset) {
                Some(&(out, raw)) => (Some(raw), out == offset),
                None => (m.history.first().map(|&(_, raw)| raw), false),
            },
            _ => (None, false),
        }
    }

    /// Abandons the gzip member being read and moves to the start of the next one in the
    /// file; `false` when there is none (or the input is not gzipped).
    fn skip_member(&mut self) -> io::Result<bool> {
        match self {
            Source::Gzip(members) => members.skip_member(),
            _ => Ok(false),
        }
    }

    fn sniff(&mut self) -> io::Result<()> {
        if let Source::Sniff(raw) = self {
            let Some(mut raw) = raw.take() else {
                *self = Source::Gone;
                return Ok(());
            };
            let gzipped = raw.ensure(2)?.starts_with(&[0x1f, 0x8b]);
            *self = if gzipped {
                Source::Gzip(Members {
                    state: Member::Between(raw),
                    history: Vec::new(),
                    produced: 0,
                })
            } else {
                Source::Plain(raw)
            };
        }
        Ok(())
    }
}

impl<R: Read> Read for Source<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.sniff()?;
        match self {
            Source::Plain(raw) => raw.read(buf),
            Source::Gzip(members) => members.read(buf),
            Source::Sniff(_) | Source::Gone => Ok(0),
        }
    }
}

/// The gzip members of a file, read one after another (as `MultiGzDecoder` does), able to
/// give up on one member and go on with the next.
struct Members<R: Read> {
    state: Member<R>,
    /// (uncompressed offset, file offset) where each of the last few members started: the
    /// read buffer above may still hold the end of the one before the current one.
    history: Vec<(u64, u64)>,
    /// Uncompressed bytes produced so far.
    produced: u64,
}

/// Members remembered in [`Members::history`].
const MEMBER_HISTORY: usize = 8;

enum Member<R: Read> {
    Between(Buffer<R>),
    Inside(flate2::bufread::GzDecoder<Buffer<R>>),
    Gone,
}

impl<R: Read> Members<R> {
    /// Abandons the member being read and moves to the next gzip header in the file;
    /// `false` when there is none.
    fn skip_member(&mut self) -> io::Result<bool> {
        let mut raw = match std::mem::replace(&mut self.state, Member::Gone) {
            Member::Between(raw) => raw,
            Member::Inside(decoder) => decoder.into_inner(),
            Member::Gone => return Ok(false),
        };
        // The abandoned member's own header is not the next one.
        let own_start = self.history.last().map(|&(_, raw)| raw);
        if own_start == Some(raw.offset) {
            raw.consume(1);
        }
        let found = raw.skip_to_gzip_magic()?;
        self.state = Member::Between(raw);
        Ok(found)
    }
}

impl<R: Read> Read for Members<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            match std::mem::replace(&mut self.state, Member::Gone) {
                Member::Gone => return Ok(0),
                Member::Between(mut raw) => {
                    if raw.fill()?.is_empty() {
                        self.state = Member::Between(raw);
                        return Ok(0);
                    }
                    if self.history.len() == MEMBER_HISTORY {
                        self.history.remove(0);
                    }
                    self.history.push((self.produced, raw.offset));
                    self.state = Member::Inside(flate2::bufread::GzDecoder::new(raw));
                }
                Member::Inside(mut decoder) => match decoder.read(buf) {
                    Ok(0) => self.state = Member::Between(decoder.into_inner()),
                    Ok(n) => {
                        self.produced += n as u64;
                        self.state = Member::Inside(decoder);
                        return Ok(n);
                    }
                    Err(e) => {
                        // Corrupt data: the caller moves on with `skip_member`.
                        self.state = Member::Inside(decoder);
                        return Err(io::Error::new(io::ErrorKind::InvalidData, e));
                    }
                },
            }
        }
    }
}

/// One line from [`Buffer::line`].
enum Line {
    Complete(Vec<u8>),
    /// The line is longer than allowed (its start is consumed).
    TooLong,
    /// The input ended before a line break (what was read is consumed).
    Eof,
}

/// A read buffer that can look ahead a few bytes and counts what was consumed.
struct Buffer<R: Read> {
    inner: R,
    buf: Vec<u8>,
    start: usize,
    /// Bytes consumed since the beginning of the stream: the offset of `buf[start]`.
    offset: u64,
    eof: bool,
}

impl<R: Read> Buffer<R> {
    fn new(inner: R) -> Self {
        Buffer {
            inner,
            buf: Vec::new(),
            start: 0,
            offset: 0,
            eof: false,
        }
    }

    fn available(&self) -> &[u8] {
        &self.buf[self.start..]
    }

    /// Reads one more chunk after what is buffered; `false` at the end of the input.
    fn read_more(&mut self) -> io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        if self.start > 0 && self.start == self.buf.len() {
            self.buf.clear();
            self.start = 0;
        } else if self.start >= CHUNK {
            self.buf.drain(..self.start);
            self.start = 0;
        }
        let old = self.buf.len();
        self.buf.resize(old + CHUNK, 0);
        let n = loop {
            match self.inner.read(&mut self.buf[old..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.buf.truncate(old);
                    return Err(e);
                }
            }
        };
        self.buf.truncate(old + n);
        if n == 0 {
            self.eof = true;
        }
        Ok(n > 0)
    }

    /// What is buffered, reading more first when nothing is.
    fn fill(&mut self) -> io::Result<&[u8]> {
        if self.start == self.buf.len() {
            self.read_more()?;
        }
        Ok(self.available())
    }

    /// At least `n` bytes (fewer only at the end of the input).
    fn ensure(&mut self, n: usize) -> io::Result<&[u8]> {
        while self.buf.len() - self.start < n {
            if !self.read_more()? {
                break;
            }
        }
        Ok(self.available())
    }

    fn consume(&mut self, n: usize) {
        let n = n.min(self.buf.len() - self.start);
        self.start += n;
        self.offset += n as u64;
    }

    /// Forgets what is buffered (after the source moved on by itself).
    fn clear(&mut self) {
        self.buf.clear();
        self.start = 0;
        self.eof = false;
    }

    /// Reads up to and including the next `\n`, at most `max` bytes.
    fn line(&mut self, max: usize) -> io::Result<Line> {
        let mut line = Vec::new();
        loop {
            let available = self.fill()?;
            if available.is_empty() {
                return Ok(Line::Eof);
            }
            let (part, done) = match memchr::memchr(b'\n', available) {
                Some(i) => (i + 1, true),
                None => (available.len(), false),
            };
            if line.len() + part > max {
                return Ok(Line::TooLong);
            }
            line.extend_from_slice(&available[..part]);
            self.consume(part);
            if done {
                return Ok(Line::Complete(line));
            }
        }
    }

    /// The next `n` bytes (fewer at the end of the input), read as they come, so a false
    /// length never allocates more than the input holds.
    fn take_bytes(&mut self, n: usize) -> io::Result<Vec<u8>> {
        let mut out = Vec::with_capacity(n.min(CHUNK));
        while out.len() < n {
            let available = self.fill()?;
            if available.is_empty() {
                break;
            }
            let part = available.len().min(n - out.len());
            out.extend_from_slice(&available[..part]);
            self.consume(part);
        }
        Ok(out)
    }

    /// Consumes the next `n` bytes (fewer at the end of the input) without keeping them.
    fn discard(&mut self, n: usize) -> io::Result<()> {
        let mut left = n;
        while left > 0 {
            let available = self.fill()?.len();
            if available == 0 {
                break;
            }
            let part = available.min(left);
            self.consume(part);
            left -= part;
        }
        Ok(())
    }

    /// Consumes bytes up to the next gzip member header (`1f 8b 08`); `false` at the end.
    fn skip_to_gzip_magic(&mut self) -> io::Result<bool> {
        loop {
            let available = self.fill()?;
            if available.is_empty() {
                return Ok(false);
            }
            match memchr::memchr(0x1f, available) {
                Some(i) => {
                    self.consume(i);
                    if self.ensure(3)?.starts_with(&[0x1f, 0x8b, 0x08]) {
                        return Ok(true);
                    }
                    if self.available().len() < 3 && self.eof {
                        let rest = self.available().len();
                        self.consume(rest);
                        return Ok(false);
                    }
                    self.consume(1);
                }
                None => {
                    let all = available.len();
                    self.consume(all);
                }
            }
        }
    }
}

impl<R: Read> Buffer<Source<R>> {
    /// Where the next unread byte is.
    fn position(&self) -> Position {
        let (member, at_member_start) = self.inner.member_at(self.offset);
        Position {
            offset: self.offset,
            member,
            at_member_start,
        }
    }
}

impl<R: Read> Read for Buffer<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill()?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> io::BufRead for Buffer<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.fill()
    }

    fn consume(&mut self, n: usize) {
        Buffer::consume(self, n);
    }
}
