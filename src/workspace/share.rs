//! Share links: the work of a workspace (articles and corrections) in a URL fragment.
//!
//! A link's fragment is `#t1.` then the work as JSON (the articles with their corrections, and
//! the figures the user separated from groups of repeats; never UI state), zlib-compressed (deflate with an
//! Adler-32 checksum, so damage is caught) and base64url-encoded without padding. The
//! fragment never reaches a server. Decoding checks every step and says what went wrong:
//! a damaged, truncated, foreign or oversized link is an error, never a panic, and a link
//! that decodes is a workspace the app can show without slicing out of bounds.

use std::collections::HashSet;
use std::fmt;

use miniz_oxide::inflate::TINFLStatus;
use serde::{Deserialize, Serialize};

use super::repeats::FigureRef;
use super::{Article, Correction, Workspace};
use crate::extract::Figure;

/// What every share fragment of this version starts with (after the `#`).
pub const PREFIX: &str = "t1.";

/// The most a link may inflate to: stops a small link from unpacking into gigabytes.
pub const MAX_INFLATED: usize = 20 * 1024 * 1024;

/// Links longer than this may be cut by messengers and mail clients.
pub const LONG_LINK: usize = 8 * 1024;

/// Why a link could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// The fragment is not a Tally share link.
    Foreign,
    /// A Tally link of another version (the version as written).
    Version(String),
    /// Characters that base64url never produces.
    Encoding,
    /// The compressed data ends early: part of the link is missing.
    Truncated,
    /// The compressed data is corrupt or fails its checksum.
    Damaged,
    /// The link unpacks to more than [`MAX_INFLATED`] bytes.
    TooLarge,
    /// It unpacks, but not to a workspace (the parser's or the check's reason).
    Invalid(String),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Foreign => write!(f, "This link does not hold Tally work."),
            ShareError::Version(v) => write!(
                f,
                "This link was made by another version of Tally (t{v}) that this page cannot read."
            ),
            ShareError::Encoding => write!(
                f,
                "This share link is damaged: it contains characters a share link never has."
            ),
            ShareError::Truncated => write!(
                f,
                "This share link is cut short: part of it is missing. Ask for the whole link, or for the JSON export."
            ),
            ShareError::Damaged => write!(
                f,
                "This share link is damaged: its data does not check out. Ask for the link again, or for the JSON export."
            ),
            ShareError::TooLarge => write!(
                f,
                "This share link unpacks to more than {} MB, more than Tally accepts.",
                MAX_INFLATED / (1024 * 1024)
            ),
            ShareError::Invalid(why) => {
                write!(f, "This share link does not hold valid Tally work ({why}).")
            }
        }
    }
}

impl std::error::Error for ShareError {}

/// What a link carries: the work, never UI state. A struct of its own so that fields added
/// to [`Workspace`] for the interface are not shared by accident.
#[derive(Serialize)]
struct PayloadOut<'a> {
    articles: &'a [Article],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    separated: &'a [FigureRef],
}

#[derive(Deserialize)]
struct PayloadIn {
    articles: Vec<Article>,
    #[serde(default)]
    separated: Vec<FigureRef>,
}

/// Whether two workspaces hold the same work: what a share link carries.
pub fn same_work(a: &Workspace, b: &Workspace) -> bool {
    a.articles == b.articles && a.separated == b.separated
}

/// The share fragment of a workspace, without the leading `#`.
pub fn encode(workspace: &Workspace) -> String {
    let json = serde_json::to_vec(&PayloadOut {
        articles: &workspace.articles,
        separated: &workspace.separated,
    })
    .unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&json, 9);
    let mut out = String::with_capacity(PREFIX.len() + packed.len().div_ceil(3) * 4);
    out.push_str(PREFIX);
    base64url_encode(&packed, &mut out);
    out
}

/// Whether a fragment (with or without `#`) claims to be a Tally share link of any version:
/// `t`, digits, `.`. Other fragments (in-page anchors) are not the app's business.
pub fn is_share_fragment(fragment: &str) -> bool {
    version_of(fragment.strip_prefix('#').unwrap_or(fragment)).is_some()
}

/// The workspace a share fragment carries. Accepts the fragment with or without `#`, or a
/// whole URL (everything up to the first `#` is ignored).
pub fn decode(link: &str) -> Result<Workspace, ShareError> {
    let fragment = match link.find('#') {
        Some(i) => &link[i + 1..],
        None => link,
    }
    .trim();
    let Some(version) = version_of(fragment) else {
        return Err(ShareError::Foreign);
    };
    if version != "1" {
        return Err(ShareError::Version(version.to_string()));
    }
    // Punctuation a link never ends with, but a sentence around it does ("…#t1.eJx.").
    let data = fragment[PREFIX.len()..]
        .trim_end_matches(|c: char| c.is_ascii_punctuation() && c != '-' && c != '_');
    if data.is_empty() {
        return Err(ShareError::Truncated);
    }
    let packed = base64url_decode(data)?;
    let json = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, MAX_INFLATED)
        .map_err(|e| match e.status {
            TINFLStatus::HasMoreOutput => ShareError::TooLarge,
            TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
                ShareError::Truncated
            }
            _ => ShareError::Damaged,
        })?;
    // From a str, as every other JSON reader in the app: one compiled parser, not two (size).
    let json = std::str::from_utf8(&json).map_err(|e| ShareError::Invalid(e.to_string()))?;
    let payload: PayloadIn =
        serde_json::from_str(json).map_err(|e| ShareError::Invalid(e.to_string()))?;
    // Anything else a workspace holds (UI state) starts afresh.
    #[allow(clippy::needless_update)]
    let workspace = Workspace {
        articles: payload.articles,
        separated: payload.separated,
        ..Default::default()
    };
    check(&workspace).map_err(ShareError::Invalid)?;
    Ok(workspace)
}

/// The version a fragment claims (`t<digits>.`), if it claims one.
fn version_of(fragment: &str) -> Option<&str> {
    let rest = fragment.strip_prefix('t')?;
    let dot = rest.find('.')?;
    let version = &rest[..dot];
    (!version.is_empty() && version.bytes().all(|b| b.is_ascii_digit())).then_some(version)
}

/// What the app relies on when it shows a workspace: unique article ids, and every stored
/// figure's evidence span inside its article's text, on character boundaries.
pub fn check(workspace: &Workspace) -> Result<(), String> {
    let mut ids = HashSet::new();
    for article in &workspace.articles {
        if !ids.insert(article.id) {
            return Err(format!("article id {} appears twice", article.id));
        }
        for correction in &article.corrections {
            let figure = match correction {
                Correction::Edit { figure, .. } | Correction::Add { figure } => figure,
                Correction::Dismiss { .. } => continue,
            };
            check_span(&article.text, figure)
                .map_err(|why| format!("article {}: {why}", article.id))?;
        }
    }
    Ok(())
}

fn check_span(text: &str, figure: &Figure) -> Result<(), String> {
    let (start, end) = (figure.evidence.start, figure.evidence.end);
    if start > end || end > text.len() {
        return Err(format!(
            "evidence {start}..{end} is outside the text of {} bytes",
            text.len()
        ));
    }
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return Err(format!("evidence {start}..{end} splits a character"));
    }
    Ok(())
}

/// The base64url alphabet (RFC 4648 §5).
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Appends `bytes` as base64url without padding.
fn base64url_encode(bytes: &[u8], out: &mut String) {
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
        }
    }
}

/// Decodes base64url without padding, strictly: unused trailing bits must be zero, so each
/// byte string has exactly one encoding.
fn base64url_decode(text: &str) -> Result<Vec<u8>, ShareError> {
    let text = text.as_bytes();
    if text.len() % 4 == 1 {
        return Err(ShareError::Truncated);
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= sextet(c).ok_or(ShareError::Encoding)? << (18 - 6 * i);
        }
        let bytes = chunk.len() - 1;
        if n & ((1u32 << (24 - 8 * bytes)) - 1) != 0 {
            return Err(ShareError::Damaged); // bits no encoder sets: a changed last character
        }
        out.extend((0..bytes).map(|i| (n >> (16 - 8 * i)) as u8));
    }
    Ok(out)
}

fn sextet(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Evidence, Kind, Subject};
    use crate::workspace::FigureKey;

    fn figure(kind: Kind, value: u64, start: usize, end: usize, text: &str) -> Figure {
        Figure {
            period: Some("2024".into()),
            ..Figure::exact(
                kind,
                kind.has_subject().then_some(Subject::Militants),
                value,
                Evidence {
                    start,
                    end,
                    text: text.into(),
                },
            )
        }
    }

    /// Our own example: two articles, an edit, a dismissal, an addition, non-ASCII text.
    fn sample() -> Workspace {
        let one = "In 2024 the security forces ran 1,200 operations and killed 85 fighters. \
                   Police said 14 suspects were held — about 3 a week.";
        let two = "date 2025-01-02\nGunmen abducted 12 travellers near the pass; 9 were freed.";
        Workspace {
            articles: vec![
                Article {
                    id: 1,
                    text: one.into(),
                    published: Some("2025-01-05".into()),
                    corrections: vec![
                        Correction::Edit {
                            key: FigureKey {
                                kind: Kind::Killed,
                                start: 53,
                                end: 71,
                            },
                            figure: figure(Kind::Killed, 86, 53, 71, "killed 85 fighters"),
                        },
                        Correction::Dismiss {
                            key: FigureKey {
                                kind: Kind::Arrested,
                                start: 84,
                                end: 107,
                            },
                        },
                        Correction::Add {
                            figure: figure(Kind::Operations, 1200, 32, 48, "1,200 operations"),
                        },
                    ],
                },
                Article {
                    id: 7,
                    text: two.into(),
                    published: None,
                    corrections: vec![],
                },
            ],
            separated: vec![FigureRef {
                article: 7,
                key: FigureKey {
                    kind: Kind::Kidnapped,
                    start: 16,
                    end: 44,
                },
            }],
        }
    }

    #[test]
    fn round_trips() {
        for ws in [Workspace::default(), sample()] {
            let link = encode(&ws);
            assert!(link.starts_with(PREFIX), "{link}");
            assert!(is_share_fragment(&link));
            assert_eq!(decode(&link), Ok(ws.clone()));
            assert!(same_work(&decode(&link).unwrap(), &ws));
            assert_eq!(decode(&format!("#{link}")), Ok(ws.clone()));
            assert_eq!(
                decode(&format!("https://example.org/tally/#{link}")),
                Ok(ws.clone())
            );
            for tail in [".", ")", "\">", "'", ",", " \n"] {
                assert_eq!(decode(&format!("{link}{tail}")), Ok(ws.clone()), "{tail:?}");
            }
        }
    }

    #[test]
    fn link_is_url_safe_and_short() {
        let link = encode(&sample());
        assert!(link
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)));
        // Compression pays: the link is shorter than the JSON it carries.
        let json = serde_json::to_string(&sample()).unwrap();
        assert!(link.len() < json.len(), "{} >= {}", link.len(), json.len());
    }

    #[test]
    fn base64url_matches_rfc4648_vectors() {
        let cases: &[(&[u8], &str)] = &[
            (b"", ""),
            (b"f", "Zg"),
            (b"fo", "Zm8"),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg"),
            (b"fooba", "Zm9vYmE"),
            (b"foobar", "Zm9vYmFy"),
            (&[0xfb, 0xff], "-_8"),
            (&[0xff, 0xff, 0xff], "____"),
            (&[0, 0, 0], "AAAA"),
        ];
        for (bytes, text) in cases {
            let mut out = String::new();
            base64url_encode(bytes, &mut out);
            assert_eq!(out, *text, "encode {bytes:?}");
            assert_eq!(
                base64url_decode(text).as_deref(),
                Ok(*bytes),
                "decode {text}"
            );
        }
    }

    #[test]
    fn base64url_round_trips_every_length() {
        let bytes: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
        for len in 0..bytes.len() {
            let mut out = String::new();
            base64url_encode(&bytes[..len], &mut out);
            assert_eq!(base64url_decode(&out).as_deref(), Ok(&bytes[..len]));
        }
    }

    #[test]
    fn bad_links_get_typed_errors() {
        let good = encode(&sample());
        let cut = &good[..good.len() * 2 / 3];
        let cut = &cut[..cut.len() - cut.len() % 4]; // a length base64 allows: the inflater sees the cut
        let json_not_ws = {
            let mut s = String::from(PREFIX);
            base64url_encode(
                &miniz_oxide::deflate::compress_to_vec_zlib(b"{\"x\":1}", 6),
                &mut s,
            );
            s
        };
        let raw_text = {
            let mut s = String::from(PREFIX);
            base64url_encode(b"hello, not compressed", &mut s);
            s
        };
        let cases: &[(&str, ShareError)] = &[
            ("", ShareError::Foreign),
            ("#", ShareError::Foreign),
            ("#section-2", ShareError::Foreign),
            ("https://example.org/", ShareError::Foreign),
            ("t.abc", ShareError::Foreign),
            ("tx.abc", ShareError::Foreign),
            ("T1.eJw", ShareError::Foreign),
            ("t2.eJwDAAAAAAE", ShareError::Version("2".into())),
            ("#t10.eJw", ShareError::Version("10".into())),
            ("t1.", ShareError::Truncated),
            ("#t1.  ", ShareError::Truncated),
            ("t1.A", ShareError::Truncated),
            ("t1.eJw=", ShareError::Truncated), // trailing punctuation is not the link's
            ("t1.eJ=w", ShareError::Encoding),
            ("t1.eJ+w", ShareError::Encoding),
            ("t1.eJ/w", ShareError::Encoding),
            ("t1.eJ w", ShareError::Encoding),
            ("t1.ZmY", ShareError::Damaged),
            ("t1.Zh", ShareError::Damaged), // non-zero unused bits
            ("t1.garbage", ShareError::Damaged),
            (&raw_text, ShareError::Damaged),
            (cut, ShareError::Truncated),
            (
                &json_not_ws,
                ShareError::Invalid("missing field `articles` at line 1 column 7".into()),
            ),
        ];
        for (link, want) in cases {
            assert_eq!(decode(link).as_ref(), Err(want), "link {link:?}");
        }
    }

    #[test]
    fn checksum_catches_a_changed_letter() {
        // A flipped bit inside a literal can still inflate: the Adler-32 check catches it.
        let ws = Workspace {
            articles: vec![Article {
                id: 1,
                text: "a".repeat(40),
                ..Default::default()
            }],
            ..Default::default()
        };
        let json = serde_json::to_vec(&PayloadOut {
            articles: &ws.articles,
            separated: &[],
        })
        .unwrap();
        let mut packed = miniz_oxide::deflate::compress_to_vec_zlib(&json, 0); // stored block
        let at = packed.len() / 2;
        packed[at] ^= 0x01;
        let mut link = String::from(PREFIX);
        base64url_encode(&packed, &mut link);
        assert_eq!(decode(&link), Err(ShareError::Damaged));
    }

    #[test]
    fn decompression_bomb_is_refused() {
        let bomb = vec![b' '; MAX_INFLATED + 1];
        let mut link = String::from(PREFIX);
        base64url_encode(
            &miniz_oxide::deflate::compress_to_vec_zlib(&bomb, 1),
            &mut link,
        );
        assert!(link.len() < 200_000, "{}", link.len());
        assert_eq!(decode(&link), Err(ShareError::TooLarge));
    }

    #[test]
    fn workspaces_the_app_cannot_show_are_refused() {
        let pack = |ws: &Workspace| {
            let json = serde_json::to_vec(&PayloadOut {
                articles: &ws.articles,
                separated: &ws.separated,
            })
            .unwrap();
            let mut s = String::from(PREFIX);
            base64url_encode(
                &miniz_oxide::deflate::compress_to_vec_zlib(&json, 6),
                &mut s,
            );
            s
        };
        let with = |start, end| {
            let mut ws = sample();
            ws.articles[0].corrections = vec![Correction::Add {
                figure: figure(Kind::Killed, 1, start, end, "x"),
            }];
            ws
        };
        let dash = sample().articles[0].text.find('—').unwrap();
        let len = sample().articles[0].text.len();
        let duplicate = {
            let mut ws = sample();
            ws.articles[1].id = 1;
            ws
        };
        let past_end = format!("article 1: evidence 0..{} is outside the text", len + 1);
        let cases: &[(Workspace, &str)] = &[
            (with(5, 3), "article 1: evidence 5..3 is outside the text"),
            (with(0, len + 1), &past_end),
            (with(dash + 1, dash + 2), "splits a character"),
            (duplicate, "article id 1 appears twice"),
        ];
        for (ws, why) in cases {
            match decode(&pack(ws)) {
                Err(ShareError::Invalid(got)) => assert!(got.contains(why), "{got} !~ {why}"),
                other => panic!("{why}: got {other:?}"),
            }
        }
        assert_eq!(decode(&pack(&with(0, len))), Ok(with(0, len)));
    }

    /// A tiny deterministic generator (xorshift64*), so failures reproduce.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    #[test]
    fn mutated_links_never_panic_and_never_yield_bad_work() {
        let good = encode(&sample());
        let original = decode(&good).unwrap();
        let chars: Vec<u8> = (0..=127u8).collect();
        let mut rng = Rng(0x7A11_7A11_0000_0001);
        let (mut refused, mut same) = (0, 0);
        for round in 0..1000 {
            let mut link = good.clone().into_bytes();
            for _ in 0..=rng.below(3) {
                match rng.below(4) {
                    0 | 1 if link.is_empty() => {}
                    0 => {
                        let at = rng.below(link.len());
                        link[at] ^= 1 << rng.below(7); // stays ASCII, so stays a str
                    }
                    1 => link.truncate(rng.below(link.len())),
                    2 => {
                        let at = rng.below(link.len() + 1);
                        link.insert(at, chars[rng.below(chars.len())]);
                    }
                    _ => {
                        if !link.is_empty() {
                            link.remove(rng.below(link.len()));
                        }
                    }
                }
            }
            let link = String::from_utf8(link).unwrap();
            match decode(&link) {
                Err(_) => refused += 1,
                Ok(ws) => {
                    assert_eq!(check(&ws), Ok(()), "round {round}: {link}");
                    same += usize::from(ws == original);
                }
            }
        }
        // Nearly every change is caught; the rest (e.g. a changed character outside the
        // data) decode to the very same work.
        assert!(refused >= 990, "only {refused} of 1000 refused");
        assert_eq!(
            refused + same,
            1000,
            "a mutated link changed the work silently"
        );
    }
}
