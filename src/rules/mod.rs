//! The extractor's heuristics as data: the words it reads ([`vocabulary`]), the numbers it
//! compares against ([`Thresholds`]), and the rules that can each be switched off
//! ([`RuleId`]), so that what a rule is worth is one `evaluate --ablate` away.

pub(crate) mod thresholds;
pub(crate) mod vocabulary;

pub(crate) use thresholds::Thresholds;

use crate::options::Options;

/// Declares [`RuleId`] with its variants' names and documentation in one place.
macro_rules! rules {
    ($($(#[doc = $doc:literal])+ $rule:ident => $name:literal,)+) => {
        /// A pruning, selection or fallback rule that can be switched off with
        /// [`Options::with_rule_disabled`](crate::Options::with_rule_disabled), to measure
        /// what it is worth. Not part of the stable API: rules come and go as the extractor
        /// changes.
        #[doc(hidden)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum RuleId {
            $($(#[doc = $doc])+ $rule,)+
        }

        impl RuleId {
            /// Every rule, in pipeline order.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$rule,)+];

            /// The rule's name in `kebab-case`, as `evaluate --ablate` prints it.
            pub fn name(self) -> &'static str {
                match self {
                    $(RuleId::$rule => $name,)+
                }
            }
        }
    };
}

rules! {
    /// Hard pruning: elements that never hold readable text (`script`, `style`, form
    /// controls, embeds, `svg`, `template`, ...).
    NeverContent => "never-content",
    /// Hard pruning: a same-page link of one or two symbols (a heading's `¶` permalink).
    SymbolAnchors => "symbol-anchors",
    /// Hard pruning: a short `<noscript>` notice asking for JavaScript.
    ScriptNotices => "script-notices",
    /// Hard pruning: `nav`, `aside`, `footer` and `menu` elements.
    ChromeLandmarks => "chrome-landmarks",
    /// Hard pruning: a `<header>` outside `<article>` and `<main>`.
    PageHeaders => "page-headers",
    /// Hard pruning: ARIA roles of chrome (`navigation`, `banner`, `contentinfo`, ...).
    ChromeRoles => "chrome-roles",
    /// Hard pruning: elements hidden by `hidden`, `aria-hidden` or an inline style.
    HiddenElements => "hidden-elements",
    /// Exception to hidden elements: a hidden accordion section or tab panel (a class or id
    /// naming one, `role=tabpanel`, a labelled `role=region`, or the panel a button or a
    /// control with `aria-expanded` names in `aria-controls`) is content.
    DisclosurePanels => "disclosure-panels",
    /// Hard pruning on product pages: the customer reviews.
    CustomerReviews => "customer-reviews",
    /// Name pruning: class and id words that name chrome.
    ChromeNames => "chrome-names",
    /// Comment threads named as such (`comments`, `replies`): out of every rung's content,
    /// not only the first pick's.
    NamedThreads => "named-threads",
    /// Comment threads by structure: sibling items with a comment's marks beside a post.
    ThreadStructure => "thread-structure",
    /// Name pruning: classes that hide text from sighted readers (`sr-only`).
    ScreenReaderText => "screen-reader-text",
    /// Name pruning: figure captions.
    Captions => "captions",
    /// Exception to chrome names: a layout word (`widget`, `promo`) naming the blocks that
    /// hold most of a page's paragraphs says nothing about chrome.
    LayoutWords => "layout-words",
    /// Exception to chrome names: a chrome-named wrapper that frames the headline or holds
    /// most of the text with few links is kept.
    ChromeWrappers => "chrome-wrappers",
    /// Container scoring: tags weigh in (`article` up, lists and headings down).
    TagWeights => "tag-weights",
    /// Container scoring: class and id names weigh in (content words up, chrome down).
    NameWeights => "name-weights",
    /// Container scoring: the box around the heading that repeats the page's title competes
    /// with the pick as an `<article>`; a pick holding that heading widens only to half the
    /// good text, and the sibling holding it joins with any fair amount of text.
    HeadlineBoxes => "headline-boxes",
    /// Good text: paragraphs of teasers (a linked heading's box or its `<header>`'s, an
    /// excerpt wrapped alone one element below such a box, a link-heavy item) are not
    /// evidence of the article.
    TeaserBoxes => "teaser-boxes",
    /// The pick widens until it holds most of the page's good text.
    Widening => "widening",
    /// Sibling containers with a fair share of good text join the pick, none after a
    /// heading that closes the article ("Related posts", "53 Responses to ...").
    SiblingMerge => "sibling-merge",
    /// Block filter: link-heavy blocks are dropped.
    LinkDensity => "link-density",
    /// Block filter: the items of a list a kept line announces ("Other deals:") stay,
    /// links and all, unless an item is nothing but a link.
    AnnouncedLists => "announced-lists",
    /// Block filter: widget labels and counters ("Read more", "12 comments").
    WidgetLabels => "widget-labels",
    /// Block filter: a heading alone in a box of elements without text (a player's label).
    EmptyBoxLabels => "empty-box-labels",
    /// Block filter: the heading that repeats the page's title.
    HeadlineHeading => "headline-heading",
    /// Block filter: the few lines kept above that heading (breadcrumbs, a kicker).
    AboveHeadline => "above-headline",
    /// Block filter: closing sections ("About the author", "Related posts"), to the next
    /// heading of their level or the end of the box their heading opens (a dropped label
    /// naming one opens one too); a listing under such a heading does not join the pick.
    ClosingSections => "closing-sections",
    /// Block filter: a comment thread under its heading ("40 Responses to ..."; in
    /// Precision mode also "Comments"), wherever it starts below the post, goes to the
    /// comments.
    ThreadHeadings => "thread-headings",
    /// Block filter: a passage shown twice (a mobile and a desktop copy).
    RepeatedPassages => "repeated-passages",
    /// Block filter: a paragraph shown again and again with nothing new between.
    BackToBackCopies => "back-to-back-copies",
    /// Ladder: a listing replaces or joins a short introduction above it.
    ListingOverIntro => "listing-over-intro",
    /// Ladder: a listing of links around a short article (a table layout's side columns)
    /// does not replace it, and a list of one link a line (categories, archives, a
    /// blogroll) neither replaces the pick nor joins it; inside the pick's container only
    /// when its lines are short (category names, not a shop's whole-card links).
    SideColumns => "side-columns",
    /// Ladder: a listing when the paragraph pick found too little, if it holds two fifths
    /// of the page's text (a smaller one is a box of links beside a short post).
    ListingFallback => "listing-fallback",
    /// Ladder: the pick without name pruning when names removed the content (around the
    /// short pick, only with ten times its text).
    UnprunedFallback => "unpruned-fallback",
    /// Ladder: the pick under lenient hard pruning when landmarks or hidden wrappers hold
    /// most of the page; prose from one that runs to the page's end (left open), unless
    /// nothing else was found.
    LenientFallback => "lenient-fallback",
    /// Ladder: the JSON-LD `articleBody` when nothing else found text.
    DeclaredBody => "declared-body",
}

const _: () = assert!(RuleId::ALL.len() <= 64, "a bit per rule in a RuleSet");

impl RuleId {
    fn bit(self) -> u64 {
        // `ALL` lists the variants in declaration order, so the discriminant is the index.
        1 << (self as u32)
    }
}

impl std::str::FromStr for RuleId {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        RuleId::ALL
            .iter()
            .copied()
            .find(|r| r.name() == s)
            .ok_or_else(|| format!("unknown rule {s:?}"))
    }
}

/// A set of rules, as one bit each. Not part of the stable API.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct RuleSet(u64);

impl RuleSet {
    /// The set with `rule` added.
    #[must_use]
    pub fn with(self, rule: RuleId) -> Self {
        RuleSet(self.0 | rule.bit())
    }

    /// Whether `rule` is in the set.
    pub fn contains(self, rule: RuleId) -> bool {
        self.0 & rule.bit() != 0
    }
}

/// What the stages consult: the thresholds of the options' mode and the rules left on.
#[derive(Clone, Debug)]
pub(crate) struct Rules {
    pub(crate) thresholds: Thresholds,
    disabled: RuleSet,
}

impl Rules {
    /// The rules the options ask for.
    pub(crate) fn new(options: &Options) -> Self {
        let mut disabled = options.disabled_rules;
        if options.captions {
            // Captions kept: the rule that prunes them does not apply.
            disabled = disabled.with(RuleId::Captions);
        }
        Rules {
            thresholds: Thresholds::for_mode(options.mode),
            disabled,
        }
    }

    /// Whether `rule` applies.
    #[inline]
    pub(crate) fn on(&self, rule: RuleId) -> bool {
        !self.disabled.contains(rule)
    }
}

impl Default for Rules {
    /// Every rule on, with the balanced mode's thresholds.
    fn default() -> Self {
        Rules::new(&Options::default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_have_distinct_names_that_parse_back() {
        for (i, rule) in RuleId::ALL.iter().enumerate() {
            assert_eq!(rule.name().parse::<RuleId>(), Ok(*rule));
            assert!(RuleId::ALL[..i].iter().all(|r| r.name() != rule.name()));
        }
        assert!("no-such-rule".parse::<RuleId>().is_err());
    }

    #[test]
    fn a_rule_set_holds_what_was_added_only() {
        let set = RuleSet::default()
            .with(RuleId::Captions)
            .with(RuleId::DeclaredBody);
        for &rule in RuleId::ALL {
            let expected = matches!(rule, RuleId::Captions | RuleId::DeclaredBody);
            assert_eq!(set.contains(rule), expected, "{rule:?}");
        }
        let rules = Rules::new(&Options::default().with_rule_disabled(RuleId::Widening));
        assert!(!rules.on(RuleId::Widening) && rules.on(RuleId::SiblingMerge));
        // Adding a rule twice keeps it; keeping captions switches their rule off, however
        // often it was already disabled.
        assert!(set.with(RuleId::Captions).contains(RuleId::Captions));
        let options = Options::default()
            .with_rule_disabled(RuleId::Captions)
            .with_captions(true);
        assert!(!Rules::new(&options).on(RuleId::Captions));
        assert!(!Rules::new(&Options::default().with_captions(true)).on(RuleId::Captions));
        assert!(Rules::new(&Options::default()).on(RuleId::Captions));
    }
}
