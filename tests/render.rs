//! Markdown and clean HTML output: the Markdown is parsed back with pulldown-cmark and the
//! HTML with html5ever, and their structure and text are checked against the source.

mod common;

use std::path::Path;

use dechrome::{Extractor, Options};
use markup5ever_rcdom::{Handle, NodeData};
use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options as CmarkOptions, Parser, Tag};

const ARTICLE: &str = r#"<!doctype html><html><head><title>Notes on bread</title>
<base href="/guides/"></head><body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article>
<h1>Notes on bread</h1>
<p>Bread needs four things: flour, water, salt and <em>patience</em>. A good loaf takes
<strong>a whole day</strong>, most of it waiting, and a <a href="starter.html">starter</a>
kept alive for weeks.</p>
<h2>What you need</h2>
<ul>
  <li>Flour, ideally strong white flour with some whole wheat mixed in</li>
  <li>Water, warm but not hot
    <ol><li>First the levain</li><li>Then the dough</li></ol>
  </li>
  <li>Salt, added after the autolyse so the gluten can form</li>
</ul>
<h2>Quantities</h2>
<table>
  <tr><th>Ingredient</th><th>Grams</th></tr>
  <tr><td>Flour</td><td>1000</td></tr>
  <tr><td>Water | warm</td><td>750</td></tr>
</table>
<h2>Timing script</h2>
<pre><code class="language-python">for hour in range(12):
    fold(dough)   # keep   the spaces
</code></pre>
<blockquote><p>The best bread is the bread you bake again tomorrow, a little better
than today.</p></blockquote>
<p>Markup-looking text stays text: *not emphasis*, _not either_, [not](a link),
<b>bold</b> but &lt;i&gt;not a tag&lt;/i&gt;, a `tick`, and a pipe | here.</p>
<p>1. This line is not a list item, and neither is the next one of this paragraph.</p>
<p># Not a heading either, just a sentence starting with a hash sign.</p>
<figure><img src="loaf.jpg" alt="A dark crusty loaf"><figcaption>The loaf after
forty minutes in a hot oven.</figcaption></figure>
<p>Unsafe links lose their link: <a href="javascript:alert(1)">click me</a> but keep
their words, which is what a reader would see anyway.</p>
</article>
<footer>Copyright 2026 Bakery</footer>
</body></html>"#;

fn extract(html: &str, options: Options) -> dechrome::Article {
    Extractor::new(options)
        .extract(html)
        .unwrap_or_else(|e| panic!("extraction failed: {e}"))
}

/// Everything but whitespace, to compare texts that may differ only in spacing.
fn ink(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Stands for a formula where texts are compared: Markdown carries its TeX, plain text and
/// HTML the characters it shows.
const FORMULA: &str = "[formula]";

/// The text a CommonMark reader shows for `md` (with GFM tables and `$` math), each
/// formula as [`FORMULA`].
fn markdown_text(md: &str) -> String {
    let mut out = String::new();
    for event in Parser::new_ext(md, CmarkOptions::ENABLE_TABLES | CmarkOptions::ENABLE_MATH) {
        match event {
            Event::InlineMath(_) | Event::DisplayMath(_) => out.push_str(FORMULA),
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(_) => out.push(' '),
            _ => {}
        }
    }
    out
}

#[test]
fn markdown_has_the_structure_of_the_source() {
    let options = Options::default().with_url("https://bakery.example/home/");
    let md = extract(ARTICLE, options).markdown();
    let events: Vec<Event> = Parser::new_ext(&md, CmarkOptions::ENABLE_TABLES).collect();

    let headings: Vec<HeadingLevel> = events
        .iter()
        .filter_map(|e| match e {
            Event::Start(Tag::Heading { level, .. }) => Some(*level),
            _ => None,
        })
        .collect();
    assert_eq!(headings, [HeadingLevel::H2; 3], "headings in:\n{md}");

    // One unordered list of three items, with an ordered list of two inside the second.
    let mut lists = Vec::new();
    let mut depth = 0;
    let mut items_at_depth = [0usize; 3];
    for e in &events {
        match e {
            Event::Start(Tag::List(start)) => {
                depth += 1;
                lists.push((depth, start.is_some()));
            }
            Event::End(pulldown_cmark::TagEnd::List(_)) => depth -= 1,
            Event::Start(Tag::Item) => items_at_depth[depth.min(2)] += 1,
            _ => {}
        }
    }
    assert_eq!(lists, [(1, false), (2, true)], "lists in:\n{md}");
    assert_eq!(items_at_depth[1..], [3, 2], "list items in:\n{md}");

    // The table: a header row and two body rows of two cells, the pipe kept in its cell.
    let cells: Vec<String> = {
        let mut cells = Vec::new();
        let mut in_cell = false;
        for e in &events {
            match e {
                Event::Start(Tag::TableCell) => {
                    in_cell = true;
                    cells.push(String::new());
                }
                Event::End(pulldown_cmark::TagEnd::TableCell) => in_cell = false,
                Event::Text(t) if in_cell => cells.last_mut().unwrap().push_str(t),
                _ => {}
            }
        }
        cells
    };
    assert_eq!(
        cells,
        [
            "Ingredient",
            "Grams",
            "Flour",
            "1000",
            "Water | warm",
            "750"
        ],
        "table in:\n{md}"
    );

    // The code block keeps its language and its spaces.
    let mut code = None;
    for (i, e) in events.iter().enumerate() {
        if let Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(lang))) = e {
            if let Some(Event::Text(t)) = events.get(i + 1) {
                code = Some((lang.to_string(), t.to_string()));
            }
        }
    }
    let (lang, body) = code.unwrap_or_else(|| panic!("no fenced code block in:\n{md}"));
    assert_eq!(lang, "python");
    assert!(
        body.contains("    fold(dough)   # keep   the spaces"),
        "{body:?}"
    );

    assert!(events
        .iter()
        .any(|e| matches!(e, Event::Start(Tag::BlockQuote(_)))));
    let emphasis = events
        .iter()
        .filter(|e| matches!(e, Event::Start(Tag::Emphasis)))
        .count();
    let strong = events
        .iter()
        .filter(|e| matches!(e, Event::Start(Tag::Strong)))
        .count();
    assert_eq!((emphasis, strong), (1, 2), "emphasis in:\n{md}");

    let links: Vec<String> = events
        .iter()
        .filter_map(|e| match e {
            Event::Start(Tag::Link { dest_url, .. }) => Some(dest_url.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(links, ["https://bakery.example/guides/starter.html"]);
    let images: Vec<String> = events
        .iter()
        .filter_map(|e| match e {
            Event::Start(Tag::Image { dest_url, .. }) => Some(dest_url.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(images, ["https://bakery.example/guides/loaf.jpg"]);

    // Text that looks like markup comes back as the same text, not as markup.
    let text = markdown_text(&md);
    for literal in [
        "*not emphasis*",
        "_not either_",
        "[not](a link)",
        "<i>not a tag</i>",
        "a `tick`",
        "a pipe | here",
        "1. This line is not a list item",
        "# Not a heading either",
    ] {
        assert!(text.contains(literal), "{literal:?} lost in:\n{md}");
    }
    assert!(!md.contains("Home") && !md.contains("Copyright"));
}

#[test]
fn markdown_and_html_carry_the_same_text_as_plain_text() {
    let options = Options::default().with_images(false);
    let article = extract(ARTICLE, options);
    assert_eq!(
        ink(&markdown_text(&article.markdown())),
        ink(article.text())
    );
    assert_eq!(ink(&html_text(&article.html())), ink(article.text()));
}

/// Every corpus page: Markdown read back, and HTML parsed back, say what the text says.
#[test]
fn corpus_outputs_agree_with_the_text() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut cases = 0;
    for entry in std::fs::read_dir(&dir).expect("corpus directory") {
        let case = entry.expect("corpus entry").path();
        let Ok(bytes) = std::fs::read(case.join("source.html")) else {
            continue;
        };
        let article = match Extractor::new(Options::default().with_images(false))
            .extract_bytes(&bytes, None)
        {
            Ok(a) => a,
            // A case the extractor must refuse (`"error"` in its expected.json) has no output.
            Err(_)
                if std::fs::read_to_string(case.join("expected.json"))
                    .ok()
                    .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
                    .is_some_and(|spec| spec.get("error").is_some()) =>
            {
                continue
            }
            Err(e) => panic!("{}: {e}", case.display()),
        };
        let name = case.file_name().unwrap().to_string_lossy().to_string();
        let html = article.html();
        // Markdown carries a formula's TeX where the page gives one, the other outputs its
        // characters: pages with formulas are compared in
        // `formulas_are_tex_in_markdown_mathml_in_html_and_characters_in_text`.
        if !html.contains("<math") {
            assert_eq!(
                ink(&markdown_text(&article.markdown())),
                ink(article.text()),
                "{name}: Markdown text differs from plain text"
            );
        }
        assert_eq!(
            ink(&html_text(&html)),
            ink(article.text()),
            "{name}: HTML text differs from plain text"
        );
        check_safe_html(&name, &html);
        cases += 1;
    }
    assert!(cases >= 15, "only {cases} corpus cases found");
}

/// The text of an HTML fragment as html5ever reads it.
fn html_text(html: &str) -> String {
    let mut out = String::new();
    walk_rcdom(html, |node| {
        if let NodeData::Text { contents } = &node.data {
            out.push_str(&contents.borrow());
            out.push(' ');
        }
    });
    out
}

/// Calls `visit` on every node of `html` parsed by html5ever, without recursion.
fn walk_rcdom(html: &str, mut visit: impl FnMut(&Handle)) {
    let dom = common::rcdom(html);
    let mut stack = vec![dom.document.clone()];
    while let Some(node) = stack.pop() {
        visit(&node);
        for child in node.children.borrow().iter().rev() {
            stack.push(child.clone());
        }
    }
}

/// Only the subset's tags and attributes, and no script-bearing URL, appear in `html`.
fn check_safe_html(case: &str, html: &str) {
    const TAGS: &[&str] = &[
        "html",
        "head",
        "body",
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "table",
        "caption",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "th",
        "td",
        "pre",
        "code",
        "blockquote",
        "figure",
        "figcaption",
        "a",
        "img",
        "em",
        "strong",
        "br",
        // Presentation MathML for formulas.
        "math",
        "semantics",
        "mrow",
        "mi",
        "mn",
        "mo",
        "ms",
        "mtext",
        "mspace",
        "msub",
        "msup",
        "msubsup",
        "munder",
        "mover",
        "munderover",
        "mfrac",
        "msqrt",
        "mroot",
        "mstyle",
        "merror",
        "mpadded",
        "mphantom",
        "menclose",
        "mfenced",
        "mtable",
        "mtr",
        "mtd",
        "mmultiscripts",
        "mprescripts",
        "none",
    ];
    walk_rcdom(html, |node| {
        let NodeData::Element { name, attrs, .. } = &node.data else {
            return;
        };
        let tag: &str = &name.local;
        assert!(TAGS.contains(&tag), "{case}: tag {tag:?} in clean HTML");
        let allowed: &[&str] = match tag {
            "a" => &["href"],
            "img" => &["src", "alt"],
            "code" => &["class"],
            "math" => &["display"],
            "mo" => &[
                "stretchy",
                "fence",
                "separator",
                "form",
                "largeop",
                "lspace",
                "rspace",
            ],
            "mi" | "mn" | "mstyle" => &["mathvariant", "displaystyle", "scriptlevel"],
            "mfrac" => &["linethickness"],
            _ => &[],
        };
        for attr in attrs.borrow().iter() {
            let key: &str = &attr.name.local;
            assert!(
                allowed.contains(&key),
                "{case}: attribute {key:?} on <{tag}>"
            );
            if key == "href" || key == "src" {
                let value = attr.value.trim().to_ascii_lowercase();
                assert!(
                    value.starts_with("http")
                        || value.starts_with("mailto:")
                        || !value.contains(':'),
                    "{case}: URL {value:?}"
                );
            }
        }
    });
}

#[test]
fn clean_html_is_the_safe_subset_with_resolved_urls() {
    let options = Options::default().with_url("https://bakery.example/home/");
    let html = extract(ARTICLE, options).html();
    check_safe_html("article", &html);
    assert!(html.contains(r#"<a href="https://bakery.example/guides/starter.html">starter</a>"#));
    assert!(html.contains(
        r#"<img src="https://bakery.example/guides/loaf.jpg" alt="A dark crusty loaf">"#
    ));
    assert!(html.contains("<pre><code class=\"language-python\">for hour in range(12):\n    fold(dough)   # keep   the spaces"));
    assert!(html.contains("&lt;i&gt;not a tag&lt;/i&gt;"));
    assert!(html.contains("click me") && !html.contains("javascript"));
    assert!(html.contains("<th>Ingredient</th>"));
}

#[test]
fn hostile_markup_never_reaches_clean_html() {
    let page = r#"<article><p onmouseover="x()" style="color:red">A paragraph of
    real words that is long enough to be the article, with an <a href=" JaVaScript:evil()"
    onclick="y()">odd link</a> and an <img src="x.png" onerror="z()" alt='"><script>'>
    image, <iframe src="https://evil.example"></iframe> plus <svg><script>w()</script></svg>
    more words so the paragraph stays the content of the page.</p></article>"#;
    let html = extract(page, Options::default()).html();
    check_safe_html("hostile", &html);
    assert!(!html.contains("<script") && !html.contains("onerror") && !html.contains("iframe"));
}

/// A formula keeps its content: TeX (from `alttext` or a TeX annotation) between `$` in
/// Markdown, `$$` for a display formula; its characters in plain text; MathML in clean
/// HTML, from listed elements and attributes only.
#[test]
fn formulas_are_tex_in_markdown_mathml_in_html_and_characters_in_text() {
    let page = r#"<article><h1>Energy</h1>
    <p>The relation <math alttext="E = mc^2"><mi>E</mi><mo>=</mo><mi>m</mi>
    <msup><mi>c</mi><mn>2</mn></msup></math> ties mass to energy, one of the best known
    results in physics.</p>
    <p>A sum written out in full, on a line of its own:</p>
    <math display="block"><semantics><mrow><munderover><mo>&#x2211;</mo><mrow><mi>i</mi>
    <mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><mi>i</mi></mrow>
    <annotation encoding="application/x-tex">\sum_{i=1}^{n} i</annotation></semantics></math>
    <p>Without a source <math><mi onclick="x()" href="javascript:y()">x</mi><mo>&lt;</mo>
    <mi>y</mi><maction actiontype="toggle"><mi>z</mi></maction><annotation-xml
    encoding="text/html"><script>w()</script><img src=x onerror=v()></annotation-xml></math>
    the characters still show in every format.</p>
    <p>A kit to try it costs $12 and a book $15, dollars a math reader must not take for
    the fences of a formula.</p></article>"#;
    let article = extract(page, Options::default());
    let text = article.text();
    assert!(text.contains("The relation E=mc2 ties mass"), "{text}");
    assert!(text.contains("\u{2211}i=1ni"), "{text}");
    assert!(
        text.contains("Without a source x<yz the characters"),
        "{text}"
    );
    assert!(!text.contains("sum_") && !text.contains("w()"), "{text}");
    let markdown = article.markdown();
    assert!(
        markdown.contains("The relation $E = mc^2$ ties mass"),
        "{markdown}"
    );
    assert!(markdown.contains("$$\\sum_{i=1}^{n} i$$"), "{markdown}");
    assert!(
        markdown.contains("Without a source x\\<yz the characters"),
        "{markdown}"
    );
    assert!(
        markdown.contains("costs \\$12 and a book \\$15"),
        "{markdown}"
    );
    let html = article.html();
    check_safe_html("math", &html);
    assert!(
        html.contains(
            "<math><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math>"
        ),
        "{html}"
    );
    assert!(
        html.contains("<math display=\"block\"><semantics>"),
        "{html}"
    );
    assert!(html.contains("<mi>x</mi><mo>&lt;</mo>"), "{html}");
    assert!(!html.contains("script") && !html.contains("onclick") && !html.contains("img"));
}

#[test]
fn relative_urls_stay_relative_without_a_base() {
    let page = "<article><p>A paragraph with a <a href='next.html'>relative link</a> \
                in it, long enough to be the content of the page on its own.</p></article>";
    let md = extract(page, Options::default()).markdown();
    assert!(md.contains("[relative link](next.html)"), "{md}");
}

#[test]
fn images_links_tables_and_lists_can_be_switched_off() {
    let options = Options::default()
        .with_images(false)
        .with_links(false)
        .with_tables(false)
        .with_lists(false);
    let article = extract(ARTICLE, options);
    let md = article.markdown();
    assert!(!md.contains("!["), "{md}");
    assert!(!md.contains("starter.html"), "{md}");
    assert!(md.contains("starter"), "link text stays: {md}");
    for gone in ["Ingredient", "strong white flour", "First the levain"] {
        assert!(!article.text().contains(gone), "{gone} kept in text");
        assert!(!md.contains(gone), "{gone} kept in Markdown");
    }
    assert!(article.text().contains("Bread needs four things"));
}

#[test]
fn a_bad_page_url_is_an_error() {
    let err = Extractor::new(Options::default().with_url("not a url"))
        .extract("<p>x</p>")
        .unwrap_err();
    assert!(matches!(err, dechrome::Error::InvalidUrl { .. }), "{err}");
}

/// Fails if a CommonMark reader (with GFM tables) would pass raw HTML through from `md`, or
/// would make a link or image whose destination is not http(s), mailto or relative.
fn assert_safe_markdown(case: &str, md: &str) {
    for event in Parser::new_ext(md, CmarkOptions::ENABLE_TABLES) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => {
                panic!("{case}: raw HTML {h:?} in\n{md}")
            }
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => {
                let end = dest_url.find(['/', '?', '#']).unwrap_or(dest_url.len());
                let scheme = dest_url[..end]
                    .split_once(':')
                    .map(|(s, _)| s.to_ascii_lowercase());
                assert!(
                    matches!(scheme.as_deref(), None | Some("http" | "https" | "mailto")),
                    "{case}: destination {dest_url:?} in\n{md}"
                );
            }
            _ => {}
        }
    }
    // A line that defines a link reference is never written: it would turn text into links.
    for line in md.lines() {
        let t = line.trim_start_matches([' ', '>']);
        assert!(
            !(t.starts_with('[') && t.contains("]:")),
            "{case}: link reference definition {line:?} in\n{md}"
        );
    }
}

#[test]
fn markdown_never_carries_raw_html_or_unsafe_links() {
    let filler = "<p>The ferry leaves the north pier at seven and returns at noon, weather \
        permitting, with a second crossing in summer.</p>";
    let cases = [
        (
            "code span with a break and an escaped script",
            "<p>Run <code>a<br>&lt;script&gt;alert(1)&lt;/script&gt;</code> to see it.</p>",
        ),
        (
            "pipe in a code span inside a table cell",
            "<table><tr><th>Flag</th><th>Meaning</th></tr><tr><td><code>a|&lt;img src=x \
             onerror=alert(1)&gt;</code></td><td>or</td></tr></table>",
        ),
        (
            "relative href with newlines",
            "<p>See <a href=\"x&#10;&#10;[a]: javascript:alert(1)&#10;\">the notes</a> and [a].</p>",
        ),
        (
            "script URLs in links and images",
            "<p><a href=\"javascript:alert(1)\">one</a> <a href=\" JavaScript:alert(2)\">two</a> \
             <a href=\"data:text/html,x\">three</a> <a href=\"vbscript:x\">four</a> \
             <img src=\"javascript:alert(3)\" alt=\"pic\"></p>",
        ),
        (
            "HTML-looking text",
            "<p>&lt;div onclick=alert(1)&gt;text&lt;/div&gt; and &lt;!-- note --&gt; and \
             &lt;?php echo 1 ?&gt; and &lt;![CDATA[x]]&gt;</p>",
        ),
        (
            // Found by the markdown_safety fuzz target: trimming left the backtick at the
            // edge, the closing run came out one tick longer than the opening one.
            "code span ending in a backtick before a space",
            "<p>Type <code>&lt;th&gt;x&lt;/th&gt; ` </code> then &lt;b&gt; here.</p>",
        ),
        (
            "link, emphasis and code inside a code span",
            "<p><code>see <a href=\"x\">&lt;img src=x onerror=y&gt;</a> <em>e</em> \
             <code>`&lt;th&gt;</code> </code> done.</p>",
        ),
        (
            "text in a preformatted block",
            "<pre>first line\r<script>alert(1)</script>\r\n```\n<b>not closed</pre>",
        ),
        (
            // Found by the markdown_safety fuzz target: a formula's TeX is written between
            // dollars, which a CommonMark reader without maths reads as Markdown.
            "markup in a formula's TeX",
            "<p>The period is <math alttext=\"T = 2\\pi &lt;/title&gt; &lt;b onclick=x&gt; \
             [x](javascript:alert(1)) &lt;javascript:alert(2)&gt;\"><mi>T</mi></math> \
             for a swing.</p><p><math display=block><semantics><mi>x</mi><annotation \
             encoding=\"application/x-tex\">![p](javascript:alert(3)) &lt;/p&gt;</annotation>\
             </semantics></math></p>",
        ),
    ];
    for (case, body) in cases {
        let html = format!(
            "<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:y)</title>\
             </head><body><article>{filler}{body}{filler}</article></body></html>"
        );
        for url in [None, Some("https://safe.example/dir/")] {
            let mut options = Options::default().with_mode(dechrome::Mode::Recall);
            if let Some(url) = url {
                options = options.with_url(url);
            }
            let article = extract(&html, options);
            assert_safe_markdown(case, &article.markdown());
            let titled = article.markdown_with_title();
            assert_safe_markdown(case, &titled);
            assert!(
                titled.starts_with("# "),
                "{case}: the title is a heading: {titled}"
            );
        }
    }
}

#[test]
fn the_safety_escapes_leave_ordinary_markdown_alone() {
    // Plain links, inline code and a table must render as themselves.
    let html = "<html><head><title>Tide tables</title></head><body><article>\
        <p>The <a href=\"https://harbour.example/tides\">harbour office</a> publishes the \
        tables; run <code>tides --port north</code> for today's.</p>\
        <table><tr><th>Port</th><th>High water</th></tr><tr><td>North</td><td>06:10</td></tr>\
        </table><p>Mail <a href=\"mailto:office@harbour.example\">the office</a> with \
        corrections, or see <a href=\"archive/2026.html\">last year</a>.</p></article></body></html>";
    let md = extract(html, Options::default()).markdown_with_title();
    assert!(md.starts_with("# Tide tables\n"), "{md}");
    assert!(
        md.contains("[harbour office](https://harbour.example/tides)"),
        "{md}"
    );
    assert!(md.contains("`tides --port north`"), "{md}");
    assert!(md.contains("| North | 06:10 |"), "{md}");
    assert!(md.contains("(mailto:office@harbour.example)"), "{md}");
    assert!(md.contains("(archive/2026.html)"), "{md}");
}

/// A script-rendered page whose body is only in JSON-LD `articleBody`: its paragraphs
/// (blank lines between them) and line breaks carry into the Markdown and HTML.
#[test]
fn a_declared_article_body_keeps_its_paragraphs_and_line_breaks() {
    let html = r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle",
        "headline":"Night ferry","articleBody":"The night ferry sailed again on Friday.\n  Its second line.\n\n\n\n  Second paragraph, with the timetable.  \n\n"}</script>
        </head><body><div id=root></div></body></html>"#;
    let article = extract(html, Options::default());
    assert_eq!(
        article.html(),
        "<p>The night ferry sailed again on Friday.<br>Its second line.</p>\n\
         <p>Second paragraph, with the timetable.</p>"
    );
    assert_eq!(
        article.markdown(),
        "The night ferry sailed again on Friday.\\\nIts second line.\n\n\
         Second paragraph, with the timetable."
    );
}

/// A code block's language comes from a `language-`/`lang-` class only when the name is
/// one: not empty, at most 32 characters, letters, digits and `+-#._` only.
#[test]
fn code_block_languages_are_names_or_nothing() {
    let page = |class: &str| {
        format!(
            "<html><body><article><h1>Mending nets</h1><p>The net is mended in rows, one \
             knot at a time, and the rows are counted so that no knot is missed.</p>\
             <pre class=\"{class}\">knot(row, 1)</pre><p>Each mended row is checked twice \
             by hand before the net goes back on the drying poles by the shed.</p>\
             </article></body></html>"
        )
    };
    let fence = |class: &str| {
        let md = extract(&page(class), Options::default()).markdown();
        let at = md
            .find("```")
            .unwrap_or_else(|| panic!("no code fence: {md}"));
        md[at + 3..].lines().next().unwrap_or("").to_string()
    };
    assert_eq!(
        fence("language- lang-rust"),
        "rust",
        "an empty name is skipped"
    );
    assert_eq!(fence("language-c++"), "c++");
    assert_eq!(fence(&format!("language-{}", "a".repeat(33))), "");
    assert_eq!(fence("language-py{onload}"), "");
    // A `highlight-` class on a box around the block names a language, unless it names a
    // part of the box ("highlight-wrapper", "highlight-toolbar").
    let wrapped = |class: &str| {
        let html = page("plain").replace(
            "<pre class=\"plain\">knot(row, 1)</pre>",
            &format!("<div class=\"{class}\"><pre>knot(row, 1)</pre></div>"),
        );
        let md = extract(&html, Options::default()).markdown();
        let at = md
            .find("```")
            .unwrap_or_else(|| panic!("no code fence: {md}"));
        md[at + 3..].lines().next().unwrap_or("").to_string()
    };
    assert_eq!(wrapped("highlight-python"), "python");
    assert_eq!(wrapped("highlight-source-rust"), "rust");
    assert_eq!(wrapped("highlight-wrapper"), "");
    assert_eq!(wrapped("highlight-toolbar"), "");
}

/// The clean HTML of a page about mending nets with `body` between its first and last
/// paragraphs, read with a `<base>` in its head.
fn nets_html(body: &str) -> String {
    let page = format!(
        "<html><head><base href='https://nets.example/guide/'></head><body><article>\
         <h1>Mending nets</h1><p>The net is mended in rows, one knot at a time, and the rows \
         are counted so that no knot is missed by the mender.</p>{body}<p>Each mended row is \
         checked twice by hand before the net goes back on the drying poles by the shed at \
         the end of the day.</p></article></body></html>"
    );
    extract(
        &page,
        Options::default().with_url("https://nets.example/page"),
    )
    .html()
}

/// Images in a kept paragraph (before its first word too) and in figures are kept, with a
/// `srcset`'s first picture when there is no `src`; inline markup directly in a box is one
/// paragraph with it; text after a quotation is outside the quotation.
#[test]
fn images_inline_runs_and_quotes_keep_their_places() {
    let html = nets_html(
        "<p><img src=corner.jpg alt='The corner'> The first knot is tied \
         <img src=knot.jpg alt='A knot'> at the corner of the net, where the rows begin.</p>\
         <figure><img srcset='net-400.jpg 400w, net-800.jpg 800w' alt='The net'></figure>\
         <div>Rows are tied from the corner outwards, <b>each knot</b> pulled tight against \
         the last one.</div><div><blockquote>A net is a lot of holes tied together with \
         string.</blockquote> So the old menders said, and they were right about it.</div>",
    );
    for part in [
        "<p><img src=\"https://nets.example/guide/corner.jpg\" alt=\"The corner\"> The first \
         knot is tied <img src=\"https://nets.example/guide/knot.jpg\" alt=\"A knot\"> at the \
         corner of the net, where the rows begin.</p>",
        "<figure><p><img src=\"https://nets.example/guide/net-400.jpg\" alt=\"The net\"></p>\n</figure>",
        "<p>Rows are tied from the corner outwards, <strong>each knot</strong> pulled tight \
         against the last one.</p>",
        "<blockquote><p>A net is a lot of holes tied together with string.</p>\n</blockquote>\n<p>",
    ] {
        assert!(html.contains(part), "missing {part}\nin {html}");
    }
}

/// Lazy-loading pages put a placeholder in `src` and the picture's address, however long, in
/// a `data-*` attribute: each of the four read is kept through the elision of unread ones,
/// and the attributes beside them (test ids, tracking) do not reach the output.
#[test]
fn lazy_images_keep_their_long_data_addresses() {
    let long = "https://cdn.nets.example/images/2021/03/knots-and-rows-in-a-long-file-name";
    let html = nets_html(&format!(
        "<p>The first knot is tied at the corner of the net, where the rows begin, and every \
         row after it is tied from there.</p>\
         <figure><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' data-testid=hero \
         data-src='{long}-1.jpg' alt=one></figure>\
         <figure><img data-lazy-src='{long}-2.jpg' data-track='{{\"id\": 12345678901234567890}}' \
         alt=two></figure><figure><img data-original='{long}-3.jpg' alt=three></figure>\
         <figure><img data-srcset='{long}-4.jpg 400w, {long}-4-big.jpg 800w' alt=four></figure>\
         <p>Rows are tied from the corner outwards, each knot pulled tight against the last \
         one, until the net is as wide as the boat.</p>"
    ));
    for n in 1..=4 {
        assert!(
            html.contains(&format!("src=\"{long}-{n}.jpg\"")),
            "{n}: {html}"
        );
    }
    assert!(!html.contains("hero") && !html.contains("12345"), "{html}");
}

/// Inside a link or a code block, headings, lists and other blocks flatten to their text.
#[test]
fn blocks_inside_links_and_code_flatten() {
    let html = nets_html(
        "<ul><li><a href=/knots><h3>Knots to know</h3></a></li></ul>\
         <pre>row 1\n<h4>row 2</h4><ul><li>knot a</li></ul>row 3</pre>",
    );
    assert!(!html.contains("<h3>") && !html.contains("<h4>"), "{html}");
    assert!(
        html.contains("<a href=\"https://nets.example/knots\">Knots to know"),
        "{html}"
    );
    assert!(
        html.contains("<pre><code>row 1\n\nrow 2\nknot a\nrow 3</code></pre>"),
        "{html}"
    );
}

/// A table keeps its caption; a page made of captioned pictures keeps their captions.
#[test]
fn table_and_figure_captions_render_as_captions() {
    let html = nets_html(
        "<table><caption>Knots per row</caption><tr><th>Row</th><th>Knots</th></tr>\
         <tr><td>1</td><td>40</td></tr></table>",
    );
    assert!(
        html.contains("<table>\n<caption>Knots per row</caption>\n<tr><th>Row</th>"),
        "{html}"
    );
    let figure = |n: u32| {
        format!(
            "<figure><img src=net{n}.jpg alt='Net {n}'><figcaption>Net number {n} drying on \
             the poles by the shed, after a night of mending by the whole crew.</figcaption>\
             </figure>"
        )
    };
    let gallery = format!(
        "<html><body><article><h1>Nets of the harbour</h1>{}{}{}</article></body></html>",
        figure(1),
        figure(2),
        figure(3)
    );
    let html = extract(&gallery, Options::default()).html();
    assert!(
        html.contains(
            "<figure><p><img src=\"net2.jpg\" alt=\"Net 2\"></p>\n<figcaption>Net number 2 \
             drying on the poles by the shed, after a night of mending by the whole crew.\
             </figcaption>\n</figure>"
        ),
        "{html}"
    );
}

/// A `<base>` outside the head is ignored: links resolve against the page's own URL.
#[test]
fn a_base_in_the_body_is_ignored() {
    let page = "<html><body><article><h1>Mending nets</h1><p>The net is mended in rows, one \
        knot at a time, and the rows are counted so that no knot is missed.</p><p>See \
        <a href=knots.html>the knots</a> for more on tying the first row of the net.</p>\
        </article><base href='https://elsewhere.example/'></body></html>";
    let html = extract(
        page,
        Options::default().with_url("https://nets.example/guide/page"),
    )
    .html();
    assert!(
        html.contains("<a href=\"https://nets.example/guide/knots.html\">the knots</a>"),
        "{html}"
    );
}

/// A paragraph holds inline content only: a table that old quirks-mode markup puts inside a
/// `<p>` flattens into that paragraph, each block in it ending a line.
#[test]
fn a_table_inside_a_paragraph_flattens_into_it() {
    let page = "<html><body><center><p><table><tr><td><a href=/>Home</a> <a href=/help>Help\
        </a></td></tr><tr><td>Dear Mack:</td></tr><tr><td class=answer><small>Rows are \
        counted from the corner of the net outwards, one knot at a time, by the mender. <p>The \
        mender works along the row from left to right, and counts every knot.<p>Each knot is \
        pulled tight against the last one, and the row is checked twice.</small></td></tr>\
        </table></center></body></html>";
    let html = extract(page, Options::default()).html();
    assert!(!html.contains("<table>"), "{html}");
    assert!(
        html.starts_with(
            "<p>Rows are counted from the corner of the net outwards, one knot at a time, by \
             the mender. <br>The mender works along the row from left to right, and counts \
             every knot.<br>Each knot is pulled tight"
        ),
        "{html}"
    );
}

/// Old pages lay the article out in a cell of a page-wide table. Such a table (one of its
/// cells holds a heading, a table or two paragraphs) renders as the blocks in its cells, not
/// as a grid of one cell holding the whole article; a data table inside it stays a table,
/// and so does a data table with one paragraph in a cell.
#[test]
fn layout_tables_render_as_their_blocks() {
    let row = |cells: &str| format!("<tr>{cells}</tr>");
    let data = |cell: &str| {
        format!(
            "<table>{}{}</table>",
            row("<th>Row</th><th>Knots</th>"),
            row(&format!("<td>1</td><td>{cell}</td>"))
        )
    };
    let page = |cell: &str| {
        format!(
            "<html><body><table width=100%><tr><td class=menu><a href=/>Home</a></td><td>\
             <h1>Mending nets</h1><p>The net is mended in rows, one knot at a time, and the \
             rows are counted so that no knot is missed by the mender.</p><p>Each mended row \
             is checked twice by hand before the net goes back on the drying poles.</p>{}\
             <p>The last row is tied off at dusk, and the net is folded for the morning.</p>\
             </td></tr></table></body></html>",
            data(cell)
        )
    };
    let article = extract(&page("<p>40 knots</p>"), Options::default());
    let md = article.markdown();
    assert!(
        md.contains(
            "The net is mended in rows, one knot at a time, and the rows are counted so \
             that no knot is missed by the mender.\n\nEach mended row is checked twice"
        ),
        "{md}"
    );
    assert!(md.contains("| Row | Knots |"), "{md}");
    assert!(md.contains("| 1 | 40 knots |"), "{md}");
    let html = article.html();
    assert_eq!(html.matches("<table>").count(), 1, "{html}");
    assert!(
        html.contains("<p>Each mended row is checked twice"),
        "{html}"
    );
    // A heading, a table or a second paragraph in a cell is enough.
    let one_paragraph = |extra: &str| {
        format!(
            "<html><body><table><tr><td><a href=/>Home</a></td><td>{extra}<p>The net is \
             mended in rows, one knot at a time, and the rows are counted so that no knot is \
             missed by the mender on the long bench.</p></td></tr></table></body></html>"
        )
    };
    let second = "<p>A second paragraph: the rows are counted again at the end.</p>";
    for extra in ["<h2>Rows</h2>", &data("40"), second] {
        let html = extract(&one_paragraph(extra), Options::default()).html();
        assert!(
            html.contains("<p>The net is mended in rows"),
            "{extra}: {html}"
        );
    }
    let html = extract(&one_paragraph(""), Options::default()).html();
    assert!(html.contains("<td>The net is mended in rows"), "{html}");
    // The cell that lays a table out can come after others of its row.
    let second_cell = nets_html(
        "<table><tr><td>Knots</td><td><h2>Rows</h2><p>The rows are counted twice.</p></td>\
         </tr></table>",
    );
    assert!(second_cell.contains("<h2>Rows</h2>"), "{second_cell}");
    assert!(!second_cell.contains("<table>"), "{second_cell}");
    // A data table alone, one paragraph in a cell, is still a table.
    let alone = nets_html(&data("<p>40 knots</p>"));
    assert!(alone.contains("<table>"), "{alone}");
    assert!(alone.contains("<td>40 knots</td>"), "{alone}");
    // Two paragraphs in a cell of a table with header cells are two lines of a value (a
    // price list); without header cells, they lay the table out.
    let two_lines = "<p>Students: 80</p><p>Members: 130</p>";
    let priced = nets_html(&data(two_lines));
    assert!(priced.contains("<table>"), "{priced}");
    assert!(priced.contains("<th>Knots</th>"), "{priced}");
    let headless = nets_html(&format!(
        "<table><tr><td>1</td><td>{two_lines}</td></tr></table>"
    ));
    assert!(!headless.contains("<table>"), "{headless}");
    assert!(headless.contains("<p>Members: 130</p>"), "{headless}");
}

/// Emphasis in emphasis (an unclosed `<b>` that the parser reopens inside another) is
/// marked once, and a mark across a line break is closed and reopened around it: `****` or
/// a `**` alone on a line would show as literal asterisks.
#[test]
fn nested_and_broken_emphasis_stays_well_formed() {
    let page = |para: &str| {
        format!(
            "<html><body><article><h1>Mending nets</h1><p>The net is mended in rows, one knot \
             at a time, and the rows are counted so that no knot is missed.</p><p>{para}</p>\
             </article></body></html>"
        )
    };
    let md = |para: &str| extract(&page(para), Options::default()).markdown();
    let nested = md("<b>Rows <b>and knots</b> are counted</b> by the <i>mender <i>alone</i></i>.");
    assert!(
        nested.contains("**Rows and knots are counted** by the *mender alone*."),
        "{nested}"
    );
    let broken = md("<b>The first row<br>and the second row</b> are tied at dawn.");
    assert!(
        broken.contains("**The first row**\\\n**and the second row** are tied at dawn."),
        "{broken}"
    );
}

/// Code highlighted line by line (`<span class="line">` per line, no newline between, as
/// minified pages write it) keeps its lines in Markdown, clean HTML and plain text.
#[test]
fn highlighted_code_keeps_its_lines() {
    let lines = [
        "let rows = 12;",
        "for row in 0..rows {",
        "    tie(row);",
        "}",
    ];
    let code: String = lines
        .iter()
        .map(|l| format!("<span class=\"line\"><span class=\"kw\">{l}</span></span>"))
        .collect();
    let page = format!(
        "<html><body><article><h1>Mending nets</h1><p>The net is mended in rows, one knot at \
         a time, and the rows are <span class=line>counted</span></p><pre><code>{code}\
         </code></pre><p>Each mended row is checked twice by hand before the net goes back \
         on the poles.</p></article></body></html>"
    );
    let article = extract(&page, Options::default());
    let joined = lines.join("\n");
    assert!(
        article.markdown().contains(&format!("```\n{joined}\n```")),
        "{}",
        article.markdown()
    );
    assert!(article.text().contains(&joined), "{}", article.text());
    let html = article.html();
    // A line element outside the code owes it nothing.
    assert!(
        html.contains("<code>let rows = 12;\nfor row in 0..rows {\n    tie(row);\n}"),
        "{html}"
    );
}

/// Spacers and tracking pixels (declared one or two pixels wide or high, or a file named
/// as one) are not pictures of the page; a lazy image's spacer placeholder gives way to
/// its picture, and pictures whose names only start like a spacer's stay.
#[test]
fn spacer_images_are_left_out() {
    let html = nets_html(
        "<p>Knots in a row: <img src=/i/spacer.gif> <img src=/i/count.png width=1 height=1>\
         <img src=/i/knot.jpg width=2px alt=Knot> <img src=/i/Clear.GIF?v=2 alt=''> and \
         <img src=/i/blank.gif data-src=/i/net.jpg alt='The net'> and \
         <img src=/i/clearwater.jpg alt='Clear water'> and \
         <img src=/i/wide.jpg width=100% alt=Wide> at the end of the row.</p>",
    );
    for gone in ["spacer.gif", "count.png", "knot.jpg", "Clear.GIF"] {
        assert!(!html.contains(gone), "{gone}: {html}");
    }
    for kept in [
        "<img src=\"https://nets.example/i/net.jpg\" alt=\"The net\">",
        "<img src=\"https://nets.example/i/clearwater.jpg\" alt=\"Clear water\">",
        "<img src=\"https://nets.example/i/wide.jpg\" alt=\"Wide\">",
    ] {
        assert!(html.contains(kept), "{kept}: {html}");
    }
}

/// A heading in strong emphasis whole is written without the asterisks (a heading shows
/// bold already); strong words inside a heading keep theirs.
#[test]
fn a_heading_bold_throughout_loses_its_asterisks() {
    let page = |heading: &str| {
        format!(
            "<html><body><article><h1>Mending nets</h1><p>The net is mended in rows, one knot \
             at a time, and the rows are counted so that no knot is missed.</p><h2>{heading}\
             </h2><p>Each mended row is checked twice by hand before the net goes back on the \
             poles.</p></article></body></html>"
        )
    };
    let md = |heading: &str| extract(&page(heading), Options::default()).markdown();
    assert!(md("<strong>Tying the rows</strong>").contains("\n## Tying the rows\n"));
    assert!(md("<b>Tying</b> the <b>rows</b>").contains("\n## **Tying** the **rows**\n"));
    assert!(md("Tying the <b>rows</b>").contains("\n## Tying the **rows**\n"));
}

/// A one-column table is a column of blocks: a cell keeps its line breaks, as a paragraph
/// does (a headline over its story in one cell of an old page). A cell of a grid is one line
/// of the Markdown table.
#[test]
fn one_column_tables_keep_their_line_breaks() {
    let page = |table: &str| {
        format!(
            "<html><body><article><h1>Mending nets</h1><p>The net is mended in rows, one knot \
             at a time, and the rows are counted so that no knot is missed by the mender.</p>\
             {table}<p>Each mended row is checked twice by hand before the net goes back on \
             the drying poles by the shed.</p></article></body></html>"
        )
    };
    let cell = "<b>Winter nets</b><br>Heavier twine is used from November.<br>The mesh is \
                smaller.";
    let md = extract(
        &page(&format!("<table><tr><td>{cell}</td></tr></table>")),
        Options::default(),
    )
    .markdown();
    assert!(
        md.contains(
            "**Winter nets**\\\nHeavier twine is used from November.\\\nThe mesh is smaller."
        ),
        "{md}"
    );
    let md = extract(
        &page(&format!(
            "<table><tr><th>Season</th><th>Twine</th></tr><tr><td>Winter</td><td>{cell}</td>\
             </tr></table>"
        )),
        Options::default(),
    )
    .markdown();
    assert!(
        md.contains(
            "| Winter | **Winter nets** Heavier twine is used from November. The mesh is \
             smaller. |"
        ),
        "{md}"
    );
}
