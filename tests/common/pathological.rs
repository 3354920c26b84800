//! Generators for hostile inputs, shared by `tests/pathological.rs` and
//! `benches/pathological.rs`. Each takes a scale (the number of repetitions of its shape)
//! and names the class of attack it stands for; [`process`] runs one input the way a
//! crawler would and reports how much came out.

#![allow(dead_code)] // each user of this module calls a different part of it

use std::io::Write;

/// What an input is, and what is done with it.
#[derive(Clone, Copy)]
pub enum Make {
    /// HTML text, extracted; the Markdown is rendered too.
    Html(fn(usize) -> String),
    /// HTML bytes in no declared encoding, extracted from bytes.
    Bytes(fn(usize) -> Vec<u8>),
    /// A WARC file, every page read and extracted.
    Warc(fn(usize) -> Vec<u8>),
    /// A gzip file, inflated through the bounded reader (as the CLI reads `*.html.gz`).
    Gzip(fn(usize) -> Vec<u8>),
}

/// What a case must give: a result, or one error kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// An article (for WARC files: every record read, pages or error items).
    Extracts,
    /// `Error::TreeTooLarge`: the markup asks for a tree out of proportion to its size.
    TreeTooLarge,
    /// `Error::InflatesTooLarge`: a decompression bomb stopped at the limit.
    InflatesTooLarge,
    /// An article while the tree fits the memory budget, `Error::TreeTooLarge` past it:
    /// markup denser than any real page, at its largest sizes.
    WithinBudget,
}

/// A named generator, the class of attack it stands for, and its full size.
pub struct Pathological {
    pub name: &'static str,
    /// The hostile-input class (issue 14's numbering; "shape" for the first families).
    pub class: &'static str,
    pub full_scale: usize,
    pub make: Make,
    pub expect: Expect,
}

/// Limit the gzip and WARC cases read and inflate to (records and bodies).
pub const INFLATE_LIMIT: usize = 1 << 20;

pub const ALL: &[Pathological] = &[
    Pathological {
        name: "nested_divs",
        class: "shape",
        full_scale: 1_000_000,
        make: Make::Html(nested_divs),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "ul_li",
        class: "shape",
        full_scale: 512 * 1024 / 8,
        make: Make::Html(ul_li),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "many_attributes",
        class: "shape",
        full_scale: 100_000,
        make: Make::Html(many_attributes),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "huge_text_node",
        class: "shape",
        full_scale: 50 * 1024 * 1024,
        make: Make::Html(huge_text_node),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "misnested_formatting",
        class: "shape",
        full_scale: 100_000,
        make: Make::Html(misnested_formatting),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "many_br",
        class: "shape",
        full_scale: 1_000_000,
        make: Make::Html(many_br),
        expect: Expect::WithinBudget,
    },
    Pathological {
        name: "huge_colspan",
        class: "shape",
        full_scale: 10_000,
        make: Make::Html(huge_colspan),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "nested_tables",
        class: "shape",
        full_scale: 10_000,
        make: Make::Html(nested_tables),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "inline_comment_siblings",
        class: "shape",
        full_scale: 40_000,
        make: Make::Html(inline_comment_siblings),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "layout_table_rows",
        class: "shape",
        full_scale: 30_000,
        make: Make::Html(layout_table_rows),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "code_line_spans",
        class: "shape",
        full_scale: 20_000,
        make: Make::Html(code_line_spans),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "entities",
        class: "shape",
        full_scale: 1024 * 1024 / 5,
        make: Make::Html(entities),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "nul_and_invalid_utf8",
        class: "shape",
        full_scale: 1_000_000,
        make: Make::Html(nul_and_invalid),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "raw_invalid_bytes",
        class: "shape",
        full_scale: 1_000_000,
        make: Make::Bytes(nul_and_invalid_bytes),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "unclosed_svg",
        class: "1 look-ahead",
        full_scale: 80_000,
        make: Make::Html(unclosed_svg),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "svg_foreign_object",
        class: "1 look-ahead",
        full_scale: 40_000,
        make: Make::Html(svg_foreign_object),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "svg_tags_never_ending",
        class: "1 look-ahead",
        full_scale: 40_000,
        make: Make::Html(svg_tags_never_ending),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "svg_in_cdata",
        class: "1 look-ahead",
        full_scale: 40_000,
        make: Make::Html(svg_in_cdata),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "unclosed_script_and_comment",
        class: "1 look-ahead",
        full_scale: 80_000,
        make: Make::Html(unclosed_raw_text),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "hidden_panels_nested",
        class: "shape",
        full_scale: 500,
        make: Make::Html(hidden_panels_nested),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "asides_around_headline",
        class: "shape",
        full_scale: 50_000,
        make: Make::Html(asides_around_headline),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "sidebars_beside_headline",
        class: "shape",
        full_scale: 100_000,
        make: Make::Html(sidebars_beside_headline),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "lead_paragraphs_before_body",
        class: "shape",
        full_scale: 100_000,
        make: Make::Html(lead_paragraphs_before_body),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "hidden_excerpts_wide",
        class: "shape",
        full_scale: 50_000,
        make: Make::Html(hidden_excerpts_wide),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "headlines_wide",
        class: "shape",
        full_scale: 50_000,
        make: Make::Html(headlines_wide),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "headline_nested",
        class: "shape",
        full_scale: 500,
        make: Make::Html(headline_nested),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "time_siblings",
        class: "2 metadata",
        full_scale: 80_000,
        make: Make::Html(time_siblings),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "nested_microdata",
        class: "2 metadata",
        full_scale: 500,
        make: Make::Html(nested_microdata),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "nested_bylines",
        class: "2 metadata",
        full_scale: 500,
        make: Make::Html(nested_bylines),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "title_of_many_parts",
        class: "2 metadata",
        full_scale: 100_000,
        make: Make::Html(title_of_many_parts),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "repeated_body_attributes",
        class: "3 attribute merge",
        full_scale: 80_000,
        make: Make::Html(repeated_body_attributes),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "end_p_at_depth",
        class: "4 depth",
        full_scale: 400_000,
        make: Make::Html(end_p_at_depth),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "headers_at_depth",
        class: "4 depth",
        full_scale: 100_000,
        make: Make::Html(headers_at_depth),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "formatting_amplification",
        class: "5 memory",
        full_scale: 8_000,
        make: Make::Html(formatting_amplification),
        expect: Expect::TreeTooLarge,
    },
    Pathological {
        name: "gzip_bomb",
        class: "5 memory",
        full_scale: 64,
        make: Make::Gzip(gzip_bomb),
        expect: Expect::InflatesTooLarge,
    },
    Pathological {
        name: "warc_content_encoding_bomb",
        class: "5 memory",
        full_scale: 64,
        make: Make::Warc(warc_content_encoding_bomb),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "warc_bogus_lengths",
        class: "6 WARC",
        full_scale: 20_000,
        make: Make::Warc(warc_bogus_lengths),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "warc_garbage_between_records",
        class: "6 WARC",
        full_scale: 20_000,
        make: Make::Warc(warc_garbage_between_records),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "warc_unending_headers",
        class: "6 WARC",
        full_scale: 2_000_000,
        make: Make::Warc(warc_unending_headers),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "markdown_nested_quotes",
        class: "8 markdown size",
        full_scale: 20_000,
        make: Make::Html(nested_quotes),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "markdown_nested_lists",
        class: "8 markdown size",
        full_scale: 20_000,
        make: Make::Html(nested_lists),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "markdown_ragged_table",
        class: "8 markdown size",
        full_scale: 20_000,
        make: Make::Html(ragged_table),
        expect: Expect::Extracts,
    },
    Pathological {
        name: "unsafe_markdown",
        class: "7 markdown safety",
        full_scale: 20_000,
        make: Make::Html(unsafe_markdown),
        expect: Expect::Extracts,
    },
];

/// What processing one input gave.
#[derive(Debug)]
pub struct Outcome {
    /// Bytes of output: text and Markdown, or every page's text and the error lines.
    pub output_bytes: usize,
    /// The error, for a case that must fail (and for a WARC file, the last error item).
    pub error: Option<dechrome::Error>,
}

/// An input of one case, built once, processed many times.
pub enum Input {
    Text(String),
    Bytes(Vec<u8>),
}

impl Input {
    pub fn len(&self) -> usize {
        match self {
            Input::Text(s) => s.len(),
            Input::Bytes(b) => b.len(),
        }
    }
}

/// The input of `case` at scale `n`.
pub fn input(case: &Pathological, n: usize) -> Input {
    match case.make {
        Make::Html(make) => Input::Text(make(n)),
        Make::Bytes(make) | Make::Warc(make) | Make::Gzip(make) => Input::Bytes(make(n)),
    }
}

/// Runs `input` through the library as the case says: extraction with text and Markdown,
/// extraction from bytes, every page of a WARC file, or bounded inflation.
pub fn process(case: &Pathological, input: &Input) -> Outcome {
    let extractor = dechrome::Extractor::default();
    match (case.make, input) {
        (Make::Html(_), Input::Text(html)) => match extractor.extract(html) {
            Ok(article) => Outcome {
                output_bytes: article.text().len() + article.markdown().len(),
                error: None,
            },
            Err(e) => Outcome {
                output_bytes: 0,
                error: Some(e),
            },
        },
        (Make::Bytes(_), Input::Bytes(bytes)) => match extractor.extract_bytes(bytes, None) {
            Ok(article) => Outcome {
                output_bytes: article.text().len(),
                error: None,
            },
            Err(e) => Outcome {
                output_bytes: 0,
                error: Some(e),
            },
        },
        (Make::Warc(_), Input::Bytes(bytes)) => {
            let mut out = Outcome {
                output_bytes: 0,
                error: None,
            };
            for item in dechrome::WarcReader::new(&bytes[..]).with_max_record_bytes(INFLATE_LIMIT) {
                match item {
                    Ok(page) => {
                        if let Ok(article) = extractor.extract_bytes(&page.body, None) {
                            out.output_bytes += article.text().len();
                        }
                    }
                    Err(e) => {
                        out.output_bytes += e.to_string().len();
                        out.error = Some(e.error);
                    }
                }
            }
            out
        }
        (Make::Gzip(_), Input::Bytes(bytes)) => {
            let reader = flate2::read::MultiGzDecoder::new(&bytes[..]);
            match dechrome::inflate_limited(reader, INFLATE_LIMIT) {
                Ok(inflated) => Outcome {
                    output_bytes: inflated.len(),
                    error: None,
                },
                Err(e) => Outcome {
                    output_bytes: 0,
                    error: Some(e),
                },
            }
        }
        _ => unreachable!("inputs are built by `input` for their own case"),
    }
}

/// Whether `outcome` is what `case` must give.
pub fn meets_expectation(case: &Pathological, outcome: &Outcome) -> Result<(), String> {
    let ok = match case.expect {
        Expect::Extracts => match case.make {
            // A WARC file's malformed records are error items, not a failure of the run.
            Make::Warc(_) => true,
            _ => outcome.error.is_none(),
        },
        Expect::TreeTooLarge => {
            matches!(outcome.error, Some(dechrome::Error::TreeTooLarge { .. }))
        }
        Expect::WithinBudget => matches!(
            outcome.error,
            None | Some(dechrome::Error::TreeTooLarge { .. })
        ),
        Expect::InflatesTooLarge => matches!(
            outcome.error,
            Some(dechrome::Error::InflatesTooLarge { .. })
        ),
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "{} ({}): expected {:?}, got {:?}",
            case.name, case.class, case.expect, outcome.error
        ))
    }
}

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

/// A post and `n` replies beside its paragraphs in one container, each with a date and
/// a permalink: every reply is read for a comment's marks once. Each reply carries a
/// sentence of text, as real ones do (markup denser than that is the memory cases' job).
pub fn inline_comment_siblings(n: usize) -> String {
    let words = "a reply of a few words, as people write them under a post. ".repeat(3);
    let reply = |i: usize| {
        format!("<div class=r><p>{words}{i}</p><time>May 1</time><a href=#c{i}>#</a></div>")
    };
    format!(
        "<div><p>{}</p>{}</div>",
        "post ".repeat(100),
        (0..n).map(reply).collect::<String>()
    )
}

/// A page-wide table of `n` rows whose cells each hold a heading and two paragraphs of a
/// sentence each: a layout table, every cell a block.
pub fn layout_table_rows(n: usize) -> String {
    let sentence = "A sentence of text in a cell of a table that lays out a page. ";
    format!(
        "<table>{}</table>",
        format!("<tr><td><h2>Row</h2><p>{sentence}</p><p>{sentence}</p></td><td>x</td></tr>")
            .repeat(n)
    )
}

/// `n` lines of highlighted code with no newline between them, in one `<pre>`.
pub fn code_line_spans(n: usize) -> String {
    format!(
        "<p>Code:</p><pre>{}</pre>",
        "<span class=line><span class=k>let</span> x = 1;</span>".repeat(n)
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

/// Class 1: `<svg>` tags that are never closed, each a look-ahead for its `</svg>`.
pub fn unclosed_svg(n: usize) -> String {
    format!("<p>x</p>{}", "<svg>".repeat(n))
}

/// Class 1: `<svg><foreignObject>` chains, never closed.
pub fn svg_foreign_object(n: usize) -> String {
    format!("<p>x</p>{}", "<svg><foreignObject>".repeat(n))
}

/// Class 1: `<svg` start tags inside an `<svg>`, none ended by a `>`: one tag whose
/// attributes run to the end of the input.
pub fn svg_tags_never_ending(n: usize) -> String {
    format!("<p>x</p><svg>{}", "<svg ".repeat(n))
}

/// Class 1: `<svg>` tags inside CDATA sections that never end.
pub fn svg_in_cdata(n: usize) -> String {
    format!("<p>x</p>{}", "<svg><![CDATA[<svg>".repeat(n))
}

/// Class 1: raw-text elements and comments opened and never closed, after many tags.
pub fn unclosed_raw_text(n: usize) -> String {
    format!(
        "{}<script>{}<style><!--{}",
        "<p>x</p>".repeat(n),
        "<p data-x='1'>".repeat(n),
        "<svg>".repeat(n)
    )
}

/// Class 2: `<time datetime>` siblings, each labelled by the text before it.
pub fn time_siblings(n: usize) -> String {
    format!(
        "<p>x</p><div>{}</div>",
        "<time datetime=\"2020-01-01\"></time>".repeat(n)
    )
}

/// Asides nested around the page's only headline, then as many sidebars beside them: each
/// aside asks whether it holds the headline, read once for the page.
pub fn asides_around_headline(n: usize) -> String {
    format!(
        "{}<h1>Headline</h1><p>Some text of the article.</p>{}{}",
        "<aside>".repeat(n),
        "</aside>".repeat(n),
        "<aside><p>A sidebar.</p></aside>".repeat(n)
    )
}

/// Sidebars nested around the page's longest paragraph, beside the headline: each asks
/// whether it leaves the headline out, in one climb for the page.
pub fn sidebars_beside_headline(n: usize) -> String {
    format!(
        "<title>Headline</title><div><h1>Headline</h1><p>Some text of the article, long enough to be scored as a paragraph of it.</p></div>\
         {}<p>{}</p>{}",
        "<div class=sidebar>".repeat(n),
        "A reader, a sailor, a cook, and a keeper of nets, ".repeat(20),
        "</div>".repeat(n)
    )
}

/// Paragraph boxes before the article's body, each beside it: the lead's run before the
/// pick, each sibling asked once whether it is part of the run.
pub fn lead_paragraphs_before_body(n: usize) -> String {
    format!(
        "<h1>Headline</h1><div>{}<div class=body>{}</div></div>",
        "<div><p>A lead paragraph, of some words, with commas and a full stop.</p></div>".repeat(n),
        "<p>The body of the article goes on for a while, with commas; a sentence of it, \
         and another one, and some more words to make the paragraph longer than a lead.</p>"
            .repeat(n)
    )
}

/// Hidden panels kept as disclosures (each the full text of an excerpt before it), nested:
/// each is read for its text again inside the one around it.
pub fn hidden_panels_nested(n: usize) -> String {
    format!(
        "<p>Some text of the article.</p>{}{}{}",
        "<p>An excerpt of the story that stops short of its end...</p><div class=panel hidden>"
            .repeat(n),
        "word ".repeat(5000),
        "</div>".repeat(n)
    )
}

/// Many hidden elements side by side, each after an excerpt and named by a button's
/// `aria-controls`.
pub fn hidden_excerpts_wide(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "<button aria-controls=p{i} aria-expanded=false>More</button>\
                 <p>An excerpt of the story that stops short of its end...</p>\
                 <div id=p{i} hidden>An excerpt of the story that stops short of its end, \
                 and then goes on for a while longer than the excerpt did.</div>"
            )
        })
        .collect()
}

/// The heading that repeats the page's title and a linked "Related posts" label, side by
/// side many times among paragraphs: the headline rules and the closing-label scan read
/// each block once.
pub fn headlines_wide(n: usize) -> String {
    format!(
        "<html><head><title>Mending the nets</title></head><body><div>{}</div></body></html>",
        "<h2>Mending the nets</h2><p>The nets are mended in rows, one knot at a time.</p>\
         <p><a href=/related>Related posts</a></p>"
            .repeat(n)
    )
}

/// The headline at the bottom of deeply nested boxes, the article beside them: the
/// headline's ancestors are read once per selection.
pub fn headline_nested(n: usize) -> String {
    format!(
        "<html><head><title>Mending the nets</title></head><body>{}<h1>Mending the nets</h1>\
         <p>{}</p>{}<div><p>{}</p></div></body></html>",
        "<div>".repeat(n),
        "word ".repeat(2000),
        "</div>".repeat(n),
        "word ".repeat(3000)
    )
}

/// Class 2: nested microdata headline/date elements over a lot of text.
pub fn nested_microdata(n: usize) -> String {
    let words = "word ".repeat(6400);
    format!(
        "<html><body>{}{}{}</body></html>",
        "<div itemprop=\"headline datePublished dateModified\">".repeat(n),
        format!("{words}<span>x</span>").repeat(n),
        "</div>".repeat(n)
    )
}

/// Class 2: nested author boxes holding name boxes, over a lot of text.
pub fn nested_bylines(n: usize) -> String {
    let words = "long text here ".repeat(2000);
    format!(
        "<body><p>Some text of the article.</p>{}{}{}</body>",
        "<div class=\"author\"><div class=\"name\">".repeat(n),
        words,
        "</div></div>".repeat(n)
    )
}

/// Class 2: a `<title>` of many short parts, each a candidate site name.
pub fn title_of_many_parts(n: usize) -> String {
    format!(
        "<title>A headline{}</title><p>Text of the page, long enough to be its content.</p>",
        " | x".repeat(n)
    )
}

/// Class 3: repeated `<body>` tags, each adding an attribute.
pub fn repeated_body_attributes(n: usize) -> String {
    (0..n).map(|i| format!("<body a{i}=x>")).collect()
}

/// Class 4: end tags for a `<p>` that is not open, at the depth cap.
pub fn end_p_at_depth(n: usize) -> String {
    format!("{}{}", "<div>".repeat(510), "</p>".repeat(n))
}

/// Class 4: page headers deep inside an article.
pub fn headers_at_depth(n: usize) -> String {
    format!(
        "<article>{}{}",
        "<div>".repeat(500),
        "<header>x</header>".repeat(n)
    )
}

/// Class 5: formatting elements left open, each different, so the parser copies all of
/// them into every new block (the tree grows as the square of the input).
pub fn formatting_amplification(n: usize) -> String {
    (0..n).map(|i| format!("<div><b id={i}></div>")).collect()
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(data).expect("in memory");
    gz.finish().expect("in memory")
}

/// Gzip of `megabytes` MB of spaces, in 1 MB members (about 1 KB each).
fn spaces_gzip(megabytes: usize) -> Vec<u8> {
    let member = gzip(&vec![b' '; 1 << 20]);
    member.repeat(megabytes)
}

/// Class 5: a `.html.gz` that inflates to `n` MB.
pub fn gzip_bomb(n: usize) -> Vec<u8> {
    spaces_gzip(n)
}

/// One WARC response record of `http` (an HTTP response block).
fn warc_record(id: usize, http: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{id}>\r\n\
         WARC-Target-URI: https://pages.example/{id}\r\nContent-Length: {}\r\n\r\n",
        http.len()
    )
    .into_bytes();
    out.extend_from_slice(http);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn html_response(body: &[u8], extra_headers: &str) -> Vec<u8> {
    let mut out =
        format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n{extra_headers}\r\n").into_bytes();
    out.extend_from_slice(body);
    out
}

const WARC_PAGE: &[u8] = b"<html><body><article><p>The harbour office publishes its tide \
    tables online, updated every morning at six.</p></article></body></html>";

/// Class 5: WARC records whose gzip bodies inflate to `n` MB each, between ordinary pages.
pub fn warc_content_encoding_bomb(n: usize) -> Vec<u8> {
    let bomb = html_response(&spaces_gzip(n), "Content-Encoding: gzip\r\n");
    let mut out = warc_record(0, &html_response(WARC_PAGE, ""));
    out.extend(warc_record(1, &bomb));
    out.extend(warc_record(2, &html_response(WARC_PAGE, "")));
    out
}

/// Class 6: `n` records, every other one with a length that cannot be true.
pub fn warc_bogus_lengths(n: usize) -> Vec<u8> {
    let page = html_response(WARC_PAGE, "");
    let mut out = Vec::new();
    for i in 0..n {
        let mut record = warc_record(i, &page);
        if i % 2 == 1 {
            let at = record
                .windows(16)
                .position(|w| w == b"Content-Length: ")
                .expect("written above");
            record.splice(at + 16..at + 16, b"1844674407370955161".iter().copied());
        }
        out.extend(record);
    }
    out
}

/// Class 6: `n` records with a line of garbage after each.
pub fn warc_garbage_between_records(n: usize) -> Vec<u8> {
    let page = html_response(WARC_PAGE, "");
    let mut out = Vec::new();
    for i in 0..n {
        out.extend(warc_record(i, &page));
        out.extend_from_slice(b"this is not a record\r\n");
    }
    out
}

/// Class 6: a record header of `n` short lines that never ends.
pub fn warc_unending_headers(n: usize) -> Vec<u8> {
    let mut out = b"WARC/1.1\r\n".to_vec();
    out.extend(b"X-Field: value\r\n".repeat(n / 16 + 1));
    out
}

/// Class 8: quotes nested `n` deep, each with a line of text.
pub fn nested_quotes(n: usize) -> String {
    format!(
        "<article>{}{}</article>",
        "<blockquote><p>A line of quoted text in a deep quote.</p>".repeat(n),
        "</blockquote>".repeat(n)
    )
}

/// Class 8: lists nested `n` deep, each item with a line of text.
pub fn nested_lists(n: usize) -> String {
    format!(
        "<article>{}{}</article>",
        "<ul><li>An item of a deeply nested list. ".repeat(n),
        "</li></ul>".repeat(n)
    )
}

/// Class 8: a table with one wide row and `n` narrow ones.
pub fn ragged_table(n: usize) -> String {
    format!(
        "<article><p>The table below has one wide row and many narrow ones.</p>\
         <table><tr>{}</tr>{}</table></article>",
        "<td>w</td>".repeat(n),
        "<tr><td>a</td><td>b</td></tr>".repeat(n)
    )
}

/// Every shape that once let raw HTML or a script link into the Markdown, `n` times: code
/// spans with breaks and escaped tags, a `|` in code in a table cell, relative links with
/// newlines, script URLs, and a backtick at a code span's trimmed edge.
pub fn unsafe_markdown(n: usize) -> String {
    let unit = "<p>Run <code>a<br>&lt;script&gt;alert(1)&lt;/script&gt;</code> and \
        <code>&lt;th&gt;x ` </code> or <a href=\"x&#10;&#10;[a]: javascript:alert(1)\">notes</a> \
        <a href=\"javascript:alert(2)\">two</a>.</p>\
        <table><tr><th>Flag</th></tr><tr><td><code>a|&lt;img src=x onerror=alert(1)&gt;</code>\
        </td></tr></table>";
    format!(
        "<html><head><title>&lt;script&gt;x&lt;/script&gt;</title></head><body><article>\
         <p>A page of hostile snippets, each one a way Markdown output once went unsafe.</p>{}\
         </article></body></html>",
        unit.repeat(n)
    )
}
