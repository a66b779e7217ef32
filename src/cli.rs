//! The native command line `tally`: reads article text, writes the JSON of `shared/FIGURES.md`.

use std::io::{Read, Write};

use crate::extract;

const USAGE: &str = "usage: tally extract [FILE...]\n\n\
Reads one article on standard input (or each FILE) and prints the figures it states as JSON.";

/// Runs the command line with its arguments (without the program name); returns the exit code.
pub fn main(args: Vec<String>) -> i32 {
    match args.first().map(String::as_str) {
        Some("extract") => extract_stdin(),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            0
        }
        _ => {
            eprintln!("{USAGE}");
            2
        }
    }
}

fn extract_stdin() -> i32 {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
        eprintln!("tally: cannot read standard input: {e}");
        return 1;
    }
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t,
        Err(e) => {
            eprintln!(
                "tally: standard input is not UTF-8 text: invalid byte at offset {}",
                e.valid_up_to()
            );
            return 2;
        }
    };
    let doc = extract::extract(text);
    let mut out = std::io::stdout().lock();
    let written = serde_json::to_writer(&mut out, &doc)
        .map_err(std::io::Error::from)
        .and_then(|()| writeln!(out));
    if let Err(e) = written {
        eprintln!("tally: cannot write output: {e}");
        return 1;
    }
    0
}
