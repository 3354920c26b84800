//! WARC input: the HTML pages in a WARC/1.0 or 1.1 file's `response` records, read with the
//! `warc` crate (plain, gzipped per record, or gzipped whole).

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};

use warc::{RecordType, WarcHeader, WarcReader};

/// One HTML page found in a WARC file.
pub struct WarcPage {
    pub record_id: String,
    pub target_uri: Option<String>,
    /// The HTTP `Content-Type` header, for its charset.
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

/// What reading a WARC file gives, one item at a time.
pub enum WarcItem {
    Page(WarcPage),
    /// The file could not be opened or a record could not be read; reading this file stops.
    Error(String),
}

/// Reads the pages of one WARC file lazily; non-`response` records and non-HTML responses
/// are skipped.
pub struct WarcPages {
    records: Option<warc::RecordIter<Box<dyn BufRead + Send>>>,
    error: Option<String>,
}

impl WarcPages {
    pub fn open(path: &str) -> Self {
        match open_reader(path) {
            Ok(reader) => WarcPages {
                records: Some(WarcReader::new(reader).iter_records()),
                error: None,
            },
            Err(e) => WarcPages {
                records: None,
                error: Some(format!("{path}: {e}")),
            },
        }
    }
}

impl Iterator for WarcPages {
    type Item = WarcItem;

    fn next(&mut self) -> Option<WarcItem> {
        if let Some(e) = self.error.take() {
            return Some(WarcItem::Error(e));
        }
        let records = self.records.as_mut()?;
        loop {
            let record = match records.next()? {
                Ok(r) => r,
                Err(e) => {
                    self.records = None;
                    return Some(WarcItem::Error(format!("bad WARC record: {e}")));
                }
            };
            if *record.warc_type() != RecordType::Response {
                continue;
            }
            let Some(http) = HttpResponse::parse(record.body()) else {
                continue;
            };
            if !http.is_html() {
                continue;
            }
            let body = match http.decoded_body() {
                Ok(b) => b,
                Err(e) => return Some(WarcItem::Error(format!("{}: {e}", record.warc_id()))),
            };
            return Some(WarcItem::Page(WarcPage {
                record_id: record.warc_id().to_string(),
                target_uri: record
                    .header(WarcHeader::TargetURI)
                    .map(|u| u.trim_matches(|c| c == '<' || c == '>').to_string()),
                content_type: http.header("content-type").map(str::to_string),
                body,
            }));
        }
    }
}

/// A buffered reader over the file, through a gzip decoder when the file starts with the
/// gzip magic bytes (a multi-member decoder: one member per record or one for the file).
fn open_reader(path: &str) -> io::Result<Box<dyn BufRead + Send>> {
    let mut file = BufReader::with_capacity(1 << 20, File::open(path)?);
    let gzipped = file.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    Ok(if gzipped {
        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(file)))
    } else {
        Box::new(file)
    })
}

/// The parts of an HTTP response a WARC `response` record holds.
struct HttpResponse<'a> {
    headers: Vec<(String, String)>,
    body: &'a [u8],
}

impl<'a> HttpResponse<'a> {
    fn parse(block: &'a [u8]) -> Option<Self> {
        let end = find(block, b"\r\n\r\n")
            .map(|i| (i, i + 4))
            .or_else(|| find(block, b"\n\n").map(|i| (i, i + 2)))?;
        let head = std::str::from_utf8(&block[..end.0]).ok()?;
        let mut lines = head.lines();
        if !lines.next()?.starts_with("HTTP/") {
            return None;
        }
        let headers = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        Some(HttpResponse {
            headers,
            body: &block[end.1..],
        })
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// HTML by its `Content-Type`, or, without one, by how the body starts.
    fn is_html(&self) -> bool {
        match self.header("content-type") {
            Some(ct) => {
                let ct = ct.to_ascii_lowercase();
                ct.contains("text/html") || ct.contains("application/xhtml")
            }
            None => {
                let head = &self.body[..self.body.len().min(1024)];
                let lower = String::from_utf8_lossy(head).to_ascii_lowercase();
                lower.contains("<!doctype html") || lower.contains("<html")
            }
        }
    }

    /// The body without chunked transfer coding and gzip/deflate content coding, when the
    /// crawler stored them.
    fn decoded_body(&self) -> io::Result<Vec<u8>> {
        let mut body = if self
            .header("transfer-encoding")
            .is_some_and(|t| t.to_ascii_lowercase().contains("chunked"))
        {
            dechunk(self.body).unwrap_or_else(|| self.body.to_vec())
        } else {
            self.body.to_vec()
        };
        match self.header("content-encoding").map(str::to_ascii_lowercase) {
            Some(enc) if enc.contains("gzip") && body.starts_with(&[0x1f, 0x8b]) => {
                let mut out = Vec::new();
                flate2::read::MultiGzDecoder::new(&body[..]).read_to_end(&mut out)?;
                body = out;
            }
            Some(enc) if enc.contains("deflate") => {
                let mut out = Vec::new();
                if flate2::read::ZlibDecoder::new(&body[..])
                    .read_to_end(&mut out)
                    .is_ok()
                {
                    body = out;
                }
            }
            _ => {}
        }
        Ok(body)
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Undoes chunked transfer coding; `None` when the body is not well-formed chunks.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let line_end = find(body, b"\r\n")?;
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
