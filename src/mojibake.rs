//! Repairs text that was encoded as UTF-8 twice ("cafÃ©", "itâ€™s", "ðŸ˜€"): a page whose
//! UTF-8 bytes went once through a Windows-1252 (or Latin-1) decoder before being stored
//! as UTF-8 again. Browsers show the damage as it is; readers and indexes want the words.
//!
//! Every character of a damaged sequence stands for one byte of the original UTF-8: a lead
//! byte (`Ã` is 0xC3) and continuation bytes (0x80..=0xBF). A sequence is put back only
//! when those bytes decode to one character of a script or symbol block that such damage
//! produces (Latin, Greek, Cyrillic, punctuation, currency, symbols, emoji), so ordinary
//! accented text ("São", "été »" with a no-break space) stays as written.

use std::borrow::Cow;

use html5ever::tendril::StrTendril;

use crate::dom::{Document, NodeData};

/// Puts back the double-encoded sequences in the document's text nodes (after parsing, so
/// that entity-encoded damage like `isn&acirc;&euro;&trade;t` is seen too). Each node is
/// judged alone: a site may store one field twice encoded and the next one right.
pub(crate) fn repair_text_nodes(doc: &mut Document) {
    for data in &mut doc.data {
        if let NodeData::Text(text) = data {
            if let Cow::Owned(repaired) = repair(text) {
                *text = StrTendril::from(repaired);
            }
        }
    }
}

/// `text` with its double-encoded sequences put back; borrowed when there are none, or
/// when they explain too little of its non-ASCII characters to be damage.
fn repair(text: &str) -> Cow<'_, str> {
    let fixes = find_fixes(text);
    if fixes.is_empty() || !is_damage(explained_chars(text, &fixes), windows_1252_chars(text)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(apply(text, &fixes))
}

/// A damaged sequence: its byte offset and length, and the character it stands for.
type Fix = (usize, usize, char);

fn find_fixes(text: &str) -> Vec<Fix> {
    let mut fixes = Vec::new();
    // Every lead character (U+00C2..=U+00F4) is encoded with the byte 0xC3, which always
    // starts a character: only those places are looked at.
    let mut from = 0usize;
    while let Some(found) = memchr::memchr(0xC3, text.as_bytes().get(from..).unwrap_or(&[])) {
        let at = from + found;
        match text.get(at..).and_then(repaired_sequence) {
            Some((fixed, len)) => {
                fixes.push((at, len, fixed));
                from = at + len;
            }
            None => from = at + 1,
        }
    }
    fixes
}

/// Characters inside the damaged sequences.
fn explained_chars(text: &str, fixes: &[Fix]) -> usize {
    fixes
        .iter()
        .filter_map(|&(at, len, _)| text.get(at..at + len))
        .map(|damaged| damaged.chars().count())
        .sum()
}

/// Non-ASCII characters that a Windows-1252 decoder can produce: those that double
/// encoding turns every non-ASCII character into. Letters outside that set ("ş", "ı") are
/// written right and do not count against the damage around them.
fn windows_1252_chars(text: &str) -> usize {
    text.chars()
        .filter(|&c| !c.is_ascii() && windows_1252_byte(c).is_some())
        .count()
}

/// In text encoded twice every non-ASCII character became part of a damaged sequence; in
/// ordinary accented text or binary noise most such characters are not part of one.
fn is_damage(explained: usize, candidates: usize) -> bool {
    explained * 3 >= candidates * 2
}

fn apply(text: &str, fixes: &[Fix]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0usize;
    for &(at, len, fixed) in fixes {
        out.push_str(text.get(copied..at).unwrap_or(""));
        out.push(fixed);
        copied = at + len;
    }
    out.push_str(text.get(copied..).unwrap_or(""));
    out
}

/// The character a damaged sequence at the start of `text` stands for, and the length in
/// bytes of the damaged sequence.
fn repaired_sequence(text: &str) -> Option<(char, usize)> {
    let mut chars = text.char_indices();
    let (_, lead) = chars.next()?;
    let len = sequence_len(lead)?;
    let mut bytes = [0u8; 4];
    bytes[0] = u8::try_from(u32::from(lead)).ok()?;
    for slot in bytes.iter_mut().take(len).skip(1) {
        *slot = chars.next().and_then(|(_, c)| continuation_byte(c))?;
    }
    let end = chars.next().map_or(text.len(), |(offset, _)| offset);
    let mut fixed = std::str::from_utf8(&bytes[..len]).ok()?.chars().next()?;
    if let Ok(byte @ 0x80..=0x9F) = u8::try_from(u32::from(fixed)) {
        fixed = windows_1252_char(byte)?;
    }
    is_plausible(fixed).then_some((fixed, end))
}

/// How many bytes the UTF-8 sequence led by the byte that `c` stands for has, if `c`
/// stands for a lead byte of a multi-byte sequence.
fn sequence_len(c: char) -> Option<usize> {
    match u32::from(c) {
        0xC2..=0xDF => Some(2),
        0xE0..=0xEF => Some(3),
        0xF0..=0xF4 => Some(4),
        _ => None,
    }
}

/// The continuation byte (0x80..=0xBF) that `c` stands for once decoded as Windows-1252.
fn continuation_byte(c: char) -> Option<u8> {
    windows_1252_byte(c).filter(|b| (0x80..=0xBF).contains(b))
}

/// What Windows-1252 decodes the bytes 0x80..=0x9F to (`None`: undefined there; browsers
/// then give the C1 control of the same number, as Latin-1 does).
#[rustfmt::skip]
const WINDOWS_1252_80_9F: [Option<char>; 32] = [
    Some('€'), None, Some('‚'), Some('ƒ'), Some('„'), Some('…'), Some('†'), Some('‡'),
    Some('ˆ'), Some('‰'), Some('Š'), Some('‹'), Some('Œ'), None, Some('Ž'), None,
    None, Some('\u{2018}'), Some('\u{2019}'), Some('\u{201C}'), Some('\u{201D}'), Some('•'),
    Some('–'), Some('—'),
    Some('˜'), Some('™'), Some('š'), Some('›'), Some('œ'), None, Some('ž'), Some('Ÿ'),
];

/// The byte (0x80..=0xFF) that Windows-1252, or Latin-1 for its C1 controls, decodes to `c`.
fn windows_1252_byte(c: char) -> Option<u8> {
    match u32::from(c) {
        code @ 0x80..=0xFF => u8::try_from(code).ok(),
        _ => WINDOWS_1252_80_9F
            .iter()
            .position(|&d| d == Some(c))
            .and_then(|i| u8::try_from(0x80 + i).ok()),
    }
}

/// The character Windows-1252 decodes `byte` (0x80..=0x9F) to: text stored in Windows-1252,
/// read as Latin-1 and then encoded twice, comes back as C1 controls ("Â\u{92}" for "’").
fn windows_1252_char(byte: u8) -> Option<char> {
    WINDOWS_1252_80_9F
        .get(usize::from(byte).checked_sub(0x80)?)
        .copied()
        .flatten()
}

/// Characters that double encoding turns into mojibake on real pages. Ideographs are left
/// out: an accented letter, a no-break space and a guillemet ("été\u{a0}»") spell one.
fn is_plausible(c: char) -> bool {
    matches!(u32::from(c),
        0xA0..=0x24F          // Latin-1 letters and signs, Latin Extended
        | 0x370..=0x6FF       // Greek, Cyrillic, Armenian, Hebrew, Arabic
        | 0x2000..=0x206F     // punctuation: dashes, quotes, ellipsis, bullets
        | 0x20A0..=0x20CF     // currency
        | 0x2100..=0x27FF     // letterlike (™, №), arrows, math (≤), shapes, dingbats (✓)
        | 0x2900..=0x2BFF     // arrows, math, stars (⭐); not Braille: "â", NBSP, "«" spell it
        | 0xFE00..=0xFE0F     // variation selectors after emoji
        | 0x1F300..=0x1FAFF // emoji
    )
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn double_encoded_text_is_put_back() {
        let cases = [
            ("cafÃ©", "café"),
            ("itâ€™s â€œquotedâ€\u{9d}", "it’s “quoted”"),
            ("costsâ\u{80}\u{94}Get", "costs—Get"),
            ("free isÂ\u{a0}\"free\"", "free is\u{a0}\"free\""),
            ("ÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет"),
            ("smile ðŸ˜€", "smile 😀"),
            ("Â£20 and éÃ©", "£20 and éé"),
            ("shouldnÂ\u{92}t", "shouldn’t"),
            ("0 â\u{89}¤ r, â\u{ad}\u{90}â\u{ad}\u{90}", "0 ≤ r, ⭐⭐"),
            ("Ocakbaşı KarakÃ¶y", "Ocakbaşı Karaköy"),
        ];
        for (damaged, expected) in cases {
            assert_eq!(repair(damaged), expected, "{damaged:?}");
        }
    }

    #[test]
    fn ordinary_accented_text_stays() {
        for text in [
            "café",
            "São Paulo",
            "l'été\u{a0}» et «\u{a0}déjà\u{a0}»",
            "mâ\u{a0}« oui »",
            "MAÇÃ",
            "Ã at the end Ã",
            "naïve façade",
            "",
            // Two plausible pairs among many other accented letters: not a page encoded twice.
            "Příliš žluťoučký kůň Ã© úpěl ďábelské ódy Â£",
        ] {
            assert!(
                matches!(repair(text), std::borrow::Cow::Borrowed(t) if t == text),
                "{text:?}"
            );
        }
    }
}
