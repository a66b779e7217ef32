//! Entry point: on wasm it mounts the app; natively it runs the `tally` command line.

#[cfg(target_arch = "wasm32")]
fn main() {
    tally::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(tally::cli::main(std::env::args().skip(1).collect()));
}
