//! Bytes to text, choosing the encoding in the HTML standard's order: byte-order mark, the
//! transport's charset, a `<meta>` prescan of the first 1024 bytes, a statistical guess,
//! and windows-1252 last.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, X_USER_DEFINED};

/// How the encoding was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncodingSource {
    /// A byte-order mark at the start of the input.
    ByteOrderMark,
    /// The charset parameter of the caller's `Content-Type`.
    ContentType,
    /// A `<meta charset>` or `<meta http-equiv="content-type">` in the first 1024 bytes.
    MetaPrescan,
    /// A statistical guess from the bytes themselves (this includes valid UTF-8).
    Guess,
    /// The input was already text (`extract` on a `&str`).
    Text,
}

/// The decoded text and how it was decoded.
pub(crate) struct Decoded<'a> {
    pub(crate) text: Cow<'a, str>,
    pub(crate) encoding: &'static Encoding,
    pub(crate) source: EncodingSource,
}

/// Decodes `bytes`, honouring `content_type` (an HTTP `Content-Type` value) when given.
pub(crate) fn decode<'a>(bytes: &'a [u8], content_type: Option<&str>) -> Decoded<'a> {
    let (encoding, source) = sniff(bytes, content_type);
    // `decode` strips a BOM that matches the encoding and replaces malformed sequences.
    let (text, _, _) = encoding.decode(bytes);
    Decoded {
        text,
        encoding,
        source,
    }
}

/// Picks the encoding of `bytes` without decoding them.
pub(crate) fn sniff(
    bytes: &[u8],
    content_type: Option<&str>,
) -> (&'static Encoding, EncodingSource) {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return (enc, EncodingSource::ByteOrderMark);
    }
    // An unknown transport label is ignored, as browsers do (`charset=none` is common).
    if let Some(enc) = content_type
        .and_then(charset_param)
        .and_then(|label| Encoding::for_label(label.as_bytes()))
    {
        return (enc, EncodingSource::ContentType);
    }
    if let Some(enc) = declared_in_meta(bytes) {
        return (enc, EncodingSource::MetaPrescan);
    }
    (guess(bytes), EncodingSource::Guess)
}

/// How far to look for a late `<meta charset>`: a browser's parser that meets one after the
/// first 1024 bytes changes the encoding and reparses, which a wider prescan reproduces.
const LATE_META_WINDOW: usize = 64 * 1024;

/// The encoding a `<meta>` declares: the standard's 1024-byte prescan, then the same scan
/// over a wider window for declarations that come later.
pub(crate) fn declared_in_meta(bytes: &[u8]) -> Option<&'static Encoding> {
    prescan(&bytes[..bytes.len().min(1024)]).or_else(|| {
        (bytes.len() > 1024).then(|| prescan(&bytes[..bytes.len().min(LATE_META_WINDOW)]))?
    })
}

/// Valid UTF-8 is taken as UTF-8; anything else goes to chardetng (windows-1252 when unsure).
fn guess(bytes: &[u8]) -> &'static Encoding {
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new();
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    detector.feed(sample, sample.len() == bytes.len());
    let enc = detector.guess(None, true);
    if enc == X_USER_DEFINED {
        WINDOWS_1252
    } else {
        enc
    }
}

/// The `charset` parameter of a `Content-Type` value, unquoted.
pub(crate) fn charset_param(content_type: &str) -> Option<&str> {
    for param in content_type.split(';').skip(1) {
        let Some((key, value)) = param.split_once('=') else {
            continue;
        };
        if key.trim().eq_ignore_ascii_case("charset") {
            let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
            if !value.is_empty() {
                return Some(value);
            }
        }
    }
    None
}

/// The standard's "prescan a byte stream to determine its encoding" over `bytes`.
pub(crate) fn prescan(bytes: &[u8]) -> Option<&'static Encoding> {
    let mut pos = 0;
    while pos < bytes.len() {
        let rest = &bytes[pos..];
        if rest.starts_with(b"<!--") {
            pos = find(bytes, pos + 4, b"-->").map_or(bytes.len(), |e| e + 3);
        } else if rest.len() > 5
            && rest[..5].eq_ignore_ascii_case(b"<meta")
            && is_space_or_slash(rest[5])
        {
            let (next, found) = meta_charset(bytes, pos + 5);
            if let Some(enc) = found {
                return Some(adjust_meta_encoding(enc));
            }
            pos = next;
        } else if rest.len() > 2
            && rest[0] == b'<'
            && (rest[1].is_ascii_alphabetic() || (rest[1] == b'/' && rest[2].is_ascii_alphabetic()))
        {
            // A tag other than meta: skip its name and attributes.
            pos += if rest[1] == b'/' { 2 } else { 1 };
            while pos < bytes.len() && !is_space_or_slash(bytes[pos]) && bytes[pos] != b'>' {
                pos += 1;
            }
            loop {
                let (next, attr) = read_attribute(bytes, pos, false);
                pos = next;
                if attr.is_none() {
                    break;
                }
            }
        } else if rest.starts_with(b"<!") || rest.starts_with(b"</") || rest.starts_with(b"<?") {
            pos = find(bytes, pos + 2, b">").map_or(bytes.len(), |e| e + 1);
        } else {
            // Text: jump to the next tag.
            pos = memchr::memchr(b'<', &bytes[pos + 1..]).map_or(bytes.len(), |i| pos + 1 + i);
        }
    }
    None
}

/// UTF-16 in a `<meta>` is a lie (the bytes are ASCII-compatible); x-user-defined means 1252.
fn adjust_meta_encoding(enc: &'static Encoding) -> &'static Encoding {
    if enc == UTF_16LE || enc == UTF_16BE {
        UTF_8
    } else if enc == X_USER_DEFINED {
        WINDOWS_1252
    } else {
        enc
    }
}

fn is_space_or_slash(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/')
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= bytes.len() {
        return None;
    }
    bytes[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// Reads the attributes of a `<meta>` tag starting at `pos`; returns the position after the
/// tag and the encoding it declares, if any.
fn meta_charset(bytes: &[u8], mut pos: usize) -> (usize, Option<&'static Encoding>) {
    let mut seen: Vec<Vec<u8>> = Vec::new();
    let mut got_pragma = false;
    let mut need_pragma: Option<bool> = None;
    let mut charset: Option<&'static Encoding> = None;
    loop {
        let (next, attr) = read_attribute(bytes, pos, true);
        pos = next;
        let Some((name, value)) = attr else { break };
        if seen.contains(&name) {
            continue;
        }
        match name.as_slice() {
            b"http-equiv" if value.eq_ignore_ascii_case(b"content-type") => got_pragma = true,
            b"content" if charset.is_none() => {
                if let Some(enc) = charset_from_content(&value) {
                    charset = Some(enc);
                    need_pragma = Some(true);
                }
            }
            b"charset" => {
                charset = Encoding::for_label_no_replacement(&value);
                need_pragma = Some(false);
            }
            _ => {}
        }
        seen.push(name);
    }
    let result = match need_pragma {
        None => None,
        Some(true) if !got_pragma => None,
        _ => charset,
    };
    (pos, result)
}

/// The standard's "extract a character encoding from a meta element" on a `content` value.
fn charset_from_content(value: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = value.to_ascii_lowercase();
    let mut pos = 0;
    loop {
        let idx = find(&lower, pos, b"charset")?;
        let mut p = idx + 7;
        while p < lower.len() && lower[p].is_ascii_whitespace() {
            p += 1;
        }
        if p >= lower.len() || lower[p] != b'=' {
            pos = idx + 7;
            continue;
        }
        p += 1;
        while p < lower.len() && lower[p].is_ascii_whitespace() {
            p += 1;
        }
        let rest = &value[p.min(value.len())..];
        let label: &[u8] = match rest.first() {
            Some(&q @ (b'"' | b'\'')) => {
                let end = rest[1..].iter().position(|&b| b == q)?;
                &rest[1..1 + end]
            }
            Some(_) => {
                let end = rest
                    .iter()
                    .position(|&b| b.is_ascii_whitespace() || b == b';')
                    .unwrap_or(rest.len());
                &rest[..end]
            }
            None => return None,
        };
        return Encoding::for_label_no_replacement(label);
    }
}

/// The standard's "get an attribute" algorithm: returns the position after the attribute
/// and its lower-cased name and value, or `None` at the end of the tag.
#[allow(clippy::type_complexity)]
fn read_attribute(
    bytes: &[u8],
    mut pos: usize,
    collect: bool,
) -> (usize, Option<(Vec<u8>, Vec<u8>)>) {
    let at = |p: usize| bytes.get(p).copied();
    while matches!(at(pos), Some(b) if is_space_or_slash(b)) {
        pos += 1;
    }
    match at(pos) {
        None => return (pos, None),
        Some(b'>') => return (pos + 1, None),
        _ => {}
    }
    let mut name = Vec::new();
    let mut value = Vec::new();
    let mut name_len = 0usize;
    loop {
        match at(pos) {
            None => return (pos, None),
            Some(b'=') if name_len > 0 => {
                pos += 1;
                break;
            }
            Some(b'\t' | b'\n' | b'\x0c' | b'\r' | b' ') => {
                while matches!(at(pos), Some(b) if b.is_ascii_whitespace()) {
                    pos += 1;
                }
                if at(pos) != Some(b'=') {
                    return (pos, Some((name, value)));
                }
                pos += 1;
                break;
            }
            Some(b'/' | b'>') => return (pos, Some((name, value))),
            Some(b) => {
                name_len += 1;
                if collect {
                    name.push(b.to_ascii_lowercase());
                }
                pos += 1;
            }
        }
    }
    while matches!(at(pos), Some(b) if b.is_ascii_whitespace()) {
        pos += 1;
    }
    match at(pos) {
        None => return (pos, None),
        Some(q @ (b'"' | b'\'')) => {
            pos += 1;
            loop {
                match at(pos) {
                    None => return (pos, None),
                    Some(b) if b == q => return (pos + 1, Some((name, value))),
                    Some(b) => {
                        if collect {
                            value.push(b.to_ascii_lowercase());
                        }
                        pos += 1;
                    }
                }
            }
        }
        Some(b'>') => return (pos, Some((name, value))),
        Some(b) => {
            if collect {
                value.push(b.to_ascii_lowercase());
            }
            pos += 1;
        }
    }
    loop {
        match at(pos) {
            None => return (pos, None),
            Some(b) if b.is_ascii_whitespace() || b == b'>' => return (pos, Some((name, value))),
            Some(b) => {
                if collect {
                    value.push(b.to_ascii_lowercase());
                }
                pos += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_wins_over_meta() {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice(b"<meta charset=windows-1251><p>\xc3\xa9");
        let d = decode(&bytes, None);
        assert_eq!(d.encoding, UTF_8);
        assert_eq!(d.source, EncodingSource::ByteOrderMark);
        assert!(d.text.ends_with('é'));
    }

    #[test]
    fn content_type_then_meta() {
        let bytes = b"<meta charset=koi8-r><p>\xe9";
        let d = decode(bytes, Some("text/html; charset=\"windows-1252\""));
        assert_eq!(d.encoding, WINDOWS_1252);
        let d = decode(bytes, None);
        assert_eq!(d.encoding.name(), "KOI8-R");
        assert_eq!(d.source, EncodingSource::MetaPrescan);
    }

    #[test]
    fn http_equiv_needs_pragma() {
        let with = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">";
        assert_eq!(prescan(with).map(|e| e.name()), Some("ISO-8859-2"));
        let without = b"<meta content=\"text/html; charset=iso-8859-2\">";
        assert_eq!(prescan(without), None);
    }

    #[test]
    fn unknown_content_type_charset_falls_through_to_meta() {
        let d = decode(b"<meta charset=koi8-r>", Some("text/html; charset=klingon"));
        assert_eq!(d.encoding.name(), "KOI8-R");
    }
}
