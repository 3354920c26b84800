//! The headline from `<title>`: the parts that name the site (its declared name, its host
//! name) removed.

use super::{clean, LIMITS};
use crate::features::{is_wide_script, letter_weight};
use crate::rules::vocabulary::{words, TITLE_SEPARATORS};

/// The share of two titles' words (of `title_word_letters` letters or more, ignoring case) that they have
/// in common: the size of the intersection over the size of the union.
pub(super) fn word_overlap(a: &str, b: &str) -> f64 {
    // A character of a wide script (a Chinese character, a kana, a Hangul syllable) says as
    // much as two letters: Korean words of two syllables count.
    let letters = |w: &str| w.chars().map(letter_weight).sum::<usize>();
    let words = |s: &str| -> Vec<String> {
        let mut w: Vec<String> = s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| letters(w) >= LIMITS.title_word_letters)
            .map(str::to_lowercase)
            .collect();
        w.sort_unstable();
        w.dedup();
        w
    };
    let (a, b) = (words(a), words(b));
    let common = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    let union = a.len() + b.len() - common;
    if union == 0 {
        0.0
    } else {
        common as f64 / union as f64
    }
}

/// Whether `c` is of a script whose characters are wide: Chinese characters, kana, Hangul
/// syllables, full-width forms.
fn is_wide(c: char) -> bool {
    is_wide_script(c) || matches!(c, '\u{FF00}'..='\u{FFEF}')
}

/// A `<title>` as its parts are read: whitespace collapsed, and an underscore between two
/// wide characters spaced out into the `" _ "` separator ("新闻标题_城市日报"), which an
/// underscore in a Latin name ("to_csv") never is.
fn title_text(title: &str) -> String {
    let title = clean(head(title, MAX_TITLE_BYTES));
    if !title.contains('_') {
        return title;
    }
    let chars: Vec<char> = title.chars().collect();
    let mut out = String::with_capacity(title.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let between_wide = c == '_'
            && i > 0
            && chars.get(i - 1).copied().is_some_and(is_wide)
            && chars.get(i + 1).copied().is_some_and(is_wide);
        if between_wide {
            out.push_str(" _ ");
        } else {
            out.push(c);
        }
    }
    out
}

/// What names the site in a `<title>`: its declared name, and the labels of its host name.
pub(super) struct Site<'a> {
    name: Option<&'a str>,
    /// Host labels without `www` and the top-level domain ("tires", "bridgestone"); empty
    /// on a home page, whose title is the site's own name and slogan.
    host_labels: Vec<String>,
}

impl<'a> Site<'a> {
    pub(super) fn new(name: Option<&'a str>, url: Option<&url::Url>) -> Self {
        let host_labels = match url {
            Some(u) if !matches!(u.path(), "" | "/") => {
                let host = u.host_str().unwrap_or_default().to_lowercase();
                let labels: Vec<&str> = host.split('.').collect();
                let without_tld = &labels[..labels.len().saturating_sub(1)];
                without_tld
                    .iter()
                    .filter(|l| l.len() >= 3 && **l != "www")
                    .map(|l| l.to_string())
                    .collect()
            }
            _ => Vec::new(),
        };
        Site { name, host_labels }
    }

    /// Whether a `<title>` part names the site: its declared name, or its host name spelled
    /// out ("B&H Photo Video" on bhphotovideo.com, "Raspberry Pi Forums" on
    /// forums.raspberrypi.com) or abbreviated ("Wine & Spirit Education Trust" on
    /// wsetglobal.com).
    pub(super) fn is_named_by(&self, part: &str) -> bool {
        let part = part.trim();
        if self
            .name
            .is_some_and(|n| n.trim().eq_ignore_ascii_case(part))
        {
            return true;
        }
        if self.host_labels.is_empty() {
            return false;
        }
        let compact: String = part
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        if compact.is_empty() {
            return false;
        }
        let words: Vec<&str> = part
            .split(|c: char| c.is_whitespace() || c == '&' || c == '-')
            .filter(|w| !w.is_empty())
            .collect();
        let initials: String = if words.len() >= 3 {
            words
                .iter()
                .filter_map(|w| w.chars().next())
                .flat_map(char::to_lowercase)
                .collect()
        } else {
            String::new()
        };
        self.host_labels.iter().any(|label| {
            compact == *label
                || (compact.len() >= 4 && label.contains(&compact))
                || (label.len() >= 4
                    && compact.contains(label.as_str())
                    && compact.len() <= label.len() + 12)
                || (!initials.is_empty() && label.starts_with(&initials))
        })
    }
}

/// What a `<title>` split at a separator says of the `<h1>`, read against the page's
/// headings (all compared ignoring case and spacing).
#[derive(Debug, PartialEq)]
pub(super) enum TitleParts {
    /// The `<h1>` is the first part and no later part is printed as a heading: the page's
    /// own name before the site's ("Quickstart — Flask Documentation (3.1.x)"), however
    /// short.
    H1First,
    /// The `<h1>` is a later part and the first is printed as a heading: a handbook's or a
    /// shop's name in the `<h1>` of every page, and this page's name ("What is Ownership?
    /// - The Rust Programming Language" over the chapter's `<h2>`).
    PrintedFirst(String),
}

/// Most parts in a title whose first part is taken for the page's name: more make a
/// path of sections ("Sport and Outdoor - Personal Fitness - Weight Training - ... -
/// Shop"), whose first part is the broadest section.
const MAX_PRINTED_FIRST_PARTS: usize = 3;

/// Reads `title`'s parts at the first separator that places `h1` among them; `headings`
/// are the page's, whitespace collapsed and lower-cased. An `<h1>`
/// first with a later part printed as a heading is a site's name before its post ("Ed
/// Brill - New IBM study ..." over the post's `<h2>`): nothing to say.
pub(super) fn read_title_parts(h1: &str, title: &str, headings: &[String]) -> Option<TitleParts> {
    let folded = |s: &str| clean(s).to_lowercase();
    let printed = |part: &str| headings.contains(&folded(part));
    let h1 = folded(h1);
    let title = title_text(title);
    if h1.is_empty() {
        return None;
    }
    words(TITLE_SEPARATORS).find_map(|sep| {
        let (first, rest) = title.split_once(sep)?;
        let first = first.trim();
        let mut later = rest.split(sep).map(str::trim);
        if folded(first) == h1 {
            (!later.any(printed)).then_some(TitleParts::H1First)
        } else if later.any(|part| folded(part) == h1)
            && printed(first)
            && rest.matches(sep).count() < MAX_PRINTED_FIRST_PARTS - 1
        {
            Some(TitleParts::PrintedFirst(first.to_string()))
        } else {
            None
        }
    })
}

/// Longest title read for its parts: a headline, a section and a site name fit many times.
pub(super) const MAX_TITLE_BYTES: usize = 2048;

/// The first `max` bytes of `text` or fewer, cut at a character boundary.
pub(super) fn head(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Removes the parts that name the site from a declared headline.
pub(super) fn strip_exact_site_name(title: &str, site: &Site<'_>) -> String {
    // Each round below removes a part and splits the title again: bounded by the length.
    let mut title = title_text(title);
    'strip: loop {
        for sep in words(TITLE_SEPARATORS) {
            let parts: Vec<&str> = title.split(sep).collect();
            if parts.len() < 2 {
                continue;
            }
            let rest: Vec<&str> = parts
                .iter()
                .copied()
                .filter(|p| !site.is_named_by(p))
                .collect();
            if !rest.is_empty() && rest.len() < parts.len() {
                title = rest.join(sep).trim().to_string();
                continue 'strip;
            }
        }
        return title;
    }
}

/// Removes site-name parts from a `<title>`: parts that name the site, or else, one at a
/// time, an end part that is much shorter than the rest ("Headline - Section - Site").
pub(super) fn strip_site_name(title: &str, site: &Site<'_>) -> String {
    let mut title = strip_exact_site_name(title, site);
    'strip: loop {
        for sep in words(TITLE_SEPARATORS) {
            if let Some((head, tail)) = title.rsplit_once(sep) {
                if tail.chars().count() * LIMITS.title_part_ratio < head.chars().count() {
                    title = head.trim().to_string();
                    continue 'strip;
                }
            }
            if let Some((head, tail)) = title.split_once(sep) {
                if head.chars().count() * LIMITS.title_part_ratio < tail.chars().count() {
                    title = tail.trim().to_string();
                    continue 'strip;
                }
            }
        }
        return title;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_name_suffix_is_removed() {
        let none = Site::new(None, None);
        assert_eq!(
            strip_site_name(
                "Big news today | Example Times",
                &Site::new(Some("Example Times"), None)
            ),
            "Big news today"
        );
        assert_eq!(
            strip_site_name("A long headline about a thing - Site", &none),
            "A long headline about a thing"
        );
        assert_eq!(strip_site_name("Plain title", &none), "Plain title");
        // WordPress's "Post « Blog".
        assert_eq!(
            strip_site_name("A long headline about a thing « Site", &none),
            "A long headline about a thing"
        );
        // Chinese sites join a title's parts with underscores, Japanese ones with a
        // full-width bar; an underscore in a Latin name splits nothing.
        assert_eq!(
            strip_site_name("市政府公布新公园建设计划_本地新闻_城市日报", &none),
            "市政府公布新公园建设计划"
        );
        assert_eq!(
            strip_site_name("新しい公園の計画を発表｜市民新聞", &none),
            "新しい公園の計画を発表"
        );
        assert_eq!(
            strip_site_name("pandas.DataFrame.to_csv_and_friends", &none),
            "pandas.DataFrame.to_csv_and_friends"
        );
        assert_eq!(strip_site_name("新闻_ abc", &none), "新闻_ abc");
    }

    #[test]
    fn an_underscore_separates_only_wide_characters() {
        assert_eq!(title_text("标题_网站"), "标题 _ 网站");
        assert_eq!(title_text("_标题_"), "_标题_");
        assert_eq!(title_text("a_b 标_b a_标"), "a_b 标_b a_标");
        assert_eq!(title_text("  plain   title "), "plain title");
    }

    #[test]
    fn title_parts_place_the_h1_against_the_printed_headings() {
        // As `collect` gives them: whitespace collapsed, lower-cased.
        let headings = |h: &[&str]| {
            h.iter()
                .map(|s| clean(s).to_lowercase())
                .collect::<Vec<_>>()
        };
        let read = |h1: &str, title: &str, printed: &[&str]| {
            read_title_parts(h1, title, &headings(printed))
        };
        let docs = "Quickstart  —  Flask Documentation (3.1.x)";
        assert_eq!(
            read("quickstart", docs, &["Quickstart"]),
            Some(TitleParts::H1First)
        );
        // A later part printed too: the `<h1>` first is a site's name over a post.
        let blog = "Ed Brill - New IBM study";
        assert_eq!(read("Ed Brill", blog, &["Ed Brill", "New IBM study"]), None);
        assert_eq!(
            read("Ed Brill", blog, &["Ed Brill"]),
            Some(TitleParts::H1First)
        );
        let book = "What is Ownership? - The Rust Programming Language";
        assert_eq!(
            read(
                "the rust programming language",
                book,
                &["What  is ownership?"]
            ),
            Some(TitleParts::PrintedFirst("What is Ownership?".to_string()))
        );
        // A path of four sections or more: its first part is the broadest section.
        let path = "Outdoor - Fitness - Weights - Rowing machines";
        assert_eq!(read("Weights", path, &["Outdoor"]), None);
        let three = "Outdoor - Fitness - Weights";
        assert_eq!(
            read("Weights", three, &["Outdoor"]),
            Some(TitleParts::PrintedFirst("Outdoor".to_string()))
        );
        // The first part not printed, a part of a part, no separator, no `<h1>` text.
        assert_eq!(read("The Rust Programming Language", book, &[]), None);
        assert_eq!(read("Quick", docs, &["Quickstart"]), None);
        assert_eq!(read("Quickstart — Flask", docs, &[]), None);
        assert_eq!(read("Plain title", "Plain Title", &[]), None);
        assert_eq!(read("", docs, &[""]), None);
    }

    #[test]
    fn word_overlap_counts_shared_long_words() {
        assert_eq!(
            word_overlap("The Best Cheap Laptops", "Best cheap laptops 2026"),
            0.75
        );
        assert_eq!(word_overlap("Trails", "Walking in the hills"), 0.0);
        assert_eq!(word_overlap("a b c", "a b c"), 0.0);
        // Korean words are short: a syllable counts as two letters.
        assert_eq!(
            word_overlap(
                "시청, 새 공원 계획 발표",
                "시청, 새 공원 계획 발표 : 시민일보"
            ),
            0.8
        );
        assert_eq!(word_overlap("새 공", "새 공"), 0.0);
        // A section heading sharing one word with a long title is not a variant of it.
        assert!(
            word_overlap(
                "Our services",
                "Plumbing services for homes, shops and offices"
            ) < 0.25
        );
    }

    #[test]
    fn title_parts_naming_the_host_are_removed() {
        let cases = [
            // Spelled out, and abbreviated by initials.
            (
                "https://shop.tealkettle.example/products/pot",
                "A Large Pot | Teal Kettle",
                "A Large Pot",
            ),
            (
                "https://www.fgsgallery.example/courses/ink",
                "Drawing in Ink - Fine Glass Studio Gallery",
                "Drawing in Ink",
            ),
            // A part that merely shares a word with the host stays.
            (
                "https://shop.tealkettle.example/products/pot",
                "Kettle care: descaling | Guide",
                "Kettle care: descaling | Guide",
            ),
            // On the home page the site's name is the title.
            (
                "https://tealkettle.example/",
                "Teal Kettle | Pots for every stove",
                "Teal Kettle | Pots for every stove",
            ),
        ];
        for (page, title, want) in cases {
            let url = url::Url::parse(page).expect("test URL");
            let site = Site::new(None, Some(&url));
            assert_eq!(strip_exact_site_name(title, &site), want, "{page}");
        }
        // A bullet separates parts too.
        assert_eq!(
            strip_exact_site_name(
                "Tide tables • Harbour Office",
                &Site::new(Some("Harbour Office"), None)
            ),
            "Tide tables"
        );
    }

    /// A page whose `<h1>` prints the `<title>`, site name and all.
    const H1_WITH_SITE: &str = "<html><head><title>Tide tables for the north pier | Harbour \
        Office</title><meta property=og:site_name content='Harbour Office'></head><body>\
        <h1>Tide tables for the north pier | Harbour Office</h1><p>The harbour office \
        publishes the tide tables for the north pier every month, with the times of high \
        and low water and the heights of each tide in metres.</p></body></html>";

    /// A line break in the `<h1>` parts its words; a `<wbr>` (a place a long word may
    /// break) and inline markup do not.
    #[test]
    fn a_line_break_in_the_h1_is_a_space_in_the_title() {
        for (h1, title) in [
            (
                "Tide tables<span><br>for the north pier</span>",
                "Tide tables for the north pier",
            ),
            (
                "Tide tables<br/>for the north pier",
                "Tide tables for the north pier",
            ),
            (
                "Tide<wbr>tables for the <em>north</em> pier",
                "Tidetables for the north pier",
            ),
        ] {
            let html = H1_WITH_SITE.replace(
                "<h1>Tide tables for the north pier | Harbour Office</h1>",
                &format!("<h1>{h1}</h1>"),
            );
            let meta = crate::extract_metadata(&html).expect("reads");
            assert_eq!(meta.title.as_deref(), Some(title), "{h1}");
        }
    }

    #[test]
    fn an_h1_printed_with_the_site_name_loses_it_as_the_title() {
        let meta = crate::extract_metadata(H1_WITH_SITE).expect("reads");
        assert_eq!(
            meta.title.as_deref(),
            Some("Tide tables for the north pier")
        );
        // The heading that repeats the title as printed is still the headline, kept out of
        // the body text.
        let article = crate::extract(H1_WITH_SITE).expect("extracts");
        assert!(
            article.text().starts_with("The harbour office"),
            "{}",
            article.text()
        );
        // An `<h1>` that is only the site's name is no title.
        let logo = H1_WITH_SITE.replace(
            "<h1>Tide tables for the north pier | Harbour Office</h1>",
            "<h1>Harbour Office</h1>",
        );
        let meta = crate::extract_metadata(&logo).expect("reads");
        assert_eq!(
            meta.title.as_deref(),
            Some("Tide tables for the north pier")
        );
    }
}
