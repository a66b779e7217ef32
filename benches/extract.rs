//! Benchmark of the extraction core on one core: MB/s of `extract` over a generated corpus of
//! article-like text (fixed seed, so every run measures the same bytes).
//!
//! ```text
//! cargo bench --bench extract                      # 24 MB of articles, one call per article
//! TALLY_BENCH_MB=100 cargo bench --bench extract   # a bigger corpus
//! TALLY_BENCH_ARTICLES=a.jsonl cargo bench --bench extract
//!                                                  # your own articles: {"text"} lines, as the
//!                                                  # command line's --jsonl reads
//! TALLY_BENCH_JSONL=/tmp/a.jsonl TALLY_BENCH_JSONL_MB=200 cargo bench --bench extract
//!                                                  # write {"id","text"} lines for the CLI bench
//! ```
//!
//! It prints one line per measurement, `bench: NAME ... MB/s`, which `scripts/bench.sh` collects.

use std::hint::black_box;
use std::io::Write;
use std::time::Instant;

use tally::extract::extract;

/// The allocator of the `tally` command line, so the bench measures what it runs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A small deterministic random number generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const PLACES: &[&str] = &[
    "North Waziristan",
    "Khyber district",
    "Kech",
    "Zhob",
    "Borno state",
    "Zamfara",
    "Lower Shabelle",
    "Cabo Delgado",
    "Kulgam",
    "Bijapur",
    "Deir ez-Zor",
    "Arauca",
    "the Sahel border area",
    "Kunar province",
];

const SOURCES: &[&str] = &[
    "the military's media wing said",
    "police officials said",
    "a spokesman for the provincial government told reporters",
    "according to a statement issued on Sunday",
    "local residents said",
    "the army said in a statement",
    "hospital sources confirmed",
];

const MILITANTS: &[&str] = &[
    "terrorists",
    "militants",
    "khwarij",
    "insurgents",
    "bandits",
    "al-Shabaab fighters",
    "Maoists",
    "gunmen",
];

const FORCES: &[&str] = &[
    "soldiers",
    "policemen",
    "security personnel",
    "Levies personnel",
    "jawans",
    "troops",
];

const CIVILIANS: &[&str] = &[
    "civilians",
    "passengers",
    "villagers",
    "labourers",
    "students",
    "worshippers",
];

const WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twelve",
    "fifteen",
    "twenty",
    "a dozen",
    "several",
    "dozens of",
];

const HEDGES: &[&str] = &[
    "at least ",
    "more than ",
    "about ",
    "nearly ",
    "up to ",
    "as many as ",
    "",
    "",
    "",
];

const FILLER: &[&str] = &[
    "The area was cordoned off and a clearance effort was under way to eliminate any remaining threat.",
    "Officials said the situation in the district remained tense but under control.",
    "The provincial chief minister condemned the incident and ordered an inquiry into the security lapse.",
    "Residents said markets and schools remained closed for the day as a precaution.",
    "The group has not claimed responsibility, though suspicion fell on a banned outfit active in the region.",
    "Analysts say the violence has escalated since talks between the government and the group broke down.",
    "Weapons and ammunition were also recovered from the hideout, the statement added.",
    "The government announced compensation for the families of the victims and free treatment for the wounded.",
    "Security was tightened across the province and checkpoints were set up on the main highways.",
    "A senior official, speaking on condition of anonymity, said the attackers had crossed from across the border.",
];

/// A number as reporters write it: digits, grouped digits or a word.
fn number(rng: &mut Rng) -> String {
    match rng.below(6) {
        0 => rng.pick(WORDS).to_string(),
        1 => format!("{},{:03}", 1 + rng.below(90), rng.below(1000)),
        2 => (1 + rng.below(9)).to_string(),
        _ => (1 + rng.below(400)).to_string(),
    }
}

/// One sentence that states figures (or, often, only filler).
fn sentence(rng: &mut Rng, out: &mut String) {
    let place = rng.pick(PLACES);
    let source = rng.pick(SOURCES);
    let (n1, n2) = (number(rng), number(rng));
    let hedge = rng.pick(HEDGES);
    let s = match rng.below(14) {
        0 => format!(
            "Security forces killed {hedge}{n1} {} during an intelligence-based operation in {place}, {source}.",
            rng.pick(MILITANTS)
        ),
        1 => format!(
            "{hedge}{n1} {} were martyred and {n2} others injured when their vehicle was targeted in {place}.",
            rng.pick(FORCES)
        ),
        2 => format!(
            "Police arrested {n1} suspects, including {n2} members of a proscribed outfit, in raids across {place}."
        ),
        3 => format!(
            "Gunmen abducted {hedge}{n1} {} from a village in {place} on Tuesday night, {source}.",
            rng.pick(CIVILIANS)
        ),
        4 => format!(
            "Troops rescued {n1} kidnapped {} and neutralised {n2} {} in the operation.",
            rng.pick(CIVILIANS),
            rng.pick(MILITANTS)
        ),
        5 => format!(
            "In 2024 the forces conducted {},{:03} operations, an average of {} operations per day.",
            10 + rng.below(80),
            rng.below(1000),
            50 + rng.below(200)
        ),
        6 => format!(
            "The province saw {n1} attacks last month, resulting in {n2} fatalities and {} injuries.",
            number(rng)
        ),
        7 => format!(
            "{n1} {} laid down arms before officials in {place}, bringing the year's total to {}.",
            rng.pick(MILITANTS),
            100 + rng.below(900)
        ),
        8 => format!(
            "Of the {n1} killed, {n2} were {}, the report said, adding that Rs {} million was paid in compensation.",
            rng.pick(CIVILIANS),
            1 + rng.below(50)
        ),
        9 => format!(
            "The suspects, aged between {} and {}, were booked under Section {} and sent on {}-day remand.",
            18 + rng.below(10),
            30 + rng.below(20),
            100 + rng.below(400),
            1 + rng.below(14)
        ),
        _ => rng.pick(FILLER).to_string(),
    };
    out.push_str(&s);
}

/// One article: a dateline, a headline and a few paragraphs.
fn article(rng: &mut Rng) -> String {
    let mut a = String::with_capacity(2048);
    a.push_str(&format!(
        " date 2024-{:02}-{:02} ",
        1 + rng.below(12),
        1 + rng.below(28)
    ));
    a.push_str(&format!(
        "{} {} killed in {}\n\n",
        number(rng),
        rng.pick(MILITANTS),
        rng.pick(PLACES)
    ));
    let paragraphs = 2 + rng.below(6);
    for _ in 0..paragraphs {
        let sentences = 1 + rng.below(4);
        for s in 0..sentences {
            if s > 0 {
                a.push(' ');
            }
            sentence(rng, &mut a);
        }
        a.push_str("\n\n");
    }
    a
}

/// Articles totalling at least `bytes`.
fn corpus(bytes: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng(seed);
    let mut out = Vec::new();
    let mut total = 0;
    while total < bytes {
        let a = article(&mut rng);
        total += a.len();
        out.push(a);
    }
    out
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Best of `runs` timings of `f` over `bytes` bytes, in MB/s (the best run has the least noise).
/// Also prints MB per CPU-second of the best run, which a busy machine disturbs less.
fn measure(name: &str, bytes: usize, runs: usize, mut f: impl FnMut() -> usize) -> f64 {
    let mut best = f64::MAX;
    let mut best_cpu = f64::MAX;
    let mut figures = 0;
    for _ in 0..runs {
        let (t, c) = (Instant::now(), cpu_seconds());
        figures = black_box(f());
        best = best.min(t.elapsed().as_secs_f64());
        if let (Some(c0), Some(c1)) = (c, cpu_seconds()) {
            best_cpu = best_cpu.min(c1 - c0);
        }
    }
    let mbs = bytes as f64 / 1e6 / best;
    let cpu = if best_cpu < f64::MAX {
        format!(
            ", {:.1} MB per cpu-second",
            bytes as f64 / 1e6 / best_cpu.max(1e-6)
        )
    } else {
        String::new()
    };
    println!(
        "bench: {name}: {:.1} MB in {:.3} s, {figures} figures, {mbs:.1} MB/s{cpu}",
        bytes as f64 / 1e6,
        best
    );
    mbs
}

/// CPU time of this thread so far: nanoseconds on a CPU from `/proc/thread-self/schedstat`
/// (Linux), else user plus system time of the process from `/proc/self/stat` (100 Hz ticks).
fn cpu_seconds() -> Option<f64> {
    if let Ok(s) = std::fs::read_to_string("/proc/thread-self/schedstat") {
        if let Some(ns) = s
            .split_whitespace()
            .next()
            .and_then(|n| n.parse::<u64>().ok())
        {
            return Some(ns as f64 / 1e9);
        }
    }
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let mut fields = rest.split_whitespace();
    let utime: u64 = fields.nth(11)?.parse().ok()?;
    let stime: u64 = fields.next()?.parse().ok()?;
    Some((utime + stime) as f64 / 100.0)
}

fn write_jsonl(path: &str, mb: usize) -> std::io::Result<()> {
    let file = std::fs::File::create(path)?;
    let mut out = std::io::BufWriter::with_capacity(1 << 20, file);
    let mut rng = Rng(0x7A11_7A11);
    let (mut total, mut id) = (0usize, 0u64);
    while total < mb * 1_000_000 {
        let text = article(&mut rng);
        let line = serde_json::json!({ "id": id, "text": text }).to_string();
        out.write_all(line.as_bytes())?;
        out.write_all(b"\n")?;
        total += line.len() + 1;
        id += 1;
    }
    out.flush()?;
    println!(
        "bench: wrote {id} lines, {:.1} MB to {path}",
        total as f64 / 1e6
    );
    Ok(())
}

/// The `text` of each line of a JSONL file.
fn read_articles(path: &str) -> Result<Vec<String>, String> {
    let data = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    data.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            let v: serde_json::Value =
                serde_json::from_str(l).map_err(|e| format!("line {}: {e}", n + 1))?;
            v["text"]
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| format!("line {}: no \"text\" string", n + 1))
        })
        .collect()
}

fn main() {
    if let Ok(path) = std::env::var("TALLY_BENCH_JSONL") {
        let mb = env_usize("TALLY_BENCH_JSONL_MB", 200);
        if let Err(e) = write_jsonl(&path, mb) {
            eprintln!("bench: cannot write {path}: {e}");
            std::process::exit(1);
        }
        return;
    }
    let mb = env_usize("TALLY_BENCH_MB", 24);
    let runs = env_usize("TALLY_BENCH_RUNS", 3);
    let (articles, source) = match std::env::var("TALLY_BENCH_ARTICLES") {
        Ok(path) => match read_articles(&path) {
            Ok(a) => (a, path),
            Err(e) => {
                eprintln!("bench: cannot read articles from {path}: {e}");
                std::process::exit(1);
            }
        },
        Err(_) => (corpus(mb * 1_000_000, 42), "seed 42".to_string()),
    };
    let bytes: usize = articles.iter().map(String::len).sum();
    println!(
        "bench: corpus of {} articles, {:.1} MB ({source})",
        articles.len(),
        bytes as f64 / 1e6
    );
    // Warm up caches and the allocator once.
    for a in articles.iter().take(200) {
        black_box(extract(a));
    }
    measure("extract per article, one core", bytes, runs, || {
        articles.iter().map(|a| extract(a).figures.len()).sum()
    });
    // One very large paste: the whole 10 MB in a single call, as a user might paste it.
    let mut big = String::with_capacity(10_000_000 + 4096);
    for a in &articles {
        if big.len() >= 10_000_000 {
            break;
        }
        big.push_str(a);
    }
    measure("extract one 10 MB document", big.len(), runs, || {
        extract(&big).figures.len()
    });
}
