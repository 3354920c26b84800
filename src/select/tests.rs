//! Tests of container picking, block filters, repeats and listings.

use std::borrow::Cow;

use super::container::*;
use super::filters::*;
use super::listing::*;
use super::repeats::*;
use super::*;
use crate::blocks::BlockKind;
use crate::dom::DOCUMENT;
use crate::options::{Mode, Options};
use crate::rules::{Rules, Thresholds};

const LABEL_LEN: usize = Thresholds::DEFAULT.blocks.widget_label_len;
use html5ever::local_name;

fn block(text: &str) -> Block {
    let chars = u32::try_from(text.chars().count()).unwrap_or(u32::MAX);
    Block {
        owner: DOCUMENT,
        kind: BlockKind::Paragraph,
        text: text.to_string(),
        chars,
        link_chars: 0,
        commas: 0,
        first_text: DOCUMENT,
        last_text: DOCUMENT,
    }
}

/// The first pass of extraction over `html` in `mode`, handed to `read`.
fn with_first_pass<T>(
    html: &str,
    mode: Mode,
    read: impl FnOnce(&Page<'_>, &crate::ladder::FirstPass) -> T,
) -> T {
    with_first_pass_under(html, &Options::default().with_mode(mode), read)
}

/// The first pass of extraction over `html` under `options`, handed to `read`.
fn with_first_pass_under<T>(
    html: &str,
    options: &Options,
    read: impl FnOnce(&Page<'_>, &crate::ladder::FirstPass) -> T,
) -> T {
    with_titled_first_pass(html, None, options, read)
}

/// The first pass of extraction over `html` under `options`, on a page whose title is
/// `title`, handed to `read`.
fn with_titled_first_pass<T>(
    html: &str,
    title: Option<&str>,
    options: &Options,
    read: impl FnOnce(&Page<'_>, &crate::ladder::FirstPass) -> T,
) -> T {
    let limits = crate::parse::ParseLimits {
        max_depth: 512,
        max_nodes: 1 << 20,
        elide_scripts: true,
        close_runaway_raw_text: true,
    };
    let doc = crate::parse::parse(html, limits).expect("parses");
    let root = crate::extractor::content_root(&doc);
    let rules = Rules::new(options);
    let hard = crate::prune::prune_hard(&doc, root, &rules);
    let signals = crate::names::name_signals(&doc, root, &hard, &rules);
    let page = Page {
        doc: &doc,
        root,
        signals: &signals,
        page_type: None,
        title,
        rules: &rules,
    };
    let first = crate::ladder::first_pass(&page, hard);
    read(&page, &first)
}

/// The `id`s of the containers `select` takes the blocks from (`-` for one without).
fn root_ids(html: &str, mode: Mode) -> Vec<String> {
    titled_root_ids(html, None, &Options::default().with_mode(mode))
}

/// The `id`s of the containers `select` takes the blocks from, on a page titled `title`.
fn titled_root_ids(html: &str, title: Option<&str>, options: &Options) -> Vec<String> {
    with_titled_first_pass(html, title, options, |page, first| {
        first
            .selection
            .roots
            .iter()
            .map(|&r| {
                page.doc
                    .element(r)
                    .and_then(|el| el.attr_named(&local_name!("id")))
                    .unwrap_or("-")
                    .to_string()
            })
            .collect()
    })
}

/// The texts of the blocks `select` keeps.
fn selected_texts(html: &str, mode: Mode) -> Vec<String> {
    selected_texts_under(html, &Options::default().with_mode(mode))
}

/// The texts of the blocks `select` keeps under `options`.
fn selected_texts_under(html: &str, options: &Options) -> Vec<String> {
    titled_texts(html, None, options)
}

/// The texts `select` keeps from `html` on a page titled `title`, under `options`.
fn titled_texts(html: &str, title: Option<&str>, options: &Options) -> Vec<String> {
    with_titled_first_pass(html, title, options, |_, first| {
        let blocks = &first.blocks;
        first
            .selection
            .blocks
            .iter()
            .map(|&i| blocks[i].text.clone())
            .collect()
    })
}

/// The `id` of the listing `select_listing` finds on `html` (`-` for one without).
fn listing_id(html: &str) -> Option<String> {
    with_first_pass(html, Mode::Balanced, |page, first| {
        let listing = select_listing(page, &first.pruned, &first.stats, &first.blocks)?.selection;
        let list = *listing.roots.first()?;
        Some(
            page.doc
                .element(list)
                .and_then(|el| el.attr_named(&local_name!("id")))
                .unwrap_or("-")
                .to_string(),
        )
    })
}

/// The `id` of the container paragraph scoring picks on `html`.
fn picked_id(html: &str) -> Option<String> {
    titled_picked_id(html, None, &Options::default())
}

/// The `id` of the container paragraph scoring picks on `html`, titled `title`.
fn titled_picked_id(html: &str, title: Option<&str>, options: &Options) -> Option<String> {
    with_titled_first_pass(html, title, options, |page, first| {
        let top = pick_container(
            page,
            &first.stats,
            &first.blocks,
            headline(page, &first.blocks),
        );
        page.doc
            .element(top)?
            .attr_named(&local_name!("id"))
            .map(str::to_string)
    })
}

/// A paragraph or a quotation credits the element around it; text directly in a generic
/// container credits the container itself. (Ids without content or chrome words, so
/// only the structure scores.)
#[test]
fn text_elements_credit_their_container() {
    let words = "The keeper, the boatman, the cook, the clerk, and the two boys, all of \
                 them, wet, tired, came in at dawn, ate, slept, and rose again.";
    for (open, close) in [("<p>", "</p>"), ("<blockquote>", "</blockquote>")] {
        let html = format!("<body><div id=col>{open}{words}{close}</div></body>");
        assert_eq!(picked_id(&html).as_deref(), Some("col"), "{open}");
    }
    let html = format!("<body><div id=outer><div id=col>{words}</div></div></body>");
    assert_eq!(picked_id(&html).as_deref(), Some("col"));
}

/// Commas are a mark of prose: two paragraphs full of clauses outscore two longer ones
/// that run on without a pause.
#[test]
fn commas_weigh_in_the_pick() {
    let plain = "Plain text runs on without a single pause because the writer never \
                 stopped for breath and kept adding words one after another until the \
                 line was long enough to fill the whole width of the column twice over";
    let clauses = "The keeper, the boatman, the cook, the clerk, and the two boys, all of \
                   them, wet, tired, came in at dawn, ate, slept, and rose again.";
    let html = format!(
        "<body><div id=one><div id=plain><p>{plain}</p><p>{plain}</p></div></div>\
         <div id=two><div id=clauses><p>{clauses}</p><p>{clauses}</p></div></div></body>"
    );
    assert_eq!(picked_id(&html).as_deref(), Some("clauses"));
    // Without its commas the same text loses to the longer one.
    let html = html.replace(',', "");
    assert_eq!(picked_id(&html).as_deref(), Some("plain"));
}

fn kept_texts(texts: &[String]) -> Vec<String> {
    let blocks: Vec<Block> = texts.iter().map(|t| block(t)).collect();
    let mut kept: Vec<usize> = (0..blocks.len()).collect();
    drop_repeats(&blocks, &mut kept, &Rules::default());
    kept.iter().map(|&i| blocks[i].text.clone()).collect()
}

/// A paragraph of `words` times `word`: its visible characters are easy to count.
fn word_paragraph(word: &str, words: usize) -> String {
    format!("<p>{}</p>", format!("{word} ").repeat(words))
}

fn sentence(n: usize) -> String {
    format!("Paragraph number {n} of the article, long enough to be more than a label.")
}

#[test]
fn widget_labels_and_counters_are_not_content() {
    for label in [
        "Read more",
        "Share this:",
        "12 likes",
        "1,204 views",
        "Comments",
        "Loading...",
        "Report inappropriate content",
        "518 helpful votes",
        "۱۲ بازدید",
        "١٢ تعليقات",
        "1,076 posts",
        "Advert",
        "[edit]",
        "Quick shop",
        "1.204 views",
        "12345678901234567890123 comments",
        "Like Loading...",
        // A closing section's heading set as a plain line labels the links under it.
        "Related posts:",
        "You may also like…",
        "Artículos relacionados",
        // A label may end as a sentence does.
        "No comments yet.",
        "Share…",
        "Noch keine Kommentare.",
        "暂无评论",
        "暂无评论。",
        "コメントはまだありません。",
        "分享：",
        "Listen to this article",
        "Artikel anhören",
        // A list's sort control.
        "Sort by",
        "Sorted by:",
        // A player's label and its length.
        "Listen to this article 5 min",
        "Artikel anhören (3:24)",
        "Listen to this article 1:02:03",
        // Languages beyond the first ten; Turkish `İ` lower-cases with a dot of its own.
        "Paylaş",
        "İlgili Haberler",
        "공유하기",
        "أخبار ذات صلة",
        "Baca selengkapnya",
        "Läs mer",
        "Sdílet",
        "12 yorum",
        "Læs mere",
        "Les mer",
        "Lue lisää",
        // Account links, the break an advertisement leaves, a pin button, an empty cart.
        "Log in",
        "Sign up",
        "Story continues below",
        "Article continues below",
        "Pin for later",
        "No products in the cart.",
        "Rate this page:",
    ] {
        assert!(widget_label(label, LABEL_LEN).is_some(), "{label}");
    }
    // Every listed label can be read: none is longer than a label may be, in characters
    // (Cyrillic and Japanese ones run over in bytes).
    for label in crate::rules::vocabulary::words(crate::rules::vocabulary::WIDGET_LABELS) {
        assert!(widget_label(label, LABEL_LEN).is_some(), "{label}");
    }
    for text in [
        "Read more about the harbour",
        "12 eggs",
        "Likes",
        "Shared history",
        "12 eggs, beaten",
        "Quote of the week",
        "... comments",
        "123456789012345678901234 comments",
        "Related posts on tides",
        "About the author's boat",
        "No comments yet on the plan.",
        "Shares.",
        "Listen to this article about the harbour",
        "Sorted by the harbour master",
        "Listen to this article 5 times",
        "Listen to this article 123:45",
        "Reply 12",
        "Ahead 3:24",
        // Words of the new languages inside longer text.
        "İlgili haberlerin hepsi arşivde",
        "Dela ut flygblad",
        "Oleh Petrenko",
        "Sign up for the regatta before Friday",
        "Log in to the harbour portal with your pass",
        "Out of stock",
        "Email",
    ] {
        assert_eq!(widget_label(text, LABEL_LEN), None, "{text}");
    }
}

/// Tags weigh a container's score (an `<article>` over a `<div>` over a `<span>`) unless
/// the rule is off.
#[test]
fn tag_weights_apply_unless_switched_off() {
    let html = "<body><article id=a><div id=d><span id=s>x</span></div></article></body>";
    let scores = |rules: Rules| {
        let t = crate::page::TestPage::new(html, rules);
        ["a", "d", "s"].map(|id| base_score(&t.page(), t.by_id(id)))
    };
    let [article, div, span] = scores(Rules::default());
    assert!(
        article > div && div > span && span == 0.0,
        "{article} {div} {span}"
    );
    let off = Rules::new(&Options::default().with_rule_disabled(RuleId::TagWeights));
    assert_eq!(scores(off), [0.0, 0.0, 0.0]);
}

/// Names weigh a container's score: a chrome name counts against it, a content name for
/// it, a plain one not at all, unless the rule is off.
#[test]
fn name_weights_apply_unless_switched_off() {
    let html = "<body><div id=c class=sidebar>x</div><div id=n class=entry-content>x</div>\
                <div id=p class=box>x</div></body>";
    let scores = |rules: Rules| {
        let t = crate::page::TestPage::new(html, rules);
        ["c", "n", "p"].map(|id| base_score(&t.page(), t.by_id(id)))
    };
    let tag = Thresholds::DEFAULT.container.section_tag_weight;
    let name = Thresholds::DEFAULT.container.name_weight;
    assert_eq!(scores(Rules::default()), [tag - name, tag + name, tag]);
    let off = Rules::new(&Options::default().with_rule_disabled(RuleId::NameWeights));
    assert_eq!(scores(off), [tag, tag, tag]);
}

#[test]
fn a_second_copy_of_a_passage_is_dropped() {
    let passage: Vec<String> = (0..5).map(sentence).collect();
    let mut page = passage.clone();
    page.push("Short heading".to_string());
    page.extend(passage.iter().cloned());
    assert_eq!(kept_texts(&page)[..5], passage[..]);
    assert_eq!(kept_texts(&page).len(), 6);
}

#[test]
fn a_paragraph_shown_again_and_again_with_nothing_new_is_kept_twice() {
    let description = sentence(1).repeat(2);
    assert!(description.len() >= 100 && description.len() < 400);
    let tab = |name: &str| block(name);
    let mut blocks = vec![block(&description), block(&sentence(2))];
    for name in ["Details", "Description", "Overview"] {
        blocks.push(tab(name));
        blocks.push(block(&description));
    }
    let mut kept: Vec<usize> = (0..blocks.len()).collect();
    drop_repeats(&blocks, &mut kept, &Rules::default());
    let texts: Vec<&str> = kept.iter().map(|&i| blocks[i].text.as_str()).collect();
    let copies = texts.iter().filter(|t| **t == description).count();
    assert_eq!(copies, 2, "{texts:?}");
    assert!(texts.contains(&"Overview"));
}

#[test]
fn a_paragraph_recurring_between_different_passages_stays() {
    let warm_up = sentence(1).repeat(2);
    let mut page = Vec::new();
    for day in 2..6 {
        page.push(warm_up.clone());
        page.push(sentence(day));
    }
    assert_eq!(kept_texts(&page), page);
}

#[test]
fn one_long_paragraph_shown_twice_is_dropped_a_shorter_one_stays() {
    let long = sentence(1).repeat(6);
    let short = sentence(2).repeat(4);
    assert!(long.len() >= 400 && short.len() < 400);
    let page = vec![
        long.clone(),
        short.clone(),
        sentence(3),
        long.clone(),
        sentence(4),
        short.clone(),
    ];
    assert_eq!(
        kept_texts(&page),
        vec![long, short.clone(), sentence(3), sentence(4), short]
    );
}

fn heading(text: &str, level: u8) -> Block {
    Block {
        kind: BlockKind::Heading(level),
        ..block(text)
    }
}

/// [`drop_closing_sections`] over blocks that come from no tree (every block's owner is
/// the document, so no section has a box of its own).
fn drop_sections(
    blocks: &[Block],
    kept: &mut Vec<usize>,
    t: &crate::rules::thresholds::BlockThresholds,
    sections: Sections,
) -> Vec<usize> {
    drop_closing_sections(&Document::new(), blocks, kept, t, sections)
}

const CLOSING_ONLY: Sections = Sections {
    closing: true,
    threads: false,
};

const BOTH: Sections = Sections {
    closing: true,
    threads: true,
};

#[test]
fn a_thread_heading_is_a_thread_word_alone_or_after_a_count() {
    // With the thread's count after the word, bracketed or not, it is read as the word
    // alone.
    for name in [
        "comments",
        "kommentare",
        "评论",
        "comments (12)",
        "comments: 1,204",
        "kommentare [3]",
        "yorumlar (2)",
        "댓글 2",
        "评论： 12",
    ] {
        assert_eq!(
            names_thread_heading(name, 120),
            Some(ThreadHeading::Bare),
            "{name}"
        );
    }
    for name in [
        "40 responses to “my new project”",
        "one thought on “tide tables”",
        "1,204 comments",
        "12 kommentare zu „wärmenetz“",
        // WordPress's "N thoughts on" as its translations write it.
        "12 gedanken zu „wärmenetz“",
        "3 réflexions sur « le port »",
        "4 pensieri riguardo “il porto”",
        "2 gedachten over “de haven”",
        "5 комментариев",
        // Without a space between count and word, at the end of the heading.
        "2条评论",
        "《如何收获苹果》有12条评论",
        "「りんごの収穫」への３件のフィードバック",
        "3件のコメント",
        "2 yorum",
        "2개의 댓글",
        "12 تعليقات",
        "١٢ تعليقات",
        // One reply, as WordPress's translations count it beside the post's title.
        "ein gedanke zu „der hafen“",
        "une réflexion sur « le port »",
        "una respuesta a «el puerto»",
        "un pensiero riguardo “il porto”",
        "uma resposta para “o porto”",
        "één gedachte over “de haven”",
        "۲ نظر",
        "2 comentarii",
        "3 hozzászólás",
        "2 σχόλια",
        "2 תגובות",
        "२ टिप्पणियाँ",
        "๒ ความคิดเห็น",
    ] {
        assert_eq!(
            names_thread_heading(&section_name(name), 120),
            Some(ThreadHeading::Counted),
            "{name}"
        );
    }
    for name in [
        "responses to the flood",
        "comments policy",
        "thoughts",
        "reactions",
        "final thoughts",
        "12 ways to save water",
        "2024 results",
        "条评论",
        "2条评论规则说明",
        "コメント欄の使い方",
        // One of a list of numbered comments, a count that is no number, a policy.
        "comment 2",
        "comments (a)",
        "comments ()",
        "comments policy (2)",
        "(12)",
        "",
        // Words for one without a quoted title: a section of the article.
        "una respuesta a la pregunta",
        "ein gedanke zum schluss",
        "une réponse",
    ] {
        assert_eq!(names_thread_heading(name, 120), None, "{name}");
    }
    // At most 120 characters ("40 responses to “" is 17 of them, the closing quote 1).
    let longest = format!("40 responses to “{}”", "a".repeat(102));
    assert_eq!(longest.chars().count(), 120);
    assert!(names_thread_heading(&longest, 120).is_some());
    let long = format!("40 responses to “{}”", "a".repeat(103));
    assert_eq!(names_thread_heading(&long, 120), None);
}

#[test]
fn a_thread_under_its_heading_leaves_the_text_below_the_post_only() {
    // Precision mode reads every thread heading (see thresholds).
    let precision = Thresholds::for_mode(Mode::Precision);
    // A post of eight paragraphs, then a thread that outweighs it, then a new section.
    let mut blocks: Vec<Block> = (0..8).map(|n| block(&sentence(n))).collect();
    blocks.push(heading("40 Responses to “Tide tables”", 2));
    for n in 10..20 {
        blocks.push(block(&sentence(n)));
    }
    blocks.push(heading("Archives", 2));
    blocks.push(block(&sentence(30)));
    let all: Vec<usize> = (0..blocks.len()).collect();
    let mut kept = all.clone();
    let thread = drop_sections(&blocks, &mut kept, &precision.blocks, BOTH);
    assert_eq!(kept, vec![0, 1, 2, 3, 4, 5, 6, 7, 19, 20]);
    assert_eq!(thread, (9..19).collect::<Vec<_>>());
    // Switched off, or a closing section only: everything stays.
    let mut kept = all.clone();
    let thread = drop_sections(&blocks, &mut kept, &precision.blocks, CLOSING_ONLY);
    assert_eq!((kept, thread), (all.clone(), Vec::new()));
    // The same heading above too little text for a post heads the page (a forum, a
    // page about comments): nothing is dropped.
    let blocks = vec![
        heading("Comments", 2),
        block(&sentence(1)),
        block(&sentence(2)),
    ];
    let mut kept = vec![0, 1, 2];
    let thread = drop_sections(&blocks, &mut kept, &precision.blocks, BOTH);
    assert_eq!((kept, thread), (vec![0, 1, 2], Vec::new()));
    // Closing sections off, threads on: "About the author" stays.
    let mut blocks: Vec<Block> = (0..8).map(|n| block(&sentence(n))).collect();
    blocks.push(heading("About the author", 2));
    blocks.push(block(&sentence(9)));
    let mut kept: Vec<usize> = (0..blocks.len()).collect();
    let threads_only = Sections {
        closing: false,
        threads: true,
    };
    drop_sections(&blocks, &mut kept, &precision.blocks, threads_only);
    assert_eq!(kept, (0..10).collect::<Vec<_>>());
}

/// Balanced mode reads a counted thread heading ("40 Responses to ...") as a thread's,
/// not a thread word alone ("Comments": the golds disagree on what follows it); Recall
/// mode reads neither.
#[test]
fn balanced_mode_reads_counted_thread_headings_only() {
    let below_post = |name: &str| {
        let mut blocks: Vec<Block> = (0..8).map(|n| block(&sentence(n))).collect();
        blocks.push(heading(name, 2));
        blocks.extend((10..14).map(|n| block(&sentence(n))));
        blocks
    };
    let thread_of = |name: &str, mode: Mode| {
        let blocks = below_post(name);
        let mut kept: Vec<usize> = (0..blocks.len()).collect();
        let t = Thresholds::for_mode(mode);
        drop_sections(&blocks, &mut kept, &t.blocks, BOTH)
    };
    let counted = "12 Responses to “Tide tables”";
    assert_eq!(
        thread_of(counted, Mode::Balanced),
        (9..13).collect::<Vec<_>>()
    );
    assert_eq!(thread_of(counted, Mode::Recall), Vec::<usize>::new());
    assert_eq!(thread_of("Comments", Mode::Balanced), Vec::<usize>::new());
    assert_eq!(
        thread_of("Comments", Mode::Precision),
        (9..13).collect::<Vec<_>>()
    );
}

/// A counted thread heading that quotes the post opens the thread though other filters
/// dropped it (or it lies between the post's box and the replies'); a dropped count that
/// quotes nothing, or one above the post's first characters, opens nothing.
#[test]
fn a_dropped_thread_heading_that_quotes_the_post_opens_the_thread() {
    let thread_of = |name: &str, paragraphs: usize, mode: Mode| {
        let mut blocks: Vec<Block> = (0..paragraphs).map(|n| block(&sentence(n))).collect();
        blocks.push(heading(name, 2));
        blocks.extend((10..14).map(|n| block(&sentence(n))));
        let heading_at = paragraphs;
        let mut kept: Vec<usize> = (0..blocks.len()).filter(|&i| i != heading_at).collect();
        let t = Thresholds::for_mode(mode);
        drop_sections(&blocks, &mut kept, &t.blocks, BOTH)
    };
    let replies = |after: usize| (after + 1..after + 5).collect::<Vec<_>>();
    for quoted in [
        "53 Responses to “1,400 Rectangles”",
        "3 réflexions sur « Le port »",
        "12 Kommentare zu „Wärmenetz“",
        "2 comments on \"Tide tables\"",
        "《如何收获苹果》有12条评论",
        "「りんごの収穫」への３件のフィードバック",
    ] {
        assert_eq!(thread_of(quoted, 8, Mode::Balanced), replies(8), "{quoted}");
        assert_eq!(thread_of(quoted, 8, Mode::Recall), Vec::<usize>::new());
    }
    assert_eq!(
        thread_of("53 Responses", 8, Mode::Balanced),
        Vec::<usize>::new()
    );
    // Not a thread's count: "Responses to “the flood”" is a section of the article.
    assert_eq!(
        thread_of("Responses to “the flood”", 8, Mode::Balanced),
        Vec::<usize>::new()
    );
    // Near the top of the text, a quoted count is the page's own subject.
    let t = Thresholds::for_mode(Mode::Balanced);
    let before = |n: usize| (0..n).map(|i| sentence(i).len()).sum::<usize>();
    let short = (0..8)
        .find(|&n| before(n + 1) >= t.blocks.counted_thread_heading_after as usize)
        .expect("eight sentences pass the threshold");
    assert_eq!(
        thread_of("53 Responses to “1,400 Rectangles”", short, Mode::Balanced),
        Vec::<usize>::new()
    );
    assert_eq!(
        thread_of(
            "53 Responses to “1,400 Rectangles”",
            short + 1,
            Mode::Balanced
        ),
        replies(short + 1)
    );
}

#[test]
fn closing_sections_go_once_the_article_has_begun() {
    let t = &Thresholds::DEFAULT.blocks;
    // Eight paragraphs (over 500 characters), then related teasers that outweigh them.
    for heading_text in [
        "You may also like...",
        "Você pode gostar…",
        "Related posts:",
        "Post a Comment",
        "Like this:",
        "TrackBack",
        "Most popular",
        "Lo más leído",
        "Свежие записи",
        // WordPress's and its related-posts plugins' own headings, as each language
        // writes them.
        "Ähnliche Beiträge",
        "Deja una respuesta",
        "Geef een reactie",
        "Podobne wpisy",
        "Похожие записи",
        "あわせて読みたい",
        "发表回复",
        // Comment forms' headings.
        "Join the discussion",
        "Réagissez",
        "Diskutieren Sie mit",
        "Schrijf een reactie",
        "コメントを書く",
        // "More news" boxes.
        "Похожие новости",
        "Meer nieuws",
        "Notizie correlate",
        "相关新闻",
    ] {
        let mut blocks: Vec<Block> = (0..8).map(|n| block(&sentence(n))).collect();
        blocks.push(heading(heading_text, 3));
        blocks.extend((10..30).map(|n| block(&sentence(n))));
        let mut kept: Vec<usize> = (0..blocks.len()).collect();
        drop_sections(&blocks, &mut kept, t, CLOSING_ONLY);
        assert_eq!(kept, (0..8).collect::<Vec<_>>(), "{heading_text}");
    }
    // Under 500 characters from the top and in the first half, it is the page's subject.
    let mut blocks: Vec<Block> = (0..4).map(|n| block(&sentence(n))).collect();
    blocks.push(heading("Related articles", 2));
    blocks.extend((10..30).map(|n| block(&sentence(n))));
    let all: Vec<usize> = (0..blocks.len()).collect();
    let mut kept = all.clone();
    drop_sections(&blocks, &mut kept, t, CLOSING_ONLY);
    assert_eq!(kept, all);
}

/// A closing section's label that other filters dropped ("Related posts" as a linked or
/// styled line, not kept) still opens its section, to the next heading of any level (a
/// dropped heading keeps its own level). A dropped line that names no closing section, one
/// at the top of the text, a kept line (text, as the filters judged it), or the rule off
/// leave the blocks after it alone.
#[test]
fn a_dropped_closing_label_still_opens_its_section() {
    let t = &Thresholds::DEFAULT.blocks;
    let page = |label: &str, lead: usize| {
        let mut blocks: Vec<Block> = (0..lead).map(|n| block(&sentence(n))).collect();
        blocks.push(block(label));
        blocks.extend((10..14).map(|n| block(&sentence(n))));
        blocks.push(heading("Harbour notes", 6));
        blocks.push(block(&sentence(20)));
        let label_at = lead;
        let kept: Vec<usize> = (0..blocks.len()).filter(|&i| i != label_at).collect();
        (blocks, kept)
    };
    let (blocks, mut kept) = page("Related posts:", 8);
    drop_sections(&blocks, &mut kept, t, CLOSING_ONLY);
    let mut expected: Vec<usize> = (0..8).collect();
    expected.extend([13, 14]);
    assert_eq!(kept, expected);
    // A dropped label that is a heading keeps its level: a lower heading under it does not
    // end its section.
    let (mut blocks, mut kept) = page("Related posts:", 8);
    blocks[8] = heading("Related posts:", 2);
    drop_sections(&blocks, &mut kept, t, CLOSING_ONLY);
    assert_eq!(kept, (0..8).collect::<Vec<_>>());
    // Under 500 characters but past half of the text, the label opens its section too.
    let mut blocks: Vec<Block> = (0..3).map(|n| block(&sentence(n))).collect();
    blocks.extend([block("Related posts"), block(&sentence(10))]);
    let mut kept = vec![0, 1, 2, 4];
    drop_sections(&blocks, &mut kept, t, CLOSING_ONLY);
    assert_eq!(kept, vec![0, 1, 2]);
    // A kept line that names one is text the filters judged content: it opens nothing.
    let (blocks, mut kept) = page("Related posts", 8);
    kept.insert(8, 8);
    let before = kept.clone();
    drop_sections(&blocks, &mut kept, t, CLOSING_ONLY);
    assert_eq!(kept, before);
    for (label, lead, sections) in [
        ("Harbour tides", 8, CLOSING_ONLY),
        ("Related posts", 2, CLOSING_ONLY),
        (
            "Related posts",
            8,
            Sections {
                closing: false,
                threads: false,
            },
        ),
    ] {
        let (blocks, mut kept) = page(label, lead);
        let before = kept.clone();
        drop_sections(&blocks, &mut kept, t, sections);
        assert_eq!(kept, before, "{label} after {lead}");
    }
}

/// A closing section ends with the box its heading opens: the article's paragraphs below
/// a box of related stories set inside it stay. Without a box of its own the section runs
/// on to the end, and the teasers under it go however plain they are.
#[test]
fn a_closing_section_ends_with_its_box() {
    let teasers: String = (0..3)
        .map(|n| format!("<p>Teaser {n}: a story from the archive about the harbour.</p>"))
        .collect();
    let after = "<p>After the box the article goes on, as a reader sees it, to its end.</p>";
    let boxed = format!(
        "<body><div id=story>{}<div class=box><h3>Related stories</h3>{teasers}</div>\
         {after}</div></body>",
        prose(8)
    );
    let kept = selected_texts(&boxed, Mode::Balanced);
    assert_eq!(kept.len(), 9, "{kept:?}");
    assert!(kept[8].starts_with("After the box"), "{kept:?}");
    let flat = format!(
        "<body><div id=story>{}<h3>Related stories</h3>{teasers}{after}</div></body>",
        prose(8)
    );
    assert_eq!(selected_texts(&flat, Mode::Balanced).len(), 8);
}

#[test]
fn closing_sections_go_from_the_second_half_only() {
    let mut blocks: Vec<Block> = (0..4).map(|n| block(&sentence(n))).collect();
    blocks.push(heading("About the author:", 2));
    blocks.push(block(
        "Ada writes about lighthouses and the people who keep them.",
    ));
    blocks.push(heading("Notes", 3));
    blocks.push(block("Ada's other books are listed on her own site."));
    blocks.push(heading("Further steps", 2));
    blocks.push(block(&sentence(9)));
    let mut kept: Vec<usize> = (0..blocks.len()).collect();
    drop_sections(
        &blocks,
        &mut kept,
        &Thresholds::DEFAULT.blocks,
        CLOSING_ONLY,
    );
    assert_eq!(kept, vec![0, 1, 2, 3, 8, 9]);

    // The same heading opening the text is the article's subject.
    let blocks = vec![heading("About the author", 2), block(&sentence(1))];
    let mut kept = vec![0, 1];
    drop_sections(
        &blocks,
        &mut kept,
        &Thresholds::DEFAULT.blocks,
        CLOSING_ONLY,
    );
    assert_eq!(kept, vec![0, 1]);
}

/// A box whose first line names a closing section ("About the author" above a name and a
/// bio, split by line breaks) is that section, past the top of the text; at the top, on
/// one line, after words of its own, or with closing sections off, it stays.
#[test]
fn a_box_opened_by_a_closing_label_is_that_section() {
    let author_box = "About the author\nAda Quay\nAda writes about lighthouses.";
    let run = |texts: &[&str], sections: Sections| {
        let blocks: Vec<Block> = texts.iter().map(|t| block(t)).collect();
        let mut kept: Vec<usize> = (0..blocks.len()).collect();
        drop_sections(&blocks, &mut kept, &Thresholds::DEFAULT.blocks, sections);
        kept
    };
    let (s0, s1, s2) = (sentence(0), sentence(1), sentence(2));
    let ends = [s0.as_str(), s1.as_str(), author_box, s2.as_str()];
    assert_eq!(run(&ends, CLOSING_ONLY), [0, 1, 3]);
    assert_eq!(
        run(
            &ends,
            Sections {
                closing: false,
                threads: true
            }
        ),
        [0, 1, 2, 3]
    );
    assert_eq!(run(&[author_box, &s0, &s1], CLOSING_ONLY), [0, 1, 2]);
    for text in [
        "About the author",
        "About the author Ada Quay",
        "About the author's boat\nIt was blue.",
        "Notes\nAbout the author\nAda Quay",
    ] {
        assert_eq!(
            run(&[&s0, &s1, text, &s2], CLOSING_ONLY),
            [0, 1, 2, 3],
            "{text}"
        );
    }
}

#[test]
fn a_recurring_caption_stays() {
    let caption = "Ships in two days from the warehouse nearest to you.".to_string();
    let page: Vec<String> = (0..6)
        .flat_map(|n| [sentence(n), caption.clone()])
        .collect();
    assert_eq!(kept_texts(&page), page);
}

/// Evidence of content is a paragraph of at least 40 characters, under 35% link text;
/// a heading never is, however long.
#[test]
fn good_text_is_long_link_free_prose() {
    let with_links = |chars: usize, link_chars: u32| Block {
        link_chars,
        ..block(&"a".repeat(chars))
    };
    assert!(is_good(&with_links(40, 0), &Thresholds::DEFAULT.container));
    assert!(!is_good(&with_links(39, 0), &Thresholds::DEFAULT.container));
    assert!(is_good(
        &with_links(100, 34),
        &Thresholds::DEFAULT.container
    ));
    assert!(!is_good(
        &with_links(100, 35),
        &Thresholds::DEFAULT.container
    ));
    assert!(!is_good(
        &with_links(39, 35),
        &Thresholds::DEFAULT.container
    ));
    assert!(!is_good(
        &with_links(400, 300),
        &Thresholds::DEFAULT.container
    ));
    let heading = Block {
        kind: BlockKind::Heading(2),
        ..with_links(80, 0)
    };
    assert!(!is_good(&heading, &Thresholds::DEFAULT.container));
}

/// On a tie of text the tag breaks it: a generic box or a table cell is where articles
/// live, a list, a form, a heading or a header cell is not. `x-box`, a tag with no
/// weight, holds the same paragraph; a tie goes to the one met first.
#[test]
fn the_container_tag_breaks_a_tie_of_text() {
    let words = "The keeper, the boatman, the cook, the clerk, and the two boys, all of \
                 them, wet, tired, came in at dawn, ate, slept, and rose again.";
    let plain = format!("<x-box id=plain><p>{words}</p></x-box>");
    for (open, close) in [
        ("<div id=tagged>", "</div>"),
        ("<section id=tagged>", "</section>"),
        ("<table><tr><td id=tagged>", "</td></tr></table>"),
        ("<blockquote id=tagged>", "</blockquote>"),
    ] {
        let html = format!("<body>{plain}{open}<p>{words}</p>{close}</body>");
        assert_eq!(picked_id(&html).as_deref(), Some("tagged"), "{open}");
    }
    for (open, close) in [
        ("<ul><li id=tagged>", "</li></ul>"),
        // In a box of its own, or the body would tie with the plain box.
        ("<div><form id=tagged>", "</form></div>"),
        ("<div><h2 id=tagged>", "</h2></div>"),
        ("<table><tr><th id=tagged>", "</th></tr></table>"),
    ] {
        let html = format!("<body>{open}<p>{words}</p>{close}{plain}</body>");
        assert_eq!(picked_id(&html).as_deref(), Some("plain"), "{open}");
    }
}

/// Names weigh more than tags: a box named for content wins over a plain one met first,
/// a box named for chrome loses to a plain one met after it.
#[test]
fn container_names_outweigh_tags() {
    let words = "The keeper, the boatman, the cook, the clerk, and the two boys, all of \
                 them, wet, tired, came in at dawn, ate, slept, and rose again.";
    let html = format!(
        "<body><div id=plain><p>{words}</p></div><x-box id=named \
         class=story-content><p>{words}</p></x-box></body>"
    );
    assert_eq!(picked_id(&html).as_deref(), Some("named"));
    let html = format!(
        "<body><x-box id=sidebar><p>{words}</p></x-box><div id=plain><p>{words}</p>\
         </div></body>"
    );
    assert_eq!(picked_id(&html).as_deref(), Some("plain"));
}

/// The headline's box (the nearest box around the heading that repeats the page's title
/// that holds a paragraph) competes with the pick with an `<article>`'s weight added. A
/// short story under its headline then wins over a longer column beside it; it does not
/// when the heading is not the title, when the page has no title, with the rule off, or
/// when the headline stands straight in the page's root. A pick inside the box that holds
/// most of its text (the story's body under the headline and byline) stays.
#[test]
fn the_headline_box_competes_as_an_article() {
    let paragraph = |word: &str| word_paragraph(word, 50);
    let html = |heading: &str| {
        format!(
            "<body><div id=reeds>{}{}</div><div id=piece><div id=top><h1>{heading}</h1>\
             </div><div id=words>{}</div></div></body>",
            paragraph("reeds"),
            paragraph("gulls"),
            paragraph("nets"),
        )
    };
    let picked = titled_picked_id;
    let on = Options::default();
    let title = Some("Mending  the Nets");
    assert_eq!(
        picked(&html("Mending the nets"), title, &on).as_deref(),
        Some("piece")
    );
    assert_eq!(
        picked(&html("Mending the boats"), title, &on).as_deref(),
        Some("reeds")
    );
    assert_eq!(
        picked(&html("Mending the nets"), None, &on).as_deref(),
        Some("reeds")
    );
    let off = Options::default().with_rule_disabled(RuleId::HeadlineBoxes);
    assert_eq!(
        picked(&html("Mending the nets"), title, &off).as_deref(),
        Some("reeds")
    );
    // A headline straight in the page's root: no box around it, so the story's own box,
    // longer than the column beside it, stays the pick.
    let flat = format!(
        "<body><h1>Mending the nets</h1><div id=tale>{}</div><div id=gulls><p>{}</p></div>\
         </body>",
        paragraph("nets"),
        "gulls ".repeat(30)
    );
    assert_eq!(picked(&flat, title, &on).as_deref(), Some("tale"));
    // The story's body holds most of the box's text: it stays the pick, without the
    // byline above it.
    let headed = format!(
        "<body><div id=piece><div id=top><h1>Mending the nets</h1><p>By Ann Reed</p></div>\
         <div id=words>{}{}</div></div><div id=reeds>{}</div></body>",
        paragraph("nets"),
        paragraph("knots"),
        paragraph("reeds"),
    );
    assert_eq!(picked(&headed, title, &on).as_deref(), Some("words"));
    // The box must beat the pick: a tie (the column's 5 + 3.5 + 4 + 4 against the box's
    // 5 + 3 / 2 + 10) keeps the pick.
    let tied = format!(
        "<body><div id=reeds>{}<p>{}</p><p>{}</p></div><div id=piece><div id=top>\
         <h1>Mending the nets</h1></div><div id=words>{}</div></div></body>",
        paragraph("reeds"),
        "gulls ".repeat(60),
        "terns ".repeat(60),
        paragraph("nets"),
    );
    assert_eq!(picked(&tied, title, &on).as_deref(), Some("reeds"));
}

/// A title that carries the site's name ("Harbour Log: Mending the nets", "Mending the
/// nets | Columns | Harbour Log") finds its headline by its longest side when no heading
/// repeats it whole; a shorter side (the site's name over the column) anchors nothing,
/// and a heading that repeats the whole title is the headline before any side.
#[test]
fn a_title_with_the_site_name_finds_its_headline_by_its_longest_side() {
    let paragraph = |word: &str| word_paragraph(word, 50);
    let html = |site: &str, heading: &str| {
        format!(
            "<body><div id=reeds><h2>{site}</h2>{}{}</div><div id=piece><div id=top>\
             <h1>{heading}</h1></div><div id=words>{}</div></div></body>",
            paragraph("reeds"),
            paragraph("gulls"),
            paragraph("nets"),
        )
    };
    let picked = titled_picked_id;
    let on = Options::default();
    for title in [
        "Harbour Log: Mending the nets",
        "Mending the nets | Columns | Harbour Log",
        "Mending the nets - Harbour Log",
        "Mending the nets « Harbour Log",
    ] {
        assert_eq!(
            picked(&html("Harbour Log", "Mending the nets"), Some(title), &on).as_deref(),
            Some("piece"),
            "{title}"
        );
    }
    // Sides of one length: the first is taken.
    assert_eq!(
        picked(
            &html("Harbour Log Book", "Mending the nets"),
            Some("Mending the nets: Harbour Log Book"),
            &on
        )
        .as_deref(),
        Some("piece")
    );
    // The site's name is a shorter side: its heading over the column anchors nothing.
    let site_first = html("Harbour Log", "Mending the boats");
    assert_eq!(
        picked(&site_first, Some("Harbour Log: Mending the nets"), &on).as_deref(),
        Some("reeds")
    );
    // The whole title repeated by a heading wins over a side of it repeated before.
    let whole = format!(
        "<body><div id=piece><div id=top><h1>Mending the nets</h1></div><div id=words>{}\
         </div></div><div id=reeds><h2>Harbour Log: Mending the nets</h2>{}{}</div></body>",
        paragraph("nets"),
        paragraph("reeds"),
        paragraph("gulls"),
    );
    assert_eq!(
        picked(&whole, Some("Harbour Log: Mending the nets"), &on).as_deref(),
        Some("reeds")
    );
    // A heading that goes on where a title of 20 characters or more stops.
    for (title, heading, pick) in [
        (
            "Mending the nets now",
            "Mending the nets now: at dawn",
            "piece",
        ),
        (
            "Mending the nets now",
            "Mending the nets now, at dawn",
            "piece",
        ),
        (
            "Mending the nets now",
            "Mending the nets now at dawn",
            "piece",
        ),
        (
            "Mending the net now",
            "Mending the net now: at dawn",
            "reeds",
        ),
        ("Mending the nets now", "Mending the nets nowhere", "reeds"),
    ] {
        assert_eq!(
            picked(&html("Harbour Log", heading), Some(title), &on).as_deref(),
            Some(pick),
            "{title} / {heading}"
        );
    }
}

/// A best box inside a box the page names as chrome (a blog's profile in its sidebar, kept
/// as a wrapper for holding most of the page's text) that leaves the headline out loses to
/// the headline's box, however its commas score. Without a title, with the column named
/// for nothing, or with the headline inside the named box, the scores decide.
#[test]
fn a_best_box_in_a_sidebar_beside_the_headline_loses_to_it() {
    let profile = format!(
        "<p>{}</p>",
        "A reader, a sailor, a cook, a clerk, and a keeper of nets, ".repeat(10)
    );
    let page = |column: &str, inside: bool| {
        let post = "<div id=post><h1>Mending the nets</h1><p>How the nets are mended on the \
                    north pier, in a few words.</p></div>";
        let (main, side) = if inside { ("", post) } else { (post, "") };
        format!(
            "<body><div id=main>{main}</div><div class={column} id=column>{side}<div \
             id=profile>{profile}</div></div></body>"
        )
    };
    let title = Some("Mending the nets");
    for (column, inside, title, pick) in [
        ("sidebar", false, title, "post"),
        ("sidebar", false, None, "profile"),
        ("column", false, title, "profile"),
        ("sidebar", true, title, "profile"),
    ] {
        assert_eq!(
            titled_picked_id(&page(column, inside), title, &Options::default()).as_deref(),
            Some(pick),
            "{column}, headline inside it: {inside}, title {title:?}"
        );
    }
}

/// A pick that holds the headline stops widening once it holds half the page's good text
/// (not 70%): the rest lies beside the article. Under half, or without a title, it widens
/// as before.
#[test]
fn a_pick_holding_the_headline_needs_half_the_good_text() {
    let paragraph = word_paragraph;
    // The story: two paragraphs of 200 characters; the column and the notes beside it.
    let page = |beside: usize| {
        format!(
            "<body><div id=wrap><div id=post><h1>Mending the nets</h1>{}{}</div></div>\
             <div id=side>{}</div><div id=far>{}</div></body>",
            paragraph("mend", 50),
            paragraph("knot", 50),
            paragraph("reeds", beside),
            paragraph("gulls", beside),
        )
    };
    let title = Some("Mending the nets");
    let on = Options::default();
    // 400 of 800 characters: half, enough.
    assert_eq!(titled_root_ids(&page(40), title, &on), ["post"]);
    // 400 of 820: under half, the pick widens to the page.
    assert_eq!(titled_root_ids(&page(41), title, &on), ["-"]);
    assert_eq!(titled_root_ids(&page(40), None, &on), ["-"]);
    let off = Options::default().with_rule_disabled(RuleId::HeadlineBoxes);
    assert_eq!(titled_root_ids(&page(40), title, &off), ["-"]);
}

/// The sibling that holds the headline joins the pick with `sibling_chars` (80) of good
/// text, not a share of the pick's: the article's own box beside its body. Another sibling
/// with as much text does not, nor the headline's with less.
#[test]
fn the_sibling_holding_the_headline_joins_the_pick() {
    let paragraph = word_paragraph;
    let page = |intro: usize| {
        format!(
            "<body><div id=col><div id=post><h1>Mending the nets</h1>{}</div><div id=story>\
             {}{}{}{}</div><div id=other>{}</div></div></body>",
            paragraph("mend", intro),
            paragraph("knot", 60),
            paragraph("rows", 60),
            paragraph("nets", 60),
            paragraph("line", 60),
            paragraph("gull", 20),
        )
    };
    // Precision: no headline box in the pick, and siblings need 30% of the pick's text.
    let precision = Options::default().with_mode(Mode::Precision);
    let title = Some("Mending the nets");
    assert_eq!(
        titled_root_ids(&page(20), title, &precision),
        ["post", "story"]
    );
    assert_eq!(titled_root_ids(&page(19), title, &precision), ["story"]);
    assert_eq!(titled_root_ids(&page(20), None, &precision), ["story"]);
}

/// The lead's paragraphs written as siblings before the body's box join it together,
/// past an ad with no text; a link-heavy sibling ends the run, a run too short stays out,
/// and the same paragraphs after the body do not join this way.
#[test]
fn a_lead_run_before_the_body_joins_the_pick() {
    let lead = |id: &str| format!("<p id={id}>{}</p>", "tide ".repeat(25));
    let page = |before: &str, after: &str| {
        format!(
            "<body><div id=col>{before}<div id=story>{}{}{}{}</div>{after}</div></body>",
            word_paragraph("knot", 60),
            word_paragraph("rows", 60),
            word_paragraph("nets", 60),
            word_paragraph("line", 60),
        )
    };
    let on = Options::default();
    let run = format!(
        "{}{}<div id=ad class=slot></div>{}",
        lead("a"),
        lead("b"),
        lead("c")
    );
    assert_eq!(
        titled_root_ids(&page(&run, ""), None, &on),
        ["a", "b", "c", "story"]
    );
    // A box with good text but mostly links (a related box) ends the run.
    let linked = format!(
        "{}{}<div id=r><div><p>{}</p></div><ul><li><a href=/x>{}</a></li></ul></div>{}",
        lead("a"),
        lead("b"),
        "tide ".repeat(25),
        "gull ".repeat(12),
        lead("c")
    );
    assert_eq!(titled_root_ids(&page(&linked, ""), None, &on), ["story"]);
    // So does a chrome-named box kept for the post it embeds.
    let embed = format!(
        "{}{}<div id=e class=social-embed><blockquote class=twitter-tweet><p>{}</p>\
         </blockquote></div>{}",
        lead("a"),
        lead("b"),
        "tide ".repeat(25),
        lead("c")
    );
    assert_eq!(titled_root_ids(&page(&embed, ""), None, &on), ["story"]);
    assert_eq!(titled_root_ids(&page(&lead("c"), ""), None, &on), ["story"]);
    // Together the run needs the share one sibling would: a fifth of the body's 960
    // characters, 192 in two paragraphs of 96 and 96 (or 95).
    let para = |id: &str, chars: usize| {
        format!(
            "<p id={id}>{}{}</p>",
            "tide ".repeat(chars / 4),
            "x".repeat(chars % 4)
        )
    };
    let two = |second: usize| format!("{}{}", para("p", 96), para("q", second));
    assert_eq!(
        titled_root_ids(&page(&two(96), ""), None, &on),
        ["p", "q", "story"]
    );
    assert_eq!(titled_root_ids(&page(&two(95), ""), None, &on), ["story"]);
    assert_eq!(titled_root_ids(&page("", &run), None, &on), ["story"]);
}

/// A box between the headline's and the pick (a standfirst under the headline) joins the
/// pick with any good text; the same box before the headline, or after the pick, needs
/// a share of the pick's; a dateline, a chrome-named or a link-heavy one stays out.
#[test]
fn a_standfirst_between_headline_and_body_joins_the_pick() {
    let paragraph = word_paragraph;
    let page = |before: &str, between: &str, after: &str| {
        format!(
            "<body><div id=col>{before}<div id=head><h1>Mending the nets</h1></div>{between}\
             <div id=story>{}{}{}{}</div>{after}</div></body>",
            paragraph("knot", 60),
            paragraph("rows", 60),
            paragraph("nets", 60),
            paragraph("line", 60),
        )
    };
    // A standfirst of `good_chars` (40) characters, as short as good text gets.
    let dek =
        "<div id=dek><p>Gales along the coast tonight, say forecasters.</p></div>".to_string();
    let title = Some("Mending the nets");
    let on = Options::default();
    assert_eq!(
        titled_root_ids(&page("", &dek, ""), title, &on),
        ["dek", "story"]
    );
    assert_eq!(titled_root_ids(&page(&dek, "", ""), title, &on), ["story"]);
    assert_eq!(titled_root_ids(&page("", "", &dek), title, &on), ["story"]);
    assert_eq!(titled_root_ids(&page("", &dek, ""), None, &on), ["story"]);
    let dateline = "<div id=dek>Published on 21 November 2023 by the harbour office</div>";
    assert_eq!(
        titled_root_ids(&page("", dateline, ""), title, &on),
        ["story"]
    );
    let label = "<div id=dek><p>Photo: the north quay</p></div>";
    assert_eq!(titled_root_ids(&page("", label, ""), title, &on), ["story"]);
    let named = dek.replace("id=dek", "id=dek class=share-bar");
    assert_eq!(
        titled_root_ids(&page("", &named, ""), title, &on),
        ["story"]
    );
    let linked =
        "<div id=dek><p><a href=/x>Gales along the coast tonight, say forecasters.</a></p></div>";
    assert_eq!(
        titled_root_ids(&page("", linked, ""), title, &on),
        ["story"]
    );
}

/// Parts after a heading that closes the article (a comment thread's count, a closing
/// section's name) do not join the pick as its siblings; after any other heading they do.
#[test]
fn no_sibling_joins_after_a_closing_heading() {
    let paragraph = |word: &str| word_paragraph(word, 40);
    let item = |word: &str| format!("<li>{}</li>", format!("{word} ").repeat(40));
    let page = |heading: &str| {
        format!(
            "<body><div id=content><div id=post><h1>Mending the nets</h1>{}{}{}</div>\
             <h3>{heading}</h3><ol id=replies>{}{}</ol></div></body>",
            paragraph("mend"),
            paragraph("knot"),
            paragraph("rows"),
            item("gull"),
            item("tern"),
        )
    };
    let title = Some("Mending the nets");
    let on = Options::default();
    assert_eq!(
        titled_root_ids(&page("2 Responses to “Mending the nets”"), title, &on),
        ["post"]
    );
    assert_eq!(
        titled_root_ids(&page("Related posts:"), title, &on),
        ["post"]
    );
    assert_eq!(
        titled_root_ids(&page("Mending in winter"), title, &on),
        ["post", "replies"]
    );
}

/// The lines kept above the headline (at most 500 characters: a breadcrumb, a kicker)
/// are its chrome; more text above it is article text the heading follows, and stays.
/// Without a title, or with the rule off, nothing above it goes; with the headline rule
/// off, the headline stays and the lines above it still go.
#[test]
fn the_lines_above_the_headline_are_dropped() {
    let story = "The nets are mended in rows, one knot at a time, and the rows are counted so \
                 that no knot is missed by the mender on the long bench by the shed.";
    let page = |above: &str| {
        format!(
            "<body><div id=piece>{above}<h1>Mending the nets</h1><p>{story}</p><p>{story} \
             Each row is checked twice.</p></div></body>"
        )
    };
    let title = Some("Mending the nets");
    let on = Options::default();
    let lines = "<p>Harbour / Nets</p><p>Winter work</p>";
    let texts = titled_texts(&page(lines), title, &on);
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts[0].starts_with("The nets are mended"), "{texts:?}");
    // 500 characters above it go, 504 stay.
    let above = |words: usize| format!("<p>{}</p>", "knot ".repeat(words));
    assert_eq!(titled_texts(&page(&above(125)), title, &on).len(), 2);
    assert_eq!(titled_texts(&page(&above(126)), title, &on).len(), 3);
    assert_eq!(titled_texts(&page(lines), None, &on).len(), 5);
    let off = Options::default().with_rule_disabled(RuleId::AboveHeadline);
    assert_eq!(titled_texts(&page(lines), title, &off).len(), 4);
    let headline_kept = Options::default().with_rule_disabled(RuleId::HeadlineHeading);
    let texts = titled_texts(&page(lines), title, &headline_kept);
    assert_eq!(texts[0], "Mending the nets", "{texts:?}");
    assert_eq!(texts.len(), 3, "{texts:?}");
}

/// Paragraphs of 25 characters or more credit their container, shorter ones (labels,
/// dates) do not; headings never do.
#[test]
fn short_blocks_and_headings_do_not_credit_their_container() {
    let p = |chars: usize| format!("<p>{}</p>", "x".repeat(chars));
    let html = |many: &str| {
        format!(
            "<body><div id=single>{}</div><div id=many>{}</div></body>",
            p(30),
            many.repeat(5)
        )
    };
    assert_eq!(picked_id(&html(&p(25))).as_deref(), Some("many"));
    assert_eq!(picked_id(&html(&p(24))).as_deref(), Some("single"));
    let heading = format!("<h2>{}</h2>", "x".repeat(40));
    assert_eq!(picked_id(&html(&heading)).as_deref(), Some("single"));
}

/// Each paragraph scores a point besides its length: five short paragraphs outweigh one
/// twice as long as all of them; and a point per 100 characters, up to three.
#[test]
fn every_paragraph_scores_a_point() {
    let p = |chars: usize| format!("<p>{}</p>", "x".repeat(chars));
    let html = format!(
        "<body><div id=long>{}</div><div id=several>{}</div></body>",
        p(300),
        p(30).repeat(5)
    );
    assert_eq!(picked_id(&html).as_deref(), Some("several"));
    // With as many paragraphs, the longer ones win.
    let html = format!(
        "<body><div id=short>{}</div><div id=longer>{}</div></body>",
        p(30).repeat(2),
        p(200).repeat(2)
    );
    assert_eq!(picked_id(&html).as_deref(), Some("longer"));
}

/// Credit reaches five ancestors of a paragraph, less at each level up: a box four
/// levels above thirteen separate paragraphs outscores each paragraph's own box, above
/// six it does not.
#[test]
fn credit_fades_over_five_ancestors() {
    let words = "The keeper, the boatman, the cook, the clerk, and the two boys, all of \
                 them, wet, tired, came in at dawn, ate, slept, and rose again.";
    let branch = |id: &str| format!("<x-a id={id}><p>{words}</p></x-a>");
    let html = |n: usize| {
        let chain = |id: &str| format!("<x-d><x-c><x-b>{}</x-b></x-c></x-d>", branch(id));
        let rest: String = (1..n).map(|_| chain("other")).collect();
        format!("<body><div id=deep>{}{rest}</div></body>", chain("first"))
    };
    assert_eq!(picked_id(&html(13)).as_deref(), Some("deep"));
    assert_eq!(picked_id(&html(6)).as_deref(), Some("first"));
}

/// `n` paragraphs of clause-rich prose.
fn prose(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "<p>The keeper, the boatman, the cook, the clerk, and the {i} boys, all of \
                 them, wet, tired, came in at dawn, ate, slept, and rose again.</p>"
            )
        })
        .collect()
}

/// A sibling holding a fair share of the pick's good text joins it; one with little,
/// or one named as chrome, does not.
#[test]
fn siblings_with_a_fair_share_join_the_pick() {
    let html = format!(
        "<body><x-col><div id=story>{}</div><div id=more>{}</div><div id=less>{}</div>\
         </x-col></body>",
        prose(12),
        prose(3),
        prose(1)
    );
    assert_eq!(root_ids(&html, Mode::Balanced), ["story", "more"]);
    // Named as chrome and too long to be pruned for it, a sibling still stays out.
    let html = format!(
        "<body><x-col><div id=story>{}</div><div id=sidebar>{}</div></x-col></body>",
        prose(12),
        prose(9)
    );
    assert_eq!(root_ids(&html, Mode::Precision), ["story"]);
}

/// The pick widens until it holds the mode's share of the good text: in Precision
/// mode, half is enough.
#[test]
fn the_pick_widens_below_its_share_of_good_text() {
    let html = |other: usize| {
        format!(
            "<body><x-col id=col><div id=story>{}</div><div id=other>{}</div></x-col></body>",
            prose(6),
            prose(other)
        )
    };
    assert_eq!(root_ids(&html(6), Mode::Precision), ["story", "other"]);
    assert_eq!(root_ids(&html(5), Mode::Balanced), ["col"]);
}

/// Paragraphs under 40 characters, and excerpts beside linked titles, are no evidence
/// of article text: a box of them next to the story neither widens the pick nor joins
/// it. Beside a half-linked heading they are ordinary paragraphs.
#[test]
fn labels_and_teasers_are_not_good_text() {
    let story = format!("<div id=story>{}</div>", prose(6));
    let labels = "<p>A label of thirty-one letters</p>".repeat(20);
    let html = format!("<body><x-col>{story}<div id=labels>{labels}</div></x-col></body>");
    assert_eq!(root_ids(&html, Mode::Balanced), ["story"]);

    let teaser = |title: &str| {
        format!(
            "<div><h3>{title}</h3><p>An excerpt of the linked story, long enough to read \
             as a paragraph.</p></div>"
        )
    };
    let linked = teaser("<a href=/a>The linked story</a>").repeat(4);
    let html = format!("<body><x-col>{story}<div id=list>{linked}</div></x-col></body>");
    assert_eq!(root_ids(&html, Mode::Balanced), ["story"]);
    let half = teaser("<a href=/a>Linked</a> halves").repeat(4);
    assert_eq!("Linked".len(), " halves".len() - 1);
    let html = format!("<body><x-col>{story}<div id=list>{half}</div></x-col></body>");
    assert_eq!(root_ids(&html, Mode::Balanced), ["story", "list"]);
}

/// A teaser's excerpt may sit beside the `<header>` that holds its linked title, and one
/// element deeper than the title (`<div class=excerpt><p>`): such excerpts are no evidence
/// of article text either. A post under its linked title keeps its body as good text when
/// the body holds more than one block, or one block longer than an excerpt.
#[test]
fn excerpts_beside_a_teasers_header_are_not_good_text() {
    let story = format!("<div id=story>{}</div>", prose(6));
    let excerpt = "An excerpt of the linked story, long enough to read as a paragraph.";
    let header = "<header><h3><a href=/a>The linked story</a></h3></header>";
    let title = "<h3><a href=/a>The linked story</a></h3>";
    for item in [
        format!("<article>{header}<p>{excerpt}</p></article>"),
        format!("<article>{header}<div class=x><p>{excerpt}</p></div></article>"),
        format!("<article>{title}<div class=x><p>{excerpt}</p></div></article>"),
    ] {
        let html = format!(
            "<body><x-col>{story}<div id=list>{}</div></x-col></body>",
            item.repeat(4)
        );
        assert_eq!(root_ids(&html, Mode::Balanced), ["story"], "{item}");
    }
    // Two levels down, or beside an unlinked title, an excerpt is read as good text.
    for item in [
        format!("<article>{title}<div><div><p>{excerpt}</p></div></div></article>"),
        format!("<article><h3>A title</h3><div><p>{excerpt}</p></div></article>"),
    ] {
        let html = format!(
            "<body><x-col>{story}<div id=list>{}</div></x-col></body>",
            item.repeat(4)
        );
        assert_eq!(root_ids(&html, Mode::Balanced), ["story", "list"], "{item}");
    }
    // A post's body under a linked title: several paragraphs, or one long block.
    let post = |body: &str| {
        format!(
            "<body><x-col id=col>{story}<div id=post><h2><a href=/p>A post</a></h2>\
             <div>{body}</div></div></x-col></body>"
        )
    };
    assert_eq!(root_ids(&post(&prose(6)), Mode::Balanced), ["col"]);
    // One block: up to the excerpt's length it is an excerpt, past it a post.
    let most = crate::rules::thresholds::Thresholds::for_mode(Mode::Balanced)
        .container
        .excerpt_chars as usize;
    let block = |chars: usize| post(&format!("<div>{}</div>", "x".repeat(chars)));
    assert_eq!(root_ids(&block(most), Mode::Balanced), ["story"]);
    assert_eq!(root_ids(&block(most + 1), Mode::Balanced), ["col"]);
}

/// A paragraph in an item with a quarter of its text in links is an excerpt of a list,
/// not article text; just under a quarter it still counts.
#[test]
fn paragraphs_in_link_heavy_items_are_not_good_text() {
    let story = format!("<div id=story>{}</div>", prose(6));
    // 60 characters of paragraph, 20 of link: a quarter of the item in links.
    let item = |link: &str| {
        format!(
            "<div><p>{}</p><a href=/more>{link}</a></div>",
            "x".repeat(60)
        )
    };
    let html = |link: &str| {
        format!(
            "<body><x-col>{story}<div id=list>{}</div></x-col></body>",
            item(link).repeat(4)
        )
    };
    assert_eq!(root_ids(&html(&"y".repeat(20)), Mode::Balanced), ["story"]);
    assert_eq!(
        root_ids(&html(&"y".repeat(19)), Mode::Balanced),
        ["story", "list"]
    );
}

/// A sibling with 30% of its text in links stays out of the pick, however much good
/// text it has; just under, it joins.
#[test]
fn a_link_heavy_sibling_stays_out() {
    let html = |link: usize| {
        format!(
            "<body><x-col><div id=story>{}</div><div id=more><div>{}</div><div><a \
             href=/m>{}</a></div></div></x-col></body>",
            prose(12),
            format!("<p>{}</p>", "x".repeat(140)).repeat(3),
            "y".repeat(link)
        )
    };
    assert_eq!(root_ids(&html(180), Mode::Balanced), ["story"]);
    assert_eq!(root_ids(&html(179), Mode::Balanced), ["story", "more"]);
}

/// Widget labels inside the content are dropped, the prose around them kept.
#[test]
fn widget_labels_in_the_content_are_dropped() {
    let html = format!(
        "<body><div id=story>{}<p>Read more</p><p>12 comments</p></div></body>",
        prose(3)
    );
    let kept = selected_texts(&html, Mode::Balanced);
    assert_eq!(kept.len(), 3, "{kept:?}");
}

/// The close buttons and sponsor notes of the ten languages are labels too, in a
/// paragraph of their own; in a table cell they stay.
#[test]
fn close_and_sponsored_labels_in_every_language_are_dropped() {
    for label in [
        "Schließen",
        "Gesponsert",
        "Fermer",
        "Cerrar",
        "Patrocinado",
        "Chiudi",
        "Fechar",
        "Sluiten",
        "Zamknij",
        "Закрыть",
        "閉じる",
        "关闭",
    ] {
        let html = format!(
            "<body><div id=story>{}<p>{label}</p><table><tr><td>{label}</td><td>3</td></tr>\
             </table></div></body>",
            prose(3)
        );
        let kept = selected_texts(&html, Mode::Balanced);
        assert_eq!(
            kept.iter().filter(|k| k.as_str() == label).count(),
            1,
            "{label}: {kept:?}"
        );
    }
}

/// A blog engine's notice where its comment form would be goes as a line of its own, in
/// any of the ten languages; in a sentence that says more, or in a table cell, it stays.
#[test]
fn comment_notices_are_dropped() {
    let kept_after_prose = |extra: &str| {
        let html = format!("<body><div id=story>{}{extra}</div></body>", prose(3));
        selected_texts(&html, Mode::Balanced)
            .into_iter()
            .filter(|k| !k.starts_with("The keeper"))
            .collect::<Vec<_>>()
    };
    for notice in [
        "Comments are closed.",
        "You must be logged in to post a comment.",
        "Kommentare sind geschlossen.",
        "Vous devez être connecté pour publier un commentaire.",
        "Комментарии закрыты.",
        "评论已关闭。",
        "Yorumlar kapatıldı.",
        "댓글이 닫혔습니다.",
        "Bình luận đã bị đóng.",
    ] {
        assert!(
            kept_after_prose(&format!("<p>{notice}</p>")).is_empty(),
            "{notice}"
        );
        let cell = format!("<table><tr><td>{notice}</td></tr></table>");
        assert_eq!(kept_after_prose(&cell), [notice], "{notice} in a cell");
    }
    let sentence = "Comments are closed after 1,100 of them, but you can still read them.";
    assert_eq!(kept_after_prose(&format!("<p>{sentence}</p>")), [sentence]);
}

/// The blocks kept of `extra` set after three paragraphs of prose in one box: what a
/// filter leaves of a line below an article's text.
fn kept_after_prose(extra: &str, options: &Options) -> Vec<String> {
    let html = format!("<body><div id=story>{}{extra}</div></body>", prose(3));
    selected_texts_under(&html, options)
        .into_iter()
        .filter(|k| !k.starts_with("The keeper"))
        .collect()
}

/// A help page's question about itself goes in any of the ten languages, as a line or a
/// heading; in a table cell, without its question mark, with more words, or with the rule
/// off, it stays.
#[test]
fn feedback_prompts_are_dropped() {
    let balanced = Options::default();
    for prompt in [
        "Was this page helpful?",
        "War diese Seite hilfreich?",
        "Cette page a-t-elle été utile ?",
        "¿Le ha resultado útil esta página?",
        "Czy ta strona była pomocna?",
        "このページはお役に立ちましたか？",
        "此页面是否有帮助?",
        "هل كانت هذه الصفحة مفيدة؟",
    ] {
        for html in [format!("<p>{prompt}</p>"), format!("<h2>{prompt}</h2>")] {
            assert!(kept_after_prose(&html, &balanced).is_empty(), "{html}");
        }
        let cell = format!("<table><tr><td>{prompt}</td></tr></table>");
        assert_eq!(
            kept_after_prose(&cell, &balanced),
            [prompt],
            "{prompt} in a cell"
        );
    }
    for line in [
        "Was this page helpful",
        "Was this page helpful to the committee?",
        "Was it helpful?",
    ] {
        assert_eq!(
            kept_after_prose(&format!("<p>{line}</p>"), &balanced),
            [line]
        );
    }
    let off = Options::default().with_rule_disabled(RuleId::WidgetLabels);
    let prompt = "Was this article helpful?";
    assert_eq!(
        kept_after_prose(&format!("<p>{prompt}</p>"), &off),
        [prompt]
    );
}

/// A reading-time estimate goes, alone or beside its date, in each language; a recipe's
/// times, prose about reading and the same words in a table cell, a list item or a heading
/// stay.
#[test]
fn reading_times_are_dropped() {
    let balanced = Options::default();
    for estimate in [
        "7 min read",
        "3 MIN. READ",
        "< 5-minute read",
        "Reading time: 11 minutes",
        "Mar 14, 2024 · 7 min read",
        "7 min read | 14 March 2024",
        "Lesezeit: 4 Min.",
        "4 Minuten Lesezeit",
        "Temps de lecture : 5 min",
        "Tiempo de lectura: 3 minutos",
        "4 minuti di lettura",
        "Tempo de leitura: 1 minuto",
        "Leestijd: 3 minuten",
        "Czas czytania: 5 min",
        "Время чтения: 5 минут",
        "読了時間：約3分",
        "この記事は約3分で読めます",
        "2.5 min read",
        "Lesezeit: 1,5 Min.",
        "阅读时间：5分钟",
        "3분 읽기",
        "Okuma süresi: 4 dk",
        "3 دقائق قراءة",
        "5 menit baca",
        "Waktu baca: 3 menit",
        "12 Maret 2024 · Waktu baca 3 menit",
        "Lesezeit: ca. 4 Min.",
        "Lesezeit ca 4 Min.",
        "読了時間 約3分",
        "Lästid: 4 min",
        "Doba čtení: 3 minuty",
        "Thời gian đọc: 3 phút",
        "Час читання: 4 хв",
        "وقت القراءة: ٣ دقائق",
        "Timp de citire: 3 minute",
        "Olvasási idő: 5 perc",
        "Χρόνος ανάγνωσης: 4 λεπτά",
        "Δευτέρα 12 Σεπτεμβρίου 2024 · Χρόνος ανάγνωσης: 10 λεπτά",
        "זמן קריאה: 3 דקות",
        "पढ़ने का समय: 3 मिनट",
        "زمان مطالعه: 5 دقیقه",
        "زمان مطالعه: ۵ دقیقه",
        "पढ़ने का समय: ३ मिनट",
        "ใช้เวลาอ่าน 3 นาที",
        "อ่าน ๕ นาที",
    ] {
        assert!(
            kept_after_prose(&format!("<p>{estimate}</p>"), &balanced).is_empty(),
            "{estimate}"
        );
        for html in [
            format!("<table><tr><td>{estimate}</td></tr></table>"),
            format!("<ul><li>{estimate}</li></ul>"),
            format!("<h3>{estimate}</h3>"),
        ] {
            assert_eq!(kept_after_prose(&html, &balanced), [estimate], "{html}");
        }
    }
    for line in [
        "Prep time: 5 min",
        "Cook time: 20 minutes",
        "Read 5 books",
        "It takes 5 min to read the whole guide.",
        "Mar 14, 2024",
        "Reading time",
        "7 minutes read aloud by the author, then questions",
        "Mar 14, 2024 · Harbour news",
        "12 read",
    ] {
        assert_eq!(
            kept_after_prose(&format!("<p>{line}</p>"), &balanced),
            [line]
        );
    }
    // Lines are read up to 80 characters, not bytes: an estimate among many dates is not a
    // widget.
    let padded = |estimate: &str, dates: &str, len: usize| {
        let pad = len - estimate.chars().count() - dates.chars().count();
        format!("{estimate}{}{dates}", " ".repeat(pad))
    };
    for (estimate, dates) in [
        (
            "7 min read",
            "· March 14, 2024 · March 15, 2024 · March 16, 2024",
        ),
        ("Χρόνος ανάγνωσης: 4 λεπτά", "· 14 Μαρτίου 2024"),
    ] {
        assert!(is_reading_time(&padded(estimate, dates, 80)), "{estimate}");
        assert!(!is_reading_time(&padded(estimate, dates, 81)), "{estimate}");
    }
    let off = Options::default().with_rule_disabled(RuleId::WidgetLabels);
    assert_eq!(kept_after_prose("<p>7 min read</p>", &off), ["7 min read"]);
}

/// A count beside a button is the button's figure (claps, replies) and goes; a rating, a
/// count in a table cell or a count with no button near it stays.
#[test]
fn counts_beside_buttons_are_dropped() {
    let balanced = Options::default();
    for count in ["18", "2,699", "1.245", "1.2K", "3M", "120000"] {
        for html in [
            format!("<div><button aria-label=clap></button><p>{count}</p></div>"),
            format!("<div><button>Like</button> <span>{count}</span></div>"),
        ] {
            assert!(kept_after_prose(&html, &balanced).is_empty(), "{html}");
        }
    }
    // A player's length beside its play button goes too.
    // Up to 16 bytes: "12345678 minutes" is read, "123456789 minutes" is not.
    for length in ["3 min", "3:24", "1:02:03", "12 Minuten", "12345678 minutes"] {
        let html = format!("<div><button>Play</button> <span>{length}</span></div>");
        assert!(kept_after_prose(&html, &balanced).is_empty(), "{html}");
    }
    for text in [
        "8.4",
        "1.2",
        "1,24",
        "1234567",
        "12a",
        "K",
        "1.K",
        "Chapter 18",
        "123:45",
        "3:4:5:6",
        "3:",
        "3 minutes and a half",
        "123456789 minutes",
    ] {
        let html = format!("<div><button aria-label=rate></button><p>{text}</p></div>");
        assert_eq!(kept_after_prose(&html, &balanced), [text], "{html}");
    }
    let cell = "<table><tr><td><button>+</button> 18</td></tr></table>";
    assert_eq!(kept_after_prose(cell, &balanced), ["18"]);
    let item = "<ul><li><button>+</button> 18</li></ul>";
    assert_eq!(kept_after_prose(item, &balanced), ["18"]);
    assert_eq!(kept_after_prose("<div><p>18</p></div>", &balanced), ["18"]);
    let off = Options::default().with_rule_disabled(RuleId::WidgetLabels);
    let bar = "<div><button aria-label=clap></button><p>18</p></div>";
    assert_eq!(kept_after_prose(bar, &off), ["18"]);
}

/// Every label a link row is read for is shorter than the characters read for it: the
/// row's early rejection leans on it.
#[test]
fn link_row_labels_fit_the_characters_read() {
    use crate::rules::vocabulary::{words, CLOSING_SECTION_HEADINGS, LINK_ROW_LABELS};
    for label in words(LINK_ROW_LABELS).chain(words(CLOSING_SECTION_HEADINGS)) {
        assert!(label.chars().count() < LINK_ROW_LABEL_CHARS, "{label}");
    }
}

/// A table of contents' title goes when a box around it links to the page's own anchors,
/// heading or not, in any of the ten languages; over a list of what a parcel holds, over
/// links to other pages, in a table cell, or with the rule off, it stays.
#[test]
fn a_table_of_contents_title_goes_with_its_anchors() {
    let page = |toc: &str| {
        format!(
            "<body><div id=story><p>The harbour office keeps the tide tables.</p>{toc}{}</div></body>",
            prose(3)
        )
    };
    let kept = |html: &str, options: &Options| {
        selected_texts_under(html, options)
            .into_iter()
            .filter(|k| !k.starts_with("The keeper") && !k.starts_with("The harbour office"))
            .collect::<Vec<_>>()
    };
    let balanced = Options::default();
    let anchors = "<ol><li><a href=#tides>Tides</a></li><li><a href=#ferries>Ferries</a></li></ol>";
    for title in [
        "<p class=toc-title>Table of Contents</p>",
        "<h2>Contents</h2>",
        "<div><span>Inhaltsverzeichnis</span></div>",
        "<p>Содержание</p>",
        "<p>目次</p>",
    ] {
        let html = page(&format!("<div class=x>{title}<nav>{anchors}</nav></div>"));
        assert!(
            kept(&html, &balanced).is_empty(),
            "{title}: {:?}",
            kept(&html, &balanced)
        );
    }
    // The title as text beside its list, in one box.
    let beside = page(&format!("<div>Inhoudsopgave{anchors}</div>"));
    assert!(
        kept(&beside, &balanced).is_empty(),
        "{:?}",
        kept(&beside, &balanced)
    );
    let parcel =
        "<h2>Contents</h2><ul><li>One kettle and its lid.</li><li>A tea strainer.</li></ul>";
    assert_eq!(
        kept(&page(parcel), &balanced),
        ["Contents", "One kettle and its lid.", "A tea strainer."]
    );
    let chapters = "<div><h2>Table of Contents</h2><p><a href=/tides.html>Tides</a></p></div>";
    assert!(kept(&page(chapters), &balanced).contains(&"Table of Contents".to_string()));
    // A bare "#" is a script's link, and the title's own link (a toggle) is not its list.
    for near in [
        "<div><h2>Contents</h2><p><a href=#>Show</a> the harbour's tide tables.</p></div>",
        "<div><h2><a href=#toc>Contents</a></h2><p>The harbour's tide tables.</p></div>",
    ] {
        assert!(
            kept(&page(near), &balanced).contains(&"Contents".to_string()),
            "{near}"
        );
    }
    let off = Options::default().with_rule_disabled(RuleId::WidgetLabels);
    let html = page(&format!("<div><h2>Contents</h2>{anchors}</div>"));
    assert!(kept(&html, &off).contains(&"Contents".to_string()));
    let cell = page(&format!(
        "<table><tr><td>Contents</td><td>{anchors}</td></tr></table>"
    ));
    assert!(kept(&cell, &balanced).contains(&"Contents".to_string()));
}

/// A tags or share line, its label before a colon and nothing but links and separators
/// after it, goes in any of the ten languages; with words of its own after the label, as
/// a list item or a table cell, or with the rule off, it stays.
#[test]
fn labelled_rows_of_links_are_dropped() {
    let page = |row: &str| format!("<body><div id=story>{}<p>{row}</p></div></body>", prose(3));
    let row_kept = |html: &str, options: &Options| {
        selected_texts_under(html, options)
            .iter()
            .any(|k| !k.starts_with("The keeper"))
    };
    let balanced = Options::default();
    let off = Options::default().with_rule_disabled(RuleId::WidgetLabels);
    for row in [
        "Tags: <a href=/t/h>harbour</a>, <a href=/t/f>ferries</a>",
        "Share this article: <a href=#f>Facebook</a> | <a href=#x>X</a> · <a href=#w>WhatsApp</a>",
        "Schlagworte: <a href=/t/h>Hafen</a> <a href=/t/v>Verkehr</a>",
        "Etiquetas: <a href=/t/m>mercado</a>",
        "Теги: <a href=/t/m>мост</a>, <a href=/t/g>город</a>",
        "标签：<a href=/t/1>渡轮</a> <a href=/t/2>港口</a>",
        // A "read also" line, with its colon or, for a closing section's name, without.
        "<b>Lesen Sie auch:</b> <a href=/x>Nordanleger zwei Wochen gesperrt</a>",
        "Read also: <a href=/x>Pier repairs</a>",
        "Mehr zum Thema <a href=/t/f>Fähre</a> <a href=/t/v>Verkehr</a>",
        "Related posts <a href=/1>Harbour lights</a> · <a href=/2>Tide tables</a>",
        // More separators than a label has letters.
        &format!(
            "Tags: {}",
            (0..45)
                .map(|i| format!("<a href=/t/{i}>t{i}</a>"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        // A short question leading in to the label.
        "<b>Gostou da receita?</b> Compartilhe: <a href=#w>WhatsApp</a> <a href=#p>Pinterest</a>",
    ] {
        assert!(!row_kept(&page(row), &balanced), "{row}");
        assert!(row_kept(&page(row), &off), "{row}, rule off");
    }
    for row in [
        // Words of the row's own outside its links, one letter of them is enough.
        "Tags: <a href=/t/h>harbour</a> and the ferries that run to the islands",
        "Tags: <a href=/t/h>harbour</a>, <a href=/t/f>ferries</a> x",
        "Share: the share of votes for the <a href=/p>harbour plan</a> rose to a third",
        // No link at all, or a label that opens no link row.
        "Tags: harbour, ferries",
        "Ferries: <a href=/f/1>North</a>, <a href=/f/2>South</a>",
        // A label before a colon that is not listed, though a listed one starts it; a
        // row label without its colon; a closing name that only starts a word.
        "Read more here: <a href=/x>www.example.com/harbour</a>",
        "Posted in <a href=/c/news>News Release</a>",
        "Related postsynaptic <a href=/n>neurons</a>",
        // A lead-in whose last clause is no label, or too long to be a label's.
        "Why share? Because: <a href=/w>the harbour</a>",
        // One letter past the label's words and the separators outside it.
        "Mots-clés : <a href=/t/p>port</a> z",
        "Did the harbour office open in the year 1890? Tags: <a href=/t/h>harbour</a>",
    ] {
        assert!(row_kept(&page(row), &balanced), "{row}");
    }
    // As a list item or a table cell (few links for their text) the line stays.
    let row = "Share this article: <a href=#x>X</a>";
    for wrapped in [
        format!("<ul><li>{row}</li></ul>"),
        format!("<table><tr><td>{row}</td></tr></table>"),
    ] {
        let html = format!("<body><div id=story>{}{wrapped}</div></body>", prose(3));
        assert!(row_kept(&html, &balanced), "{wrapped}");
    }
}

/// Labels are read in paragraphs only: a price table's "Close" column, an election
/// table's "1,204 votes", a list item "Share" and an h2 "Subscribe" over its section stay;
/// a counter heading ("0 Comments") does not.
#[test]
fn labels_in_cells_items_and_headings_stay() {
    let html = format!(
        "<body><div id=story>{}<table><tr><th>Open</th><th>Close</th></tr>\
         <tr><td>1,204 votes</td><td>12.40</td></tr></table>\
         <ul><li>Share</li><li>Keep the ticket.</li></ul>\
         <h2>Subscribe</h2><p>Write to the harbour office to have the bulletin posted to you.</p>\
         <h3>0 Comments</h3><p>Paragraph under the counter heading, long enough to count.</p>\
         </div></body>",
        prose(3)
    );
    let kept = selected_texts(&html, Mode::Balanced);
    for stays in ["Close", "1,204 votes", "Share", "Subscribe"] {
        assert!(kept.iter().any(|k| k == stays), "{stays}: {kept:?}");
    }
    assert!(!kept.iter().any(|k| k == "0 Comments"), "{kept:?}");
}

/// Headings with nothing under them stay, linked (a listing's entry titles) or not: a
/// section whose content other rules dropped is still a section of the page.
#[test]
fn headings_with_nothing_under_them_stay() {
    let html = |run: usize, title: &dyn Fn(usize) -> String| {
        let titles: String = (1..=run)
            .map(|n| format!("<h3>{}</h3>", title(n)))
            .collect();
        format!("<body><div id=story>{}{titles}</div></body>", prose(3))
    };
    let linked = |n| format!("<a href=/s{n}>Story number {n}</a>");
    let kept = selected_texts(&html(3, &linked), Mode::Balanced);
    assert_eq!(kept.len(), 6, "{kept:?}");
    let unlinked = selected_texts(&html(3, &|n| format!("Story number {n}")), Mode::Balanced);
    assert_eq!(unlinked.len(), 6, "{unlinked:?}");
    let one = selected_texts(&html(1, &|n| format!("Story number {n}")), Mode::Balanced);
    assert_eq!(
        one.last().map(String::as_str),
        Some("Story number 1"),
        "{one:?}"
    );
}

/// `n` entries of a listing in `open` elements (`<li>`, `<div class=..>`), each with
/// its own text of `chars` visible characters.
fn entries(n: usize, open: &str, close: &str, chars: usize) -> String {
    (0..n)
        .map(|i| {
            let name = format!("Entry{i}:");
            format!("{open}{name}{}{close}", "x".repeat(chars - name.len()))
        })
        .collect()
}

/// Children of one shape (tag and class) holding at least half their parent's text
/// are a listing; under half they are not.
#[test]
fn a_listing_is_repeated_children_with_half_the_text() {
    let page = |other: usize| {
        format!(
            "<body><ul id=grid>{}<p>{}</p></ul></body>",
            entries(3, "<li>", "</li>", 50),
            "z".repeat(other)
        )
    };
    assert_eq!(listing_id(&page(150)).as_deref(), Some("grid"));
    assert_eq!(listing_id(&page(151)), None);
    // Classed cards the same.
    let cards = format!(
        "<body><div id=grid>{}<p>{}</p></div></body>",
        entries(4, "<div class=card>", "</div>", 50),
        "z".repeat(120)
    );
    assert_eq!(listing_id(&cards).as_deref(), Some("grid"));
}

/// Cards that share one class word (shops give each its own id in the class) are a
/// group too, unless one card holds half the group's text.
#[test]
fn cards_sharing_a_class_word_are_a_listing_of_alike_cards() {
    let card = |i: usize, chars: usize| {
        format!(
            "<div class='product post-{i}'>Product {i} {}</div>",
            "x".repeat(chars)
        )
    };
    let page = |big: usize| {
        format!(
            "<body><div id=shop>{}{}{}</div></body>",
            card(1, 60),
            card(2, 60),
            card(3, big)
        )
    };
    assert_eq!(listing_id(&page(60)).as_deref(), Some("shop"));
    // Visible characters (no spaces): 68, 68, and 8 + 128 for the third, half of all.
    assert_eq!(listing_id(&page(128)), None);
    assert_eq!(listing_id(&page(127)).as_deref(), Some("shop"));
}

/// A listing must show three different texts: cards with one badge each list nothing.
#[test]
fn a_listing_shows_three_different_texts() {
    let page = |n: usize| {
        let items: String = (0..6)
            .map(|i| format!("<li>Badge number {} of the shop</li>", i % n))
            .collect();
        format!("<body><ul id=grid>{items}</ul></body>")
    };
    assert_eq!(listing_id(&page(3)).as_deref(), Some("grid"));
    assert_eq!(listing_id(&page(2)), None);
}

/// Of two lists of the same weight the first wins.
#[test]
fn the_first_of_two_equal_listings_wins() {
    let html = format!(
        "<body><ul id=first>{}</ul><ul id=second>{}<h4>{}</h4></ul></body>",
        entries(4, "<li>", "</li>", 50),
        entries(4, "<li>", "</li>", 50),
        "Second list"
    );
    assert_eq!(listing_id(&html).as_deref(), Some("first"));
}

/// A second copy of a passage goes with the short lines seen before inside it; a new
/// short line in it stays.
#[test]
fn short_lines_new_in_a_copy_stay() {
    let passage: Vec<String> = (0..5).map(sentence).collect();
    let mut page = passage.clone();
    page.insert(2, "Figure 1".to_string());
    let mut copy = passage.clone();
    copy.insert(2, "Figure 1".to_string());
    copy.insert(4, "Figure 2".to_string());
    page.extend(copy);
    let mut expected = page[..6].to_vec();
    expected.push("Figure 2".to_string());
    assert_eq!(kept_texts(&page), expected);
}

/// A repeated run is a copy when it is three blocks and 300 characters, or 400
/// characters however many blocks: two blocks of 350, or three of 285, stay.
#[test]
fn a_copy_is_long_in_blocks_and_characters_or_in_characters() {
    let text = |chars: usize, n: usize| {
        let head = format!("Block {n} ");
        format!("{head}{}", "x".repeat(chars - head.len()))
    };
    let shown_twice = |run: Vec<String>| {
        let mut page = run.clone();
        page.push(sentence(9));
        page.extend(run);
        page
    };
    let two = shown_twice(vec![text(175, 1), text(175, 2)]);
    assert_eq!(kept_texts(&two), two);
    let three = shown_twice(vec![text(95, 1), text(95, 2), text(95, 3)]);
    assert_eq!(kept_texts(&three), three);
    let three = shown_twice(vec![text(100, 1), text(100, 2), text(100, 3)]);
    assert_eq!(kept_texts(&three).len(), 4);
    let one = shown_twice(vec![text(400, 1)]);
    assert_eq!(kept_texts(&one).len(), 2);
    let one = shown_twice(vec![text(399, 1)]);
    assert_eq!(kept_texts(&one).len(), 3);
}

/// A paragraph may hold 0.2 more link text than other blocks (up to 0.7 when short, 0.8
/// when long): prose written around its links. A list item or bare text with the same
/// share is a row of links, and a paragraph past the allowance (a line of tags) goes.
#[test]
fn paragraphs_may_hold_more_links_than_rows() {
    let rules = Rules::default();
    let of = |kind: BlockKind, chars: usize, link_chars: u32| Block {
        kind,
        link_chars,
        ..block(&"a".repeat(chars))
    };
    // Short (under 150 characters): 0.5 for rows, 0.7 for paragraphs.
    assert!(keep_block(&of(BlockKind::Paragraph, 100, 70), &rules));
    assert!(!keep_block(&of(BlockKind::Paragraph, 100, 71), &rules));
    assert!(keep_block(&of(BlockKind::ListItem, 100, 50), &rules));
    assert!(!keep_block(&of(BlockKind::ListItem, 100, 51), &rules));
    assert!(!keep_block(&of(BlockKind::Other, 100, 51), &rules));
    // Long: 0.6 for rows, 0.8 for paragraphs.
    assert!(keep_block(&of(BlockKind::Paragraph, 200, 160), &rules));
    assert!(!keep_block(&of(BlockKind::Paragraph, 200, 161), &rules));
    assert!(keep_block(&of(BlockKind::TableCell, 200, 120), &rules));
    assert!(!keep_block(&of(BlockKind::TableCell, 200, 121), &rules));
    // A paragraph of tags, every word a link, goes however it is written.
    assert!(!keep_block(&of(BlockKind::Paragraph, 60, 60), &rules));
}

/// The items of a list a kept line announces with a colon stay, links and all ("Other
/// deals:" above product links with their prices); an item that is only a link goes,
/// and so do link-heavy items no line announces or whose announcement a kept paragraph
/// without a colon ended. Off, the items go as link-heavy rows.
#[test]
fn items_of_an_announced_list_stay_though_links_fill_them() {
    let deal = |n: usize| {
        format!(
            "<li><a href=/d/{n}>Portable drive number {n} with a rugged case</a> for ${n}9</li>"
        )
    };
    let page = |announcement: &str, between: &str| {
        format!(
            "<body><div id=post><p>{}</p><p>{announcement}</p>{between}<ul>{}{}\
             <li><a href=/r>Only a link to another story</a></li></ul></div></body>",
            sentence(40),
            deal(1),
            deal(2)
        )
    };
    let texts = |html: &str, mode: Mode| selected_texts(html, mode);
    let kept = texts(&page("Other deals:", ""), Mode::Balanced);
    assert!(
        kept.iter()
            .any(|t| t.starts_with("Portable drive number 1")),
        "{kept:?}"
    );
    // A full-width colon announces as well.
    let kept_wide = texts(&page("其他优惠：", ""), Mode::Balanced);
    assert!(
        kept_wide
            .iter()
            .any(|t| t.starts_with("Portable drive number 1")),
        "{kept_wide:?}"
    );
    assert!(
        kept.iter()
            .any(|t| t.starts_with("Portable drive number 2")),
        "{kept:?}"
    );
    assert!(
        !kept.iter().any(|t| t.starts_with("Only a link")),
        "{kept:?}"
    );
    for (announcement, between) in [
        ("Other deals", ""),
        (
            "Other deals:",
            "<p>Prices change daily and stock is limited.</p>",
        ),
    ] {
        let kept = texts(&page(announcement, between), Mode::Balanced);
        assert!(!kept.iter().any(|t| t.starts_with("Portable")), "{kept:?}");
    }
    // A line the filters drop (a share link) between them does not end it.
    let shared = page(
        "Other deals:",
        "<div><a href=/s>Share these deals</a></div>",
    );
    let kept = texts(&shared, Mode::Balanced);
    assert!(
        kept.iter()
            .any(|t| t.starts_with("Portable drive number 1")),
        "{kept:?}"
    );
    let off = selected_texts_under(
        &page("Other deals:", ""),
        &Options::default().with_rule_disabled(RuleId::AnnouncedLists),
    );
    assert!(!off.iter().any(|t| t.starts_with("Portable")), "{off:?}");
}

/// The headings a listing keeps, for cards whose heading is `heading(i)` beside a picture.
fn listed_headings(heading: impl Fn(usize) -> String) -> Vec<String> {
    let cards: String = (0..4)
        .map(|i| {
            format!(
                "<div class=card><div class=box><div class=media><img src=/p{i}.jpg></div>\
                 <h2>{}</h2></div><p>Price {i}.50</p></div>",
                heading(i)
            )
        })
        .collect();
    let html = format!("<body><div id=grid>{cards}</div></body>");
    with_first_pass(&html, Mode::Balanced, |page, first| {
        let listing = select_listing(page, &first.pruned, &first.stats, &first.blocks);
        listing.map_or(Vec::new(), |l| {
            l.selection
                .blocks
                .iter()
                .filter(|&&i| matches!(first.blocks[i].kind, BlockKind::Heading(_)))
                .map(|&i| first.blocks[i].text.clone())
                .collect()
        })
    })
}

/// In a listing, a card's linked heading beside its picture is the card's title; a
/// heading only half linked alone in a box with a picture still labels it.
#[test]
fn a_listing_keeps_linked_card_titles_only() {
    let linked = listed_headings(|i| format!("<a href=/p/{i}>Teapot{i}</a>"));
    assert_eq!(linked, ["Teapot0", "Teapot1", "Teapot2", "Teapot3"]);
    let half = listed_headings(|i| format!("<a href=/p/{i}>Tea{i}</a>Pot{i}"));
    assert!(half.is_empty(), "{half:?}");
}

/// A heading's or a label's name drops its trailing colon, full-width or not.
#[test]
fn section_names_drop_their_colon() {
    assert_eq!(section_name("  Related posts: "), "related posts");
    assert_eq!(section_name("相关文章："), "相关文章");
    assert_eq!(section_name("İlgili Haberler"), "ilgili haberler");
    assert_eq!(section_name("۱۲ نظر"), "12 نظر");
}

/// A Chinese character weighs what two letters do: an article of one-line Chinese
/// paragraphs outweighs a box about the paper beside it, as the same page in English
/// does, while a column of short notices beside long Chinese paragraphs stays out.
#[test]
fn short_chinese_paragraphs_weigh_what_english_ones_do() {
    const HEADLINE: &str = "老城区今年将新增三座口袋公园";
    let page = |paragraphs: &[&str], side: &str| {
        let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>")).collect();
        format!(
            "<body><div class=layout><div class=left><h1>{HEADLINE}</h1>{body}</div>\
             <div class=right>{side}</div></div></body>"
        )
    };
    let kept_of = |html: &str| titled_texts(html, Some(HEADLINE), &Options::default());
    let about = "<div class=box><h3>关于我们</h3><p>江城日报创办于一九八五年，是本市历史最悠久的综合性日报\
                 之一，长期关注城市建设、社区生活和文化教育，致力于为读者提供真实、及时、有温度的本地新闻报道。</p></div>\
                 <div class=box><h3>热门文章</h3><ul><li><a href=/a/1>地铁三号线下月开通试运营</a></li>\
                 <li><a href=/a/2>江边夜市本周末重新开放</a></li><li><a href=/a/3>市图书馆延长周末开放时间</a>\
                 </li></ul></div>";
    let short = [
        "市园林局昨天表示，老城区今年将利用闲置空地新建三座口袋公园。",
        "新公园分别位于东门菜市场旁、文化路口和老火车站南侧。",
        "每座公园面积不大，但都会设置座椅、树荫和儿童游戏区。",
        "园林局负责人说，选址前已经征求了周边居民的意见。",
        "预计第一座公园将在今年六月向市民开放。",
    ];
    let kept = kept_of(&page(&short, about));
    assert!(kept.iter().any(|k| k.starts_with("市园林局")), "{kept:?}");
    assert!(
        !kept
            .iter()
            .any(|k| k.contains("关于我们") || k.contains("江城日报")),
        "{kept:?}"
    );

    let notices = "<div>今日天气 晴 十八度</div><div>热搜 地铁 夜市 图书馆</div>\
                   <div>本报热线电话欢迎读者来电</div>";
    let long = [
        "停航三个月的江心岛渡轮于本周一恢复运营。航运公司表示，停航期间对两艘渡轮进行了全面检修，\
         更换了发动机和救生设备，并重新粉刷了船体，乘客可以在新的候船室等候上船。",
        "恢复运营后，渡轮每天早上六点半发出首班，晚上九点结束末班，高峰时段每二十分钟一班。\
         票价与停航前相同，持市民卡的乘客可以享受半价优惠，老人和儿童免费乘坐。",
    ];
    let kept = kept_of(&page(&long, notices));
    assert_eq!(kept.len(), 2, "{kept:?}");
    assert!(
        !kept
            .iter()
            .any(|k| k.contains("天气") || k.contains("热线")),
        "{kept:?}"
    );
}

/// A typographic apostrophe reads as the straight one the vocabularies write: in widget
/// labels, section names, prompts and notices. A left quotation mark, a missing
/// apostrophe or a longer line do not.
#[test]
fn typographic_apostrophes_read_as_straight_ones() {
    assert_eq!(
        section_name("À propos de l’auteur :"),
        "à propos de l'auteur"
    );
    assert_eq!(section_name("Sull’autore"), "sull'autore");
    assert_eq!(widget_label("S’abonner", LABEL_LEN), Some(Label::Words));
    assert_eq!(widget_label("Sʼabonner", LABEL_LEN), Some(Label::Words));
    let prompt = "t'ha estat útil aquesta pàgina";
    let reads = |text: &str, word: &str| reads_as(&straight_apostrophes(text), word);
    for text in [
        prompt,
        "T’ha estat útil aquesta pàgina",
        "Tʼha estat útil aquesta pàgina",
    ] {
        assert!(reads(text, prompt), "{text}");
    }
    for text in [
        "T‘ha estat útil aquesta pàgina",
        "Tha estat útil aquesta pàgina",
        "T’ha estat útil aquesta pàgina!",
        "T’ha estat útil aquesta pàgin",
    ] {
        assert!(!reads(text, prompt), "{text}");
    }
    assert!(reads("L’A", "l'a") && !reads("l’ab", "l'a") && !reads("l", "l'a"));
    assert!(matches!(straight_apostrophes("l'a"), Cow::Borrowed("l'a")));
    assert_eq!(straight_apostrophes("l’aʼb‘"), "l'a'b‘");
    let kept = kept_after_prose(
        "<h3>À propos de l’auteur</h3><p>Marie Dupont couvre la vie municipale depuis dix ans \
         pour la rédaction locale.</p><p>Sʼabonner</p>",
        &Options::default(),
    );
    assert!(kept.is_empty(), "{kept:?}");
}
