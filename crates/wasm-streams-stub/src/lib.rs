//! Stands in for the `wasm-streams` crate, which Leptos pulls in through `server_fn` (its browser client streams
//! request and response bodies). rapport has no server and never calls a server function, but `wasm-streams`
//! exports JavaScript classes (`IntoUnderlyingSource`, ...) with `#[wasm_bindgen]`: exports are kept whether used
//! or not, and with them their futures and glue. Replacing the crate with this one, with the same signatures
//! server_fn uses and no exports, takes 8.2 KB gzip off the embed's wasm (docs/performance.md).
//!
//! If a server function were ever called, its streaming body would be empty. rapport has none, and
//! `scripts/check-core-deps.sh` (in `make lint`) fails if one appears in `src/` or the core.

use futures_util::stream::{self, Stream};
use wasm_bindgen::{JsCast, JsValue};

/// A browser `ReadableStream`, as server_fn uses `wasm_streams::ReadableStream`.
pub struct ReadableStream(web_sys::ReadableStream);

impl ReadableStream {
    /// Wraps a browser stream.
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        ReadableStream(raw)
    }

    /// A Rust stream as a browser stream: not supported here (no server functions), gives `undefined`.
    pub fn from_stream<St>(_stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        ReadableStream(JsValue::UNDEFINED.unchecked_into())
    }

    /// The browser stream.
    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.0
    }

    /// A browser stream as a Rust stream: not supported here, always empty.
    pub fn into_stream(self) -> impl Stream<Item = Result<JsValue, JsValue>> {
        stream::empty()
    }
}
