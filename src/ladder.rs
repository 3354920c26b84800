//! The fallback ladder: the first paragraph pick, and what is tried when it finds too
//! little for the page (a listing, the pick without class-name pruning, a lenient pick, the
//! body the page declares in JSON-LD). [`Pick`] names the rung that won.

use crate::blocks::{segment, Block};
use crate::dom::{Edge, NodeData, NodeId, Pruned};
use crate::features::{text_stats, TextStats};
use crate::options::Options;
use crate::page::Page;
use crate::prune::{
    is_in_chrome_landmark, prune_hard_with, prune_names, prune_structures, Hardness,
};
use crate::rules::RuleId;
use crate::select::{heads_closing_section, is_good, select, select_listing, Selection};
use crate::threads::find_threads;

/// Which rung of the fallback ladder gave the content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pick {
    /// The paragraph pick under class-name pruning: most pages end here.
    Paragraphs,
    /// A listing instead of a short introduction above it (a category page's grid).
    ListingOverIntro,
    /// The paragraph pick and a listing beside or inside it, together.
    ParagraphsAndListing,
    /// A repeated-item listing, when the paragraph pick found too little.
    Listing,
    /// The paragraph pick without class-name pruning, when names removed the content.
    Unpruned,
    /// The pick under lenient hard pruning (a page swallowed by an unclosed landmark or a
    /// hidden wrapper).
    Lenient,
    /// A listing under lenient hard pruning (a product grid hidden until a script shows it).
    LenientListing,
    /// The article body declared in JSON-LD, when no rung found any text.
    DeclaredBody,
}

/// What the first selection pass computed: kept for the fallbacks and for debugging.
pub(crate) struct FirstPass {
    /// Never-content elements (and comment threads) only.
    pub(crate) hard: Pruned,
    /// The page's comment threads (see `threads`), removed from every rung's content.
    pub(crate) threads: Vec<NodeId>,
    /// Text sizes with only `hard` pruning.
    pub(crate) raw_stats: TextStats,
    /// `hard` plus chrome class/id names.
    pub(crate) pruned: Pruned,
    pub(crate) stats: TextStats,
    pub(crate) blocks: Vec<Block>,
    pub(crate) selection: Selection,
}

/// Prunes by class names on top of `hard`, measures, segments and selects once.
pub(crate) fn first_pass(page: &Page<'_>, mut hard: Pruned) -> FirstPass {
    let (doc, root) = (page.doc, page.root);
    let mut raw_stats = text_stats(doc, root, &hard, None);
    let named_stats = std::cell::OnceCell::new();
    let measure_named = || {
        named_stats.get_or_init(|| {
            let mut named = hard.clone();
            prune_names(page, &mut named, &raw_stats);
            text_stats(doc, root, &named, Some(&raw_stats))
        })
    };
    let threads = if page.is_discussion() {
        Vec::new()
    } else {
        find_threads(
            doc,
            root,
            &hard,
            page.signals,
            &raw_stats,
            measure_named,
            page.rules,
        )
    };
    if !threads.is_empty() {
        for &thread in &threads {
            hard.removed[thread.index()] = true;
        }
        // Text nodes keep their sizes: only the sums change with the threads left out.
        raw_stats = text_stats(doc, root, &hard, Some(&raw_stats));
    }
    let mut pruned = hard.clone();
    prune_names(page, &mut pruned, &raw_stats);
    let stats = text_stats(doc, root, &pruned, Some(&raw_stats));
    let blocks = segment(doc, root, &pruned);
    let selection = select(page, &pruned, &stats, &blocks);
    FirstPass {
        hard,
        threads,
        raw_stats,
        pruned,
        stats,
        blocks,
        selection,
    }
}

fn kept_chars(blocks: &[Block], selection: &Selection) -> u32 {
    selection.blocks.iter().map(|&i| blocks[i].chars).sum()
}

/// Characters of the selection's clean paragraphs: prose, as opposed to labels and links.
fn prose_chars(page: &Page<'_>, blocks: &[Block], selection: &Selection) -> u32 {
    let t = &page.rules.thresholds.container;
    selection
        .blocks
        .iter()
        .filter_map(|&i| blocks.get(i))
        .filter(|b| is_good(b, t))
        .map(|b| b.chars)
        .sum()
}

/// The blocks, the pruning they were cut under, the ones selected, and the rung that
/// chose them.
pub(crate) struct Chosen {
    pub(crate) pick: Pick,
    /// The page's comment threads, left out of the content.
    pub(crate) threads: Vec<NodeId>,
    /// The hard pruning of the winning rung (strict, or lenient).
    pub(crate) hard: Pruned,
    pub(crate) pruned: Pruned,
    pub(crate) blocks: Vec<Block>,
    pub(crate) selection: Selection,
}

/// Selects the main content. When the pick is too short for the page, a listing pick and
/// a pick without class-name pruning are tried, and the one with more text wins; when all
/// are still short, a pick under lenient hard pruning (a page swallowed by an unclosed
/// `<aside>`, or wrapped in a hidden element until a script shows it). When nothing was
/// found and the page declares its body (`has_declared_body`), that is the pick.
pub(crate) fn choose_content(
    page: &Page<'_>,
    hard: Pruned,
    options: &Options,
    has_declared_body: bool,
) -> Chosen {
    let mut chosen = climb(page, hard, options);
    if chosen.selection.blocks.is_empty()
        && has_declared_body
        && page.rules.on(RuleId::DeclaredBody)
    {
        chosen.pick = Pick::DeclaredBody;
    }
    chosen
}

/// The rungs that select blocks from the tree, in order.
fn climb(page: &Page<'_>, hard: Pruned, options: &Options) -> Chosen {
    let (rules, t) = (page.rules, &page.rules.thresholds.ladder);
    let first = first_pass(page, hard);
    let threads = first.threads.clone();
    let page_chars = first.raw_stats.chars[page.root.index()];
    let kept = kept_chars(&first.blocks, &first.selection);
    let gained = |chars: u32, over: u32, gain: u64| u64::from(chars) > u64::from(over) * gain;
    if kept >= t.enough_chars
        || (kept > 0 && t.enough_share.reached(kept.into(), page_chars.into()))
    {
        let (pick, selection) = match listing_over_intro(page, &first, kept) {
            Some(with_listing) => with_listing,
            None => (Pick::Paragraphs, first.selection),
        };
        return Chosen {
            pick,
            threads,
            hard: first.hard,
            pruned: first.pruned,
            blocks: first.blocks,
            selection,
        };
    }
    // Too little for the page. Either class-name pruning removed the content, or the
    // content is a list of links (a product grid, an archive) that paragraph scoring cannot
    // see; take whichever alternative recovers more text.
    let listing = rules
        .on(RuleId::ListingFallback)
        .then(|| select_listing(page, &first.pruned, &first.stats, &first.blocks))
        .flatten()
        .map(|listing| listing.selection)
        .filter(|listing| {
            !is_set_apart_thread(&first.blocks, listing, &first.selection.thread_blocks)
        });
    let mut best_chars = kept;
    let mut best_pick = Pick::Paragraphs;
    let mut best_selection = first.selection;
    if let Some(listing) = listing {
        let chars = kept_chars(&first.blocks, &listing);
        if gained(chars, best_chars, t.fallback_gain)
            && t.listing_page_share.reached(
                chars.into(),
                visible_chars(page, &first.hard, &first.raw_stats).into(),
            )
        {
            best_chars = chars;
            best_pick = Pick::Listing;
            best_selection = listing;
        }
    }
    let unpruned = rules.on(RuleId::UnprunedFallback).then(|| {
        let blocks = segment(page.doc, page.root, &first.hard);
        let selection = select(page, &first.hard, &first.raw_stats, &blocks);
        (blocks, selection)
    });
    // A pick without name pruning whose container holds the one chosen so far brings back
    // what names removed around it (a short post's sidebar widgets, a comment box): it
    // is taken only when it finds many times the text (a listing whose cards all carry a
    // chrome word), not the few times that widgets add.
    let unpruned = unpruned.filter(|(blocks, selection)| {
        let chars = kept_chars(blocks, selection);
        chars > best_chars
            && (!holds_pick(page, selection, &best_selection)
                || gained(chars, best_chars, t.unpruned_around_gain))
    });
    let mut best = match unpruned {
        Some((blocks, selection)) => {
            best_chars = kept_chars(&blocks, &selection);
            Chosen {
                pick: Pick::Unpruned,
                threads: threads.clone(),
                hard: first.hard.clone(),
                pruned: first.hard,
                blocks,
                selection,
            }
        }
        _ => Chosen {
            pick: best_pick,
            threads: threads.clone(),
            hard: first.hard,
            pruned: first.pruned,
            blocks: first.blocks,
            selection: best_selection,
        },
    };
    if best_chars < t.lenient_below_chars && rules.on(RuleId::LenientFallback) {
        if let Some(lenient) = lenient_pick(page, options, page_chars, &threads) {
            let chars = kept_chars(&lenient.blocks, &lenient.selection);
            // Prose that strict pruning removed replaces a short pick only from a landmark
            // left open (see `swallowed`), not from a sidebar beside it; anything is
            // better than nothing.
            let from_open_landmark = lenient.pick != Pick::Lenient
                || best_chars == 0
                || swallowed(page, &lenient.pruned, &best.hard, &lenient.selection);
            if gained(chars, best_chars, t.fallback_gain) && from_open_landmark {
                best = lenient;
            }
        }
    }
    best
}

/// The page's text under hard pruning, less what closed `<details>` panels hide until a
/// reader opens them (a language menu of thousands of names): what the page shows.
fn visible_chars(page: &Page<'_>, hard: &Pruned, stats: &TextStats) -> u32 {
    let doc = page.doc;
    let mut hidden = 0u32;
    let mut walk = doc.preorder(page.root);
    while let Some(id) = walk.next() {
        if hard.is_removed(id) {
            walk.skip_children_of(id);
            continue;
        }
        let Some(el) = doc.element(id) else { continue };
        if el.name.local != html5ever::local_name!("details") || el.attr("open").is_some() {
            continue;
        }
        let summary: u32 = doc
            .children(id)
            .filter(|&c| {
                doc.tag(c)
                    .is_some_and(|t| *t == html5ever::local_name!("summary"))
            })
            .map(|c| stats.chars[c.index()])
            .sum();
        hidden = hidden.saturating_add(stats.chars[id.index()].saturating_sub(summary));
        walk.skip_children_of(id);
    }
    stats.chars[page.root.index()].saturating_sub(hidden)
}

/// Whether the lenient pick lies in (or around) an element that strict pruning removed and
/// that runs to the end of the page: a landmark left open swallowed what followed it. A
/// closed sidebar beside a short post does not reach the page's last text.
fn swallowed(page: &Page<'_>, lenient: &Pruned, strict: &Pruned, selection: &Selection) -> bool {
    let doc = page.doc;
    let mut last_text = None;
    for edge in lenient.traverse(doc, page.root) {
        if let Edge::Open(id) = edge {
            if let NodeData::Text(t) = doc.data(id) {
                if !t.trim().is_empty() {
                    last_text = Some(id);
                }
            }
        }
    }
    let Some(last_text) = last_text else {
        return false;
    };
    doc.self_and_ancestors(last_text)
        .filter(|&a| strict.removed[a.index()] && !lenient.removed[a.index()])
        .any(|open| {
            selection
                .roots
                .iter()
                .any(|&r| doc.holds(open, r) || doc.holds(r, open))
        })
}

/// Whether most of a listing's text is the comment thread the paragraph pick set apart
/// under its heading: the replies below a short post repeat as a listing's entries do, but
/// they are not the page's content.
fn is_set_apart_thread(blocks: &[Block], listing: &Selection, thread_blocks: &[usize]) -> bool {
    let (mut in_thread, mut all) = (0u64, 0u64);
    for &i in &listing.blocks {
        let chars = blocks.get(i).map_or(0, |b| u64::from(b.chars));
        all += chars;
        if thread_blocks.binary_search(&i).is_ok() {
            in_thread += chars;
        }
    }
    in_thread * 2 > all
}

/// Whether the pick `outer` lies around `inner`: a root of `outer` holds a root of
/// `inner` and is not that root, or every root of `outer` is or holds one of `inner`'s
/// (the same container, with what names pruned inside it brought back).
fn holds_pick(page: &Page<'_>, outer: &Selection, inner: &Selection) -> bool {
    let holds = |o: NodeId, strictly: bool| {
        inner
            .roots
            .iter()
            .any(|&i| (!strictly || o != i) && page.doc.holds(o, i))
    };
    outer.roots.iter().any(|&o| holds(o, true)) || outer.roots.iter().all(|&o| holds(o, false))
}

/// On a page that declares no main text, a paragraph pick with little prose may be the
/// introduction above a product grid or an index: the listing is taken when it holds
/// several times the pick's text and is not navigation or a footer. Otherwise a listing
/// holding at least as much text as the pick joins it (a buying guide above a grid, or an
/// introduction whose container also holds the grid: both are the page).
fn listing_over_intro(page: &Page<'_>, first: &FirstPass, kept: u32) -> Option<(Pick, Selection)> {
    if page.declares_main_text() || !page.rules.on(RuleId::ListingOverIntro) {
        return None;
    }
    let t = &page.rules.thresholds.ladder;
    let listing = select_listing(page, &first.pruned, &first.stats, &first.blocks)?;
    if is_set_apart_thread(
        &first.blocks,
        &listing.selection,
        &first.selection.thread_blocks,
    ) {
        return None;
    }
    let one_link_a_line = listing.is_link_list(&first.blocks, &page.rules.thresholds.listing);
    let listing = listing.selection;
    let listed = kept_chars(&first.blocks, &listing);
    let in_chrome = listing
        .roots
        .iter()
        .any(|&r| is_in_chrome_landmark(page.doc, r));
    if in_chrome {
        return None;
    }
    // A listing around the pick would take in what the pick left out around it (on a
    // table-layout page, the side columns of links); one inside the pick adds the entries
    // paragraph scoring dropped (link-heavy cards) under the pick's own roots.
    let doc = page.doc;
    let holds = |outer: NodeId, inner: NodeId| doc.holds(outer, inner);
    let picked = &first.selection.roots;
    let around = listing
        .roots
        .iter()
        .any(|&l| picked.iter().any(|&r| holds(l, r)));
    let inside = listing
        .roots
        .iter()
        .all(|&l| picked.iter().any(|&r| holds(r, l)));
    // A list of one link a line outside the pick (categories, archives, a blogroll) is a
    // side column, not entries the pick introduces; inside the pick's container such
    // lines are its cards (a shop's grid of whole-card links), unless they are as short
    // as category names: a side column the pick widened over.
    let within = listing
        .roots
        .iter()
        .all(|&l| picked.iter().any(|&r| r != l && holds(r, l)));
    let lines = u32::try_from(listing.blocks.len())
        .unwrap_or(u32::MAX)
        .max(1);
    let short_lines = listed / lines < page.rules.thresholds.listing.side_column_line_chars;
    let link_list =
        page.rules.on(RuleId::SideColumns) && one_link_a_line && (!within || short_lines);
    let prose = prose_chars(page, &first.blocks, &first.selection);
    // A short pick that is mostly clean paragraphs is an article, not an introduction: a
    // listing of links around it is the page's side columns (a table layout's menus).
    let article = t.article_prose.reached(prose.into(), kept.into());
    let listed_links: u32 = listing
        .blocks
        .iter()
        .map(|&i| first.blocks[i].link_chars)
        .sum();
    let side_columns = t
        .side_column_links
        .reached(listed_links.into(), listed.into());
    if prose < t.intro_prose_chars
        && !link_list
        && u64::from(listed) >= t.listing_over_intro_gain * u64::from(kept)
        && !(page.rules.on(RuleId::SideColumns) && around && article && side_columns)
    {
        return Some((Pick::ListingOverIntro, listing));
    }
    // A listing under a closing section's heading ("Most popular", "Related posts") is a
    // box beside the article, not entries the pick introduces: it does not join it.
    let closing_box = page.rules.on(RuleId::ClosingSections)
        && listing
            .blocks
            .iter()
            .any(|&i| heads_closing_section(&first.blocks[i]));
    if listed < kept || around || link_list || closing_box {
        return None;
    }
    let mut blocks: Vec<usize> = first
        .selection
        .blocks
        .iter()
        .chain(&listing.blocks)
        .copied()
        .collect();
    blocks.sort_unstable();
    blocks.dedup();
    let mut roots = picked.clone();
    if !inside {
        // Roots in document order, so the content tree reads the way the text does (the
        // two are disjoint, so their first blocks are never the same).
        let listing_first = listing.blocks.first();
        if listing_first.cmp(&first.selection.blocks.first()).is_lt() {
            roots.splice(0..0, listing.roots);
        } else {
            roots.extend(listing.roots);
        }
    }
    Some((
        Pick::ParagraphsAndListing,
        Selection {
            blocks,
            roots,
            thread_blocks: Vec::new(),
        },
    ))
}

/// A pick under lenient hard pruning, when what strict pruning removes holds most of the
/// page's text: the mark of a page swallowed by a landmark or a hidden wrapper, not of a
/// short page with a long footer. The paragraph pick is taken when it finds prose; else a
/// listing (a product grid hidden until a script shows it), unless that lies in navigation
/// or a footer: a page that is all menus and newsletter boxes stays empty.
fn lenient_pick(
    page: &Page<'_>,
    options: &Options,
    page_chars: u32,
    threads: &[NodeId],
) -> Option<Chosen> {
    let (doc, root) = (page.doc, page.root);
    let t = &page.rules.thresholds.ladder;
    let mut pruned = prune_hard_with(doc, root, Hardness::Lenient, page.rules);
    for &thread in threads {
        pruned.removed[thread.index()] = true;
    }
    if !options.tables || !options.lists {
        prune_structures(doc, root, &mut pruned, options);
    }
    let stats = text_stats(doc, root, &pruned, None);
    if u64::from(stats.chars[root.index()]) < t.lenient_page_gain * u64::from(page_chars) {
        return None;
    }
    let blocks = segment(doc, root, &pruned);
    let selection = select(page, &pruned, &stats, &blocks);
    if prose_chars(page, &blocks, &selection) >= t.lenient_chars {
        return Some(Chosen {
            pick: Pick::Lenient,
            threads: threads.to_vec(),
            hard: pruned.clone(),
            pruned,
            blocks,
            selection,
        });
    }
    let listing = select_listing(page, &pruned, &stats, &blocks)?.selection;
    if kept_chars(&blocks, &listing) < t.lenient_chars
        || listing.roots.iter().any(|&r| is_in_chrome_landmark(doc, r))
    {
        return None;
    }
    Some(Chosen {
        pick: Pick::LenientListing,
        threads: threads.to_vec(),
        hard: pruned.clone(),
        pruned,
        blocks,
        selection: listing,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Rules;

    /// The rung that won on `html` and the characters it kept.
    fn rung(html: &str, options: &Options) -> (Pick, u32) {
        let doc = crate::extractor::parse_page(html, options).expect("parses");
        let rules = Rules::new(options);
        let analysis = crate::extractor::analyse(&doc, options, &rules, None);
        let chosen = analysis.chosen;
        (chosen.pick, kept_chars(&chosen.blocks, &chosen.selection))
    }

    /// Prose of exactly `chars` characters, in sentences with commas.
    fn prose(chars: usize) -> String {
        "The keeper climbs the tower, trims the wick, and writes the hour in the log. "
            .repeat(chars / 70 + 1)
            .chars()
            .take(chars)
            .collect()
    }

    /// `n` boxes of class `class`, each a numbered paragraph of 90 characters of prose.
    fn numbered_boxes(class: &str, n: usize) -> String {
        (0..n)
            .map(|i| format!("<div class={class}><p>{i}: {}</p></div>", prose(90)))
            .collect()
    }

    /// `n` linked cards in a `<ul class=grid>`, each of `chars` characters.
    fn grid(n: usize, chars: usize) -> String {
        let cards: String = (0..n)
            .map(|i| {
                let name: String = format!("Item {i} {}", "x".repeat(chars))
                    .chars()
                    .take(chars)
                    .collect();
                format!("<li class=card><a href=/p/{i}>{name}</a></li>")
            })
            .collect();
        format!("<ul class=grid>{cards}</ul>")
    }

    /// The rung that won and the text it kept, as blocks in document order.
    fn texts(html: &str, options: &Options) -> (Pick, Vec<String>) {
        let doc = crate::extractor::parse_page(html, options).expect("parses");
        let rules = Rules::new(options);
        let chosen = crate::extractor::analyse(&doc, options, &rules, None).chosen;
        let mut kept = chosen.selection.blocks.clone();
        kept.sort_unstable();
        let texts = kept
            .iter()
            .map(|&i| chosen.blocks[i].text.clone())
            .collect();
        (chosen.pick, texts)
    }

    /// `n` links in a row, as a page's link bar.
    fn link_row(n: usize) -> String {
        (0..n)
            .map(|i| format!("<a href=/l/{i}>Link number {i}</a> "))
            .collect()
    }

    /// Thirty menu links in a box named as chrome, which only the unpruned rung reads.
    fn sidebar() -> String {
        menu(30)
    }

    /// `n` menu links in a box named as chrome.
    fn menu(n: usize) -> String {
        let links: String = (0..n)
            .map(|i| format!("<a href=/m/{i}>Menu entry {i}</a> "))
            .collect();
        format!("<div class=sidebar>{links}</div>")
    }

    /// A product card's name is a linked heading beside its picture: in a listing it is
    /// the entry's title and stays; in an article, a linked heading alone beside a picture
    /// labels a teaser box and goes.
    #[test]
    fn a_listing_keeps_the_linked_titles_of_its_cards() {
        let teaser = "<div class=tile><a href=/next><div class=media><img src=/n.jpg></div>\
                      <h3>Another story worth a click</h3></a></div>";
        let article = format!(
            "<body><article><p>{}</p>{teaser}</article></body>",
            prose(900)
        );
        let (pick, kept) = texts(&article, &Options::default());
        assert_eq!(pick, Pick::Paragraphs);
        assert!(
            !kept.iter().any(|t| t.contains("Another story")),
            "{kept:?}"
        );

        let card = |i: usize| {
            format!(
                "<div class=tile><a href=/p/{i}><div class=media><img src=/p{i}.jpg></div>\
                 <h2>Hand-thrown stoneware mug number {i}</h2></a><p>${i}4.00</p></div>"
            )
        };
        let cards: String = (0..8).map(card).collect();
        let shop = format!("<body><h1>Mugs</h1><div class=grid>{cards}</div></body>");
        let (pick, listed) = texts(&shop, &Options::default());
        assert_eq!(pick, Pick::Listing);
        for i in 0..8 {
            let name = format!("Hand-thrown stoneware mug number {i}");
            assert!(listed.contains(&name), "{name} in {listed:?}");
        }
    }

    /// A short pick gives way to a listing with more than twice its text, not to one
    /// with less; the unpruned pick, finding the same text, does not replace it either.
    #[test]
    fn a_listing_replaces_a_short_pick_only_with_twice_its_text() {
        let page = |card: usize| {
            let intro = format!("<div id=intro><p>{}</p></div>", prose(100));
            format!("<body>{intro}{}{}</body>", grid(6, card), menu(8))
        };
        // The intro keeps 81 characters; six cards of 23 characters list 138, less than
        // twice that; of 28 they list 168, more. (The exact bound is tested on the unpruned
        // pick below: near it, here, the listing rung finds no listing at all.)
        assert_eq!(rung(&page(25), &Options::default()), (Pick::Paragraphs, 81));
        assert_eq!(rung(&page(29), &Options::default()), (Pick::Paragraphs, 81));
        assert_eq!(rung(&page(30), &Options::default()), (Pick::Listing, 168));
    }

    /// When names pruned the text away, the pick without them is taken: with any gain if
    /// it lies apart from the short pick, but around it (its container holds the short
    /// pick's) only with ten times the text: the boxes beside a short post are not the page.
    #[test]
    fn the_unpruned_pick_around_a_short_post_needs_ten_times_its_text() {
        let options = Options::default();
        let around = |boxes: usize| {
            format!(
                "<body><div id=page><div id=post><p>{}</p></div>{}</div>{}</body>",
                prose(120),
                numbered_boxes("sidebar-box", boxes),
                sidebar()
            )
        };
        // The post keeps 98 characters; eleven boxes bring it to 934, twelve to 1,000.
        assert_eq!(rung(&around(1), &options), (Pick::Paragraphs, 98));
        assert_eq!(rung(&around(11), &options), (Pick::Paragraphs, 98));
        assert_eq!(rung(&around(12), &options), (Pick::Unpruned, 1000));
        // Exactly ten times is not more than ten times: a twelfth box that brings the pick
        // to 980 characters leaves the post alone, one that brings it to 981 does not.
        let topped = |last: usize| {
            around(11).replace(
                "</div><div class=sidebar>",
                &format!(
                    "<div class=sidebar-box><p>{}</p></div></div><div class=sidebar>",
                    prose(last)
                ),
            )
        };
        assert_eq!(rung(&topped(69), &options), (Pick::Paragraphs, 98));
        assert_eq!(rung(&topped(70), &options), (Pick::Unpruned, 981));
        // Boxes of their own beside the post: four are enough.
        let related_boxes = |chars: usize| -> String {
            ["a", "b", "c", "d"]
                .iter()
                .map(|n| format!("<div class=related-{n}><p>{}</p></div>", prose(chars)))
                .collect()
        };
        let boxes = related_boxes(90);
        let apart = format!(
            "<body><div id=top><p>{}</p></div><div id=main>{boxes}</div>{}</body>",
            prose(120),
            menu(8)
        );
        assert_eq!(rung(&apart, &options).0, Pick::Unpruned);
        // Apart, the same text is no gain: four boxes the names pruned, 188 characters
        // between them, leave the post of 188 characters in short lines alone.
        let lines: String = (0..14)
            .map(|i| {
                format!(
                    "<p>Harbour line {i}{}.</p>",
                    if i == 0 { " ab" } else { "" }
                )
            })
            .collect();
        let boxes = related_boxes(57);
        let tied = format!(
            "<body><div id=top>{lines}</div><div id=main>{boxes}</div>{}</body>",
            menu(40)
        );
        assert_eq!(rung(&tied, &options), (Pick::Paragraphs, 188));
        // One character more in the boxes is a gain.
        let gained = tied.replacen(&prose(57), &format!("{}x", prose(57)), 1);
        assert_eq!(rung(&gained, &options), (Pick::Unpruned, 189));
    }

    /// The unpruned pick in the short pick's own container brings back only what names
    /// removed inside it (a footer under a one-line notice), so it too needs ten times
    /// the text; with a box apart beside the container any gain is enough (above).
    #[test]
    fn the_unpruned_pick_in_the_same_container_needs_ten_times_its_text() {
        let options = Options::default();
        let page = |boxes: usize| {
            format!(
                "<body><p>{}</p>{}{}</body>",
                prose(120),
                numbered_boxes("footer-box", boxes),
                menu(8)
            )
        };
        assert_eq!(rung(&page(1), &options), (Pick::Paragraphs, 98));
        assert_eq!(rung(&page(11), &options), (Pick::Paragraphs, 98));
        assert_eq!(rung(&page(12), &options), (Pick::Unpruned, 1000));
    }

    /// A listing found because the pick is short is taken only when it holds two fifths
    /// of the page's text: a smaller one is a box of links beside a short post (related
    /// stories under a photo), however many times the post's text it holds.
    #[test]
    fn a_listing_under_two_fifths_of_the_page_is_not_the_fallback() {
        let page = |menu_links: usize| {
            let intro = format!("<div id=intro><p>{}</p></div>", prose(100));
            format!("<body>{intro}{}{}</body>", grid(6, 30), menu(menu_links))
        };
        // With 16 menu links the listing still holds two fifths of the page's text; with 17
        // it no longer does.
        assert_eq!(rung(&page(8), &Options::default()), (Pick::Listing, 168));
        assert_eq!(rung(&page(16), &Options::default()), (Pick::Listing, 168));
        assert_eq!(rung(&page(17), &Options::default()), (Pick::Paragraphs, 81));
        assert_eq!(rung(&page(30), &Options::default()), (Pick::Paragraphs, 81));
        // A closed panel's text is not what the page shows: thirty links in a closed
        // `<details>` menu leave the listing its share; opened, they count.
        let panel = |open: &str| {
            let intro = format!("<div id=intro><p>{}</p></div>", prose(100));
            format!(
                "<body>{intro}{}{}<details class=select-menu{open}><summary>Language</summary>\
                 {}</details></body>",
                grid(6, 30),
                menu(8),
                link_row(30)
            )
        };
        assert_eq!(rung(&panel(""), &Options::default()), (Pick::Listing, 168));
        assert_eq!(
            rung(&panel(" open"), &Options::default()).0,
            Pick::Paragraphs
        );
    }

    /// On a page that declares no main text, a listing with four times the text of a
    /// short introduction replaces it; one with as much text as the pick joins it, in
    /// document order; one with less is left out.
    /// (The grid's cards are one link each, which `side-columns` reads as a side column:
    /// it is off here; cards beside a one-link-a-line list are the next test's.)
    #[test]
    fn a_listing_beside_an_introduction_replaces_joins_or_stays_out() {
        let page = |intro: usize, cards: usize, card: usize| {
            let intro = format!("<div id=intro><p>{}</p></div>", prose(intro));
            format!("<body>{intro}{}{}</body>", grid(cards, card), sidebar())
        };
        let options = Options::default().with_rule_disabled(RuleId::SideColumns);
        assert_eq!(
            rung(&page(300, 10, 130), &options).0,
            Pick::ListingOverIntro
        );
        // An introduction is under 1,000 characters of prose: 999 is one, 1,000 is not.
        let long = |intro| {
            format!(
                "<body><div id=intro><p>{}</p></div>{}{}</body>",
                prose(intro),
                grid(40, 130),
                sidebar()
            )
        };
        assert_eq!(rung(&long(1240), &options).0, Pick::ListingOverIntro);
        assert_eq!(rung(&long(1241), &options).0, Pick::ParagraphsAndListing);
        // The intro keeps 240 characters, ten cards of 24 list 240: together.
        assert_eq!(
            rung(&page(297, 10, 26), &options),
            (Pick::ParagraphsAndListing, 480)
        );
        assert_eq!(rung(&page(298, 10, 26), &options), (Pick::Paragraphs, 241));
        // A grid above the introduction comes first.
        let grid_first = format!(
            "<body>{}<div id=intro><p>{}</p></div></body>",
            grid(10, 26),
            prose(297)
        );
        let doc = crate::extractor::parse_page(&grid_first, &options).expect("parses");
        let rules = Rules::new(&options);
        let chosen = crate::extractor::analyse(&doc, &options, &rules, None).chosen;
        assert_eq!(chosen.pick, Pick::ParagraphsAndListing);
        let tags: Vec<String> = chosen
            .selection
            .roots
            .iter()
            .filter_map(|&r| doc.tag(r).map(|t| t.to_string()))
            .collect();
        assert_eq!(tags, ["ul", "div"]);
    }

    /// A listing is the thread set apart when more than half its text is the thread's.
    #[test]
    fn a_listing_is_the_thread_when_most_of_its_text_is() {
        let block = |chars: usize| crate::blocks::Block {
            owner: crate::dom::DOCUMENT,
            kind: crate::blocks::BlockKind::Paragraph,
            text: "x".repeat(chars),
            chars: u32::try_from(chars).unwrap_or(u32::MAX),
            link_chars: 0,
            commas: 0,
            first_text: crate::dom::DOCUMENT,
            last_text: crate::dom::DOCUMENT,
        };
        let blocks = [block(11), block(10), block(10), block(3)];
        let listing = |of: &[usize]| Selection {
            blocks: of.to_vec(),
            roots: Vec::new(),
            thread_blocks: Vec::new(),
        };
        // The thread is blocks 0 and 3.
        let thread = [0, 3];
        assert!(is_set_apart_thread(&blocks, &listing(&[0, 1]), &thread));
        assert!(!is_set_apart_thread(&blocks, &listing(&[1, 3]), &thread));
        assert!(!is_set_apart_thread(&blocks, &listing(&[3, 1, 2]), &thread));
        // Half is not most.
        let even = [block(10), block(10)];
        assert!(!is_set_apart_thread(&even, &listing(&[0, 1]), &[0]));
    }

    /// The replies under a counted heading below a short post are its thread, set apart
    /// from the content; the listing rungs do not bring them back as entries. Without the
    /// heading they are the page's list.
    #[test]
    fn a_thread_set_apart_is_no_listing() {
        let page = |heading: &str| {
            let replies: String = (0..12)
                .map(|n| {
                    format!(
                        "<li class=reply><cite>Reader {n}</cite> says: \
                         <a href=#reply-{n}>November {n}, 2012</a>\
                         <p>Congratulations to the three of you, and welcome to the world, \
                         little one number {n}.</p></li>"
                    )
                })
                .collect();
            format!(
                "<body><div class=entry><h2>New project</h2><p>Max was born on Tuesday \
                 morning.</p>{heading}<ol class=replies>{replies}</ol></div></body>"
            )
        };
        let options = Options::default();
        assert_eq!(
            rung(&page("<h3>12 Responses to “New project”</h3>"), &options),
            (Pick::Paragraphs, 37)
        );
        assert_ne!(rung(&page(""), &options).0, Pick::Paragraphs);
    }

    /// A page whose text a stray `<aside>` swallowed: the lenient pick is tried when
    /// lenient pruning keeps at least twice the page's text, not when the aside is a long
    /// sidebar beside a page of links.
    #[test]
    fn the_lenient_pick_needs_twice_the_page_text() {
        let page = |links: usize, extra: &str| {
            let links = link_row(links);
            format!(
                "<body><p>{}</p><div>{links}</div><aside><p>{}</p>{extra}</body>",
                prose(40),
                prose(700)
            )
        };
        let options = Options::default();
        assert_eq!(rung(&page(60, ""), &options), (Pick::Paragraphs, 33));
        assert_eq!(rung(&page(20, ""), &options), (Pick::Lenient, 564));
        // The strict page holds 743 characters: an aside that brings the lenient page to
        // 1,486 is twice that, one character less is not.
        let links = link_row(60);
        let swallowed = |aside: usize| {
            format!(
                "<body><p>{}</p><div>{links}</div><aside><p>{}</p></body>",
                prose(40),
                prose(aside)
            )
        };
        assert_eq!(rung(&swallowed(922), &options), (Pick::Lenient, 743));
        assert_eq!(rung(&swallowed(921), &options), (Pick::Paragraphs, 33));
        // Closed, with the page going on after it, the same aside is a sidebar beside a
        // short post: it swallowed nothing.
        let beside = |after: &str| {
            format!(
                "<body><p>{}</p><div>{links}</div><aside><p>{}</p></aside><p>{after}</p></body>",
                prose(40),
                prose(1500)
            )
        };
        assert_eq!(
            rung(&beside("Written on the island, 2009-2022"), &options).0,
            Pick::Paragraphs
        );
        // Closed but last on the page, it holds the page's end: a swallowed page cannot be
        // told from it, and the lenient pick stays.
        assert_eq!(rung(&beside(""), &options).0, Pick::Lenient);
        // A footer after it holds the page's end, but neither holds the other.
        let footed = beside("").replace(
            "<p></p></body>",
            "<footer><p>Written on the island, 2009-2022</p></footer></body>",
        );
        assert_eq!(rung(&footed, &options).0, Pick::Paragraphs);
        // Left open, an aside swallows the footer too, and the article in its box.
        let open = footed
            .replace("<aside><p>", "<aside><div class=story><p>")
            .replace("</p></aside>", "</p></div>");
        assert_eq!(rung(&open, &options).0, Pick::Lenient);
        // With no post at all, the sidebar's prose is better than nothing.
        let alone = beside("<a href=/about>About this island</a>").replacen(&prose(40), "", 1);
        assert_eq!(rung(&alone, &options).0, Pick::Lenient);
        // Only a short best pick tries the lenient one: a listing of 380 characters stays,
        // however much an aside holds.
        let listed = format!(
            "<body>{}<aside><p>{}</p></aside></body>",
            grid(10, 40),
            prose(2000)
        );
        assert_eq!(rung(&listed, &options), (Pick::Listing, 380));
        // 200 characters are not short.
        let listed = format!(
            "<body>{}<aside><p>{}</p></aside></body>",
            grid(10, 22),
            prose(2000)
        );
        assert_eq!(rung(&listed, &options), (Pick::Listing, 200));
        // The lenient pick honours the structure switches too.
        let structures = "<table><tr><td>Tide table cell</td></tr></table>\
                          <ul><li>A listed item</li></ul>";
        let (pick, all) = texts(&page(20, structures), &options);
        assert_eq!(pick, Pick::Lenient);
        assert!(all.iter().any(|t| t == "Tide table cell"), "{all:?}");
        assert!(all.iter().any(|t| t == "A listed item"), "{all:?}");
        let (_, no_tables) = texts(&page(20, structures), &options.clone().with_tables(false));
        assert!(
            !no_tables.iter().any(|t| t == "Tide table cell"),
            "{no_tables:?}"
        );
        assert!(
            no_tables.iter().any(|t| t == "A listed item"),
            "{no_tables:?}"
        );
        let (_, no_lists) = texts(&page(20, structures), &options.clone().with_lists(false));
        assert!(
            !no_lists.iter().any(|t| t == "A listed item"),
            "{no_lists:?}"
        );
        assert!(
            no_lists.iter().any(|t| t == "Tide table cell"),
            "{no_lists:?}"
        );
    }

    /// A short article among columns of links (a table-layout page) stays the pick: the
    /// listing around it is the page's side columns. The same columns holding text are the
    /// page's entries, and so is a listing around a pick of labels rather than paragraphs.
    #[test]
    fn a_listing_of_link_columns_around_an_article_is_not_taken() {
        let links = |col: usize| -> String {
            (0..12)
                .map(|i| format!("<li><a href=/c{col}/{i}>Column {col} link number {i}</a></li>"))
                .collect()
        };
        let texts = |col: usize| -> String {
            (0..12)
                .map(|i| format!("<li>Column {col} entry number {i} is plain text</li>"))
                .collect()
        };
        let page = |column: &dyn Fn(usize) -> String, story: &str| {
            let columns: String = (0..8)
                .map(|c| format!("<div class=col><ul>{}</ul></div>", column(c)))
                .collect();
            format!(
                "<body><div id=cols>{columns}<div class=col id=story>{story}</div></div></body>"
            )
        };
        let article = format!("<p>{}</p><p>{}</p>", prose(300), prose(300));
        let options = Options::default();
        assert_eq!(rung(&page(&links, &article), &options).0, Pick::Paragraphs);
        let off = options.clone().with_rule_disabled(RuleId::SideColumns);
        assert_eq!(
            rung(&page(&links, &article), &off).0,
            Pick::ListingOverIntro
        );
        assert_eq!(
            rung(&page(&texts, &article), &options).0,
            Pick::ListingOverIntro
        );
        let labels = format!("<p>{}</p>{}", prose(300), "<div>Label</div>".repeat(60));
        assert_eq!(
            rung(&page(&links, &labels), &options).0,
            Pick::ListingOverIntro
        );
    }

    /// A list of one link a line beside a post (categories, an archive, a blogroll) is a
    /// side column: it neither joins the post nor replaces a short one. Cards stay
    /// entries: a name link above a price line, several lines in one link, several
    /// links a line, or lines with less than 75% of their text in links (a link and what
    /// it is about). An archive month with its count ("March 2009 (12)") is a link list.
    #[test]
    fn a_list_of_one_link_a_line_beside_a_post_stays_out() {
        let page_of = |post: usize, lines: usize, line: &dyn Fn(usize) -> String| {
            let lines: String = (0..lines)
                .map(|i| format!("<li>{}</li>", line(i)))
                .collect();
            format!(
                "<body><div id=post><p>{}</p></div><div id=side><ul>{lines}</ul></div></body>",
                prose(post)
            )
        };
        let page = |post: usize, line: &dyn Fn(usize) -> String| page_of(post, 40, line);
        let category = |i: usize| format!("<a href=/c/{i}>Category number {i:02}</a>");
        // An icon's link has no text: one link with text a line.
        let iconed = |i: usize| {
            format!(
                "<a href=/c/{i}><img src=/i/{i}.png></a><a href=/c/{i}>Category number {i:02}</a>"
            )
        };
        let options = Options::default();
        let off = options.clone().with_rule_disabled(RuleId::SideColumns);
        // 40 lines of 16 characters without spaces (640) beside a post of 484: they would
        // join it.
        assert_eq!(
            rung(&page(600, &category), &off).0,
            Pick::ParagraphsAndListing
        );
        assert_eq!(
            rung(&page(600, &category), &options),
            (Pick::Paragraphs, 484)
        );
        assert_eq!(rung(&page(600, &iconed), &options), (Pick::Paragraphs, 484));
        // Outside the pick, long lines are a side column too (inside it they are cards).
        let long = |i: usize| format!("<a href=/c/{i}>{i:02}{}</a>", "x".repeat(40));
        assert_eq!(rung(&page(600, &long), &options), (Pick::Paragraphs, 484));
        // 80 of them beside a post of 242, over four times its text, would replace it.
        let short = page_of(300, 80, &category);
        assert_eq!(rung(&short, &off).0, Pick::ListingOverIntro);
        assert_eq!(rung(&short, &options), (Pick::Paragraphs, 242));
        // What it leaves alone.
        let priced = |i: usize| format!("<a href=/p/{i}>Product number {i:02}</a><p>$1{i:02}</p>");
        let framed = |i: usize| {
            format!("<a href=/p/{i}><div>Product number {i:02}</div><div>$1{i:02}</div></a>")
        };
        let tagged = |i: usize| {
            format!("<a href=/t/{i}>Tag number {i:02}</a> <a href=/u/{i}>Topic {i:02}</a>")
        };
        let described =
            |i: usize| format!("<a href=/a/{i}>Archive of month {i:02}</a> twelve posts");
        for (name, line) in [
            ("priced", &priced as &dyn Fn(usize) -> String),
            ("framed", &framed),
            ("described", &described),
            ("tagged", &tagged),
        ] {
            let picked = rung(&page(600, line), &options).0;
            assert_eq!(picked, Pick::ParagraphsAndListing, "{name}");
        }
        // Links holding 75% of the lines' text make a link list; just under does not.
        let share = |tail: &'static str| {
            move |i: usize| format!("<a href=/a/{i}>Month number {i:02}</a>{tail}")
        };
        // 13 characters of link without spaces: with a 5-character tail 13/18 = 72%,
        // with a 4-character one ("(12)", a count) 13/17 = 76%.
        assert_eq!(
            rung(&page(600, &share(" abcde")), &options).0,
            Pick::ParagraphsAndListing
        );
        assert_eq!(
            rung(&page(600, &share(" (12)")), &options).0,
            Pick::Paragraphs
        );
    }

    /// Inside the pick's container, a list of one link a line is the pick's cards (a
    /// shop's grid of whole-card links) and joins it, unless its lines average under 30
    /// characters, as category names and menu entries do: a side column the pick widened
    /// over, left out.
    #[test]
    fn a_link_list_of_short_lines_inside_the_pick_is_a_side_column() {
        // The post's paragraph sits in the same box as the list, so the pick holds both.
        let page = |line: &dyn Fn(usize) -> String| {
            let lines: String = (0..40)
                .map(|i| format!("<li class=entry>{}</li>", line(i)))
                .collect();
            format!(
                "<body><div id=page><p>{}</p><ul>{lines}</ul></div></body>",
                prose(600)
            )
        };
        // Link text of `chars` characters without spaces, numbered.
        let named = |chars: usize| {
            move |i: usize| format!("<a href=/c/{i}>{i:02}{}</a>", "x".repeat(chars - 2))
        };
        let options = Options::default();
        let off = options.clone().with_rule_disabled(RuleId::SideColumns);
        assert_eq!(rung(&page(&named(29)), &off).0, Pick::ParagraphsAndListing);
        assert_eq!(rung(&page(&named(29)), &options), (Pick::Paragraphs, 484));
        assert_eq!(
            rung(&page(&named(30)), &options).0,
            Pick::ParagraphsAndListing
        );
    }

    /// A listing that would join the pick stays out when a closing section's heading
    /// ("Most popular") heads it: a box beside the article. Under another heading it
    /// joins.
    #[test]
    fn a_listing_under_a_closing_heading_does_not_join_the_pick() {
        let page = |heading: &str| {
            let cards: String = (0..10)
                .map(|i| {
                    format!(
                        "<div class=card><a href=/p/{i}>Item {i} xxxxxxxxxxxxxxxxxxxx</a></div>"
                    )
                })
                .collect();
            format!(
                "<body><div id=intro><p>{}</p></div><div id=box><h3>{heading}</h3>{cards}</div>{}</body>",
                prose(297),
                sidebar()
            )
        };
        let options = Options::default().with_rule_disabled(RuleId::SideColumns);
        assert_eq!(
            rung(&page("New in the shop"), &options).0,
            Pick::ParagraphsAndListing
        );
        assert_eq!(rung(&page("Most popular"), &options).0, Pick::Paragraphs);
        let off = options.with_rule_disabled(RuleId::ClosingSections);
        assert_eq!(
            rung(&page("Most popular"), &off).0,
            Pick::ParagraphsAndListing
        );
    }

    /// A grid hidden until a script shows it is the page's listing from 500 characters.
    #[test]
    fn a_hidden_grid_is_the_listing_from_lenient_chars() {
        let page = |card: usize| format!("<body><div hidden>{}</div></body>", grid(10, card));
        let options = Options::default();
        assert_eq!(rung(&page(52), &options), (Pick::LenientListing, 500));
        assert_eq!(rung(&page(51), &options), (Pick::Paragraphs, 0));
    }
}
