//! Tally: the extraction core (native and wasm), the command line (native) and the app (wasm).

pub mod extract;
pub mod sort;
pub mod workspace;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod app;
