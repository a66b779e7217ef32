//! Stable sorts of index lists through one compiled copy of the standard library's sort.
//!
//! Every `sort_by_key` with its own closure compiles the whole stable sort again (about 4 KB
//! of wasm each). Sorting through a `dyn` comparator keeps one copy for all index lists.

use std::cmp::Ordering;

/// `idx.sort_by_key(key)`, exactly (stable, same order), through the shared sort.
pub fn sort_indices_by_key<K: Ord>(idx: &mut [usize], mut key: impl FnMut(usize) -> K) {
    let cmp: &mut dyn FnMut(&usize, &usize) -> Ordering = &mut |a, b| key(*a).cmp(&key(*b));
    idx.sort_by(cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_order_as_sort_by_key() {
        let keys = [3, 1, 2, 1, 3, 0, 2, 1];
        let cases: &[&[usize]] = &[
            &[],
            &[0],
            &[0, 1, 2, 3, 4, 5, 6, 7],
            &[7, 6, 5, 4, 3, 2, 1, 0],
            &[4, 0, 6, 1, 3],
        ];
        for &case in cases {
            let (mut ours, mut std_) = (case.to_vec(), case.to_vec());
            sort_indices_by_key(&mut ours, |i| keys[i]);
            std_.sort_by_key(|&i| keys[i]);
            assert_eq!(ours, std_, "{case:?}");
        }
    }
}
