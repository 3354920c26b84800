//! Markdown (CommonMark with GFM tables) from the content tree.

use crate::content::{Content, Kind, Step};

/// Renders `content` as Markdown: ATX headings, `-` and `1.` lists, GFM tables, fenced code
/// blocks, `>` quotes, `*emphasis*`, `**strong**`, links and images. Text that would
/// otherwise read as markup is backslash-escaped.
pub(crate) fn markdown(content: &Content) -> String {
    let mut w = Writer::default();
    content.walk(|step| match step {
        Step::Enter(kind) => w.enter(kind),
        Step::Leave(kind) => w.leave(kind),
        Step::Text(text) => w.text(text),
    });
    let mut out = w.out;
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
}

/// Containers (quotes, list items) whose prefix is repeated on every line, at most: deeper
/// ones are flattened into the innermost one kept, so output stays linear in the input.
const MAX_NESTING: usize = 8;

/// Columns a Markdown table has at most; further cells join the last column.
const MAX_COLUMNS: usize = 64;

/// A table being collected: rows of cells, each cell its lines, and a caption.
#[derive(Default)]
struct TableBuf {
    rows: Vec<Vec<Vec<String>>>,
    caption: Option<String>,
}

#[derive(Default)]
struct Writer {
    out: String,
    /// Continuation prefix of each open container (`> ` for a quote, spaces for a list item).
    prefixes: Vec<String>,
    /// A list item's marker, written in place of the innermost prefix on its first line.
    marker: Option<String>,
    /// Open lists: ordered or not, and the next item number.
    lists: Vec<(bool, u32)>,
    /// A blank line is owed before the next block.
    blank: bool,
    /// The inline run being collected; `\n` marks a hard line break.
    inline: String,
    /// Where each open emphasis, link or code span starts in `inline`.
    marks: Vec<usize>,
    code_depth: u32,
    /// Open emphasis and strong elements: only the outermost of each is marked, as
    /// `**` inside `**` would end the first.
    emphasis_depth: u32,
    strong_depth: u32,
    /// A code block being collected: its language and text.
    pre: Option<(Option<String>, String)>,
    table: Option<TableBuf>,
}

impl Writer {
    fn enter(&mut self, kind: &Kind) {
        match kind {
            Kind::Paragraph | Kind::Heading(_) | Kind::FigureCaption => self.inline.clear(),
            Kind::Caption | Kind::Cell { .. } => self.inline.clear(),
            Kind::List { ordered } => {
                self.lists.push((*ordered, 1));
                // A list right under an item's text stays tight; any other list is a block
                // of its own, after the blank line owed to the block before.
                if !(self.marker.is_none() && self.in_list_item()) {
                    self.start_block();
                }
                self.blank = false;
            }
            Kind::ListItem => {
                let marker = match self.lists.last_mut() {
                    Some((true, n)) => {
                        let m = format!("{n}. ");
                        *n = n.saturating_add(1);
                        m
                    }
                    _ => "- ".to_string(),
                };
                // Past the nesting cap an item keeps its marker but adds no indent: it
                // reads as an item of the list around it.
                let indent = if self.nesting() < MAX_NESTING {
                    " ".repeat(marker.len())
                } else {
                    String::new()
                };
                self.prefixes.push(indent);
                self.marker = Some(marker);
                self.blank = false;
            }
            Kind::Quote => {
                // The blank line before the quote stays outside it.
                self.start_block();
                self.blank = false;
                // Past the nesting cap a quote joins the quote or item around it.
                let prefix = if self.nesting() < MAX_NESTING {
                    "> "
                } else {
                    ""
                };
                self.prefixes.push(prefix.to_string());
            }
            Kind::Table => self.table = Some(TableBuf::default()),
            Kind::Row => {
                if let Some(t) = self.table.as_mut() {
                    t.rows.push(Vec::new());
                }
            }
            Kind::Preformatted { language } => {
                self.pre = Some((language.as_deref().map(str::to_string), String::new()))
            }
            Kind::Emphasis | Kind::Strong | Kind::Link { .. } => {
                *self.style_depth(kind) += 1;
                self.marks.push(self.inline.len());
            }
            Kind::Code => {
                self.marks.push(self.inline.len());
                self.code_depth += 1;
            }
            Kind::Image(image) => {
                let (src, alt) = (&image.src, &image.alt);
                let image = format!("![{}]({})", escape_inline(alt), destination(src));
                self.inline.push_str(&image);
            }
            Kind::Math(math) => {
                let formula = match &math.tex {
                    // `$…$` inline, `$$…$$` on its own line, as TeX-aware Markdown reads them;
                    // a dollar inside is escaped so it cannot end the formula.
                    Some(tex) => {
                        let fence = if math.display { "$$" } else { "$" };
                        format!("{fence}{}{fence}", safe_tex(tex))
                    }
                    None => escape_inline(&math.text),
                };
                match self.pre.as_mut() {
                    Some((_, code)) => code.push_str(&math.text),
                    None => self.inline.push_str(&formula),
                }
            }
            Kind::LineBreak => match self.pre.as_mut() {
                Some((_, code)) => code.push('\n'),
                None => {
                    let kept = self.inline.trim_end_matches(' ').len();
                    self.inline.truncate(kept);
                    self.inline.push('\n');
                }
            },
            Kind::Root | Kind::Figure | Kind::Text { .. } => {}
        }
    }

    fn leave(&mut self, kind: &Kind) {
        match kind {
            Kind::Paragraph | Kind::FigureCaption => {
                // An empty line (two `<br>` in a row) separates paragraphs.
                let lines = self.finish_inline();
                for part in lines.split(String::is_empty).filter(|p| !p.is_empty()) {
                    self.write_block(part, true);
                }
            }
            Kind::Heading(level) => {
                let lines = self.finish_inline();
                let mut text = lines.join(" ");
                // A heading shows bold already: strong emphasis around all of its text
                // (`<h2><strong>…</strong></h2>`, as editors write it) adds only asterisks.
                if let Some(inner) = text
                    .strip_prefix("**")
                    .and_then(|t| t.strip_suffix("**"))
                    .filter(|inner| !inner.contains("**") && !inner.ends_with('\\'))
                {
                    text = inner.to_string();
                }
                if text.ends_with('#') {
                    text.pop();
                    text.push_str("\\#");
                }
                if !text.is_empty() {
                    let hashes = "#".repeat(usize::from((*level).clamp(1, 6)));
                    self.write_block(&[format!("{hashes} {text}")], false);
                }
            }
            Kind::Cell { .. } => {
                let text = self.finish_inline();
                if let Some(t) = self.table.as_mut() {
                    if t.rows.is_empty() {
                        t.rows.push(Vec::new());
                    }
                    if let Some(row) = t.rows.last_mut() {
                        row.push(text);
                    }
                }
            }
            Kind::Caption => {
                let text = self.finish_inline().join(" ");
                if let Some(t) = self.table.as_mut() {
                    t.caption = Some(text);
                }
            }
            Kind::Table => {
                if let Some(table) = self.table.take() {
                    self.write_table(table);
                }
            }
            Kind::List { .. } => {
                self.lists.pop();
                self.blank = true;
            }
            Kind::ListItem => {
                self.prefixes.pop();
                self.marker = None;
                self.blank = false;
            }
            Kind::Quote => {
                self.prefixes.pop();
                self.blank = true;
            }
            Kind::Preformatted { .. } => {
                if let Some((language, code)) = self.pre.take() {
                    self.write_code(language.as_deref(), &code);
                }
            }
            // Inside a code span everything is literal: a nested link, emphasis or code
            // element adds no syntax of its own, only its text.
            Kind::Emphasis | Kind::Strong | Kind::Link { .. } | Kind::Code
                if self.code_depth > u32::from(matches!(kind, Kind::Code)) =>
            {
                self.code_depth = self
                    .code_depth
                    .saturating_sub(u32::from(matches!(kind, Kind::Code)));
                let depth = self.style_depth(kind);
                *depth = depth.saturating_sub(1);
                self.marks.pop();
            }
            Kind::Emphasis | Kind::Strong => {
                let depth = self.style_depth(kind);
                *depth = depth.saturating_sub(1);
                if *depth > 0 {
                    self.marks.pop();
                } else if matches!(kind, Kind::Strong) {
                    self.wrap("**");
                } else {
                    self.wrap("*");
                }
            }
            Kind::Code => {
                self.code_depth = self.code_depth.saturating_sub(1);
                let start = self.marks.pop().unwrap_or(self.inline.len());
                let code = self.inline.split_off(start.min(self.inline.len()));
                // A code span stays on one line: a line break inside it would let the next
                // line open a block of its own (`<script>` starts raw HTML even there). In a
                // table cell a `|` would end the cell, code span or not.
                let mut code = code.replace(['\n', '\r'], " ");
                if self.table.is_some() {
                    code = code.replace('|', "\\|");
                }
                // The fence and padding are chosen for the trimmed text, the text written:
                // a backtick left at an edge by trimming would lengthen the closing run, the
                // span would not close, and its raw text would be read as Markdown.
                let code = code.trim();
                if !code.is_empty() {
                    let ticks = "`".repeat(longest_run(code, '`') + 1);
                    let pad = if code.starts_with('`') || code.ends_with('`') {
                        " "
                    } else {
                        ""
                    };
                    self.inline
                        .push_str(&format!("{ticks}{pad}{code}{pad}{ticks}"));
                }
            }
            Kind::Link { href } => {
                let start = self.marks.pop().unwrap_or(self.inline.len());
                let text = self.inline.split_off(start.min(self.inline.len()));
                let (lead, core, trail) = split_spaces(&text);
                let core = if core.is_empty() {
                    escape_inline(href)
                } else {
                    core.to_string()
                };
                self.inline
                    .push_str(&format!("{lead}[{core}]({}){trail}", destination(href)));
            }
            Kind::Root
            | Kind::Figure
            | Kind::Row
            | Kind::Image(_)
            | Kind::Math(_)
            | Kind::LineBreak
            | Kind::Text { .. } => {}
        }
    }

    fn in_list_item(&self) -> bool {
        self.prefixes.last().is_some_and(|p| p.trim().is_empty())
    }

    /// Containers whose prefix is written on every line.
    fn nesting(&self) -> usize {
        self.prefixes.iter().filter(|p| !p.is_empty()).count()
    }

    fn text(&mut self, text: &str) {
        if let Some((_, code)) = self.pre.as_mut() {
            code.push_str(text);
            return;
        }
        let mut text = text;
        // Whitespace collapses across text nodes.
        if text.starts_with(' ') && (self.inline.is_empty() || self.inline.ends_with([' ', '\n'])) {
            text = text.trim_start_matches(' ');
        }
        if self.code_depth > 0 {
            self.inline.push_str(text);
        } else {
            self.inline.push_str(&escape_inline(text));
        }
    }

    /// Wraps the inline text since the innermost mark in `delim`, keeping spaces outside the
    /// delimiters so they stay valid emphasis.
    /// The open count of emphasis or strong elements (a scratch counter for other kinds).
    fn style_depth(&mut self, kind: &Kind) -> &mut u32 {
        match kind {
            Kind::Strong => &mut self.strong_depth,
            _ => &mut self.emphasis_depth,
        }
    }

    /// Marks the text since the innermost open mark with `delim`, line by line: a
    /// delimiter run cannot span a hard line break.
    fn wrap(&mut self, delim: &str) {
        let start = self.marks.pop().unwrap_or(self.inline.len());
        let text = self.inline.split_off(start.min(self.inline.len()));
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                self.inline.push('\n');
            }
            let (lead, core, trail) = split_spaces(line);
            if core.is_empty() {
                self.inline.push_str(line);
            } else {
                self.inline
                    .push_str(&format!("{lead}{delim}{core}{delim}{trail}"));
            }
        }
    }

    /// The collected inline run as trimmed lines (hard breaks between them).
    fn finish_inline(&mut self) -> Vec<String> {
        let text = std::mem::take(&mut self.inline);
        self.marks.clear();
        let lines: Vec<String> = text.split('\n').map(|l| l.trim().to_string()).collect();
        let first = lines.iter().position(|l| !l.is_empty());
        let last = lines.iter().rposition(|l| !l.is_empty());
        match (first, last) {
            (Some(a), Some(b)) => lines[a..=b].to_vec(),
            _ => Vec::new(),
        }
    }

    fn prefix(&self, first_line: bool) -> String {
        let mut p: String = self.prefixes.concat();
        if first_line {
            if let (Some(marker), Some(last)) = (&self.marker, self.prefixes.last()) {
                p.truncate(p.len() - last.len());
                p.push_str(marker);
            }
        }
        p
    }

    fn start_block(&mut self) {
        if self.blank && !self.out.is_empty() {
            let blank = self.prefix(false);
            self.out.push_str(blank.trim_end());
            self.out.push('\n');
        }
    }

    /// Writes lines of a block with the container prefixes; `escape_start` escapes line
    /// starts that would read as block markup; lines after the first are joined by hard
    /// breaks.
    fn write_block(&mut self, lines: &[String], escape_start: bool) {
        if lines.is_empty() {
            return;
        }
        self.start_block();
        let count = lines.len();
        for (i, line) in lines.iter().enumerate() {
            let prefix = self.prefix(self.marker.is_some() && i == 0);
            self.out.push_str(&prefix);
            if escape_start {
                self.out.push_str(&escape_line_start(line));
            } else {
                self.out.push_str(line);
            }
            if i + 1 < count {
                self.out.push('\\');
            }
            self.out.push('\n');
        }
        self.marker = None;
        self.blank = true;
    }

    fn write_code(&mut self, language: Option<&str>, code: &str) {
        // A lone CR ends a line for a Markdown reader too: each line must get the prefixes.
        let code = code.replace("\r\n", "\n").replace('\r', "\n");
        let code = code.trim_start_matches('\n').trim_end();
        if code.is_empty() {
            return;
        }
        self.start_block();
        let fence = "`".repeat(longest_run(code, '`').max(2) + 1);
        let first = self.prefix(self.marker.is_some());
        self.out
            .push_str(&format!("{first}{fence}{}\n", language.unwrap_or("")));
        self.marker = None;
        let prefix = self.prefix(false);
        for line in code.lines() {
            self.out.push_str(&prefix);
            self.out.push_str(line);
            self.out.push('\n');
        }
        self.out.push_str(&format!("{prefix}{fence}\n"));
        self.blank = true;
    }

    fn write_table(&mut self, table: TableBuf) {
        if let Some(caption) = table.caption.filter(|c| !c.is_empty()) {
            self.write_block(&[caption], true);
        }
        let rows: Vec<Vec<Vec<String>>> = table
            .rows
            .into_iter()
            .filter(|r| r.iter().any(|c| !c.is_empty()))
            .collect();
        let columns = rows
            .iter()
            .map(Vec::len)
            .max()
            .unwrap_or(0)
            .min(MAX_COLUMNS);
        if columns < 2 {
            // A one-column table is a list of blocks, not a grid: each cell keeps its line
            // breaks (a headline over its story in one cell of an old page).
            for cell in rows.into_iter().flatten().filter(|c| !c.is_empty()) {
                self.write_block(&cell, true);
            }
            return;
        }
        // A grid cell is one line.
        let rows: Vec<Vec<String>> = rows
            .into_iter()
            .map(|row| row.into_iter().map(|cell| cell.join(" ")).collect())
            .collect();
        // Only the header row is padded to the full width (GFM reads a short row as ending
        // in empty cells); cells past the last column join it, so none is lost.
        let line = |cells: &[String], width: usize| -> String {
            let mut s = String::from("|");
            let (head, tail) = cells.split_at(cells.len().min(columns - 1));
            for cell in head {
                s.push(' ');
                s.push_str(cell);
                s.push_str(" |");
            }
            if !tail.is_empty() {
                s.push(' ');
                s.push_str(&tail.join(" "));
                s.push_str(" |");
            }
            for _ in cells.len().max(1)..width {
                s.push_str("  |");
            }
            s
        };
        let mut lines = Vec::with_capacity(rows.len() + 1);
        lines.push(line(&rows[0], columns));
        lines.push(format!("|{}", " --- |".repeat(columns)));
        lines.extend(rows[1..].iter().map(|r| line(r, 0)));
        self.start_block();
        for l in lines {
            let prefix = self.prefix(self.marker.is_some());
            self.marker = None;
            self.out.push_str(&prefix);
            self.out.push_str(&l);
            self.out.push('\n');
        }
        self.blank = true;
    }
}

/// Leading spaces, the text between, and trailing spaces.
/// TeX to write between dollars. A reader without maths reads it as Markdown, so nothing
/// in it may open raw HTML, an autolink or a link: `<` and `>` become `\lt` and `\gt`, and
/// an empty group parts `](` (TeX shows both as before). A dollar is escaped, so it cannot
/// end the formula.
fn safe_tex(tex: &str) -> String {
    tex.replace('$', "\\$")
        .replace('<', "\\lt ")
        .replace('>', "\\gt ")
        .replace("](", "]{}(")
}

fn split_spaces(s: &str) -> (&str, &str, &str) {
    let core = s.trim_matches(' ');
    let lead = &s[..s.len() - s.trim_start_matches(' ').len()];
    let trail = &s[s.trim_end_matches(' ').len()..];
    if core.is_empty() {
        ("", "", "")
    } else {
        (lead, core, trail)
    }
}

fn longest_run(s: &str, c: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for ch in s.chars() {
        if ch == c {
            run += 1;
            best = best.max(run);
        } else {
            run = 0;
        }
    }
    best
}

/// Escapes characters that CommonMark (or GFM) would read as inline markup, and `$`, which
/// Markdown readers with math support read as a formula's fence (formulas are written as
/// `$…$`, so a price must not open one).
pub(crate) fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    let mut prev = ' ';
    while let Some(c) = chars.next() {
        let after_word = prev.is_alphanumeric();
        prev = c;
        match c {
            // An underscore inside a word (`snake_case`) never starts emphasis.
            '_' if after_word && chars.peek().is_some_and(|n| n.is_alphanumeric()) => out.push(c),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '~' | '|' | '$' => {
                out.push('\\');
                out.push(c);
            }
            // `&copy;` and `&#35;` would turn into characters.
            '&' if chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#') =>
            {
                out.push_str("\\&");
            }
            // Markdown ends a line at CR as at LF; text never does.
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes a line start that would open a block: `#`, `>`, `-`, `+`, `=`, or `12.` / `12)`.
fn escape_line_start(line: &str) -> String {
    if line.starts_with(['#', '>', '-', '+', '=']) {
        return format!("\\{line}");
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) && line[digits..].starts_with(['.', ')']) {
        return format!("{}\\{}", &line[..digits], &line[digits..]);
    }
    line.to_string()
}

/// A link destination that reads as one in any context: every byte that could end it or
/// change what it means (spaces, line breaks, parentheses, angle brackets, backslashes,
/// quotes, control and non-ASCII bytes) is percent-encoded, so no destination needs angle
/// brackets and none can run into a link reference definition or raw HTML.
fn destination(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for &b in url.as_bytes() {
        let safe = b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'*+,;=%".contains(&b);
        if safe {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Renders a heading line for `text` at `level` (1 to 6), escaped like headings in the
/// content: the CLI and [`Article::markdown_with_title`](crate::Article::markdown_with_title)
/// write the page title with it.
pub(crate) fn heading(level: u8, text: &str) -> String {
    let mut text = escape_inline(text.trim());
    if text.ends_with('#') {
        text.pop();
        text.push_str("\\#");
    }
    format!("{} {text}", "#".repeat(usize::from(level.clamp(1, 6))))
}
