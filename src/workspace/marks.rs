//! Highlight segments: the article text cut at every edge of every figure's evidence, so that the
//! reader can mark each figure's span, overlapping spans included, as plain text nodes.
//!
//! Two spans that overlap ("killed 12 militants and injured 12" read as two figures sharing
//! words) cut the text into three segments: the first figure's alone, both, the second's alone.
//! Each segment lists the spans covering it, outermost first, so the innermost is the last.

/// A run of text and the spans that cover all of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// UTF-8 byte offsets into the text, end exclusive.
    pub start: usize,
    pub end: usize,
    /// Indices of the spans covering this run: longest first, the innermost last.
    pub marks: Vec<usize>,
}

/// Cuts `text` into segments at the edges of `spans` (byte offsets, end exclusive). The segments
/// cover the whole text in order. Spans that are empty, reversed, past the end or not on
/// character boundaries are passed over.
pub fn segments(text: &str, spans: &[(usize, usize)]) -> Vec<Segment> {
    let valid = |&(s, e): &(usize, usize)| {
        s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
    };
    let mut by_start: Vec<usize> = (0..spans.len()).filter(|&i| valid(&spans[i])).collect();
    crate::sort::sort_indices_by_key(&mut by_start, |i| {
        (spans[i].0, std::cmp::Reverse(spans[i].1), i)
    });
    let mut edges: Vec<usize> = Vec::with_capacity(by_start.len() * 2 + 2);
    edges.push(0);
    edges.push(text.len());
    for &i in &by_start {
        edges.push(spans[i].0);
        edges.push(spans[i].1);
    }
    edges.sort_unstable();
    edges.dedup();

    let mut out = Vec::with_capacity(edges.len());
    let mut active: Vec<usize> = Vec::new();
    let mut next = 0;
    for pair in edges.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        active.retain(|&i| spans[i].1 > a);
        while next < by_start.len() && spans[by_start[next]].0 <= a {
            active.push(by_start[next]);
            next += 1;
        }
        let mut marks = active.clone();
        crate::sort::sort_indices_by_key(&mut marks, |i| {
            (std::cmp::Reverse(spans[i].1 - spans[i].0), spans[i].0, i)
        });
        out.push(Segment {
            start: a,
            end: b,
            marks,
        });
    }
    out
}

/// The byte offset in `text` of the `utf16`-th UTF-16 code unit, as DOM selections count; the
/// end of the text if it is past the end, the start of a character if it falls inside one.
pub fn byte_offset(text: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units >= utf16 {
            return i;
        }
        units += c.len_utf16();
        if units > utf16 {
            return i;
        }
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The segments as (text, marks) pairs.
    fn cut(text: &str, spans: &[(usize, usize)]) -> Vec<(String, Vec<usize>)> {
        segments(text, spans)
            .into_iter()
            .map(|s| (text[s.start..s.end].to_string(), s.marks))
            .collect()
    }

    fn seg(t: &str, m: &[usize]) -> (String, Vec<usize>) {
        (t.to_string(), m.to_vec())
    }

    #[test]
    fn no_spans_is_one_plain_segment() {
        assert_eq!(cut("abc", &[]), vec![seg("abc", &[])]);
        assert_eq!(cut("", &[]), vec![]);
    }

    #[test]
    fn spans_cut_the_text() {
        assert_eq!(
            cut("a 12 b 3 c", &[(2, 4), (7, 8)]),
            vec![
                seg("a ", &[]),
                seg("12", &[0]),
                seg(" b ", &[]),
                seg("3", &[1]),
                seg(" c", &[])
            ]
        );
        assert_eq!(cut("12", &[(0, 2)]), vec![seg("12", &[0])]);
    }

    #[test]
    fn overlapping_spans_split() {
        assert_eq!(
            cut("abcdef", &[(0, 4), (2, 6)]),
            vec![seg("ab", &[0]), seg("cd", &[0, 1]), seg("ef", &[1])]
        );
    }

    #[test]
    fn nested_spans_list_the_innermost_last() {
        assert_eq!(
            cut("abcdef", &[(2, 4), (0, 6)]),
            vec![seg("ab", &[1]), seg("cd", &[1, 0]), seg("ef", &[1])]
        );
        assert_eq!(cut("abc", &[(0, 3), (0, 3)]), vec![seg("abc", &[0, 1])]);
    }

    #[test]
    fn bad_spans_are_passed_over() {
        let text = "é 5";
        for spans in [[(1, 3)], [(3, 2)], [(2, 9)], [(2, 2)]] {
            assert_eq!(cut(text, &spans), vec![seg(text, &[])], "{spans:?}");
        }
    }

    #[test]
    fn byte_offsets_from_utf16() {
        let text = "a😀é b";
        for (units, byte) in [
            (0, 0),
            (1, 1),
            (2, 1),
            (3, 5),
            (4, 7),
            (5, 8),
            (6, 9),
            (99, 9),
        ] {
            assert_eq!(byte_offset(text, units), byte, "{units}");
        }
    }
}
