//! Benchmark of a collection of 500 articles (5 MB of text): adding one, switching between
//! articles, redrawing the timeline, exporting and importing, each timed natively.
//!
//! ```text
//! cargo bench --bench collection                   # 500 articles of 10 KB
//! TALLY_BENCH_ARTICLES=2000 cargo bench --bench collection
//! ```
//!
//! It prints one line per measurement, `bench: collection NAME ... ms`, the median of several
//! runs. The goal (issue 5) is under 100 ms for adding, switching and redrawing.

use std::hint::black_box;
use std::time::{Duration, Instant};

use tally::workspace::analysis::Analysis;
use tally::workspace::export;
use tally::workspace::repeats::Repeats;
use tally::workspace::timeline::{Bucket, Timeline};
use tally::workspace::{Article, Workspace};

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

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const PLACES: &[&str] = &[
    "Tank", "Kalat", "Awaran", "Mohmand", "Panjgur", "Hangu", "Kohat",
];
const SIDES: &[&str] = &[
    "militants",
    "soldiers",
    "civilians",
    "policemen",
    "insurgents",
];
const FILLER: &[&str] = &[
    "Officials said the area had been cordoned off while a search continued.",
    "Residents described hearing gunfire through the night before the roads were reopened.",
    "The provincial government announced compensation for the families of the victims.",
    "Analysts noted that violence in the district has risen over the past year.",
    "A spokesman said further details would be shared once the operation concluded.",
    "Traders kept their shops closed in protest and demanded better protection.",
];

/// One article of about `size` bytes dated `day` of 2024 (0-based), in our own words.
fn article(rng: &mut Rng, id: u64, day: u64, size: usize) -> Article {
    let month = day / 28 + 1;
    let dom = day % 28 + 1;
    let place = rng.pick(PLACES);
    let killed = rng.below(20) + 1;
    let mut text = format!(
        "date 2024-{month:02}-{dom:02}\nSecurity forces kill {killed} {} in {place}\n\n",
        rng.pick(SIDES)
    );
    text.push_str(&format!(
        "Security forces killed {killed} {} in an operation in {place} on Monday, officials said. \
         At least {} {} were injured and {} suspects were arrested. \
         The forces carried out {} raids in the district this month, about {} a day.\n\n",
        rng.pick(SIDES),
        rng.below(9) + 1,
        rng.pick(SIDES),
        rng.below(30) + 1,
        rng.below(90) + 10,
        rng.below(5) + 1,
    ));
    while text.len() < size {
        text.push_str(rng.pick(FILLER));
        text.push(' ');
        if rng.below(8) == 0 {
            text.push_str(&format!(
                "In a separate incident, {} {} were abducted near {}.\n\n",
                rng.below(6) + 2,
                rng.pick(SIDES),
                rng.pick(PLACES)
            ));
        }
    }
    Article {
        id,
        text,
        published: None,
        corrections: Vec::new(),
    }
}

/// The median of `runs` timings of `f`.
fn time(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn report(name: &str, d: Duration) {
    println!("bench: collection {name} {:.2} ms", d.as_secs_f64() * 1e3);
}

fn main() {
    let n: u64 = std::env::var("TALLY_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500);
    let mut rng = Rng(0x007A_11E5);
    let mut ws = Workspace::default();
    for id in 1..=n {
        let day = rng.below(300);
        ws.articles.push(article(&mut rng, id, day, 10_000));
    }
    let bytes: usize = ws.articles.iter().map(|a| a.text.len()).sum();
    println!(
        "bench: collection of {n} articles, {:.1} MB of text",
        bytes as f64 / 1e6
    );

    let mut analysis = Analysis::new();
    let start = Instant::now();
    analysis.refresh(&ws);
    let repeats = Repeats::find(&analysis, &ws.separated);
    let timeline = Timeline::build(&analysis, &repeats, None);
    report(
        "first read (extract all, repeats, timeline)",
        start.elapsed(),
    );
    let figures: usize = analysis.views().map(|v| v.readings.len()).sum();
    println!(
        "bench: collection {figures} figures, {} groups of repeats, {} bars by {}",
        repeats.groups.len(),
        timeline.starts.len(),
        timeline.bucket.as_str()
    );

    // Adding an article: extract it, then repeats and the timeline over the whole collection.
    let mut next = n + 1;
    let add = time(9, || {
        let day = rng.below(300);
        ws.articles.push(article(&mut rng, next, day, 10_000));
        next += 1;
        analysis.refresh(&ws);
        let r = Repeats::find(&analysis, &ws.separated);
        black_box(Timeline::build(&analysis, &r, None));
    });
    report("add one article (extract, repeats, timeline)", add);

    // Switching: the memo is fresh, so selecting another article re-extracts nothing.
    let mut pick = 1;
    let switch = time(9, || {
        analysis.refresh(&ws);
        pick = pick % n + 1;
        black_box(analysis.view(pick).map(|v| v.readings.len()));
    });
    assert_eq!(analysis.extracted_last, 0);
    report("switch article (refresh memo, select)", switch);

    // Editing one article's date: corrections and dates are reapplied, nothing re-extracted.
    let edit = time(9, || {
        let a = &mut ws.articles[7];
        a.published = Some(
            if a.published.is_some() {
                "2024-05-01"
            } else {
                "2024-05-02"
            }
            .into(),
        );
        analysis.refresh(&ws);
        let r = Repeats::find(&analysis, &ws.separated);
        black_box(Timeline::build(&analysis, &r, None));
    });
    report("change a date (refresh, repeats, timeline)", edit);

    let repeats = Repeats::find(&analysis, &ws.separated);
    for bucket in Bucket::ALL {
        let redraw = time(9, || {
            black_box(Timeline::build(&analysis, &repeats, Some(bucket)));
        });
        report(&format!("redraw timeline by {}", bucket.as_str()), redraw);
    }
    let find = time(9, || {
        black_box(Repeats::find(&analysis, &ws.separated));
    });
    report("find repeats", find);

    let csv = time(3, || {
        black_box(export::csv(&analysis, &repeats));
    });
    report("export CSV", csv);
    let mut json = String::new();
    let to_json = time(3, || {
        json = export::to_json(&ws, &analysis, &repeats);
    });
    report(
        &format!("export JSON ({:.1} MB)", json.len() as f64 / 1e6),
        to_json,
    );
    let import = time(3, || {
        black_box(export::from_json(&json).ok());
    });
    report("import JSON", import);
}
