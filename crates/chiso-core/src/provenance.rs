//! Provenance of a published file: the SHA-256 of its bytes, so that any output (a CLI report, a
//! screenshot of the widget) can be traced to the exact file it was computed from.
//!
//! The CLI and the widget call the same function on the same bytes, so they show the same hash.

use sha2::{Digest, Sha256};
use std::fmt::Write as _;

/// How many hex digits of the hash are shown next to the title, date and version.
pub const SHORT_HASH_LEN: usize = 12;

/// The SHA-256 of `bytes`, as 64 lower-case hex digits.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Bytes as lower-case hex digits (a digest computed elsewhere, e.g. by the browser, shown as
/// [`sha256_hex`] shows it).
pub fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(2 * bytes.len());
    for b in bytes {
        // Writing to a String cannot fail.
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// The first [`SHORT_HASH_LEN`] hex digits of the SHA-256 of `bytes`.
pub fn short_hash(bytes: &[u8]) -> String {
    let mut full = sha256_hex(bytes);
    full.truncate(SHORT_HASH_LEN);
    full
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_digests() {
        // FIPS 180-2 test vectors.
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(short_hash(b"abc"), "ba7816bf8f01");
    }
}
