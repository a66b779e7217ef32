//! libFuzzer target: any bytes, made valid UTF-8, through `extract`; the output must keep the
//! contract of FIGURES.md (the same checks as tests/robust.rs).

#![no_main]

use libfuzzer_sys::fuzz_target;
use tally::extract::extract;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = extract(&text);
    if let Some(p) = &doc.published {
        let b = p.as_bytes();
        assert!(
            b.len() == 10 && b[4] == b'-' && b[7] == b'-',
            "published {p:?}"
        );
    }
    for (i, f) in doc.figures.iter().enumerate() {
        let ev = &f.evidence;
        assert!(
            ev.start <= ev.end && ev.end <= text.len(),
            "span outside the input"
        );
        assert!(
            text.is_char_boundary(ev.start) && text.is_char_boundary(ev.end),
            "span not on char boundaries"
        );
        assert_eq!(
            &text[ev.start..ev.end],
            ev.text,
            "evidence differs from its span"
        );
        assert!(f.min.is_none_or(|m| m <= f.value), "min above value");
        assert!(f.max.is_none_or(|m| f.value <= m), "max below value");
        if let Some(k) = f.subset_of {
            assert!(
                k < doc.figures.len() && k != i,
                "subset_of {k} is not another figure"
            );
        }
        assert_eq!(
            f.kind.has_subject(),
            f.subject.is_some(),
            "subject of {:?}",
            f.kind
        );
    }
});
