//! Small helpers that keep the wasm small. Sorting through one shared routine: each
//! `sort`/`sort_by_key` call site with its own element or closure type adds its own copy of the
//! standard library's sort to the wasm (2-4 KB each), so the crate has one merge sort of indices
//! ([`merge_order`], comparing through `dyn`) and every call site maps onto that. Scaled counts
//! in exact decimal, without the float parser and printer (about 30 KB of code and tables).
//! Lowercase without the standard library's case table (about 12 KB).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

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

/// The order that sorts `n` items, stable: `le(i, j)` says item `i` may come before item `j`.
/// The crate's one sort (a merge sort, insertion-sorted blocks of eight first), reached through
/// `dyn` so that every element type and comparison shares this one copy.
pub fn merge_order(n: usize, le: &mut dyn FnMut(usize, usize) -> bool) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    for block in a.chunks_mut(8) {
        for k in 1..block.len() {
            let mut j = k;
            while j > 0 && !le(block[j - 1], block[j]) {
                block.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut b = vec![0; n];
    let mut width = 8;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let (mid, hi) = ((lo + width).min(n), (lo + 2 * width).min(n));
            if mid == hi || le(a[mid - 1], a[mid]) {
                // already in order (often: sorts of nearly sorted spans)
                b[lo..hi].copy_from_slice(&a[lo..hi]);
                continue;
            }
            let (mut i, mut j) = (lo, mid);
            for slot in &mut b[lo..hi] {
                // the left run first on ties: stable
                let left = j == hi || (i < mid && le(a[i], a[j]));
                *slot = if left { a[i] } else { a[j] };
                if left {
                    i += 1;
                } else {
                    j += 1;
                }
            }
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// Sorts `v` ascending, stable (as `slice::sort`).
pub fn sort<T: PartialOrd + Copy>(v: &mut [T]) {
    let order = merge_order(v.len(), &mut |i, j| v[i] <= v[j]);
    let sorted: Vec<T> = order.into_iter().map(|i| v[i]).collect();
    v.copy_from_slice(&sorted);
}

/// `0..n` ordered by `key`, ties by index (a stable sort of the indices).
pub fn order_by(n: usize, key: impl Fn(usize) -> u64) -> Vec<usize> {
    let keys: Vec<u64> = (0..n).map(key).collect();
    merge_order(n, &mut |i, j| keys[i] <= keys[j])
}

/// Sorts `v` by `key`, stable (equal keys keep their order), like `slice::sort_by_key`.
pub fn sort_by_key<T>(v: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    let order = order_by(v.len(), |i| key(&v[i]));
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots.get_mut(i).and_then(Option::take)));
}

/// A key that orders floats like `f32::total_cmp` (-NaN < -inf < ... < -0 < +0 < ... < NaN).
pub fn f32_key(x: f32) -> u64 {
    let bits = x.to_bits();
    // Negative floats: flip every bit (larger magnitude sorts lower); positive: set the sign bit.
    u64::from(if bits >> 31 == 1 { !bits } else { bits | 1 << 31 })
}

/// `s.to_lowercase()`, the same text for every string (a test compares the two on every
/// character and on every character around a capital sigma), without the standard library's
/// case table (one entry per letter: about 12 KB of wasm). [`LOWER_RUNS`] holds the mapping as
/// runs of letters that move by the same amount.
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c == 'Σ' {
            // The one contextual mapping: a final sigma (after a cased letter, not before one,
            // case-ignorable characters skipped) is ς.
            let word_final = cased_after_ignorable(s[..i].chars().rev()) && !cased_after_ignorable(s[i + 2..].chars());
            out.push(if word_final { 'ς' } else { 'σ' });
        } else {
            push_lowercase(&mut out, c);
        }
    }
    out
}

/// Appends `c.to_lowercase()` (a capital sigma as σ, as `char::to_lowercase` has it).
pub fn push_lowercase(out: &mut String, c: char) {
    if c == '\u{130}' {
        // İ, the one letter that lowercases to two characters
        out.push_str("i\u{307}");
    } else {
        out.push(lower_char(c));
    }
}

/// The lowercase of a letter that lowercases to one character (all but İ).
fn lower_char(c: char) -> char {
    let u = c as u32;
    if u < 0x80 {
        return c.to_ascii_lowercase();
    }
    let i = LOWER_RUNS.partition_point(|&(key, _)| key >> 8 <= u);
    let Some(&(key, delta)) = i.checked_sub(1).and_then(|i| LOWER_RUNS.get(i)) else { return c };
    let (off, len, stride) = (u - (key >> 8), (key >> 1) & 0x7f, (key & 1) + 1);
    if off % stride == 0 && off / stride < len {
        char::from_u32(u.wrapping_add_signed(delta)).unwrap_or(c)
    } else {
        c
    }
}

/// The first character that is not case-ignorable is cased (Unicode's `Final_Sigma` test).
fn cased_after_ignorable(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| !case_ignorable(c)).is_some_and(|c| {
        c.is_lowercase()
            || c.is_uppercase()
            || matches!(c, '\u{1c5}' | '\u{1c8}' | '\u{1cb}' | '\u{1f2}' | '\u{1f88}'..='\u{1f8f}' | '\u{1f98}'..='\u{1f9f}'
                | '\u{1fa8}'..='\u{1faf}' | '\u{1fbc}' | '\u{1fcc}' | '\u{1ffc}')
    })
}

/// Unicode's `Case_Ignorable`, read from [`CASE_IGNORABLE`] (only ever asked next to a capital sigma).
fn case_ignorable(c: char) -> bool {
    let mut end = 0u32;
    let mut inside = false;
    let mut bytes = CASE_IGNORABLE.iter().map(|&b| u32::from(b));
    while let Some(b) = bytes.next() {
        // 0xxxxxxx: 7 bits; 10xxxxxx and 1 byte: 14 bits; 11xxxxxx and 2 bytes: 22 bits
        let more = (b >> 6).saturating_sub(1);
        let mut n = if more == 0 { b } else { b & 0x3f };
        for _ in 0..more {
            n = n << 8 | bytes.next().unwrap_or(0);
        }
        end += n;
        if (c as u32) < end {
            return inside;
        }
        inside = !inside;
    }
    false
}

/// Letters above ASCII whose lowercase is one other character, as runs: `start << 8 | count << 1 |
/// (step == 2)` (a run holds `count` letters `step` apart) and the distance to the lowercase.
/// Written by the test `lowercase_tables_match_the_standard_library` (it prints them when
/// Rust's Unicode version changes).
#[rustfmt::skip]
const LOWER_RUNS: [(u32, i32); 184] = [
    (0xc02e, 32), (0xd80e, 32), (0x10031, 1), (0x13207, 1),
    (0x13911, 1), (0x14a2f, 1), (0x17802, -121), (0x17907, 1),
    (0x18102, 210), (0x18205, 1), (0x18602, 206), (0x18702, 1),
    (0x18904, 205), (0x18b02, 1), (0x18e02, 79), (0x18f02, 202),
    (0x19002, 203), (0x19102, 1), (0x19302, 205), (0x19402, 207),
    (0x19602, 211), (0x19702, 209), (0x19802, 1), (0x19c02, 211),
    (0x19d02, 213), (0x19f02, 214), (0x1a007, 1), (0x1a602, 218),
    (0x1a702, 1), (0x1a902, 218), (0x1ac02, 1), (0x1ae02, 218),
    (0x1af02, 1), (0x1b104, 217), (0x1b305, 1), (0x1b702, 219),
    (0x1b802, 1), (0x1bc02, 1), (0x1c402, 2), (0x1c502, 1),
    (0x1c702, 2), (0x1c802, 1), (0x1ca02, 2), (0x1cb13, 1),
    (0x1de13, 1), (0x1f102, 2), (0x1f205, 1), (0x1f602, -97),
    (0x1f702, -56), (0x1f829, 1), (0x22002, -130), (0x22213, 1),
    (0x23a02, 10795), (0x23b02, 1), (0x23d02, -163), (0x23e02, 10792),
    (0x24102, 1), (0x24302, -195), (0x24402, 69), (0x24502, 71),
    (0x2460b, 1), (0x37005, 1), (0x37602, 1), (0x37f02, 116),
    (0x38602, 38), (0x38806, 37), (0x38c02, 64), (0x38e04, 63),
    (0x39122, 32), (0x3a312, 32), (0x3cf02, 8), (0x3d819, 1),
    (0x3f402, -60), (0x3f702, 1), (0x3f902, -7), (0x3fa02, 1),
    (0x3fd06, -130), (0x40020, 80), (0x41040, 32), (0x46023, 1),
    (0x48a37, 1), (0x4c002, 15), (0x4c10f, 1), (0x4d061, 1),
    (0x5314c, 48), (0x10a04c, 7264), (0x10c702, 7264), (0x10cd02, 7264),
    (0x13a0a0, 38864), (0x13f00c, 8), (0x1c8902, 1), (0x1c9056, -3008),
    (0x1cbd06, -3008), (0x1e0097, 1), (0x1e9e02, -7615), (0x1ea061, 1),
    (0x1f0810, -8), (0x1f180c, -8), (0x1f2810, -8), (0x1f3810, -8),
    (0x1f480c, -8), (0x1f5909, -8), (0x1f6810, -8), (0x1f8810, -8),
    (0x1f9810, -8), (0x1fa810, -8), (0x1fb804, -8), (0x1fba04, -74),
    (0x1fbc02, -9), (0x1fc808, -86), (0x1fcc02, -9), (0x1fd804, -8),
    (0x1fda04, -100), (0x1fe804, -8), (0x1fea04, -112), (0x1fec02, -7),
    (0x1ff804, -128), (0x1ffa04, -126), (0x1ffc02, -9), (0x212602, -7517),
    (0x212a02, -8383), (0x212b02, -8262), (0x213202, 28), (0x216020, 16),
    (0x218302, 1), (0x24b634, 26), (0x2c0060, 48), (0x2c6002, 1),
    (0x2c6202, -10743), (0x2c6302, -3814), (0x2c6402, -10727), (0x2c6707, 1),
    (0x2c6d02, -10780), (0x2c6e02, -10749), (0x2c6f02, -10783), (0x2c7002, -10782),
    (0x2c7202, 1), (0x2c7502, 1), (0x2c7e04, -10815), (0x2c8065, 1),
    (0x2ceb05, 1), (0x2cf202, 1), (0xa6402f, 1), (0xa6801d, 1),
    (0xa7220f, 1), (0xa7323f, 1), (0xa77905, 1), (0xa77d02, -35332),
    (0xa77e0b, 1), (0xa78b02, 1), (0xa78d02, -42280), (0xa79005, 1),
    (0xa79615, 1), (0xa7aa02, -42308), (0xa7ab02, -42319), (0xa7ac02, -42315),
    (0xa7ad02, -42305), (0xa7ae02, -42308), (0xa7b002, -42258), (0xa7b102, -42282),
    (0xa7b202, -42261), (0xa7b302, 928), (0xa7b411, 1), (0xa7c402, -48),
    (0xa7c502, -42307), (0xa7c602, -35384), (0xa7c705, 1), (0xa7cb02, -42343),
    (0xa7cc11, 1), (0xa7dc02, -42561), (0xa7f502, 1), (0xff2134, 32),
    (0x1040050, 40), (0x104b048, 40), (0x1057016, 39), (0x1057c1e, 39),
    (0x1058c0e, 39), (0x1059404, 39), (0x10c8066, 64), (0x10d502c, 32),
    (0x118a040, 32), (0x16e4040, 32), (0x16ea032, 27), (0x1e90044, 34),
];

/// `Case_Ignorable` as alternating lengths of runs out and in, from U+0000 (see [`case_ignorable`]).
const CASE_IGNORABLE: &[u8] = b"\
    \x27\x01\x06\x01\x0b\x01\x23\x01\x01\x01\x47\x01\x04\x01\x01\x01\x04\x01\x02\x02\x81\xf7\x80\xc0\
    \x04\x02\x04\x01\x09\x02\x01\x01\x80\xfb\x07\x80\xcf\x01\x05\x01\x31\x2d\x01\x01\x01\x02\x01\x02\
    \x01\x01\x2c\x01\x0b\x06\x0a\x0b\x01\x01\x23\x01\x0a\x15\x10\x01\x65\x08\x01\x0a\x01\x04\x21\x01\
    \x01\x01\x1e\x1b\x5b\x0b\x3a\x0b\x04\x01\x02\x01\x18\x18\x2b\x03\x2c\x01\x07\x02\x05\x09\x29\x3a\
    \x37\x01\x01\x01\x04\x08\x04\x01\x03\x07\x0a\x02\x0d\x01\x0f\x01\x3a\x01\x04\x04\x08\x01\x14\x02\
    \x1a\x01\x02\x02\x39\x01\x04\x02\x04\x02\x02\x03\x03\x01\x1e\x02\x03\x01\x0b\x02\x39\x01\x04\x05\
    \x01\x02\x04\x01\x14\x02\x16\x06\x01\x01\x3a\x01\x02\x01\x01\x04\x08\x01\x07\x02\x0b\x02\x1e\x01\
    \x3d\x01\x0c\x01\x32\x01\x03\x01\x37\x01\x01\x03\x05\x03\x01\x04\x07\x02\x0b\x02\x1d\x01\x3a\x01\
    \x02\x01\x06\x01\x05\x02\x14\x02\x1c\x02\x39\x02\x04\x04\x08\x01\x14\x02\x1d\x01\x48\x01\x07\x03\
    \x01\x01\x5a\x01\x02\x07\x0b\x09\x62\x01\x02\x09\x09\x01\x01\x07\x49\x02\x1b\x01\x01\x01\x01\x01\
    \x37\x0e\x01\x05\x01\x02\x05\x0b\x01\x24\x09\x01\x66\x04\x01\x06\x01\x02\x02\x02\x19\x02\x04\x03\
    \x10\x04\x0d\x01\x02\x02\x06\x01\x0f\x01\x5e\x01\x82\x60\x03\x83\xb2\x03\x1d\x02\x1e\x02\x1e\x02\
    \x40\x02\x01\x07\x08\x01\x02\x0b\x03\x01\x05\x01\x2d\x05\x33\x01\x41\x02\x22\x01\x76\x03\x04\x02\
    \x09\x01\x06\x03\x80\xdb\x02\x02\x01\x3a\x01\x01\x07\x01\x01\x01\x01\x02\x08\x06\x0a\x02\x01\x27\
    \x01\x08\x2e\x02\x0c\x14\x04\x30\x01\x01\x05\x01\x01\x05\x01\x28\x09\x0c\x02\x20\x04\x02\x02\x01\
    \x03\x38\x01\x01\x02\x03\x01\x01\x03\x3a\x08\x02\x02\x40\x06\x52\x03\x01\x0d\x01\x07\x04\x01\x06\
    \x01\x03\x02\x32\x3f\x0d\x01\x22\x65\x81\xbd\x01\x01\x03\x0b\x03\x0d\x03\x0d\x03\x0d\x02\x0c\x05\
    \x08\x02\x0a\x01\x02\x01\x02\x05\x31\x05\x01\x0a\x01\x01\x0d\x01\x10\x0d\x33\x21\x8b\x8b\x02\x71\
    \x03\x7d\x01\x0f\x01\x60\x20\x2f\x01\x81\xd5\x01\x24\x04\x03\x05\x05\x01\x5d\x06\x5d\x03\xc0\x6f\
    \x16\x01\x84\xe2\x06\x81\x0e\x01\x62\x04\x01\x0a\x01\x01\x1c\x04\x50\x02\x0e\x22\x4e\x01\x17\x03\
    \x66\x04\x03\x02\x08\x01\x03\x01\x04\x01\x19\x02\x05\x01\x80\x97\x02\x1a\x12\x0d\x01\x26\x08\x19\
    \x0b\x2e\x03\x30\x01\x02\x04\x02\x02\x11\x01\x15\x02\x42\x06\x02\x02\x02\x02\x0c\x01\x08\x01\x23\
    \x01\x0b\x01\x33\x01\x01\x03\x02\x02\x05\x02\x01\x01\x1b\x01\x0e\x02\x05\x02\x01\x01\x64\x05\x09\
    \x03\x79\x01\x02\x01\x04\x01\xc0\x4f\x30\x01\x80\x93\x11\x82\x3d\x10\x03\x01\x0c\x10\x22\x01\x02\
    \x01\x80\xa9\x01\x07\x01\x06\x01\x0b\x01\x23\x01\x01\x01\x2f\x01\x2d\x02\x43\x01\x15\x03\x82\x01\
    \x01\x80\xe2\x01\x80\x95\x05\x84\x05\x06\x01\x2a\x01\x09\x82\x46\x03\x01\x02\x05\x04\x28\x03\x04\
    \x01\x80\xa5\x02\x82\x3d\x04\x26\x01\x1a\x05\x01\x01\x81\x3b\x02\x18\x01\x34\x06\x46\x0b\x31\x04\
    \x7b\x01\x36\x0f\x29\x01\x02\x02\x0a\x03\x31\x04\x02\x02\x02\x01\x04\x01\x0a\x01\x32\x03\x24\x05\
    \x01\x08\x3e\x01\x0c\x02\x34\x09\x0a\x04\x02\x01\x5f\x03\x02\x01\x01\x02\x06\x01\x02\x01\x80\x9d\
    \x01\x03\x08\x15\x02\x39\x02\x03\x01\x25\x07\x03\x05\x46\x06\x0d\x01\x01\x01\x01\x01\x0e\x02\x55\
    \x08\x02\x03\x01\x01\x17\x01\x54\x06\x01\x01\x04\x02\x01\x02\x80\xee\x04\x06\x02\x01\x02\x1b\x02\
    \x55\x08\x02\x01\x01\x02\x6a\x01\x01\x01\x02\x06\x01\x01\x65\x01\x01\x01\x02\x04\x01\x05\x81\x03\
    \x09\x01\x02\x81\x00\x02\x01\x01\x04\x01\x80\x90\x04\x02\x02\x04\x01\x20\x0a\x28\x06\x02\x04\x08\
    \x01\x09\x06\x02\x03\x2e\x0d\x01\x02\x80\xc6\x01\x01\x03\x01\x01\x80\xc9\x07\x01\x06\x01\x01\x52\
    \x16\x02\x07\x01\x02\x01\x02\x7a\x06\x03\x01\x01\x02\x01\x07\x01\x01\x48\x02\x03\x01\x01\x01\x41\
    \x01\x81\x19\x02\x0b\x02\x34\x05\x05\x01\x01\x01\x17\x01\x94\xd5\x11\x06\x0f\xac\xc8\x0c\x03\x03\
    \x89\xc0\x05\x3b\x07\x09\x04\x81\xfc\x03\x28\x02\x81\xe2\x01\x3f\x11\x40\x02\x01\x02\x0d\x02\xbf\
    \xfc\x04\x01\x07\x01\x02\x8c\x9e\x02\x01\x04\x92\x5c\x2e\x02\x17\x82\x20\x03\x09\x10\x02\x07\x1e\
    \x04\x80\x94\x03\x87\xbb\x37\x04\x32\x08\x01\x0e\x01\x16\x05\x01\x0f\x85\x50\x07\x01\x11\x02\x07\
    \x01\x02\x01\x05\x05\x3e\x21\x01\x80\xa0\x0e\x81\x70\x01\x3d\x04\x81\xfb\x05\x80\xfe\x02\x80\xf3\
    \x01\x02\x01\x07\x02\x05\x01\x09\x01\x81\xd0\x07\x6d\x08\x8a\xaf\x05\xcc\x0c\x01\x01\x1e\x60\x80\
    \x80\x80\xf0";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Span;

    /// The standard library's case conversions bring its case tables (about 9 KB of gzipped
    /// wasm) back into the build: code outside tests uses [`lowercase`] / [`push_lowercase`].
    /// (A role lookup's one `to_lowercase()` once did, unnoticed until the size report.)
    #[test]
    fn no_std_case_tables_outside_tests() {
        fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("util.rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    // Only the code before a file's test module counts.
                    let code = text.split("#[cfg(test)]").next().unwrap_or("");
                    for pattern in [".to_lowercase()", ".to_uppercase()", "char::to_lowercase", "char::to_uppercase"] {
                        if code.contains(pattern) {
                            out.push(format!("{}: {pattern}", path.display()));
                        }
                    }
                }
            }
        }
        let mut found = Vec::new();
        walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut found);
        assert!(found.is_empty(), "use util::lowercase: {found:?}");
    }

    /// [`LOWER_RUNS`] as the standard library's `char::to_lowercase` gives it.
    fn lower_runs_from_std() -> Vec<(u32, i32)> {
        let mut mapped: Vec<(u32, i32)> = Vec::new();
        for c in (0x80..=0x10ffff).filter_map(char::from_u32) {
            let mut lower = c.to_lowercase();
            if let (Some(l), None) = (lower.next(), lower.next()) {
                if l != c {
                    mapped.push((c as u32, l as i32 - c as i32));
                }
            }
        }
        let mut runs = Vec::new();
        let mut i = 0;
        while i < mapped.len() {
            let (start, delta) = mapped[i];
            let step = match mapped.get(i + 1) {
                Some(&(next, d)) if d == delta && next - start <= 2 => next - start,
                _ => 1,
            };
            let mut count = 1;
            while count < 127 && mapped.get(i + count) == Some(&(start + step * count as u32, delta)) {
                count += 1;
            }
            runs.push((start << 8 | (count as u32) << 1 | (step - 1), delta));
            i += count;
        }
        runs
    }

    /// Unicode's `Case_Ignorable` as the standard library's `str::to_lowercase` reads it: `x`
    /// is skipped before a sigma when "AxΣ" ends in ς and "xΣ" does not.
    fn case_ignorable_from_std() -> Vec<u8> {
        let ends_final = |s: String| s.to_lowercase().ends_with('ς');
        let mut out = Vec::new();
        let (mut inside, mut run_start) = (false, 0u32);
        for u in 0..=0x110000u32 {
            let ignorable =
                char::from_u32(u).is_some_and(|x| ends_final(format!("A{x}Σ")) && !ends_final(format!("{x}Σ")));
            if ignorable != inside && u < 0x110000 {
                let n = u - run_start;
                match n {
                    0..=0x7f => out.push(n as u8),
                    0x80..=0x3fff => out.extend([0x80 | (n >> 8) as u8, n as u8]),
                    _ => out.extend([0xc0 | (n >> 16) as u8, (n >> 8) as u8, n as u8]),
                }
                (inside, run_start) = (ignorable, u);
            }
        }
        out
    }

    #[test]
    fn lowercase_tables_match_the_standard_library() {
        let runs = lower_runs_from_std();
        let ignorable = case_ignorable_from_std();
        if runs[..] != LOWER_RUNS[..] || ignorable[..] != CASE_IGNORABLE[..] {
            let rows: Vec<String> = runs
                .chunks(4)
                .map(|row| row.iter().map(|(k, d)| format!("(0x{k:x}, {d}),")).collect::<Vec<_>>().join(" "))
                .collect();
            let bytes: Vec<String> =
                ignorable.chunks(24).map(|line| line.iter().map(|b| format!("\\x{b:02x}")).collect()).collect();
            panic!(
                "the Unicode tables changed; new ones:\nconst LOWER_RUNS: [(u32, i32); {}] = [\n    {}\n];\n\nconst CASE_IGNORABLE: &[u8] = b\"\\\n    {}\";",
                runs.len(),
                rows.join("\n    "),
                bytes.join("\\\n    ")
            );
        }
    }

    #[test]
    fn lowercase_matches_the_standard_library() {
        // Sigma contexts: the first 2,048 characters (Latin, Greek, Cyrillic, the combining
        // marks), every character on either side of a case-ignorable run's edge, every 97th.
        let mut edges = Vec::new();
        let mut at = 0;
        let mut bytes = CASE_IGNORABLE.iter().map(|&b| u32::from(b));
        while let Some(b) = bytes.next() {
            let n = match b >> 6 {
                2 => (b & 0x3f) << 8 | bytes.next().unwrap(),
                3 => (b & 0x3f) << 16 | bytes.next().unwrap() << 8 | bytes.next().unwrap(),
                _ => b,
            };
            at += n;
            edges.extend([at.saturating_sub(1), at]);
        }
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let one = c.to_string();
            assert_eq!(lowercase(&one), one.to_lowercase(), "{c:?}");
            let u = c as u32;
            if u < 0x800 || u % 97 == 0 || edges.binary_search(&u).is_ok() {
                for s in [
                    format!("{c}Σ"),
                    format!("A{c}Σ"),
                    format!("Σ{c}"),
                    format!("AΣ{c}"),
                    format!("AΣ{c}A"),
                    format!("é{c}Σ{c}"),
                ] {
                    assert_eq!(lowercase(&s), s.to_lowercase(), "{s:?}");
                }
            }
        }
        for s in [
            "",
            "ΟΔΥΣΣΕΑΣ",
            "ΣΑΣ ΣΑΣ.",
            "Σ",
            "AΣ'",
            "A'Σ'A",
            "ÀÉÎÕÜ Łukasz ŁÓDŹ Ørsted МОСКВА İSTANBUL",
            "Ǆ ǅ ǆ ᾈ Ω K Å",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s:?}");
        }
    }

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
    fn merge_order_matches_a_stable_sort() {
        let mut x = 12345u64;
        for n in (0..70).chain([127, 128, 129, 1000, 4099]) {
            let keys: Vec<u64> = (0..n)
                .map(|_| {
                    x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    (x >> 33) % (n as u64 / 3 + 1)
                })
                .collect();
            let mut want: Vec<usize> = (0..n).collect();
            want.sort_by_key(|&i| keys[i]);
            assert_eq!(merge_order(n, &mut |i, j| keys[i] <= keys[j]), want, "n = {n}");
        }
    }

    #[test]
    fn sort_by_key_is_stable() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
    }

    #[test]
    fn sort_matches_derived_ord() {
        let spans: Vec<Span> =
            [(5, 9), (2, 3), (5, 6), (2, 3), (0, 10)].iter().map(|&(a, b)| Span::new(a, b)).collect();
        let (mut a, mut b) = (spans.clone(), spans.clone());
        sort(&mut a);
        b.sort_unstable();
        assert_eq!(a, b);
        let items: Vec<(Span, usize)> = spans.iter().enumerate().map(|(i, &s)| (s, 7 - i)).collect();
        let (mut a, mut b) = (items.clone(), items);
        sort(&mut a);
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
