//! A small hash map and set for core's lookups (ids, codes, positions), in place of
//! `std::collections::HashMap`.
//!
//! The standard map is generic all the way down: every key and value type adds its own copy of the
//! table code (probing, growing, rehashing) and SipHash, about 20 KB of the widget's wasm for
//! fifteen maps. Here the table itself is not generic: it holds only the keys' hashes and their
//! positions in a `Vec` of entries, and asks the typed layer whether an entry's key is the one
//! looked for. The hash is FNV-1a (64 bits): it only has to spread keys over the table, not resist
//! someone choosing keys to collide (a file that does so only slows its own reading down).
//! Entries are kept in insertion order, so iterating is deterministic.

use std::borrow::Borrow;
use std::hash::{Hash, Hasher};

/// FNV-1a, 64 bits.
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

fn hash_of<Q: Hash + ?Sized>(key: &Q) -> u64 {
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    key.hash(&mut h);
    h.finish()
}

/// The untyped table: open addressing (linear probing) over positions of entries.
#[derive(Debug, Clone, Default)]
struct Table {
    /// 0 when empty, else the entry's position + 1; the length is 0 or a power of two.
    slots: Vec<u32>,
    /// The hash of each entry, in entry order.
    hashes: Vec<u64>,
}

impl Table {
    /// The entry whose hash is `hash` and for which `is` says yes.
    fn find(&self, hash: u64, is: &mut dyn FnMut(usize) -> bool) -> Option<usize> {
        let mask = self.slots.len().checked_sub(1)?;
        // Truncating the hash to the table's size is the point.
        #[allow(clippy::cast_possible_truncation)]
        let mut pos = hash as usize & mask;
        loop {
            let slot = *self.slots.get(pos)?;
            let entry = usize::try_from(slot).ok()?.checked_sub(1)?;
            if self.hashes.get(entry) == Some(&hash) && is(entry) {
                return Some(entry);
            }
            pos = (pos + 1) & mask;
        }
    }

    /// Records a new entry (the last one) with its hash, growing the table when half full.
    fn push(&mut self, hash: u64) {
        self.hashes.push(hash);
        if self.hashes.len() * 2 > self.slots.len() {
            let size = (self.hashes.len() * 4).next_power_of_two().max(8);
            self.slots = vec![0; size];
            for entry in 0..self.hashes.len() {
                self.place(entry);
            }
        } else {
            self.place(self.hashes.len() - 1);
        }
    }

    fn place(&mut self, entry: usize) {
        let (Some(&hash), Some(mask)) = (self.hashes.get(entry), self.slots.len().checked_sub(1))
        else {
            return;
        };
        #[allow(clippy::cast_possible_truncation)]
        let mut pos = hash as usize & mask;
        while let Some(slot) = self.slots.get_mut(pos) {
            if *slot == 0 {
                *slot = u32::try_from(entry + 1).unwrap_or(u32::MAX);
                return;
            }
            pos = (pos + 1) & mask;
        }
    }

    fn clear(&mut self) {
        self.hashes.clear();
        self.slots.iter_mut().for_each(|s| *s = 0);
    }
}

/// A map from keys to values, in insertion order.
#[derive(Debug, Clone)]
pub struct Map<K, V> {
    table: Table,
    entries: Vec<(K, V)>,
}

impl<K, V> Default for Map<K, V> {
    fn default() -> Self {
        Map {
            table: Table::default(),
            entries: Vec::new(),
        }
    }
}

impl<K: Hash + Eq, V> Map<K, V> {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    fn position<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
    {
        let entries = &self.entries;
        self.table.find(hash_of(key), &mut |i| {
            entries.get(i).is_some_and(|(k, _)| k.borrow() == key)
        })
    }

    /// The value of `key`.
    pub fn get<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        let i = self.position(key)?;
        self.entries.get(i).map(|(_, v)| v)
    }

    /// Whether `key` has a value.
    pub fn contains_key<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.position(key).is_some()
    }

    /// Sets the value of `key`; the value it had before, if any (as `HashMap::insert`).
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.position(&key).and_then(|i| self.entries.get_mut(i)) {
            Some((_, old)) => Some(std::mem::replace(old, value)),
            None => {
                let hash = hash_of(&key);
                self.entries.push((key, value));
                self.table.push(hash);
                None
            }
        }
    }

    /// The value of `key`, first set to `make()` when it has none (`entry(key).or_insert_with`).
    pub fn get_or_insert_with(&mut self, key: K, make: impl FnOnce() -> V) -> &mut V {
        let i = match self.position(&key) {
            Some(i) => i,
            None => {
                let hash = hash_of(&key);
                self.entries.push((key, make()));
                self.table.push(hash);
                self.entries.len() - 1
            }
        };
        // `i` is a position in `entries` (found, or the one just pushed).
        #[allow(clippy::indexing_slicing)]
        &mut self.entries[i].1
    }

    /// The pairs, in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// How many keys have a value.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the map is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Removes every key.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.table.clear();
    }
}

impl<K: Hash + Eq, V> FromIterator<(K, V)> for Map<K, V> {
    /// Later values of a repeated key replace earlier ones (as `HashMap`'s `collect`).
    fn from_iter<I: IntoIterator<Item = (K, V)>>(pairs: I) -> Self {
        let mut map = Map::new();
        for (k, v) in pairs {
            map.insert(k, v);
        }
        map
    }
}

impl<'a, K: Hash + Eq, V> IntoIterator for &'a Map<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

impl<K: Hash + Eq, V: PartialEq> PartialEq for Map<K, V> {
    /// Equal as maps: the same keys with equal values, whatever the insertion order.
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len()
            && self
                .entries
                .iter()
                .all(|(k, v)| other.get(k).is_some_and(|w| w == v))
    }
}

/// A set of keys: a [`Map`] to `()`.
#[derive(Debug, Clone, Default)]
pub struct Set<K>(Map<K, ()>);

impl<K: Hash + Eq> Set<K> {
    /// An empty set.
    pub fn new() -> Self {
        Set(Map::new())
    }

    /// Adds `key`; false when it was already there (as `HashSet::insert`).
    pub fn insert(&mut self, key: K) -> bool {
        self.0.insert(key, ()).is_none()
    }

    /// Whether `key` is in the set.
    pub fn contains<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.0.contains_key(key)
    }

    /// Removes every key.
    pub fn clear(&mut self) {
        self.0.clear();
    }
}

impl<K: Hash + Eq> FromIterator<K> for Set<K> {
    fn from_iter<I: IntoIterator<Item = K>>(keys: I) -> Self {
        let mut set = Set::new();
        for k in keys {
            set.insert(k);
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;

    #[test]
    fn a_code_is_found_by_its_text() {
        let mut by_code: Map<String, usize> = Map::new();
        assert_eq!(by_code.insert("1.2".into(), 0), None);
        assert_eq!(by_code.insert("1.3".into(), 1), None);
        assert_eq!(by_code.insert("1.2".into(), 2), Some(0));
        assert_eq!(by_code.get("1.2"), Some(&2));
        assert_eq!(by_code.get("1.4"), None);
        assert_eq!(by_code.len(), 2);
        by_code.clear();
        assert!(by_code.is_empty() && !by_code.contains_key("1.3"));
    }

    #[test]
    fn a_repeated_id_is_told_apart() {
        let mut ids = Set::new();
        assert!(ids.insert(("kh", "2024")));
        assert!(!ids.insert(("kh", "2024")));
        assert!(ids.insert(("kh", "2025")));
        assert!(ids.contains(&("kh", "2025")));
    }

    #[test]
    fn maps_with_the_same_pairs_are_equal_in_any_order() {
        let a: Map<&str, i32> = [("a", 1), ("b", 2)].into_iter().collect();
        let b: Map<&str, i32> = [("b", 2), ("a", 1)].into_iter().collect();
        let c: Map<&str, i32> = [("b", 2), ("a", 3)].into_iter().collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    proptest! {
        #[test]
        fn same_answers_as_the_standard_hash_map(
            ops in proptest::collection::vec((0u16..300, any::<u8>(), any::<bool>()), 0..2000),
        ) {
            let mut ours: Map<u16, u8> = Map::new();
            let mut std: HashMap<u16, u8> = HashMap::new();
            for (k, v, insert) in ops {
                if insert {
                    prop_assert_eq!(ours.insert(k, v), std.insert(k, v));
                } else {
                    *ours.get_or_insert_with(k, || v) ^= 1;
                    *std.entry(k).or_insert(v) ^= 1;
                }
                prop_assert_eq!(ours.get(&k), std.get(&k));
                prop_assert_eq!(ours.len(), std.len());
            }
            for k in 0u16..300 {
                prop_assert_eq!(ours.get(&k), std.get(&k));
            }
        }
    }
}
