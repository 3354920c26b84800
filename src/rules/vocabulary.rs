//! Every word list the heuristics read, grouped by concept. Each group says where its words
//! come from: the general web, one platform's markup (a forum engine, a shop theme, a
//! plugin), a standard, or one language. A platform's words must pay on that platform's
//! pages and cost nothing elsewhere; general words must hold across sources.
//!
//! Not here: element names (`nav`, `script`, ...), compared as interned atoms where they are
//! used, and the keys of formats (`og:title`, `article:published_time`), which are what
//! those formats define rather than judgement.

use std::collections::HashSet;
use std::sync::OnceLock;

/// Where a group of words comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    /// Seen across sites and platforms.
    General,
    /// One platform's or product's markup.
    Platform(&'static str),
    /// A standard's vocabulary.
    Standard(&'static str),
    /// Words of one natural language (other than English, the general default).
    Language(&'static str),
}

/// A group of words of one concept from one source.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Words {
    pub(crate) source: Source,
    pub(crate) words: &'static [&'static str],
}

/// A concept's words, in groups by source.
pub(crate) type Vocabulary = &'static [Words];

/// Every word of a concept, group by group, in the order written.
pub(crate) fn words(vocabulary: Vocabulary) -> impl Iterator<Item = &'static str> {
    vocabulary
        .iter()
        .flat_map(|group| group.words.iter().copied())
}

/// The concept's words that apply on a page in `language` (its `<html lang>`, as `fr` or
/// `pt-BR`): every group not tied to a language, and the groups of that language. Used
/// where a word of one language is an ordinary word of another ("Par" opens a French
/// byline and the English "Par Cans").
pub(crate) fn words_for(
    vocabulary: Vocabulary,
    language: Option<&str>,
) -> impl Iterator<Item = &'static str> + '_ {
    // The language's name as the groups write it: English, and any language no group
    // names, reads no language's group (most pages, and no group's name is read).
    let name = language.and_then(language_name);
    vocabulary
        .iter()
        .filter(move |group| match group.source {
            Source::Language(names) => name.is_some_and(|name| names_language(names, name)),
            _ => true,
        })
        .flat_map(|group| group.words.iter().copied())
}

/// The name the groups give the language of a tag (`fr`, `pt-BR`, `nb-NO`, `deu`), if any
/// group is written in it.
pub(crate) fn language_name(tag: &str) -> Option<&'static str> {
    let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
    // Three-letter codes (`deu`, `nob`) are rare in pages: only they pay for a lower-cased copy.
    let two_letters = match primary.len() {
        3 => crate::language::two_letters(&primary.to_ascii_lowercase()),
        _ => None,
    };
    let primary = two_letters.unwrap_or(primary);
    LANGUAGE_CODES
        .iter()
        .find(|(_, code)| code.eq_ignore_ascii_case(primary))
        .map(|&(name, _)| name)
}

/// Whether a group's language names ("Spanish, Portuguese", "Polish (genitive)") name
/// `name`.
fn names_language(names: &str, name: &str) -> bool {
    names
        .split(',')
        .any(|named| named.split('(').next().unwrap_or(named).trim() == name)
}

/// Language names as the groups write them, and their ISO 639-1 codes; a language's first
/// code is its own, later ones are codes pages also declare it by (Bokmål and Nynorsk for
/// Norwegian, the withdrawn `iw` and `in`).
const LANGUAGE_CODES: [(&str, &str); 41] = [
    ("German", "de"),
    ("French", "fr"),
    ("Spanish", "es"),
    ("Portuguese", "pt"),
    ("Italian", "it"),
    ("Dutch", "nl"),
    ("Polish", "pl"),
    ("Russian", "ru"),
    ("Japanese", "ja"),
    ("Chinese", "zh"),
    ("Turkish", "tr"),
    ("Korean", "ko"),
    ("Arabic", "ar"),
    ("Indonesian", "id"),
    ("Swedish", "sv"),
    ("Czech", "cs"),
    ("Ukrainian", "uk"),
    ("Vietnamese", "vi"),
    ("Danish", "da"),
    ("Norwegian", "no"),
    ("Finnish", "fi"),
    ("Romanian", "ro"),
    ("Hungarian", "hu"),
    ("Greek", "el"),
    ("Hebrew", "he"),
    ("Hindi", "hi"),
    ("Persian", "fa"),
    ("Thai", "th"),
    ("Slovak", "sk"),
    ("Croatian", "hr"),
    ("Bulgarian", "bg"),
    ("Catalan", "ca"),
    ("Bengali", "bn"),
    ("Malay", "ms"),
    ("Urdu", "ur"),
    ("Serbian", "sr"),
    ("Slovenian", "sl"),
    ("Norwegian", "nb"),
    ("Norwegian", "nn"),
    ("Hebrew", "iw"),
    ("Indonesian", "in"),
];

/// Whether `word` is one of the concept's words, exactly.
pub(crate) fn contains(vocabulary: Vocabulary, word: &str) -> bool {
    words(vocabulary).any(|w| w == word)
}

/// A long concept's words as a set, for the exact lookups made on every short block: a
/// scan of several hundred words in forty languages costs thousands of comparisons, a
/// lookup one hash. Built on first use.
pub(crate) struct WordSet {
    vocabulary: Vocabulary,
    set: OnceLock<HashSet<&'static str>>,
}

impl WordSet {
    const fn new(vocabulary: Vocabulary) -> Self {
        WordSet {
            vocabulary,
            set: OnceLock::new(),
        }
    }

    /// Whether `word` is one of the concept's words, exactly (as [`contains`]).
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| words(self.vocabulary).collect())
            .contains(word)
    }
}

/// [`WIDGET_LABELS`] as a set.
pub(crate) static WIDGET_LABEL_SET: WordSet = WordSet::new(WIDGET_LABELS);
/// [`CLOSING_SECTION_HEADINGS`] as a set.
pub(crate) static CLOSING_SECTION_HEADING_SET: WordSet = WordSet::new(CLOSING_SECTION_HEADINGS);
/// [`LINK_ROW_LABELS`] as a set.
pub(crate) static LINK_ROW_LABEL_SET: WordSet = WordSet::new(LINK_ROW_LABELS);

/// Whether `word` is one of the concept's words, ignoring ASCII case.
pub(crate) fn contains_ignore_case(vocabulary: Vocabulary, word: &str) -> bool {
    words(vocabulary).any(|w| w.eq_ignore_ascii_case(word))
}

const fn general(words: &'static [&'static str]) -> Words {
    Words {
        source: Source::General,
        words,
    }
}

const fn language(name: &'static str, words: &'static [&'static str]) -> Words {
    Words {
        source: Source::Language(name),
        words,
    }
}

const fn platform(name: &'static str, words: &'static [&'static str]) -> Words {
    Words {
        source: Source::Platform(name),
        words,
    }
}

// ---------------------------------------------------------------------------------------
// Class and id names (matched as whole words after splitting on `-`, `_`, spaces and
// camelCase humps, lower-cased).

/// Words that name chrome.
#[rustfmt::skip]
pub(crate) const CHROME_NAMES: Vocabulary = &[
    general(&[
        "ad", "ads", "adslot", "advert", "advertisement", "advertising", "author", "badge",
        "banner", "bio", "breadcrumb", "breadcrumbs", "byline", "carousel", "comments",
        "consent", "cookie", "cookies", "copyright", "counter", "credit", "dateline",
        "disclaimer", "extras", "footer", "gallery", "gdpr", "loader", "loading", "login",
        "masthead", "menu", "meta", "modal", "nav", "navbar", "navigation", "newsletter",
        "notice", "overlay", "pager", "pagination", "popover", "popular", "popup", "print",
        "promo", "promotion", "rating", "recommended", "related", "share", "sharing",
        "sidebar", "signin", "signup", "skip", "social", "spinner", "sponsor", "sponsored",
        "subscribe", "subscription", "tags", "toolbar", "topbar", "trending", "weather",
        "widget", "widgets",
    ]),
    platform("Google AdSense", &["adsense"]),
    platform("Disqus", &["disqus"]),
    platform("Outbrain, Taboola (recommendation widgets)", &["outbrain", "taboola"]),
    platform("WordPress themes", &["postmeta", "postmetadata", "tagcloud"]),
    platform("Bootstrap, Foundation", &["offcanvas"]),
    platform("MediaWiki (a heading's \"[edit]\" link)", &["editsection"]),
    platform("phpBB, vBulletin (forum posts' author boxes)", &["postprofile", "signature", "userinfo"]),
    // The same words as class names in other languages write them (ASCII: names lose their
    // accents). Not their words for comments: the golds that have such pages keep them.
    language("German", &[
        "werbung", "anzeige", "anzeigen", "teilen", "seitenleiste", "kopfzeile", "fusszeile",
        "verwandte", "empfehlungen", "meistgelesen", "autor",
    ]),
    language("French", &[
        "publicite", "partage", "partager", "similaires", "populaires", "auteur", "entete",
        "pied", "laterale", "ariane",
    ]),
    language("Spanish", &[
        "publicidad", "compartir", "relacionadas", "relacionados", "recomendados", "cabecera",
        "autor", "navegacion", "lateral", "migas",
    ]),
    language("Italian", &[
        "pubblicita", "condividi", "correlati", "correlate", "consigliati", "testata", "autore",
        "navigazione", "laterale", "briciole",
    ]),
    language("Portuguese", &[
        "publicidade", "compartilhar", "partilhar", "relacionadas", "relacionados",
        "cabecalho", "rodape", "autor", "navegacao", "lateral",
    ]),
    language("Dutch", &["advertentie", "advertenties", "gerelateerd", "gerelateerde", "navigatie"]),
    language("Polish", &["reklama", "udostepnij", "powiazane", "stopka", "nawigacja"]),
    language("Czech", &["reklama", "souvisejici"]),
    language("Swedish", &["annons"]),
    language("Turkish", &["reklam", "paylas"]),
    language("Indonesian", &["iklan", "terkait", "bagikan"]),
    language("Chinese (pinyin)", &[
        "guanggao", "fenxiang", "xiangguan", "daohang", "remen", "tuijian", "yejiao",
        "cebianlan",
    ]),
    language("Japanese (romaji)", &["koukoku", "kanren"]),
];

/// Chrome words whose blocks can be long and text-rich yet are never the main content.
pub(crate) const STRONG_CHROME_NAMES: Vocabulary = &[
    general(&["comments", "related", "cookie", "consent"]),
    platform("Disqus", &["disqus"]),
    platform("WordPress (the comment form's id)", &["respond"]),
    language("German", &["verwandte"]),
    language("French", &["similaires"]),
    language("Spanish", &["relacionadas", "relacionados"]),
    language("Italian", &["correlati", "correlate"]),
    language("Portuguese", &["relacionadas", "relacionados"]),
    language("Dutch", &["gerelateerd", "gerelateerde"]),
    language("Polish", &["powiazane"]),
    language("Czech", &["souvisejici"]),
    language("Indonesian", &["terkait"]),
    language("Chinese (pinyin)", &["xiangguan"]),
    language("Japanese (romaji)", &["kanren"]),
];

/// Chrome words that page builders and marketing templates also give every block of a
/// page ("elementor-widget", "widget-span", "promo-banner"): chrome on a page where such
/// blocks are few, layout where they hold most of the text. At most 8 (a bit each).
pub(crate) const LAYOUT_NAMES: Vocabulary = &[general(&[
    "banner", "carousel", "gallery", "promo", "widget", "widgets",
])];

/// Layout and position words that class names glue to a chrome word without a separator
/// (`sidebarbox`, `adleft`, `topnav`): such a name is read as its two words.
pub(crate) const COMPOUND_PARTS: Vocabulary = &[general(&[
    "area",
    "bar",
    "block",
    "bottom",
    "box",
    "container",
    "inner",
    "item",
    "items",
    "left",
    "link",
    "links",
    "list",
    "main",
    "module",
    "outer",
    "right",
    "section",
    "site",
    "sub",
    "title",
    "top",
    "wrap",
    "wrapper",
])];

/// Classes of the `<blockquote>` a social platform's embed code writes around an embedded
/// post (its text and author line, shown before the platform's script turns it into a
/// card): a post the article quotes. Whole class tokens, compared lower-cased.
pub(crate) const EMBEDDED_POST_CLASSES: Vocabulary = &[
    platform("X (Twitter)", &["twitter-tweet"]),
    platform("Instagram", &["instagram-media"]),
    platform("TikTok", &["tiktok-embed"]),
    platform("Bluesky", &["bluesky-embed"]),
    platform("Reddit", &["reddit-embed-bq", "reddit-card"]),
    platform("Threads", &["text-post-media"]),
];

/// Words that mark a likely content container; they veto a chrome word in the same name.
pub(crate) const CONTENT_NAMES: Vocabulary = &[
    general(&[
        "article", "body", "content", "entry", "main", "post", "story", "text", "column",
    ]),
    language("German", &["inhalt", "beitrag"]),
    language("French", &["contenu", "corps"]),
    language("Spanish", &["contenido", "cuerpo", "texto"]),
    language("Italian", &["contenuto", "articolo", "corpo", "testo"]),
    language("Portuguese", &["conteudo", "corpo", "texto"]),
    language("Dutch", &["inhoud", "tekst"]),
    language("Polish", &["tresc", "tekst"]),
    language("Czech", &["obsah", "clanek"]),
    language("Turkish", &["icerik", "haber"]),
    language("Indonesian", &["konten", "berita"]),
    language("Chinese (pinyin)", &["neirong", "zhengwen", "wenzhang"]),
    language("Japanese (romaji)", &["honbun", "kiji"]),
];

/// Words that name a discussion's replies; on a forum page those are the content.
pub(crate) const DISCUSSION_NAMES: Vocabulary = &[
    general(&["comments", "comment", "replies", "reply"]),
    platform("Disqus", &["disqus"]),
    platform("WordPress (the comment form's id)", &["respond"]),
];

/// Words that name customer reviews: chrome on a product page. Plural only: a review
/// article's own body is `review-body`; `reviews` is the list under a product.
pub(crate) const REVIEW_NAMES: Vocabulary = &[general(&["reviews"])];

/// Words that name an author or a byline.
pub(crate) const AUTHOR_NAMES: Vocabulary = &[
    general(&["author", "authors", "byline"]),
    language("German", &["autor"]),
    language("French", &["auteur"]),
    language("Italian", &["autore"]),
    language("Spanish, Portuguese", &["autor"]),
];

/// Words that name a date.
pub(crate) const DATE_NAMES: Vocabulary = &[
    general(&[
        "date",
        "published",
        "pubdate",
        "posted",
        "timestamp",
        "dateline",
        "byline",
    ]),
    language("German, Dutch", &["datum"]),
    language("Spanish", &["fecha"]),
    language("Chinese", &["riqi"]),
];

/// File names (without extension, lower-cased) of images that only hold space open in an
/// old table layout or count a visit: not pictures of the page.
pub(crate) const SPACER_IMAGES: Vocabulary = &[general(&[
    "spacer",
    "blank",
    "clear",
    "cleardot",
    "pixel",
    "transparent",
    "trans",
    "1x1",
    "shim",
])];

/// Whole class names (not split) that hide text from sighted readers.
pub(crate) const HIDDEN_CLASSES: Vocabulary = &[
    general(&["screenreader", "hidden", "hide"]),
    platform("Bootstrap", &["sr-only", "visually-hidden", "d-none"]),
    platform("WordPress", &["screen-reader-text"]),
    platform("HTML5 Boilerplate", &["visuallyhidden"]),
    platform("Bulma", &["is-hidden"]),
];

/// Class prefixes of state and modifier classes (`has-sidebar`, `with-share`, `no-ads`)
/// and of taxonomy classes (`tag-social-media`, `category-trending`, which WordPress gives
/// a post for each of its tags): they describe the element's surroundings, options or
/// topic, not what it is.
#[rustfmt::skip]
pub(crate) const MODIFIER_PREFIXES: Vocabulary = &[general(&[
    "has-", "has_", "with-", "with_", "no-", "no_", "is-", "is_", "show-", "hide-on",
    "tag-", "category-",
])];

/// Class and id words naming a panel that a reader opens (a closed accordion section, a
/// tab that is not selected (`tab-pane`, `tab__content`), a FAQ's answer, an expander's
/// "see more"): hidden until clicked, but part of the page's content.
pub(crate) const DISCLOSURE_NAMES: Vocabulary = &[general(&[
    "accordion",
    "collapse",
    "collapsible",
    "tabpanel",
    "panel",
    "answer",
    "expander",
    "tab",
])];

/// A class that only ever names a figure's caption.
pub(crate) const FIGURE_CAPTION_CLASSES: Vocabulary =
    &[platform("WordPress", &["wp-caption-text"])];

// ---------------------------------------------------------------------------------------
// Roles.

/// ARIA landmark and widget roles that are page chrome.
pub(crate) const CHROME_ROLES: Vocabulary = &[Words {
    source: Source::Standard("WAI-ARIA"),
    words: &[
        "navigation",
        "banner",
        "contentinfo",
        "complementary",
        "dialog",
        "alertdialog",
        "search",
        "menu",
        "menubar",
        "toolbar",
    ],
}];

// ---------------------------------------------------------------------------------------
// Text of blocks (compared lower-cased).

/// Labels of page widgets that sit inside content containers: calls to action, share and
/// like bars, comment links, a forum post's buttons, a shop card's buttons, ad markers.
/// Matched whole, ignoring case and a trailing colon.
pub(crate) const WIDGET_LABELS: Vocabulary = &[
    general(&[
        "read more",
        "continue reading",
        "add to cart",
        "add to bag",
        "add to wishlist",
        "like this",
        "share this",
        "share",
        "comments",
        "loading",
        "loading...",
        "advertisement",
        "report",
        "quote",
        "reply",
        "permalink",
        "advert",
        "sponsored",
        "quick view",
        "more options",
        "toggle caption",
        "close",
        "text size",
        "subscribe",
        "no comments",
        "no comments yet",
        "no responses yet",
        "be the first to comment",
        "sort by",
        "sorted by",
        "listen to this article",
        "listen to article",
        "listen to the article",
        "log in",
        "login",
        "sign in",
        "sign up",
        "article continues below",
        "story continues below",
        "continue reading below",
        "pin for later",
        "pin it",
        "no products in the cart",
        "rate this page",
    ]),
    platform(
        "forum engines",
        &["report post", "report inappropriate content"],
    ),
    platform("MediaWiki (section edit links)", &["[edit]"]),
    language(
        "German",
        &[
            "weiterlesen",
            "mehr lesen",
            "teilen",
            "kommentare",
            "antworten",
            "anzeige",
            "werbung",
            "wird geladen...",
            "abonnieren",
            "in den warenkorb",
            "keine kommentare",
            "noch keine kommentare",
            "schließen",
            "gesponsert",
            "artikel anhören",
            "diesen artikel anhören",
        ],
    ),
    language(
        "French",
        &[
            "lire la suite",
            "en savoir plus",
            "partager",
            "commentaires",
            "répondre",
            "publicité",
            "chargement...",
            "s'abonner",
            "ajouter au panier",
            "aucun commentaire",
            "pas encore de commentaires",
            "fermer",
            "sponsorisé",
            "écouter l'article",
            "écouter cet article",
        ],
    ),
    language(
        "Spanish",
        &[
            "leer más",
            "seguir leyendo",
            "compartir",
            "comentarios",
            "responder",
            "publicidad",
            "cargando...",
            "suscribirse",
            "añadir al carrito",
            "sin comentarios",
            "no hay comentarios",
            "cerrar",
            "patrocinado",
            "escuchar artículo",
            "escuchar este artículo",
            "escuchar la noticia",
        ],
    ),
    language(
        "Italian",
        &[
            "leggi di più",
            "continua a leggere",
            "leggi tutto",
            "condividi",
            "commenti",
            "rispondi",
            "pubblicità",
            "caricamento...",
            "iscriviti",
            "aggiungi al carrello",
            "nessun commento",
            "chiudi",
            "sponsorizzato",
            "ascolta l'articolo",
            "ascolta questo articolo",
        ],
    ),
    language(
        "Portuguese",
        &[
            "leia mais",
            "ler mais",
            "continuar lendo",
            "compartilhar",
            "partilhar",
            "comentários",
            "publicidade",
            "carregando...",
            "assinar",
            "adicionar ao carrinho",
            "sem comentários",
            "nenhum comentário",
            "fechar",
            "ouvir artigo",
            "ouvir este artigo",
            "ouça este artigo",
        ],
    ),
    language(
        "Dutch",
        &[
            "lees meer",
            "verder lezen",
            "delen",
            "reacties",
            "reageren",
            "advertentie",
            "laden...",
            "abonneren",
            "in winkelwagen",
            "geen reacties",
            "nog geen reacties",
            "sluiten",
            "gesponsord",
            "artikel beluisteren",
            "luister naar dit artikel",
        ],
    ),
    language(
        "Polish",
        &[
            "czytaj więcej",
            "czytaj dalej",
            "udostępnij",
            "komentarze",
            "odpowiedz",
            "reklama",
            "ładowanie...",
            "subskrybuj",
            "dodaj do koszyka",
            "brak komentarzy",
            "zamknij",
            "sponsorowane",
            "posłuchaj artykułu",
            "słuchaj artykułu",
        ],
    ),
    language(
        "Russian",
        &[
            "читать далее",
            "читать дальше",
            "подробнее",
            "поделиться",
            "комментарии",
            "ответить",
            "реклама",
            "загрузка...",
            "подписаться",
            "в корзину",
            "нет комментариев",
            "комментариев нет",
            "закрыть",
            "слушать статью",
            "прослушать статью",
        ],
    ),
    language(
        "Japanese",
        &[
            "続きを読む",
            "もっと見る",
            "シェア",
            "コメント",
            "返信",
            "広告",
            "読み込み中...",
            "カートに入れる",
            "コメントはまだありません",
            "閉じる",
            "記事を聞く",
            "この記事を聞く",
        ],
    ),
    language(
        "Chinese",
        &[
            "阅读更多",
            "閱讀更多",
            "查看更多",
            "分享",
            "评论",
            "評論",
            "回复",
            "廣告",
            "广告",
            "加载中...",
            "加入购物车",
            "暂无评论",
            "暫無評論",
            "关闭",
            "關閉",
            "收听文章",
            "收听本文",
            "听全文",
        ],
    ),
    platform("Shopify themes", &["quick shop", "choose options"]),
    platform("WooCommerce", &["calculate shipping"]),
    platform("WordPress sharing plugins", &["sharing is caring!"]),
    platform("WordPress likes", &["like loading..."]),
    language(
        "Turkish",
        &[
            "devamını oku",
            "daha fazla oku",
            "paylaş",
            "yorumlar",
            "yanıtla",
            "reklam",
            "yükleniyor...",
            "sepete ekle",
            "kapat",
            "henüz yorum yapılmamış",
            "makaleyi dinle",
        ],
    ),
    language(
        "Korean",
        &[
            "더보기",
            "더 보기",
            "공유",
            "공유하기",
            "댓글",
            "답글",
            "광고",
            "로딩중...",
            "장바구니 담기",
            "닫기",
            "인쇄",
            "글자크기",
            "기사 듣기",
        ],
    ),
    language(
        "Arabic",
        &[
            "اقرأ المزيد",
            "مشاركة",
            "شارك",
            "التعليقات",
            "رد",
            "إعلان",
            "جاري التحميل...",
            "أضف إلى السلة",
            "إغلاق",
            "استمع إلى المقال",
        ],
    ),
    language(
        "Indonesian",
        &[
            "baca selengkapnya",
            "bagikan",
            "komentar",
            "balas",
            "iklan",
            "memuat...",
            "tambah ke keranjang",
            "tutup",
            "dengarkan artikel",
        ],
    ),
    language(
        "Swedish",
        &[
            "läs mer",
            "dela",
            "kommentarer",
            "svara",
            "annons",
            "laddar...",
            "lägg i varukorgen",
            "stäng",
            "lyssna på artikeln",
        ],
    ),
    language(
        "Czech",
        &[
            "číst dále",
            "sdílet",
            "komentáře",
            "odpovědět",
            "reklama",
            "načítání...",
            "přidat do košíku",
            "zavřít",
            "poslechněte si článek",
        ],
    ),
    language(
        "Ukrainian",
        &[
            "читати далі",
            "докладніше",
            "поділитися",
            "коментарі",
            "відповісти",
            "реклама",
            "завантаження...",
            "додати в кошик",
            "закрити",
            "слухати статтю",
        ],
    ),
    language(
        "Vietnamese",
        &[
            "xem thêm",
            "đọc thêm",
            "chia sẻ",
            "bình luận",
            "trả lời",
            "quảng cáo",
            "đang tải...",
            "thêm vào giỏ hàng",
            "đóng",
            "nghe bài viết",
        ],
    ),
    language(
        "Danish",
        &[
            "læs mere",
            "del",
            "kommentarer",
            "svar",
            "annonce",
            "indlæser...",
            "læg i kurv",
            "luk",
        ],
    ),
    language(
        "Norwegian",
        &[
            "les mer",
            "del",
            "kommentarer",
            "svar",
            "annonse",
            "laster...",
            "legg i handlekurven",
            "lukk",
        ],
    ),
    language(
        "Finnish",
        &[
            "lue lisää",
            "jaa",
            "kommentit",
            "vastaa",
            "mainos",
            "ladataan...",
            "lisää ostoskoriin",
            "sulje",
        ],
    ),
    language(
        "Romanian",
        &[
            "citește mai mult",
            "citeste mai mult",
            "distribuie",
            "comentarii",
            "răspunde",
            "reclamă",
            "se încarcă...",
            "adaugă în coș",
            "închide",
            "ascultă articolul",
        ],
    ),
    language(
        "Hungarian",
        &[
            "tovább",
            "bővebben",
            "tovább olvasom",
            "megosztás",
            "hozzászólások",
            "válasz",
            "hirdetés",
            "betöltés...",
            "kosárba",
            "bezárás",
        ],
    ),
    language(
        "Greek",
        &[
            "διαβάστε περισσότερα",
            "κοινοποίηση",
            "σχόλια",
            "απάντηση",
            "διαφήμιση",
            "φόρτωση...",
            "προσθήκη στο καλάθι",
            "κλείσιμο",
        ],
    ),
    language(
        "Hebrew",
        &[
            "קרא עוד",
            "קראו עוד",
            "שתף",
            "שתפו",
            "תגובות",
            "השב",
            "פרסומת",
            "טוען...",
            "הוסף לסל",
            "סגור",
        ],
    ),
    language(
        "Hindi",
        &[
            "और पढ़ें",
            "आगे पढ़ें",
            "शेयर करें",
            "टिप्पणियाँ",
            "जवाब दें",
            "विज्ञापन",
            "लोड हो रहा है...",
            "कार्ट में जोड़ें",
            "बंद करें",
        ],
    ),
    language(
        "Persian",
        &[
            "ادامه مطلب",
            "بیشتر بخوانید",
            "اشتراک گذاری",
            "اشتراک‌گذاری",
            "نظرات",
            "پاسخ",
            "تبلیغات",
            "در حال بارگذاری...",
            "افزودن به سبد خرید",
            "بستن",
        ],
    ),
    language(
        "Thai",
        &[
            "อ่านต่อ",
            "อ่านเพิ่มเติม",
            "แชร์",
            "ความคิดเห็น",
            "ตอบกลับ",
            "โฆษณา",
            "กำลังโหลด...",
            "เพิ่มลงตะกร้า",
            "ปิด",
        ],
    ),
    language(
        "Slovak",
        &[
            "čítať viac",
            "zdieľať",
            "komentáre",
            "odpovedať",
            "reklama",
            "načítava sa...",
            "pridať do košíka",
            "zavrieť",
            "vypočuť si článok",
        ],
    ),
    language(
        "Croatian",
        &[
            "pročitaj više",
            "opširnije",
            "podijeli",
            "komentari",
            "odgovori",
            "oglas",
            "učitavanje...",
            "dodaj u košaricu",
            "zatvori",
            "poslušaj članak",
        ],
    ),
    language(
        "Bulgarian",
        &[
            "прочети още",
            "сподели",
            "коментари",
            "отговор",
            "отговори",
            "реклама",
            "зареждане...",
            "добави в количката",
            "затвори",
            "слушай статията",
        ],
    ),
    language(
        "Catalan",
        &[
            "llegeix més",
            "llegir més",
            "comparteix",
            "comentaris",
            "respon",
            "publicitat",
            "s'està carregant...",
            "carregant...",
            "afegeix a la cistella",
            "tanca",
            "escolta l'article",
        ],
    ),
    language(
        "Bengali",
        &[
            "আরও পড়ুন",
            "বিস্তারিত",
            "শেয়ার করুন",
            "শেয়ার",
            "মন্তব্য",
            "উত্তর দিন",
            "বিজ্ঞাপন",
            "লোড হচ্ছে...",
            "কার্টে যোগ করুন",
            "বন্ধ করুন",
        ],
    ),
    language(
        "Malay",
        &[
            "baca lagi",
            "baca seterusnya",
            "kongsi",
            "komen",
            "balas",
            "iklan",
            "sedang dimuatkan...",
            "tambah ke troli",
            "tutup",
        ],
    ),
    language(
        "Urdu",
        &[
            "مزید پڑھیں",
            "شیئر کریں",
            "تبصرے",
            "جواب دیں",
            "اشتہار",
            "لوڈ ہو رہا ہے...",
            "بند کریں",
        ],
    ),
    language(
        "Serbian",
        &[
            "pročitajte još",
            "opširnije",
            "podeli",
            "komentari",
            "odgovori",
            "oglas",
            "učitavanje...",
            "dodaj u korpu",
            "zatvori",
            "прочитајте још",
            "опширније",
            "подели",
            "коментари",
            "одговори",
            "оглас",
            "учитавање...",
            "затвори",
        ],
    ),
    language(
        "Slovenian",
        &[
            "preberi več",
            "deli",
            "komentarji",
            "odgovori",
            "oglas",
            "nalaganje...",
            "dodaj v košarico",
            "zapri",
        ],
    ),
];

/// The notices a blog engine prints where its comment form would be, as each language's
/// translation writes them (lower-cased, without the final stop): read as widget labels,
/// whole lines only.
pub(crate) const COMMENT_NOTICES: Vocabulary = &[platform(
    "WordPress",
    &[
        "comments are closed",
        "you must be logged in to post a comment",
        "kommentare sind geschlossen",
        "du musst angemeldet sein, um einen kommentar abzugeben",
        "sie müssen angemeldet sein, um einen kommentar abzugeben",
        "les commentaires sont fermés",
        "vous devez être connecté pour publier un commentaire",
        "los comentarios están cerrados",
        "debes iniciar sesión para publicar un comentario",
        "i commenti sono chiusi",
        "devi essere connesso per inviare un commento",
        "os comentários estão encerrados",
        "comentários encerrados",
        "você precisa fazer o login para publicar um comentário",
        "reacties zijn gesloten",
        "je moet ingelogd zijn om een reactie te plaatsen",
        "możliwość komentowania została wyłączona",
        "musisz się zalogować, aby móc dodać komentarz",
        "комментарии закрыты",
        "для отправки комментария вам необходимо авторизоваться",
        "コメントは受け付けていません",
        "コメントを投稿するにはログインしてください",
        "评论已关闭",
        "要发表评论，您必须先登录",
        "yorumlar kapatıldı",
        "댓글이 닫혔습니다",
        "التعليقات مغلقة",
        "komentar ditutup",
        "kommentarer är stängda",
        "komentáře jsou uzavřeny",
        "коментарі закриті",
        "bình luận đã bị đóng",
        "kommentarer er lukket",
        "kommentarer er stengt",
        "kommentointi on suljettu",
        "comentariile sunt închise",
        "τα σχόλια έχουν κλείσει",
        "התגובות סגורות",
        "टिप्पणियाँ बंद हैं",
        "دیدگاه‌ها بسته شده‌اند",
        "ปิดการแสดงความคิดเห็น",
        "komentáre sú uzavreté",
        "komentari su zatvoreni",
        "коментарите са изключени",
        "els comentaris estan tancats",
        "মন্তব্য বন্ধ আছে",
        "komen ditutup",
        "تبصرے بند ہیں",
        "komentari su isključeni",
        "коментари су искључени",
        "komentarji so zaprti",
    ],
)];

/// The question a help or documentation page asks its reader about itself, above its
/// "Yes" and "No" buttons ("Was this page helpful?"): lower-cased, without the question
/// marks (and Spanish's opening one), read as widget labels, whole lines ending in one.
pub(crate) const FEEDBACK_PROMPTS: Vocabulary = &[
    general(&[
        "was this page helpful",
        "was this article helpful",
        "was this helpful",
        "was this information helpful",
        "is this page helpful",
        "did you find this helpful",
        "did you find this article helpful",
        "did this article help you",
        "did this page help you",
    ]),
    language(
        "German",
        &[
            "war diese seite hilfreich",
            "war dieser artikel hilfreich",
            "war das hilfreich",
            "ist diese seite hilfreich",
        ],
    ),
    language(
        "French",
        &[
            "cette page a-t-elle été utile",
            "cette page vous a-t-elle été utile",
            "cet article vous a-t-il été utile",
            "cet article a-t-il été utile",
        ],
    ),
    language(
        "Spanish",
        &[
            "le ha resultado útil esta página",
            "te ha resultado útil esta página",
            "te resultó útil esta página",
            "fue útil este artículo",
            "te ha resultado útil este artículo",
        ],
    ),
    language(
        "Italian",
        &[
            "questa pagina è stata utile",
            "questa pagina ti è stata utile",
            "questo articolo è stato utile",
            "questo articolo ti è stato utile",
        ],
    ),
    language(
        "Portuguese",
        &[
            "esta página foi útil",
            "este artigo foi útil",
            "isso foi útil",
        ],
    ),
    language(
        "Dutch",
        &[
            "was deze pagina nuttig",
            "was dit artikel nuttig",
            "was dit nuttig",
        ],
    ),
    language(
        "Polish",
        &[
            "czy ta strona była pomocna",
            "czy ten artykuł był pomocny",
            "czy to było pomocne",
        ],
    ),
    language(
        "Russian",
        &[
            "была ли эта страница полезной",
            "была ли эта статья полезной",
            "эта статья была полезной",
            "это было полезно",
        ],
    ),
    language(
        "Japanese",
        &[
            "このページはお役に立ちましたか",
            "このページは役に立ちましたか",
            "この記事はお役に立ちましたか",
            "この記事は役に立ちましたか",
        ],
    ),
    language(
        "Chinese",
        &[
            "此页面是否有帮助",
            "这篇文章对您有帮助吗",
            "这篇文章有帮助吗",
            "此页面对您有帮助吗",
            "此頁面是否有幫助",
            "這篇文章對您有幫助嗎",
        ],
    ),
    language(
        "Turkish",
        &["bu sayfa yardımcı oldu mu", "bu makale yardımcı oldu mu"],
    ),
    language(
        "Korean",
        &["이 페이지가 도움이 되었나요", "이 글이 도움이 되었나요"],
    ),
    language(
        "Arabic",
        &["هل كانت هذه الصفحة مفيدة", "هل كان هذا المقال مفيدا"],
    ),
    language(
        "Indonesian",
        &["apakah halaman ini membantu", "apakah artikel ini membantu"],
    ),
    language(
        "Swedish",
        &[
            "var den här sidan till hjälp",
            "var den här artikeln till hjälp",
        ],
    ),
    language(
        "Czech",
        &["byla tato stránka užitečná", "byl tento článek užitečný"],
    ),
    language(
        "Ukrainian",
        &["чи була ця сторінка корисною", "чи була ця стаття корисною"],
    ),
    language(
        "Vietnamese",
        &[
            "trang này có hữu ích không",
            "bài viết này có hữu ích không",
        ],
    ),
    language(
        "Romanian",
        &["a fost utilă această pagină", "a fost util acest articol"],
    ),
    language(
        "Hungarian",
        &["hasznos volt ez az oldal", "hasznos volt ez a cikk"],
    ),
    language("Hebrew", &["האם הדף הזה עזר לך", "האם המאמר עזר לך"]),
    language("Hindi", &["क्या यह पेज उपयोगी था", "क्या यह लेख उपयोगी था"]),
    language(
        "Persian",
        &["آیا این صفحه مفید بود", "آیا این مطلب مفید بود"],
    ),
    language("Thai", &["หน้านี้มีประโยชน์หรือไม่", "บทความนี้มีประโยชน์หรือไม่"]),
    language(
        "Slovak",
        &["bola táto stránka užitočná", "bol tento článok užitočný"],
    ),
    language(
        "Croatian",
        &[
            "je li vam ova stranica bila korisna",
            "je li vam ovaj članak bio koristan",
        ],
    ),
    language(
        "Bulgarian",
        &[
            "беше ли полезна тази страница",
            "беше ли полезна тази статия",
        ],
    ),
    language(
        "Catalan",
        &[
            "t'ha estat útil aquesta pàgina",
            "us ha estat útil aquesta pàgina",
        ],
    ),
    language("Bengali", &["এই পৃষ্ঠাটি কি সহায়ক ছিল", "এই লেখাটি কি সহায়ক ছিল"]),
    language(
        "Malay",
        &["adakah halaman ini membantu", "adakah artikel ini membantu"],
    ),
    language("Urdu", &["کیا یہ صفحہ مفید تھا", "کیا یہ مضمون مفید تھا"]),
    language(
        "Serbian",
        &[
            "da li vam je ova stranica bila korisna",
            "да ли вам је ова страница била корисна",
        ],
    ),
    language(
        "Slovenian",
        &[
            "ali je bila ta stran koristna",
            "ali je bil ta članek koristen",
        ],
    ),
];

/// The title of a table of contents ("Contents", "On this page", "Sommaire", "目次"):
/// lower-cased, without a final colon, read as widget labels, whole lines only.
pub(crate) const CONTENTS_LABELS: Vocabulary = &[
    general(&[
        "contents",
        "table of contents",
        "on this page",
        "in this article",
        "in this post",
        "jump to",
        "jump to section",
    ]),
    language(
        "German",
        &[
            "inhalt",
            "inhaltsverzeichnis",
            "auf dieser seite",
            "in diesem artikel",
        ],
    ),
    language(
        "French",
        &[
            "sommaire",
            "table des matières",
            "sur cette page",
            "dans cet article",
        ],
    ),
    language(
        "Spanish",
        &[
            "índice",
            "contenido",
            "tabla de contenidos",
            "en esta página",
            "en este artículo",
        ],
    ),
    language(
        "Italian",
        &[
            "indice",
            "sommario",
            "in questa pagina",
            "in questo articolo",
        ],
    ),
    language(
        "Portuguese",
        &[
            "índice",
            "conteúdo",
            "sumário",
            "nesta página",
            "neste artigo",
        ],
    ),
    language(
        "Dutch",
        &[
            "inhoud",
            "inhoudsopgave",
            "op deze pagina",
            "in dit artikel",
        ],
    ),
    language(
        "Polish",
        &["spis treści", "na tej stronie", "w tym artykule"],
    ),
    language(
        "Russian",
        &[
            "содержание",
            "оглавление",
            "на этой странице",
            "в этой статье",
        ],
    ),
    language("Japanese", &["目次", "このページの内容"]),
    language("Chinese", &["目录", "目錄", "本页内容", "本頁內容"]),
    language("Turkish", &["içindekiler"]),
    language("Korean", &["목차"]),
    language("Arabic", &["المحتويات", "جدول المحتويات"]),
    language("Indonesian", &["daftar isi"]),
    language("Swedish", &["innehåll", "innehållsförteckning"]),
    language("Czech", &["obsah"]),
    language("Ukrainian", &["зміст"]),
    language("Vietnamese", &["mục lục", "nội dung chính"]),
    language("Danish", &["indhold", "indholdsfortegnelse"]),
    language("Norwegian", &["innhold", "innholdsfortegnelse"]),
    language("Finnish", &["sisällys", "sisällysluettelo"]),
    language("Romanian", &["cuprins"]),
    language("Hungarian", &["tartalomjegyzék"]),
    language("Greek", &["περιεχόμενα", "πίνακας περιεχομένων"]),
    language("Hebrew", &["תוכן עניינים"]),
    language("Hindi", &["विषय सूची"]),
    language("Persian", &["فهرست مطالب"]),
    language("Thai", &["สารบัญ"]),
    language("Slovak", &["obsah"]),
    language("Croatian", &["sadržaj"]),
    language("Bulgarian", &["съдържание"]),
    language("Catalan", &["índex", "taula de continguts"]),
    language("Bengali", &["সূচিপত্র"]),
    language("Malay", &["kandungan", "isi kandungan"]),
    language("Urdu", &["فہرست", "فہرست مضامین"]),
    language("Serbian", &["sadržaj", "садржај"]),
    language("Slovenian", &["kazalo", "vsebina"]),
];

/// Labels that open a line of nothing but links ("Tags: harbour, ferries", "Share this
/// article: Facebook X", "Lesen Sie auch: ..."): a post's tags and categories, a share or
/// follow row, a link to another story set inside the article. Read before a colon,
/// lower-cased.
pub(crate) const LINK_ROW_LABELS: Vocabulary = &[
    general(&[
        "read more",
        "read also",
        "also read",
        "related",
        "related article",
        "related story",
        "tags",
        "tagged",
        "tagged with",
        "filed under",
        "posted in",
        "categories",
        "category",
        "topics",
        "share",
        "share this",
        "share this article",
        "share this post",
        "share this story",
        "share on",
        "follow us",
    ]),
    language(
        "German",
        &[
            "lesen sie auch",
            "lies auch",
            "mehr zum thema",
            "auch interessant",
            "schlagworte",
            "schlagwörter",
            "themen",
            "kategorie",
            "kategorien",
            "teilen",
            "artikel teilen",
            "beitrag teilen",
            "folgen sie uns",
        ],
    ),
    language(
        "French",
        &[
            "lire aussi",
            "à lire aussi",
            "lire également",
            "à lire également",
            "étiquettes",
            "mots-clés",
            "mots clés",
            "catégorie",
            "catégories",
            "partager",
            "partager cet article",
            "suivez-nous",
        ],
    ),
    language(
        "Spanish",
        &[
            "lee también",
            "lea también",
            "te puede interesar",
            "etiquetas",
            "categoría",
            "categorías",
            "temas",
            "compartir",
            "comparte",
            "comparte esta noticia",
            "síguenos",
        ],
    ),
    language(
        "Italian",
        &[
            "leggi anche",
            "potrebbe interessarti",
            "tag",
            "categoria",
            "categorie",
            "argomenti",
            "condividi",
            "condividi questo articolo",
            "seguici",
        ],
    ),
    language(
        "Portuguese",
        &[
            "leia também",
            "leia mais",
            "veja também",
            "saiba mais",
            "categoria",
            "categorias",
            "assuntos",
            "compartilhar",
            "compartilhe",
            "compartilhe esta notícia",
            "partilhar",
            "siga-nos",
        ],
    ),
    language(
        "Dutch",
        &[
            "lees ook",
            "lees meer",
            "ook interessant",
            "categorie",
            "categorieën",
            "onderwerpen",
            "delen",
            "deel dit artikel",
            "volg ons",
        ],
    ),
    language(
        "Polish",
        &[
            "czytaj także",
            "czytaj też",
            "czytaj również",
            "zobacz też",
            "zobacz także",
            "tagi",
            "kategoria",
            "kategorie",
            "tematy",
            "udostępnij",
            "udostępnij artykuł",
            "obserwuj nas",
        ],
    ),
    language(
        "Russian",
        &[
            "читайте также",
            "по теме",
            "смотрите также",
            "теги",
            "метки",
            "рубрика",
            "рубрики",
            "категории",
            "темы",
            "поделиться",
        ],
    ),
    language(
        "Japanese",
        &[
            "関連記事",
            "あわせて読みたい",
            "タグ",
            "カテゴリー",
            "カテゴリ",
            "シェア",
            "この記事をシェアする",
        ],
    ),
    language(
        "Chinese",
        &[
            "相关阅读",
            "延伸阅读",
            "推荐阅读",
            "相关新闻",
            "标签",
            "標籤",
            "分类",
            "分類",
            "分享",
            "分享到",
        ],
    ),
    language(
        "Turkish",
        &[
            "etiketler",
            "etiket",
            "kategori",
            "kategoriler",
            "paylaş",
            "ilgili haberler",
            "ayrıca okuyun",
        ],
    ),
    language(
        "Korean",
        &["태그", "관련기사", "관련 기사", "공유하기", "카테고리"],
    ),
    language(
        "Arabic",
        &[
            "الوسوم",
            "الكلمات المفتاحية",
            "اقرأ أيضا",
            "اقرأ أيضاً",
            "مواضيع ذات صلة",
            "شارك",
            "التصنيفات",
            "التصنيف",
        ],
    ),
    language(
        "Indonesian",
        &[
            "tag",
            "baca juga",
            "berita terkait",
            "bagikan",
            "kategori",
            "topik",
        ],
    ),
    language(
        "Swedish",
        &[
            "taggar",
            "läs också",
            "läs även",
            "relaterat",
            "dela",
            "kategorier",
            "ämnen",
        ],
    ),
    language(
        "Czech",
        &[
            "štítky",
            "tagy",
            "čtěte také",
            "související články",
            "sdílet",
            "kategorie",
            "témata",
        ],
    ),
    language(
        "Ukrainian",
        &[
            "теги",
            "мітки",
            "читайте також",
            "поділитися",
            "категорія",
            "категорії",
            "теми",
        ],
    ),
    language(
        "Vietnamese",
        &[
            "thẻ",
            "tin liên quan",
            "xem thêm",
            "chia sẻ",
            "chuyên mục",
            "danh mục",
            "chủ đề",
        ],
    ),
    language(
        "Danish",
        &[
            "emner",
            "læs også",
            "relaterede artikler",
            "del",
            "kategorier",
        ],
    ),
    language(
        "Norwegian",
        &[
            "stikkord",
            "emner",
            "les også",
            "relaterte artikler",
            "del",
            "kategorier",
        ],
    ),
    language(
        "Finnish",
        &[
            "tagit",
            "avainsanat",
            "aiheet",
            "lue myös",
            "jaa",
            "kategoriat",
        ],
    ),
    language(
        "Romanian",
        &[
            "etichete",
            "tag-uri",
            "categorii",
            "citește și",
            "articole similare",
            "distribuie",
        ],
    ),
    language(
        "Hungarian",
        &[
            "címkék",
            "kategóriák",
            "kapcsolódó cikkek",
            "ezt is ajánljuk",
            "megosztás",
        ],
    ),
    language(
        "Greek",
        &[
            "ετικέτες",
            "κατηγορίες",
            "διαβάστε επίσης",
            "σχετικά άρθρα",
            "κοινοποίηση",
        ],
    ),
    language(
        "Hebrew",
        &["תגיות", "קטגוריות", "כתבות קשורות", "עוד בנושא", "שתפו"],
    ),
    language(
        "Hindi",
        &["टैग", "टैग्स", "श्रेणियाँ", "यह भी पढ़ें", "संबंधित खबरें", "शेयर करें"],
    ),
    language(
        "Persian",
        &[
            "برچسب ها",
            "برچسب‌ها",
            "دسته بندی",
            "دسته‌بندی",
            "مطالب مرتبط",
            "بیشتر بخوانید",
        ],
    ),
    language(
        "Thai",
        &[
            "แท็ก",
            "หมวดหมู่",
            "อ่านเพิ่มเติม",
            "ข่าวที่เกี่ยวข้อง",
            "บทความที่เกี่ยวข้อง",
            "แชร์",
        ],
    ),
    language(
        "Slovak",
        &[
            "značky",
            "štítky",
            "tagy",
            "kategórie",
            "súvisiace články",
            "čítajte aj",
            "zdieľať",
        ],
    ),
    language(
        "Croatian",
        &[
            "oznake",
            "tagovi",
            "kategorije",
            "povezani članci",
            "pročitajte i",
            "podijeli",
        ],
    ),
    language(
        "Bulgarian",
        &[
            "етикети",
            "тагове",
            "категории",
            "свързани статии",
            "прочетете още",
            "сподели",
        ],
    ),
    language(
        "Catalan",
        &[
            "etiquetes",
            "categories",
            "articles relacionats",
            "llegeix també",
            "comparteix",
        ],
    ),
    language(
        "Bengali",
        &["ট্যাগ", "বিষয়", "আরও পড়ুন", "সম্পর্কিত খবর", "শেয়ার করুন"],
    ),
    language(
        "Malay",
        &[
            "tag",
            "kategori",
            "artikel berkaitan",
            "baca juga",
            "kongsi",
        ],
    ),
    language(
        "Urdu",
        &[
            "ٹیگز",
            "ٹیگ",
            "زمرے",
            "متعلقہ خبریں",
            "یہ بھی پڑھیں",
            "شیئر کریں",
        ],
    ),
    language(
        "Serbian",
        &[
            "tagovi",
            "oznake",
            "kategorije",
            "povezane vesti",
            "pročitajte i",
            "podeli",
            "тагови",
            "ознаке",
            "категорије",
            "повезане вести",
            "прочитајте и",
            "подели",
        ],
    ),
    language(
        "Slovenian",
        &[
            "oznake",
            "kategorije",
            "sorodni članki",
            "preberite tudi",
            "deli",
        ],
    ),
];

/// The text of a comment's reply link.
pub(crate) const REPLY_LABELS: Vocabulary = &[
    general(&["reply", "reply ↓", "reply to this comment"]),
    language("German", &["antworten"]),
    language("French", &["répondre"]),
    language("Spanish, Portuguese", &["responder"]),
    language("Italian", &["rispondi"]),
    language("Dutch", &["reageren"]),
    language("Polish", &["odpowiedz"]),
    language("Russian", &["ответить"]),
    language("Japanese", &["返信"]),
    language("Chinese", &["回复"]),
    language("Turkish", &["yanıtla", "cevapla"]),
    language("Korean", &["답글", "답글달기"]),
    language("Arabic", &["رد"]),
    language("Indonesian", &["balas"]),
    language("Swedish", &["svara"]),
    language("Czech", &["odpovědět"]),
    language("Ukrainian", &["відповісти"]),
    language("Vietnamese", &["trả lời"]),
    language("Danish, Norwegian", &["svar"]),
    language("Finnish", &["vastaa"]),
    language("Romanian", &["răspunde"]),
    language("Hungarian", &["válasz"]),
    language("Greek", &["απάντηση"]),
    language("Hebrew", &["השב", "הגב"]),
    language("Hindi", &["जवाब दें", "उत्तर दें"]),
    language("Persian", &["پاسخ", "پاسخ دادن"]),
    language("Thai", &["ตอบกลับ"]),
    language("Slovak", &["odpovedať"]),
    language("Croatian", &["odgovori"]),
    language("Bulgarian", &["отговор", "отговори"]),
    language("Catalan", &["respon", "respondre"]),
    language("Bengali", &["উত্তর দিন", "জবাব দিন"]),
    language("Malay", &["balas"]),
    language("Urdu", &["جواب دیں", "جواب"]),
    language("Serbian", &["odgovori", "одговори"]),
    language("Slovenian", &["odgovori"]),
];

/// What follows the commenter's name in a comment's header, as blog engines print it
/// ("Maria says:", "Jacob said,"): lower-cased, after a space (Chinese and Japanese ones
/// right after the name).
pub(crate) const COMMENT_HEADER_SUFFIXES: Vocabulary = &[
    general(&["says:", "said:", "said,", "wrote:"]),
    language("German", &["sagt:", "schreibt:", "schrieb:", "meint:"]),
    language("French", &["dit :", "a écrit :"]),
    language("Spanish", &["dice:", "escribió:", "comentó:"]),
    language("Italian", &["dice:", "scrive:", "ha scritto:"]),
    language("Portuguese", &["disse:", "diz:", "escreveu:", "comentou:"]),
    language("Dutch", &["zegt:", "schreef:", "schrijft:"]),
    language("Polish", &["pisze:", "napisał:", "napisała:", "mówi:"]),
    language("Russian", &["говорит:", "пишет:", "написал:", "написала:"]),
    language("Japanese", &["より:", "より："]),
    language("Chinese", &["说：", "说:", "說：", "說:"]),
    language("Romanian", &["spune:"]),
    language("Hungarian", &["szerint:"]),
    language("Greek", &["λέει:"]),
    language("Slovak", &["napísal:", "napísala:"]),
    language("Croatian", &["kaže:"]),
    language("Bulgarian", &["каза:"]),
    language("Catalan", &["diu:"]),
];

/// Words a counter counts ("12 likes", "3 comments", "518 helpful votes").
#[rustfmt::skip]
pub(crate) const COUNTED_WORDS: Vocabulary = &[
    general(&[
        "like", "likes", "comment", "comments", "reply", "replies", "view", "views", "share",
        "shares", "posts", "votes", "answers", "followers", "reactions", "points",
    ]),
    language("German", &["kommentar", "kommentare", "antworten", "aufrufe"]),
    language("French", &["commentaire", "commentaires", "réponses", "vues"]),
    language("Spanish", &["comentario", "comentarios", "respuestas", "visitas"]),
    language("Italian", &["commento", "commenti", "risposte", "visualizzazioni"]),
    language("Portuguese", &["comentário", "comentários", "respostas", "visualizações"]),
    language("Dutch", &["reactie", "reacties", "weergaven"]),
    language("Polish", &["komentarz", "komentarze", "komentarzy", "odpowiedzi", "wyświetleń"]),
    language("Russian", &["комментарий", "комментария", "комментариев", "ответов", "просмотров"]),
    language("Turkish", &["yorum", "beğeni", "görüntülenme"]),
    language("Arabic", &["تعليق", "تعليقات"]),
    language("Indonesian", &["komentar", "suka", "dilihat"]),
    language("Swedish", &["kommentar", "kommentarer", "visningar"]),
    language("Czech", &["komentář", "komentáře", "komentářů", "zobrazení"]),
    language("Ukrainian", &["коментар", "коментарі", "коментарів", "переглядів"]),
    language("Danish, Norwegian", &["kommentarer"]),
    language("Finnish", &["kommenttia"]),
    language("Romanian", &["comentarii", "vizualizări", "afișări"]),
    language("Hungarian", &["hozzászólás", "megtekintés", "komment"]),
    language("Greek", &["σχόλια", "προβολές"]),
    language("Hebrew", &["תגובות", "צפיות"]),
    language("Hindi", &["टिप्पणियाँ", "व्यूज"]),
    language("Persian", &["نظر", "بازدید"]),
    language("Thai", &["ความคิดเห็น", "ครั้ง"]),
    language("Slovak", &["komentárov", "komentáre", "zobrazení"]),
    language("Croatian", &["komentara", "komentari", "pregleda"]),
    language("Bulgarian", &["коментара", "коментари", "прегледа"]),
    language("Catalan", &["comentaris", "visites", "lectures"]),
    language("Bengali", &["মন্তব্য", "ভিউ"]),
    language("Malay", &["komen", "tontonan"]),
    language("Urdu", &["تبصرے", "تبصرہ", "ویوز"]),
    language("Serbian", &["komentara", "komentari", "pregleda", "коментара", "коментари", "прегледа"]),
    language("Slovenian", &["komentarjev", "komentarja", "komentarji", "ogledov"]),
];

/// Headings over a post's comment thread on their own ("Comments", "Kommentare").
pub(crate) const THREAD_HEADINGS: Vocabulary = &[
    general(&["comments"]),
    language("German", &["kommentare"]),
    language("French", &["commentaires"]),
    language("Spanish", &["comentarios"]),
    language("Italian", &["commenti"]),
    language("Portuguese", &["comentários"]),
    language("Dutch", &["reacties"]),
    language("Polish", &["komentarze"]),
    language("Russian", &["комментарии"]),
    language("Japanese", &["コメント"]),
    language("Chinese", &["评论", "評論"]),
    language("Turkish", &["yorumlar"]),
    language("Korean", &["댓글"]),
    language("Arabic", &["التعليقات", "تعليقات"]),
    language("Indonesian", &["komentar"]),
    language("Swedish", &["kommentarer"]),
    language("Czech", &["komentáře", "diskuse"]),
    language("Ukrainian", &["коментарі"]),
    language("Vietnamese", &["bình luận"]),
    language("Danish, Norwegian", &["kommentarer"]),
    language("Finnish", &["kommentit"]),
    language("Romanian", &["comentarii"]),
    language("Hungarian", &["hozzászólások", "kommentek"]),
    language("Greek", &["σχόλια"]),
    language("Hebrew", &["תגובות"]),
    language("Hindi", &["टिप्पणियाँ", "कमेंट्स"]),
    language("Persian", &["نظرات", "دیدگاه‌ها"]),
    language("Thai", &["ความคิดเห็น"]),
    language("Slovak", &["komentáre", "diskusia"]),
    language("Croatian", &["komentari"]),
    language("Bulgarian", &["коментари"]),
    language("Catalan", &["comentaris"]),
    language("Bengali", &["মন্তব্য", "মন্তব্যসমূহ"]),
    language("Malay", &["komen", "ulasan"]),
    language("Urdu", &["تبصرے"]),
    language("Serbian", &["komentari", "коментари"]),
    language("Slovenian", &["komentarji"]),
];

/// Words that head a comment thread after its count ("40 Responses to “...”", "One thought
/// on “...”", "12 Kommentare zu ..."); a count is digits or one of [`THREAD_COUNTS`].
#[rustfmt::skip]
pub(crate) const THREAD_COUNTED_WORDS: Vocabulary = &[
    general(&[
        "comment", "comments", "response", "responses", "reply", "replies", "thought",
        "thoughts",
    ]),
    language("German", &["kommentar", "kommentare", "antworten", "gedanke", "gedanken"]),
    language(
        "French",
        &["commentaire", "commentaires", "réponse", "réponses", "réflexion", "réflexions"],
    ),
    language("Spanish", &["comentario", "comentarios", "respuesta", "respuestas"]),
    language("Italian", &["commento", "commenti", "risposta", "risposte", "pensiero", "pensieri"]),
    language("Portuguese", &["comentário", "comentários", "resposta", "respostas"]),
    language("Dutch", &["reactie", "reacties", "gedachte", "gedachten"]),
    language("Polish", &["komentarz", "komentarze", "komentarzy", "odpowiedzi"]),
    language("Russian", &["комментарий", "комментария", "комментариев", "ответ", "ответов"]),
    language("Turkish", &["yorum", "yanıt"]),
    language("Arabic", &["تعليق", "تعليقات"]),
    language("Indonesian", &["komentar", "tanggapan"]),
    language("Swedish", &["kommentar", "kommentarer", "svar"]),
    language("Czech", &["komentář", "komentáře", "komentářů", "odpovědí"]),
    language("Ukrainian", &["коментар", "коментарі", "коментарів", "відповідей"]),
    language("Danish, Norwegian", &["kommentar", "kommentarer"]),
    language("Finnish", &["kommentti", "kommenttia"]),
    language("Romanian", &["comentariu", "comentarii", "răspunsuri", "gând", "gânduri"]),
    language("Hungarian", &["hozzászólás", "komment", "válasz"]),
    language("Greek", &["σχόλιο", "σχόλια"]),
    language("Hebrew", &["תגובה", "תגובות"]),
    language("Hindi", &["टिप्पणी", "टिप्पणियाँ", "कमेंट"]),
    language("Persian", &["نظر", "دیدگاه"]),
    language("Thai", &["ความคิดเห็น"]),
    language("Slovak", &["komentár", "komentáre", "komentárov", "reakcie", "reakcií"]),
    language("Croatian", &["komentar", "komentara", "komentari", "odgovor", "odgovora"]),
    language("Bulgarian", &["коментар", "коментара", "коментари", "отговора"]),
    language("Catalan", &["comentari", "comentaris", "resposta", "respostes"]),
    language("Bengali", &["মন্তব্য"]),
    language("Malay", &["komen", "ulasan", "balasan"]),
    language("Urdu", &["تبصرے", "تبصرہ"]),
    language("Serbian", &["komentar", "komentara", "komentari", "коментар", "коментара", "коментари"]),
    language("Slovenian", &["komentar", "komentarja", "komentarji", "komentarjev", "odgovorov"]),
];

/// Counters and thread words that scripts written without spaces set right after a
/// count, at the end of a thread's heading ("2条评论", "《...》有12条评论",
/// "「...」への3件のフィードバック").
pub(crate) const THREAD_COUNTED_SUFFIXES: Vocabulary = &[
    language(
        "Chinese",
        &[
            "条评论",
            "條評論",
            "则评论",
            "則評論",
            "个评论",
            "個評論",
            "条回复",
            "條回覆",
        ],
    ),
    language(
        "Japanese",
        &["件のコメント", "件のフィードバック", "件の返信"],
    ),
    language("Korean", &["개의 댓글", "개 댓글"]),
    language("Bengali", &["টি মন্তব্য"]),
];

/// Units of a reading-time estimate, read right after its number ("7 min read", "約3分").
/// Compared lower-cased.
#[rustfmt::skip]
pub(crate) const MINUTE_UNITS: Vocabulary = &[
    general(&["min", "min.", "mins", "minute", "minutes"]),
    language("German", &["minuten"]),
    language("Spanish, Portuguese", &["minuto", "minutos"]),
    language("Italian", &["minuti"]),
    language("Polish", &["minut", "minuty"]),
    language("Russian", &["мин", "мин.", "минут", "минуты", "минута"]),
    language("Japanese, Chinese", &["分", "分钟", "分鐘", "分間"]),
    language("Turkish", &["dakika", "dk", "dk."]),
    language("Korean", &["분"]),
    language("Arabic", &["دقيقة", "دقائق"]),
    language("Indonesian", &["menit"]),
    language("Swedish", &["minuter", "minut"]),
    language("Czech", &["minut", "minuty", "minuta"]),
    language("Ukrainian", &["хв", "хв.", "хвилин", "хвилини", "хвилина"]),
    language("Vietnamese", &["phút"]),
    language("Danish, Norwegian", &["minutter"]),
    language("Finnish", &["minuuttia"]),
    language("Romanian", &["minute"]),
    language("Hungarian", &["perc"]),
    language("Greek", &["λεπτά", "λεπτό"]),
    language("Hebrew", &["דקות"]),
    language("Hindi", &["मिनट"]),
    language("Persian", &["دقیقه"]),
    language("Thai", &["นาที"]),
    language("Slovak", &["minúty", "minút", "minúta"]),
    language("Croatian", &["minute", "minuta"]),
    language("Bulgarian", &["минути", "минута", "мин"]),
    language("Catalan", &["minuts", "minut"]),
    language("Bengali", &["মিনিট"]),
    language("Malay", &["minit"]),
    language("Urdu", &["منٹ"]),
    language("Serbian", &["minuta", "minut", "минута", "минут"]),
    language("Slovenian", &["minute", "minut", "minuta"]),
];

/// Words that hedge a reading time's number ("about 5 min", "約3分"), dropped before it.
#[rustfmt::skip]
pub(crate) const ROUGHLY_WORDS: Vocabulary = &[
    general(&["~", "<", "about", "approx.", "ca."]),
    language("German", &["etwa", "ca"]),
    language("French", &["environ"]),
    language("Russian", &["около", "примерно"]),
    language("Japanese, Chinese", &["約", "约", "大约", "〜"]),
];

/// A reading-time estimate, its number written `#` and its unit dropped ("7 min read" is
/// "# read", "Lesezeit: 4 Min." is "lesezeit #"): a widget of the page, never its text.
/// Compared lower-cased, colons and hyphens read as spaces.
#[rustfmt::skip]
pub(crate) const READING_TIME_FORMS: Vocabulary = &[
    general(&["# read", "reading time #", "read time #", "# reading time", "# to read"]),
    language("German", &["lesezeit #", "# lesezeit", "lesedauer #", "# lesedauer"]),
    language("French", &["temps de lecture #", "# de lecture", "lecture #"]),
    language("Spanish", &["tiempo de lectura #", "# de lectura", "lectura #", "lectura de #"]),
    language("Italian", &["tempo di lettura #", "# di lettura", "lettura #"]),
    language("Portuguese", &["tempo de leitura #", "# de leitura", "leitura #"]),
    language("Dutch", &["leestijd #", "# leestijd", "leestijd ± #"]),
    language("Polish", &["czas czytania #", "# czytania", "czas lektury #"]),
    language("Russian", &["время чтения #", "# чтения", "читать #", "# на чтение"]),
    language("Japanese", &["読了時間 #", "読了目安 #", "# で読めます", "この記事は#で読めます"]),
    language("Chinese", &["阅读时间 #", "閱讀時間 #", "预计阅读时间 #", "預計閱讀時間 #", "阅读 #", "閱讀 #"]),
    language("Turkish", &["okuma süresi #", "# okuma süresi", "# okuma"]),
    language("Korean", &["읽는 시간 #", "# 읽기", "읽기 #"]),
    language("Arabic", &["وقت القراءة #", "مدة القراءة #", "# قراءة"]),
    language("Indonesian", &["waktu baca #", "# baca", "# membaca"]),
    language("Swedish", &["lästid #", "# lästid", "# läsning"]),
    language("Czech", &["doba čtení #", "# čtení"]),
    language("Ukrainian", &["час читання #", "# читання"]),
    language("Vietnamese", &["thời gian đọc #", "# đọc"]),
    language("Danish", &["læsetid #", "# læsetid"]),
    language("Norwegian", &["lesetid #", "# lesetid"]),
    language("Finnish", &["lukuaika #", "# lukuaika"]),
    language("Romanian", &["timp de citire #", "# de citire", "# de citit"]),
    language("Hungarian", &["olvasási idő #", "# olvasás", "# olvasási idő"]),
    language("Greek", &["χρόνος ανάγνωσης #", "# ανάγνωση", "# ανάγνωσης"]),
    language("Hebrew", &["זמן קריאה #", "# קריאה"]),
    language("Hindi", &["पढ़ने का समय #", "# में पढ़ें"]),
    language("Persian", &["زمان مطالعه #", "# مطالعه"]),
    language("Thai", &["ใช้เวลาอ่าน #", "เวลาอ่าน #", "อ่าน #"]),
    language("Slovak", &["čas čítania #", "# čítania"]),
    language("Croatian", &["vrijeme čitanja #", "# čitanja"]),
    language("Bulgarian", &["време за четене #", "# четене", "# за четене"]),
    language("Catalan", &["temps de lectura #", "# de lectura", "lectura #"]),
    language("Bengali", &["পড়ার সময় #", "# পড়া"]),
    language("Malay", &["masa membaca #", "masa bacaan #", "# bacaan", "# membaca"]),
    language("Urdu", &["پڑھنے کا وقت #", "# پڑھنے کا وقت"]),
    language("Serbian", &["vreme čitanja #", "# čitanja", "време читања #", "# читања"]),
    language("Slovenian", &["čas branja #", "# branja"]),
];

/// Counts written as words before a thread heading's word ("One thought on ...").
pub(crate) const THREAD_COUNTS: Vocabulary = &[general(&["one", "no"])];

/// Words for one before a thread heading's word in other languages, counted only in a
/// heading that quotes the post, as WordPress's translations write one reply ("Ein
/// Gedanke zu „Der Hafen“", "Une réflexion sur « Le port »"): alone, "una respuesta a la
/// pregunta" heads a section of an article.
pub(crate) const QUOTED_THREAD_COUNTS: Vocabulary = &[
    language("German", &["ein", "eine"]),
    language("French", &["un", "une"]),
    language("Spanish", &["un", "una"]),
    language("Italian", &["un", "uno", "una"]),
    language("Portuguese", &["um", "uma"]),
    language("Dutch", &["een", "eén", "één"]),
];

/// Headings of the sections sites append to an article: who wrote or reviewed it, where to
/// read next, how to reply. ("Disclaimer" is not one: authors write their own.) Compared
/// lower-cased, without a trailing colon.
pub(crate) const CLOSING_SECTION_HEADINGS: Vocabulary = &[
    general(&[
        "related recipes",
        "more recipes",
        "about the author",
        "about the authors",
        "about the reviewer",
        "about the editor",
        "about the contributor",
        "author bio",
        "related articles",
        "related posts",
        "related stories",
        "related news",
        "related reading",
        "you may also like",
        "you may like",
        "you might like",
        "you might also like",
        "recommended for you",
        "more from this author",
        "share this article",
        "share this post",
        "leave a reply",
        "leave a comment",
        "post a comment",
        "add a comment",
        "write a comment",
        "your answer",
        "join the discussion",
        "join the conversation",
        "share this",
        "like this",
        "trackback",
        "trackbacks",
        "pingbacks",
        "trackbacks and pingbacks",
        "most popular",
        "most read",
        "most viewed",
        "popular posts",
        "recent posts",
    ]),
    language(
        "German",
        &[
            "ähnliche rezepte",
            "weitere rezepte",
            "über den autor",
            "über die autorin",
            "ähnliche artikel",
            "das könnte sie auch interessieren",
            "mehr zum thema",
            "schreibe einen kommentar",
            "kommentar schreiben",
            "meistgelesen",
            "meistgelesene artikel",
            "beliebte beiträge",
            "neueste beiträge",
            "ähnliche beiträge",
            "verwandte artikel",
            "das könnte dich auch interessieren",
            "kommentar verfassen",
            "diskutieren sie mit",
            "auch interessant",
            "weitere nachrichten",
        ],
    ),
    language(
        "French",
        &[
            "recettes similaires",
            "d'autres recettes",
            "à propos de l'auteur",
            "articles similaires",
            "à lire aussi",
            "sur le même sujet",
            "vous aimerez aussi",
            "laisser un commentaire",
            "les plus lus",
            "articles populaires",
            "articles récents",
            "sur le même thème",
            "laisser une réponse",
            "réagissez",
            "vos réactions",
            "ajouter un commentaire",
            "écrire un commentaire",
            "dans la même rubrique",
        ],
    ),
    language(
        "Spanish",
        &[
            "recetas relacionadas",
            "más recetas",
            "sobre el autor",
            "artículos relacionados",
            "te puede interesar",
            "también te puede interesar",
            "deja un comentario",
            "dejar un comentario",
            "lo más leído",
            "lo más visto",
            "entradas populares",
            "entradas recientes",
            "deja una respuesta",
            "entradas relacionadas",
            "publicaciones relacionadas",
            "noticias relacionadas",
            "escribe un comentario",
            "añadir un comentario",
            "deja tu comentario",
            "más noticias",
            "también te puede gustar",
        ],
    ),
    language(
        "Italian",
        &[
            "ricette correlate",
            "altre ricette",
            "sull'autore",
            "articoli correlati",
            "potrebbe interessarti anche",
            "lascia un commento",
            "i più letti",
            "articoli popolari",
            "articoli recenti",
            "lascia una risposta",
            "articoli simili",
            "post correlati",
            "scrivi un commento",
            "aggiungi un commento",
            "notizie correlate",
            "altre notizie",
        ],
    ),
    language(
        "Portuguese",
        &[
            "receitas relacionadas",
            "mais receitas",
            "sobre o autor",
            "artigos relacionados",
            "leia também",
            "você também pode gostar",
            "você pode gostar",
            "deixe um comentário",
            "mais lidas",
            "mais lidos",
            "posts populares",
            "posts recentes",
            "deixe uma resposta",
            "posts relacionados",
            "notícias relacionadas",
            "escreva um comentário",
            "deixe seu comentário",
            "veja também",
            "mais notícias",
        ],
    ),
    language(
        "Dutch",
        &[
            "gerelateerde recepten",
            "meer recepten",
            "over de auteur",
            "gerelateerde artikelen",
            "lees ook",
            "laat een reactie achter",
            "meest gelezen",
            "populaire berichten",
            "recente berichten",
            "geef een reactie",
            "gerelateerde berichten",
            "plaats een reactie",
            "schrijf een reactie",
            "meer nieuws",
            "ook interessant",
        ],
    ),
    language(
        "Polish",
        &[
            "podobne przepisy",
            "więcej przepisów",
            "o autorze",
            "powiązane artykuły",
            "zobacz też",
            "czytaj także",
            "dodaj komentarz",
            "najczęściej czytane",
            "popularne wpisy",
            "najnowsze wpisy",
            "podobne artykuły",
            "podobne wpisy",
            "powiązane wpisy",
            "zostaw komentarz",
            "napisz komentarz",
            "zobacz także",
            "polecane artykuły",
        ],
    ),
    language(
        "Russian",
        &[
            "похожие рецепты",
            "другие рецепты",
            "об авторе",
            "похожие статьи",
            "читайте также",
            "оставить комментарий",
            "добавить комментарий",
            "самое читаемое",
            "популярные записи",
            "свежие записи",
            "похожие записи",
            "оставьте комментарий",
            "написать комментарий",
            "похожие новости",
            "новости по теме",
            "материалы по теме",
            "другие новости",
        ],
    ),
    language(
        "Japanese",
        &[
            "関連レシピ",
            "著者について",
            "関連記事",
            "こちらもおすすめ",
            "コメントを残す",
            "人気記事",
            "最近の投稿",
            "よく読まれている記事",
            "関連投稿",
            "あわせて読みたい",
            "返信を残す",
            "コメントを書く",
            "関連ニュース",
            "おすすめ記事",
            "この記事を書いた人",
            "この記事の著者",
            "著者プロフィール",
            "アクセスランキング",
        ],
    ),
    language(
        "Chinese",
        &[
            "相关食谱",
            "相關食譜",
            "关于作者",
            "相关文章",
            "相關文章",
            "相关阅读",
            "猜你喜欢",
            "发表评论",
            "热门文章",
            "熱門文章",
            "近期文章",
            "相关推荐",
            "发表回复",
            "發表回覆",
            "發表評論",
            "我要评论",
            "相关新闻",
            "相關新聞",
            "推荐阅读",
            "延伸阅读",
            "作者简介",
            "作者簡介",
            "热门排行",
            "熱門排行",
        ],
    ),
    language(
        "Turkish",
        &[
            "ilgili haberler",
            "benzer haberler",
            "ilgili yazılar",
            "yazar hakkında",
            "yorum yaz",
            "yorum yap",
            "bir yorum yazın",
            "en çok okunanlar",
            "popüler yazılar",
            "son yazılar",
            "bunları da beğenebilirsiniz",
        ],
    ),
    language(
        "Korean",
        &[
            "관련기사",
            "관련 기사",
            "많이 본 뉴스",
            "많이 본 기사",
            "인기 기사",
            "추천 기사",
            "댓글 쓰기",
            "댓글 작성",
            "기자 정보",
            "최근 글",
            "인기 글",
        ],
    ),
    language(
        "Arabic",
        &[
            "أخبار ذات صلة",
            "مقالات ذات صلة",
            "مواضيع ذات صلة",
            "الأكثر قراءة",
            "الأكثر مشاهدة",
            "أضف تعليقاً",
            "أضف تعليقا",
            "اترك تعليقاً",
            "اترك تعليقا",
            "عن الكاتب",
            "اقرأ أيضاً",
            "اقرأ أيضا",
            "أحدث المقالات",
        ],
    ),
    language(
        "Indonesian",
        &[
            "berita terkait",
            "artikel terkait",
            "baca juga",
            "tentang penulis",
            "tinggalkan komentar",
            "tinggalkan balasan",
            "terpopuler",
            "berita terpopuler",
            "artikel terbaru",
            "postingan terkait",
        ],
    ),
    language(
        "Swedish",
        &[
            "relaterade artiklar",
            "läs också",
            "läs även",
            "mest lästa",
            "om författaren",
            "lämna en kommentar",
            "skriv en kommentar",
            "senaste inläggen",
            "populära inlägg",
            "lämna ett svar",
        ],
    ),
    language(
        "Czech",
        &[
            "související články",
            "čtěte také",
            "nejčtenější",
            "o autorovi",
            "přidat komentář",
            "napsat komentář",
            "zanechte komentář",
            "nejnovější články",
        ],
    ),
    language(
        "Ukrainian",
        &[
            "схожі статті",
            "читайте також",
            "новини за темою",
            "інші новини",
            "про автора",
            "залишити коментар",
            "додати коментар",
            "найпопулярніше",
            "популярні записи",
            "останні записи",
            "схожі записи",
        ],
    ),
    language(
        "Vietnamese",
        &[
            "tin liên quan",
            "bài viết liên quan",
            "tin cùng chuyên mục",
            "đọc nhiều nhất",
            "xem nhiều nhất",
            "về tác giả",
            "để lại bình luận",
            "gửi bình luận",
            "viết bình luận",
            "bài viết mới nhất",
            "có thể bạn quan tâm",
        ],
    ),
    language(
        "Danish",
        &[
            "relaterede artikler",
            "læs også",
            "mest læste",
            "om forfatteren",
            "skriv en kommentar",
            "efterlad en kommentar",
            "seneste indlæg",
            "populære indlæg",
        ],
    ),
    language(
        "Norwegian",
        &[
            "relaterte artikler",
            "les også",
            "mest lest",
            "om forfatteren",
            "skriv en kommentar",
            "legg igjen en kommentar",
            "siste innlegg",
            "populære innlegg",
        ],
    ),
    language(
        "Finnish",
        &[
            "aiheeseen liittyvät",
            "lue myös",
            "luetuimmat",
            "kirjoittajasta",
            "kirjoita kommentti",
            "jätä kommentti",
            "uusimmat artikkelit",
        ],
    ),
    language(
        "Romanian",
        &[
            "articole similare",
            "articole asemănătoare",
            "citește și",
            "cele mai citite",
            "despre autor",
            "lasă un comentariu",
            "scrie un comentariu",
            "lasă un răspuns",
            "articole recente",
        ],
    ),
    language(
        "Hungarian",
        &[
            "kapcsolódó cikkek",
            "ezt is ajánljuk",
            "legolvasottabb",
            "a szerzőről",
            "szólj hozzá",
            "írj hozzászólást",
            "legfrissebb cikkek",
            "friss bejegyzések",
        ],
    ),
    language(
        "Greek",
        &[
            "σχετικά άρθρα",
            "διαβάστε επίσης",
            "δημοφιλή",
            "σχετικά με τον συγγραφέα",
            "αφήστε ένα σχόλιο",
            "γράψτε ένα σχόλιο",
            "πρόσφατα άρθρα",
        ],
    ),
    language(
        "Hebrew",
        &[
            "כתבות קשורות",
            "עוד בנושא",
            "הנקראים ביותר",
            "אודות הכותב",
            "השאר תגובה",
            "כתיבת תגובה",
            "כתבות אחרונות",
            "פוסטים אחרונים",
        ],
    ),
    language(
        "Hindi",
        &[
            "संबंधित खबरें",
            "यह भी पढ़ें",
            "सबसे ज्यादा पढ़ी गई",
            "लेखक के बारे में",
            "एक टिप्पणी छोड़ें",
            "टिप्पणी करें",
            "ताज़ा खबरें",
        ],
    ),
    language(
        "Persian",
        &[
            "مطالب مرتبط",
            "اخبار مرتبط",
            "پربازدیدترین",
            "درباره نویسنده",
            "دیدگاهتان را بنویسید",
            "ارسال نظر",
            "آخرین مطالب",
            "آخرین اخبار",
        ],
    ),
    language(
        "Thai",
        &[
            "ข่าวที่เกี่ยวข้อง",
            "บทความที่เกี่ยวข้อง",
            "อ่านเพิ่มเติม",
            "ข่าวยอดนิยม",
            "เกี่ยวกับผู้เขียน",
            "แสดงความคิดเห็น",
            "ข่าวล่าสุด",
            "บทความล่าสุด",
        ],
    ),
    language(
        "Slovak",
        &[
            "súvisiace články",
            "čítajte aj",
            "najčítanejšie",
            "o autorovi",
            "pridať komentár",
            "napíšte komentár",
            "najnovšie články",
        ],
    ),
    language(
        "Croatian",
        &[
            "povezani članci",
            "pročitajte i",
            "najčitanije",
            "o autoru",
            "ostavite komentar",
            "napišite komentar",
            "najnovije vijesti",
            "najnoviji članci",
        ],
    ),
    language(
        "Bulgarian",
        &[
            "свързани статии",
            "прочетете още",
            "най-четени",
            "за автора",
            "оставете коментар",
            "напишете коментар",
            "последни новини",
            "последни статии",
        ],
    ),
    language(
        "Catalan",
        &[
            "articles relacionats",
            "notícies relacionades",
            "llegeix també",
            "el més llegit",
            "sobre l'autor",
            "deixa un comentari",
            "escriu un comentari",
            "deixa una resposta",
            "últimes notícies",
            "articles recents",
        ],
    ),
    language(
        "Bengali",
        &[
            "আরও পড়ুন",
            "সম্পর্কিত খবর",
            "সর্বাধিক পঠিত",
            "লেখক সম্পর্কে",
            "মন্তব্য করুন",
            "একটি মন্তব্য করুন",
            "সর্বশেষ খবর",
        ],
    ),
    language(
        "Malay",
        &[
            "artikel berkaitan",
            "berita berkaitan",
            "baca juga",
            "paling popular",
            "tentang penulis",
            "tinggalkan komen",
            "tinggalkan balasan",
            "berita terkini",
            "artikel terkini",
        ],
    ),
    language(
        "Urdu",
        &[
            "متعلقہ خبریں",
            "یہ بھی پڑھیں",
            "سب سے زیادہ پڑھی جانے والی",
            "مصنف کے بارے میں",
            "تبصرہ کریں",
            "اپنا تبصرہ لکھیں",
            "تازہ ترین خبریں",
        ],
    ),
    language(
        "Serbian",
        &[
            "povezane vesti",
            "povezani članci",
            "pročitajte i",
            "najčitanije",
            "o autoru",
            "ostavite komentar",
            "napišite komentar",
            "najnovije vesti",
            "повезане вести",
            "повезани чланци",
            "прочитајте и",
            "најчитаније",
            "о аутору",
            "оставите коментар",
            "напишите коментар",
            "најновије вести",
        ],
    ),
    language(
        "Slovenian",
        &[
            "sorodni članki",
            "sorodne novice",
            "preberite tudi",
            "najbolj brano",
            "o avtorju",
            "dodaj komentar",
            "napiši komentar",
            "pustite komentar",
            "najnovejše novice",
            "zadnji članki",
        ],
    ),
];

// ---------------------------------------------------------------------------------------
// Metadata read from text.

/// Words that label a byline rather than name anyone, taken off the front of a byline
/// box's text when a space or a colon (full-width or not) or a slash follows them ("文／",
/// "作者："). Read in every language: an ordinary word in the list ("par", "texto") labels
/// nothing in a box marked as the author's. Ordinary words that label a byline only
/// before a colon ("Text:", "Texto:") are openings (below), read on their language's
/// pages: a label alone in an element makes a name of the next ("Text" above "Email" in
/// a contact menu). Longest labels first, so "Written by" is not
/// read as "Written" plus a name.
pub(crate) const BYLINE_LABELS: Vocabulary = &[
    general(&[
        "written by",
        "posted by",
        "reviewed by",
        "published by",
        "view all posts by",
        "all posts by",
        "posts by",
        "articles by",
        "stories by",
        "submitted by",
        "text by",
        "words by",
        "via",
        "author",
        "authors",
        "by",
    ]),
    language("German", &["geschrieben von", "von", "autorin", "autoren"]),
    language(
        "French",
        &[
            "écrit par",
            "publié par",
            "par",
            "auteur",
            "auteurs",
            "auteure",
        ],
    ),
    language(
        "Spanish, Portuguese",
        &["escrito por", "publicado por", "por", "autor", "autores"],
    ),
    language("Italian", &["scritto da", "a cura di", "autore", "autori"]),
    language("Dutch", &["geschreven door", "redactie"]),
    language("Polish", &["autorka", "autorzy"]),
    language("Russian", &["автор", "авторы"]),
    language("Turkish", &["yazan", "yazar"]),
    language("Arabic", &["بقلم", "الكاتب"]),
    language("Indonesian", &["penulis"]),
    language("Swedish", &["skribent"]),
    language("Vietnamese", &["tác giả"]),
    language("Chinese", &["作者", "记者", "記者"]),
    language("Japanese", &["著者", "筆者"]),
    language("Hungarian", &["szerző", "írta"]),
    language("Greek", &["συντάκτης", "συντάκτρια"]),
    language("Hebrew", &["מאת"]),
    language("Hindi", &["लेखक"]),
    language("Persian", &["نویسنده"]),
    language("Thai", &["ผู้เขียน"]),
    language(
        "Danish, Norwegian",
        &["skrevet af", "skrevet av", "forfatter"],
    ),
    language("Finnish", &["kirjoittaja", "teksti"]),
    language("Korean", &["글쓴이", "작성자"]),
    language("Slovak", &["autorka"]),
    language("Croatian", &["autorica", "piše"]),
    language("Catalan", &["escrit per", "autora"]),
    language("Bengali", &["লেখক", "প্রতিবেদক"]),
    language("Urdu", &["تحریر", "مصنف"]),
    language("Serbian", &["аутор"]),
    language("Slovenian", &["avtor", "avtorica"]),
];

/// Openings of short text that names its author ("Written by Jane Doe"). Read with
/// [`words_for`]: "par" and "von" open French and German bylines, and English text
/// ("Par Cans", "Von Miller"); the Dutch "door" opens bylines on Dutch pages only ("Door
/// Closers" on an English one is no byline).
pub(crate) const BYLINE_OPENINGS: Vocabulary = &[
    general(&[
        "written by ",
        "posted by ",
        "authored by ",
        "author: ",
        "by: ",
        "by ",
    ]),
    language(
        "German",
        &["geschrieben von ", "von ", "autor: ", "autorin: ", "text: "],
    ),
    language("French", &["écrit par ", "par ", "auteur : ", "auteur: "]),
    language(
        "Spanish, Portuguese",
        &["escrito por ", "por ", "autor: ", "texto: "],
    ),
    language(
        "Italian",
        &["scritto da ", "a cura di ", "di ", "autore: ", "testo: "],
    ),
    language(
        "Dutch",
        &["geschreven door ", "door ", "redactie: ", "tekst: "],
    ),
    language("Polish", &["autor: ", "autorka: ", "tekst: "]),
    language("Russian", &["автор: ", "текст: "]),
    language(
        "Chinese",
        &["作者：", "作者: ", "文／", "文/", "记者 ", "記者 "],
    ),
    language("Japanese", &["著者：", "著者: ", "筆者："]),
    language("Turkish", &["yazan: ", "yazar: "]),
    language("Arabic", &["بقلم "]),
    language("Indonesian", &["oleh ", "penulis: "]),
    language("Swedish", &["av ", "text: "]),
    language("Czech", &["autor: ", "autorka: ", "text: "]),
    language("Ukrainian", &["автор: ", "текст: "]),
    language("Vietnamese", &["tác giả: "]),
    language("Romanian", &["de ", "autor: "]),
    language("Hungarian", &["szerző: ", "írta: "]),
    language("Greek", &["συντάκτης: "]),
    language("Hebrew", &["מאת: ", "מאת "]),
    language("Hindi", &["लेखक: "]),
    language("Persian", &["نویسنده: "]),
    language("Thai", &["โดย ", "ผู้เขียน: "]),
    language("Danish", &["skrevet af ", "af ", "tekst: "]),
    language("Norwegian", &["skrevet av ", "av ", "tekst: "]),
    language("Finnish", &["kirjoittaja: ", "teksti: "]),
    language("Korean", &["글쓴이: ", "작성자: "]),
    language("Slovak", &["autor: ", "autorka: ", "text: "]),
    language("Croatian", &["autor: ", "autorica: ", "piše: ", "tekst: "]),
    language("Bulgarian", &["автор: ", "текст: "]),
    language(
        "Catalan",
        &["escrit per ", "per ", "autor: ", "autora: ", "text: "],
    ),
    language("Bengali", &["লেখক: ", "প্রতিবেদক: "]),
    language("Malay", &["oleh ", "penulis: "]),
    language("Urdu", &["تحریر: ", "مصنف: "]),
    language(
        "Serbian",
        &[
            "autor: ",
            "piše: ",
            "tekst: ",
            "аутор: ",
            "пише: ",
            "текст: ",
        ],
    ),
    language(
        "Slovenian",
        &["avtor: ", "avtorica: ", "piše: ", "besedilo: "],
    ),
];

/// Lower-case words that may stand in a capitalised name ("Ludwig van Beethoven").
pub(crate) const NAME_PARTICLES: Vocabulary = &[general(&[
    "van", "von", "de", "der", "den", "da", "and", "&",
])];

/// Stems of the labels that mark a date as an update rather than the publication.
pub(crate) const UPDATE_LABELS: Vocabulary = &[
    general(&["updat", "modif", "edited", "revised"]),
    language("German", &["aktualisiert"]),
    language("French", &["mis à jour"]),
    language("Spanish, Portuguese", &["actualizad", "atualizad"]),
    language("Italian", &["aggiornat"]),
    language("Dutch", &["bijgewerkt"]),
    language("Polish", &["zaktualizowan"]),
    language("Russian", &["обновлен"]),
    language("Japanese, Chinese", &["更新"]),
    language("Turkish", &["güncelle"]),
    language("Korean", &["수정", "업데이트"]),
    language("Arabic", &["تحديث"]),
    language("Indonesian", &["diperbarui"]),
    language("Swedish", &["uppdaterad"]),
    language("Czech", &["aktualizov"]),
    language("Ukrainian", &["оновлено"]),
    language("Vietnamese", &["cập nhật"]),
    language("Danish", &["opdateret"]),
    language("Norwegian", &["oppdatert"]),
    language("Finnish", &["päivitetty"]),
    language("Romanian", &["actualiz"]),
    language("Hungarian", &["frissít"]),
    language("Greek", &["ενημερ"]),
    language("Hebrew", &["עודכן"]),
    language("Hindi", &["अपडेट"]),
    language("Persian", &["به‌روز", "بروز"]),
    language("Thai", &["อัปเดต", "แก้ไขล่าสุด"]),
    language("Slovak", &["aktualiz"]),
    language("Croatian", &["ažurir"]),
    language("Bulgarian", &["актуализ", "обновен"]),
    language("Catalan", &["actualitzat"]),
    language("Bengali", &["আপডেট"]),
    language("Malay", &["dikemas kini"]),
    language("Urdu", &["اپ ڈیٹ"]),
    language("Serbian", &["ažurir", "ажурир"]),
    language("Slovenian", &["posodobljeno"]),
];

/// Month names in one language, January first.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Months {
    pub(crate) source: Source,
    pub(crate) names: [&'static str; 12],
}

const fn months(name: &'static str, names: [&'static str; 12]) -> Months {
    Months {
        source: Source::Language(name),
        names,
    }
}

/// The month names of the language the groups call `language` (see [`language_name`]):
/// read before every language's, where one word names two months.
pub(crate) fn months_of(language: &'static str) -> impl Iterator<Item = &'static Months> {
    MONTHS.iter().filter(move |months| {
        matches!(months.source, Source::Language(names) if names_language(names, language))
    })
}

/// Month names, lower-cased; a word names a month when it starts one (`Feb`, `Sept.`,
/// `juil.`). Where a language writes dates with another case of the name (Polish and
/// Russian use the genitive: "3 marca 2020", "3 марта 2020"), both are listed.
#[rustfmt::skip]
pub(crate) const MONTHS: &[Months] = &[
    Months {
        source: Source::General,
        names: ["january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"],
    },
    months("German", ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
        "september", "oktober", "november", "dezember"]),
    months("French", ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]),
    months("Spanish", ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "octubre", "noviembre", "diciembre"]),
    months("Italian", ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
        "agosto", "settembre", "ottobre", "novembre", "dicembre"]),
    months("Portuguese", ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
        "agosto", "setembro", "outubro", "novembro", "dezembro"]),
    months("Dutch", ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december"]),
    months("Polish", ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec",
        "sierpień", "wrzesień", "październik", "listopad", "grudzień"]),
    months("Polish (genitive)", ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
        "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]),
    months("Russian", ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
        "сентябрь", "октябрь", "ноябрь", "декабрь"]),
    months("Russian (genitive)", ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
        "августа", "сентября", "октября", "ноября", "декабря"]),
    months("Turkish", ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos",
        "eylül", "ekim", "kasım", "aralık"]),
    months("Arabic", ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
        "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]),
    months("Indonesian", ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
        "september", "oktober", "november", "desember"]),
    months("Swedish", ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
        "september", "oktober", "november", "december"]),
    months("Czech", ["leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen",
        "září", "říjen", "listopad", "prosinec"]),
    months("Czech (genitive)", ["ledna", "února", "března", "dubna", "května", "června", "července",
        "srpna", "září", "října", "listopadu", "prosince"]),
    months("Ukrainian", ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень",
        "серпень", "вересень", "жовтень", "листопад", "грудень"]),
    months("Ukrainian (genitive)", ["січня", "лютого", "березня", "квітня", "травня", "червня",
        "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"]),
    months("Danish", ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
        "september", "oktober", "november", "december"]),
    months("Norwegian", ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
        "september", "oktober", "november", "desember"]),
    months("Finnish (partitive)", ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta",
        "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta",
        "marraskuuta", "joulukuuta"]),
    months("Romanian", ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie",
        "august", "septembrie", "octombrie", "noiembrie", "decembrie"]),
    months("Hungarian", ["január", "február", "március", "április", "május", "június", "július",
        "augusztus", "szeptember", "október", "november", "december"]),
    months("Greek (genitive)", ["ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου",
        "ιουνίου", "ιουλίου", "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου",
        "δεκεμβρίου"]),
    months("Hebrew", ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט",
        "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"]),
    months("Hebrew (after ב)", ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני",
        "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"]),
    months("Hindi", ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
        "अक्टूबर", "नवंबर", "दिसंबर"]),
    months("Thai", ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
        "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]),
    months("Thai (abbreviated)", ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
        "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]),
    months("Slovak", ["január", "február", "marec", "apríl", "máj", "jún", "júl", "august",
        "september", "október", "november", "december"]),
    months("Slovak (genitive)", ["januára", "februára", "marca", "apríla", "mája", "júna", "júla",
        "augusta", "septembra", "októbra", "novembra", "decembra"]),
    months("Croatian", ["siječanj", "veljača", "ožujak", "travanj", "svibanj", "lipanj", "srpanj",
        "kolovoz", "rujan", "listopad", "studeni", "prosinac"]),
    months("Croatian (genitive)", ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja",
        "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "prosinca"]),
    months("Bulgarian", ["януари", "февруари", "март", "април", "май", "юни", "юли", "август",
        "септември", "октомври", "ноември", "декември"]),
    months("Catalan", ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost",
        "setembre", "octubre", "novembre", "desembre"]),
    months("Bengali", ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট",
        "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"]),
    months("Malay", ["januari", "februari", "mac", "april", "mei", "jun", "julai", "ogos",
        "september", "oktober", "november", "disember"]),
    months("Urdu", ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر",
        "اکتوبر", "نومبر", "دسمبر"]),
    months("Serbian (genitive)", ["januara", "februara", "marta", "aprila", "maja", "juna", "jula",
        "avgusta", "septembra", "oktobra", "novembra", "decembra"]),
    months("Serbian (Cyrillic, genitive)", ["јануара", "фебруара", "марта", "априла", "маја",
        "јуна", "јула", "августа", "септембра", "октобра", "новембра", "децембра"]),
    months("Slovenian (genitive)", ["januarja", "februarja", "marca", "aprila", "maja", "junija",
        "julija", "avgusta", "septembra", "oktobra", "novembra", "decembra"]),
];

/// Words dates carry between their parts that say nothing of the date: "3 de marzo de
/// 2020", "le 3 mars", "3 марта 2020 г.", "3 marca 2020 r.".
pub(crate) const DATE_FILLERS: Vocabulary = &[
    general(&["of", "the"]),
    language("Spanish, Portuguese", &["de", "del"]),
    language("French", &["le"]),
    language("Italian", &["di"]),
    language("Russian", &["г.", "г", "года"]),
    language("Polish", &["r.", "roku"]),
    language("Ukrainian", &["р.", "р", "року"]),
    language("Catalan", &["de", "d'", "d’"]),
];

/// Japanese eras, as dates write them before the year (`令和6年3月12日`), with the Gregorian
/// year before each era's first: the era's year `n` is that year plus `n` (`元年`, the
/// first, is 1).
pub(crate) const JAPANESE_ERAS: &[(&str, u32)] = &[("令和", 2018), ("平成", 1988)];

/// Month names of the Solar Hijri calendar, which Persian pages date by, Farvardin first
/// (`۲۲ اسفند ۱۴۰۲` is 2024-03-12). Whole words only: `دی` has two letters.
pub(crate) const SOLAR_HIJRI_MONTHS: [&str; 12] = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
];

/// Separators sites put between a headline and their name in `<title>`.
pub(crate) const TITLE_SEPARATORS: Vocabulary = &[
    general(&[
        " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " / ",
    ]),
    // Chinese and Japanese titles: a full-width bar, and an underscore between two of their
    // characters, which the title reader spaces out ("新闻标题_城市日报").
    language("Chinese, Japanese", &["｜", " _ "]),
];

// ---------------------------------------------------------------------------------------
// Structured data: schema.org types, as JSON-LD declares them.

const fn schema(words: &'static [&'static str]) -> Words {
    Words {
        source: Source::Standard("schema.org"),
        words,
    }
}

/// Types of a single piece of writing.
pub(crate) const ARTICLE_TYPES: Vocabulary = &[schema(&[
    "Article",
    "NewsArticle",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "TechArticle",
    "ScholarlyArticle",
    "Report",
    "Recipe",
    "HowTo",
])];

/// Other types whose object describes the page's main content (headline, author, date).
pub(crate) const OTHER_MAIN_TYPES: Vocabulary = &[schema(&[
    "WebPage",
    "Product",
    "DiscussionForumPosting",
    "QAPage",
])];

/// Types of a discussion.
pub(crate) const FORUM_TYPES: Vocabulary = &[schema(&[
    "DiscussionForumPosting",
    "QAPage",
    "Question",
    "SocialMediaPosting",
])];

/// Types of a product.
pub(crate) const PRODUCT_TYPES: Vocabulary =
    &[schema(&["Product", "ProductGroup", "IndividualProduct"])];

/// Types of documentation.
pub(crate) const DOCUMENTATION_TYPES: Vocabulary = &[schema(&["TechArticle", "APIReference"])];

/// Types of a list of other pages.
pub(crate) const LISTING_TYPES: Vocabulary = &[schema(&["CollectionPage", "SearchResultsPage"])];

/// Types that describe the page as something other than content (a site, an event).
pub(crate) const OTHER_PAGE_TYPES: Vocabulary = &[schema(&[
    "WebSite",
    "Event",
    "Organization",
    "LocalBusiness",
    "Person",
])];

/// Types of an organisation named as an author.
pub(crate) const ORGANIZATION_TYPES: Vocabulary = &[schema(&[
    "Organization",
    "NewsMediaOrganization",
    "Corporation",
])];

/// Every concept with its name, for listing the vocabulary with its sources.
pub(crate) const CONCEPTS: &[(&str, Vocabulary)] = &[
    ("chrome names", CHROME_NAMES),
    ("strong chrome names", STRONG_CHROME_NAMES),
    ("layout names", LAYOUT_NAMES),
    ("compound parts", COMPOUND_PARTS),
    ("content names", CONTENT_NAMES),
    ("embedded post classes", EMBEDDED_POST_CLASSES),
    ("discussion names", DISCUSSION_NAMES),
    ("review names", REVIEW_NAMES),
    ("author names", AUTHOR_NAMES),
    ("date names", DATE_NAMES),
    ("hidden classes", HIDDEN_CLASSES),
    ("spacer images", SPACER_IMAGES),
    ("modifier prefixes", MODIFIER_PREFIXES),
    ("disclosure names", DISCLOSURE_NAMES),
    ("figure caption classes", FIGURE_CAPTION_CLASSES),
    ("chrome roles", CHROME_ROLES),
    ("widget labels", WIDGET_LABELS),
    ("counted words", COUNTED_WORDS),
    ("thread headings", THREAD_HEADINGS),
    ("thread counted words", THREAD_COUNTED_WORDS),
    ("thread counts", THREAD_COUNTS),
    ("quoted thread counts", QUOTED_THREAD_COUNTS),
    ("thread counted suffixes", THREAD_COUNTED_SUFFIXES),
    ("link row labels", LINK_ROW_LABELS),
    ("comment notices", COMMENT_NOTICES),
    ("feedback prompts", FEEDBACK_PROMPTS),
    ("contents labels", CONTENTS_LABELS),
    ("reading time forms", READING_TIME_FORMS),
    ("minute units", MINUTE_UNITS),
    ("roughly words", ROUGHLY_WORDS),
    ("reply labels", REPLY_LABELS),
    ("comment header suffixes", COMMENT_HEADER_SUFFIXES),
    ("closing section headings", CLOSING_SECTION_HEADINGS),
    ("byline labels", BYLINE_LABELS),
    ("byline openings", BYLINE_OPENINGS),
    ("name particles", NAME_PARTICLES),
    ("update labels", UPDATE_LABELS),
    ("date fillers", DATE_FILLERS),
    ("title separators", TITLE_SEPARATORS),
    ("article types", ARTICLE_TYPES),
    ("other main types", OTHER_MAIN_TYPES),
    ("forum types", FORUM_TYPES),
    ("product types", PRODUCT_TYPES),
    ("documentation types", DOCUMENTATION_TYPES),
    ("listing types", LISTING_TYPES),
    ("other page types", OTHER_PAGE_TYPES),
    ("organization types", ORGANIZATION_TYPES),
];

impl Source {
    /// How the source reads in a listing: `general`, `platform: WordPress`, ...
    pub(crate) fn describe(self) -> String {
        match self {
            Source::General => "general".to_string(),
            Source::Platform(name) => format!("platform: {name}"),
            Source::Standard(name) => format!("standard: {name}"),
            Source::Language(name) => format!("language: {name}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Class-name words are matched after lower-casing and splitting, so a listed word with
    /// a capital or a separator could never match.
    #[test]
    fn name_words_are_lower_case_single_words() {
        for vocabulary in [
            CHROME_NAMES,
            STRONG_CHROME_NAMES,
            LAYOUT_NAMES,
            CONTENT_NAMES,
            DISCUSSION_NAMES,
            REVIEW_NAMES,
            AUTHOR_NAMES,
            DATE_NAMES,
            DISCLOSURE_NAMES,
        ] {
            for w in words(vocabulary) {
                assert!(
                    w.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
                    "{w:?}"
                );
            }
        }
        assert!(words(LAYOUT_NAMES).count() <= 8);
    }

    #[test]
    fn lookups_find_listed_words_only() {
        assert!(contains(WIDGET_LABELS, "[edit]") && !contains(WIDGET_LABELS, "[Edit]"));
        assert!(contains_ignore_case(HIDDEN_CLASSES, "SR-ONLY"));
        assert!(!contains_ignore_case(HIDDEN_CLASSES, "sr-onl"));
        // The words run through every group to the last group's last word.
        let last_group = BYLINE_LABELS.last().map(|group| group.words);
        assert_eq!(
            words(BYLINE_LABELS).last(),
            last_group.and_then(|words| words.last().copied())
        );
        assert!(words(BYLINE_LABELS).any(|w| w == "작성자"));
    }

    /// A word set holds its concept's words, every group's, exactly as written.
    #[test]
    fn word_sets_hold_their_concepts_words() {
        for (set, vocabulary) in [
            (&WIDGET_LABEL_SET, WIDGET_LABELS),
            (&CLOSING_SECTION_HEADING_SET, CLOSING_SECTION_HEADINGS),
            (&LINK_ROW_LABEL_SET, LINK_ROW_LABELS),
        ] {
            for word in words(vocabulary) {
                assert!(set.contains(word), "{word}");
                assert!(!set.contains(&format!("{word}x")), "{word}x");
            }
        }
        assert!(WIDGET_LABEL_SET.contains("[edit]") && !WIDGET_LABEL_SET.contains("[Edit]"));
        assert!(CLOSING_SECTION_HEADING_SET.contains("related posts"));
        assert!(!CLOSING_SECTION_HEADING_SET.contains("related"));
        assert!(LINK_ROW_LABEL_SET.contains("tags") && !LINK_ROW_LABEL_SET.contains(""));
    }

    /// The codes of a group's languages: "Spanish, Portuguese" is `es` and `pt`, "Polish
    /// (genitive)" is `pl`.
    fn language_codes(names: &str) -> impl Iterator<Item = &'static str> + '_ {
        names.split(", ").filter_map(|name| {
            let name = name.split(" (").next().unwrap_or(name);
            LANGUAGE_CODES
                .iter()
                .find(|(known, _)| *known == name)
                .map(|&(_, code)| code)
        })
    }

    /// Every language group names languages the page-language filter knows, so none is
    /// silently never read; the filter reads a page's language code as its group's name.
    #[test]
    fn every_language_group_has_codes() {
        for (concept, vocabulary) in CONCEPTS {
            for group in vocabulary.iter() {
                if let Source::Language(names) = group.source {
                    let codes: Vec<&str> = language_codes(names).collect();
                    assert_eq!(codes.len(), names.split(", ").count(), "{concept}: {names}");
                }
            }
        }
        for language in MONTHS {
            if let Source::Language(names) = language.source {
                assert_eq!(language_codes(names).count(), 1, "{names}");
            }
        }
        assert_eq!(
            language_codes("Spanish, Portuguese").collect::<Vec<_>>(),
            ["es", "pt"]
        );
        let openings = |lang| words_for(BYLINE_OPENINGS, lang).collect::<Vec<_>>();
        assert!(openings(Some("fr")).contains(&"par ") && !openings(Some("fr")).contains(&"von "));
        assert!(!openings(None).contains(&"par ") && openings(None).contains(&"by "));
        // A region or a capital letter changes nothing; a group naming two languages is
        // read for each; English and an unknown language read only the general words.
        assert!(openings(Some("pt-BR")).contains(&"por "));
        assert!(openings(Some("ES_mx")).contains(&"por "));
        assert!(openings(Some(" da ")).contains(&"af ") && !openings(Some("da")).contains(&"av "));
        assert!(openings(Some("no")).contains(&"av ") && !openings(Some("no")).contains(&"af "));
        // Bokmål is how most Norwegian pages declare themselves; three-letter codes name
        // the same languages as two-letter ones.
        for norwegian in ["nb-NO", "nn", "NOB"] {
            assert!(openings(Some(norwegian)).contains(&"av "), "{norwegian}");
        }
        assert!(openings(Some("fra")).contains(&"par "));
        assert!(openings(Some("in")).contains(&"oleh "));
        let general = openings(None);
        assert_eq!(openings(Some("en")), general);
        assert_eq!(openings(Some("xx")), general);
        assert_eq!(openings(Some("")), general);
        assert!(names_language("Spanish, Portuguese", "Portuguese"));
        assert!(names_language("Polish (genitive)", "Polish"));
        assert!(!names_language(
            "Spanish, Portuguese",
            "Spanish, Portuguese"
        ));
        assert!(!names_language("Portuguese", "Portug"));
    }

    #[test]
    fn every_group_says_where_its_words_come_from() {
        for (concept, vocabulary) in CONCEPTS {
            for group in vocabulary.iter() {
                assert!(!group.words.is_empty(), "{concept}");
                assert!(
                    !matches!(
                        group.source,
                        Source::Platform("") | Source::Standard("") | Source::Language("")
                    ),
                    "{concept}"
                );
            }
        }
        assert_eq!(
            Source::Platform("MediaWiki").describe(),
            "platform: MediaWiki"
        );
    }
}
