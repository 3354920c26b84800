//! The public API: what callers rely on.

use dechrome::{EncodingSource, Error, Extractor, Mode, Options, RuleId};

const ARTICLE: &str = r##"<!DOCTYPE html><html lang="en"><head>
<title>Lighthouse keeper retires after forty years | Shore Times</title>
<meta property="og:site_name" content="Shore Times">
<meta name="author" content="Ada Pennock">
<meta property="article:published_time" content="2021-05-04T08:00:00Z">
<link rel="canonical" href="https://shore.example.com/keeper">
</head><body>
<nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Lighthouse keeper retires after forty years</h1>
<p>For forty years Tom Hale climbed the one hundred and twelve steps of the point lighthouse every evening, first to light the lamp and later to check the automatic one.</p>
<p>On Friday he handed over his keys to the harbour trust, which will open the tower to visitors next spring.</p>
<div class="share-buttons"><a href="#">Share</a> <a href="#">Tweet</a></div>
</article>
<footer>© Shore Times</footer></body></html>"##;

#[test]
fn extractor_is_send_sync_and_clone() {
    fn assert_traits<T: Send + Sync + Clone + 'static>() {}
    assert_traits::<Extractor>();
    assert_traits::<dechrome::Article>();
    assert_traits::<Error>();
}

#[test]
fn extract_gives_title_text_and_metadata() {
    let article = dechrome::extract(ARTICLE).expect("extracts");
    assert_eq!(
        article.title(),
        Some("Lighthouse keeper retires after forty years")
    );
    assert!(
        article.text().starts_with("For forty years Tom Hale"),
        "text: {:?}",
        article.text()
    );
    assert!(
        article.text().contains("\n\nOn Friday he handed over"),
        "paragraphs are separated by a blank line"
    );
    for chrome in ["Home", "Sport", "Share", "Tweet", "© Shore Times"] {
        assert!(!article.text().contains(chrome), "chrome {chrome:?} leaked");
    }
    let m = article.metadata();
    assert_eq!(m.authors, ["Ada Pennock"]);
    assert_eq!(m.date.as_deref(), Some("2021-05-04"));
    assert_eq!(m.site_name.as_deref(), Some("Shore Times"));
    assert_eq!(m.language.as_deref(), Some("en"));
    assert_eq!(
        m.canonical_url.as_deref(),
        Some("https://shore.example.com/keeper")
    );
    assert_eq!(article.encoding(), "UTF-8");
    assert_eq!(article.encoding_source(), EncodingSource::Text);
}

#[test]
fn inline_tags_never_glue_words() {
    let html = "<p>alpha<br>beta <b>gamma</b><i> delta</i><span>\nepsilon</span> and a sentence long enough to count as content here.</p>";
    let text = text_of(html);
    assert!(
        text.contains("alpha\nbeta gamma delta epsilon"),
        "got {text:?}"
    );
}

/// Two elements laid out apart by CSS ("Black Diamond" over "Spot 400") read as two words,
/// in the text and in every rendering; a word split by markup mid-word stays whole.
#[test]
fn a_capital_after_lower_case_across_elements_starts_a_word() {
    let card = "<p><span>Black Diamond</span><span>Spot 400 Headlamp</span> is our \
        brightest lamp, and Wel<b>come</b> kits ship with every order placed this month.</p>";
    let article = dechrome::extract(card).expect("extracts");
    for (format, out) in [
        ("text", article.text().to_string()),
        ("markdown", article.markdown()),
        ("html", article.html()),
    ] {
        assert!(out.contains("Diamond Spot 400"), "{format}: {out:?}");
        assert!(!out.contains("Wel come"), "{format}: {out:?}");
    }
}

#[test]
fn extract_bytes_honours_content_type_charset() {
    let html = b"<p>Na\xefve caf\xe9 owners say the new tram line has doubled their trade since the spring.</p>";
    let article =
        dechrome::extract_bytes(html, Some("text/html; charset=ISO-8859-1")).expect("extracts");
    assert!(
        article.text().contains("Naïve café"),
        "got {:?}",
        article.text()
    );
    assert_eq!(article.encoding_source(), EncodingSource::ContentType);
    assert_eq!(article.encoding(), "windows-1252");
}

#[test]
fn input_over_the_size_limit_is_an_error() {
    let extractor = Extractor::new(Options::default().with_max_input_bytes(100));
    let html = "x".repeat(101);
    assert_eq!(
        extractor.extract(&html).unwrap_err(),
        Error::InputTooLarge {
            size: 101,
            limit: 100
        }
    );
    assert!(
        extractor.extract(&html[..100]).is_ok(),
        "exactly at the limit is allowed"
    );
    assert!(extractor.extract_bytes(html.as_bytes(), None).is_err());
    let message = extractor.extract(&html).unwrap_err().to_string();
    assert!(
        message.contains("101") && message.contains("100"),
        "message: {message}"
    );
}

#[test]
fn too_many_nodes_is_an_error() {
    let extractor = Extractor::new(Options::default().with_max_nodes(50));
    let html = "<p>a</p>".repeat(100);
    assert!(matches!(
        extractor.extract(&html),
        Err(Error::TooManyNodes { limit: 50 })
    ));
}

#[test]
fn modes_parse_and_are_ordered_by_how_much_they_keep() {
    assert_eq!("precision".parse::<Mode>(), Ok(Mode::Precision));
    assert_eq!("Recall".parse::<Mode>(), Ok(Mode::Recall));
    assert!("loose".parse::<Mode>().is_err());
    assert_eq!(Options::default().mode, Mode::Balanced);
    // Two short paragraphs beside the article differ only in how much of them is link
    // text: 37% (over Precision's 0.3, under Balanced's 0.5) and 55% (under only Recall's 0.7).
    let prose = |watches: [&str; 3]| {
        watches
            .map(|watch| {
                format!(
                    "<p>Every entry in the keeper's log begins with the weather at the \
                     {watch} watch: the wind's direction and force, the state of the sea, \
                     and how far the light could be seen from the gallery.</p>"
                )
            })
            .concat()
    };
    // Paragraphs of 100 characters, 60 and 80 of them in a link: a paragraph may hold 0.2
    // more link text than the mode's limit for other blocks (0.3, 0.5, 0.7).
    let linked = |plain: &str, link: &str| {
        assert_eq!(plain.len() + link.len(), 100);
        format!("{plain}<a href='/x'>{link}</a>")
    };
    let sixty = linked(
        "Sixty percent linked: see the tide logs ",
        "table for the harbour mouth, updated at dawn by the keepers.",
    );
    let eighty = linked(
        "Eighty percent: the ",
        "keepers of the north light and their logs of every ship that passed in the 1890s",
    );
    let page = format!(
        "<html><body><article><h1>Keeping a lighthouse log</h1>{}\
         <p>{sixty}</p><p>{eighty}</p>{}</article></body></html>",
        prose(["first", "second", "third"]),
        prose(["fourth", "fifth", "sixth"]),
    );
    let text = |mode| {
        Extractor::new(Options::default().with_mode(mode))
            .extract(&page)
            .expect("extracts")
            .text()
            .to_string()
    };
    let (precision, balanced, recall) = (
        text(Mode::Precision),
        text(Mode::Balanced),
        text(Mode::Recall),
    );
    for (name, text) in [
        ("precision", &precision),
        ("balanced", &balanced),
        ("recall", &recall),
    ] {
        assert!(
            text.matches("Every entry in the keeper's log").count() == 6,
            "{name} keeps the article's prose: {text}"
        );
    }
    let (sixty, eighty) = ("Sixty percent linked", "Eighty percent");
    assert!(
        !precision.contains(sixty) && !precision.contains(eighty),
        "{precision}"
    );
    assert!(
        balanced.contains(sixty) && !balanced.contains(eighty),
        "{balanced}"
    );
    assert!(
        recall.contains(sixty) && recall.contains(eighty),
        "{recall}"
    );
    assert!(precision.len() < balanced.len() && balanced.len() < recall.len());
}

#[test]
fn empty_and_textless_inputs_give_empty_text() {
    for html in [
        "",
        "   ",
        "<html></html>",
        "<script>var x = 1;</script>",
        "<frameset><frame src=a></frameset>",
    ] {
        let article = dechrome::extract(html).expect("never an error for small inputs");
        assert_eq!(article.text(), "", "input {html:?}");
    }
}

/// Pages wrapped whole in a hidden element until a script shows them (against a flash of
/// unstyled content) still give their article; a page that is hidden chrome stays empty.
#[test]
fn a_body_hidden_until_scripts_run_still_extracts() {
    let body = ARTICLE
        .split_once("<body>")
        .and_then(|(_, rest)| rest.split_once("</body>"))
        .map(|(inner, _)| inner)
        .expect("the test page has a body");
    let paragraphs = "<p>The keeper kept a log of every ship that passed the point, with the \
        weather at each watch and the oil the lamp burned.</p>"
        .repeat(4);
    let hidden = format!(
        "<html><body><div style=\"visibility:hidden\">{body}<section>{paragraphs}</section>\
         </div></body></html>"
    );
    let article = dechrome::extract(&hidden).expect("extracts");
    assert!(
        article.text().contains("one hundred and twelve steps"),
        "{}",
        article.text()
    );
    assert!(!article.text().contains("Sport"));

    let hidden_menu = "<html><body><p>Short.</p><div hidden><a href=/a>One</a> \
        <a href=/b>Two</a> <a href=/c>Three</a></div></body></html>";
    let article = dechrome::extract(hidden_menu).expect("extracts");
    assert!(!article.text().contains("Three"), "{}", article.text());
}

/// A product grid hidden until a script shows it is the page's content; hidden menus are not.
#[test]
fn a_grid_hidden_until_scripts_run_is_the_listing() {
    let cards: String = (1..=30)
        .map(|n| {
            format!(
                "<li class=\"card\"><a href=\"/p/{n}\">Hand-thrown stoneware mug, glaze number {n}</a>\
                 <span class=\"price\">${n}.50</span></li>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><nav><a href=/>Home</a></nav><main><h1>Mugs</h1>\
         <div style=\"display:none\"><ul class=\"grid\">{cards}</ul></div></main>\
         <div hidden><ul class=\"menu\">{cards}</ul></div></body></html>"
    );
    let article = dechrome::extract(&html).expect("extracts");
    assert!(
        article.text().contains("stoneware mug, glaze number 30"),
        "{}",
        article.text()
    );
    assert_eq!(article.text().matches("glaze number 30").count(), 1);
}

/// A category page's short introduction gives way to the grid below it; an article's
/// related-links grid does not replace the article.
#[test]
fn an_intro_above_a_grid_gives_way_to_the_grid_unless_the_page_is_an_article() {
    let cards: String = (1..=40)
        .map(|n| {
            format!(
                "<div class=\"tile\"><h3><a href=\"/t/{n}\">Walking trail number {n} \
                 along the river</a></h3><span>{n}.5 km</span></div>"
            )
        })
        .collect();
    let page = |head: &str| {
        format!(
            "<html><head>{head}</head><body><main><h1>Trails</h1><p>Every trail in the \
             valley, with its length and where it starts, so you can plan a day out. The \
             river paths are flat and stay dry in summer; the ridge paths climb steeply, and \
             after rain their upper sections are best left for another day. Dogs are \
             welcome on every path if kept on a lead near the grazing fields.</p></main>\
             <section><div class=\"tiles\">{cards}</div></section></body></html>"
        )
    };
    assert_keeps(&page(""), "Walking trail number 40");
    // A group of products (Open Graph `product.group`) declares a listing, not one text.
    assert_keeps(
        &page(r#"<meta property="og:type" content="product.group">"#),
        "Walking trail number 40",
    );
    assert_keeps_and_drops(
        &page(r#"<meta property="og:type" content="product">"#),
        "plan a day out",
        "Walking trail number 40",
    );
    assert_keeps_and_drops(
        &page(r#"<meta property="og:type" content="article">"#),
        "plan a day out",
        "Walking trail number 40",
    );
}

/// Under a declared product, the customer reviews are not the description, however long;
/// on other pages a `reviews` section is read like any other.
#[test]
fn customer_reviews_are_left_out_of_a_product() {
    let reviews: String = (1..=12)
        .map(|n| {
            format!(
                "<div class=\"review\"><p>Review {n}: I have carried this bag on every \
                 hike this summer, and the straps still feel as comfortable as the first \
                 day, even with a full water reservoir inside.</p></div>"
            )
        })
        .collect();
    let page = |head: &str| {
        format!(
            "<html><head>{head}</head><body><main><h1>Trail pack</h1><p>A light daypack \
             with a padded back panel, two side pockets and a rain cover that tucks into \
             its own pouch at the bottom of the pack.</p>\
             <section class=\"product-reviews\"><h2>Reviews</h2>{reviews}</section>\
             </main></body></html>"
        )
    };
    let product = r#"<script type="application/ld+json">{"@type": "Product",
        "name": "Trail pack"}</script>"#;
    let article = dechrome::extract(&page(product)).expect("extracts");
    assert!(
        article.text().contains("padded back panel"),
        "{}",
        article.text()
    );
    assert!(!article.text().contains("Review 3:"), "{}", article.text());

    let article = dechrome::extract(&page("")).expect("extracts");
    assert!(article.text().contains("Review 3:"), "{}", article.text());
}

#[test]
fn extractor_is_shared_across_threads() {
    let extractor = Extractor::default();
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                let article = extractor.extract(ARTICLE).expect("extracts");
                assert!(article.text().contains("Tom Hale"));
            });
        }
    });
}

/// A `<noscript>` asking for JavaScript is not page text; a thread served whole inside one
/// (forum software's crawler view) is.
#[test]
fn a_noscript_notice_is_dropped_a_noscript_thread_is_kept() {
    let notice = ARTICLE.replace(
        "<article>",
        "<article><noscript>JavaScript is disabled: enable it to comment.</noscript>",
    );
    let article = dechrome::extract(&notice).expect("extracts");
    assert!(article.text().contains("one hundred and twelve steps"));
    assert!(!article.text().contains("JavaScript"), "{}", article.text());

    let app = "<html><body><h1>Winter coats</h1><noscript>You need to enable JavaScript to \
        run this app.</noscript><div id=\"root\"></div></body></html>";
    let article = dechrome::extract(app).expect("extracts");
    assert!(!article.text().contains("JavaScript"), "{}", article.text());

    let posts: String = (1..=6)
        .map(|n| {
            format!(
                "<div class=\"post\"><p>Reply {n}: I swapped the switches on my board last \
                 winter and the hot-swap sockets held up fine after a dozen changes.</p></div>"
            )
        })
        .collect();
    let thread = format!(
        "<html><body><div id=\"app\"></div><noscript><div class=\"topic\">{posts}</div>\
         </noscript></body></html>"
    );
    let article = dechrome::extract(&thread).expect("extracts");
    assert!(article.text().contains("Reply 6:"), "{}", article.text());
}

/// An index whose groups each carry their own name in the class ("letter-group group-b")
/// is a listing, links and all.
#[test]
fn groups_sharing_a_class_word_are_a_listing() {
    let groups: String = "ABCDEFGHKLMNPRST"
        .chars()
        .map(|letter| {
            let links: String = (1..=4)
                .map(|n| format!("<a href=\"/c/{letter}{n}\">{letter} fitting, size {n}</a> "))
                .collect();
            format!(
                "<div class=\"letter-group group-{}\"><h3>{letter}</h3><p>{links}</p></div>",
                letter.to_ascii_lowercase()
            )
        })
        .collect();
    let index = format!(
        "<html><body><header><a href=/>Home</a></header><main><h1>Parts index</h1>\
         <p>Find item details, images and spec sheets.</p><div class=\"index\">{groups}</div>\
         </main><footer>Copyright</footer></body></html>"
    );
    let article = dechrome::extract(&index).expect("extracts");
    assert!(
        article.text().contains("T fitting, size 4"),
        "{}",
        article.text()
    );
}

/// Six paragraphs of a buying guide for lanterns.
fn lantern_guide() -> String {
    (1..=6)
        .map(|n| {
            format!(
                "<p>Point {n} of the guide: a lantern for the porch wants a sealed body and a \
                 warm light, while one for the trail wants a hook, a dimmer and a battery that \
                 lasts through a long weekend away from any socket.</p>"
            )
        })
        .collect()
}

/// Forty lantern cards of a shop's grid, each written by `card`.
fn lantern_cards(card: impl Fn(usize) -> String) -> String {
    (1..=40).map(card).collect()
}

/// A category page with a buying guide above its grid gives both, in page order, in the
/// text and in Markdown; an article keeps its text alone.
#[test]
fn a_buying_guide_and_the_grid_below_it_are_both_the_page() {
    let guide = lantern_guide();
    let cards = lantern_cards(|n| {
        format!(
            "<div class=\"tile\"><h3><a href=\"/l/{n}\">Brass lantern model {n}</a></h3>\
             <span>{n}0 lumens</span><span>${n}9.00</span></div>"
        )
    });
    let page = |head: &str| {
        format!(
            "<html><head>{head}</head><body><main><h1>Lanterns</h1>{guide}</main>\
             <section><div class=\"tiles\">{cards}</div></section></body></html>"
        )
    };
    let category = dechrome::extract(&page("")).expect("extracts");
    let text = category.text();
    let (guide_at, grid_at) = (text.find("Point 6 of the guide"), text.find("model 40"));
    assert!(
        matches!((guide_at, grid_at), (Some(g), Some(l)) if g < l),
        "{text}"
    );
    let markdown = category.markdown();
    let (guide_at, grid_at) = (
        markdown.find("Point 6 of the guide"),
        markdown.find("model 40"),
    );
    assert!(
        matches!((guide_at, grid_at), (Some(g), Some(l)) if g < l),
        "{markdown}"
    );

    let article = dechrome::extract(&page(r#"<meta property="og:type" content="article">"#))
        .expect("extracts");
    assert!(article.text().contains("Point 6 of the guide"));
    assert!(!article.text().contains("model 40"), "{}", article.text());
}

/// The same guide with the grid inside its own container: the cards paragraph scoring
/// dropped join the guide, and nothing is read twice.
#[test]
fn a_grid_inside_the_guides_container_joins_it() {
    let guide = lantern_guide();
    // Whole cards are links: paragraph scoring drops every one of them.
    let cards = lantern_cards(|n| {
        format!(
            "<div class=\"tile\"><a href=\"/l/{n}\">Brass lantern model {n}, {n}0 \
             lumens, ${n}9.00</a></div>"
        )
    });
    let page = format!(
        "<html><body><main><h1>Lanterns</h1>{guide}<div class=\"tiles\">{cards}</div></main>\
         <footer>Lantern Co.</footer></body></html>"
    );
    let category = dechrome::extract(&page).expect("extracts");
    let text = category.text();
    assert!(text.contains("Point 6 of the guide"), "{text}");
    assert_eq!(text.matches("Brass lantern model 40,").count(), 1, "{text}");
    assert_eq!(
        category
            .markdown()
            .matches("Brass lantern model 40")
            .count(),
        1
    );
}

/// Text stored after a second round of UTF-8 encoding ("itâ€™s") comes back as written,
/// whether the damage is in the bytes or in character references.
#[test]
fn double_encoded_utf8_is_repaired() {
    let page = ARTICLE.replace(
        "On Friday he handed",
        "Itâ€™s over, he said. On Friday he handed",
    );
    let article = dechrome::extract_bytes(page.as_bytes(), None).expect("extracts");
    assert!(article.text().contains("It’s over"), "{}", article.text());
    assert!(!article.text().contains('â'), "{}", article.text());

    // The same damage written as character references.
    let page = ARTICLE.replace(
        "On Friday he handed",
        "It&acirc;&euro;&trade;s over, he said. On Friday he handed",
    );
    let article = dechrome::extract(&page).expect("extracts");
    assert!(article.text().contains("It’s over"), "{}", article.text());
}

/// Linked headings in a row are the entries of a category page, even with nothing under
/// them. Under an article they stay too: headings with nothing under them are no longer
/// dropped (measured: dropping them paid on one shared set and cost the three others).
#[test]
fn a_row_of_linked_headings_is_a_listing_and_stays_under_an_article() {
    let tiles: String = (1..=12)
        .map(|n| {
            let price = if n % 4 == 0 {
                format!("<p class=\"price\">${n}.00</p>")
            } else {
                String::new()
            };
            format!(
                "<div class=\"tile\"><a href=\"/c/{n}\"><h2>Beeswax pillar candle no. {n}</h2>\
                 </a>{price}</div>"
            )
        })
        .collect();
    let page = |head: &str, intro: &str| {
        format!(
            "<html><head>{head}</head><body><main><h1>Candles</h1>{intro}<p>12 products</p>\
             <div class=\"grid\">{tiles}</div></main></body></html>"
        )
    };
    let category = dechrome::extract(&page("", "")).expect("extracts");
    for n in [1, 2, 3, 11] {
        let name = format!("pillar candle no. {n}\n");
        assert!(
            category.text().contains(&name),
            "{name:?} in {}",
            category.text()
        );
    }

    let story = "<p>The chandler melts the wax slowly in a copper pot, then pours it into \
        moulds lined with cotton wicks that were soaked overnight in brine.</p>"
        .repeat(3);
    let text = assert_keeps(
        &page(r#"<meta property="og:type" content="article">"#, &story),
        "copper pot",
    );
    assert!(text.contains("pillar candle no. 12"), "{text}");
}

/// A page declared an article that is a list of linked titles (an archive whose theme calls
/// every page an article) keeps the titles: they are most of its text.
#[test]
fn linked_titles_that_are_most_of_a_declared_page_are_its_listing() {
    let titles: String = (1..=10)
        .map(|n| {
            format!("<h2><a href=\"/p/{n}\">Harbour walk number {n} along the sea wall</a></h2>")
        })
        .collect();
    let page = format!(
        "<html><head><meta property=\"og:type\" content=\"article\"></head><body><main>\
         <h1>Walks</h1><p>Routes we walked this year.</p>{titles}</main></body></html>"
    );
    assert_keeps(&page, "Harbour walk number 10 along");
}

/// A comment thread stays chrome when another of its classes names a post layout
/// (`single-post-section comments-section`): the word naming the thread is its role.
#[test]
fn a_comment_thread_named_beside_a_post_layout_is_dropped() {
    let comments = "<div class=\"single-post-section comments-section\">\
        <div class=\"comment\"><p>I visited the point lighthouse last summer and the climb \
        to the lamp room was worth every one of those steps, even in the wind.</p></div>\
        <div class=\"comment\"><p>My grandfather knew Tom Hale from the harbour days; he \
        always said the lamp was never late, not once in all those winters.</p></div></div>";
    let page = ARTICLE.replace("</article>", &format!("{comments}</article>"));
    assert_keeps_and_drops(&page, "one hundred and twelve steps", "grandfather");
}

/// Extracts `page` and checks that its text holds `kept` and not `dropped`.
fn assert_keeps_and_drops(page: &str, kept: &str, dropped: &str) {
    let text = assert_keeps(page, kept);
    assert!(!text.contains(dropped), "{dropped:?} kept in: {text}");
}

/// Extracts `page`, checks that its text holds `kept`, and returns the text.
fn assert_keeps(page: &str, kept: &str) -> String {
    let article = dechrome::extract(page).expect("extracts");
    let text = article.text().to_string();
    assert!(text.contains(kept), "{kept:?} missing from: {text}");
    text
}

/// "widget" names chrome on an ordinary page (a newsletter box in the article) but only
/// layout on a page builder's page, where every section is a widget.
#[test]
fn widget_blocks_are_chrome_unless_the_page_is_built_of_them() {
    let boxed = ARTICLE.replace(
        "</article>",
        "<div class=\"sidebar-widget\"><p>Our weekly letter brings the tides, the ferries \
         and the harbour gossip straight to your inbox every Friday morning.</p></div></article>",
    );
    assert_keeps_and_drops(&boxed, "one hundred and twelve steps", "weekly letter");

    // The introduction alone is long enough to stand as the pick: the sections must not
    // be pruned in the first place.
    let intro = "Harbour Pianos has looked after the instruments of the town for three \
        generations, from the chapel organ to the practice uprights of the music school, and \
        every visit starts with a conversation about how the piano is played and where it stands.";
    let sections = [
        ("Tuning", "We tune upright and grand pianos in homes, schools and concert halls across the county, usually within a week of your call, and we note the pitch each time so drift shows up early."),
        ("Repairs", "Sticking keys, broken strings and worn hammers are repaired on site where possible, or in our workshop when a part must be made by hand, with a loan piano while you wait."),
        ("Moving", "Our crew moves pianos between rooms, houses and floors with padded dollies and stair climbers, and tunes them again once they have settled in their new home for a month."),
    ];
    let widgets: String = sections
        .iter()
        .map(|(heading, text)| {
            format!("<div class=\"builder-widget-wrap\"><h2>{heading}</h2><p>{text}</p></div>")
        })
        .collect();
    let page = format!(
        "<html><body><nav><a href=\"/\">Home</a></nav><main><h1>Piano services</h1>\
         <p>{intro}</p>{widgets}</main></body></html>"
    );
    let article = dechrome::extract(&page).expect("extracts");
    for (heading, text) in sections {
        assert!(article.text().contains(heading), "{}", article.text());
        assert!(article.text().contains(text), "{}", article.text());
    }
}

/// A heading's id is its anchor, spelled from its words: "social" or "related" there does
/// not make the heading chrome.
#[test]
fn a_heading_anchor_id_is_not_a_component_name() {
    let page = ARTICLE.replace(
        "<p>On Friday",
        "<h2 id=\"the-social-life-of-a-lighthouse\">The social life of a lighthouse</h2><p>On Friday",
    );
    assert_keeps(&page, "The social life of a lighthouse");
}

/// A figure's caption describes the picture, not the story: the picture stays (in Markdown),
/// its caption does not.
#[test]
fn a_figure_caption_is_not_body_text() {
    let page = ARTICLE.replace(
        "<p>On Friday",
        "<figure><img src=\"/tower.jpg\" alt=\"The point lighthouse at dusk\">\
         <figcaption>The tower seen from the harbour wall. Photo: Shore Times</figcaption>\
         </figure><p class=\"wp-caption-text\">Tom Hale on the gallery, 1998.</p><p>On Friday",
    );
    let article = dechrome::extract(&page).expect("extracts");
    assert!(article.text().contains("On Friday he handed over"));
    assert!(
        !article.text().contains("harbour wall"),
        "{}",
        article.text()
    );
    assert!(!article.text().contains("1998"), "{}", article.text());
    assert!(
        article.markdown().contains("tower.jpg"),
        "{}",
        article.markdown()
    );

    // On a page declaring an article, a class ending in "caption" marks one too.
    let declared = page.replace(
        "<head>",
        "<head><meta property=\"og:type\" content=\"article\">",
    );
    let captioned = declared.replace(
        "<p>On Friday",
        "<span class=\"newsCaption\">The keys, on their ring of brass (Image: Shore Times)</span>\
         <p>On Friday",
    );
    assert_keeps_and_drops(&captioned, "On Friday he handed over", "ring of brass");
}

/// Plain text puts a blank line between paragraphs but keeps a list's items and a table's
/// cells on consecutive lines, so they read as one list and one table.
#[test]
fn plain_text_keeps_list_items_and_table_cells_together() {
    let html = "<html><body><article><h1>Packing for the lighthouse</h1>\
        <p>The relief boat calls once a fortnight, so everything for two weeks goes out on it, \
        checked against the keeper's list before the boat leaves the quay.</p>\
        <ul><li>Paraffin for the lamp, in sealed tins</li><li>Wicks and a spare burner</li>\
        <li>Flour, tea and tinned milk</li></ul>\
        <p>What the boat brings back is written in the same book, with the date and the \
        weather, and signed by the keeper and the boatman.</p>\
        <table><tr><th>Item</th><th>Tins</th></tr><tr><td>Paraffin</td><td>Twelve</td></tr>\
        </table></article></body></html>";
    let text = text_of(html);
    assert!(
        text.contains(
            "Paraffin for the lamp, in sealed tins\nWicks and a spare burner\nFlour, tea and tinned milk"
        ),
        "list items on consecutive lines: {text:?}"
    );
    assert!(
        text.contains("before the boat leaves the quay.\n\nParaffin for the lamp"),
        "a blank line between a paragraph and a list: {text:?}"
    );
    assert!(
        text.contains("Item\nTins\nParaffin\nTwelve"),
        "table cells together: {text:?}"
    );
}

/// Sentences for the wrapper tests: each paragraph distinct, so none reads as a copy.
fn keeper_paragraphs(topic: &str, days: &[&str]) -> String {
    days.iter()
        .map(|day| {
            format!(
                "<p>On {day} the keeper wrote about {topic} in the log, with the wind, the \
                 state of the sea and the ships that passed the point before the light.</p>"
            )
        })
        .collect()
}

/// A wrapper whose class names chrome (`site-sidebar-wrap`) but that frames the headline is
/// layout, not chrome: its text stays.
#[test]
fn a_chrome_named_wrapper_around_the_headline_is_kept() {
    let html = format!(
        "<html><body><div id=story><div class='site-sidebar-wrap'><h1>The keeper's log</h1>\
         <p>Framed with the headline: the first entry of the year, written on the night the \
         new lens was lit for the first time.</p></div>{}</div></body></html>",
        keeper_paragraphs("the lamp", &["Monday", "Tuesday", "Wednesday", "Thursday"])
    );
    let text = text_of(&html);
    assert!(text.contains("Framed with the headline"), "{text}");
    // The same wrapper without the headline is chrome.
    let html = html.replace("<h1>The keeper's log</h1>", "");
    let text = text_of(&html);
    assert!(!text.contains("Framed with the headline"), "{text}");
    assert!(text.contains("On Monday the keeper"), "{text}");
}

/// A chrome-named wrapper holding most of the page's text is kept when little of it is
/// links, and is chrome when much of it is (here 40%: under the block filter's limit, so
/// only the wrapper rule can drop it).
#[test]
fn a_chrome_named_wrapper_with_most_of_the_text_is_judged_by_its_links() {
    let page = |inside: &str| {
        format!(
            "<html><body><div class='site-sidebar-wrap'>{inside}</div><div>{}</div></body></html>",
            keeper_paragraphs("the weather", &["Sunday"])
        )
    };
    let prose = keeper_paragraphs("the oil", &["Monday", "Tuesday", "Wednesday"]);
    let text = text_of(&page(&prose));
    assert!(
        text.contains("On Tuesday the keeper wrote about the oil"),
        "{text}"
    );
    let linked: String = ["Monday", "Tuesday", "Wednesday"]
        .iter()
        .map(|day| {
            format!(
                "<p>Linked {day} entry: the keeper wrote about the oil and \
                 <a href='/log/{day}'>the ships that passed the point at night</a> in the log.</p>"
            )
        })
        .collect();
    let text = text_of(&page(&linked));
    assert!(!text.contains("Linked Monday entry"), "{text}");
    assert!(text.contains("On Sunday the keeper"), "{text}");
}

/// Plain text keeps a `<pre>` block as written (indentation, inner spacing, line breaks)
/// and collapses whitespace again once the block ends; two `<br>` in a row leave a blank
/// line, as the paragraph break they show as (Markdown makes them two paragraphs), and a
/// third adds nothing.
#[test]
fn plain_text_keeps_preformatted_text_verbatim_and_collapses_the_rest() {
    let html = "<html><body><article><h1>Trimming the wick</h1>\
        <p>The keeper's manual gives the steps as a short program, so that every keeper \
        trims the wick the same way on every night of the year.</p>\
        <pre>    lower(lamp)\n    trim(wick,   to=\"flat\")\n    raise(lamp)</pre>\
        <p>After  the   program,  the manual<br><br>goes on in prose about the chimney \
        glass<br>\n<br> <br>and how to clean it<br>without scratching the surface.</p>\
        </article></body></html>";
    let text = text_of(html);
    assert!(
        text.contains("    lower(lamp)\n    trim(wick,   to=\"flat\")\n    raise(lamp)"),
        "preformatted text as written: {text:?}"
    );
    assert!(
        text.contains(
            "After the program, the manual\n\ngoes on in prose about the chimney glass\n\n\
             and how to clean it\nwithout scratching"
        ),
        "collapsed after the block, a blank line for two or three <br>: {text:?}"
    );
    // Text cut short by a block inside the `<pre>` keeps its indentation too.
    let nested = html.replace(
        "    raise(lamp)</pre>",
        "    raise(lamp)\n<div>    light(lamp)</div></pre>",
    );
    let text = text_of(&nested);
    assert!(
        text.contains(
            "    lower(lamp)\n    trim(wick,   to=\"flat\")\n    raise(lamp)\n\n    light(lamp)"
        ),
        "preformatted text before and inside a nested block as written: {text:?}"
    );
}

/// An item's own text before a nested list is a list item like the rest: the items and
/// the nested ones stay on consecutive lines.
#[test]
fn plain_text_keeps_nested_list_items_together() {
    let html = "<html><body><article><h1>Packing for the lighthouse</h1>\
        <p>The relief boat calls once a fortnight, so everything for two weeks goes out on it, \
        checked against the keeper's list before the boat leaves the quay.</p>\
        <ul><li>Lamp stores<ul><li>Paraffin, in sealed tins</li><li>Wicks</li></ul></li>\
        <li>Flour, tea and tinned milk</li></ul>\
        <p>What the boat brings back is written in the same book, with the date and the \
        weather, and signed by the keeper and the boatman.</p></article></body></html>";
    let text = text_of(html);
    assert!(
        text.contains("Lamp stores\nParaffin, in sealed tins\nWicks\nFlour, tea and tinned milk"),
        "nested list items on consecutive lines: {text:?}"
    );
}

/// A `<header>` inside an `<article>` or `<main>` holds the headline and standfirst and is
/// kept; one outside them is the site's header and is chrome, also after an article ends.
#[test]
fn headers_are_content_only_inside_the_article() {
    let html = format!(
        "<html><body><header><p>Coastline Daily: subscribe to the harbour newsletter for the \
         news of the week.</p></header><div id=stories>\
         <article><header><p>Standfirst: the harbour bridge carries cars again after two \
         years of repairs and a long detour.</p></header>{}</article>\
         <header><p>Between the stories: the site's own banner with its motto and its \
         opening hours for the front desk.</p></header>\
         <article>{}</article></div></body></html>",
        keeper_paragraphs("the bridge", &["Monday", "Tuesday"]),
        keeper_paragraphs("the ferry", &["Wednesday", "Thursday"])
    );
    let text = text_of(&html);
    assert!(text.contains("Standfirst: the harbour bridge"), "{text}");
    assert!(
        text.contains("wrote about the ferry"),
        "both stories: {text}"
    );
    assert!(!text.contains("Between the stories"), "{text}");
    assert!(
        !text.contains("subscribe to the harbour newsletter"),
        "{text}"
    );
}

/// Two paragraphs of a short news story, with its headline.
const CRANE_STORY: &str = "<h1>The harbour crane</h1><p>The harbour crane, idle since the \
    spring, was lifted onto its new rails on Tuesday after three weeks of work by crews from \
    two firms.</p><p>The port says ships can load again from the first of the month, slowly \
    at first, while the crane's new motors are run in.</p>";

fn text_of(html: &str) -> String {
    dechrome::extract(html)
        .expect("extracts")
        .text()
        .to_string()
}

/// A page that is nothing but navigation stays empty, whether the links sit in `<nav>`, a
/// page `<header>`, a `<footer>` or an element with a navigation role; the same links
/// hidden in a plain wrapper until a script shows them are the page's listing.
#[test]
fn a_page_of_navigation_only_stays_empty_but_a_hidden_grid_is_its_listing() {
    let links: String = (1..=40)
        .map(|i| format!("<li><a href=/p/{i}>Harbour guide page {i}</a></li>"))
        .collect();
    for (open, close) in [
        ("<nav>", "</nav>"),
        ("<header>", "</header>"),
        ("<footer>", "</footer>"),
        ("<div role=navigation>", "</div>"),
    ] {
        let page = format!("<html><body>{open}<ul>{links}</ul>{close}</body></html>");
        assert_eq!(text_of(&page), "", "{open}");
    }
    let grid = format!("<html><body><div class=grid hidden><ul>{links}</ul></div></body></html>");
    let text = text_of(&grid);
    assert!(
        text.starts_with("Harbour guide page 1\nHarbour guide page 2\n")
            && text.contains("page 40"),
        "{text}"
    );
}

/// Chrome words in the class names of the body, `<main>` or `<article>` (WordPress writes
/// `comments-open` on the body of every post) never prune the page's own frame.
#[test]
fn chrome_names_on_the_page_frame_prune_nothing() {
    for (body, main, article) in [
        ("single comments-open", "site-main comments-open", "post"),
        ("single", "site-main", "post comments-open"),
        ("single", "site-main", "post related"),
    ] {
        let page = format!(
            "<html><body class='{body}'><main class='{main}'>\
             <article class='{article}'>{CRANE_STORY}</article></main><div class=note>{}</div>\
             </body></html>",
            keeper_paragraphs("the harbour pages", &["Monday", "Tuesday", "Wednesday"])
        );
        let text = text_of(&page);
        assert!(
            text.contains("lifted onto its new rails"),
            "{body}/{main}/{article}: {text}"
        );
        assert!(
            text.contains("while the crane's new motors are run in."),
            "{text}"
        );
    }
}

/// An element with a landmark role of navigation is chrome like `<nav>`.
#[test]
fn a_navigation_role_is_chrome() {
    let page = format!(
        "<html><body><div role=navigation><a href=/a>Harbour news and more</a> \
         <a href=/b>Ferry times and fares</a></div><article>{CRANE_STORY}</article></body></html>"
    );
    let text = text_of(&page);
    assert!(!text.contains("Ferry times"), "{text}");
    assert!(text.contains("lifted onto its new rails"), "{text}");
}

/// Screen-reader classes are read in any spelling up to 40 characters; a longer token is
/// not a utility class and hides nothing.
#[test]
fn screen_reader_classes_up_to_forty_characters_hide_text() {
    let page = format!(
        "<html><body><article>{CRANE_STORY}\
         <span class='visually-hidden-until-focused-on-mobile1'>Hidden at forty.</span>\
         <span class='visually-hidden-until-focused-on-mobile12'>Shown at forty-one.</span>\
         <span class='u-visuallyhidden'>Hidden in one word.</span></article></body></html>"
    );
    let text = text_of(&page);
    assert!(!text.contains("Hidden at forty"), "{text}");
    assert!(!text.contains("Hidden in one word"), "{text}");
    assert!(text.contains("Shown at forty-one."), "{text}");
}

/// The debugging aid names the rung of the fallback ladder that chose the content: the
/// paragraph pick on an article, a listing on a grid of product cards with no prose, the
/// declared body on a page rendered by scripts, and it lists what pruning removed.
#[test]
fn the_debug_report_names_the_winning_rung() {
    let options = dechrome::Options::default();
    let pick = |html: &str| {
        dechrome::debug::selection(html, &options)
            .into_iter()
            .next()
    };
    assert_eq!(pick(ARTICLE).as_deref(), Some("pick Paragraphs"));
    let card = |n: u32| {
        format!("<li class=card><a href=/p{n}>Harbour lamp number {n}</a> <span>£{n}9</span></li>")
    };
    let grid = format!(
        "<html><body><ul class=grid>{}</ul></body></html>",
        (1..=12).map(card).collect::<String>()
    );
    assert_eq!(pick(&grid).as_deref(), Some("pick Listing"));
    let scripted = r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle",
        "headline":"Night ferry","articleBody":"The night ferry sailed again on Friday."}
        </script></head><body><div id=app></div></body></html>"#;
    assert_eq!(pick(scripted).as_deref(), Some("pick DeclaredBody"));
    let pruned = dechrome::debug::pruned_elements(ARTICLE, &options);
    assert!(
        pruned
            .iter()
            .any(|l| l.starts_with("hard <nav class=\"menu\"")),
        "{pruned:?}"
    );
    assert!(
        pruned
            .iter()
            .any(|l| l.starts_with("name <div class=\"share-buttons\"")),
        "{pruned:?}"
    );
    // The report follows the options it is given: with landmarks left alone, the menu is
    // not among what hard pruning removed.
    let without_landmarks = Options::default().with_rule_disabled(RuleId::ChromeLandmarks);
    let pruned = dechrome::debug::pruned_elements(ARTICLE, &without_landmarks);
    assert!(
        !pruned.iter().any(|l| l.starts_with("hard <nav")),
        "{pruned:?}"
    );
}

/// A rule switched off in the options is off in extraction: without the declared-body rung
/// a page rendered by scripts comes out empty.
#[test]
fn a_disabled_rule_is_not_applied() {
    let scripted = r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle",
        "headline":"Night ferry","articleBody":"The night ferry sailed again on Friday."}
        </script></head><body><div id=app></div></body></html>"#;
    let on = Extractor::default().extract(scripted).expect("extracts");
    assert_eq!(on.text(), "The night ferry sailed again on Friday.");
    let off = Extractor::new(Options::default().with_rule_disabled(dechrome::RuleId::DeclaredBody))
        .extract(scripted)
        .expect("extracts");
    assert_eq!(off.text(), "");
}

/// Placeholder prose is text: a theme demo written in lorem ipsum, or a one-paragraph page,
/// extracts in every mode like any other page.
#[test]
fn a_lorem_ipsum_page_and_a_one_paragraph_page_extract_in_every_mode() {
    let lorem = include_str!("../corpus/lorem-ipsum/source.html");
    let one_paragraph = "<html><head><title>Note</title></head><body><nav><a href=/>Home</a> \
        <a href=/news>News</a></nav><p>The reading room closes at noon on Friday for the \
        fitting of new lamps, and opens again at nine on Saturday.</p></body></html>";
    for mode in [Mode::Precision, Mode::Balanced, Mode::Recall] {
        let extractor = Extractor::new(Options::default().with_mode(mode));
        let text = extractor
            .extract(lorem)
            .expect("extracts")
            .text()
            .to_string();
        for start in [
            "Lorem ipsum dolor sit amet, consectetur",
            "Ut enim ad minim veniam",
            "Lorem ipsum rursus",
            "Excepteur sint occaecat",
        ] {
            assert!(text.contains(start), "{mode:?} keeps {start:?}: {text}");
        }
        let text = extractor
            .extract(one_paragraph)
            .expect("extracts")
            .text()
            .to_string();
        assert!(
            text.starts_with("The reading room closes at noon") && !text.contains("News"),
            "{mode:?}: {text}"
        );
    }
}

/// A page swallowed by a raw-text element that never closes (browsers show nothing, or a
/// box of markup) is read as its author meant it: the element is closed before its first
/// tag and the article comes out, with no markup in the text.
#[test]
fn a_page_swallowed_by_an_unclosed_raw_text_element_gives_its_article() {
    for open in [
        "<title>",
        "<textarea>",
        "<xmp>",
        "<noembed>",
        "<noframes>",
        "<style>",
        "<iframe>",
    ] {
        let page = format!(
            "<html><head>{open}The harbour crane<meta charset=utf-8></head>\
             <body><article>{CRANE_STORY}</article></body></html>"
        );
        let text = text_of(&page);
        assert!(
            text.starts_with("The harbour crane, idle since the spring")
                && text.contains("while the crane's new motors are run in.")
                && !text.contains('<'),
            "{open}: {text}"
        );
    }
}

/// Captions are left out by default and kept on request; a table's own caption is part of
/// the table either way.
#[test]
fn captions_are_a_switch() {
    let page = format!(
        "<article>{CRANE_STORY}<figure><img src=crane.jpg><figcaption>The crane at \
         dawn.</figcaption></figure><table><caption>Crane lifts by month</caption>\
         <tr><th>Month</th><th>Lifts</th></tr><tr><td>May</td><td>41</td></tr></table></article>"
    );
    let text = |captions| {
        Extractor::new(Options::default().with_captions(captions))
            .extract(&page)
            .expect("extracts")
            .text()
            .to_string()
    };
    let (without, with) = (text(false), text(true));
    assert!(!without.contains("The crane at dawn."), "{without}");
    assert!(with.contains("The crane at dawn."), "{with}");
    for text in [&without, &with] {
        assert!(text.contains("Crane lifts by month"), "{text}");
        assert!(
            text.contains("while the crane's new motors are run in."),
            "{text}"
        );
    }
}

/// The vocabulary listing names every group's source, month names included.
#[test]
fn the_vocabulary_listing_names_each_group_and_its_language() {
    let listing = dechrome::debug::vocabulary();
    for line in [
        "months (general): january, february, march",
        "months (language: Russian (genitive)): января",
        "widget labels (language: French): lire la suite",
        "date fillers (language: Spanish, Portuguese): de, del",
    ] {
        assert!(
            listing.iter().any(|l| l.starts_with(line)),
            "{line} in {listing:#?}"
        );
    }
}

/// A comment thread `n` replies long, unnamed: each reply a `<li>` with an avatar, the
/// commenter, a dated permalink and a reply link.
fn reply_thread(n: usize) -> String {
    let replies: String = (1..=n)
        .map(|i| {
            format!(
                "<li><img src=/a/{i}.png width=48 height=48> <b>Reader {i}</b> \
                 <a href='/post#comment-{i}'>March {i}, 2024 at 9:{i:02} am</a>\
                 <p>Reply number {i}: we saw the crane from the ferry too, and the crews \
                 worked through the rain on both days, which nobody expected of them.</p>\
                 <a href='/post?replytocom={i}'>Reply</a></li>"
            )
        })
        .collect();
    format!("<ol class=thread>{replies}</ol>")
}

/// On a blog, a thread that outweighs the post is still not the article: found by its
/// structure (no class names say so), it is left out of the text and offered apart.
#[test]
fn a_comment_thread_longer_than_the_post_is_left_out_and_offered_apart() {
    let page = format!(
        "<html><body><div class=post>{CRANE_STORY}</div>{}</body></html>",
        reply_thread(8)
    );
    let article = dechrome::extract(&page).expect("extracts");
    assert!(
        article.text().starts_with("The harbour crane, idle since")
            && !article.text().contains("Reply number"),
        "{}",
        article.text()
    );
    assert_eq!(article.comments(), None);
    let with = Extractor::new(Options::default().with_comments(true))
        .extract(&page)
        .expect("extracts");
    assert_eq!(with.text(), article.text());
    let comments = with.comments().expect("the thread");
    assert!(
        comments.contains("Reply number 1: we saw the crane"),
        "{comments}"
    );
    assert!(comments.contains("Reply number 8:"), "{comments}");
    assert!(
        !comments.contains("\nReply\n") && !comments.ends_with("Reply"),
        "{comments}"
    );
    assert!(!comments.contains("The harbour crane, idle"), "{comments}");
    // Without the structure rule the thread outweighs the post and becomes the pick.
    let blind = Extractor::new(Options::default().with_rule_disabled(RuleId::ThreadStructure))
        .extract(&page)
        .expect("extracts");
    assert!(blind.text().contains("Reply number 8:"), "{}", blind.text());
}

/// What a thread's structure must not catch: a forum thread with no post beside it (the
/// replies are the page), a page that declares itself a discussion, a blog's front page
/// (each entry has a heading), a team page (avatars and names, no date or reply link).
#[test]
fn repeated_items_that_are_the_page_are_not_a_comment_thread() {
    let forum = format!(
        "<html><body><h1>Crane on the quay</h1>{}</body></html>",
        reply_thread(8)
    );
    assert!(
        text_of(&forum).contains("Reply number 8:"),
        "{}",
        text_of(&forum)
    );
    let declared = format!(
        "<html><head><script type=application/ld+json>{{\"@type\": \
         \"DiscussionForumPosting\"}}</script></head><body><div class=post>{CRANE_STORY}</div>\
         {}</body></html>",
        reply_thread(8)
    );
    assert!(
        text_of(&declared).contains("Reply number 8:"),
        "{}",
        text_of(&declared)
    );
    let entries: String = (1..=6)
        .map(|i| {
            format!(
                "<div class=entry><h2><a href=/p/{i}>Harbour diary, week {i}</a></h2>\
                 <time datetime=2024-03-0{i}>March {i}, 2024</time> <a href=/p/{i}#comment-1>\
                 Latest comment</a><p>Week {i} on the quay: the crane, the ferry and the \
                 weather, told at length for anyone who missed the week.</p></div>"
            )
        })
        .collect();
    let front = format!(
        "<html><body><p>{}</p>{entries}</body></html>",
        "Welcome. ".repeat(30)
    );
    assert!(
        text_of(&front).contains("Week 6 on the quay"),
        "{}",
        text_of(&front)
    );
    let team: String = (1..=6)
        .map(|i| {
            format!(
                "<div class=member><img src=/t/{i}.jpg width=64 height=64><cite>Keeper {i}\
                 </cite><p>Keeper {i} has looked after the harbour lights for years and \
                 knows every ship that calls.</p></div>"
            )
        })
        .collect();
    let team_page = format!("<html><body>{CRANE_STORY}<div class=team>{team}</div></body></html>");
    assert!(
        text_of(&team_page).contains("Keeper 6 has looked after"),
        "{}",
        text_of(&team_page)
    );
}

/// The text's language is read from the text, whatever the markup declares: every corpus
/// page written in another language than English is detected with the declaration
/// rewritten to English, and a target language filters on it.
#[cfg(feature = "language")]
#[test]
fn the_language_of_the_text_is_detected_on_every_non_english_corpus_page() {
    let dir = format!("{}/corpus", env!("CARGO_MANIFEST_DIR"));
    let cases = [
        ("chinese-news", "zh"),
        ("french-news", "fr"),
        ("german-article", "de"),
        ("japanese-blog", "ja"),
        ("russian-news", "ru"),
        ("spanish-blog", "es"),
    ];
    for (case, code) in cases {
        let source = std::fs::read_to_string(format!("{dir}/{case}/source.html")).expect("case");
        // The first `lang="..."` is the `<html>` element's: its value becomes `en`.
        let start = source.find("lang=\"").expect("a lang attribute") + "lang=\"".len();
        let end = start + source[start..].find('"').expect("a closed attribute");
        let english = format!("{}en{}", &source[..start], &source[end..]);
        let article = dechrome::extract(&english).expect("extracts");
        assert_eq!(article.metadata().language.as_deref(), Some(code), "{case}");
        assert_eq!(article.metadata().declared_language.as_deref(), Some("en"));
        let target = |lang: &str| Extractor::new(Options::default().with_target_language(lang));
        assert!(target(code).extract(&english).is_ok(), "{case}");
        match target("en").extract(&english) {
            Err(Error::WrongLanguage { expected, found }) => {
                assert_eq!((expected.as_str(), found.as_str()), ("en", code));
            }
            other => panic!("{case}: {other:?}"),
        }
    }
}

/// The language is read when the metadata is first asked for: an article asked and one not
/// asked compare equal, a clone made before the asking reads the same language, and a target
/// language's reading is the one reported.
#[cfg(feature = "language")]
#[test]
fn the_language_read_on_demand_is_the_same_whenever_it_is_read() {
    let page = "<html lang=\"en\"><body><article><p>Der Hund schläft im Garten, während die \
                Katze auf dem Dach sitzt und die Vögel beobachtet, die über den Bäumen \
                kreisen und singen.</p></article></body></html>";
    let asked = dechrome::extract(page).expect("extracts");
    let unasked = dechrome::extract(page).expect("extracts");
    let clone = unasked.clone();
    assert_eq!(asked.metadata().language.as_deref(), Some("de"));
    assert_eq!(asked, unasked);
    assert_eq!(clone.metadata().language.as_deref(), Some("de"));
    let targeted = Extractor::new(Options::default().with_target_language("de"))
        .extract(page)
        .expect("a German page passes a German target");
    assert_eq!(targeted, asked);
    assert_eq!(targeted.metadata().declared_language.as_deref(), Some("en"));
    // Articles that differ only in their structure, or only in their metadata, differ.
    let italic = dechrome::extract(&page.replace("Garten", "<i>Garten</i>")).expect("extracts");
    assert_eq!(italic.text(), asked.text());
    assert_ne!(italic, asked);
    let titled = dechrome::extract(&format!("<title>Tiere</title>{page}")).expect("extracts");
    assert_eq!(
        (titled.text(), titled.markdown()),
        (asked.text(), asked.markdown())
    );
    assert_ne!(titled, asked);
}

/// Without a confident reading the declared language stands in, and a page whose language
/// cannot be told passes any target.
#[test]
fn short_pages_fall_back_to_the_declared_language() {
    let page = |lang: &str| format!("<html lang=\"{lang}\"><body><p>OK, 42.</p></body></html>");
    let article = dechrome::extract(&page("pt-BR")).expect("extracts");
    assert_eq!(article.metadata().language.as_deref(), Some("pt"));
    assert_eq!(
        article.metadata().declared_language.as_deref(),
        Some("pt-BR")
    );
    let german = Extractor::new(Options::default().with_target_language("de"));
    assert!(matches!(
        german.extract(&page("pt-BR")),
        Err(Error::WrongLanguage { .. })
    ));
    let unknown = "<body><p>OK, 42.</p></body>";
    let article = german
        .extract(unknown)
        .expect("a page of unknown language passes");
    assert_eq!(article.metadata().language, None);
}

/// Metadata alone is the metadata of a whole extraction, but for the language, which
/// without the text is the declared one.
#[test]
fn metadata_alone_matches_the_whole_extraction() {
    let dir = format!("{}/corpus", env!("CARGO_MANIFEST_DIR"));
    let mut compared = 0;
    for entry in std::fs::read_dir(&dir).expect("corpus") {
        let Ok(bytes) = std::fs::read(entry.expect("entry").path().join("source.html")) else {
            continue;
        };
        let Ok(article) = dechrome::extract_bytes(&bytes, None) else {
            assert!(Extractor::default()
                .extract_metadata_bytes(&bytes, None)
                .is_err_and(|e| !matches!(e, Error::WrongLanguage { .. })));
            continue;
        };
        let alone = Extractor::default()
            .extract_metadata_bytes(&bytes, None)
            .expect("metadata");
        let mut whole = article.metadata().clone();
        let declared = whole.declared_language.as_deref().map(|tag| {
            tag.split(['-', '_'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase()
        });
        whole.language = declared;
        assert_eq!(alone, whole);
        compared += 1;
    }
    assert!(compared >= 20);
    let meta = dechrome::extract_metadata("<title>Only a title</title>").expect("metadata");
    assert_eq!(meta.title.as_deref(), Some("Only a title"));
    let bad_url = Extractor::new(Options::default().with_url("not absolute"));
    assert!(matches!(
        bad_url.extract_metadata("<p>x</p>"),
        Err(Error::InvalidUrl { .. })
    ));
    let small = Extractor::new(Options::default().with_max_input_bytes(4));
    assert!(matches!(
        small.extract_metadata("<p>12345</p>"),
        Err(Error::InputTooLarge { .. })
    ));
}

/// A thread no element marks, under a heading that counts it ("12 Responses to ..."):
/// in Precision and Balanced modes it leaves the text for the comments; Recall keeps it.
/// Under a thread word alone ("Comments") it leaves in Precision mode only (the golds
/// disagree on such threads), and a page with too little text above the heading to be a
/// post keeps it in every mode.
#[test]
fn a_thread_under_its_heading_leaves_the_text() {
    let mut comments = String::new();
    for n in 1..=12 {
        comments.push_str(&format!(
            "<p>Reader {n} wrote that the crane should stay by the quay as a landmark, \
             and that the harbour would not look the same without it.</p>"
        ));
    }
    let page = format!(
        "<html><body><div class=post>{CRANE_STORY}<p>The old crane, which served the \
         harbour for forty years, goes to the maritime museum, where volunteers will paint \
         it in its first colours and open its cabin to visitors on summer weekends, the \
         museum's director said at the quay on Tuesday afternoon.</p><p>Work on the \
         quay itself continues until the autumn, when the last of the old bollards are \
         replaced and the new lighting along the water is switched on.</p>\
         <h2>12 Responses to “The crane”</h2>{comments}</div></body></html>"
    );
    let precision = Options::default()
        .with_mode(Mode::Precision)
        .with_comments(true);
    let article = Extractor::new(precision.clone())
        .extract(&page)
        .expect("extracts");
    assert!(
        article.text().contains("The harbour crane, idle since")
            && article.text().contains("open its cabin to visitors")
            && !article.text().contains("Reader 1 wrote")
            && !article.text().contains("12 Responses"),
        "{}",
        article.text()
    );
    let thread = article.comments().expect("the thread");
    assert!(thread.starts_with("Reader 1 wrote"), "{thread}");
    assert!(thread.contains("Reader 12 wrote"), "{thread}");
    // The text each mode gives, and whether the thread stays in it.
    let text_under = |options: Options, html: &str| {
        Extractor::new(options)
            .extract(html)
            .expect("extracts")
            .text()
            .to_string()
    };
    let keeps_thread = |options: Options, html: &str| {
        let text = text_under(options, html);
        (text.contains("Reader 12 wrote"), text)
    };
    let balanced = Options::default();
    let (kept, text) = keeps_thread(
        precision.clone().with_rule_disabled(RuleId::ThreadHeadings),
        &page,
    );
    assert!(kept, "{text}");
    let text = text_under(balanced.clone(), &page);
    assert!(
        !text.contains("Reader 12 wrote") && !text.contains("12 Responses"),
        "{text}"
    );
    let (kept, text) = keeps_thread(Options::default().with_mode(Mode::Recall), &page);
    assert!(kept, "{text}");
    let bare = page.replace("12 Responses to “The crane”", "Comments");
    let (kept, text) = keeps_thread(balanced, &bare);
    assert!(kept, "{text}");
    let (kept, text) = keeps_thread(precision, &bare);
    assert!(!kept, "{text}");
    // A page that opens with the heading is about its comments: nothing leaves.
    let forum = format!("<html><body><h2>Comments</h2>{comments}</body></html>");
    let (kept, text) = keeps_thread(Options::default().with_mode(Mode::Precision), &forum);
    assert!(kept, "{text}");
}

/// The title extracted at `url` from a page of `title`, an `<h1>`, an `<h2>` if given, and
/// a paragraph of text.
fn title_of_page(url: &str, title: &str, h1: &str, h2: Option<&str>) -> Option<String> {
    let body = "Each mooring holder may borrow the printed tables for a week; the harbour \
                office keeps two copies and a list of who has them. ";
    let h2 = h2.map(|h| format!("<h2>{h}</h2>")).unwrap_or_default();
    let html = format!(
        "<html><head><title>{title}</title></head><body><h1>{h1}</h1>\
         <main>{h2}<p>{}</p></main></body></html>",
        body.repeat(4)
    );
    Extractor::new(Options::default().with_url(url))
        .extract(&html)
        .expect("extracts")
        .title()
        .map(str::to_string)
}

/// An `<h1>` that is the `<title>`'s first part is the headline, however short beside the
/// rest ("Quickstart" before a documentation set's long name). One that is the site's
/// name, spelled from its host, or that stands before a part printed as the post's
/// heading, is a logo: the title comes from `<title>` without it.
#[test]
fn an_h1_that_is_a_part_of_the_title_is_the_headline() {
    let url = "https://tidepools.example/docs/start";
    let title_of = |title: &str, h1: &str, h2| title_of_page(url, title, h1, h2);
    let docs = "Quickstart — Harbour Toolkit Documentation (2.4.x)";
    assert_eq!(
        title_of(docs, "Quickstart", None).as_deref(),
        Some("Quickstart")
    );
    let logo = "Reading the tide table | Tidepools.example";
    assert_eq!(
        title_of(logo, "Tidepools.example", None).as_deref(),
        Some("Reading the tide table")
    );
    // A blog's name first, its post's title after it and printed as the post's heading:
    // the `<h1>` is the blog's name, and the title is the post's.
    let post = "Dredging starts at the inner quay";
    let blog = format!("Harbour Log - {post}");
    assert_eq!(
        title_of(&blog, "Harbour Log", Some(post)).as_deref(),
        Some(post)
    );
}

/// A handbook's name in the `<h1>` of every page, the page's own name first in the
/// `<title>` and printed as a heading: the page's name is the title. A single word first
/// (a tag) or a part that names the site is not taken.
#[test]
fn a_title_part_printed_as_a_heading_names_the_page_under_a_handbook_h1() {
    let url = "https://quayside.example/handbook/tables";
    let title_of = |title: &str, h1: &str, h2| title_of_page(url, title, h1, Some(h2));
    let chapter = "Borrowing the tide tables";
    let handbook = "The Mooring Holder's Handbook";
    let book = format!("{chapter} - {handbook}");
    assert_eq!(title_of(&book, handbook, chapter).as_deref(), Some(chapter));
    // A tag first: the `<h1>` (the question) stays the title.
    let question = "Who keeps the printed tide tables?";
    let tagged = format!("tables - {question} - Quayside Q&A");
    assert_eq!(
        title_of(&tagged, question, "tables").as_deref(),
        Some(question)
    );
    // The site's name first: the `<h1>` stays.
    let site_first = format!("Quayside Notes - {handbook}");
    assert_eq!(
        title_of(&site_first, handbook, "Quayside Notes").as_deref(),
        Some(handbook)
    );
}

/// A `<title>`'s part is looked for among the page's first 64 headings, and among headings
/// only: a chapter's name printed as the 65th heading, or as a paragraph, does not make
/// it the title.
#[test]
fn title_parts_are_looked_for_in_the_first_headings_only() {
    let chapter = "Borrowing the tide tables";
    let handbook = "The Mooring Holder's Handbook";
    let page = |sections: usize, chapter_tag: &str| {
        let sections: String = (0..sections)
            .map(|i| format!("<h3>Section {i}</h3>"))
            .collect();
        let body = "Each mooring holder may borrow the printed tables for a week. ".repeat(6);
        format!(
            "<html><head><title>{chapter} - {handbook}</title></head><body>\
             <h1>{handbook}</h1><nav>{sections}</nav><main><{chapter_tag}>{chapter}\
             </{chapter_tag}><p>{body}</p></main></body></html>"
        )
    };
    let title_of = |html: &str| {
        Extractor::new(Options::default().with_url("https://quayside.example/handbook/tables"))
            .extract(html)
            .expect("extracts")
            .title()
            .map(str::to_string)
    };
    // The `<h1>` and 62 sections: the chapter's `<h2>` is the 64th heading.
    assert_eq!(title_of(&page(62, "h2")).as_deref(), Some(chapter));
    assert_eq!(title_of(&page(63, "h2")).as_deref(), Some(handbook));
    assert_eq!(title_of(&page(0, "p")).as_deref(), Some(handbook));
}

/// A blog template's `<h1>` that only links to the home page is the blog's name over
/// every post, not this post's headline: the title comes from `<title>`. A heading that
/// links to the post itself, holds words outside its link, links to a page of the home
/// page (`/?page=2`), or is the second such heading, is still the headline.
#[test]
fn a_heading_that_only_links_home_is_not_the_headline() {
    let post = "Mending the cold frame";
    let page = |heading: &str| {
        let body = "The lid of the cold frame split in the frost, so this weekend I cut a new \
                    one from the offcuts of the shed roof, and glazed it with the panes that \
                    survived. ";
        format!(
            "<html><head><title>Hollow Lane Notes: {post}</title></head><body>{heading}\
             <div class=post><h3>{post}</h3><p>{}</p></div></body></html>",
            body.repeat(4)
        )
    };
    let title = |heading: &str| {
        dechrome::extract(&page(heading))
            .expect("extracts")
            .title()
            .map(str::to_string)
    };
    let from_title_tag = Some(format!("Hollow Lane Notes: {post}"));
    for home in [
        "/",
        "./",
        "index.html",
        "https://hollowlane.example/",
        "http://hollowlane.example",
    ] {
        let heading = format!("<h1 id=banner><a href=\"{home}\">Hollow Lane Notes</a></h1>");
        assert_eq!(title(&heading), from_title_tag, "{home}");
    }
    let headline = |h: &str| Some(h.to_string());
    assert_eq!(
        title("<h1><a href=\"/2009/02/cold-frame.html\">Mending the cold frame</a></h1>"),
        headline(post)
    );
    assert_eq!(
        title("<h1><a href=\"/\">Hollow Lane Notes</a>: Mending the cold frame</h1>"),
        headline("Hollow Lane Notes: Mending the cold frame")
    );
    assert_eq!(
        title("<h1><a href=\"/?page=2\">Hollow Lane Notes: older posts</a></h1>"),
        headline("Hollow Lane Notes: older posts")
    );
    assert_eq!(
        title("<h1><a href=\"ftp://hollowlane.example/\">Mending the cold frame</a></h1>"),
        headline(post)
    );
    // Words past the nodes read for links are not known to be in one.
    let late = format!(
        "<h1>{}Mending the cold frame</h1>",
        "<span></span>".repeat(300)
    );
    assert_eq!(title(&late), headline(post));
    assert_eq!(
        title("<h1><a href=\"/\">Hollow Lane Notes</a></h1><h1><a href=\"/\">Mending the cold frame</a></h1>"),
        headline(post)
    );
}

/// A question-and-answer page declares its question as its main entity: the question's
/// author and date are the page's, the first of a list counts, and a main entity that is
/// not a post (an organisation) lends the page nothing.
#[test]
fn a_declared_question_authors_and_dates_its_page() {
    let page = |json: &str| {
        format!(
            "<html><head><script type=\"application/ld+json\">{json}</script></head><body>\
             <h1>Why does the float gauge stick?</h1><p>Our float gauge freezes to the side \
             of its well every January, and jumps in steps instead of following the tide. \
             What else do people use besides a heating cable along the pipe?</p></body></html>"
        )
    };
    let question = r#"{"@type":"Question","name":"Why does the float gauge stick?",
        "dateCreated":"2023-01-09T08:12:00","author":{"@type":"Person","name":"lena_k"}}"#;
    for json in [
        format!(r#"{{"@type":"QAPage","mainEntity":{question}}}"#),
        format!(r#"{{"@type":"QAPage","mainEntity":[{question}]}}"#),
    ] {
        let article = dechrome::extract(&page(&json)).expect("extracts");
        let m = article.metadata();
        assert_eq!(m.authors, ["lena_k"], "{json}");
        assert_eq!(m.date.as_deref(), Some("2023-01-09"), "{json}");
    }
    let organisation = r#"{"@type":"WebPage","author":{"@type":"Person","name":"Site Editor"},
        "mainEntity":{"@type":"Organization","name":"Harbour Board",
        "author":{"@type":"Person","name":"Nobody"}}}"#;
    let article = dechrome::extract(&page(organisation)).expect("extracts");
    assert_eq!(article.metadata().authors, ["Site Editor"]);
}

/// Without `<html lang>`, the language a `<meta>` declares (`content-language`,
/// `og:locale`) is the page's: a Brazilian page's slashed date is read day first and its
/// "por" opens a byline; with no language declared, the prose's is read the same way; with
/// English declared, the date is read month first.
#[test]
fn a_meta_language_reads_dates_and_bylines_where_html_names_none() {
    let page = |meta: &str| {
        format!(
            "<html><head>{meta}<title>Obras no porto</title></head><body>\
             <h1>Obras no porto</h1><p class=data>05/10/2018</p><p class=assina>por Ana \
             Souza</p><p>As obras do porto começam na segunda-feira e devem durar dois anos, \
             com a troca dos guindastes e a dragagem do canal de acesso ao cais.</p>\
             </body></html>"
        )
    };
    // Other metas around it say nothing of the language; an empty one is passed over; the
    // first language declared counts.
    let described = |meta: &str| {
        format!(
            "<meta name=\"description\" content=\"Obras no porto\">\
             <meta http-equiv=\"content-language\" content=\" \">{meta}\
             <meta name=\"viewport\" content=\"width=device-width\">\
             <meta property=\"og:locale\" content=\"en_US\">"
        )
    };
    for meta in [
        described("<meta http-equiv=\"content-language\" content=\"pt_BR\">"),
        described("<meta property=\"og:locale\" content=\"pt_BR\">"),
    ] {
        let article = dechrome::extract(&page(&meta)).expect("extracts");
        let m = article.metadata();
        assert_eq!(m.date.as_deref(), Some("2018-10-05"), "{meta}");
        assert_eq!(m.authors, ["Ana Souza"], "{meta}");
    }
    // Declared by nothing, the page is read in its prose's language, Portuguese here.
    let article = dechrome::extract(&page("")).expect("extracts");
    assert_eq!(article.metadata().date.as_deref(), Some("2018-10-05"));
    assert_eq!(article.metadata().authors, ["Ana Souza"]);
    // Declared English, its date is read month first; "por", no English opening, is read
    // as the Portuguese of the prose.
    let english = page("<meta http-equiv=\"content-language\" content=\"en\">");
    let article = dechrome::extract(&english).expect("extracts");
    assert_eq!(article.metadata().date.as_deref(), Some("2018-05-10"));
    assert_eq!(article.metadata().authors, ["Ana Souza"]);
}

/// Boxes named for the author are read for a byline eight at most, so a page of many
/// author boxes (a blog roll of bios) is not read whole: a name in the ninth is not taken.
#[test]
fn author_boxes_are_read_eight_at_most() {
    let bio = "<div class=author-bio>Ana writes about harbours, ferries and the people who \
               run them, and has done so for twenty years from a desk by the water.</div>";
    let page = |bios: usize| {
        format!(
            "<html><body>{}<span class=author>Jonas Berg</span><p>The harbour works begin on \
             Monday and should last two years, with new cranes and a deeper channel.</p>\
             </body></html>",
            bio.repeat(bios)
        )
    };
    let authors = |bios| {
        dechrome::extract(&page(bios))
            .expect("extracts")
            .metadata()
            .authors
            .clone()
    };
    assert_eq!(authors(7), ["Jonas Berg"]);
    assert!(authors(8).is_empty(), "{:?}", authors(8));
}
