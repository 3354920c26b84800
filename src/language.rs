//! The language of the extracted text. Markup often says nothing, or says what the site's
//! template says (`<html lang="en">` on a page written in German), so the text itself is
//! asked, with the `whatlang` trigram detector (the `language` feature): small, and fast
//! enough to run on every page. Its answer counts only when it is confident; otherwise the
//! declared language stands in. [`same_language`] compares codes for
//! `Options::with_target_language`.

/// Bytes of the text read: a page's language shows in its first paragraphs. Most of the
/// detector's time (about 0.1 ms a page) is a fixed cost of comparing trigram profiles, so
/// reading less saves little.
#[cfg(feature = "language")]
const SAMPLE_BYTES: usize = 1024;

/// ISO 639-3 codes the detector reports, with their ISO 639-1 codes (what `<html lang>` and
/// most users write). A language without one keeps its three letters.
const TWO_LETTER_CODES: &[(&str, &str)] = &[
    ("afr", "af"),
    ("aka", "ak"),
    ("amh", "am"),
    ("ara", "ar"),
    ("aze", "az"),
    ("bel", "be"),
    ("ben", "bn"),
    ("bul", "bg"),
    ("cat", "ca"),
    ("ces", "cs"),
    ("cmn", "zh"),
    ("cym", "cy"),
    ("dan", "da"),
    ("deu", "de"),
    ("ell", "el"),
    ("eng", "en"),
    ("epo", "eo"),
    ("est", "et"),
    ("fin", "fi"),
    ("fra", "fr"),
    ("guj", "gu"),
    ("heb", "he"),
    ("hin", "hi"),
    ("hrv", "hr"),
    ("hun", "hu"),
    ("hye", "hy"),
    ("ind", "id"),
    ("ita", "it"),
    ("jav", "jv"),
    ("jpn", "ja"),
    ("kan", "kn"),
    ("kat", "ka"),
    ("khm", "km"),
    ("kor", "ko"),
    ("lat", "la"),
    ("lav", "lv"),
    ("lit", "lt"),
    ("mal", "ml"),
    ("mar", "mr"),
    ("mkd", "mk"),
    ("mya", "my"),
    ("nep", "ne"),
    ("nld", "nl"),
    ("nob", "nb"),
    ("ori", "or"),
    ("pan", "pa"),
    ("pes", "fa"),
    ("pol", "pl"),
    ("por", "pt"),
    ("ron", "ro"),
    ("rus", "ru"),
    ("sin", "si"),
    ("slk", "sk"),
    ("slv", "sl"),
    ("sna", "sn"),
    ("spa", "es"),
    ("srp", "sr"),
    ("swe", "sv"),
    ("tam", "ta"),
    ("tel", "te"),
    ("tgl", "tl"),
    ("tha", "th"),
    ("tuk", "tk"),
    ("tur", "tr"),
    ("ukr", "uk"),
    ("urd", "ur"),
    ("uzb", "uz"),
    ("vie", "vi"),
    ("yid", "yi"),
    ("zul", "zu"),
];

/// Two-letter codes that name one language: Norwegian and its Bokmål.
const SAME_CODES: &[(&str, &str)] = &[("no", "nb")];

/// The language of `text` as a two-letter code (three letters where ISO 639-1 has none),
/// when the detector is confident; `None` for text too short or too mixed to tell.
#[cfg(feature = "language")]
pub(crate) fn detect(text: &str) -> Option<&'static str> {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let info = whatlang::detect(&text[..end]).filter(whatlang::Info::is_reliable)?;
    let code = info.lang().code();
    Some(two_letters(code).unwrap_or(code))
}

/// The language [`Metadata::language`](crate::Metadata::language) reports: the text's when
/// the detector is confident, else the primary subtag of the `declared` one.
pub(crate) fn of_text(text: &str, declared: Option<&str>) -> Option<String> {
    detect(text)
        .map(str::to_string)
        .or_else(|| declared.and_then(primary_code))
}

/// Without the `language` feature, the text is not asked.
#[cfg(not(feature = "language"))]
pub(crate) fn detect(_text: &str) -> Option<&'static str> {
    None
}

/// The primary subtag of a language tag, lower-cased and as two letters where ISO 639-1
/// has them: `en-US` → `en`, `de_AT` → `de`, `deu` → `de`. `None` for an empty tag.
pub(crate) fn primary_code(tag: &str) -> Option<String> {
    let primary = tag
        .trim()
        .split(['-', '_'])
        .next()
        .filter(|p| !p.is_empty())?
        .to_ascii_lowercase();
    Some(two_letters(&primary).map_or(primary, str::to_string))
}

pub(crate) fn two_letters(three: &str) -> Option<&'static str> {
    TWO_LETTER_CODES
        .iter()
        .find(|(long, _)| *long == three)
        .map(|&(_, short)| short)
}

/// Whether two language tags name one language (their primary subtags agree).
pub(crate) fn same_language(a: &str, b: &str) -> bool {
    match (primary_code(a), primary_code(b)) {
        (Some(a), Some(b)) => {
            a == b
                || SAME_CODES
                    .iter()
                    .any(|&(x, y)| (a == x && b == y) || (a == y && b == x))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_reduce_to_their_primary_code() {
        assert_eq!(primary_code("en-US").as_deref(), Some("en"));
        assert_eq!(primary_code(" de_AT ").as_deref(), Some("de"));
        assert_eq!(primary_code("DEU").as_deref(), Some("de"));
        assert_eq!(primary_code("fil").as_deref(), Some("fil"));
        assert_eq!(primary_code(""), None);
        assert_eq!(primary_code("-x"), None);
        assert!(same_language("en-GB", "en"));
        assert!(same_language("no", "nb-NO"));
        assert!(same_language("nb", "no"));
        assert!(!same_language("de", "en"));
        assert!(!same_language("", "en"));
    }

    #[cfg(feature = "language")]
    #[test]
    fn confident_text_gets_a_code_and_short_text_none() {
        let german = "Die Brücke über den Hafen ist nach zwei Jahren Reparatur wieder für den \
                      Verkehr geöffnet worden, und die Pendler aus dem Norden sparen jeden \
                      Morgen zwanzig Minuten.";
        assert_eq!(detect(german), Some("de"));
        let chinese =
            "港口大桥经过两年的维修，周一早上重新通车，北岸居民每天的通勤时间缩短了二十分钟。";
        assert_eq!(detect(chinese), Some("zh"));
        assert_eq!(detect("OK"), None);
        assert_eq!(detect(""), None);
        // Only the start is read: a long text cut inside a character still works.
        let long = format!("{}{}", "é".repeat(SAMPLE_BYTES), german);
        assert_ne!(detect(&long), Some("de"));
    }
}
