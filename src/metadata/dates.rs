//! Dates as pages write them (`2024-03-11`, `March 11, 2024`, `11.03.2024`, `12. März
//! 2021`, `3 de marzo de 2020`, `2020年3月3日`, a date in the URL), read into `YYYY-MM-DD`.
//! Month names and the filler words between a date's parts are data, in the vocabulary.
use std::borrow::Cow;

use crate::rules::vocabulary::{
    contains, language_name, months_of, words, Months, DATE_FILLERS, JAPANESE_ERAS, MONTHS,
    SOLAR_HIJRI_MONTHS,
};

/// The first code point of each run of ten decimal digits that pages write numbers with
/// besides ASCII: Arabic-Indic (Arabic), Extended Arabic-Indic (Persian, Urdu), Devanagari
/// (Hindi, Marathi), Bengali, Thai, full-width (Chinese, Japanese).
const DIGIT_ZEROS: [char; 6] = [
    '\u{660}', '\u{6F0}', '\u{966}', '\u{9E6}', '\u{E50}', '\u{FF10}',
];

/// `text` with every digit of another script written as its ASCII digit ("۱۲ نظر" is
/// "12 نظر", "١٢ مارس ٢٠٢٤" is "12 مارس 2024"), so counts, durations and dates read the
/// same in any script. Borrowed when there is none (nearly always).
pub(crate) fn fold_digits(text: &str) -> Cow<'_, str> {
    let ascii = |c: char| {
        DIGIT_ZEROS.iter().find_map(|&zero| {
            let offset = u32::from(c).checked_sub(u32::from(zero))?;
            (offset < 10).then(|| char::from(b'0' + offset as u8))
        })
    };
    if text.is_ascii() || !text.chars().any(|c| ascii(c).is_some()) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(|c| ascii(c).unwrap_or(c)).collect())
}

/// The month a word names (`Feb`, `February`, `Sept.`, `März`, `juil.`, `марта`), 1-based:
/// in the `page_language` month names first (see [`months_of`]), else in any listed
/// language (Croatian "listopada" is October, Polish November). A word names a month when
/// it starts one and has at least three letters, or is one.
pub(super) fn month_number(word: &str, page_language: &[&'static Months]) -> Option<u32> {
    // Most words a date is read from are its numbers.
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let w = word.trim_end_matches('.').to_lowercase();
    // An abbreviation has three letters at least ("ma" is no month); a whole name may have
    // two (Hindi "मई", Bengali "মে").
    let abbreviation = w.chars().nth(2).is_some();
    page_language
        .iter()
        .copied()
        .chain(MONTHS)
        .find_map(|months| {
            months
                .names
                .iter()
                .position(|m| {
                    *m == w
                        || (abbreviation && m.starts_with(&w))
                        || (w == "sept" && *m == "september")
                })
                .and_then(|i| u32::try_from(i + 1).ok())
        })
}

/// Years of the Buddhist era that Thai pages date by (2567 is 2024): 543 years ahead, and
/// no Gregorian year a page is dated in.
const BUDDHIST_ERA_YEARS: std::ops::RangeInclusive<u32> = 2533..=2643;
const BUDDHIST_ERA_OFFSET: u32 = 543;

/// `YYYY-MM-DD` when the parts make a date a page may carry (1990 to 2100; a Buddhist-era
/// year is read as its Gregorian one).
pub(super) fn valid_date(y: u32, m: u32, d: u32) -> Option<String> {
    let y = if BUDDHIST_ERA_YEARS.contains(&y) {
        y - BUDDHIST_ERA_OFFSET
    } else {
        y
    };
    ((1990..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// A calendar date written in `text`, as `YYYY-MM-DD`: ISO (`2024-03-11`, `2024/03/11`),
/// `March 11, 2024`, `11 March 2024`, `03/11/2024` (month first), `11.03.2024`, the same
/// with month names of other languages and filler words between the parts, or the
/// Chinese, Japanese and Korean `2020年3月3日` / `2020년 3월 3일`.
pub(crate) fn parse_date(text: &str) -> Option<String> {
    parse_date_in(text, None)
}

/// Whether a page in `lang` (its `<html lang>`) writes a date of slashed numbers day first
/// (`12/03/2024` the 12th of March): every language but American English, which is also
/// what a bare `en`, or no language, is taken for.
pub(super) fn writes_day_first(lang: Option<&str>) -> bool {
    let Some(lang) = lang else { return false };
    let mut subtags = lang.split(['-', '_']).map(str::to_ascii_lowercase);
    !matches!(
        (subtags.next().as_deref(), subtags.next().as_deref()),
        (Some("en"), None | Some("us")) | (Some(""), _) | (None, _)
    )
}

/// [`parse_date`] on a page in `language` (its `<html lang>`): slashed numbers read day
/// first where the language writes them so (see [`writes_day_first`]; a first number over
/// 12 is a day in any order), and the language's month names before other languages'.
pub(super) fn parse_date_in(text: &str, language: Option<&str>) -> Option<String> {
    let page_months: Vec<&Months> = language
        .and_then(language_name)
        .map(|name| months_of(name).collect())
        .unwrap_or_default();
    parse_date_read(text, writes_day_first(language), &page_months)
}

/// Whether `text` is a date that reads one way day first and another month first
/// (`03/04/2024`): only such a date needs a page's language told.
pub(super) fn reads_by_order(text: &str) -> bool {
    parse_date_read(text, true, &[]) != parse_date_read(text, false, &[])
}

/// [`parse_date_in`] with the language's reading spelled out: slashed numbers day first,
/// and the month names read first.
fn parse_date_read(text: &str, day_first: bool, page_months: &[&'static Months]) -> Option<String> {
    let text = &*fold_digits(text);
    if let Some(date) = year_month_day_marked(text) {
        return Some(date);
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_matches(|c: char| matches!(c, '"' | '\'' | '(' | ')' | '[' | ']')))
        // An elided filler is part of the month's word: Catalan "d'abril".
        .map(|w| {
            if !w.contains(['\'', '’']) {
                return w;
            }
            words(DATE_FILLERS)
                .filter(|filler| filler.ends_with(['\'', '’']))
                .find_map(|filler| w.strip_prefix(filler))
                .unwrap_or(w)
        })
        // A number is no filler; most words a date is read from are numbers.
        .filter(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || !(w.is_empty() || contains(DATE_FILLERS, &w.to_lowercase()))
        })
        .collect();
    // The leading number of a word: `11th` and `2025T10:00` read as 11 and 2025.
    let num = |w: &str| -> Option<u32> {
        let digits = w.len() - w.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let rest = &w[digits..];
        let ok_rest = rest.is_empty()
            || rest.starts_with(['T', '.'])
            || rest.chars().all(|c| c.is_ascii_alphabetic() || c == '.');
        ((1..=4).contains(&digits) && ok_rest).then(|| w[..digits].parse().ok())?
    };
    for (i, w) in words.iter().enumerate() {
        let parts: Vec<&str> = w.split(['-', '/', '.', 'T']).collect();
        if parts.len() >= 3 {
            let n: Vec<Option<u32>> = parts.iter().take(3).map(|p| p.parse().ok()).collect();
            if let [Some(a), Some(b), Some(c)] = n[..] {
                // Year first; day first with dots; month first with slashes unless the first
                // number cannot be a month (`13/11/2025`).
                let found = if parts[0].len() == 4 {
                    valid_date(a, b, c)
                } else if w.contains('.') {
                    valid_date(c, b, a)
                } else if day_first {
                    valid_date(c, b, a).or_else(|| valid_date(c, a, b))
                } else {
                    valid_date(c, a, b).or_else(|| valid_date(c, b, a))
                };
                if found.is_some() {
                    return found;
                }
            }
        }
        if let Some(m) = SOLAR_HIJRI_MONTHS.iter().position(|name| name == w) {
            // D Month YYYY in the Solar Hijri calendar.
            let before = i.checked_sub(1).and_then(|p| words.get(p));
            if let (Some(d), Some(y)) = (
                before.and_then(|x| num(x)),
                words.get(i + 1).and_then(|x| num(x)),
            ) {
                let m = u32::try_from(m + 1).ok()?;
                if let Some(date) = solar_hijri_date(y, m, d) {
                    return Some(date);
                }
            }
        }
        if let Some(m) = month_number(w, page_months) {
            // Month D YYYY
            if let (Some(d), Some(y)) = (
                words.get(i + 1).and_then(|x| num(x)),
                words.get(i + 2).and_then(|x| num(x)),
            ) {
                if let Some(date) = valid_date(y, m, d) {
                    return Some(date);
                }
            }
            // YYYY Month D
            if let (Some(y), Some(d)) = (
                i.checked_sub(1)
                    .and_then(|p| words.get(p))
                    .and_then(|x| num(x))
                    .filter(|y| *y >= 1000),
                words.get(i + 1).and_then(|x| num(x)),
            ) {
                if let Some(date) = valid_date(y, m, d) {
                    return Some(date);
                }
            }
            // D Month YYYY
            if let (Some(d), Some(y)) = (
                i.checked_sub(1)
                    .and_then(|p| words.get(p))
                    .and_then(|x| num(x)),
                words.get(i + 1).and_then(|x| num(x)),
            ) {
                if let Some(date) = valid_date(y, m, d) {
                    return Some(date);
                }
            }
        }
    }
    None
}

/// Solar Hijri years whose dates are read: those of 1990 to 2100.
const SOLAR_HIJRI_YEARS: std::ops::RangeInclusive<u32> = 1369..=1479;

/// A Solar Hijri date as `YYYY-MM-DD` of the Gregorian calendar. Leap years follow the
/// 33-year cycle, which matches the calendar's astronomical rule over these years. The
/// year starts at Nowruz; 1 Farvardin 1403 was 2024-03-20.
fn solar_hijri_date(y: u32, m: u32, d: u32) -> Option<String> {
    const ANCHOR_YEAR: u32 = 1403;
    let anchor = days_from_civil(2024, 3, 20);
    let leap = |y: u32| matches!(y % 33, 1 | 5 | 9 | 13 | 17 | 22 | 26 | 30);
    let year_days = |y: u32| if leap(y) { 366 } else { 365 };
    if !SOLAR_HIJRI_YEARS.contains(&y) || !(1..=12).contains(&m) {
        return None;
    }
    // Six months of 31 days, five of 30, and Esfand of 29, 30 in a leap year.
    let month_days = match m {
        1..=6 => 31,
        7..=11 => 30,
        _ => 29 + u32::from(leap(y)),
    };
    if !(1..=month_days).contains(&d) {
        return None;
    }
    let nowruz = if y >= ANCHOR_YEAR {
        anchor + (ANCHOR_YEAR..y).map(year_days).sum::<i64>()
    } else {
        anchor - (y..ANCHOR_YEAR).map(year_days).sum::<i64>()
    };
    let before_month = if m <= 7 {
        (m - 1) * 31
    } else {
        186 + (m - 7) * 30
    };
    let (gy, gm, gd) = civil_from_days(nowruz + i64::from(before_month + d - 1));
    valid_date(gy, gm, gd)
}

/// Days from 1970-01-01 to a Gregorian date (years 1 and later).
fn days_from_civil(y: u32, m: u32, d: u32) -> i64 {
    // The year is counted from March, so that February's leap day ends it.
    let y = i64::from(y) - i64::from(m <= 2);
    let (era, year_of_era) = (y.div_euclid(400), y.rem_euclid(400));
    let m = i64::from(m);
    let day_of_year = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(d) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The Gregorian date `days` after 1970-01-01 (the inverse of [`days_from_civil`]).
fn civil_from_days(days: i64) -> (u32, u32, u32) {
    let z = days + 719_468;
    let (era, day_of_era) = (z.div_euclid(146_097), z.rem_euclid(146_097));
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let d = day_of_year - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = year_of_era + era * 400 + i64::from(m <= 2);
    let part = |n: i64| u32::try_from(n).unwrap_or(0);
    (part(y), part(m), part(d))
}

/// A date written with a marker after each part: `2020年3月3日` (Chinese, Japanese),
/// `2020년 3월 3일` (Korean), in a Japanese era too (`令和6年3月12日`, `平成元年`). Read after
/// [`fold_digits`]: full-width digits are ASCII here.
fn year_month_day_marked(text: &str) -> Option<String> {
    const MARKS: [[char; 2]; 3] = [['年', '년'], ['月', '월'], ['日', '일']];
    if !text.contains(['年', '년']) {
        return None;
    }
    // The era written right before a year's number, as the Gregorian year before its first.
    let era_before = |prefix: &str| {
        JAPANESE_ERAS
            .iter()
            .find(|(name, _)| prefix.trim_end().ends_with(name))
            .map(|&(_, base)| base)
    };
    // Each number and the character after it, spaces skipped; an era's year counts from it.
    let mut parts: Vec<(u32, char)> = Vec::new();
    let mut number: Option<u32> = None;
    let mut start = 0;
    for (at, c) in text.char_indices() {
        if let Some(d) = c.to_digit(10) {
            if number.is_none() {
                start = at;
            }
            number = Some(number.unwrap_or(0).saturating_mul(10).saturating_add(d));
        } else if c == '元' && number.is_none() && era_before(&text[..at]).is_some() {
            // `元年`: an era's first year.
            (number, start) = (Some(1), at);
        } else if c.is_whitespace() {
            continue;
        } else if let Some(n) = number.take() {
            let n = match era_before(&text[..start]) {
                Some(base) if c == '年' => base.saturating_add(n),
                _ => n,
            };
            parts.push((n, c));
        }
    }
    parts.windows(3).find_map(|w| {
        let marked = w
            .iter()
            .zip(MARKS)
            .all(|(&(_, c), marks)| marks.contains(&c));
        marked.then(|| valid_date(w[0].0, w[1].0, w[2].0)).flatten()
    })
}

/// `2022-09-14T09:12:00Z` and `2022-09-14` become `2022-09-14`; other forms stay as given.
pub(super) fn normalize_date(raw: &str) -> String {
    let raw = raw.trim();
    let b = raw.as_bytes();
    let iso = b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit);
    if iso {
        raw[..10].to_string()
    } else {
        raw.to_string()
    }
}

/// A date as `YYYY-MM-DD` when it can be read as written on a page in `language` (see
/// [`parse_date_in`]), else as given.
pub(super) fn normalize_any_date(raw: &str, language: Option<&str>) -> String {
    parse_date_in(raw, language).unwrap_or_else(|| normalize_date(raw))
}

/// A date in a URL path: `/2024/03/11/slug` or `/2024-03-11-slug`.
pub(super) fn date_in_url(path: &str) -> Option<String> {
    let segments: Vec<&str> = path.split('/').collect();
    for w in segments.windows(3) {
        let all_digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if all_digits(w[0], 4) && all_digits(w[1], 2) && all_digits(w[2], 2) {
            let n = |s: &str| s.parse::<u32>().ok();
            if let (Some(y), Some(m), Some(d)) = (n(w[0]), n(w[1]), n(w[2])) {
                if let Some(date) = valid_date(y, m, d) {
                    return Some(date);
                }
            }
        }
    }
    segments.iter().find_map(|seg| {
        let b = seg.as_bytes();
        (b.len() >= 10 && b[4] == b'-' && b[7] == b'-')
            .then(|| parse_date(seg.get(..10)?))
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn textual_dates_parse() {
        assert_eq!(parse_date("Feb 08, 2022").as_deref(), Some("2022-02-08"));
        assert_eq!(
            parse_date("Published 3 March 2024 at noon").as_deref(),
            Some("2024-03-03")
        );
        assert_eq!(
            parse_date("Thu, 09/25/2025 - 11:38").as_deref(),
            Some("2025-09-25")
        );
        assert_eq!(parse_date("14.02.2024").as_deref(), Some("2024-02-14"));
        assert_eq!(
            parse_date("2022-09-14T09:12:00Z").as_deref(),
            Some("2022-09-14")
        );
        assert_eq!(parse_date("Sept. 5, 2019").as_deref(), Some("2019-09-05"));
        assert_eq!(parse_date("no date here, 12 items"), None);
    }

    #[test]
    fn more_date_forms_parse() {
        assert_eq!(
            parse_date("\"2025-12-17T13:22:47Z\"").as_deref(),
            Some("2025-12-17")
        );
        assert_eq!(
            parse_date("13/11/2025 09:21:40").as_deref(),
            Some("2025-11-13")
        );
        assert_eq!(parse_date("2023 Jan 7").as_deref(), Some("2023-01-07"));
        assert_eq!(
            parse_date("Oct 01, 2025T10:00:00+03:00").as_deref(),
            Some("2025-10-01")
        );
        assert_eq!(parse_date("March 3rd, 2024").as_deref(), Some("2024-03-03"));
        assert_eq!(parse_date("Page 2 of 17"), None);
        // Month names of languages beyond the first ten.
        for (text, date) in [
            ("12 Mart 2024", "2024-03-12"),
            ("3 Ağustos 2021", "2021-08-03"),
            ("12 مارس 2024", "2024-03-12"),
            ("1 Desember 2023", "2023-12-01"),
            ("5 augusti 2022", "2022-08-05"),
            ("14. října 2020", "2020-10-14"),
            ("2. července 2019", "2019-07-02"),
            ("12. marts 2024", "2024-03-12"),
            ("12. maaliskuuta 2024", "2024-03-12"),
            ("3. desember 2022", "2022-12-03"),
            ("12 березня 2024 р.", "2024-03-12"),
        ] {
            assert_eq!(parse_date(text).as_deref(), Some(date), "{text}");
        }
    }

    #[test]
    fn dates_in_other_languages_parse() {
        for (text, date) in [
            ("12. März 2021", "2021-03-12"),
            ("Aktualisiert am 3. Okt. 2022, 14:05 Uhr", "2022-10-03"),
            ("Publié le 3 mars 2020 à 10h", "2020-03-03"),
            ("1er juil. 2019", "2019-07-01"),
            ("3 de marzo de 2020", "2020-03-03"),
            ("Publicado el 21 de diciembre del 2023", "2023-12-21"),
            ("5 settembre 2018", "2018-09-05"),
            ("3 de março de 2020", "2020-03-03"),
            ("14 augustus 2017", "2017-08-14"),
            ("3 marca 2020 r.", "2020-03-03"),
            ("22 października 2021", "2021-10-22"),
            ("12 марта 2021 г.", "2021-03-12"),
            ("1 сентября 2019 года", "2019-09-01"),
            ("2020年3月3日", "2020-03-03"),
            ("投稿日：２０２１年１２月５日 10:30", "2021-12-05"),
            ("2019년 11월 28일", "2019-11-28"),
            ("12 martie 2024", "2024-03-12"),
            ("2024. március 12.", "2024-03-12"),
            ("12 Μαρτίου 2024", "2024-03-12"),
            ("12 במרץ 2024", "2024-03-12"),
            ("12 मार्च 2024", "2024-03-12"),
            ("12. marca 2024", "2024-03-12"),
            ("1. september 2023", "2023-09-01"),
            ("12. ožujka 2024.", "2024-03-12"),
            ("3. studenoga 2022.", "2022-11-03"),
            ("12 март 2024", "2024-03-12"),
            ("12 de març de 2024", "2024-03-12"),
            ("5 d'abril de 2023", "2023-04-05"),
            ("1 d’octubre de 2021", "2021-10-01"),
            ("১২ মার্চ ২০২৪", "2024-03-12"),
            ("১২ মে ২০২৪", "2024-05-12"),
            ("12 मई 2024", "2024-05-12"),
            ("12 Mac 2024", "2024-03-12"),
            ("12 مارچ 2024", "2024-03-12"),
            ("5. avgusta 2023.", "2023-08-05"),
            ("5. августа 2023.", "2023-08-05"),
            ("1. junija 2022", "2022-06-01"),
            // Digits of other scripts.
            ("١٢ مارس ٢٠٢٤", "2024-03-12"),
            ("१२ मार्च २०२४", "2024-03-12"),
            ("۲۰۲۴-۰۳-۱۲", "2024-03-12"),
            // Thai: the Buddhist era, full and short month names, Thai digits.
            ("12 มีนาคม 2567", "2024-03-12"),
            ("12 มี.ค. 2567", "2024-03-12"),
            ("๑๒ มีนาคม ๒๕๖๗", "2024-03-12"),
            // Japanese eras.
            ("令和6年3月12日", "2024-03-12"),
            ("令和 6年 3月 12日", "2024-03-12"),
            ("平成31年4月30日", "2019-04-30"),
            ("令和元年5月1日", "2019-05-01"),
        ] {
            assert_eq!(parse_date(text).as_deref(), Some(date), "{text}");
        }
        // A slashed Solar Hijri date is no Gregorian one (nor told from a lunar Hijri one:
        // only month names say which calendar); a year far past the
        // Buddhist era's is no date; a month number after an era name is no year.
        assert_eq!(parse_date("۱۴۰۲/۱۲/۲۲"), None);
        assert_eq!(parse_date("12 March 2700"), None);
        assert_eq!(
            parse_date_in("12/03/2567", Some("fr")).as_deref(),
            Some("2024-03-12")
        );
        assert_eq!(parse_date("元年3月12日"), None);
        assert_eq!(
            parse_date("2024年令和3月12日"),
            Some("2024-03-12".to_string())
        );
        // Not dates: a year alone with its mark, a marked date out of range, a day and a
        // month without a year, filler words alone.
        for text in ["2020年", "2020年13月3日", "3 de marzo", "le 3", "mai 2020"] {
            assert_eq!(parse_date(text), None, "{text}");
        }
        // Two letters never name a month, whatever the language.
        assert_eq!(month_number("ma", &[]), None);
        assert_eq!(month_number("Ma.", &[]), None);
        assert_eq!(month_number("", &[]), None);
        assert_eq!(month_number("মে", &[]), Some(5));
        assert_eq!(month_number("mar", &[]), Some(3));
        assert_eq!(month_number("мар", &[]), Some(3));
        assert_eq!(month_number("Juil.", &[]), Some(7));
    }

    /// Only slashed numbers that can be a day and a month either way read by order.
    #[test]
    fn only_an_ambiguous_date_reads_by_order() {
        for ambiguous in ["03/04/2024", "Posted 12/11/2023 at noon", "1/2/2020"] {
            assert!(reads_by_order(ambiguous), "{ambiguous}");
        }
        for plain in [
            "13/04/2024",
            "04/13/2024",
            "2024-03-04",
            "2024/03/04",
            "03.04.2024",
            "March 3, 2024",
            "3 mars 2024",
            "no date",
        ] {
            assert!(!reads_by_order(plain), "{plain}");
        }
    }

    /// One word is two months in two languages: Croatian "listopad" is October, Polish and
    /// Czech November. The page's language reads first; without one, list order decides.
    #[test]
    fn a_month_name_reads_in_the_page_language_first() {
        for (language, date) in [
            (Some("hr-HR"), "2024-10-15"),
            (Some("sr-Latn"), "2024-11-15"),
            (Some("pl"), "2024-11-15"),
            (None, "2024-11-15"),
        ] {
            assert_eq!(
                parse_date_in("15. listopada 2024.", language).as_deref(),
                Some(date),
                "{language:?}"
            );
        }
        assert_eq!(
            month_number("srpnja", &months_of("Croatian").collect::<Vec<_>>()),
            Some(7)
        );
        assert_eq!(
            month_number("lip.", &months_of("Croatian").collect::<Vec<_>>()),
            Some(6)
        );
        assert_eq!(
            month_number("lip.", &months_of("Polish").collect::<Vec<_>>()),
            Some(7)
        );
        // The page's language adds no month: an English name reads on any page.
        assert_eq!(
            month_number("March", &months_of("Croatian").collect::<Vec<_>>()),
            Some(3)
        );
        assert_eq!(
            normalize_any_date("3. listopada 2023.", Some("hr")),
            "2023-10-03"
        );
    }

    #[test]
    fn digits_of_other_scripts_fold_to_ascii() {
        assert_eq!(fold_digits("۱۲ نظر"), "12 نظر");
        assert_eq!(fold_digits("٣ دقائق"), "3 دقائق");
        assert_eq!(fold_digits("३ मिनट"), "3 मिनट");
        assert_eq!(fold_digits("৫ মিনিট"), "5 মিনিট");
        assert_eq!(fold_digits("๓ นาที"), "3 นาที");
        assert_eq!(fold_digits("２０２１年"), "2021年");
        // Each run is ten digits: the code points after nine are letters.
        assert_eq!(fold_digits("\u{669}\u{66A}"), "9\u{66A}");
        assert!(matches!(fold_digits("12 comments"), Cow::Borrowed(_)));
        assert!(matches!(fold_digits("Ψ and ש"), Cow::Borrowed(_)));
    }

    #[test]
    fn solar_hijri_dates_read_as_gregorian() {
        for (text, date) in [
            ("1 فروردین 1403", "2024-03-20"),
            ("۲۲ اسفند ۱۴۰۲", "2024-03-12"),
            ("سه‌شنبه ۲۲ اسفند ۱۴۰۲", "2024-03-12"),
            ("10 دی 1399", "2020-12-30"),
            ("30 اسفند 1399", "2021-03-20"),
            ("1 فروردین 1400", "2021-03-21"),
            ("31 شهریور 1402", "2023-09-22"),
            ("1 مهر 1402", "2023-09-23"),
            ("30 آبان 1402", "2023-11-21"),
            ("1 فروردین 1369", "1990-03-21"),
        ] {
            assert_eq!(parse_date(text).as_deref(), Some(date), "{text}");
        }
        // Esfand has 30 days in a leap year only, Mehr 30; the last year read ends in 2101,
        // past the dates a page carries; a month and a year without a day.
        for text in [
            "30 اسفند 1402",
            "31 مهر 1402",
            "1 فروردین 1368",
            "29 اسفند 1479",
            "1 فروردین 1480",
            "اسفند 1402",
        ] {
            assert_eq!(parse_date(text), None, "{text}");
        }
        assert_eq!(
            solar_hijri_date(1479, 10, 10).as_deref(),
            Some("2100-12-31")
        );
        assert_eq!(solar_hijri_date(1479, 10, 11), None);
        // No thirteenth month, no month zero, no day zero.
        assert_eq!(solar_hijri_date(1402, 13, 1), None);
        assert_eq!(solar_hijri_date(1402, 0, 1), None);
        assert_eq!(solar_hijri_date(1402, 1, 0), None);
    }

    #[test]
    fn the_day_count_is_the_gregorian_calendar() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2024, 3, 20), 19_802);
        assert_eq!(
            days_from_civil(2000, 3, 1) - days_from_civil(2000, 2, 28),
            2
        );
        assert_eq!(
            days_from_civil(2100, 3, 1) - days_from_civil(2100, 2, 28),
            1
        );
        for days in [-1, 0, 59, 60, 365, 10_957, 19_802, 47_482] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days, "{days}");
        }
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        // Day by day over the years dates are read in, against a calendar counted by hand.
        let leap = |y: u32| y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
        let month_days = |y: u32, m: u32| match m {
            2 => 28 + u32::from(leap(y)),
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        let (mut y, mut m, mut d) = (1990, 1, 1);
        let first = days_from_civil(1990, 1, 1);
        assert_eq!(first, 7_305);
        for days in first..=days_from_civil(2101, 12, 31) {
            assert_eq!(civil_from_days(days), (y, m, d), "{days}");
            assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
            d += 1;
            if d > month_days(y, m) {
                (m, d) = (m + 1, 1);
            }
            if m > 12 {
                (y, m) = (y + 1, 1);
            }
        }
        assert_eq!((y, m, d), (2102, 1, 1));
    }

    #[test]
    fn dates_in_urls() {
        assert_eq!(
            date_in_url("/2024/03/11/a-story/").as_deref(),
            Some("2024-03-11")
        );
        assert_eq!(
            date_in_url("/news/2024-03-11-a-story").as_deref(),
            Some("2024-03-11")
        );
        assert_eq!(date_in_url("/2024/99/11/x"), None);
        assert_eq!(date_in_url("/about/team"), None);
    }

    #[test]
    fn dates_are_normalised() {
        assert_eq!(normalize_date("2022-09-14T09:12:00Z"), "2022-09-14");
        assert_eq!(normalize_date("September 14, 2022"), "September 14, 2022");
    }

    /// Slashed numbers are read day first on pages in any language but American English;
    /// a first number over 12 is a day either way, and dotted or year-first dates keep
    /// their one order.
    #[test]
    fn slashed_dates_follow_the_page_language() {
        for (lang, day_first) in [
            (None, false),
            (Some("en"), false),
            (Some("en-US"), false),
            (Some("EN_us"), false),
            (Some(""), false),
            (Some("en-GB"), true),
            (Some("fr"), true),
            (Some("vi-VN"), true),
        ] {
            assert_eq!(writes_day_first(lang), day_first, "{lang:?}");
        }
        assert_eq!(
            parse_date_in("12/03/2024", Some("fr")).as_deref(),
            Some("2024-03-12")
        );
        assert_eq!(
            parse_date_in("12/03/2024", None).as_deref(),
            Some("2024-12-03")
        );
        assert_eq!(
            parse_date_in("13/03/2024", None).as_deref(),
            Some("2024-03-13")
        );
        assert_eq!(
            parse_date_in("03/13/2024", Some("fr")).as_deref(),
            Some("2024-03-13")
        );
        assert_eq!(
            parse_date_in("2024/03/12", Some("fr")).as_deref(),
            Some("2024-03-12")
        );
        assert_eq!(
            parse_date_in("12.03.2024", None).as_deref(),
            Some("2024-03-12")
        );
        assert_eq!(
            dateline_date("fr", "Publié le 12/03/2024").as_deref(),
            Some("2024-03-12")
        );
        assert_eq!(
            dateline_date("en", "Posted 12/03/2024").as_deref(),
            Some("2024-12-03")
        );
        // A declared date written so, and the date of a box named for it.
        let declared = |lang: &str| {
            let html = format!(
                "<html lang={lang}><head><meta property=article:published_time \
                 content=12/03/2024><meta property=article:modified_time content=13/04/2024>\
                 </head><body><p>The harbour office opened a new tide gauge.</p></body></html>"
            );
            let meta = crate::extract_metadata(&html).expect("reads");
            (meta.date, meta.modified)
        };
        assert_eq!(
            declared("de"),
            (Some("2024-03-12".into()), Some("2024-04-13".into()))
        );
        assert_eq!(declared("en-US").0.as_deref(), Some("2024-12-03"));
        let boxed = |lang: &str| {
            let html = format!(
                "<html lang={lang}><body><div class=post-date>12/03/2024</div><p>The harbour \
                 office opened a new tide gauge.</p></body></html>"
            );
            crate::extract_metadata(&html).expect("reads").date
        };
        assert_eq!(boxed("nl").as_deref(), Some("2024-03-12"));
        assert_eq!(boxed("en").as_deref(), Some("2024-12-03"));
    }

    /// The date a page's metadata reads from a dateline under its headline.
    fn dateline_date(lang: &str, dateline: &str) -> Option<String> {
        let html = format!(
            "<html lang={lang}><head><title>Harbour news</title></head><body><h1>Harbour \
             news</h1><div>{dateline}</div><p>The harbour office opened a new tide gauge \
             on the north pier this week.</p></body></html>"
        );
        crate::extract_metadata(&html).expect("reads").date
    }

    #[test]
    fn a_dateline_is_read_by_its_characters_not_its_bytes() {
        // Over 80 bytes in Cyrillic, under 80 characters: a dateline all the same.
        let line = "Автор: Иван Петров | 3 марта 2020 г., 10:15 | Просмотров: 1 204";
        assert!(line.len() > 80 && line.chars().count() <= 80);
        assert_eq!(dateline_date("ru", line).as_deref(), Some("2020-03-03"));
        let line =
            "記者 王小明 報道 2020年3月3日 08:30 來源：濱江晚報 編輯：李小華 責任編輯：張大同";
        assert_eq!(dateline_date("zh", line).as_deref(), Some("2020-03-03"));
        // Over 80 characters, a line is text, not a dateline.
        let long = format!("{} 3 March 2020", "word ".repeat(16));
        assert_eq!(dateline_date("en", &long), None);
    }

    /// A page declared a product or a listing is not dated or authored by the dates and
    /// bylines it prints (a review's, an entry's), only by what it declares; an undeclared
    /// or article page is.
    #[test]
    fn a_product_is_not_dated_or_authored_by_its_reviews() {
        let page = |head: &str| {
            format!(
                "<html><head><title>Cast iron teapot</title>{head}</head><body><h1>Cast iron \
                 teapot</h1><p>Keeps tea warm for an hour after brewing, with an enamelled \
                 inside.</p><h2>Reviews</h2><div><span class=author>Claire Dubois</span> \
                 March 3, 2020</div><p>Lovely and heavy.</p></body></html>"
            )
        };
        let read = |head: &str| crate::extract_metadata(&page(head)).expect("reads");
        let date = |head: &str| read(head).date;
        for declared in [
            r#"<meta property="og:type" content="product">"#,
            r#"<script type="application/ld+json">{"@type": "CollectionPage"}</script>"#,
        ] {
            assert_eq!(date(declared), None, "{declared}");
            assert!(read(declared).authors.is_empty(), "{declared}");
        }
        assert_eq!(date("").as_deref(), Some("2020-03-03"));
        assert_eq!(read("").authors, ["Claire Dubois"]);
        let article = r#"<meta property="og:type" content="article">"#;
        assert_eq!(date(article).as_deref(), Some("2020-03-03"));
        let declared_date = concat!(
            r#"<script type="application/ld+json">"#,
            r#"{"@type": "Product", "datePublished": "2019-05-01"}</script>"#
        );
        assert_eq!(date(declared_date).as_deref(), Some("2019-05-01"));
    }
}
