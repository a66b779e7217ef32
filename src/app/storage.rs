//! Keeping the work across reloads: the workspace in localStorage, saved on every change,
//! packed (zlib, base64: a 5 MB collection fits in the ~5 Mi characters a page gets).
//!
//! A full (or disabled) storage gets a message and nothing on the page is lost: the work stays
//! in memory, and the next change tries again. A stored workspace that cannot be read is kept
//! aside under another key instead of being overwritten.

use gloo::storage::{LocalStorage, Storage};
use leptos::prelude::*;

use super::AppState;
use crate::workspace::Workspace;

/// Where the workspace is kept.
pub const KEY: &str = "tally.workspace";
/// Where a stored workspace that could not be read is moved, so that nothing is lost.
pub const DAMAGED_KEY: &str = "tally.workspace.damaged";

/// The message shown when the workspace cannot be saved.
pub const FULL_MESSAGE: &str = "Your browser's storage for this page is full (or turned off), so \
    your latest changes will not survive a reload. Everything is still here on the page: export \
    it or remove old articles to make room.";

/// The prefix of a stored workspace packed as base64 of zlib of its JSON (version 1). A value
/// without it is the JSON itself, as stored before.
pub const PACKED: &str = "z1.";

/// The stored workspace, if there is one that can be read.
pub fn load_workspace() -> Option<Workspace> {
    let raw = LocalStorage::raw().get_item(KEY).ok()??;
    let json = match raw.strip_prefix(PACKED) {
        Some(packed) => unpack(packed),
        None => Some(raw.clone()),
    };
    let parsed = json
        .ok_or(())
        .and_then(|j| serde_json::from_str::<Workspace>(&j).map_err(|_| ()));
    match parsed {
        Ok(w) if !w.articles.is_empty() => Some(w),
        Ok(_) => None,
        Err(_) => {
            let _ = LocalStorage::raw().set_item(DAMAGED_KEY, &raw);
            None
        }
    }
}

/// About how many characters a page's localStorage holds (Chromium, Firefox and Safari: 5 Mi
/// UTF-16 units for all keys and values).
pub const CAPACITY: usize = 5 * 1024 * 1024;

/// Saves `workspace`; the error says why it could not be. A workspace whose text alone exceeds
/// [`CAPACITY`] fails at once: writing it would hold the page for half a second, then fail.
pub fn save_workspace(workspace: &Workspace) -> Result<(), String> {
    let chars: usize = workspace
        .articles
        .iter()
        .map(|a| a.text.chars().count())
        .sum();
    if chars > CAPACITY {
        return Err(format!("{chars} characters do not fit in localStorage"));
    }
    let json = serde_json::to_string(workspace).map_err(|e| e.to_string())?;
    LocalStorage::raw()
        .set_item(KEY, &pack(&json))
        .map_err(|e| format!("{e:?}"))
}

/// `PACKED` + base64 of zlib of `json` (fast level: a save must not hold the page).
fn pack(json: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), 1);
    let mut out = String::with_capacity(PACKED.len() + packed.len().div_ceil(3) * 4);
    out.push_str(PACKED);
    for chunk in packed.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            out.push(if i <= chunk.len() {
                char::from(BASE64[(n >> (18 - 6 * i)) as usize & 63])
            } else {
                '='
            });
        }
    }
    out
}

/// The JSON `pack` packed, if `packed` (without the prefix) is whole.
fn unpack(packed: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(packed.len() / 4 * 3);
    for chunk in packed.as_bytes().chunks(4) {
        let data: Vec<u32> = chunk
            .iter()
            .take_while(|&&c| c != b'=')
            .map(|&c| sextet(c))
            .collect::<Option<_>>()?;
        if data.len() < 2 {
            return None;
        }
        let n = data
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &v)| n | v << (18 - 6 * i));
        bytes.extend((0..data.len() - 1).map(|i| (n >> (16 - 8 * i)) as u8));
    }
    let json = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&bytes, 64 << 20).ok()?;
    String::from_utf8(json).ok()
}

/// The value of a base64 character.
fn sextet(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

/// The standard base64 alphabet (RFC 4648 §4).
const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Saves the workspace whenever it changes; says so when it cannot, and clears the message once
/// saving works again. A big workspace (its JSON is slow to write) is saved once typing pauses.
pub fn save_on_change(state: AppState) {
    let failing = StoredValue::new(false);
    let pending = StoredValue::new_local(None::<gloo::timers::callback::Timeout>);
    let save = move || {
        let result = super::timed("save", || state.workspace.with_untracked(save_workspace));
        match result {
            Err(_) => {
                failing.set_value(true);
                state.notice.set(Some(FULL_MESSAGE.to_string()));
            }
            Ok(()) if failing.get_value() => {
                failing.set_value(false);
                if state.notice.get_untracked().as_deref() == Some(FULL_MESSAGE) {
                    state.notice.set(None);
                }
            }
            Ok(()) => {}
        }
    };
    Effect::new(move |_| {
        let size: usize = state
            .workspace
            .with(|w| w.articles.iter().map(|a| a.text.len()).sum());
        if size <= BIG_WORKSPACE {
            pending.update_value(|p| *p = None);
            save();
        } else {
            let timer = gloo::timers::callback::Timeout::new(SAVE_PAUSE_MS, save);
            // Replacing the timer cancels the one before.
            pending.update_value(|p| *p = Some(timer));
        }
    });
}

/// Above this much text, the workspace is saved when typing pauses rather than on every change.
const BIG_WORKSPACE: usize = 512 * 1024;
/// The pause, in ms.
const SAVE_PAUSE_MS: u32 = 600;
