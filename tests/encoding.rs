//! Decoding: the HTML standard's order (BOM, Content-Type, `<meta>` prescan, guess,
//! windows-1252) across legacy and multi-byte encodings, and html5lib's prescan cases.

mod common;

use dechrome::EncodingSource;
use encoding_rs::Encoding;

/// Extracts `html` encoded as `label`, optionally declaring it in a `<meta>`.
fn roundtrip(label: &str, text: &str, declare: bool) -> dechrome::Article {
    let enc = Encoding::for_label(label.as_bytes()).expect("known label");
    let meta = if declare {
        format!("<meta charset=\"{label}\">")
    } else {
        String::new()
    };
    let html = format!(
        "<!DOCTYPE html><html><head>{meta}<title>t</title></head><body><p>{text}</p></body></html>"
    );
    let (bytes, _, unmappable) = enc.encode(&html);
    assert!(!unmappable, "{label} cannot encode the sample");
    dechrome::extract_bytes(&bytes, None).expect("extracts")
}

#[test]
fn declared_legacy_encodings_decode() {
    let samples = [
        (
            "windows-1252",
            "Le café déjà célèbre attire des touristes chaque été, même en hiver.",
        ),
        (
            "iso-8859-2",
            "Zażółć gęślą jaźń: mieszkańcy Łodzi świętowali długi weekend nad rzeką.",
        ),
        (
            "koi8-r",
            "Съешь же ещё этих мягких французских булок, да выпей чаю после прогулки.",
        ),
        (
            "shift_jis",
            "日本語のテキストを正しく読み込めるかどうかを確認するための文章です。",
        ),
        (
            "euc-kr",
            "다람쥐 헌 쳇바퀴에 타고파 하는 마음으로 오늘도 공원을 산책했습니다.",
        ),
        (
            "gbk",
            "我能吞下玻璃而不伤身体，这句话常被用来测试中文字符的显示是否正确。",
        ),
        (
            "big5",
            "我能吞下玻璃而不傷身體，這句話常被用來測試中文字元的顯示是否正確。",
        ),
    ];
    for (label, text) in samples {
        let article = roundtrip(label, text, true);
        assert_eq!(article.text(), text, "{label}: text");
        let want = Encoding::for_label(label.as_bytes()).map(|e| e.name());
        assert_eq!(Some(article.encoding()), want, "{label}: encoding");
        assert_eq!(
            article.encoding_source(),
            EncodingSource::MetaPrescan,
            "{label}: source"
        );
    }
}

#[test]
fn undeclared_encodings_are_guessed() {
    let samples = [
        ("shift_jis", "日本語のテキストを正しく読み込めるかどうかを確認するための文章です。宣言がなくても推測できるはずです。"),
        ("koi8-r", "Съешь же ещё этих мягких французских булок, да выпей чаю. Это проверка угадывания кодировки без объявления."),
        ("gbk", "我能吞下玻璃而不伤身体，这句话常被用来测试中文字符的显示是否正确，没有声明也应该能猜出来。"),
    ];
    for (label, text) in samples {
        let article = roundtrip(label, text, false);
        assert_eq!(article.text(), text, "{label}: guessed text");
        assert_eq!(
            article.encoding_source(),
            EncodingSource::Guess,
            "{label}: source"
        );
    }
    let plain = roundtrip(
        "utf-8",
        "Plain UTF-8 needs no declaration at all — naïve café.",
        false,
    );
    assert_eq!(plain.encoding(), "UTF-8");
}

#[test]
fn utf16_with_bom_decodes() {
    let html = "<html><body><p>Grüße aus Köln, wo es heute regnet und die Straßenbahn pünktlich ist.</p></body></html>";
    for (bom, le) in [([0xFFu8, 0xFE], true), ([0xFE, 0xFF], false)] {
        let mut bytes = bom.to_vec();
        for unit in html.encode_utf16() {
            let pair = if le {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            };
            bytes.extend_from_slice(&pair);
        }
        let article = dechrome::extract_bytes(&bytes, None).expect("extracts");
        assert!(
            article.text().starts_with("Grüße aus Köln"),
            "le={le}: {:?}",
            article.text()
        );
        assert_eq!(article.encoding_source(), EncodingSource::ByteOrderMark);
    }
}

#[test]
fn bom_beats_a_wrong_meta_and_content_type_beats_meta() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(
        "<meta charset=koi8-r><p>Ça marche très bien, merci à tous pour votre aide précieuse.</p>"
            .as_bytes(),
    );
    let article =
        dechrome::extract_bytes(&bytes, Some("text/html; charset=windows-1251")).expect("extracts");
    assert_eq!(article.encoding(), "UTF-8");
    assert!(article.text().starts_with("Ça marche"));

    let (body, _, _) = encoding_rs::WINDOWS_1251.encode(
        "<meta charset=koi8-r><p>Привет всем читателям нашей газеты в этот солнечный день.</p>",
    );
    let article =
        dechrome::extract_bytes(&body, Some("text/html; charset=windows-1251")).expect("extracts");
    assert_eq!(article.encoding(), "windows-1251");
    assert_eq!(article.encoding_source(), EncodingSource::ContentType);
    assert!(article.text().starts_with("Привет всем"));
}

/// html5lib-tests' encoding cases: BOM and `<meta>` (including late declarations, which a
/// browser's parser honours by reparsing), windows-1252 when there is none.
#[test]
fn html5lib_prescan_cases() {
    let Some(dir) = common::fixture(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/html5lib-tests/encoding"),
    ) else {
        return;
    };
    let mut checked = 0;
    let mut failures = Vec::new();
    for file in ["tests1.dat", "tests2.dat", "test-yahoo-jp.dat"] {
        let raw = std::fs::read(dir.join(file)).expect("readable");
        for (index, case) in split_cases(&raw).into_iter().enumerate() {
            let (data, expected) = case;
            let want = Encoding::for_label(expected.trim().as_bytes()).map(|e| e.name());
            let got = dechrome::debug::declared_encoding(&data).unwrap_or("windows-1252");
            checked += 1;
            if Some(got) != want {
                failures.push(format!("{file}#{index}: got {got}, want {want:?}"));
            }
        }
    }
    assert!(checked >= 80, "only {checked} cases read");
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Splits a `.dat` file into (data bytes, expected label) pairs.
fn split_cases(raw: &[u8]) -> Vec<(Vec<u8>, String)> {
    let mut cases = Vec::new();
    let lines: Vec<&[u8]> = raw.split(|&b| b == b'\n').collect();
    let mut i = 0;
    while i < lines.len() {
        if lines[i] != b"#data" {
            i += 1;
            continue;
        }
        i += 1;
        let mut data: Vec<u8> = Vec::new();
        while i < lines.len() && lines[i] != b"#encoding" {
            if !data.is_empty() {
                data.push(b'\n');
            }
            data.extend_from_slice(lines[i]);
            i += 1;
        }
        i += 1;
        let label = lines
            .get(i)
            .map(|l| String::from_utf8_lossy(l).into_owned())
            .unwrap_or_default();
        cases.push((data, label));
        i += 1;
    }
    cases
}
