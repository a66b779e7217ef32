//! Entry point: on wasm it mounts the app; natively it runs the `tally` command line.

#[cfg(target_arch = "wasm32")]
fn main() {
    tally::app::mount();
}

/// The native allocator: faster than the system's for the many small strings of figures.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(tally::cli::main(std::env::args().skip(1).collect()));
}
