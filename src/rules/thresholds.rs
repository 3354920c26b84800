//! Every number the heuristics compare against, named, with what it bounds and why that
//! value. One default table ([`Thresholds::DEFAULT`], the balanced mode); the precision and
//! recall modes override the few values that trade content for chrome.
//!
//! Scan budgets that keep a reader linear on hostile input (how many nodes a `<noscript>`
//! or a byline reader looks at, how many `<meta>` are kept) are not here: they bound cost,
//! not judgement, and live beside the code they bound.

use crate::options::Mode;

/// A share compared exactly in integers: `part / whole` against `num / den`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Share {
    pub(crate) num: u64,
    pub(crate) den: u64,
}

impl Share {
    /// `num / den`.
    pub(crate) const fn of(num: u64, den: u64) -> Share {
        Share { num, den }
    }

    /// Whether `part` is at least this share of `whole`.
    #[inline]
    pub(crate) fn reached(self, part: u64, whole: u64) -> bool {
        part.saturating_mul(self.den) >= whole.saturating_mul(self.num)
    }
}

/// Hard and name pruning.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct PruneThresholds {
    /// Most characters of a `<noscript>` that only asks for JavaScript or carries a tracking
    /// pixel. Some forums serve their whole thread inside one: that is longer and stays.
    pub(crate) script_notice_chars: usize,
    /// Most symbols (`¶`, `#`, `§`) in a same-page link that is a permalink mark.
    pub(crate) anchor_symbols: usize,
    /// Longest class token read as a screen-reader class: real ones are short
    /// (`visually-hidden--inline` is 23); a long token is a generated utility string.
    pub(crate) screen_reader_token_len: usize,
    /// A chrome-named wrapper holding more than this share of the page's text with few
    /// links is a layout box (`content-sidebar-wrap`), not a sidebar.
    pub(crate) wrapper_text_share: f64,
    /// ... and under this share of its text in links.
    pub(crate) wrapper_link_density: f64,
    /// A layout word (`widget`, `promo`) naming blocks that hold this share of the page's
    /// paragraph text names the page builder's layout, not chrome.
    pub(crate) layout_word_prose: Share,
    /// A hidden element is the full text of an excerpt shown before it when the excerpt
    /// ends in an ellipsis followed by at most this many bytes (a "more" link)...
    pub(crate) excerpt_trail_bytes: usize,
    /// ... its last characters before the ellipsis, this many at most and
    /// `excerpt_min_chars` at least, appear in the hidden text...
    pub(crate) excerpt_tail_chars: usize,
    pub(crate) excerpt_min_chars: usize,
    /// ... and the hidden text is longer than the excerpt by more than this many bytes.
    pub(crate) expanded_extra_bytes: usize,
}

/// Scoring containers and collecting the good text the pick must cover.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ContainerThresholds {
    /// Shortest block that credits its containers: captions and labels are shorter.
    pub(crate) scoring_chars: u32,
    /// Characters per point of length credit, and the most such points a block gives:
    /// long paragraphs count more, up to a cap so one wall of text cannot decide alone.
    pub(crate) chars_per_point: f64,
    pub(crate) max_length_points: f64,
    /// Ancestors credited above a block's container; the credit fades with each.
    pub(crate) credited_levels: u32,
    /// Starting scores by tag: `article`/`main`, `div`/`section`, `pre`/`td`/`blockquote`,
    /// lists and forms, headings.
    pub(crate) frame_tag_weight: f64,
    pub(crate) section_tag_weight: f64,
    pub(crate) cell_tag_weight: f64,
    pub(crate) list_tag_weight: f64,
    pub(crate) heading_tag_weight: f64,
    /// Starting score of a container named as content (`+`) or as chrome (`-`): outweighs
    /// any tag, as a class name is the author's own word for the box.
    pub(crate) name_weight: f64,
    /// The headline's box (the nearest scored box around the heading that repeats the
    /// page's title) competes with the pick with this much added, as an `<article>`
    /// starts: the page names its article there (per mode: none in Precision)...
    pub(crate) headline_box_weight: f64,
    /// ... unless the pick lies inside it and holds this share of its text: the pick is
    /// then the article's body, and the box only adds its byline and date.
    pub(crate) headline_box_text_share: Share,
    /// Characters a title needs for a heading that goes on where it stops to be read as
    /// the headline: a short title ("News") starts many headings.
    pub(crate) shortened_title_chars: usize,
    /// Shortest block that is evidence of content ("good text").
    pub(crate) good_chars: u32,
    /// Good text has under this share of its characters in links.
    pub(crate) good_link_density: f64,
    /// A paragraph in an item with more links than this reads as a teaser excerpt.
    pub(crate) item_link_density: f64,
    /// A heading more linked than this titles a teaser (linked title, date, excerpt).
    pub(crate) teaser_heading_link_density: f64,
    /// Longest excerpt of a teaser wrapped one element below the teaser's box
    /// (`<div class=excerpt><p>`); a longer block there is a post's body.
    pub(crate) excerpt_chars: u32,
    /// The pick must hold this share of the page's good text, or it widens (per mode)...
    pub(crate) min_coverage: f64,
    /// ... or this share, once it holds the headline: the box that opens with the
    /// article's headline is the article, and the rest of the prose lies beside it.
    pub(crate) headline_coverage: f64,
    /// Sibling containers join the pick with this share of its good text (per mode)...
    pub(crate) sibling_share: f64,
    /// ... and at least this many characters of it...
    pub(crate) sibling_chars: f64,
    /// ... and under this share of their text in links.
    pub(crate) sibling_link_density: f64,
}

/// Which blocks inside the pick are kept.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct BlockThresholds {
    /// Blocks this long may carry more links (a paragraph citing its sources).
    pub(crate) long_chars: u32,
    /// Most link density of a block, and of a long block (per mode).
    pub(crate) max_link_density: f64,
    pub(crate) max_link_density_long: f64,
    /// How much more link density a `<p>` may have than other blocks: written prose keeps
    /// its words around its links ("Many thanks to the readers who answered my query").
    /// Measured on the four shared sets: 0.2 (0.1 gains less, 0.3 costs scrapinghub).
    pub(crate) paragraph_link_allowance: f64,
    /// Longest widget label or counter ("Add to wishlist", "1,204 comments"), in characters.
    pub(crate) widget_label_len: usize,
    /// Most text kept above the headline that is dropped as its chrome (breadcrumbs, a
    /// kicker, a notice): the top of a page, as `closing_after_chars` measures it. More
    /// text above it is article text the heading follows.
    pub(crate) above_headline_chars: u32,
    /// A closing-section heading ("Related posts") counts only after this share of the
    /// kept text, or after `closing_after_chars` of it: at the top of a page it is the
    /// page's own subject, but once the article has begun, related teasers under it may
    /// outweigh the article above.
    pub(crate) closing_after: Share,
    pub(crate) closing_after_chars: u32,
    /// A comment thread's heading counts below this many characters of kept text (the
    /// post). A counted heading ("40 Responses to ...") counts below any text, in
    /// Balanced and Precision modes: it counts replies to what is above it, however short
    /// (a photo post); at the very top it heads a page of comments. A thread word alone
    /// ("Comments") counts below 500 characters, in Precision mode only: some pages head
    /// their own sections so, and the golds disagree on the threads under it (see the
    /// README).
    pub(crate) counted_thread_heading_after: u32,
    pub(crate) bare_thread_heading_after: u32,
    /// Longest comment thread heading ("40 Responses to “...”" with the post's title).
    pub(crate) thread_heading_chars: usize,
}

/// Passages shown twice.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct RepeatThresholds {
    /// Shortest block whose verbatim repeat counts: short labels ("Price", "Reply") repeat
    /// legitimately in tables and threads.
    pub(crate) block_chars: u32,
    /// Consecutive repeated blocks, and their characters, that make a copy of a passage
    /// rather than a recurring line or a feature list under each plan of a pricing table.
    pub(crate) run_blocks: usize,
    pub(crate) run_chars: u32,
    /// A shorter run (one paragraph, shown again in a mobile layout or a "Description" tab)
    /// is a copy too when it is this long: captions and plan features are shorter.
    pub(crate) passage_chars: u32,
    /// Showings a paragraph must have had before a back-to-back repeat counts as a copy: a
    /// summary point repeated once under its section heading is the author's choice.
    pub(crate) showings_before_copy: usize,
    /// Shortest paragraph dropped when shown again with nothing new since its last showing.
    pub(crate) back_to_back_chars: u32,
}

/// Listings: repeated children of one shape.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ListingThresholds {
    /// Children of one shape that make a list.
    pub(crate) min_items: u32,
    /// Share of the element's text its repeated children must hold.
    pub(crate) items_text: Share,
    /// Cards grouped by a shared class word must be alike in weight: none may hold this
    /// share of the group's text (which keeps out page sections sharing a layout word).
    pub(crate) card_text: Share,
    /// Different texts a listing must show to list anything ("Sold out" under every
    /// picture lists nothing).
    pub(crate) distinct_texts: usize,
    /// A listing whose lines and links match in number within this share, one link a
    /// line (not cards: a name, a material and a price in one link; a title link above
    /// a summary)...
    pub(crate) lines_per_link: Share,
    /// ... when this share of the listing's text is in links: a link list beside the
    /// content (an archive, categories, a blogroll) is a side column, not content.
    pub(crate) link_list_links: Share,
    /// Inside the pick's container a link list is its cards (a shop's grid of whole-card
    /// links), unless its lines average fewer characters than this: category names and
    /// menu entries, a side column the pick widened over.
    pub(crate) side_column_line_chars: u32,
}

/// The fallback ladder.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct LadderThresholds {
    /// The first pick is enough with this many characters...
    pub(crate) enough_chars: u32,
    /// ... or with this share of the page's text.
    pub(crate) enough_share: Share,
    /// An alternative replaces the pick when it finds more than this many times its text.
    pub(crate) fallback_gain: u64,
    /// The pick without name pruning replaces a pick its container holds only with this
    /// many times its text: an order of magnitude, where widgets around a post add a few.
    pub(crate) unpruned_around_gain: u64,
    /// A listing is the fallback only when it holds this share of the page's text (under
    /// hard pruning): a smaller one is a box beside a short post, not the page's entries.
    pub(crate) listing_page_share: Share,
    /// Most characters of clean paragraphs a pick may have and still be only the
    /// introduction of a listing page...
    pub(crate) intro_prose_chars: u32,
    /// ... which the listing replaces when it holds this many times the pick's text...
    pub(crate) listing_over_intro_gain: u64,
    /// ... unless the listing is around the pick, this share of the pick is clean
    /// paragraphs (an article, not an introduction's labels)...
    pub(crate) article_prose: Share,
    /// ... and this share of the listing's text is in links: side columns of links (a
    /// table layout's menus), not entries of text.
    pub(crate) side_column_links: Share,
    /// The lenient pick is tried only while the best has fewer characters than this...
    pub(crate) lenient_below_chars: u32,
    /// ... when lenient pruning keeps this many times the page's text (landmarks or hidden
    /// wrappers swallowed most of it, not a long footer)...
    pub(crate) lenient_page_gain: u64,
    /// ... and is taken with this many characters of prose, or of a listing.
    pub(crate) lenient_chars: u32,
}

/// Comment threads found by their structure.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ThreadThresholds {
    /// Sibling items with a comment's marks that make a thread: two replies are a
    /// conversation, three a thread.
    pub(crate) items: usize,
    /// Characters outside links the page must hold outside the thread (the post): with
    /// less, the repeated items are the page itself.
    pub(crate) post_chars: u32,
    /// ... and at least this share of the thread's characters.
    pub(crate) post_share: Share,
}

/// Metadata read from the page's text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct MetadataThresholds {
    /// Text nodes after the first `<h1>` read for a written-out date, and before it.
    pub(crate) headline_date_window: u32,
    pub(crate) before_headline_window: u32,
    /// Longest text read as a date: a date with a weekday and a time fits.
    pub(crate) date_text_chars: usize,
    /// A name in a byline: at most this many words and characters.
    pub(crate) byline_words: usize,
    pub(crate) byline_chars: usize,
    /// Longest text read for a "Written by" line.
    pub(crate) written_by_chars: usize,
    /// Word overlap above which the visible `<h1>` is a variant of the declared title.
    pub(crate) same_title_overlap: f64,
    /// Shortest word (in letters) counted in the overlap: "the" and "of" say nothing.
    pub(crate) title_word_letters: usize,
    /// An end part of `<title>` this many times shorter than the rest is a site name or a
    /// section ("Headline - Section - Site").
    pub(crate) title_part_ratio: usize,
    /// Most tags or categories kept: keyword stuffing can list hundreds.
    pub(crate) max_tags: usize,
}

/// Every threshold, grouped by stage.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Thresholds {
    pub(crate) prune: PruneThresholds,
    pub(crate) container: ContainerThresholds,
    pub(crate) blocks: BlockThresholds,
    pub(crate) repeats: RepeatThresholds,
    pub(crate) listing: ListingThresholds,
    pub(crate) ladder: LadderThresholds,
    pub(crate) threads: ThreadThresholds,
    pub(crate) metadata: MetadataThresholds,
}

impl Thresholds {
    /// The balanced mode's table, which the other modes override.
    pub(crate) const DEFAULT: Thresholds = Thresholds {
        prune: PruneThresholds {
            script_notice_chars: 200,
            anchor_symbols: 2,
            screen_reader_token_len: 40,
            wrapper_text_share: 0.7,
            wrapper_link_density: 0.3,
            layout_word_prose: Share::of(1, 2),
            excerpt_trail_bytes: 40,
            excerpt_tail_chars: 40,
            excerpt_min_chars: 20,
            expanded_extra_bytes: 100,
        },
        container: ContainerThresholds {
            scoring_chars: 25,
            chars_per_point: 100.0,
            max_length_points: 3.0,
            credited_levels: 4,
            frame_tag_weight: 10.0,
            section_tag_weight: 5.0,
            cell_tag_weight: 3.0,
            list_tag_weight: -3.0,
            heading_tag_weight: -5.0,
            name_weight: 25.0,
            headline_box_weight: 10.0,
            shortened_title_chars: 20,
            headline_box_text_share: Share::of(1, 2),
            good_chars: 40,
            good_link_density: 0.35,
            item_link_density: 0.25,
            teaser_heading_link_density: 0.5,
            excerpt_chars: 1000,
            min_coverage: 0.7,
            headline_coverage: 0.5,
            sibling_share: 0.2,
            sibling_chars: 80.0,
            sibling_link_density: 0.3,
        },
        blocks: BlockThresholds {
            long_chars: 150,
            max_link_density: 0.5,
            max_link_density_long: 0.6,
            paragraph_link_allowance: 0.2,
            widget_label_len: 32,
            above_headline_chars: 500,
            closing_after: Share::of(1, 2),
            closing_after_chars: 500,
            counted_thread_heading_after: 1,
            bare_thread_heading_after: u32::MAX,
            thread_heading_chars: 120,
        },
        repeats: RepeatThresholds {
            block_chars: 40,
            run_blocks: 3,
            run_chars: 300,
            passage_chars: 400,
            showings_before_copy: 2,
            back_to_back_chars: 100,
        },
        listing: ListingThresholds {
            min_items: 3,
            items_text: Share::of(1, 2),
            card_text: Share::of(1, 2),
            distinct_texts: 3,
            lines_per_link: Share::of(4, 5),
            link_list_links: Share::of(3, 4),
            side_column_line_chars: 30,
        },
        threads: ThreadThresholds {
            items: 3,
            post_chars: 200,
            post_share: Share::of(1, 10),
        },
        ladder: LadderThresholds {
            enough_chars: 200,
            enough_share: Share::of(1, 4),
            fallback_gain: 2,
            listing_page_share: Share::of(2, 5),
            unpruned_around_gain: 10,
            intro_prose_chars: 1000,
            listing_over_intro_gain: 4,
            article_prose: Share::of(2, 3),
            side_column_links: Share::of(2, 5),
            lenient_below_chars: 200,
            lenient_page_gain: 2,
            lenient_chars: 500,
        },
        metadata: MetadataThresholds {
            headline_date_window: 300,
            before_headline_window: 60,
            date_text_chars: 80,
            byline_words: 6,
            byline_chars: 60,
            written_by_chars: 80,
            same_title_overlap: 0.25,
            title_word_letters: 4,
            title_part_ratio: 2,
            max_tags: 50,
        },
    };

    /// The table of a mode: the default, with what the mode trades overridden.
    pub(crate) fn for_mode(mode: Mode) -> Thresholds {
        let mut t = Thresholds::DEFAULT;
        match mode {
            Mode::Balanced => {}
            // Fewer chrome lines: a narrower pick, fewer siblings, fewer linked blocks.
            Mode::Precision => {
                t.container.min_coverage = 0.5;
                // The pick stays narrow: the headline's box would bring its dateline.
                t.container.headline_box_weight = 0.0;
                t.container.sibling_share = 0.3;
                t.blocks.max_link_density = 0.3;
                t.blocks.max_link_density_long = 0.4;
                t.blocks.bare_thread_heading_after = 500;
            }
            // More content: a wider pick, more siblings, more linked blocks.
            Mode::Recall => {
                t.container.min_coverage = 0.85;
                t.container.sibling_share = 0.1;
                t.blocks.max_link_density = 0.7;
                t.blocks.max_link_density_long = 0.8;
                t.blocks.counted_thread_heading_after = u32::MAX;
            }
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_compare_exactly() {
        let quarter = Share::of(1, 4);
        assert!(quarter.reached(25, 100) && !quarter.reached(24, 100));
        assert!(quarter.reached(0, 0));
        assert!(Share::of(1, 2).reached(u64::MAX, u64::MAX));
    }

    /// Precision keeps less than balanced, recall more, on every value a mode overrides.
    #[test]
    fn modes_order_what_they_override() {
        let [p, b, r] = [Mode::Precision, Mode::Balanced, Mode::Recall].map(Thresholds::for_mode);
        assert_eq!(b, Thresholds::DEFAULT);
        let values = |t: &Thresholds| {
            [
                t.container.min_coverage,
                -t.container.sibling_share,
                t.blocks.max_link_density,
                t.blocks.max_link_density_long,
            ]
        };
        for ((p, b), r) in values(&p).iter().zip(values(&b)).zip(values(&r)) {
            assert!(p < &b && b < r, "{p} < {b} < {r}");
        }
        // Precision reads a thread word alone as the start of a comment thread; balanced
        // only a counted heading ("40 Responses to ..."); recall neither.
        let bare = |t: &Thresholds| t.blocks.bare_thread_heading_after;
        assert!(bare(&p) < bare(&b) && bare(&b) == bare(&r));
        assert_eq!(bare(&b), u32::MAX);
        // Precision does not pull the pick up to the headline's box.
        let headline = |t: &Thresholds| t.container.headline_box_weight;
        assert!(headline(&p) < headline(&b) && headline(&b) == headline(&r));
        assert_eq!(headline(&p), 0.0);
        let counted = |t: &Thresholds| t.blocks.counted_thread_heading_after;
        assert!(counted(&p) == counted(&b) && counted(&b) < counted(&r));
        assert_eq!(counted(&r), u32::MAX);
    }
}
