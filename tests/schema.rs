//! One JSON shape: `schema/article.schema.json` describes the serde form of `Article` and
//! every line of the example binary's JSON output, and real output from both is checked
//! against it here (the Python package's is checked by its own tests).
//!
//! The checker reads the part of JSON Schema the file uses: `$ref` to `#/$defs/...`,
//! `oneOf`, `type`, `enum`, `required`, `properties`, `additionalProperties: false` and
//! `items`. A keyword it does not know fails the test, so the file cannot drift past it.

use std::process::Command;

use serde_json::Value;

mod common;

fn schema() -> Value {
    let path = format!("{}/schema/article.schema.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).expect("schema file")).expect("JSON")
}

/// The keywords the checker understands; annotations are allowed anywhere.
const KEYWORDS: &[&str] = &[
    "$ref",
    "oneOf",
    "type",
    "enum",
    "required",
    "properties",
    "additionalProperties",
    "items",
    "description",
    "title",
    "$schema",
    "$defs",
];

/// Where `value` breaks `schema` (empty when it conforms), each as `path: reason`.
fn violations(root: &Value, schema: &Value, value: &Value, at: &str) -> Vec<String> {
    let mut found = Vec::new();
    let Some(rules) = schema.as_object() else {
        return vec![format!("{at}: schema is not an object")];
    };
    for key in rules.keys() {
        if !KEYWORDS.contains(&key.as_str()) {
            found.push(format!("{at}: the checker does not know keyword {key}"));
        }
    }
    if let Some(reference) = rules.get("$ref").and_then(Value::as_str) {
        let name = reference.trim_start_matches("#/$defs/");
        match root["$defs"].get(name) {
            Some(target) => found.extend(violations(root, target, value, at)),
            None => found.push(format!("{at}: unknown $ref {reference}")),
        }
    }
    if let Some(choices) = rules.get("oneOf").and_then(Value::as_array) {
        let matching = choices
            .iter()
            .filter(|choice| violations(root, choice, value, at).is_empty())
            .count();
        if matching != 1 {
            found.push(format!(
                "{at}: matches {matching} of oneOf, not exactly one"
            ));
        }
    }
    if let Some(types) = rules.get("type") {
        let names: Vec<&str> = match types {
            Value::String(one) => vec![one.as_str()],
            Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let actual = match value {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        };
        let fits = names.contains(&actual) || (actual == "integer" && names.contains(&"number"));
        if !fits {
            found.push(format!("{at}: is {actual}, not {names:?}"));
        }
    }
    if let Some(allowed) = rules.get("enum").and_then(Value::as_array) {
        if !allowed.contains(value) {
            found.push(format!("{at}: {value} is not one of {allowed:?}"));
        }
    }
    if let Some(object) = value.as_object() {
        let properties = rules.get("properties").and_then(Value::as_object);
        for name in rules
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if !object.contains_key(name) {
                found.push(format!("{at}: lacks required {name}"));
            }
        }
        for (name, field) in object {
            match properties.and_then(|p| p.get(name)) {
                Some(rule) => found.extend(violations(root, rule, field, &format!("{at}.{name}"))),
                None if rules.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    found.push(format!("{at}: has {name}, which the schema does not list"));
                }
                None => {}
            }
        }
    }
    if let (Some(items), Some(array)) = (rules.get("items"), value.as_array()) {
        for (i, item) in array.iter().enumerate() {
            found.extend(violations(root, items, item, &format!("{at}[{i}]")));
        }
    }
    found
}

fn assert_conforms(value: &Value, what: &str) {
    let schema = schema();
    let found = violations(&schema, &schema, value, "$");
    assert!(found.is_empty(), "{what}: {found:#?}\n{value}");
}

/// The checker itself: it rejects what the schema rules out.
#[test]
fn the_checker_rejects_what_the_schema_rules_out() {
    let schema = schema();
    let check = |value: Value| violations(&schema, &schema, &value, "$");
    let article = || {
        serde_json::json!({
            "title": null, "text": "", "encoding": "UTF-8", "comments": null,
            "metadata": {
                "title": null, "authors": [], "date": null, "site_name": null,
                "description": null, "language": null, "declared_language": null,
                "canonical_url": null, "page_type": null, "modified": null, "image": null,
                "tags": [], "categories": []
            }
        })
    };
    assert_eq!(check(article()), Vec::<String>::new());
    assert_eq!(
        check(serde_json::json!({"path": "-", "error": "x"})),
        Vec::<String>::new()
    );
    let broken = |edit: &dyn Fn(&mut Value)| {
        let mut value = article();
        edit(&mut value);
        check(value)
    };
    assert!(!broken(&|v| v["text"] = Value::Null).is_empty());
    assert!(!broken(&|v| v["extra"] = Value::Null).is_empty());
    assert!(!broken(&|v| v["error"] = "both".into()).is_empty());
    assert!(!broken(&|v| v["metadata"]["page_type"] = "blog".into()).is_empty());
    assert!(!broken(&|v| v["metadata"]["authors"] = serde_json::json!([1])).is_empty());
    assert!(!broken(&|v| {
        v["metadata"].as_object_mut().map(|m| m.remove("language"));
    })
    .is_empty());
}

/// The serde form of `Article` on every corpus page that extracts.
#[cfg(feature = "serde")]
#[test]
fn the_serde_form_of_article_conforms() {
    let dir = format!("{}/corpus", env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("corpus") {
        let source = entry.expect("entry").path().join("source.html");
        let Ok(bytes) = std::fs::read(&source) else {
            continue;
        };
        let options = dechrome::Options::default().with_comments(true);
        if let Ok(article) = dechrome::Extractor::new(options).extract_bytes(&bytes, None) {
            let value = serde_json::to_value(&article).expect("serializes");
            assert_conforms(&value, &source.display().to_string());
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} corpus pages extracted");
}

fn cli_lines(args: &[&str]) -> Vec<Value> {
    let out = Command::new(common::example_binary())
        .args(args)
        .output()
        .expect("runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

/// Every JSON line of the example binary: pages, failures, WARC records.
#[test]
fn the_cli_json_lines_conform() {
    let root = env!("CARGO_MANIFEST_DIR");
    let corpus = format!("{root}/corpus");
    let lines = cli_lines(&[
        "--format",
        "json",
        "--comments",
        &corpus,
        "/no/such/page.html",
    ]);
    assert!(lines.len() >= 20);
    assert!(
        lines.iter().any(|l| l.get("error").is_some()),
        "a failure line"
    );
    for line in &lines {
        assert_conforms(line, "CLI line");
    }
    let warc = format!("{root}/examples/data/sample.warc");
    let records = cli_lines(&["--warc", &warc]);
    assert!(records.len() >= 2);
    for line in &records {
        assert_conforms(line, "CLI WARC line");
    }
}
