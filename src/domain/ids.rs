//! Stable string ids.
//!
//! Ids are opaque strings so that files written by other tools (or by hand)
//! can use any unique text. New ids are made from a prefix, the creation time
//! and a random part, so that two tabs (or two people merging files) do not
//! collide; the randomness is passed in so this module stays pure.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(pub String);

impl Id {
    /// `prefix` says what the id names (`it` backlog item, `cp` campaign…),
    /// which makes files easier to read and debug.
    pub fn generate(prefix: &str, millis: u64, random: u64) -> Id {
        Id(format!("{prefix}-{}{}", base36(millis), base36(random % 1_679_616)))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Id {
    fn from(s: &str) -> Self {
        Id(s.to_string())
    }
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    if n == 0 {
        return "0".into();
    }
    let mut out = Vec::new();
    while n > 0 {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
    }
    out.reverse();
    String::from_utf8(out).expect("ascii")
}

/// FNV-1a: a hash for sets of short strings (ids, tags) rebuilt on every
/// change of a large backlog, where the default SipHash is several times
/// slower. Not for keys an attacker chooses.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub type FastSet<T> = std::collections::HashSet<T, std::hash::BuildHasherDefault<Fnv>>;

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn ids_differ_by_time_and_randomness() {
        let a = Id::generate("it", 1_700_000_000_000, 1);
        let b = Id::generate("it", 1_700_000_000_000, 2);
        let c = Id::generate("it", 1_700_000_000_001, 1);
        assert_ne!(a, b);
        assert_ne!(a, c);
        assert!(a.as_str().starts_with("it-"));
    }
}
