//! Big texts in pieces: cutting a text at paragraph breaks into chunks the app extracts one at a
//! time (so the page never freezes) and pages it shows one at a time, and joining the chunks'
//! documents back into one.
//!
//! A cut falls after a blank line if there is one in the second half of the window, else after
//! a line break, else after a space, else at the window's end (on a character boundary): a
//! figure is rarely split, and never a character.

use crate::extract::Document;

/// Byte ranges covering `text` in order, each at most about `size` bytes (at least one byte,
/// and whole characters).
pub fn chunks(text: &str, size: usize) -> Vec<(usize, usize)> {
    let size = size.max(1);
    let mut out = Vec::with_capacity(text.len() / size + 1);
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + size).min(text.len());
        if end < text.len() {
            end = cut(text, start, end);
        }
        out.push((start, end));
        start = end;
    }
    out
}

/// Where to end a chunk that starts at `start` and may reach `limit` (< text length).
fn cut(text: &str, start: usize, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let half = start + (limit - start) / 2;
    let window = &bytes[half..limit];
    let after = |i: usize| half + i + 1;
    if let Some(i) = window.windows(2).rposition(|w| w == b"\n\n") {
        return after(i + 1);
    }
    if let Some(i) = window.iter().rposition(|&b| b == b'\n') {
        return after(i);
    }
    if let Some(i) = window.iter().rposition(|&b| b == b' ') {
        return after(i);
    }
    let mut end = limit;
    while end > start && !text.is_char_boundary(end) {
        end -= 1;
    }
    if end == start {
        // One character longer than the window: take it whole.
        end = start + 1;
        while !text.is_char_boundary(end) {
            end += 1;
        }
    }
    end
}

/// Appends the document of the chunk starting at byte `start` to `doc`: evidence offsets move
/// by `start`, part-of indices by the figures already there; the first chunk's date is the
/// document's.
pub fn append(doc: &mut Document, part: Document, start: usize) {
    let base = doc.figures.len();
    if base == 0 && doc.published.is_none() && start == 0 {
        doc.published = part.published;
    }
    doc.figures.extend(part.figures.into_iter().map(|mut f| {
        f.evidence.start += start;
        f.evidence.end += start;
        f.subset_of = f.subset_of.map(|s| s + base);
        f
    }));
}

/// The index of the range of `ranges` (in order, covering the text) holding byte `offset`.
pub fn index_of(ranges: &[(usize, usize)], offset: usize) -> usize {
    ranges
        .partition_point(|&(_, end)| end <= offset)
        .min(ranges.len().saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extract, Kind};

    fn pieces(text: &str, size: usize) -> Vec<&str> {
        chunks(text, size)
            .into_iter()
            .map(|(a, b)| &text[a..b])
            .collect()
    }

    #[test]
    fn cuts_at_paragraphs_then_lines_then_spaces() {
        for (text, size, want) in [
            ("", 4, vec![]),
            ("abc", 10, vec!["abc"]),
            ("aaaa\n\nbbbb\n\ncc", 8, vec!["aaaa\n\n", "bbbb\n\ncc"]),
            ("aaa\nbbb\nccc", 6, vec!["aaa\n", "bbb\n", "ccc"]),
            ("aa bb cc dd", 6, vec!["aa bb ", "cc dd"]),
            ("abcdefgh", 3, vec!["abc", "def", "gh"]),
            ("ééé", 3, vec!["é", "é", "é"]),
            ("😀😀", 2, vec!["😀", "😀"]),
        ] {
            assert_eq!(pieces(text, size), want, "{text:?} by {size}");
        }
    }

    #[test]
    fn chunks_cover_the_text_exactly() {
        let text = "Police said 4 were killed.\n\nTroops arrested 12 suspects. ".repeat(50);
        for size in [1, 7, 64, 100, 1000, 100_000] {
            let c = chunks(&text, size);
            assert_eq!(c.first().map(|c| c.0), Some(0));
            assert_eq!(c.last().map(|c| c.1), Some(text.len()));
            assert!(
                c.windows(2).all(|w| w[0].1 == w[1].0),
                "contiguous at {size}"
            );
        }
    }

    #[test]
    fn appended_chunks_read_like_the_whole() {
        // Different facts in every paragraph (one fact restated in two chunks would be two).
        let text: String = (1..=20)
            .map(|i| {
                format!(
                    "Police said {i} soldiers were killed.\n\nTroops arrested {} suspects.\n\n",
                    i + 100
                )
            })
            .collect();
        let mut doc = Document::default();
        for (a, b) in chunks(&text, 80) {
            append(&mut doc, extract(&text[a..b]), a);
        }
        let whole = extract(&text);
        assert_eq!(doc.figures.len(), whole.figures.len());
        for f in &doc.figures {
            assert_eq!(&text[f.evidence.start..f.evidence.end], f.evidence.text);
        }
        assert!(doc.figures.iter().any(|f| f.kind == Kind::Arrested));
    }

    #[test]
    fn append_moves_parts_and_keeps_the_first_date() {
        let mut doc = Document::default();
        append(
            &mut doc,
            extract("date 2025-01-02\nPolice killed 9 militants, including 2 commanders."),
            0,
        );
        let n = doc.figures.len();
        let mut part = extract("Troops killed 5 militants, including 1 commander.");
        part.published = Some("1999-01-01".into());
        append(&mut doc, part, 100);
        assert_eq!(doc.published.as_deref(), Some("2025-01-02"));
        for f in &doc.figures[n..] {
            assert!(f.evidence.start >= 100);
            if let Some(s) = f.subset_of {
                assert!(s >= n, "a part points into its own chunk");
            }
        }
    }

    #[test]
    fn index_of_finds_the_range() {
        let ranges = [(0, 10), (10, 20), (20, 25)];
        for (offset, i) in [(0, 0), (9, 0), (10, 1), (19, 1), (24, 2), (25, 2), (99, 2)] {
            assert_eq!(index_of(&ranges, offset), i, "{offset}");
        }
        assert_eq!(index_of(&[], 5), 0);
    }
}
