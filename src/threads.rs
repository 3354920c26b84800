//! Comment threads: the replies under a post. They are not the article, however long they
//! grow (on old blogs the thread often outweighs the post and became the pick), but a
//! reader may want them: they are left out of the content and offered apart
//! ([`crate::Article::comments`]).
//!
//! A thread is found by its name (`comments`, `replies`, a Disqus box) or by its
//! structure: sibling items of one tag, most of them carrying the marks of a comment (a
//! date, a reply link, an avatar, a permalink, an author line). Found by structure alone,
//! it counts only beside a post: with little text outside it, the repeated items are the
//! page itself (an undeclared forum thread).

use html5ever::local_name;

use crate::blocks::segment;
use crate::dom::{Document, Edge, NodeData, NodeId, Pruned};
use crate::features::TextStats;
use crate::names::NameSignal;
use crate::prune::is_page_frame;
use crate::render::plain_text;
use crate::rules::vocabulary::{contains, words, COMMENT_HEADER_SUFFIXES, REPLY_LABELS};
use crate::rules::{RuleId, Rules};
use crate::select::keep_block;

/// Nodes of an item read for the marks of a comment: a comment's header comes first.
const ITEM_SCAN: usize = 64;
/// Items of a tag read under one parent: enough to tell a thread, bounded per parent.
const ITEMS_READ: usize = 8;

/// The outermost comment threads under `root`, outside what `hard` removed. None on a
/// discussion page, whose thread is its content.
///
/// `stats` are the text sizes under `hard`; `named_stats` gives them under class-name
/// pruning as well, asked only when a candidate's items read as comments: the post beside
/// a thread is measured without the sidebars and menus that names remove, or a forum whose
/// opening post sits in its replies' container would count its sidebar as the post.
pub(crate) fn find_threads<'s>(
    doc: &Document,
    root: NodeId,
    hard: &Pruned,
    signals: &[NameSignal],
    stats: &TextStats,
    named_stats: impl Fn() -> &'s TextStats,
    rules: &Rules,
) -> Vec<NodeId> {
    let t = &rules.thresholds.threads;
    let class_places = std::cell::OnceCell::new();
    let mut threads = Vec::new();
    // The items of inline runs, each a thread of its own (see `inline_run`).
    let mut in_run = std::collections::HashSet::new();
    let mut walk = doc.preorder(root);
    while let Some(id) = walk.next() {
        if hard.is_removed(id) {
            walk.skip_children_of(id);
            continue;
        }
        // The page's own frame is never a thread (WordPress writes `comments-open` on
        // the body, `<main>` and `<article>` of every post).
        if id == root
            || doc
                .element(id)
                .is_none_or(|el| is_page_frame(&el.name.local))
        {
            continue;
        }
        let named = rules.on(RuleId::NamedThreads) && names_thread(&signals[id.index()]);
        // The post: text outside links and outside the thread, enough of it (without what
        // class names remove: a sidebar is not a post) and a fair share of the thread's (a
        // page that is one long thread is a forum). The share is asked of the text before
        // names prune, as the thread's own size is: names cut into both.
        let post_chars = |stats: &TextStats, thread: &[NodeId]| {
            // Saturating: link text is counted per `<a>`, so links nested by broken markup
            // can count more link text than text.
            let (chars, links) = thread.iter().fold((0u32, 0u32), |(chars, links), node| {
                (
                    chars.saturating_add(stats.chars[node.index()]),
                    links.saturating_add(stats.link_chars[node.index()]),
                )
            });
            let outside = stats.chars[root.index()].saturating_sub(chars);
            let outside_links = stats.link_chars[root.index()].saturating_sub(links);
            outside.saturating_sub(outside_links)
        };
        let beside_post = |thread: &[NodeId]| {
            let post = post_chars(stats, thread);
            let thread_chars = thread
                .iter()
                .map(|node| stats.chars[node.index()])
                .sum::<u32>();
            post >= t.post_chars && t.post_share.reached(post.into(), thread_chars.into())
        };
        // A forum writes its opening post as one of the items, in another container: a
        // comment's text holder whose class is found outside the items makes them the
        // page's posts, not a thread under one. Every item read is asked: a short reply's
        // text holder can be its author line.
        let post_is_an_item = |item: NodeId| {
            let places = class_places.get_or_init(|| ClassPlaces::new(doc, root, hard));
            text_path_classes(doc, item, stats)
                .into_iter()
                .any(|class| places.outside(class, id))
        };
        let by_structure = rules.on(RuleId::ThreadStructure) && stats.chars[id.index()] > 0;
        // The children that read as comments, read once for both shapes of thread below.
        let comment_children = std::cell::OnceCell::new();
        let items = || comment_children.get_or_init(|| comment_items(doc, id, signals, t.items));
        // The post can sit in the items' own container, before them (a table cell holding
        // an old blog's post and its replies): then the container is not the thread, the
        // run of items is (`inline_run`), or the post goes with its replies.
        let post_before_items = || {
            items()
                .as_ref()
                .and_then(|items| items.first())
                .is_some_and(|&first| {
                    let unlinked = doc
                        .children(id)
                        .take_while(|&child| child != first)
                        .map(|child| {
                            let at = child.index();
                            stats.chars[at].saturating_sub(stats.link_chars[at])
                        })
                        .fold(0u32, u32::saturating_add);
                    unlinked >= t.post_chars
                })
        };
        let structured = || {
            by_structure
                // Cheap, so it is asked before the items are read.
                && beside_post(&[id])
                && !post_before_items()
                && items()
                    .as_ref()
                    .is_some_and(|items| !items.iter().copied().any(post_is_an_item))
                && post_chars(named_stats(), &[id]) >= t.post_chars
        };
        // Old blogs write the comments as siblings of the post's own paragraphs, in one
        // container: then the run of comment items is the thread.
        let inline_run = || {
            let first = *items().as_ref()?.first()?;
            comment_run(doc, id, first, signals).filter(|run| {
                beside_post(run)
                    && !run.iter().take(ITEMS_READ).copied().any(post_is_an_item)
                    && post_chars(named_stats(), run) >= t.post_chars
            })
        };
        if in_run.contains(&id) {
            walk.skip_children_of(id);
        } else if named || structured() {
            threads.push(id);
            walk.skip_children_of(id);
        } else if let Some(run) = by_structure.then(inline_run).flatten() {
            in_run.extend(run.iter().copied());
            threads.extend(run);
        }
    }
    threads
}

/// The threads' text, comment by comment as plain text: the blocks under them that read
/// as content on their own (not a "Reply" label, not a row of links). `pruned` is the
/// hard pruning the content was chosen under, which removed the threads themselves.
pub(crate) fn comments_text(
    doc: &Document,
    threads: &[NodeId],
    pruned: &Pruned,
    rules: &Rules,
) -> Option<String> {
    if threads.is_empty() {
        return None;
    }
    let mut inside = pruned.clone();
    for &thread in threads {
        inside.removed[thread.index()] = false;
    }
    let texts: Vec<String> = threads
        .iter()
        .map(|&thread| {
            let blocks = segment(doc, thread, &inside);
            let kept: Vec<usize> = (0..blocks.len())
                .filter(|&i| keep_block(&blocks[i], rules))
                .collect();
            plain_text(&blocks, &kept)
        })
        .filter(|text| !text.is_empty())
        .collect();
    (!texts.is_empty()).then(|| texts.join("\n\n"))
}

/// Whether the names call an element a comment thread: chrome on an ordinary page only
/// through reply words (`comments`, `comment-list`, `disqus_thread`).
fn names_thread(signal: &NameSignal) -> bool {
    signal.page.strong && !signal.discussion.strong
}

/// The children of `parent` that read as comments among the first few of one tag, when
/// `min` or more of them do and they are most of the children of that tag read.
fn comment_items(
    doc: &Document,
    parent: NodeId,
    signals: &[NameSignal],
    min: usize,
) -> Option<Vec<NodeId>> {
    // A comment is a box of its own: a paragraph, a link or an image is not one.
    let item = |child: NodeId| {
        doc.element(child).filter(|el| {
            matches!(
                el.name.local,
                local_name!("li")
                    | local_name!("div")
                    | local_name!("article")
                    | local_name!("section")
                    | local_name!("dt")
                    | local_name!("table")
            )
        })
    };
    // Children by tag, counted before any is read: few parents have `min` of one tag.
    let mut tags: Vec<(&html5ever::LocalName, usize)> = Vec::new();
    for el in doc.children(parent).filter_map(item) {
        match tags.iter_mut().find(|(tag, _)| **tag == el.name.local) {
            Some((_, count)) => *count += 1,
            None => tags.push((&el.name.local, 1)),
        }
    }
    tags.iter()
        .filter(|&&(_, count)| count >= min)
        .find_map(|&(tag, count)| {
            let comments: Vec<NodeId> = doc
                .children(parent)
                .filter(|&child| item(child).is_some_and(|el| el.name.local == *tag))
                .take(ITEMS_READ)
                .filter(|&child| reads_as_comment(doc, child, signals))
                .collect();
            (comments.len() >= min && comments.len() * 2 > count.min(ITEMS_READ))
                .then_some(comments)
        })
}

/// `parent`'s children of `first`'s tag from `first` (the first child that reads as a
/// comment, see [`comment_items`]) to the last that reads as one, when they are most of
/// the children of that tag between. None when a heading stands between them: each item
/// is then a post under its title (a blog's archive page), not a reply.
fn comment_run(
    doc: &Document,
    parent: NodeId,
    first: NodeId,
    signals: &[NameSignal],
) -> Option<Vec<NodeId>> {
    let tag = &doc.element(first)?.name.local;
    let mut items = Vec::new();
    // Per item, whether it reads as a comment and whether a heading came before it.
    let mut marks = Vec::new();
    let mut headed = false;
    for child in doc.children(parent).skip_while(|&child| child != first) {
        let Some(el) = doc.element(child) else {
            continue;
        };
        if el.name.local == *tag {
            items.push(child);
            marks.push((reads_as_comment(doc, child, signals), headed));
            headed = false;
        } else if crate::dom::heading_level(&el.name.local).is_some() {
            headed = true;
        }
    }
    let last = marks.iter().rposition(|&(comment, _)| comment)?;
    let comments = marks[..=last]
        .iter()
        .filter(|&&(comment, _)| comment)
        .count();
    let interrupted = marks[1..=last].iter().any(|&(_, headed)| headed);
    (comments * 2 > last + 1 && !interrupted).then(|| {
        items.truncate(last + 1);
        items
    })
}

/// Steps taken down an item towards its text, and children read per step.
const TEXT_PATH_STEPS: usize = 16;
const TEXT_PATH_CHILDREN: usize = 64;

/// The class attributes on the way from `item` down to the element that holds its text
/// (at each step, the child with more than half of it): where a comment keeps its words.
fn text_path_classes<'d>(doc: &'d Document, item: NodeId, stats: &TextStats) -> Vec<&'d str> {
    let mut classes = Vec::new();
    let mut node = Some(item);
    for _ in 0..TEXT_PATH_STEPS {
        let Some(at) = node else { break };
        if let Some(class) = doc.element(at).and_then(|el| el.attr("class")) {
            if !class.trim().is_empty() {
                classes.push(class.trim());
            }
        }
        let half = stats.chars[at.index()] / 2;
        node = doc
            .children(at)
            .take(TEXT_PATH_CHILDREN)
            .find(|&child| doc.element(child).is_some() && stats.chars[child.index()] > half);
    }
    classes
}

/// Where each class attribute sits in document order, so that "does an element outside
/// this subtree carry it" is answered without walking the page again per question.
struct ClassPlaces<'d> {
    /// Per node: its place in document order, and the place of its last descendant.
    open: Vec<u32>,
    close: Vec<u32>,
    /// Per class attribute: the earliest close and the latest open of its elements.
    places: std::collections::HashMap<&'d str, (u32, u32)>,
}

impl<'d> ClassPlaces<'d> {
    /// One walk over what `hard` kept under `root`.
    fn new(doc: &'d Document, root: NodeId, hard: &Pruned) -> Self {
        let mut open = vec![u32::MAX; doc.len()];
        let mut close = vec![0; doc.len()];
        let mut places = std::collections::HashMap::new();
        let mut next = 0u32;
        for edge in hard.traverse(doc, root) {
            match edge {
                Edge::Open(id) => {
                    open[id.index()] = next;
                    next = next.saturating_add(1);
                }
                Edge::Close(id) => {
                    let last = next.saturating_sub(1);
                    close[id.index()] = last;
                    let class = doc.element(id).and_then(|el| el.attr("class"));
                    if let Some(class) = class.map(str::trim).filter(|c| !c.is_empty()) {
                        let at = open[id.index()];
                        let place = places.entry(class).or_insert((last, at));
                        place.0 = place.0.min(last);
                        place.1 = place.1.max(at);
                    }
                }
            }
        }
        ClassPlaces {
            open,
            close,
            places,
        }
    }

    /// Whether an element before or after `node`'s subtree (not an ancestor) carries
    /// `class`.
    fn outside(&self, class: &str, node: NodeId) -> bool {
        self.places
            .get(class)
            .is_some_and(|&(first_close, last_open)| {
                first_close < self.open[node.index()] || last_open > self.close[node.index()]
            })
    }
}

/// Whether an item carries at least two marks of a comment among its first nodes, one of
/// them a mark of a conversation (a date, a reply link, a permalink): an avatar and a name
/// alone make a team member's card. An item with a heading is a post or a card, never a
/// comment.
fn reads_as_comment(doc: &Document, item: NodeId, signals: &[NameSignal]) -> bool {
    let (mut date, mut reply, mut avatar, mut author) = (false, false, false, false);
    let mut written_date = false;
    // The item is its own permalink's anchor (`id="comment-123"`).
    let mut permalink = doc
        .element(item)
        .and_then(|el| el.attr("id"))
        .is_some_and(is_comment_anchor);
    for n in doc.preorder(item).take(ITEM_SCAN) {
        let el = match doc.data(n) {
            NodeData::Element(el) => el,
            NodeData::Text(t) => {
                written_date = written_date || is_written_date(t);
                let after_name = doc
                    .node(n)
                    .prev_sibling
                    .is_some_and(|p| doc.element(p).is_some());
                author |= is_comment_header(t, after_name);
                continue;
            }
            _ => continue,
        };
        if crate::dom::heading_level(&el.name.local).is_some() {
            return false;
        }
        let signal = &signals[n.index()];
        date |= el.name.local == local_name!("time") || signal.date;
        author |= el.name.local == local_name!("cite") || signal.author;
        match el.name.local {
            local_name!("img") => {
                let small = |name| el.pixels(name).is_some_and(|v| v <= 100);
                let src = el.attr("src").unwrap_or_default();
                avatar |= (small("width") && small("height")) || src.contains("avatar");
            }
            local_name!("a") => {
                let href = el.attr("href").unwrap_or_default();
                reply |= href.contains("replytocom") || href.contains("#respond");
                permalink |= is_comment_permalink(href);
                let text = link_text(doc, n);
                reply |= contains(REPLY_LABELS, &text.to_lowercase());
            }
            _ => {}
        }
    }
    // A date written as text ("6 de junho de 2025") is a comment's only beside a reply
    // link: a testimonial or a listing's entry prints dates too.
    date |= written_date && reply;
    let marks = [date, reply, avatar, permalink, author];
    (date || reply || permalink) && marks.iter().filter(|&&mark| mark).count() >= 2
}

/// `#comment-123`, `#comment123`, `#c123`: a link to one comment's anchor (not
/// `#comments`, the link from a post to its thread).
fn is_comment_permalink(href: &str) -> bool {
    let Some((_, fragment)) = href.split_once('#') else {
        return false;
    };
    let numbered = |rest: &str| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit());
    let rest = fragment
        .strip_prefix("comment-")
        .or_else(|| fragment.strip_prefix("comment"))
        .or_else(|| fragment.strip_prefix('c'));
    rest.is_some_and(numbered)
}

/// Longest text read as a comment's written date ("14. März 2025 um 09:12").
const WRITTEN_DATE_BYTES: usize = 60;

/// Whether a short text is a date written out ("6 de junho de 2025", "March 3, 2024"):
/// four digits at least (a year), then the date reader's verdict.
fn is_written_date(text: &str) -> bool {
    let folded = crate::metadata::dates::fold_digits(text);
    let text = folded.trim();
    text.len() <= WRITTEN_DATE_BYTES
        && text.bytes().filter(u8::is_ascii_digit).count() >= 4
        && crate::metadata::dates::parse_date(text).is_some()
}

/// Longest text read for a comment's header ("Maria says:"): a name and the verb.
const COMMENT_HEADER_BYTES: usize = 120;

/// Whether a text is a comment's header: a name, then [`COMMENT_HEADER_SUFFIXES`] ("Maria
/// says:", "Jacob said,", "Anna sagt:", "山田 より:"). With `after_name` (the text follows
/// an element: `<a>Jacob</a> said,`) the verb alone is one.
fn is_comment_header(text: &str, after_name: bool) -> bool {
    let text = text.trim();
    // Every header ends with a colon or a comma: most text is read no further.
    if text.len() > COMMENT_HEADER_BYTES || !text.ends_with([':', ',', '：']) {
        return false;
    }
    // French sets a no-break space before its colon.
    let lower = text.to_lowercase().replace(['\u{a0}', '\u{202f}'], " ");
    words(COMMENT_HEADER_SUFFIXES).any(|suffix| {
        let spaced = !suffix.starts_with(|c: char| c >= '\u{3000}');
        lower.strip_suffix(suffix).is_some_and(|name| {
            if name.trim().is_empty() {
                after_name
            } else {
                !spaced || name.ends_with(char::is_whitespace)
            }
        })
    })
}

/// `comment-123`, `li-comment-123`, `com_123`: the id of one comment, its permalink's anchor.
fn is_comment_anchor(id: &str) -> bool {
    let id = id.trim().to_ascii_lowercase();
    let id = id
        .strip_prefix("li-")
        .or_else(|| id.strip_prefix("div-"))
        .unwrap_or(&id);
    let rest = id
        .strip_prefix("comment")
        .or_else(|| id.strip_prefix("com"));
    let rest = rest.map(|r| r.trim_start_matches(['-', '_']));
    rest.is_some_and(|r| !r.is_empty() && r.bytes().all(|b| b.is_ascii_digit()))
}

/// The trimmed text of a short link (its first few text nodes).
fn link_text(doc: &Document, link: NodeId) -> String {
    let mut text = String::new();
    for n in doc.preorder(link).take(8) {
        if let NodeData::Text(t) = doc.data(n) {
            text.push_str(t);
        }
    }
    text.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;

    /// The `id`s of the threads found in `html` under `rules` (by the first pass, which
    /// measures the post under class-name pruning).
    fn threads_under(html: &str, rules: &Rules) -> Vec<String> {
        let t = crate::page::TestPage::new(html, rules.clone());
        crate::ladder::first_pass(&t.page(), t.hard.clone())
            .threads
            .into_iter()
            .map(|id| t.id_of(id))
            .collect()
    }

    fn threads_of(html: &str) -> Vec<String> {
        threads_under(html, &Rules::default())
    }

    /// `n` items in an `<ol id=t>`, the first `comments` of them with a comment's marks
    /// (a date and a permalink), every one 20 characters of text.
    fn list(n: usize, comments: usize) -> String {
        let items: String = (0..n)
            .map(|i| {
                if i < comments {
                    format!("<li><time>May {i}</time><a href=#c{i}>#</a>Comment text {i:05}.</li>")
                } else {
                    format!("<li>Plain entry text {i:03}.</li>")
                }
            })
            .collect();
        format!("<ol id=t>{items}</ol>")
    }

    /// A post of `chars` characters outside links, and `links` more in a link.
    fn post(chars: usize, links: usize) -> String {
        format!(
            "<p>{}<a href=/x>{}</a></p>",
            "p".repeat(chars),
            "l".repeat(links)
        )
    }

    /// Three or more items with a comment's marks, most of the items of their tag, make a
    /// thread; fewer, or a minority, do not.
    #[test]
    fn a_thread_is_a_majority_of_three_or_more_comment_items() {
        let page = |n, c| format!("<body>{}{}</body>", post(400, 0), list(n, c));
        assert_eq!(threads_of(&page(3, 3)), ["t"]);
        assert_eq!(threads_of(&page(6, 4)), ["t"]);
        assert_eq!(threads_of(&page(6, 3)), Vec::<String>::new());
        assert_eq!(threads_of(&page(2, 2)), Vec::<String>::new());
        assert_eq!(threads_of(&page(13, 3)), Vec::<String>::new());
        // Only the first eight items of a tag are read: three of them are not most.
        assert_eq!(threads_of(&page(20, 5)), ["t"]);
        let off = Rules::new(&Options::default().with_rule_disabled(RuleId::ThreadStructure));
        assert_eq!(threads_under(&page(3, 3), &off), Vec::<String>::new());
    }

    /// A comment that is its own permalink's anchor (`id="comment-12"`, `com_12`) and opens
    /// with its writer's name and a verb ("Jacob said,", "<a>Anna</a> sagt:", "山田 より:")
    /// carries two marks; an id that is no numbered anchor, a header verb with no name,
    /// or the verb inside a sentence, does not.
    #[test]
    fn an_anchored_item_with_a_speaker_line_reads_as_a_comment() {
        let thread = |item: &dyn Fn(usize) -> String| {
            let items: String = (0..3).map(item).collect();
            let html = format!("<body>{}<div id=t>{items}</div></body>", post(400, 0));
            threads_of(&html)
        };
        let text = |i| format!("<p>Reply text number {i:03}.</p>");
        let threads_with = |id: &str, header: &str| {
            thread(&|i: usize| {
                let id = id.replace("{i}", &i.to_string());
                format!("<div id={id}>{header}{}</div>", text(i))
            })
        };
        for (id, header) in [
            ("comment-{i}", "Jacob said, "),
            ("com_{i}", "<a href=/u/anna>Anna</a> sagt:"),
            ("li-comment-{i}", "Marie dit\u{a0}:"),
            ("div-comment-{i}", "山田より:"),
        ] {
            assert_eq!(threads_with(id, header), ["t"], "{id} {header}");
        }
        for (id, header) in [
            ("comment-new", "Jacob said, "),
            ("commentary-{i}", "Jacob said, "),
            ("comment-{i}", "said, "),
            ("comment-{i}", "The mayor said, the harbour would close."),
            ("item-{i}", "Jacob said, "),
        ] {
            assert!(threads_with(id, header).is_empty(), "{id} {header}");
        }
    }

    /// An item whose only marks are a date written as text and a reply link is a comment
    /// (a recipe blog's thread, "Márcia 6 de junho de 2025 ... Responder"); the written
    /// date alone, or the reply link alone, is not.
    #[test]
    fn a_written_date_beside_a_reply_link_marks_a_comment() {
        let page = |date: &str, reply: &str| {
            let items: String = (0..3)
                .map(|i| {
                    format!("<div><b>Name{i}</b> {date}<p>Reply text {i:03}.</p>{reply}</div>")
                })
                .collect();
            format!("<body>{}<div id=t>{items}</div></body>", post(400, 0))
        };
        let reply = "<a href=/r>Responder</a>";
        assert_eq!(threads_of(&page("6 de junho de 2025", reply)), ["t"]);
        assert_eq!(threads_of(&page("March 3, 2024", reply)), ["t"]);
        assert!(threads_of(&page("6 de junho de 2025", "")).is_empty());
        assert!(threads_of(&page("no date here", reply)).is_empty());
    }

    /// A written date is short text with a year in it.
    #[test]
    fn a_written_date_is_short_text_with_a_year() {
        let padded = |bytes: usize| {
            let date = "March 3, 2024";
            format!("{}{date}", "x ".repeat((bytes - date.len()) / 2))
        };
        assert_eq!(padded(WRITTEN_DATE_BYTES).len(), WRITTEN_DATE_BYTES - 1);
        assert!(is_written_date(&padded(WRITTEN_DATE_BYTES)));
        let longest = format!("x{}", padded(WRITTEN_DATE_BYTES));
        assert_eq!(longest.len(), WRITTEN_DATE_BYTES);
        assert!(is_written_date(&longest));
        assert!(!is_written_date(&format!("x{longest}")));
        // No year: not a date to read.
        assert!(!is_written_date("3 mars"));
    }

    /// A comment header is short: a name and a verb, up to `COMMENT_HEADER_BYTES`; a longer
    /// text ending in "said," is a sentence.
    #[test]
    fn a_comment_header_is_a_name_and_a_verb_not_a_sentence() {
        let header = |name_bytes: usize| format!("{} said,", "n".repeat(name_bytes));
        let longest = header(COMMENT_HEADER_BYTES - " said,".len());
        assert_eq!(longest.len(), COMMENT_HEADER_BYTES);
        assert!(is_comment_header(&longest, false));
        let longer = header(COMMENT_HEADER_BYTES + 1 - " said,".len());
        assert!(!is_comment_header(&longer, false));
        assert!(is_comment_header(" said, ", true) && !is_comment_header(" said, ", false));
        // The early test for a final colon or comma holds for every listed verb.
        assert!(words(COMMENT_HEADER_SUFFIXES).all(|s| s.ends_with([':', ',', '：'])));
    }

    /// Found by structure, a thread needs a post beside it: 200 characters outside links,
    /// and a tenth of the thread's.
    #[test]
    fn a_thread_by_structure_needs_a_post_beside_it() {
        let page = |chars, links, n| format!("<body>{}{}</body>", post(chars, links), list(n, n));
        // The thread's 3 items hold 3 x 28 = 84 characters (with the dates and marks).
        assert_eq!(threads_of(&page(200, 0, 3)), ["t"]);
        assert_eq!(threads_of(&page(199, 0, 3)), Vec::<String>::new());
        // Links outside do not count as the post.
        assert_eq!(threads_of(&page(199, 500, 3)), Vec::<String>::new());
        // A long thread needs a tenth of its characters beside it.
        let t = crate::page::TestPage::new(&page(0, 0, 120), Rules::default());
        let thread = t.stats.chars[t.root.index()] as usize;
        let tenth = thread.div_ceil(10);
        assert!(tenth > 200, "{thread}");
        assert_eq!(threads_of(&page(tenth, 0, 120)), ["t"]);
        assert_eq!(threads_of(&page(tenth - 1, 0, 120)), Vec::<String>::new());
        // An element without text is not read at all, marks or not.
        let empty: String = (0..3)
            .map(|i| format!("<li><time></time><a href=#c{i}></a></li>"))
            .collect();
        let page = format!("<body>{}<ol id=t>{empty}</ol></body>", post(400, 0));
        assert_eq!(threads_of(&page), Vec::<String>::new());
    }

    /// A post written in its replies' own box, before them, stays out of the thread: the
    /// run of replies is the thread, not the box. A short heading before them ("Comments")
    /// leaves the box the thread.
    #[test]
    fn a_post_before_its_replies_in_their_box_is_no_part_of_the_thread() {
        let replies: String = (0..3)
            .map(|i| {
                format!("<div id=c{i}><time>May {i}</time><a href=#c{i}>#</a>Reply {i:05}.</div>")
            })
            .collect();
        let page = |before: &str| {
            format!(
                "<body><table><tr><td id=cell>{before}{replies}</td><td><p>{}</p></td></tr></table></body>",
                "s".repeat(300)
            )
        };
        assert_eq!(threads_of(&page(&post(200, 0))), ["c0", "c1", "c2"]);
        assert_eq!(threads_of(&page(&post(199, 0))), ["cell"]);
        // Links before the replies are no post.
        assert_eq!(threads_of(&page(&post(199, 300))), ["cell"]);
        assert_eq!(threads_of(&page("<h2>Comments</h2>")), ["cell"]);
    }

    /// The post is measured without what class names remove: a forum whose opening post
    /// sits among its replies has only a sidebar beside them, which is no post. A sidebar
    /// beside a real post changes nothing.
    #[test]
    fn a_sidebar_is_not_the_post_beside_a_thread() {
        // 300 characters beside 30 items of 28: under the share of the page a sidebar
        // may hold and still be pruned as one.
        let sidebar = format!("<div class=sidebar><p>{}</p></div>", "s".repeat(300));
        let forum = format!("<body>{sidebar}{}</body>", list(30, 30));
        assert_eq!(threads_of(&forum), Vec::<String>::new());
        // Without names, the sidebar reads as text like any other.
        let unnamed = forum.replace("sidebar", "column");
        assert_eq!(threads_of(&unnamed), ["t"]);
        let blog = format!("<body>{sidebar}{}{}</body>", post(200, 0), list(30, 30));
        assert_eq!(threads_of(&blog), ["t"]);
        let short = format!("<body>{sidebar}{}{}</body>", post(199, 0), list(30, 30));
        assert_eq!(threads_of(&short), Vec::<String>::new());
    }

    /// `n` replies in an `<ol id=t>`, each an `<li class=item>` whose text sits in a
    /// `<div class=body>`.
    fn replies(n: usize, item: &str, body: &str) -> String {
        let items: String = (0..n)
            .map(|i| {
                format!(
                    "<li class={item}><time>May {i}</time><a href=#c{i}>#</a>\
                     <div class={body}>Reply text number {i:05}, a little longer.</div></li>"
                )
            })
            .collect();
        format!("<ol id=t>{items}</ol>")
    }

    /// A forum's opening post written like its replies, outside their container, makes
    /// them the page's posts; a post unlike its comments, a wrapper that shares their
    /// class, or a text holder without a class change nothing.
    #[test]
    fn replies_written_like_the_post_are_no_thread() {
        let op = |class: &str| format!("<div class={class}><p>{}</p></div>", "o".repeat(300));
        let page = |post: &str, thread: &str| format!("<body>{post}{thread}</body>");
        // The opening post's text holder has the replies' class.
        assert!(threads_of(&page(&op("body"), &replies(5, "item", "body"))).is_empty());
        // After the replies, too.
        let after = format!("<body>{}{}</body>", replies(5, "item", "body"), op("body"));
        assert!(threads_of(&after).is_empty());
        // The opening post is an item of the same class.
        assert!(threads_of(&page(&op("item"), &replies(5, "item", "body"))).is_empty());
        // A post and comments of their own classes.
        assert_eq!(
            threads_of(&page(&op("entry"), &replies(5, "item", "body"))),
            ["t"]
        );
        // No class on the text holder: nothing to compare.
        assert_eq!(
            threads_of(&page(&op("x"), &replies(5, "item", "\"\""))),
            ["t"]
        );
        // A wrapper around post and thread with the items' class is not outside them.
        let wrapped = format!(
            "<body><div class=item>{}{}</div></body>",
            op("entry"),
            replies(5, "item", "body")
        );
        assert_eq!(threads_of(&wrapped), ["t"]);
    }

    /// The path to a comment's text follows a child with more than half of its parent's
    /// text: of two halves, neither.
    #[test]
    fn the_text_path_follows_a_majority() {
        let path = |html: &str| {
            let t = crate::page::TestPage::new(html, Rules::default());
            text_path_classes(&t.doc, t.by_id("i"), &t.stats)
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<String>>()
        };
        assert_eq!(
            path("<body><div id=i class=item><div class=a>aaaaa</div><div class=b>bbb</div></div></body>"),
            ["item", "a"]
        );
        assert_eq!(
            path("<body><div id=i class=item><div class=a>aaaa</div><div class=b>bbbb</div></div></body>"),
            ["item"]
        );
    }

    /// A class found only inside the candidate, however late (on its very last element, a
    /// `<br>` with nothing after it), is not outside it.
    #[test]
    fn the_last_element_of_a_thread_is_inside_it() {
        let post = format!("<div class=entry><p>{}</p></div>", "o".repeat(300));
        let thread =
            replies(5, "item", "body").replace("</li></ol>", "<div class=body></div></li></ol>");
        assert!(thread.ends_with("<div class=body></div></li></ol>"));
        assert_eq!(threads_of(&format!("<body>{post}{thread}</body>")), ["t"]);
    }

    /// Links nested in links (broken markup) count their text twice as link text: the
    /// post check must not overflow on them.
    #[test]
    fn nested_links_do_not_overflow_the_post_check() {
        let nested = "<a href=/a><div><a href=/b>".repeat(20) + &"x".repeat(50);
        let page = format!(
            "<body>{nested}<div id=w><p>{}</p></div></body>",
            "y".repeat(300)
        );
        assert!(threads_of(&page).is_empty());
        assert!(crate::extract(&page).is_ok());
    }

    /// `n` replies written inline: `<div id=cI class=item>` siblings, each with a date and
    /// a permalink, with `between` written before each but the first.
    fn inline_replies(n: usize, between: &str) -> String {
        (0..n)
            .map(|i| {
                let before = if i > 0 { between } else { "" };
                format!(
                    "{before}<div id=c{i} class=item><p>Reply number {i:05}, a little longer.</p>\
                     <p>Posted at <time>May {i}</time> <a href=#c{i}>#</a></p></div>"
                )
            })
            .collect()
    }

    /// Comments written as siblings of the post's own paragraphs make a thread of their
    /// run of items, beside a post as a thread in a container is; the post stays.
    #[test]
    fn comments_inline_after_the_post_are_a_run_of_items() {
        let page = |post_chars: usize, n: usize| {
            format!(
                "<body><div id=cell><h1>Title</h1><p>{}</p><div class=item>Comments</div>{}\
                 <div>Post a comment</div></div></body>",
                "p".repeat(post_chars),
                inline_replies(n, "<hr>")
            )
        };
        assert_eq!(threads_of(&page(400, 4)), ["c0", "c1", "c2", "c3"]);
        // Too few replies, or too little post beside them (with the 25 characters, spaces
        // aside, of the title and the two lines around the replies).
        assert!(threads_of(&page(400, 2)).is_empty());
        assert!(threads_of(&page(174, 4)).is_empty());
        assert_eq!(threads_of(&page(175, 4)).len(), 4);
        let off = Rules::new(&Options::default().with_rule_disabled(RuleId::ThreadStructure));
        assert!(threads_under(&page(400, 4), &off).is_empty());
        // The content keeps the post and leaves the replies to `comments`.
        let article = crate::Extractor::new(Options::default().with_comments(true))
            .extract(&page(400, 4))
            .expect("extracts");
        assert!(article.text().contains("ppp"), "{}", article.text());
        assert!(
            !article.text().contains("Reply number"),
            "{}",
            article.text()
        );
        let comments = article.comments().unwrap_or_default();
        assert!(comments.contains("Reply number 00003"), "{comments}");
    }

    /// Items each under a heading of their own are posts (a blog's archive page), however
    /// they are dated; and items whose text holder's class the opening post carries
    /// elsewhere are a forum's posts. Neither is a thread.
    #[test]
    fn inline_items_under_headings_or_like_the_post_are_no_run() {
        let page = |replies: &str| {
            format!(
                "<body><div id=cell><p>{}</p>{replies}</div></body>",
                "p".repeat(400)
            )
        };
        assert_eq!(threads_of(&page(&inline_replies(4, "<hr>"))).len(), 4);
        assert!(threads_of(&page(&inline_replies(4, "<h2>A post</h2>"))).is_empty());
        // A heading after the last reply ends the run; it does not interrupt it.
        let closed = format!("{}<h2>Post a comment</h2>", inline_replies(4, ""));
        assert_eq!(threads_of(&page(&closed)).len(), 4);
        // The opening post elsewhere with the class of the replies' text holder, which the
        // first reply (a long author line) does not show. It is too short to be the post
        // beside a thread in a container of its own.
        let holder = |i: usize| {
            format!(
                "<div class=item><p class=author>{}</p><div class=body>Reply {i}, said.</div>\
                 <time>May {i}</time><a href=#c{i}>#</a></div>",
                if i == 0 {
                    "An author with a long name line"
                } else {
                    "Al"
                }
            )
        };
        let forum = format!(
            "<body><div class=op><div class=body>{}</div></div><div id=cell><p>{}</p>{}</div>\
             </body>",
            "o".repeat(100),
            "p".repeat(300),
            (0..4).map(holder).collect::<String>()
        );
        assert!(threads_of(&forum).is_empty());
        let blog = forum.replacen("class=body", "class=entry", 1);
        assert_eq!(threads_of(&blog).len(), 4);
        // The same replies in a container of their own beside a long opening post.
        let apart = forum
            .replacen(&"o".repeat(100), &"o".repeat(400), 1)
            .replacen(&format!("<p>{}</p>", "p".repeat(300)), "", 1);
        assert!(threads_of(&apart).is_empty());
        let apart_blog = apart.replacen("class=body", "class=entry", 1);
        assert_eq!(threads_of(&apart_blog), ["cell"]);
    }

    /// A run is most of the items from its first comment to its last: a reply far below,
    /// after more plain boxes than replies, does not make them a thread. A reply with
    /// replies under it is one thread, not two.
    #[test]
    fn a_run_is_mostly_comments_and_holds_its_nested_replies() {
        let page = |replies: &str| {
            format!(
                "<body><div><p>{}</p>{replies}</div></body>",
                "p".repeat(400)
            )
        };
        let plain = |n: usize| "<div>A plain box among the replies.</div>".repeat(n);
        let last = inline_replies(1, "").replace("c0", "c9");
        let far = format!("{}{}{last}", inline_replies(6, ""), plain(8));
        assert!(threads_of(&page(&far)).is_empty());
        let near = format!("{}{}{last}", inline_replies(6, ""), plain(5));
        assert_eq!(threads_of(&page(&near)).len(), 12);
        // Seven comments of fourteen items are not most of them; of thirteen they are.
        let half = format!("{}{}{last}", inline_replies(6, ""), plain(7));
        assert!(threads_of(&page(&half)).is_empty());
        let over_half = format!("{}{}{last}", inline_replies(6, ""), plain(6));
        assert_eq!(threads_of(&page(&over_half)).len(), 13);
        let nested = inline_replies(4, "").replacen("</div>", &format!("{}</div>", list(3, 3)), 1);
        assert_eq!(threads_of(&page(&nested)), ["c0", "c1", "c2", "c3"]);
    }

    /// Named as a comment thread, an element is one with or without a post; other strong
    /// chrome names (`related`) are not threads, and the rule can be switched off.
    #[test]
    fn a_thread_by_name() {
        let page = "<body><div id=c class=comments><p>A reply.</p></div>\
                    <div id=r class=related><p>Another story.</p></div></body>";
        assert_eq!(threads_of(page), ["c"]);
        let off = Rules::new(&Options::default().with_rule_disabled(RuleId::NamedThreads));
        assert_eq!(threads_under(page, &off), Vec::<String>::new());
    }

    #[test]
    fn a_permalink_names_one_comment() {
        for href in [
            "/post#comment-12",
            "#comment12",
            "https://x.example/p#c4471",
        ] {
            assert!(is_comment_permalink(href), "{href}");
        }
        for href in [
            "/post#comments",
            "#contact",
            "#c",
            "#comment-",
            "/comment-12",
            "#c12a",
        ] {
            assert!(!is_comment_permalink(href), "{href}");
        }
    }

    /// Two marks, one of them of a conversation; never with a heading; only the first
    /// nodes of an item are read.
    #[test]
    fn an_item_reads_as_a_comment_by_two_marks() {
        let reads = |item: &str| {
            let html = format!("<body><div id=i>{item}</div></body>");
            let t = crate::page::TestPage::new(&html, Rules::default());
            reads_as_comment(&t.doc, t.by_id("i"), &t.signals)
        };
        assert!(reads("<time>May 1</time><a href=?replytocom=3>x</a>"));
        assert!(reads("<cite>Ann</cite><a href=#c12>May 1</a>"));
        assert!(reads(
            "<img src=a.png width=40 height=40><a href=#r>Reply</a>"
        ));
        assert!(reads("Ann says: <span class=date>May 1</span>"));
        assert!(reads("<img src=/img/avatar-ann.png><time>May 1</time>"));
        // One mark, or no mark of a conversation.
        assert!(!reads("<time>May 1</time><p>text</p>"));
        assert!(!reads("<img src=a.png width=40 height=40><cite>Ann</cite>"));
        assert!(!reads(
            "<img src=a.png width=400 height=40><a href=#r>Reply</a>"
        ));
        // A heading makes it a post or a card.
        assert!(!reads(
            "<h3>Title</h3><time>May 1</time><a href=#c12>link</a>"
        ));
        // Marks past the first nodes are not read.
        let late = format!(
            "{}<time>May 1</time><a href=#c12>x</a>",
            "<i>x</i>".repeat(40)
        );
        assert!(!reads(&late));
    }
}
