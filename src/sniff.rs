//! Whether input of unknown type is text at all. An image, an executable or compressed
//! bytes handed to the extractor decode to pages of control characters; a browser given
//! such a file without a type would not render it as a page either. The test follows the
//! WHATWG MIME Sniffing standard: input that opens with an HTML tag or an XML declaration
//! is markup whatever follows; otherwise a known binary signature, or a "binary data byte"
//! in the first 1445 bytes, makes it binary. Because one stray NUL in a real page should not cost the page, a
//! binary data byte counts only together with control characters making up a visible share
//! of the decoded text's start.

/// How much of the input the standard's sniffer reads (its "resource header").
const HEADER_BYTES: usize = 1445;

/// Control characters must be at least one in this many of the decoded header's characters.
/// No page of the four shared sets (3,798 pages) has any binary data byte in its header,
/// and none has more than one control character in 680 in its first 4,096 characters;
/// uniformly random bytes have about one in nine.
const CONTROL_SHARE_DIVISOR: usize = 50;

/// File signatures of formats that are never a page, with the name an error reports:
/// the standard's image, audio/video and archive patterns, plus PDF, PostScript,
/// WebAssembly and executables. Signatures that are ordinary words ("MZ", "ID3") are left to
/// the control-byte test, which their files' NULs meet anyway.
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"\x00\x00\x02\x00", "a cursor"),
    (b"%PDF-", "a PDF document"),
    (b"%!PS-Adobe-", "a PostScript document"),
    (b"\x1f\x8b\x08", "gzip-compressed data"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "Zstandard-compressed data"),
    (b"OggS\x00", "an Ogg stream"),
    (b"\x1a\x45\xdf\xa3", "a Matroska or WebM video"),
    (b"\x00asm", "a WebAssembly module"),
    (b"\x7fELF", "an ELF executable"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
];

/// The standard's HTML patterns: input that opens with one (after whitespace, any case,
/// followed by a space or `>`) is HTML, whatever bytes come after.
const HTML_OPENINGS: &[&[u8]] = &[
    b"<!DOCTYPE HTML",
    b"<HTML",
    b"<HEAD",
    b"<SCRIPT",
    b"<IFRAME",
    b"<H1",
    b"<DIV",
    b"<FONT",
    b"<TABLE",
    b"<A",
    b"<STYLE",
    b"<TITLE",
    b"<B",
    b"<BODY",
    b"<BR",
    b"<P",
    b"<!--",
];

/// Whether `bytes` open as markup: one of the HTML patterns, or `<?xml`.
fn opens_as_markup(bytes: &[u8]) -> bool {
    let start = bytes
        .iter()
        .position(|b| !matches!(b, b'\t' | b'\n' | 0x0c | b'\r' | b' '))
        .unwrap_or(bytes.len());
    let rest = &bytes[start..];
    if rest.starts_with(b"<?xml") {
        return true;
    }
    HTML_OPENINGS.iter().any(|pattern| {
        rest.len() > pattern.len()
            && rest[..pattern.len()].eq_ignore_ascii_case(pattern)
            && matches!(rest[pattern.len()], b' ' | b'>')
    })
}

/// The standard's binary data bytes: C0 controls other than tab, line feed, form feed,
/// carriage return and escape.
fn is_binary_data_byte(b: u8) -> bool {
    matches!(b, 0x00..=0x08 | 0x0b | 0x0e..=0x1a | 0x1c..=0x1f)
}

/// Why `bytes` (decoded as `text`) is binary data rather than a page, or `None` for text.
/// Input that starts with a byte-order mark or opens as markup is text, as the standard
/// says.
pub(crate) fn binary_reason(bytes: &[u8], text: &str) -> Option<String> {
    if encoding_rs::Encoding::for_bom(bytes).is_some() || opens_as_markup(bytes) {
        return None;
    }
    if let Some((_, name)) = SIGNATURES.iter().find(|(sig, _)| bytes.starts_with(sig)) {
        return Some(format!("the input starts like {name}"));
    }
    if let Some(kind) = riff_kind(bytes) {
        return Some(format!("the input starts like {kind}"));
    }
    let header = &bytes[..bytes.len().min(HEADER_BYTES)];
    let offset = header.iter().position(|&b| is_binary_data_byte(b))?;
    let (chars, controls) = text
        .chars()
        .take(HEADER_BYTES)
        .fold((0usize, 0usize), |(n, c), ch| {
            (
                n + 1,
                c + usize::from(ch.is_control() && !ch.is_whitespace()),
            )
        });
    (controls * CONTROL_SHARE_DIVISOR >= chars).then(|| {
        format!(
            "byte {:#04x} at offset {offset}, and {controls} of the first {chars} characters are control characters",
            header[offset]
        )
    })
}

/// RIFF containers name their format after the size field: WebP images, WAVE audio, AVI
/// video.
fn riff_kind(bytes: &[u8]) -> Option<&'static str> {
    if !bytes.starts_with(b"RIFF") {
        return None;
    }
    match bytes.get(8..12)? {
        b"WEBP" => Some("a WebP image"),
        b"WAVE" => Some("a WAVE audio file"),
        b"AVI " => Some("an AVI video"),
        _ => None,
    }
}

/// Whether a `Content-Type` value says the body is markup, in which case it is read as
/// markup whatever its bytes, as a browser does (it sniffs only resources without a type,
/// or typed `text/plain`).
pub(crate) fn declares_markup(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or("").trim();
    [
        "text/html",
        "application/xhtml+xml",
        "application/xml",
        "text/xml",
    ]
    .iter()
    .any(|t| essence.eq_ignore_ascii_case(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(bytes: &[u8]) -> Option<String> {
        binary_reason(bytes, &String::from_utf8_lossy(bytes))
    }

    #[test]
    fn signatures_name_the_format() {
        let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";
        assert_eq!(
            reason(png).as_deref(),
            Some("the input starts like a PNG image")
        );
        assert!(reason(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
            .unwrap()
            .contains("PDF"));
        assert!(reason(b"\x7fELF\x02\x01\x01").unwrap().contains("ELF"));
        assert!(reason(b"RIFF\x24\x00\x00\x00WEBPVP8 ")
            .unwrap()
            .contains("WebP"));
        assert!(reason(b"RIFF\x24\x00\x00\x00WAVEfmt ")
            .unwrap()
            .contains("WAVE"));
        assert!(reason(b"RIFF\x24\x00\x00\x00AVI LIST")
            .unwrap()
            .contains("AVI"));
    }

    #[test]
    fn control_bytes_need_a_share_of_the_text() {
        let mut noise: Vec<u8> = (0..=255u8).cycle().take(3000).collect();
        let found = reason(&noise).expect("a byte cycle is binary");
        assert!(found.contains("offset 0"), "{found}");
        // One control character in fifty is binary; one fewer is text.
        noise = [b"\x01".as_slice(), &[b'a'; 49]].concat();
        assert!(reason(&noise).is_some());
        noise = [b"\x01".as_slice(), &[b'a'; 50]].concat();
        assert_eq!(reason(&noise), None);
    }

    #[test]
    fn pages_and_their_whitespace_are_text() {
        assert_eq!(reason(b""), None);
        assert_eq!(reason(b"<p>Close</p>\t\r\n\x0c\x1b[0m"), None);
        // UTF-16 with a byte-order mark is full of NULs and still text.
        assert_eq!(reason(b"\xff\xfe<\x00p\x00>\x00h\x00i\x00"), None);
        // "RIFF" alone, "MZ" later in the file, a PDF quoted in a page: text.
        assert_eq!(reason(b"RIFF raff"), None);
        assert_eq!(reason(b"<p>MZ %PDF-1.7</p>"), None);
        // Terminal escapes are control characters but not binary data bytes.
        assert_eq!(reason(&b"\x1b[1mbold\x1b[0m ".repeat(20)), None);
        // A pattern with nothing after it is not an opening (and reads no further).
        assert_eq!(reason(b"<p"), None);
        // Markup openings win over the bytes that follow, as in a browser.
        assert_eq!(reason(b"<p>\x00a\xff\xfe</p>\x00\x01\x02"), None);
        assert_eq!(reason(b"\r\n <!doctype html>\x00\x00"), None);
        assert_eq!(reason(b"<?xml version='1.0'?>\x00\x00"), None);
        // "<pre" is not "<p" followed by a space or '>': the bytes decide.
        assert!(reason(b"<pre\x00\x00\x00").is_some());
        // A binary data byte past the header is not looked at.
        let late = [vec![b'a'; 1445], vec![0u8; 100]].concat();
        assert_eq!(reason(&late), None);
    }

    #[test]
    fn markup_types_are_trusted() {
        assert!(declares_markup("text/html; charset=utf-8"));
        assert!(declares_markup(" Application/XHTML+XML"));
        assert!(!declares_markup("text/plain"));
        assert!(!declares_markup("image/png"));
        assert!(!declares_markup(""));
    }
}
