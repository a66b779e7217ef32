//! The native command line `tally`: reads article text, writes the JSON of `shared/FIGURES.md`.
//!
//! Three ways in, one core:
//!
//! ```text
//! tally extract                  one article on stdin    -> one document JSON
//! tally extract FILE...          one article per file    -> one line per file, with "file"
//! tally extract --jsonl          {"id","text"} per line  -> {"id","published","figures"} per line
//! ```
//!
//! Files and JSONL lines go through [`ordered_pipeline`]: a reader thread cuts the input into
//! batches, worker threads (one per core) extract, and the calling thread writes the results in
//! input order. A fixed number of permits bounds the batches in flight, so memory stays bounded
//! however large the input.
//!
//! Bad input never stops the run: an invalid line or file gets an error on stderr and an error
//! object in its place in the output (so ids stay aligned); the others go on, and the exit code
//! says that something was skipped.

use std::collections::BTreeMap;
use std::io::{BufRead, Read, Write};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use serde::{Deserialize, Serialize};

use crate::extract::{self, Document, Figure};

const USAGE: &str = "\
usage: tally extract [--stats] [--threads N]            < article.txt
       tally extract [--stats] [--threads N] FILE...
       tally extract [--stats] [--threads N] --jsonl   < articles.jsonl
       tally --help

Finds the figures a news article states (operations, attacks, killed, injured, arrested,
surrendered, kidnapped, rescued) and prints them as JSON (see FIGURES.md).

  (no FILE)      read one article on standard input, print its document JSON
  FILE...        read each file as one article; print one JSON line per file,
                 the document with a \"file\" key naming the file
  --jsonl        read lines {\"id\": ..., \"text\": \"...\"} on standard input; print lines
                 {\"id\", \"published\", \"figures\"} in input order, using all cores
  --threads N    worker threads for FILE... and --jsonl (default: all cores)
  --stats        print bytes, time, MB/s and peak memory to standard error
  -h, --help     print this help

A line or file that cannot be read (invalid UTF-8, not JSON, no \"text\") gets an error on
standard error naming its line number or file, and an object {\"line\": N, \"error\": \"...\"}
(or {\"file\": ..., \"error\": ...}) in its place in the output; the rest goes on.

Exit status: 0 all input read; 2 some input was invalid (or bad usage); 1 an I/O error.";

/// Runs the command line with its arguments (without the program name); returns the exit code.
pub fn main(args: Vec<String>) -> i32 {
    match args.first().map(String::as_str) {
        Some("extract") => match Options::parse(&args[1..]) {
            Ok(opts) if opts.help => {
                println!("{USAGE}");
                0
            }
            Ok(opts) => run(&opts),
            Err(msg) => usage_error(&msg),
        },
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            0
        }
        Some(other) => usage_error(&format!("unknown command '{other}'")),
        None => usage_error("no command given"),
    }
}

fn usage_error(msg: &str) -> i32 {
    eprintln!("tally: {msg}\n\n{USAGE}");
    2
}

/// The parsed options of `tally extract`.
#[derive(Debug, Default)]
struct Options {
    jsonl: bool,
    stats: bool,
    help: bool,
    threads: Option<usize>,
    files: Vec<String>,
}

impl Options {
    fn parse(args: &[String]) -> Result<Options, String> {
        let mut opts = Options::default();
        let mut it = args.iter();
        let mut only_files = false;
        while let Some(arg) = it.next() {
            if only_files || arg == "-" || !arg.starts_with('-') {
                opts.files.push(arg.clone());
                continue;
            }
            match arg.as_str() {
                "--" => only_files = true,
                "--jsonl" => opts.jsonl = true,
                "--stats" => opts.stats = true,
                "-h" | "--help" => opts.help = true,
                "--threads" | "-j" => {
                    let n = it.next().ok_or("--threads needs a number")?;
                    opts.threads = Some(parse_threads(n)?);
                }
                _ => match arg.strip_prefix("--threads=") {
                    Some(n) => opts.threads = Some(parse_threads(n)?),
                    None => return Err(format!("unknown option '{arg}'")),
                },
            }
        }
        if opts.jsonl && !opts.files.is_empty() {
            return Err("--jsonl reads standard input; it takes no FILE".into());
        }
        Ok(opts)
    }

    fn threads(&self) -> usize {
        self.threads.unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        })
    }
}

fn parse_threads(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if (1..=1024).contains(&n) => Ok(n),
        _ => Err(format!(
            "--threads wants a number from 1 to 1024, not '{s}'"
        )),
    }
}

/// What a run read, for `--stats` and the exit code.
#[derive(Debug, Default)]
struct Totals {
    bytes: u64,
    items: u64,
    figures: u64,
    bad: u64,
}

fn run(opts: &Options) -> i32 {
    let started = Instant::now();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let result = if opts.jsonl {
        extract_jsonl(opts.threads(), &mut out)
    } else if opts.files.is_empty() {
        extract_stdin(&mut out)
    } else {
        extract_files(&opts.files, opts.threads(), &mut out)
    };
    let result = result.and_then(|totals| out.flush().map(|()| totals));
    match result {
        Ok(totals) => {
            if opts.stats {
                print_stats(&totals, started);
            }
            if totals.bad > 0 {
                2
            } else {
                0
            }
        }
        // A reader that went away (`| head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!("tally: {e}");
            1
        }
    }
}

fn print_stats(t: &Totals, started: Instant) {
    let secs = started.elapsed().as_secs_f64();
    let mb = t.bytes as f64 / 1e6;
    let peak = peak_memory_kib()
        .map(|k| format!("{:.1} MiB", k as f64 / 1024.0))
        .unwrap_or_else(|| "unknown".into());
    // CPU time makes the throughput comparable on a busy machine, where wall time is not.
    let cpu = cpu_seconds()
        .map(|c| format!(", cpu {c:.3} s ({:.1} MB per cpu-second)", mb / c.max(1e-9)))
        .unwrap_or_default();
    eprintln!(
        "tally: {} items, {:.1} MB in {:.3} s ({:.1} MB/s){cpu}, {} figures, {} bad, peak memory {}",
        t.items,
        mb,
        secs,
        if secs > 0.0 { mb / secs } else { 0.0 },
        t.figures,
        t.bad,
        peak
    );
}

/// User plus system CPU time of this process so far, from `/proc/self/stat`, on Linux.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may contain spaces) start at ") ".
    let rest = &stat[stat.rfind(')')? + 2..];
    let mut fields = rest.split_whitespace();
    let utime: u64 = fields.nth(11)?.parse().ok()?;
    let stime: u64 = fields.next()?.parse().ok()?;
    // Linux reports clock ticks, 100 per second on every mainstream configuration.
    Some((utime + stime) as f64 / 100.0)
}

/// The peak resident memory of this process in KiB (`VmHWM` of `/proc/self/status`), on Linux.
fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// One article on standard input, one document JSON out.
fn extract_stdin(out: &mut impl Write) -> std::io::Result<Totals> {
    let mut bytes = Vec::new();
    std::io::stdin().lock().read_to_end(&mut bytes)?;
    let mut totals = Totals {
        bytes: bytes.len() as u64,
        items: 1,
        ..Totals::default()
    };
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t,
        Err(e) => {
            eprintln!(
                "tally: standard input is not UTF-8 text: invalid byte at offset {}",
                e.valid_up_to()
            );
            totals.bad = 1;
            return Ok(totals);
        }
    };
    let doc = extract::extract(text);
    totals.figures = doc.figures.len() as u64;
    serde_json::to_writer(&mut *out, &doc)?;
    writeln!(out)?;
    Ok(totals)
}

/// What one worker made of one batch: output lines, messages for stderr, and counts.
#[derive(Debug, Default)]
struct Done {
    out: Vec<u8>,
    errors: Vec<String>,
    totals: Totals,
}

/// A document with the name of the file it came from, first.
#[derive(Serialize)]
struct FileDocument<'a> {
    file: &'a str,
    #[serde(flatten)]
    doc: &'a Document,
}

#[derive(Serialize)]
struct FileError<'a> {
    file: &'a str,
    error: &'a str,
}

/// Each file one article, one JSON line per file in argument order.
fn extract_files(
    files: &[String],
    threads: usize,
    out: &mut impl Write,
) -> std::io::Result<Totals> {
    let produce = |send: &mut dyn FnMut(String) -> bool| {
        for f in files {
            if !send(f.clone()) {
                break;
            }
        }
    };
    ordered_pipeline(produce, extract_file, threads, out)
}

fn extract_file(name: String) -> Done {
    let name = name.as_str();
    let mut done = Done::default();
    done.totals.items = 1;
    let read = if name == "-" {
        let mut b = Vec::new();
        std::io::stdin().lock().read_to_end(&mut b).map(|_| b)
    } else {
        std::fs::read(name)
    };
    let text = match read {
        Err(e) => Err(format!("cannot read: {e}")),
        Ok(bytes) => {
            done.totals.bytes = bytes.len() as u64;
            String::from_utf8(bytes).map_err(|e| {
                format!(
                    "not UTF-8 text: invalid byte at offset {}",
                    e.utf8_error().valid_up_to()
                )
            })
        }
    };
    match text {
        Ok(text) => {
            let doc = extract::extract(&text);
            done.totals.figures = doc.figures.len() as u64;
            let line = FileDocument {
                file: name,
                doc: &doc,
            };
            write_json_line(&mut done.out, &line);
        }
        Err(msg) => {
            done.totals.bad = 1;
            done.errors.push(format!("tally: {name}: {msg}"));
            let line = FileError {
                file: name,
                error: &msg,
            };
            write_json_line(&mut done.out, &line);
        }
    }
    done
}

fn write_json_line(out: &mut Vec<u8>, value: &impl Serialize) {
    // Serialising our own types into a Vec cannot fail; keep the line even if it somehow did.
    let _ = serde_json::to_writer(&mut *out, value);
    out.push(b'\n');
}

/// One input line of `--jsonl`.
#[derive(Deserialize)]
struct InLine {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
}

/// One output line of `--jsonl`.
#[derive(Serialize)]
struct OutLine<'a> {
    id: &'a serde_json::Value,
    published: &'a Option<String>,
    figures: &'a [Figure],
}

#[derive(Serialize)]
struct LineError<'a> {
    line: u64,
    error: &'a str,
}

/// Input lines handed to one worker at once: their first line number, byte offset and bytes.
struct LineBatch {
    first_line: u64,
    offsets: Vec<u64>,
    lines: Vec<Vec<u8>>,
}

/// A batch closes at this many bytes or lines, whichever comes first. 128 KB keeps a batch's
/// output (about three times its input) small enough for the allocator to reuse its pages:
/// at 512 KB every batch took fresh pages from the kernel, and zeroing them cost a fifth of
/// the run.
const BATCH_BYTES: usize = 1 << 17;
const BATCH_LINES: usize = 512;

/// `{"id","text"}` lines in, `{"id","published","figures"}` lines out, in order, on all cores.
fn extract_jsonl(threads: usize, out: &mut impl Write) -> std::io::Result<Totals> {
    let read_error: Mutex<Option<std::io::Error>> = Mutex::new(None);
    let produce = |send: &mut dyn FnMut(LineBatch) -> bool| {
        let stdin = std::io::stdin();
        let mut input = std::io::BufReader::with_capacity(1 << 16, stdin.lock());
        let (mut line_no, mut offset) = (0u64, 0u64);
        let mut batch = LineBatch::new(1);
        let mut batch_bytes = 0;
        loop {
            let mut line = Vec::new();
            match input.read_until(b'\n', &mut line) {
                Ok(0) => break,
                Ok(n) => {
                    line_no += 1;
                    batch.offsets.push(offset);
                    offset += n as u64;
                    batch_bytes += n;
                    batch.lines.push(line);
                    if batch_bytes >= BATCH_BYTES || batch.lines.len() >= BATCH_LINES {
                        let full = std::mem::replace(&mut batch, LineBatch::new(line_no + 1));
                        batch_bytes = 0;
                        if !send(full) {
                            return;
                        }
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    *read_error.lock().unwrap_or_else(|p| p.into_inner()) = Some(e);
                    break;
                }
            }
        }
        if !batch.lines.is_empty() {
            send(batch);
        }
    };
    let totals = ordered_pipeline(produce, extract_batch, threads, out)?;
    match read_error.into_inner().unwrap_or_else(|p| p.into_inner()) {
        Some(e) => Err(std::io::Error::new(
            e.kind(),
            format!("cannot read standard input: {e}"),
        )),
        None => Ok(totals),
    }
}

impl LineBatch {
    fn new(first_line: u64) -> LineBatch {
        LineBatch {
            first_line,
            offsets: Vec::new(),
            lines: Vec::new(),
        }
    }
}

fn extract_batch(batch: LineBatch) -> Done {
    let mut done = Done::default();
    for (i, (bytes, offset)) in batch.lines.iter().zip(&batch.offsets).enumerate() {
        let line_no = batch.first_line + i as u64;
        done.totals.bytes += bytes.len() as u64;
        let body = trim_line_end(bytes);
        if body.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        done.totals.items += 1;
        match extract_line(body, *offset, &mut done.out) {
            Ok(figures) => done.totals.figures += figures,
            Err(msg) => {
                done.totals.bad += 1;
                done.errors.push(format!("tally: line {line_no}: {msg}"));
                let err = LineError {
                    line: line_no,
                    error: &msg,
                };
                write_json_line(&mut done.out, &err);
            }
        }
    }
    done
}

fn trim_line_end(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// Extracts one JSONL line: writes its output line to `out` and returns its number of figures,
/// or says what is wrong with it (and writes nothing).
fn extract_line(body: &[u8], offset: u64, out: &mut Vec<u8>) -> Result<u64, String> {
    if let Err(e) = std::str::from_utf8(body) {
        let at = e.valid_up_to();
        return Err(format!(
            "not UTF-8 text: invalid byte at offset {at} of the line (offset {} of the input)",
            offset + at as u64
        ));
    }
    let input: InLine = serde_json::from_slice(body).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => format!("not an {{\"id\", \"text\"}} object: {e}"),
        _ => format!("not valid JSON: {e}"),
    })?;
    let doc = extract::extract(&input.text);
    let line = OutLine {
        id: &input.id,
        published: &doc.published,
        figures: &doc.figures,
    };
    write_json_line(out, &line);
    Ok(doc.figures.len() as u64)
}

/// Runs `work` over the jobs that `produce` sends, on `threads` workers, and writes the results to
/// `out` in the order the jobs were sent, with their errors on stderr.
///
/// `produce` runs on its own thread; its `send` returns false when the run is over (the writer
/// failed), and it should then stop. At most `4 * threads` jobs are in flight (sent but not yet
/// written), whatever the speed of each, so memory is bounded by the size of the jobs.
fn ordered_pipeline<J, P, W>(
    produce: P,
    work: W,
    threads: usize,
    out: &mut impl Write,
) -> std::io::Result<Totals>
where
    J: Send,
    P: FnOnce(&mut dyn FnMut(J) -> bool) + Send,
    W: Fn(J) -> Done + Sync,
{
    let threads = threads.max(1);
    let in_flight = threads * 4;
    let (permit_tx, permit_rx) = sync_channel::<()>(in_flight);
    for _ in 0..in_flight {
        // The channel has room for every permit.
        let _ = permit_tx.send(());
    }
    let (job_tx, job_rx) = sync_channel::<(u64, J)>(in_flight);
    let (done_tx, done_rx) = sync_channel::<(u64, Done)>(in_flight);
    let job_rx = Arc::new(Mutex::new(job_rx));
    let work = &work;

    std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut seq = 0u64;
            let mut send = |job: J| -> bool {
                if permit_rx.recv().is_err() {
                    return false;
                }
                let sent = job_tx.send((seq, job)).is_ok();
                seq += 1;
                sent
            };
            produce(&mut send);
        });
        for _ in 0..threads {
            let job_rx = Arc::clone(&job_rx);
            let done_tx = done_tx.clone();
            scope.spawn(move || {
                while let Some((seq, job)) = next_job(&job_rx) {
                    if done_tx.send((seq, work(job))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done_tx);
        drop(job_rx);
        write_in_order(done_rx, permit_tx, out)
    })
}

fn next_job<J>(jobs: &Mutex<Receiver<(u64, J)>>) -> Option<(u64, J)> {
    jobs.lock().ok()?.recv().ok()
}

/// Writes results in sequence order, giving back one permit per result written.
fn write_in_order(
    done_rx: Receiver<(u64, Done)>,
    permit_tx: std::sync::mpsc::SyncSender<()>,
    out: &mut impl Write,
) -> std::io::Result<Totals> {
    let mut waiting = BTreeMap::new();
    let mut next = 0u64;
    let mut totals = Totals::default();
    let stderr = std::io::stderr();
    for (seq, done) in done_rx {
        waiting.insert(seq, done);
        while let Some(done) = waiting.remove(&next) {
            out.write_all(&done.out)?;
            if !done.errors.is_empty() {
                let mut err = stderr.lock();
                for e in &done.errors {
                    let _ = writeln!(err, "{e}");
                }
            }
            totals.bytes += done.totals.bytes;
            totals.items += done.totals.items;
            totals.figures += done.totals.figures;
            totals.bad += done.totals.bad;
            next += 1;
            let _ = permit_tx.send(());
        }
    }
    Ok(totals)
}
