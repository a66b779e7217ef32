//! Intake: dropped files and pasted content turned into article text, or a clear refusal.
//!
//! ```text
//! bytes ─ signature of a binary format (PDF, zip/.docx, .doc, images, archives)? → refuse, say which
//!       ─ a Tally collection (JSON with "format": "tally-collection")?           → import it
//!       ─ UTF-8 (BOM dropped), UTF-16 with a BOM, else Windows-1252 when it reads as text
//!       ─ NUL bytes or many control characters                                 → refuse: binary
//!       ─ .html/.htm, text/html or a document that opens like HTML             → its text
//!       ─ anything else (.txt, .md, ...)                                        → as it is
//! ```
//!
//! HTML is reduced to its text by a small hand-written scanner (linear, never fails): the
//! content of `script`, `style`, `head` (except its `title`, kept as the first line), `noscript`,
//! `template`, `svg`, `iframe`, `object`, `canvas`, `select`, `button` and `nav` is dropped;
//! block elements start new lines (paragraphs and headings a blank line); whitespace collapses
//! except in `pre`; character references (named ones in [`ENTITIES`], decimal and hex) are
//! decoded.

/// What a file or a paste gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intake {
    /// Article text; `note` says what was done to read it ("read as HTML").
    Text { text: String, note: Option<String> },
    /// A Tally collection file, to import.
    Collection(String),
}

/// Why content was not taken, as a sentence for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused(pub String);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The largest file taken, in bytes.
pub const MAX_BYTES: usize = 50 << 20;

/// Binary formats by their first bytes: `(offset, signature, what it is)`.
const SIGNATURES: &[(usize, &[u8], &str)] = &[
    (0, b"%PDF-", "a PDF"),
    (0, b"PK\x03\x04", "a zip archive"),
    (0, b"PK\x05\x06", "a zip archive"),
    (
        0,
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
        "an old Office document (.doc)",
    ),
    (0, b"{\\rtf", "a Rich Text document (RTF)"),
    (0, b"\x89PNG\r\n\x1A\n", "a PNG image"),
    (0, b"\xFF\xD8\xFF", "a JPEG image"),
    (0, b"GIF87a", "a GIF image"),
    (0, b"GIF89a", "a GIF image"),
    (8, b"WEBP", "a WebP image"),
    (0, b"II*\x00", "a TIFF image"),
    (0, b"MM\x00*", "a TIFF image"),
    (4, b"ftyp", "a video or HEIC image"),
    (0, b"\x1F\x8B", "a gzip archive"),
    (0, b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"),
    (0, b"Rar!\x1A\x07", "a RAR archive"),
    (0, b"\x7FELF", "a program"),
    (0, b"MZ\x90\x00", "a Windows program"),
    (0, b"OggS", "an audio file"),
    (0, b"ID3", "an audio file"),
    (0, b"fLaC", "an audio file"),
    (0, b"\x00asm", "a WebAssembly module"),
];

/// Zipped formats by file name ending.
const ZIPPED: &[(&str, &str)] = &[
    (".docx", "a Word document (.docx)"),
    (".xlsx", "an Excel workbook (.xlsx)"),
    (".pptx", "a PowerPoint file (.pptx)"),
    (".odt", "an OpenDocument text (.odt)"),
    (".epub", "an e-book (.epub)"),
];

/// What binary format `bytes` start with, if one of [`SIGNATURES`]; `name` tells zipped
/// formats apart.
pub fn sniff(name: &str, bytes: &[u8]) -> Option<&'static str> {
    let (_, _, what) = SIGNATURES
        .iter()
        .find(|(at, sig, _)| bytes.get(*at..at + sig.len()) == Some(sig))?;
    if *what == "a zip archive" {
        let lower = name.to_ascii_lowercase();
        if let Some((_, w)) = ZIPPED.iter().find(|(ext, _)| lower.ends_with(ext)) {
            return Some(w);
        }
    }
    Some(what)
}

/// Reads a dropped or opened file.
pub fn file(name: &str, mime: &str, bytes: &[u8]) -> Result<Intake, Refused> {
    if bytes.len() > MAX_BYTES {
        return Err(Refused(format!(
            "“{name}” is {} MB; Tally reads files up to {} MB.",
            bytes.len() >> 20,
            MAX_BYTES >> 20
        )));
    }
    if let Some(what) = sniff(name, bytes) {
        return Err(refusal(what));
    }
    let (text, mut note) = decode(bytes)?;
    if looks_binary(&text) {
        return Err(refusal("a binary file, not text"));
    }
    let lower = name.to_ascii_lowercase();
    let head = text.trim_start();
    if (lower.ends_with(".json") || head.starts_with('{')) && is_collection(head) {
        return Ok(Intake::Collection(text));
    }
    let html = [".html", ".htm", ".xhtml"]
        .iter()
        .any(|e| lower.ends_with(e))
        || mime.starts_with("text/html")
        || mime.starts_with("application/xhtml")
        || opens_like_html(head);
    if html {
        note = Some(match note {
            Some(n) => format!("{n}; reduced from HTML to its text"),
            None => "reduced from HTML to its text".to_string(),
        });
        return Ok(Intake::Text {
            text: html_to_text(&text),
            note,
        });
    }
    Ok(Intake::Text { text, note })
}

/// Reads a paste: the plain text when there is some, else the HTML reduced to text.
pub fn paste(plain: &str, html: &str) -> Result<Intake, Refused> {
    let (text, note) = if plain.trim().is_empty() && !html.trim().is_empty() {
        (
            html_to_text(html),
            Some("reduced from HTML to its text".to_string()),
        )
    } else {
        (plain.to_string(), None)
    };
    if let Some(what) = sniff("", text.as_bytes()) {
        return Err(refusal(what));
    }
    if looks_binary(&text) {
        return Err(refusal("binary data, not text"));
    }
    if is_collection(text.trim_start()) {
        return Ok(Intake::Collection(text));
    }
    Ok(Intake::Text { text, note })
}

fn refusal(what: &str) -> Refused {
    Refused(format!(
        "This looks like {what}: Tally reads text. Copy the article's text and paste it instead."
    ))
}

/// Whether JSON text is a Tally collection (its format is named near the start).
fn is_collection(head: &str) -> bool {
    head.starts_with('{') && {
        let start = &head.as_bytes()[..head.len().min(4096)];
        let start = String::from_utf8_lossy(start);
        start.contains("\"format\"") && start.contains("\"tally-collection\"")
    }
}

fn opens_like_html(head: &str) -> bool {
    let b = head.as_bytes();
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta",
        "<article",
        "<div",
        "<p>",
    ]
    .iter()
    .any(|p| {
        b.get(..p.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(p.as_bytes()))
    })
}

/// The text of some bytes: UTF-8 (a BOM dropped), UTF-16 with a BOM or with every other byte
/// zero, else Windows-1252 when that reads as text.
fn decode(bytes: &[u8]) -> Result<(String, Option<String>), Refused> {
    let utf16 = |b: &[u8], le: bool| -> String {
        let units = b.chunks_exact(2).map(|c| {
            if le {
                u16::from_le_bytes([c[0], c[1]])
            } else {
                u16::from_be_bytes([c[0], c[1]])
            }
        });
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect()
    };
    let note = |s: &str| Some(format!("read as {s}"));
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return match std::str::from_utf8(rest) {
            Ok(s) => Ok((s.to_string(), None)),
            Err(_) => Err(refusal("a damaged text file (not valid UTF-8)")),
        };
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok((utf16(rest, true), note("UTF-16")));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok((utf16(rest, false), note("UTF-16")));
    }
    let sample = &bytes[..bytes.len().min(512) & !1];
    if sample.len() >= 4 {
        let odd_zero = sample.iter().skip(1).step_by(2).all(|&b| b == 0);
        let even_zero = sample.iter().step_by(2).all(|&b| b == 0);
        if odd_zero && !even_zero {
            return Ok((utf16(bytes, true), note("UTF-16")));
        }
        if even_zero && !odd_zero {
            return Ok((utf16(bytes, false), note("UTF-16")));
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), None)),
        Err(_) => Ok((
            bytes.iter().map(|&b| windows_1252(b)).collect(),
            note("Windows-1252 (it was not UTF-8)"),
        )),
    }
}

/// A Windows-1252 byte as a character.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// Whether text is binary data: a NUL, or more than one character in twenty a control
/// character or a replacement character (judged on the first 64 KB).
fn looks_binary(text: &str) -> bool {
    let mut total = 0usize;
    let mut bad = 0usize;
    for c in text.chars().take(65_536) {
        total += 1;
        match c {
            '\0' => return true,
            '\t' | '\n' | '\r' | '\x0C' => {}
            c if c.is_control() || c == char::REPLACEMENT_CHARACTER => bad += 1,
            _ => {}
        }
    }
    bad * 20 > total
}

/// Elements whose content is not article text.
const DROPPED: &[&str] = &[
    "script", "style", "head", "noscript", "template", "svg", "iframe", "object", "canvas",
    "select", "button", "nav", "title",
];

/// Elements that start a new line.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "ol",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
    "caption",
];

/// Elements that start a paragraph: a blank line before and after.
const PARAGRAPHS: &[&str] = &["p", "h1", "h2", "h3", "h4", "h5", "h6", "pre"];

/// Named character references decoded: `(name, text)`.
pub const ENTITIES: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", " "),
    ("ensp", " "),
    ("emsp", " "),
    ("thinsp", " "),
    ("ndash", "–"),
    ("mdash", "—"),
    ("minus", "−"),
    ("hyphen", "‐"),
    ("hellip", "…"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("sbquo", "‚"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("bdquo", "„"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("lsaquo", "‹"),
    ("rsaquo", "›"),
    ("prime", "′"),
    ("Prime", "″"),
    ("bull", "•"),
    ("middot", "·"),
    ("dagger", "†"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("deg", "°"),
    ("times", "×"),
    ("divide", "÷"),
    ("frac12", "½"),
    ("frac14", "¼"),
    ("frac34", "¾"),
    ("euro", "€"),
    ("pound", "£"),
    ("yen", "¥"),
    ("cent", "¢"),
    ("sect", "§"),
    ("para", "¶"),
    ("shy", ""),
    ("zwj", ""),
    ("zwnj", ""),
    ("lrm", ""),
    ("rlm", ""),
    ("aacute", "á"),
    ("agrave", "à"),
    ("acirc", "â"),
    ("auml", "ä"),
    ("ccedil", "ç"),
    ("eacute", "é"),
    ("egrave", "è"),
    ("ecirc", "ê"),
    ("iacute", "í"),
    ("icirc", "î"),
    ("ntilde", "ñ"),
    ("oacute", "ó"),
    ("ocirc", "ô"),
    ("ouml", "ö"),
    ("uacute", "ú"),
    ("uuml", "ü"),
    ("szlig", "ß"),
];

/// The text of an HTML document or fragment.
pub fn html_to_text(html: &str) -> String {
    let mut w = Writer::default();
    let b = html.as_bytes();
    let mut i = 0;
    let mut pre = 0usize;
    let mut title = String::new();
    while i < b.len() {
        match b[i] {
            b'<' => {
                let rest = &html[i..];
                if rest.starts_with("<!--") {
                    i = find(html, i + 4, "-->").map_or(b.len(), |e| e + 3);
                    continue;
                }
                if rest.starts_with("<![CDATA[") {
                    let end = find(html, i + 9, "]]>").unwrap_or(b.len());
                    w.text(&html[i + 9..end], pre > 0);
                    i = (end + 3).min(b.len());
                    continue;
                }
                let closing = b.get(i + 1) == Some(&b'/');
                let name_start = i + 1 + usize::from(closing);
                let name_end = if b.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
                    b[name_start..]
                        .iter()
                        .position(|c| !c.is_ascii_alphanumeric() && *c != b'-')
                        .map_or(b.len(), |p| name_start + p)
                } else {
                    name_start
                };
                let markup = matches!(b.get(i + 1), Some(b'!' | b'?'));
                if name_end == name_start && !markup {
                    w.text("<", pre > 0);
                    i += 1;
                    continue;
                }
                let end = tag_end(b, name_end);
                let name = html[name_start..name_end].to_ascii_lowercase();
                let self_closing = end > 0 && b.get(end - 1) == Some(&b'/');
                i = (end + 1).min(b.len());
                if markup {
                    continue;
                }
                if !closing && !self_closing && DROPPED.contains(&name.as_str()) {
                    let close = find_close(html, i, &name);
                    if title.is_empty() {
                        let content = &html[i..close.0];
                        title = match name.as_str() {
                            "title" => collapse(&decode_entities(content)),
                            "head" => title_in(content),
                            _ => String::new(),
                        };
                    }
                    i = close.1;
                    continue;
                }
                if name == "br" {
                    w.line_break();
                } else if PARAGRAPHS.contains(&name.as_str()) {
                    w.block(2);
                    if name == "pre" {
                        pre = if closing {
                            pre.saturating_sub(1)
                        } else {
                            pre + 1
                        };
                    }
                } else if BLOCKS.contains(&name.as_str()) {
                    w.block(1);
                } else if (name == "td" || name == "th") && !closing {
                    w.cell();
                }
            }
            b'&' => {
                let (text, len) = entity(&html[i..]);
                w.text(text.as_deref().unwrap_or("&"), pre > 0);
                i += len;
            }
            _ => {
                let end = b[i..]
                    .iter()
                    .position(|&c| c == b'<' || c == b'&')
                    .map_or(b.len(), |p| i + p);
                w.text(&html[i..end], pre > 0);
                i = end;
            }
        }
    }
    let body = w.finish();
    if !title.is_empty() && !body.starts_with(&title) {
        if body.is_empty() {
            return title;
        }
        return format!("{title}\n\n{body}");
    }
    body
}

/// The text of the `title` element in a document's head, or nothing.
fn title_in(head: &str) -> String {
    let b = head.as_bytes();
    let Some(open) = b.windows(6).position(|w| w.eq_ignore_ascii_case(b"<title")) else {
        return String::new();
    };
    let start = (tag_end(b, open + 6) + 1).min(b.len());
    let (end, _) = find_close(head, start, "title");
    collapse(&decode_entities(&head[start..end]))
}

/// The byte index of the `>` that ends a tag whose name ends at `from`, skipping quoted
/// attribute values; the end of input when there is none.
fn tag_end(b: &[u8], from: usize) -> usize {
    let mut quote = None;
    for (k, &c) in b.iter().enumerate().skip(from) {
        match (quote, c) {
            (None, b'"' | b'\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, b'>') => return k,
            _ => {}
        }
    }
    b.len()
}

/// Where the content of a dropped element ends and where scanning resumes after its closing
/// tag (both the end of input when it is not closed).
fn find_close(html: &str, from: usize, name: &str) -> (usize, usize) {
    let b = html.as_bytes();
    let mut k = from;
    while let Some(lt) = find(html, k, "</") {
        let after = lt + 2;
        let matches = b
            .get(after..after + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
            && !b
                .get(after + name.len())
                .is_some_and(|c| c.is_ascii_alphanumeric());
        if matches {
            let end = tag_end(b, after + name.len());
            return (lt, (end + 1).min(b.len()));
        }
        k = after;
    }
    (b.len(), b.len())
}

fn find(s: &str, from: usize, needle: &str) -> Option<usize> {
    s.get(from..)?.find(needle).map(|p| from + p)
}

/// The character reference at the start of `s` ("&amp;", "&#8211;", "&#x2014;"): its text and
/// length, or `None` and 1 when it is a plain "&".
fn entity(s: &str) -> (Option<String>, usize) {
    let b = s.as_bytes();
    let end = match b.iter().take(34).position(|&c| c == b';') {
        Some(e) if e > 1 => e,
        _ => return (None, 1),
    };
    let body = &s[1..end];
    let text = if let Some(num) = body.strip_prefix('#') {
        let n = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => num.parse::<u32>().ok(),
        };
        n.map(|n| match n {
            0x80..=0x9F => windows_1252(n as u8).to_string(),
            _ => char::from_u32(n)
                .filter(|&c| c != '\0')
                .unwrap_or(char::REPLACEMENT_CHARACTER)
                .to_string(),
        })
    } else {
        ENTITIES
            .iter()
            .find(|(name, _)| *name == body)
            .map(|(_, t)| t.to_string())
    };
    match text {
        Some(t) => (Some(t), end + 1),
        None => (None, 1),
    }
}

/// Decodes every character reference of a text.
fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while let Some(p) = s[i..].find('&') {
        out.push_str(&s[i..i + p]);
        let (t, len) = entity(&s[i + p..]);
        out.push_str(t.as_deref().unwrap_or("&"));
        i += p + len;
    }
    out.push_str(&s[i..]);
    out
}

/// Whitespace runs as single spaces, trimmed.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Builds the text: collapses whitespace, puts line breaks where blocks start and end.
#[derive(Default)]
struct Writer {
    out: String,
    /// Line breaks owed before the next text: 1 a new line, 2 a blank line.
    breaks: u8,
    space: bool,
}

impl Writer {
    fn text(&mut self, s: &str, pre: bool) {
        if pre {
            if !s.is_empty() {
                self.flush();
                self.out.push_str(s);
            }
            return;
        }
        for (k, word) in s.split(|c: char| c.is_ascii_whitespace()).enumerate() {
            if k > 0 {
                self.space = true;
            }
            if word.is_empty() {
                continue;
            }
            self.flush();
            self.out.push_str(word);
        }
    }

    fn flush(&mut self) {
        if self.out.is_empty() {
            self.breaks = 0;
            self.space = false;
            return;
        }
        if self.breaks > 0 {
            while self.out.ends_with([' ', '\t']) {
                self.out.pop();
            }
            let have = self.out.chars().rev().take_while(|&c| c == '\n').count() as u8;
            for _ in have..self.breaks {
                self.out.push('\n');
            }
        } else if self.space && !self.out.ends_with(['\n', ' ', '\t']) {
            self.out.push(' ');
        }
        self.breaks = 0;
        self.space = false;
    }

    fn block(&mut self, breaks: u8) {
        self.breaks = self.breaks.max(breaks);
    }

    fn line_break(&mut self) {
        while self.out.ends_with([' ', '\t']) {
            self.out.pop();
        }
        self.out.push('\n');
        self.space = false;
    }

    fn cell(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with('\n') && self.breaks == 0 {
            self.out.push('\t');
            self.space = false;
        }
    }

    fn finish(self) -> String {
        let mut lines: Vec<&str> = self.out.lines().map(str::trim_end).collect();
        while lines.last().is_some_and(|l| l.is_empty()) {
            lines.pop();
        }
        // At most one blank line in a row.
        let mut out = String::with_capacity(self.out.len());
        let mut blank = 0;
        for l in lines {
            blank = if l.is_empty() { blank + 1 } else { 0 };
            if blank < 2 {
                out.push_str(l);
                out.push('\n');
            }
        }
        out.truncate(out.trim_end().len());
        out
    }
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    #[test]
    fn html_reduces_to_text() {
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("<p>Six killed.</p><p>Two hurt.</p>", "Six killed.\n\nTwo hurt."),
            ("a<br>b<br/>c<br><br>d", "a\nb\nc\n\nd"),
            ("<div>one</div><div>two</div>", "one\ntwo"),
            ("  lots   of\n\n  space  ", "lots of space"),
            ("<b>bold</b> and <i>it</i>alic", "bold and italic"),
            ("<script>var x = '<p>12 killed</p>';</script>Text", "Text"),
            ("<STYLE type=text/css>p{}</STYLE>Text", "Text"),
            ("<html><head><title>Raid in Zhob</title><meta charset=utf-8></head><body><p>Body.</p></body></html>", "Raid in Zhob\n\nBody."),
            ("<title>Same</title><h1>Same</h1><p>x</p>", "Same\n\nx"),
            ("<!-- 99 killed --><p>none</p>", "none"),
            ("<a href=\"x>y\" title='a>b'>link</a>", "link"),
            ("5 &lt; 6 &amp;&amp; 7 &gt; 3", "5 < 6 && 7 > 3"),
            ("&ldquo;q&rdquo; &mdash; &#8211; &#x2014; &#150; &#39;", "“q” — – — – '"),
            ("1&nbsp;200 killed", "1 200 killed"),
            ("AT&T &unknown; &; &#0; &#xD800; &#99999999;", "AT&T &unknown; &; \u{FFFD} \u{FFFD} \u{FFFD}"),
            ("<pre>  keep\n    this</pre>after", "  keep\n    this\n\nafter"),
            ("<ul><li>one</li><li>two</li></ul>", "one\ntwo"),
            ("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>", "a\tb\nc\td"),
            ("x < y and 3<4", "x < y and 3<4"),
            ("<p>unclosed <b>tag", "unclosed tag"),
            ("<p>broken <a href=\"never closed", "broken"),
            ("<script>never closed", ""),
            ("<![CDATA[raw <b>]]>text", "raw <b>text"),
            ("<?xml version=\"1.0\"?><p>x</p>", "x"),
            ("<nav>Home | World</nav><article><h1>Title</h1>Body</article>", "Title\n\nBody"),
            ("<p>ünï<span>cödé</span></p>", "ünïcödé"),
            ("", ""),
        ];
        for (html, want) in cases {
            assert_eq!(html_to_text(html), *want, "{html:?}");
        }
    }

    #[test]
    fn binary_is_refused_with_its_name() {
        #[rustfmt::skip]
        let cases: &[(&str, &[u8], &str)] = &[
            ("report.pdf", b"%PDF-1.7\n%\xE2\xE3", "a PDF"),
            ("notes.docx", b"PK\x03\x04\x14\x00", "a Word document (.docx)"),
            ("data.zip", b"PK\x03\x04\x14\x00", "a zip archive"),
            ("old.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00", "an old Office document (.doc)"),
            ("photo.png", b"\x89PNG\r\n\x1A\n\x00\x00", "a PNG image"),
            ("photo.jpg", b"\xFF\xD8\xFF\xE0\x00\x10JFIF", "a JPEG image"),
            ("anim.gif", b"GIF89a\x01\x00", "a GIF image"),
            ("pic.webp", b"RIFF\x00\x00\x00\x00WEBPVP8 ", "a WebP image"),
            ("clip.mp4", b"\x00\x00\x00\x18ftypmp42", "a video or HEIC image"),
            ("x.bin", b"hello\x00world", "a binary file, not text"),
            ("noise.txt", &[0x01, 0x02, 0x03, 0x04, b'a', 0x05, 0x06, 0x07], "a binary file, not text"),
        ];
        for (name, bytes, what) in cases {
            let want = format!("This looks like {what}: Tally reads text. Copy the article's text and paste it instead.");
            assert_eq!(file(name, "", bytes), Err(Refused(want)), "{name}");
        }
        let pasted = paste("%PDF-1.4 garbage", "").unwrap_err().0;
        assert!(pasted.starts_with("This looks like a PDF"), "{pasted}");
    }

    #[test]
    fn text_files_are_read() {
        let text = |t: &str, n: Option<&str>| {
            Ok(Intake::Text {
                text: t.into(),
                note: n.map(Into::into),
            })
        };
        #[rustfmt::skip]
        let cases: &[(&str, &str, &[u8], Result<Intake, Refused>)] = &[
            ("a.txt", "text/plain", b"12 killed\n", text("12 killed\n", None)),
            ("a.md", "", b"# Raid\n\n*12* killed", text("# Raid\n\n*12* killed", None)),
            ("a.txt", "", b"\xEF\xBB\xBFwith BOM", text("with BOM", None)),
            ("a.txt", "", b"\xFF\xFEh\x00i\x00", text("hi", Some("read as UTF-16"))),
            ("a.txt", "", b"\xFE\xFF\x00h\x00i", text("hi", Some("read as UTF-16"))),
            ("a.txt", "", b"h\x00i\x00!\x00", text("hi!", Some("read as UTF-16"))),
            ("a.txt", "", b"caf\xE9 \x93quoted\x94", text("café “quoted”", Some("read as Windows-1252 (it was not UTF-8)"))),
            ("a.html", "", b"<p>12 <b>killed</b></p>", text("12 killed", Some("reduced from HTML to its text"))),
            ("page", "text/html; charset=utf-8", b"<p>x</p>", text("x", Some("reduced from HTML to its text"))),
            ("a.txt", "", b"  <!DOCTYPE html><p>x</p>", text("x", Some("reduced from HTML to its text"))),
            ("a.txt", "", b"x < y", text("x < y", None)),
            ("c.json", "", b"{\"format\": \"tally-collection\", \"version\": 1}", Ok(Intake::Collection("{\"format\": \"tally-collection\", \"version\": 1}".into()))),
            ("other.json", "", b"{\"a\": 1}", text("{\"a\": 1}", None)),
        ];
        for (name, mime, bytes, want) in cases {
            assert_eq!(file(name, mime, bytes), *want, "{name} {bytes:?}");
        }
    }

    #[test]
    fn pastes_prefer_plain_text() {
        let text = |t: &str, n: Option<&str>| {
            Ok(Intake::Text {
                text: t.into(),
                note: n.map(Into::into),
            })
        };
        #[rustfmt::skip]
        let cases: &[(&str, &str, Result<Intake, Refused>)] = &[
            ("plain", "<p>rich</p>", text("plain", None)),
            ("", "<p>rich <b>text</b></p>", text("rich text", Some("reduced from HTML to its text"))),
            ("  ", "", text("  ", None)),
        ];
        for (plain, html, want) in cases {
            assert_eq!(paste(plain, html), *want, "{plain:?} {html:?}");
        }
    }

    #[test]
    fn html_scanning_is_linear() {
        // Unclosed tags and references in bulk: must finish at once, not in quadratic time.
        let nasty = "<a b='".repeat(20_000) + &"&#".repeat(20_000) + &"</".repeat(20_000);
        let start = std::time::Instant::now();
        let _ = html_to_text(&nasty);
        let _ = html_to_text(&"<p>".repeat(50_000));
        let _ = html_to_text(&"<script>".repeat(20_000));
        println!("nasty HTML: {:?}", start.elapsed());
    }
}
