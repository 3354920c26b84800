//! The example binary's interface, which other tools script against: flags, JSON fields,
//! error objects, exit status, input order under `--jobs`.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

mod common;

fn binary() -> PathBuf {
    common::example_binary()
}

fn corpus(case: &str) -> String {
    format!("{}/corpus/{case}/source.html", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn json_lines_have_the_documented_fields() {
    let out = Command::new(binary())
        .args([
            "--format",
            "json",
            &corpus("news-article"),
            "/no/such/file.html",
        ])
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failed input makes the exit status non-zero"
    );
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 2);
    let ok = &lines[0];
    assert_eq!(ok["path"], corpus("news-article"));
    assert_eq!(ok["title"], "Harbor bridge reopens after two-year repair");
    assert!(ok["text"]
        .as_str()
        .is_some_and(|t| t.starts_with("EASTGATE")));
    assert_eq!(ok["metadata"]["site_name"], "Coastline Daily");
    let failed = &lines[1];
    assert_eq!(failed["path"], "/no/such/file.html");
    assert!(failed["error"].as_str().is_some_and(|e| !e.is_empty()));
}

#[test]
fn text_format_prints_title_blank_line_text() {
    let out = Command::new(binary())
        .arg(corpus("almost-empty"))
        .output()
        .expect("runs");
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Page moved\n\nThis page now lives at our new events calendar.\n"
    );
}

#[test]
fn stdin_is_read_when_no_path_is_given() {
    let out = text_from_stdin(
        &["--format", "json", "--mode", "precision"],
        "<title>Piped</title><p>Text that arrived on standard input, long enough to keep.</p>",
    );
    let line: serde_json::Value = serde_json::from_str(&out).expect("one JSON object");
    assert_eq!(line["path"], "-");
    assert_eq!(line["title"], "Piped");
}

/// The text the binary prints for `page` on standard input, with `flags`.
fn text_from_stdin(flags: &[&str], page: &str) -> String {
    let mut child = Command::new(binary())
        .args(flags)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawns");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(page.as_bytes())
        .expect("writes");
    let out = child.wait_with_output().expect("finishes");
    assert!(out.status.success());
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn captions_are_left_out_unless_asked_for() {
    let page = "<article><p>The crane was lifted onto its new rails on Tuesday, after three \
        weeks of work by two crews.</p><figure><img src=crane.jpg><figcaption>The crane at \
        dawn.</figcaption></figure></article>";
    assert!(!text_from_stdin(&[], page).contains("The crane at dawn."));
    assert!(text_from_stdin(&["--captions"], page).contains("The crane at dawn."));
}

#[test]
fn comments_come_apart_with_the_flag() {
    let page = "<article><h1>Ice on the pond</h1><p>The pond froze over on Sunday night, \
        thick enough by noon for the ducks to stand on it, and the heron left.</p></article>\
        <div id=comments><div class=comment><p>Our pond froze the same night, and the \
        goldfish seemed not to mind at all.</p></div></div>";
    let line = |flags: &[&str]| -> serde_json::Value {
        let mut all = vec!["--format", "json"];
        all.extend_from_slice(flags);
        serde_json::from_str(&text_from_stdin(&all, page)).expect("one JSON object")
    };
    assert_eq!(line(&[])["comments"], serde_json::Value::Null);
    let with = line(&["--comments"]);
    assert!(with["comments"]
        .as_str()
        .is_some_and(|c| c.contains("the goldfish seemed")));
    assert!(with["text"]
        .as_str()
        .is_some_and(|t| !t.contains("goldfish")));
    let text = text_from_stdin(&["--comments"], page);
    assert!(
        text.contains("the heron left.\n\n---\n\nOur pond froze"),
        "{text}"
    );
}

#[test]
fn directories_are_walked_and_order_is_kept_with_jobs() {
    let dir = format!("{}/corpus", env!("CARGO_MANIFEST_DIR"));
    let run = |jobs: &str| {
        let out = Command::new(binary())
            .args(["--format", "json", "--jobs", jobs, &dir])
            .output()
            .expect("runs");
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let one = run("1");
    let paths: Vec<String> = one
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).expect("JSON")["path"]
                .as_str()
                .unwrap_or("")
                .to_string()
        })
        .collect();
    assert!(paths.len() >= 15, "every corpus page is listed");
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted, "inputs come out in path order");
    assert_eq!(run("3"), one, "--jobs does not change the output");
}

#[test]
fn bad_arguments_exit_with_2() {
    for args in [
        &["--format", "yaml"][..],
        &["--mode", "loose"],
        &["--jobs", "0"],
        &["--bogus"],
    ] {
        let out = Command::new(binary()).args(args).output().expect("runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("usage:"));
    }
}

#[test]
fn stays_quiet_on_stderr_when_it_is_not_a_terminal() {
    let out = Command::new(binary())
        .args([
            &corpus("news-article"),
            &corpus("recipe"),
            &corpus("docs-code"),
        ])
        .output()
        .expect("runs");
    assert_quiet_success(&out);
}

/// With a terminal on stderr (a pseudo-terminal from util-linux `script`, where present),
/// several inputs show a progress bar with pages per second.
#[test]
fn shows_progress_on_a_terminal() {
    if Command::new("script").arg("--version").output().is_err() {
        assert!(
            !common::in_ci(),
            "CI needs util-linux `script` for this test"
        );
        eprintln!("SKIPPED: no `script` to give the binary a terminal");
        return;
    }
    let command = format!(
        "{} {} {} > /dev/null",
        binary().display(),
        corpus("news-article"),
        corpus("recipe")
    );
    let out = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .output()
        .expect("runs script");
    let terminal = String::from_utf8_lossy(&out.stdout);
    assert!(
        terminal.contains("pages") && terminal.contains("/s"),
        "no progress bar on the terminal: {terminal:?}"
    );
}

/// Exit status 0 and nothing on standard error.
fn assert_quiet_success(out: &std::process::Output) {
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A fresh directory under the system temp dir for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dechrome-cli-{name}-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn json_lines(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

const PAGE: &str = "<html><head><title>Lock keepers</title></head><body><article><p>The lock \
    keeper opens the upper gates at dawn and the first barges pass before the bakery opens \
    its shutters on the quay.</p></article></body></html>";

#[cfg(unix)]
#[test]
fn directory_walks_survive_links_fifos_and_odd_names() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = scratch("walk");
    let inner = dir.join("inner");
    std::fs::create_dir_all(&inner).expect("inner dir");
    std::fs::write(inner.join("page.html"), PAGE).expect("page");
    // Two links back up the tree: followed once, listed once, no hang.
    std::os::unix::fs::symlink(&dir, inner.join("loop")).expect("symlink");
    std::os::unix::fs::symlink(&inner, dir.join("again")).expect("symlink");
    // A FIFO named like a page is not read (nothing would ever write to it).
    let fifo = dir.join("pipe.html");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    // A file name that is not UTF-8 is still read, its path shown lossily.
    let odd = dir.join(OsStr::from_bytes(b"caf\xe9.html"));
    std::fs::write(&odd, PAGE).expect("odd name");

    let out = Command::new(binary())
        .args(["--format", "json"])
        .arg(&dir)
        .arg(&odd)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let lines = json_lines(&out.stdout);
    let paths: Vec<&str> = lines
        .iter()
        .map(|l| l["path"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        lines.len(),
        3,
        "the page once, the odd name in the walk and as an argument: {paths:?}"
    );
    for line in &lines {
        assert_eq!(line["title"], "Lock keepers", "{line}");
    }
    assert_eq!(
        paths
            .iter()
            .filter(|p| p.ends_with("caf\u{fffd}.html"))
            .count(),
        2
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_huge_job_count_is_capped_not_an_abort() {
    let out = Command::new(binary())
        .args([
            "--format",
            "json",
            "--jobs",
            "2000000000",
            &corpus("news-article"),
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(json_lines(&out.stdout).len(), 1);
}

#[test]
fn every_member_of_a_gzip_file_is_read_and_bombs_stop_at_the_limit() {
    use flate2::write::GzEncoder;
    use flate2::Compression;
    let gz = |bytes: &[u8]| {
        let mut enc = GzEncoder::new(Vec::new(), Compression::fast());
        enc.write_all(bytes).expect("gzip");
        enc.finish().expect("gzip")
    };
    let dir = scratch("gzip");
    let (head, tail) = PAGE.split_at(PAGE.len() / 2);
    let multi = dir.join("multi.html.gz");
    std::fs::write(&multi, [gz(head.as_bytes()), gz(tail.as_bytes())].concat()).expect("write");
    let bomb = dir.join("bomb.html.gz");
    // More than the default 64 MiB input limit once inflated, 80 KB on disk.
    std::fs::write(&bomb, gz(&vec![b' '; 80 << 20])).expect("write");

    let out = Command::new(binary())
        .args(["--format", "json"])
        .arg(&multi)
        .arg(&bomb)
        .output()
        .expect("runs");
    let lines = json_lines(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the bomb fails, the run goes on: {lines:?}"
    );
    assert!(
        lines[0]["text"]
            .as_str()
            .is_some_and(|t| t.contains("before the bakery opens")),
        "the second member's text: {}",
        lines[0]
    );
    let error = lines[1]["error"].as_str().unwrap_or("");
    assert!(
        error.contains("67108864"),
        "the bomb stops at the limit: {error}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// Binary files (an image, random bytes) are error lines naming what gave them away, and
/// the pages beside them still come out.
#[test]
fn binary_files_are_errors_not_pages() {
    let dir = scratch("binary");
    let png = dir.join("picture.html");
    let mut bytes = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec();
    bytes.extend((0..=255u8).cycle().take(4000));
    std::fs::write(&png, &bytes).expect("write");
    let out = Command::new(binary())
        .args(["--format", "json"])
        .arg(&png)
        .arg(corpus("binary-garbage"))
        .arg(corpus("almost-empty"))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1), "binary inputs fail the run");
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 3, "{lines:?}");
    let error = |i: usize| lines[i]["error"].as_str().unwrap_or("").to_string();
    assert!(
        error(0).contains("binary data") && error(0).contains("PNG"),
        "{}",
        error(0)
    );
    assert!(error(1).contains("control characters"), "{}", error(1));
    assert!(lines[0].get("text").is_none_or(serde_json::Value::is_null));
    assert_eq!(lines[2]["title"], "Page moved");
}

/// Runs the binary with `args`, standard input closed.
fn run(args: &[&str]) -> std::process::Output {
    Command::new(binary())
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("runs")
}

#[test]
fn help_explains_every_flag_with_examples() {
    let out = run(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = String::from_utf8_lossy(&out.stdout);
    for flag in [
        "--format",
        "--mode",
        "--output-dir",
        "--metadata",
        "--comments",
        "--captions",
        "--no-images",
        "--no-links",
        "--no-tables",
        "--no-lists",
        "--url",
        "--max-input-bytes",
        "--target-language",
        "--warc",
        "--jobs",
        "--help",
        "--version",
    ] {
        assert!(help.contains(flag), "--help does not explain {flag}");
    }
    for mode in ["balanced (default)", "precision:", "recall:"] {
        assert!(help.contains(mode), "--help does not describe {mode}");
    }
    assert!(help.contains("67108864"), "the input limit's default");
    assert!(help.contains("Exit status: 0"));
    assert_eq!(help.matches("\n  dechrome ").count(), 3, "three examples");
    assert_eq!(run(&["-h"]).stdout, out.stdout);
}

#[test]
fn version_prints_the_crate_version() {
    let out = run(&["--version"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("dechrome {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn several_outputs_are_headed_like_head_does() {
    let (a, b) = (corpus("news-article"), corpus("almost-empty"));
    let out = run(&[&a, &b]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with(&format!("==> {a} <==\nHarbor bridge")),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "\n\n==> {b} <==\nPage moved\n\nThis page now lives"
        )),
        "{text}"
    );
    // One input has no header; JSON lines never do.
    assert!(!String::from_utf8_lossy(&run(&[&a]).stdout).contains("==>"));
    let json = run(&["--format", "json", &a, &b]);
    assert_eq!(json_lines(&json.stdout).len(), 2);
    // A failed input prints no header, only its error.
    let failed = run(&[&a, "/no/such/page.html"]);
    assert_eq!(failed.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&failed.stdout)
            .matches("==>")
            .count(),
        1
    );
    assert!(String::from_utf8_lossy(&failed.stderr).contains("/no/such/page.html"));
}

#[test]
fn output_dir_mirrors_the_inputs_one_file_each() {
    let dir = scratch("output-dir");
    let pages = dir.join("in/site");
    std::fs::create_dir_all(pages.join("deep")).expect("dirs");
    std::fs::write(pages.join("a.html"), PAGE).expect("write");
    std::fs::write(pages.join("deep/b.htm"), PAGE).expect("write");
    let out_dir = dir.join("out");
    let out = Command::new(binary())
        .current_dir(&dir)
        .args(["--format", "markdown", "-o", "out", "in"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(out.stdout.is_empty(), "nothing on standard output");
    let a = std::fs::read_to_string(out_dir.join("in/site/a.md")).expect("a.md");
    assert!(a.starts_with("# Lock keepers\n\nThe lock keeper"), "{a}");
    assert!(out_dir.join("in/site/deep/b.md").is_file());
    // Absolute and `..` paths stay inside the output directory.
    let out = Command::new(binary())
        .current_dir(dir.join("in"))
        .args([
            "--format",
            "json",
            "--output-dir",
            "../out2",
            "../in/site/a.html",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let json = std::fs::read_to_string(dir.join("out2/in/site/a.json")).expect("a.json");
    assert_eq!(json_lines(json.as_bytes())[0]["title"], "Lock keepers");
    // A failed input writes no file and reports on standard error.
    let out = run(&[
        "-o",
        out_dir.to_str().unwrap_or("out"),
        "/no/such/page.html",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/page.html"));
}

#[test]
fn warc_records_honour_the_format_and_name_their_files() {
    let warc = format!("{}/examples/data/sample.warc", env!("CARGO_MANIFEST_DIR"));
    // Without a format, WARC output stays JSON lines with the record's fields.
    let lines = json_lines(&run(&["--warc", &warc]).stdout);
    assert!(lines.len() >= 2);
    let id = lines[0]["warc_record_id"]
        .as_str()
        .expect("a record id")
        .to_string();
    assert!(lines[0]["target_uri"].is_string());
    // Text: one headed output per record.
    let text = run(&["--warc", "--format", "text", &warc]);
    assert_eq!(text.status.code(), Some(0));
    let text = String::from_utf8_lossy(&text.stdout);
    assert_eq!(text.matches("==> ").count(), lines.len(), "{text}");
    assert!(text.starts_with(&format!("==> {warc} {id} ")), "{text}");
    // Files named by record id.
    let dir = scratch("warc-out");
    let out = run(&[
        "--warc",
        "--format",
        "html",
        "-o",
        dir.to_str().unwrap_or("x"),
        &warc,
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let name: String = id.trim_matches(|c| c == '<' || c == '>').replace(':', "_");
    let file = dir
        .join(warc.trim_start_matches('/'))
        .with_extension("")
        .join(format!("{name}.html"));
    let html = std::fs::read_to_string(&file).expect("the record's file");
    assert!(html.starts_with("<h1>"), "{html}");
}

#[test]
fn metadata_header_above_the_text() {
    let out = run(&["--metadata", &corpus("news-article")]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with(
            "Title: Harbor bridge reopens after two-year repair\nAuthor: Mara Lindqvist\n\
             Date: 2024-03-11\nURL: https://coastline.example.org/"
        ),
        "{text}"
    );
    assert!(text.contains("-reopens\n\nEASTGATE"), "{text}");
    // Lines the page has nothing for are left out; --url stands in for a canonical URL.
    let page = "<p>The lock keeper opens the upper gates at dawn, before the bakery opens.</p>";
    assert_eq!(
        text_from_stdin(&["--metadata", "--url", "https://x.example/lock"], page),
        "URL: https://x.example/lock\n\nThe lock keeper opens the upper gates at dawn, \
         before the bakery opens.\n"
    );
    // Other formats carry metadata their own way.
    assert_eq!(
        run(&["--metadata", "--format", "json"]).status.code(),
        Some(2)
    );
}

#[test]
fn exit_statuses_are_documented_and_kept() {
    let page = corpus("news-article");
    assert_eq!(run(&[&page]).status.code(), Some(0));
    assert_eq!(run(&[&page, "/no/such/page.html"]).status.code(), Some(1));
    for args in [
        &["--url", "not a url", &page][..],
        &["--url", "/relative/path", &page],
        &["--max-input-bytes", "lots", &page],
        &["--max-input-bytes", "-1", &page],
        &["-x", &page],
        &["--output-dir"],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("usage:"),
            "{args:?}"
        );
    }
    // Over the input limit is a failed input, not a bad argument.
    let small = run(&["--max-input-bytes", "100", &page]);
    assert_eq!(small.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&small.stderr).contains("over the limit of 100 bytes"));
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let dir = scratch("closed-pipe");
    for i in 0..400 {
        std::fs::write(dir.join(format!("p{i:03}.html")), PAGE).expect("write");
    }
    let mut child = Command::new(binary())
        .args(["--jobs", "2"])
        .arg(&dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    // Read one line, then hang up, as `| head -1` does.
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 16];
    std::io::Read::read_exact(&mut stdout, &mut first).expect("some output");
    drop(stdout);
    let out = child.wait_with_output().expect("finishes");
    assert_quiet_success(&out);
}

#[test]
fn target_language_turns_other_pages_into_errors() {
    let german = corpus("german-article");
    let ok = json_lines(&run(&["--format", "json", "--target-language", "de", &german]).stdout);
    assert_eq!(ok[0]["metadata"]["language"], "de");
    assert_eq!(ok[0]["metadata"]["declared_language"], "de");
    let out = run(&["--format", "json", "--target-language", "en", &german]);
    assert_eq!(out.status.code(), Some(1));
    let line = &json_lines(&out.stdout)[0];
    assert_eq!(line["error"], "page is in \"de\", not in \"en\"");
    assert!(line.get("text").is_none());
    for bad in ["", "d e", "1"] {
        assert_eq!(
            run(&["--target-language", bad, &german]).status.code(),
            Some(2)
        );
    }
}
