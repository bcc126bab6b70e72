//! Stable sorting with one small sort for the whole crate.
//!
//! `slice::sort_by` is generic over the element and the comparison: every call site with its own
//! element type or closure adds a copy of driftsort (about 4 KB of wasm code before
//! optimisation; the widget had ten). Here one merge sort runs on indices, through a `dyn`
//! comparison; the elements are then moved into that order. Same result as `sort_by` (stable).

use std::cmp::Ordering;

/// The stable order of `n` items compared by `cmp(i, j)`: the only sort in the crate, a bottom-up
/// merge sort on indices (n log n comparisons; the standard library's driftsort, even once, was
/// 4 KB of the widget's wasm code).
fn stable_order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut merged: Vec<usize> = Vec::with_capacity(n);
    let mut width = 1;
    while width < n {
        merged.clear();
        for start in (0..n).step_by(2 * width) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (left, right) = (order.get(start..mid), order.get(mid..end));
            let (Some(left), Some(right)) = (left, right) else {
                return order;
            };
            let (mut l, mut r) = (left.iter().peekable(), right.iter().peekable());
            while let (Some(&&a), Some(&&b)) = (l.peek(), r.peek()) {
                // Ties go to the left run: equal items keep their order.
                if cmp(b, a) == Ordering::Less {
                    merged.push(b);
                    r.next();
                } else {
                    merged.push(a);
                    l.next();
                }
            }
            merged.extend(l);
            merged.extend(r);
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// Sorts `items` by `cmp`, keeping the order of equal items (as `slice::sort_by`).
// `&mut Vec`, not `&mut [T]`: the widget's gzip measured 0.4 KB smaller this way.
#[allow(clippy::ptr_arg)]
pub fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = {
        let view: &[T] = items;
        stable_order(view.len(), &|a, b| match (view.get(a), view.get(b)) {
            (Some(x), Some(y)) => cmp(x, y),
            _ => Ordering::Equal,
        })
    };
    permute(&order, &mut |a, b| items.swap(a, b));
}

/// Puts the item at `order[i]` at position `i`, for every `i`, through `swap`: each cycle of the
/// permutation followed once (not generic: the elements' type only reaches it through `swap`).
fn permute(order: &[usize], swap: &mut dyn FnMut(usize, usize)) {
    let mut done = vec![false; order.len()];
    for start in 0..order.len() {
        let mut at = start;
        while let (Some(&next), Some(seen)) = (order.get(at), done.get_mut(at)) {
            if *seen {
                break;
            }
            *seen = true;
            if next == start {
                break;
            }
            swap(at, next);
            at = next;
        }
    }
}

/// Sorts `items` by a key (as `slice::sort_by_key`, stable).
#[allow(clippy::ptr_arg)]
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The items grouped by key: groups in key order, each group's items in their original order —
/// what filling a `BTreeMap<K, Vec<T>>` in order gives, without the B-tree's code in the wasm
/// (about 20 KB before compression for the four maps it replaced).
pub fn group_by_key<T, K: Ord>(mut items: Vec<T>, key: impl Fn(&T) -> K) -> Vec<(K, Vec<T>)> {
    sort_by(&mut items, |a, b| key(a).cmp(&key(b)));
    let mut groups: Vec<(K, Vec<T>)> = Vec::new();
    for item in items {
        let k = key(&item);
        match groups.last_mut() {
            Some((last, group)) if *last == k => group.push(item),
            _ => groups.push((k, vec![item])),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn equal_items_keep_their_order() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn groups_come_in_key_order_with_their_items_in_file_order() {
        let v = vec![("b", 1), ("a", 2), ("b", 3), ("c", 4), ("a", 5)];
        let groups = group_by_key(v, |p| p.0);
        assert_eq!(
            groups,
            [
                ("a", vec![("a", 2), ("a", 5)]),
                ("b", vec![("b", 1), ("b", 3)]),
                ("c", vec![("c", 4)]),
            ]
        );
    }

    proptest! {
        #[test]
        fn groups_equal_a_btree_map_filled_in_order(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..60)) {
            let mut map: std::collections::BTreeMap<u8, Vec<(u8, u16)>> = Default::default();
            for p in &v {
                map.entry(p.0).or_default().push(*p);
            }
            let ours = group_by_key(v, |p| p.0);
            prop_assert_eq!(ours, map.into_iter().collect::<Vec<_>>());
        }

        #[test]
        fn same_result_as_the_standard_stable_sort(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..60)) {
            let mut ours = v.clone();
            let mut std = v;
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            std.sort_by_key(|p| std::cmp::Reverse(p.0));
            prop_assert_eq!(ours, std);
        }

        #[test]
        fn long_lists_sort_as_the_standard_stable_sort(v in proptest::collection::vec((0u8..30, any::<u16>()), 0..700)) {
            let mut ours = v.clone();
            let mut std = v;
            sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            prop_assert_eq!(ours, std);
        }
    }
}
