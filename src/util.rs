//! Small helpers that keep the wasm small. Sorting through one shared routine: each
//! `sort`/`sort_by_key` call site with its own element or closure type adds its own copy of the
//! standard library's sort to the wasm (2-4 KB each), so the crate sorts `(u64, u64)` pairs in
//! one place and every call site maps onto that. Scaled counts in exact decimal, without the float
//! parser and printer (about 30 KB of code and tables).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::doc::Span;

/// A `HashMap` with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// A small unkeyed hasher (multiply and rotate, as in the Fx hash): a few instructions per
/// 8 bytes where the standard SipHash costs about a hundred per key.
///
/// Not keyed: text written to collide could make one map slow. Acceptable here: the maps
/// hold the words and names of one article (bounded by its length), the reader only slows
/// the card of the page they wrote themselves, and every map is built once per analysis.
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

impl FastHasher {
    #[inline]
    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes at a time; a shorter tail is read as the last eight bytes (or two
        // overlapping halves of four), not byte by byte.
        let n = bytes.len();
        let word = |at: usize| <[u8; 8]>::try_from(&bytes[at..at + 8]).map_or(0, u64::from_le_bytes);
        let half = |at: usize| <[u8; 4]>::try_from(&bytes[at..at + 4]).map_or(0, u32::from_le_bytes);
        if n >= 8 {
            for at in (0..n - 7).step_by(8) {
                self.add(word(at));
            }
            if n % 8 != 0 {
                self.add(word(n - 8));
            }
        } else if n >= 4 {
            self.add(u64::from(half(0)) | u64::from(half(n - 4)) << 32);
        } else if n > 0 {
            self.add(u64::from(bytes[0]) | u64::from(bytes[n / 2]) << 8 | u64::from(bytes[n - 1]) << 16);
        }
    }

    #[inline]
    fn write_u8(&mut self, x: u8) {
        self.add(u64::from(x));
    }

    #[inline]
    fn write_u32(&mut self, x: u32) {
        self.add(u64::from(x));
    }

    #[inline]
    fn write_u64(&mut self, x: u64) {
        self.add(x);
    }

    #[inline]
    fn write_usize(&mut self, x: usize) {
        self.add(x as u64);
    }

    /// The product's high bits are the well-mixed ones; the table index uses the low bits.
    #[inline]
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }
}

/// Sorts pairs ascending (first, then second): the crate's one sort instantiation.
#[inline(never)]
pub fn sort_pairs(v: &mut [(u64, u64)]) {
    v.sort_unstable();
}

/// `0..n` ordered by `key`, ties by index (a stable sort of the indices).
pub fn order_by(n: usize, key: impl Fn(usize) -> u64) -> Vec<usize> {
    let mut keyed: Vec<(u64, u64)> = (0..n).map(|i| (key(i), i as u64)).collect();
    sort_pairs(&mut keyed);
    keyed.into_iter().map(|(_, i)| i as usize).collect()
}

/// Sorts `v` by `key`, stable (equal keys keep their order), like `slice::sort_by_key`.
pub fn sort_by_key<T>(v: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    let order = order_by(v.len(), |i| key(&v[i]));
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots.get_mut(i).and_then(Option::take)));
}

/// Sorts spans by start, then end (the derived `Ord` of [`Span`]).
pub fn sort_spans(v: &mut Vec<Span>) {
    sort_by_key(v, |s| s.end as u64);
    sort_by_key(v, |s| s.start as u64);
}

/// Sorts `(span, index)` pairs by span start, then end, then index (their derived `Ord`).
pub fn sort_span_items(v: &mut Vec<(Span, usize)>) {
    sort_by_key(v, |m| m.1 as u64);
    sort_by_key(v, |m| m.0.end as u64);
    sort_by_key(v, |m| m.0.start as u64);
}

/// A key that orders floats like `f32::total_cmp` (-NaN < -inf < ... < -0 < +0 < ... < NaN).
pub fn f32_key(x: f32) -> u64 {
    let bits = x.to_bits();
    // Negative floats: flip every bit (larger magnitude sorts lower); positive: set the sign bit.
    u64::from(if bits >> 31 == 1 { !bits } else { bits | 1 << 31 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaled_count_moves_the_point() {
        let cases = [
            ("1.1", 2, "110"),
            ("1.1", 1, "11"),
            ("2.3", 1, "23"),
            ("0.07", 1, "0.7"),
            ("0.07", 2, "7"),
            ("1.5", 2, "150"),
            ("0.5", 1, "5"),
            ("12", 1, "120"),
            ("1.", 1, "10"),
            (".5", 2, "50"),
            ("0.0001", 2, "0.01"),
            ("1.250", 1, "12.5"),
            ("007", 1, "70"),
            ("0", 2, "0"),
            ("4294967295", 2, "429496729500"),
            ("1.2.3", 1, "1.2.3"),
            ("X", 2, "X"),
            ("", 1, ""),
            (".", 1, "."),
        ];
        for (count, zeros, want) in cases {
            assert_eq!(scaled_count(count, zeros), want, "{count} x 10^{zeros}");
        }
    }

    #[test]
    fn sort_by_key_is_stable() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
    }

    #[test]
    fn span_sorts_match_derived_ord() {
        let spans: Vec<Span> =
            [(5, 9), (2, 3), (5, 6), (2, 3), (0, 10)].iter().map(|&(a, b)| Span::new(a, b)).collect();
        let (mut a, mut b) = (spans.clone(), spans.clone());
        sort_spans(&mut a);
        b.sort_unstable();
        assert_eq!(a, b);
        let items: Vec<(Span, usize)> = spans.iter().enumerate().map(|(i, &s)| (s, 7 - i)).collect();
        let (mut a, mut b) = (items.clone(), items);
        sort_span_items(&mut a);
        b.sort_unstable();
        assert_eq!(a, b);
    }

    #[test]
    fn f32_key_orders_like_total_cmp() {
        let xs = [
            f32::NAN,
            -f32::NAN,
            f32::INFINITY,
            f32::NEG_INFINITY,
            0.0,
            -0.0,
            1.5,
            -1.5,
            0.25,
            -3.0,
            f32::MIN_POSITIVE,
        ];
        for a in xs {
            for b in xs {
                assert_eq!(f32_key(a).cmp(&f32_key(b)), a.total_cmp(&b), "{a} {b}");
            }
        }
    }
}

/// `count` (decimal digits with at most one dot, as the date matchers write counts: `3`,
/// `1.5`, `0.07`) times `10^zeros`, in exact decimal: the point moves right (`1.1` times 100
/// is `110`, `0.07` times 10 is `0.7`). Any other text comes back as written.
pub fn scaled_count(count: &str, zeros: usize) -> String {
    let (int, frac) = count.split_once('.').unwrap_or((count, ""));
    let all_digits = int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit());
    if !all_digits || int.len() + frac.len() == 0 {
        return count.to_string();
    }
    // The digits with the point moved `zeros` places right, padded with zeros.
    let shift = zeros.min(frac.len());
    let mut whole = format!("{int}{}{}", &frac[..shift], "0".repeat(zeros - shift));
    let rest = frac[shift..].trim_end_matches('0');
    let lead = whole.bytes().take_while(|&b| b == b'0').count().min(whole.len().saturating_sub(1));
    whole.drain(..lead);
    if whole.is_empty() {
        whole.push('0');
    }
    if rest.is_empty() {
        whole
    } else {
        format!("{whole}.{rest}")
    }
}
