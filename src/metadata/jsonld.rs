//! JSON-LD: objects flattened out of arrays and `@graph`, their types (which declare the
//! page type), and their names, strings, URLs and lists.

use serde_json::Value;

use super::{clean, PageType};
use crate::rules::vocabulary::{
    contains_ignore_case, Vocabulary, ARTICLE_TYPES, DOCUMENTATION_TYPES, FORUM_TYPES,
    LISTING_TYPES, ORGANIZATION_TYPES, OTHER_PAGE_TYPES, PRODUCT_TYPES,
};

/// The page type declared by JSON-LD (the most specific `@type` found) or else by `og:type`.
pub(super) fn declared_page_type(
    objects: &[&serde_json::Map<String, Value>],
    og_type: Option<&str>,
) -> Option<PageType> {
    // A discussion or product declaration outranks a generic article one on the same page.
    for (types, kind) in [
        (FORUM_TYPES, PageType::Forum),
        (PRODUCT_TYPES, PageType::Product),
        (DOCUMENTATION_TYPES, PageType::Documentation),
        (ARTICLE_TYPES, PageType::Article),
        (LISTING_TYPES, PageType::Listing),
    ] {
        if objects.iter().any(|o| has_type(o, types)) {
            return Some(kind);
        }
    }
    if let Some(og) = og_type.map(str::to_ascii_lowercase) {
        // Open Graph's `product.group` is a group of products: a shop's category page.
        return Some(if og.contains("forum") {
            PageType::Forum
        } else if og.contains("product") && og.contains("group") {
            PageType::Listing
        } else if og.contains("product") {
            PageType::Product
        } else if og == "article" || og.contains("blog") {
            PageType::Article
        } else {
            PageType::Other
        });
    }
    // JSON-LD that describes the page as something else entirely.
    objects
        .iter()
        .any(|o| has_type(o, OTHER_PAGE_TYPES))
        .then_some(PageType::Other)
}

/// Decodes the character references that leak into JSON-LD strings (`&amp;`, `&#39;`, ...).
pub(super) fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        rest = &rest[pos..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let ch = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => {
                    let num = name.strip_prefix('#')?;
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => num.parse().ok()?,
                    };
                    char::from_u32(code)
                }
            }?;
            Some((ch, e + 1))
        });
        match decoded {
            Some((ch, len)) => {
                out.push(ch);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every JSON-LD object on the page, flattened out of arrays and `@graph`, without recursion.
pub(super) fn json_ld_objects(values: &[Value]) -> Vec<&serde_json::Map<String, Value>> {
    let mut out = Vec::new();
    let mut stack: Vec<&Value> = values.iter().rev().collect();
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(map) => {
                out.push(map);
                if let Some(graph) = map.get("@graph") {
                    stack.push(graph);
                }
            }
            _ => {}
        }
    }
    out
}

pub(super) fn has_type(obj: &serde_json::Map<String, Value>, wanted: Vocabulary) -> bool {
    let matches = |s: &str| contains_ignore_case(wanted, s);
    match obj.get("@type") {
        Some(Value::String(s)) => matches(s),
        Some(Value::Array(a)) => a.iter().any(|v| v.as_str().is_some_and(matches)),
        _ => false,
    }
}

/// Names in a JSON-LD `author`: a string, an object with `name`, or an array of either.
pub(super) fn ld_names(v: &Value) -> Vec<String> {
    let items: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        other => vec![other],
    };
    items
        .into_iter()
        .filter_map(|item| match item {
            Value::String(s) => Some(clean(&decode_entities(s))),
            Value::Object(o) => o
                .get("name")
                .and_then(Value::as_str)
                .map(|n| clean(&decode_entities(n))),
            _ => None,
        })
        .filter(|s| !s.is_empty())
        .collect()
}

/// Whether a JSON-LD `author` names an organisation rather than people.
pub(super) fn ld_author_is_organization(v: &Value) -> bool {
    let first = match v {
        Value::Array(a) => a.first(),
        other => Some(other),
    };
    first
        .and_then(Value::as_object)
        .is_some_and(|o| has_type(o, ORGANIZATION_TYPES))
}

pub(super) fn ld_string(obj: &serde_json::Map<String, Value>, key: &str) -> Option<String> {
    match obj.get(key)? {
        Value::String(s) if !s.trim().is_empty() => Some(clean(&decode_entities(s))),
        Value::Object(o) => o.get("name").and_then(Value::as_str).map(clean),
        _ => None,
    }
}

/// A JSON-LD text field kept with its line breaks (paragraphs), trimmed.
pub(super) fn ld_text(obj: &serde_json::Map<String, Value>, key: &str) -> Option<String> {
    let text = obj.get(key)?.as_str()?.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// A JSON-LD URL: a string, an object with `url`, or the first of an array.
pub(super) fn ld_url(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Object(o) => o
            .get("url")
            .or_else(|| o.get("contentUrl"))
            .and_then(ld_url),
        Value::Array(a) => a.iter().find_map(ld_url),
        _ => None,
    }
}

/// A JSON-LD list of names: an array of strings, or one comma-separated string.
pub(super) fn ld_list(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => split_list(&decode_entities(s)),
        Value::Array(a) => a
            .iter()
            .filter_map(Value::as_str)
            .map(|s| clean(&decode_entities(s)))
            .filter(|s| !s.is_empty())
            .collect(),
        _ => Vec::new(),
    }
}

pub(super) fn split_list(s: &str) -> Vec<String> {
    s.split([',', ';'])
        .map(clean)
        .filter(|t| !t.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metadata::dedup_limited;

    #[test]
    fn tag_lists() {
        assert_eq!(split_list("a, b;c ,, "), ["a", "b", "c"]);
        assert_eq!(
            dedup_limited(vec!["Rust".into(), "rust".into(), "HTML".into()]),
            ["Rust", "HTML"]
        );
    }

    /// Open Graph's `og:type` declares the page when JSON-LD does not: a product, or a
    /// group of products (a shop's category page), which is a listing.
    #[test]
    fn open_graph_types() {
        let declared = |og: &str| declared_page_type(&[], Some(og));
        assert_eq!(declared("product"), Some(PageType::Product));
        assert_eq!(declared("product.item"), Some(PageType::Product));
        assert_eq!(declared("product.group"), Some(PageType::Listing));
        assert_eq!(declared("product:group"), Some(PageType::Listing));
        assert_eq!(declared("article"), Some(PageType::Article));
        assert_eq!(declared("website"), Some(PageType::Other));
        assert_eq!(declared_page_type(&[], None), None);
    }
}
