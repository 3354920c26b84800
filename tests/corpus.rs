//! Every case under `corpus/` (and the shared seed page) checked against its expectations.
//! A failure names the case and the field. `expected.json` holds:
//!
//! - `error`: the case is input the extractor must refuse, and this is the `dechrome::Error`
//!   variant it must refuse it with (such a case has no `expected.txt` or snapshot);
//! - `title`, `encoding`, `metadata.*`: exact values;
//! - `must_contain` / `must_not_contain`: lines that must / must never come out (every chrome
//!   line of the page is listed; one of one or two words counts only as whole words);
//! - `min_f1`: the case's own bag-of-words floor against `expected.txt` (required, unless
//!   `text_unchecked` says why the text cannot be checked yet);
//! - `known_misses`: starts of `expected.txt` paragraphs the output admits it lacks today
//!   (every other paragraph must come out whole), and `known_leaks`: chrome lines it still
//!   carries. Both lists must shrink: an entry that stops being true fails the case.

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// Lower-cased `\w+` tokens.
fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Bag-of-words F1 between two texts (1.0 when both are empty).
fn token_f1(got: &str, want: &str) -> f64 {
    let count = |t: &str| {
        let mut m: HashMap<String, usize> = HashMap::new();
        for tok in tokens(t) {
            *m.entry(tok).or_default() += 1;
        }
        m
    };
    let (g, w) = (count(got), count(want));
    let (ng, nw): (usize, usize) = (g.values().sum(), w.values().sum());
    if ng == 0 && nw == 0 {
        return 1.0;
    }
    let overlap: usize = g.iter().map(|(k, &c)| c.min(*w.get(k).unwrap_or(&0))).sum();
    if overlap == 0 {
        return 0.0;
    }
    let (p, r) = (overlap as f64 / ng as f64, overlap as f64 / nw as f64);
    2.0 * p * r / (p + r)
}

fn normalize(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether the chrome line `line` is in `text`: one of one or two words ("Menu", "X") only
/// where it stands as words of its own (not "X" in "eXtra"), since the article may hold the
/// letters; a longer one anywhere.
fn chrome_appears(text: &str, line: &str) -> bool {
    let (text, line) = (normalize(text), normalize(line));
    if line.split(' ').count() > 2 {
        return text.contains(&line);
    }
    text.match_indices(&line).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + line.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("corpus/ is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("source.html").exists())
        .collect();
    dirs.sort();
    dirs
}

fn spec(dir: &Path) -> Value {
    serde_json::from_str(
        &std::fs::read_to_string(dir.join("expected.json")).expect("expected.json is readable"),
    )
    .expect("expected.json is valid JSON")
}

/// The name of an error's variant, as its `Debug` form starts.
fn error_variant(error: &dechrome::Error) -> String {
    format!("{error:?}")
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect()
}

/// Checks one case and returns its failures as "field: what went wrong".
fn check_case(dir: &Path) -> Vec<String> {
    let mut failures = Vec::new();
    let source = std::fs::read(dir.join("source.html")).expect("source.html is readable");
    let spec = spec(dir);

    // A case may give the page's URL, as a crawler would.
    let mut options = dechrome::Options::default();
    if let Some(url) = spec.get("url").and_then(Value::as_str) {
        options = options.with_url(url);
    }
    let result = dechrome::Extractor::new(options).extract_bytes(&source, None);
    if let Some(variant) = spec.get("error").and_then(Value::as_str) {
        return match result {
            Err(e) if error_variant(&e) == variant => Vec::new(),
            Err(e) => vec![format!("error: got {e:?}, want {variant}")],
            Ok(_) => vec![format!("error: extracted a page, want {variant}")],
        };
    }
    let article = match result {
        Ok(a) => a,
        Err(e) => return vec![format!("extract: returned an error: {e}")],
    };
    let expected_text =
        std::fs::read_to_string(dir.join("expected.txt")).expect("expected.txt is readable");
    let text = normalize(article.text());

    match spec.get("title") {
        Some(Value::String(want)) if article.title() != Some(want.as_str()) => {
            failures.push(format!("title: got {:?}, want {want:?}", article.title()));
        }
        Some(Value::Null) if article.title().is_some() => {
            failures.push(format!("title: got {:?}, want none", article.title()));
        }
        _ => {}
    }
    for line in spec["must_contain"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        if !text.contains(&normalize(line)) && !article.text().contains(line) {
            failures.push(format!("must_contain: missing {line:?}"));
        }
    }
    for line in spec["must_not_contain"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        if chrome_appears(article.text(), line) {
            failures.push(format!("must_not_contain: found {line:?}"));
        }
    }
    if let Some(want) = spec.get("encoding").and_then(Value::as_str) {
        if article.encoding() != want {
            failures.push(format!(
                "encoding: got {:?}, want {want:?}",
                article.encoding()
            ));
        }
    }
    if let Some(meta) = spec.get("metadata").and_then(Value::as_object) {
        let m = article.metadata();
        for (field, want) in meta {
            let got: Value = match field.as_str() {
                "authors" => serde_json::json!(m.authors),
                "date" => serde_json::json!(m.date),
                "site_name" => serde_json::json!(m.site_name),
                "language" => serde_json::json!(m.language),
                "declared_language" => serde_json::json!(m.declared_language),
                "canonical_url" => serde_json::json!(m.canonical_url),
                "description" => serde_json::json!(m.description),
                "modified" => serde_json::json!(m.modified),
                "image" => serde_json::json!(m.image),
                "tags" => serde_json::json!(m.tags),
                "categories" => serde_json::json!(m.categories),
                "page_type" => {
                    serde_json::json!(m.page_type.map(|t| format!("{t:?}").to_lowercase()))
                }
                other => {
                    failures.push(format!("metadata.{other}: unknown field in expected.json"));
                    continue;
                }
            };
            if &got != want {
                failures.push(format!("metadata.{field}: got {got}, want {want}"));
            }
        }
    }
    // The Markdown rendering is a reviewed snapshot (`corpus/<case>/markdown.snap`): a change
    // fails here and is looked at with `cargo insta review`, not copied over by hand.
    let markdown = article.markdown();
    let snapshot = std::panic::catch_unwind(|| {
        insta::with_settings!({
            snapshot_path => dir,
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!("markdown", markdown);
        });
    });
    if snapshot.is_err() {
        failures.push("markdown: differs from markdown.snap (`cargo insta review`)".to_string());
    }
    let listed = |field: &str| -> Vec<String> {
        spec[field]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(normalize)
            .collect()
    };
    // Every paragraph of the reader's text is in the output, except the ones the case admits
    // it misses today; an admitted miss that now comes out must leave the list.
    let known_misses = listed("known_misses");
    for paragraph in expected_text
        .split("\n\n")
        .map(normalize)
        .filter(|p| !p.is_empty())
    {
        let found = text.contains(&paragraph);
        let admitted = known_misses
            .iter()
            .any(|m| paragraph.starts_with(m.as_str()));
        if !found && !admitted {
            failures.push(format!("paragraph: missing {paragraph:?}"));
        }
        if found && admitted {
            failures.push(format!(
                "known_misses: {paragraph:?} now comes out; take it off the list"
            ));
        }
    }
    // Chrome the output still carries is listed apart from `must_not_contain`, so it shows,
    // and a leak that stops must leave the list.
    for leak in listed("known_leaks") {
        if !chrome_appears(article.text(), &leak) {
            failures.push(format!(
                "known_leaks: {leak:?} no longer comes out; take it off the list"
            ));
        }
    }
    match spec.get("min_f1").and_then(Value::as_f64) {
        Some(floor) => {
            let f1 = token_f1(article.text(), &expected_text);
            if f1 < floor {
                failures.push(format!(
                    "text: token F1 {f1:.3} against expected.txt is under the case's {floor}"
                ));
            }
        }
        // Only a case that says why may leave its text unchecked.
        None if spec.get("text_unchecked").and_then(Value::as_str).is_some() => {}
        None => failures.push("min_f1: every case sets its own text floor".to_string()),
    }
    failures
}

#[test]
fn corpus_cases_meet_their_expectations() {
    let cases = cases();
    assert!(
        cases.len() >= 15,
        "the corpus should hold at least 15 cases, found {}",
        cases.len()
    );
    let mut report = Vec::new();
    for dir in &cases {
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for failure in check_case(dir) {
            report.push(format!("corpus case {name}: {failure}"));
        }
    }
    assert!(report.is_empty(), "\n{}\n", report.join("\n"));
}

#[test]
fn every_case_has_its_files() {
    for dir in cases() {
        assert!(
            dir.join("expected.json").exists(),
            "corpus case {}: expected.json is missing",
            dir.display()
        );
        // A refused input has no text to expect; a page has both truths.
        let refused = spec(&dir).get("error").is_some();
        for file in ["expected.txt", "markdown.snap"] {
            assert_eq!(
                dir.join(file).exists(),
                !refused,
                "corpus case {}: {file} is {}",
                dir.display(),
                if refused {
                    "there, but the input is refused"
                } else {
                    "missing"
                }
            );
        }
    }
}

/// The page the project started from: all 19 paragraphs of its body, none of its chrome.
#[test]
fn seed_page_body_without_chrome() {
    let Some(seed) =
        common::fixture(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed-page"))
    else {
        return;
    };
    let html = std::fs::read(seed.join("page.html")).expect("page.html");
    let expected = std::fs::read_to_string(seed.join("expected.txt")).expect("expected.txt");
    let chrome = std::fs::read_to_string(seed.join("boilerplate.txt")).expect("boilerplate.txt");
    let article = dechrome::extract_bytes(&html, None).expect("extraction succeeds");
    let paragraphs: Vec<&str> = expected
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    assert_eq!(paragraphs.len(), 19, "seed expected.txt has 19 paragraphs");
    for p in &paragraphs {
        assert!(
            article.text().contains(p),
            "seed page: paragraph missing: {p:?}"
        );
    }
    for line in chrome.lines().map(str::trim).filter(|l| !l.is_empty()) {
        assert!(
            !article.text().contains(line),
            "seed page: chrome line leaked: {line:?}"
        );
    }
    assert_eq!(
        article.title(),
        Some("China's Xi visits Kazakhstan ahead of summit with Putin")
    );
}

/// The fixtures beside the checkout (`../shared`) are optional locally, never under CI.
#[test]
fn a_missing_fixture_skips_locally_and_fails_under_ci() {
    let missing = Path::new(env!("CARGO_MANIFEST_DIR")).join("../no-such-fixture-dir");
    assert_eq!(common::fixture_in(&missing, false), None);
    let under_ci = std::panic::catch_unwind(|| common::fixture_in(&missing, true));
    assert!(under_ci.is_err(), "CI must fail on a missing fixture");
    let present = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    assert_eq!(common::fixture_in(&present, true), Some(present.clone()));
}
