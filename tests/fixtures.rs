//! The annotated fixture articles of `tests/fixtures/`: scored the way `shared/eval/score.py`
//! scores the dev set, and compared whole against reviewed snapshots in `tests/snapshots/`.
//!
//! Run `cargo test --test fixtures -- --nocapture` to see every miss and spurious figure.
//! After a deliberate change to the extractor, refresh the snapshots with
//! `UPDATE_SNAPSHOTS=1 cargo test --test fixtures` and review them with `git diff tests/snapshots`.

use std::path::{Path, PathBuf};

use serde_json::Value;
use tally::extract::{extract, Document, Figure};

/// The strict F1 the extractor must keep on the fixtures. Raise it as the extractor improves;
/// never lower it to make a change pass.
const STRICT_F1_FLOOR: f64 = 0.93;

/// Figures with subjects; `operations` and `attacks` have none.
const SUBJECT_KINDS: [&str; 6] = [
    "killed",
    "injured",
    "arrested",
    "surrendered",
    "kidnapped",
    "rescued",
];

/// One annotated article.
struct Fixture {
    name: String,
    text: String,
    published: Option<String>,
    gold: Vec<Gold>,
}

/// One expected figure, as annotated.
struct Gold {
    kind: String,
    subject: Option<String>,
    rate: Option<String>,
    value: u64,
    min: Option<u64>,
    max: Option<u64>,
    vague: bool,
    subset: bool,
    evidence: String,
    /// Byte span of the evidence in the text, found as score.py finds it.
    span: Option<(usize, usize)>,
}

/// The numbers of a figure, gold or predicted, as score.py compares them.
#[derive(Clone, Copy)]
struct Numbers {
    value: u64,
    min: Option<u64>,
    max: Option<u64>,
    vague: bool,
}

impl Numbers {
    /// `[low, high]`, with an open end as 0 or infinity, and no bound at all as the value.
    fn interval(self) -> (u64, u64) {
        let low = self
            .min
            .unwrap_or(if self.max.is_some() { 0 } else { self.value });
        let high = self.max.unwrap_or(if self.min.is_some() {
            u64::MAX
        } else {
            self.value
        });
        (low, high)
    }

    fn is_range(self) -> bool {
        let (lo, hi) = self.interval();
        self.vague || lo != hi
    }

    fn agree(self, other: Numbers) -> bool {
        if self.value == other.value {
            return true;
        }
        if self.is_range() && other.is_range() {
            let ((gl, gh), (pl, ph)) = (self.interval(), other.interval());
            return gl <= ph && pl <= gh;
        }
        false
    }
}

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn snapshots_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots")
}

fn load_fixtures() -> Vec<Fixture> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixtures_dir())
        .expect("tests/fixtures exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths.iter().map(|p| load_fixture(p)).collect()
}

fn load_fixture(path: &Path) -> Fixture {
    let name = path.file_stem().unwrap().to_string_lossy().into_owned();
    let raw = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let json: Value = serde_json::from_str(&raw).unwrap_or_else(|e| panic!("{name}: {e}"));
    let text = json["text"]
        .as_str()
        .unwrap_or_else(|| panic!("{name}: no text"))
        .to_string();
    let str_of = |v: &Value| v.as_str().map(str::to_string);
    let mut gold: Vec<Gold> = json["figures"]
        .as_array()
        .unwrap_or_else(|| panic!("{name}: no figures"))
        .iter()
        .map(|f| Gold {
            kind: str_of(&f["kind"]).unwrap_or_else(|| panic!("{name}: figure without kind")),
            subject: str_of(&f["subject"]),
            rate: str_of(&f["rate"]),
            value: f["value"]
                .as_u64()
                .unwrap_or_else(|| panic!("{name}: value")),
            min: f["min"].as_u64(),
            max: f["max"].as_u64(),
            vague: f["vague"].as_bool().unwrap_or(false),
            subset: f["subset"].as_bool().unwrap_or(false),
            evidence: str_of(&f["evidence"]).unwrap_or_default(),
            span: None,
        })
        .collect();
    locate_evidence(&text, &mut gold);
    Fixture {
        published: str_of(&json["published"]),
        name,
        text,
        gold,
    }
}

/// Finds each evidence after the previous one (else anywhere), as score.py does.
fn locate_evidence(text: &str, gold: &mut [Gold]) {
    let mut start = 0;
    for g in gold.iter_mut().filter(|g| !g.evidence.is_empty()) {
        let at = text[start..]
            .find(&g.evidence)
            .map(|i| i + start)
            .or_else(|| text.find(&g.evidence));
        if let Some(at) = at {
            g.span = Some((at, at + g.evidence.len()));
            start = at;
        }
    }
}

fn gold_numbers(g: &Gold) -> Numbers {
    Numbers {
        value: g.value,
        min: g.min,
        max: g.max,
        vague: g.vague,
    }
}

fn pred_numbers(p: &Figure) -> Numbers {
    Numbers {
        value: p.value,
        min: p.min,
        max: p.max,
        vague: p.vague,
    }
}

fn pred_subject(p: &Figure) -> Option<&'static str> {
    p.subject.map(|s| s.as_str())
}

/// Pairs gold and predicted figures greedily, same subject first, as score.py does.
fn match_figures(gold: &[Gold], pred: &[Figure]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            if g.kind != p.kind.as_str() || g.rate.as_deref() != p.rate.map(|r| r.as_str()) {
                continue;
            }
            if !gold_numbers(g).agree(pred_numbers(p)) {
                continue;
            }
            let same_subject = g.subject.as_deref() == pred_subject(p);
            let overlap = g
                .span
                .is_some_and(|(s, e)| s < p.evidence.end && p.evidence.start < e);
            let score = 2 * usize::from(same_subject) + usize::from(overlap);
            pairs.push((std::cmp::Reverse(score), i, j));
        }
    }
    pairs.sort();
    let (mut used_g, mut used_p) = (vec![false; gold.len()], vec![false; pred.len()]);
    let mut out = Vec::new();
    for (_, i, j) in pairs {
        if used_g[i] || used_p[j] {
            continue;
        }
        used_g[i] = true;
        used_p[j] = true;
        out.push((i, j));
    }
    out
}

fn describe(kind: &str, rate: Option<&str>, n: Numbers, subject: Option<&str>, ev: &str) -> String {
    let (lo, hi) = n.interval();
    let range = if lo == hi {
        String::new()
    } else if hi == u64::MAX {
        format!(" [{lo}..]")
    } else {
        format!(" [{lo}..{hi}]")
    };
    let rate = rate.map(|r| format!("/{r}")).unwrap_or_default();
    let ev: String = ev.chars().take(70).collect();
    format!(
        "{kind}{rate} {}{range} {}  «{ev}»",
        n.value,
        subject.unwrap_or("None")
    )
}

/// Counts over all fixtures, as score.py reports them.
#[derive(Default)]
struct Score {
    gold: usize,
    pred: usize,
    matched: usize,
    strict: usize,
    subject_ok: usize,
    subject_n: usize,
    subset_ok: usize,
    date_ok: usize,
    date_n: usize,
}

impl Score {
    fn f1(&self, tp: usize) -> f64 {
        let p = if self.pred > 0 {
            tp as f64 / self.pred as f64
        } else {
            0.0
        };
        let r = if self.gold > 0 {
            tp as f64 / self.gold as f64
        } else {
            0.0
        };
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
}

fn ratio(x: usize, n: usize) -> f64 {
    if n > 0 {
        x as f64 / n as f64
    } else {
        0.0
    }
}

/// Scores one fixture into `score` and returns its report lines (empty when perfect).
fn score_fixture(fx: &Fixture, doc: &Document, score: &mut Score) -> Vec<String> {
    let pairs = match_figures(&fx.gold, &doc.figures);
    score.gold += fx.gold.len();
    score.pred += doc.figures.len();
    score.matched += pairs.len();
    let mut lines = Vec::new();
    for &(i, j) in &pairs {
        let (g, p) = (&fx.gold[i], &doc.figures[j]);
        let same = g.subject.as_deref() == pred_subject(p);
        let has_subject = SUBJECT_KINDS.contains(&g.kind.as_str());
        score.strict += usize::from(same || !has_subject);
        if has_subject {
            score.subject_n += 1;
            score.subject_ok += usize::from(same);
            if !same {
                lines.push(format!(
                    "   subject  {} -> {}",
                    describe_gold(g),
                    pred_subject(p).unwrap_or("None")
                ));
            }
        }
        score.subset_ok += usize::from(g.subset == p.subset_of.is_some());
    }
    if fx.published.is_some() {
        score.date_n += 1;
        score.date_ok += usize::from(doc.published == fx.published);
    }
    let matched_g: Vec<usize> = pairs.iter().map(|&(i, _)| i).collect();
    let matched_p: Vec<usize> = pairs.iter().map(|&(_, j)| j).collect();
    for (i, g) in fx.gold.iter().enumerate() {
        if !matched_g.contains(&i) {
            lines.push(format!("   missed   {}", describe_gold(g)));
        }
    }
    for (j, p) in doc.figures.iter().enumerate() {
        if !matched_p.contains(&j) {
            let d = describe(
                p.kind.as_str(),
                p.rate.map(|r| r.as_str()),
                pred_numbers(p),
                pred_subject(p),
                &p.evidence.text,
            );
            lines.push(format!("   spurious {d}"));
        }
    }
    lines
}

fn describe_gold(g: &Gold) -> String {
    describe(
        &g.kind,
        g.rate.as_deref(),
        gold_numbers(g),
        g.subject.as_deref(),
        &g.evidence,
    )
}

#[test]
fn fixtures_score_above_the_floor() {
    let fixtures = load_fixtures();
    let mut score = Score::default();
    for fx in &fixtures {
        let doc = extract(&fx.text);
        let before = score.matched;
        let lines = score_fixture(fx, &doc, &mut score);
        println!(
            "== {}: gold {} pred {} matched {}",
            fx.name,
            fx.gold.len(),
            doc.figures.len(),
            score.matched - before
        );
        for l in lines {
            println!("{l}");
        }
    }
    let strict = score.f1(score.strict);
    println!(
        "strict F1 {strict:.3} | F1 {:.3} | subject {:.3} | subset {:.3} | date {:.3} | {} fixtures, {} gold, {} predicted",
        score.f1(score.matched),
        ratio(score.subject_ok, score.subject_n),
        ratio(score.subset_ok, score.matched),
        ratio(score.date_ok, score.date_n),
        fixtures.len(),
        score.gold,
        score.pred
    );
    assert!(
        strict >= STRICT_F1_FLOOR,
        "strict F1 {strict:.3} fell below the floor {STRICT_F1_FLOOR} (run with --nocapture for the misses)"
    );
}

/// The fixtures themselves follow FIGURES.md, so the score above means something.
#[test]
fn fixtures_are_well_formed() {
    let fixtures = load_fixtures();
    assert!(fixtures.len() >= 20, "at least 20 fixtures");
    let kinds = [
        "operations",
        "attacks",
        "killed",
        "injured",
        "arrested",
        "surrendered",
        "kidnapped",
        "rescued",
    ];
    let subjects = ["militants", "security_forces", "civilians", "unspecified"];
    let rates = ["day", "week", "month", "year"];
    for fx in &fixtures {
        let at = |g: &Gold| format!("{}: {} {} «{}»", fx.name, g.kind, g.value, g.evidence);
        if let Some(p) = &fx.published {
            assert!(
                p.len() == 10 && p.as_bytes()[4] == b'-' && p.as_bytes()[7] == b'-',
                "{}: published {p}",
                fx.name
            );
        }
        for g in &fx.gold {
            assert!(kinds.contains(&g.kind.as_str()), "{}", at(g));
            match &g.subject {
                Some(s) => assert!(
                    SUBJECT_KINDS.contains(&g.kind.as_str()) && subjects.contains(&s.as_str()),
                    "{}",
                    at(g)
                ),
                None => assert!(!SUBJECT_KINDS.contains(&g.kind.as_str()), "{}", at(g)),
            }
            if let Some(r) = &g.rate {
                assert!(rates.contains(&r.as_str()), "{}", at(g));
            }
            assert!(g.min.is_none_or(|m| m <= g.value), "{}", at(g));
            assert!(g.max.is_none_or(|m| g.value <= m), "{}", at(g));
            assert!(g.span.is_some(), "evidence not in the text: {}", at(g));
        }
    }
}

#[test]
fn snapshots_match() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v != "0");
    let dir = snapshots_dir();
    if update {
        std::fs::create_dir_all(&dir).expect("create tests/snapshots");
    }
    let mut stale = Vec::new();
    for fx in load_fixtures() {
        let doc = extract(&fx.text);
        let got = serde_json::to_string_pretty(&doc).expect("document serialises") + "\n";
        let path = dir.join(format!("{}.json", fx.name));
        let want = std::fs::read_to_string(&path).ok();
        if want.as_deref() == Some(got.as_str()) {
            continue;
        }
        if update {
            std::fs::write(&path, &got).expect("write snapshot");
            println!("updated {}", path.display());
        } else {
            stale.push(fx.name);
        }
    }
    assert!(
        stale.is_empty(),
        "extractor output differs from tests/snapshots for: {}\n\
         If the change is intended, run `UPDATE_SNAPSHOTS=1 cargo test --test fixtures` \
         and review `git diff tests/snapshots`.",
        stale.join(", ")
    );
}
