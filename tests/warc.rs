//! `dechrome --warc`: WARC/1.0 and 1.1 files written here (plain, gzipped per record,
//! gzipped whole), one JSON line per HTML `response` record.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use flate2::write::GzEncoder;
use flate2::Compression;

/// One WARC record: version, type, id, target URI and block.
fn record(version: &str, kind: &str, id: &str, uri: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/{version}\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\n\
         WARC-Date: 2026-11-30T10:00:00Z\r\nWARC-Target-URI: {uri}\r\n\
         Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn http(content_type: &str, extra: &str, body: &[u8]) -> Vec<u8> {
    let mut out =
        format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n{extra}\r\n").into_bytes();
    out.extend_from_slice(body);
    out
}

fn page(title: &str, sentence: &str) -> String {
    format!(
        "<html><head><title>{title}</title><link rel=canonical href='./'></head><body><nav><a href='/'>Home</a></nav>\
         <article><h1>{title}</h1><p>{sentence} This paragraph is long enough to be the \
         content of the page on its own.</p><p><a href='more.html'>More</a> about it.</p>\
         </article></body></html>"
    )
}

/// The records of a small crawl: two HTML pages (one in KOI8-R declared only by the HTTP
/// header, one chunked), a request record, and an image response.
fn records(version: &str) -> Vec<Vec<u8>> {
    let koi8 = b"<html><body><article><p>\xf0\xd2\xc9\xd7\xc5\xd4, \xcd\xc9\xd2! \
        \xfc\xd4\xcf \xd4\xc5\xcb\xd3\xd4 \xd3\xd4\xd2\xc1\xce\xc9\xc3\xd9 \xc4\xcc\xd1 \
        \xd0\xd2\xcf\xd7\xc5\xd2\xcb\xc9 \xcb\xcf\xc4\xc9\xd2\xcf\xd7\xcb\xc9.</p>\
        </article></body></html>";
    let first = page(
        "Tide tables",
        "The harbour office publishes the tide tables online.",
    );
    let chunked_body = {
        let text = page(
            "Ferry times",
            "The winter ferry timetable starts on Monday.",
        );
        let (a, b) = text.split_at(40);
        format!("{:x}\r\n{a}\r\n{:x}\r\n{b}\r\n0\r\n\r\n", a.len(), b.len())
    };
    vec![
        record(
            version,
            "request",
            "00000000-0000-0000-0000-000000000001",
            "https://harbour.example/tides",
            b"GET /tides HTTP/1.1\r\nHost: harbour.example\r\n\r\n",
        ),
        record(
            version,
            "response",
            "00000000-0000-0000-0000-000000000002",
            "https://harbour.example/tides",
            &http("text/html; charset=utf-8", "", first.as_bytes()),
        ),
        record(
            version,
            "response",
            "00000000-0000-0000-0000-000000000003",
            "https://harbour.example/logo.png",
            &http("image/png", "", b"\x89PNG\r\n\x1a\n"),
        ),
        record(
            version,
            "response",
            "00000000-0000-0000-0000-000000000004",
            "https://harbour.example/ru",
            &http("text/html; charset=koi8-r", "", koi8),
        ),
        record(
            version,
            "response",
            "00000000-0000-0000-0000-000000000005",
            "https://harbour.example/ferry/times",
            &http(
                "text/html",
                "Transfer-Encoding: chunked\r\n",
                chunked_body.as_bytes(),
            ),
        ),
    ]
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::fast());
    enc.write_all(bytes).expect("gzip");
    enc.finish().expect("gzip")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write WARC");
    path
}

fn run(args: &[&str]) -> (Option<i32>, Vec<serde_json::Value>) {
    let out = Command::new(common::example_binary())
        .args(args)
        .output()
        .expect("runs");
    let lines = String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    (out.status.code(), lines)
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dechrome-warc-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn check_pages(lines: &[serde_json::Value], path: &Path) {
    assert_eq!(lines.len(), 3, "three HTML responses: {lines:?}");
    let ids: Vec<&str> = lines
        .iter()
        .map(|l| l["warc_record_id"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        ids,
        [
            "<urn:uuid:00000000-0000-0000-0000-000000000002>",
            "<urn:uuid:00000000-0000-0000-0000-000000000004>",
            "<urn:uuid:00000000-0000-0000-0000-000000000005>",
        ]
    );
    assert_eq!(lines[0]["target_uri"], "https://harbour.example/tides");
    assert_eq!(lines[0]["path"], path.display().to_string());
    assert_eq!(lines[0]["title"], "Tide tables");
    assert!(lines[0]["text"]
        .as_str()
        .is_some_and(|t| t.starts_with("The harbour office publishes")));
    assert!(
        lines[1]["text"]
            .as_str()
            .is_some_and(|t| t.starts_with("Привет, мир!")),
        "charset from HTTP header: {}",
        lines[1]
    );
    assert_eq!(lines[1]["metadata"]["encoding"], "KOI8-R");
    assert!(
        lines[2]["text"]
            .as_str()
            .is_some_and(|t| t.contains("winter ferry timetable")),
        "chunked body: {}",
        lines[2]
    );
}

#[test]
fn warc_files_plain_and_gzipped() {
    let dir = temp_dir("forms");
    for version in ["1.0", "1.1"] {
        let recs = records(version);
        let plain: Vec<u8> = recs.concat();
        let per_record: Vec<u8> = recs.iter().flat_map(|r| gzip(r)).collect();
        let whole = gzip(&plain);
        for (name, bytes) in [
            (format!("plain-{version}.warc"), plain),
            (format!("records-{version}.warc.gz"), per_record),
            (format!("whole-{version}.warc.gz"), whole),
        ] {
            let path = write(&dir, &name, &bytes);
            let (status, lines) = run(&["--warc", "--jobs", "2", path.to_str().unwrap()]);
            assert_eq!(status, Some(0), "{name}");
            check_pages(&lines, &path);
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn warc_pages_resolve_urls_against_their_target_uri() {
    let dir = temp_dir("links");
    let path = write(&dir, "crawl.warc", &records("1.1").concat());
    let (status, lines) = run(&["--warc", path.to_str().unwrap()]);
    assert_eq!(status, Some(0));
    // Each page's relative canonical link `./` resolves against its own address.
    assert_eq!(
        lines[0]["metadata"]["canonical_url"],
        "https://harbour.example/"
    );
    assert_eq!(
        lines[2]["metadata"]["canonical_url"],
        "https://harbour.example/ferry/"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_broken_warc_file_is_an_error_line_and_the_others_go_on() {
    let dir = temp_dir("broken");
    let good = write(&dir, "good.warc", &records("1.0").concat());
    let bad = write(&dir, "bad.warc", b"this is not a WARC file at all\r\n\r\n");
    let (status, lines) = run(&[
        "--warc",
        bad.to_str().unwrap(),
        "/no/such/file.warc",
        good.to_str().unwrap(),
    ]);
    assert_eq!(
        status,
        Some(1),
        "a failed input makes the exit status non-zero"
    );
    assert!(
        lines[0]["error"].as_str().is_some_and(|e| !e.is_empty()),
        "{lines:?}"
    );
    assert!(
        lines[1]["error"].as_str().is_some_and(|e| !e.is_empty()),
        "{lines:?}"
    );
    check_pages(&lines[2..], &good);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn warc_needs_files() {
    let out = Command::new(common::example_binary())
        .arg("--warc")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_malformed_record_is_an_error_line_with_its_offset_and_reading_resumes() {
    let dir = temp_dir("resync");
    let mut recs = records("1.1");
    // The image record claims a length no file has; the reader must not trust it.
    let image = String::from_utf8_lossy(&recs[2]).into_owned();
    let start = image.find("Content-Length: ").expect("a length line") + 16;
    let end = start + image[start..].find('\r').expect("line end");
    recs[2] = format!("{}18446744073709551614{}", &image[..start], &image[end..]).into_bytes();
    let offset = (recs[0].len() + recs[1].len()) as u64;
    for (name, bytes) in [
        ("plain.warc", recs.concat()),
        (
            "records.warc.gz",
            recs.iter().flat_map(|r| gzip(r)).collect::<Vec<u8>>(),
        ),
    ] {
        let path = write(&dir, name, &bytes);
        let (code, lines) = run(&["--warc", path.to_str().unwrap()]);
        assert_eq!(
            code,
            Some(1),
            "{name}: a failed record, no crash: {lines:?}"
        );
        let errors: Vec<&serde_json::Value> =
            lines.iter().filter(|l| l["error"].is_string()).collect();
        assert_eq!(
            errors.len(),
            1,
            "{name}: the bad record is reported: {lines:?}"
        );
        if name == "plain.warc" {
            assert_eq!(errors[0]["offset"], offset, "{name}: {}", errors[0]);
        } else {
            assert!(
                errors[0]["gzip_member_offset"].is_u64(),
                "{name}: {}",
                errors[0]
            );
        }
        // The records on either side of the bad one are read.
        let titles: Vec<&str> = lines.iter().filter_map(|l| l["title"].as_str()).collect();
        assert!(titles.contains(&"Tide tables"), "{name}: {titles:?}");
        assert!(titles.contains(&"Ferry times"), "{name}: {titles:?}");
    }
    std::fs::remove_dir_all(&dir).ok();
}
