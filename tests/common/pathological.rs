//! Generators for hostile inputs, shared by `tests/pathological.rs` and
//! `benches/pathological.rs`. Each takes a scale: the number of repetitions.

/// A named generator and its full size.
pub struct Pathological {
    pub name: &'static str,
    pub full_scale: usize,
    pub make: fn(usize) -> String,
}

pub const ALL: &[Pathological] = &[
    Pathological {
        name: "nested_divs",
        full_scale: 1_000_000,
        make: nested_divs,
    },
    Pathological {
        name: "ul_li",
        full_scale: 512 * 1024 / 8,
        make: ul_li,
    },
    Pathological {
        name: "many_attributes",
        full_scale: 100_000,
        make: many_attributes,
    },
    Pathological {
        name: "huge_text_node",
        full_scale: 50 * 1024 * 1024,
        make: huge_text_node,
    },
    Pathological {
        name: "misnested_formatting",
        full_scale: 100_000,
        make: misnested_formatting,
    },
    Pathological {
        name: "many_br",
        full_scale: 1_000_000,
        make: many_br,
    },
    Pathological {
        name: "huge_colspan",
        full_scale: 10_000,
        make: huge_colspan,
    },
    Pathological {
        name: "nested_tables",
        full_scale: 10_000,
        make: nested_tables,
    },
    Pathological {
        name: "entities",
        full_scale: 1024 * 1024 / 5,
        make: entities,
    },
    Pathological {
        name: "nul_and_invalid_utf8",
        full_scale: 1_000_000,
        make: nul_and_invalid,
    },
];

pub fn nested_divs(n: usize) -> String {
    format!("{}<p>bottom</p>{}", "<div>".repeat(n), "</div>".repeat(n))
}

pub fn ul_li(n: usize) -> String {
    "<ul><li>".repeat(n)
}

pub fn many_attributes(n: usize) -> String {
    let mut s = String::from("<div");
    for i in 0..n {
        s.push_str(&format!(" a{i}=\"v{i}\""));
    }
    s.push_str(">text after many attributes</div>");
    s
}

/// One text node of `bytes` bytes of words (no markup at all inside).
pub fn huge_text_node(bytes: usize) -> String {
    // Prose, not template filler: "lorem ipsum" text is dropped as a placeholder.
    let word = "the keeper climbs the tower, ";
    let mut s = String::with_capacity(bytes + 16);
    s.push_str("<p>");
    while s.len() < bytes {
        s.push_str(word);
    }
    s.push_str("</p>");
    s
}

pub fn misnested_formatting(n: usize) -> String {
    "<b><i>x</b></i>".repeat(n)
}

pub fn many_br(n: usize) -> String {
    "<br>".repeat(n)
}

pub fn huge_colspan(n: usize) -> String {
    format!(
        "<table>{}</table>",
        "<tr><td colspan=\"999999999\" rowspan=\"999999999\">cell</td></tr>".repeat(n)
    )
}

pub fn nested_tables(n: usize) -> String {
    format!(
        "{}cell{}",
        "<table><tr><td>".repeat(n),
        "</td></tr></table>".repeat(n)
    )
}

pub fn entities(n: usize) -> String {
    format!("<p>{}</p>", "&amp;".repeat(n))
}

/// NUL bytes and invalid UTF-8 sequences between tags; lossily decoded to a `String` here,
/// the raw bytes are tested through `extract_bytes`.
pub fn nul_and_invalid(n: usize) -> String {
    String::from_utf8_lossy(&nul_and_invalid_bytes(n)).into_owned()
}

pub fn nul_and_invalid_bytes(n: usize) -> Vec<u8> {
    let unit: &[u8] = b"<p>\x00a\xff\xfe\xc3(\xe2\x82</p>\x00";
    unit.iter().copied().cycle().take(n).collect()
}
