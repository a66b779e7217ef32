//! The `tally` command line as a user runs it: the built binary on real files and pipes.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const ARTICLE: &str = "ISLAMABAD: Security forces killed six terrorists in an intelligence-based \
operation in North Waziristan on Tuesday, the ISPR said. Two soldiers were martyred.\n";

/// Runs `tally ARGS` with `stdin` piped in; returns its output.
fn tally(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tally"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the tally binary runs");
    let mut input = child.stdin.take().expect("stdin is piped");
    let stdin = stdin.to_vec();
    // Write from another thread so a large input cannot deadlock against a full stdout pipe.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let out = child.wait_with_output().expect("tally finishes");
    writer.join().expect("the stdin writer finishes");
    out
}

fn stdout_lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {e}: {l}")))
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A fresh folder for one test's files.
fn temp_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// What the library makes of a text, as JSON, to compare with what the binary printed.
fn library_json(text: &str) -> Value {
    serde_json::to_value(tally::extract::extract(text)).expect("document serialises")
}

#[test]
fn stdin_article_prints_one_document() {
    let out = tally(&["extract"], ARTICLE.as_bytes());
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 1);
    assert!(lines[0].get("published").is_some() && lines[0]["figures"].is_array());
    assert_eq!(lines[0], library_json(ARTICLE));
}

#[test]
fn stdin_invalid_utf8_names_the_byte_offset() {
    let out = tally(&["extract"], b"Five killed \xff\xfe here");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("offset 12"),
        "stderr: {}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn files_print_one_line_each_with_the_file_name() {
    let dir = temp_dir("files");
    let a = dir.join("a.txt");
    let b = dir.join("b.txt");
    let bad = dir.join("bad.txt");
    std::fs::write(&a, ARTICLE).unwrap();
    std::fs::write(&b, "Police arrested 15 suspects in Lagos.").unwrap();
    std::fs::write(&bad, b"ok text then \xc3\x28 broken").unwrap();
    let missing = dir.join("missing.txt");
    let names: Vec<String> = [&a, &bad, &missing, &b]
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let args: Vec<&str> = std::iter::once("extract")
        .chain(names.iter().map(String::as_str))
        .collect();
    let out = tally(&args, b"");
    assert_eq!(out.status.code(), Some(2), "a bad file makes exit 2");
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 4, "one line per file, bad ones included");
    for (line, name) in lines.iter().zip(&names) {
        assert_eq!(line["file"], name.as_str());
    }
    assert_eq!(lines[0]["figures"], library_json(ARTICLE)["figures"]);
    assert!(lines[1]["error"].as_str().unwrap().contains("offset 13"));
    assert!(lines[2]["error"].as_str().unwrap().contains("cannot read"));
    assert!(lines[3]["figures"].is_array());
    let err = stderr(&out);
    assert!(
        err.contains("bad.txt") && err.contains("missing.txt"),
        "stderr: {err}"
    );
}

#[test]
fn jsonl_keeps_input_order_over_many_lines() {
    // Lines of very different sizes, so workers finish out of order.
    let mut input = String::new();
    let mut texts = Vec::new();
    for i in 0..3000 {
        let text = match i % 5 {
            0 => ARTICLE.repeat(1 + i % 20),
            1 => format!("Police arrested {i} suspects."),
            2 => String::new(),
            3 => format!(
                "At least {} people were killed and {} injured.",
                i % 97,
                i % 13
            ),
            _ => "No numbers here at all.".to_string(),
        };
        input.push_str(&serde_json::json!({ "id": format!("a{i}"), "text": text }).to_string());
        input.push('\n');
        texts.push(text);
    }
    let expected: Vec<Value> = texts.iter().map(|t| library_json(t)).collect();
    for threads in ["1", "2", "7"] {
        let out = tally(
            &["extract", "--jsonl", "--threads", threads],
            input.as_bytes(),
        );
        assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
        let lines = stdout_lines(&out);
        assert_eq!(lines.len(), texts.len());
        for (i, (line, doc)) in lines.iter().zip(&expected).enumerate() {
            assert_eq!(line["id"], format!("a{i}"), "threads {threads}");
            assert_eq!(line["figures"], doc["figures"], "line {i}");
            assert_eq!(line["published"], doc["published"], "line {i}");
        }
    }
}

#[test]
fn jsonl_bad_lines_get_error_lines_and_the_rest_goes_on() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\": 1, \"text\": \"Two soldiers were injured.\"}\n");
    input.extend_from_slice(b"this is not json\n");
    input.extend_from_slice(b"{\"id\": 3}\n");
    input.extend_from_slice(b"{\"id\": 4, \"text\": \"bad \xff byte\"}\n");
    input.extend_from_slice(b"\n");
    input.extend_from_slice(b"{\"id\": 6, \"text\": \"Gunmen abducted 12 students.\"}\r\n");
    input.extend_from_slice(b"[1, 2]\n");
    input.extend_from_slice(b"{\"id\": \"last\", \"text\": \"\"}");
    let out = tally(&["extract", "--jsonl"], &input);
    assert_eq!(out.status.code(), Some(2));
    let lines = stdout_lines(&out);
    let shape: Vec<String> = lines
        .iter()
        .map(|l| match (l.get("id"), l.get("line")) {
            (Some(id), _) => format!("id {id}"),
            (None, Some(n)) => format!("error at line {n}"),
            _ => panic!("neither id nor line: {l}"),
        })
        .collect();
    assert_eq!(
        shape,
        [
            "id 1",
            "error at line 2",
            "error at line 3",
            "error at line 4",
            "id 6",
            "error at line 7",
            "id \"last\""
        ]
    );
    assert!(lines[3]["error"]
        .as_str()
        .unwrap()
        .contains("offset 23 of the line"));
    let err = stderr(&out);
    for n in [2, 3, 4, 7] {
        assert!(
            err.contains(&format!("line {n}:")),
            "stderr names line {n}: {err}"
        );
    }
    assert!(!err.contains("line 1:") && !err.contains("line 6:"));
}

#[test]
fn jsonl_output_has_exactly_the_contract_keys() {
    let out = tally(
        &["extract", "--jsonl"],
        br#"{"id": {"src": "x", "n": 7}, "text": "date 2024-03-01\nFive militants were killed."}"#,
    );
    assert_eq!(out.status.code(), Some(0));
    let line = &stdout_lines(&out)[0];
    let mut keys: Vec<&str> = line
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(keys, ["figures", "id", "published"]);
    assert_eq!(line["id"], serde_json::json!({"src": "x", "n": 7}));
}

#[test]
fn stats_go_to_stderr_only() {
    let out = tally(
        &["extract", "--jsonl", "--stats"],
        b"{\"id\":1,\"text\":\"x\"}\n",
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout_lines(&out).len(), 1);
    let err = stderr(&out);
    assert!(err.contains("MB/s") && err.contains("peak memory"), "{err}");
}

#[test]
fn help_and_usage_errors() {
    for args in [&["--help"][..], &["extract", "--help"], &["help"]] {
        let out = tally(args, b"");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let help = String::from_utf8_lossy(&out.stdout);
        assert!(help.contains("--jsonl") && help.contains("FILE"), "{help}");
    }
    for args in [
        &[][..],
        &["extract", "--bogus"],
        &["frobnicate"],
        &["extract", "--threads", "zero"],
        &["extract", "--jsonl", "some.file"],
    ] {
        let out = tally(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains("usage:"),
            "{args:?}: {}",
            stderr(&out)
        );
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn jsonl_line_longer_than_a_batch_and_dash_file() {
    // One article of about 650 KB on a single line: larger than a batch, still one output line.
    let text = ARTICLE.repeat(4_000);
    let mut input = serde_json::json!({ "id": "big", "text": text }).to_string();
    input.push_str("\n{\"id\": \"small\", \"text\": \"Nine soldiers were wounded.\"}\n");
    let out = tally(&["extract", "--jsonl", "--threads=2"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "big");
    assert_eq!(lines[0]["figures"], library_json(&text)["figures"]);
    assert_eq!(lines[1]["id"], "small");

    // "-" names standard input among the files.
    let out = tally(&["extract", "-"], ARTICLE.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let lines = stdout_lines(&out);
    assert_eq!(lines[0]["file"], "-");
    assert_eq!(lines[0]["figures"], library_json(ARTICLE)["figures"]);
}

#[test]
fn a_reader_that_goes_away_is_not_an_error() {
    // `tally extract --jsonl | head -1`: the pipe closes early; tally stops quietly.
    let line = serde_json::json!({ "id": 1, "text": ARTICLE }).to_string() + "\n";
    let input = line.repeat(20_000);
    let mut child = Command::new(env!("CARGO_BIN_EXE_tally"))
        .args(["extract", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the tally binary runs");
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let mut first = [0u8; 16];
    let mut stdout = child.stdout.take().unwrap();
    std::io::Read::read_exact(&mut stdout, &mut first).expect("some output");
    drop(stdout);
    let out = child.wait_with_output().expect("tally finishes");
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
}
