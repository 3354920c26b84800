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

/// Text with double-encoded UTF-8 sequences put back; borrowed when there are none.
pub(crate) fn repair(text: &str) -> Cow<'_, str> {
    let mut out: Option<String> = None;
    let mut copied = 0usize;
    // Every lead character (U+00C2..=U+00F4) is encoded with the byte 0xC3, which always
    // starts a character: only those places are looked at.
    let mut from = 0usize;
    while let Some(found) = memchr::memchr(0xC3, text.as_bytes().get(from..).unwrap_or(&[])) {
        let at = from + found;
        from = at + 1;
        let Some((fixed, end)) = text.get(at..).and_then(repaired_sequence) else {
            continue;
        };
        let buf = out.get_or_insert_with(|| String::with_capacity(text.len()));
        buf.push_str(text.get(copied..at).unwrap_or(""));
        buf.push(fixed);
        copied = at + end;
        from = copied;
    }
    match out {
        Some(mut buf) => {
            buf.push_str(text.get(copied..).unwrap_or(""));
            Cow::Owned(buf)
        }
        None => Cow::Borrowed(text),
    }
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
    let fixed = std::str::from_utf8(&bytes[..len]).ok()?.chars().next()?;
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

/// The continuation byte (0x80..=0xBF) that `c` stands for once decoded as Windows-1252
/// (or Latin-1, whose C1 controls Windows-1252 leaves undefined).
fn continuation_byte(c: char) -> Option<u8> {
    let byte = match u32::from(c) {
        code @ 0x80..=0xBF => u8::try_from(code).ok()?,
        _ => match c {
            '€' => 0x80,
            '‚' => 0x82,
            'ƒ' => 0x83,
            '„' => 0x84,
            '…' => 0x85,
            '†' => 0x86,
            '‡' => 0x87,
            'ˆ' => 0x88,
            '‰' => 0x89,
            'Š' => 0x8A,
            '‹' => 0x8B,
            'Œ' => 0x8C,
            'Ž' => 0x8E,
            '\u{2018}' => 0x91,
            '\u{2019}' => 0x92,
            '\u{201C}' => 0x93,
            '\u{201D}' => 0x94,
            '•' => 0x95,
            '–' => 0x96,
            '—' => 0x97,
            '˜' => 0x98,
            '™' => 0x99,
            'š' => 0x9A,
            '›' => 0x9B,
            'œ' => 0x9C,
            'ž' => 0x9E,
            'Ÿ' => 0x9F,
            _ => return None,
        },
    };
    Some(byte)
}

/// Characters that double encoding turns into mojibake on real pages. Ideographs are left
/// out: an accented letter, a no-break space and a guillemet ("été\u{a0}»") spell one.
fn is_plausible(c: char) -> bool {
    matches!(u32::from(c),
        0xA0..=0x24F          // Latin-1 letters and signs, Latin Extended
        | 0x370..=0x6FF       // Greek, Cyrillic, Armenian, Hebrew, Arabic
        | 0x2000..=0x206F     // punctuation: dashes, quotes, ellipsis, bullets
        | 0x20A0..=0x20CF     // currency
        | 0x2100..=0x21FF     // letterlike (™, №), number forms, arrows
        | 0x2500..=0x27BF     // boxes, shapes, symbols, dingbats (★, ✓)
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
            "MAÇÃ",
            "Ã at the end Ã",
            "naïve façade",
            "",
        ] {
            assert!(
                matches!(repair(text), std::borrow::Cow::Borrowed(t) if t == text),
                "{text:?}"
            );
        }
    }
}
