//! Small helpers that keep the wasm small. Sorting through one shared routine: each
//! `sort`/`sort_by_key` call site with its own element or closure type adds its own copy of the
//! standard library's sort to the wasm (2-4 KB each), so the crate sorts `(u64, u64)` pairs in
//! one place and every call site maps onto that. Scaled counts without the float parser and
//! printer (about 30 KB of code and tables).

use crate::doc::Span;

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

    /// What `scaled_count` stands in for.
    fn with_floats(count: &str, k: u32) -> String {
        match count.parse::<f64>() {
            Ok(x) => {
                let v = x * k as f64;
                if v.fract() == 0.0 {
                    format!("{}", v as u64)
                } else {
                    format!("{v}")
                }
            }
            Err(_) => count.to_string(),
        }
    }

    #[test]
    fn scaled_count_writes_what_the_float_printer_writes() {
        for s in [
            "1.1",
            "2.3",
            "0.07",
            "1.5",
            "0.5",
            "12",
            "1.",
            ".5",
            "1.2.3",
            "X",
            "",
            ".",
            "99999.5",
            "0.0001",
            "4294967295",
        ] {
            for k in [10, 100] {
                assert_eq!(scaled_count(s, k), with_floats(s, k), "{s} x {k}");
            }
        }
        // Every count the matchers can write with six characters or fewer, one dot.
        let mut n = 0;
        for len in 1..=5u32 {
            for a in 0..10u64.pow(len) {
                let digits = format!("{a:0width$}", width = len as usize);
                for dot in 0..=len as usize {
                    let s = format!("{}.{}", &digits[..dot], &digits[dot..]);
                    for k in [10, 100] {
                        n += 1;
                        assert_eq!(scaled_count(&s, k), with_floats(&s, k), "{s} x {k}");
                    }
                }
            }
        }
        assert!(n > 1_000_000);
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
/// `1.5`, `0.07`) times `k`, written as `format!("{}", x * k as f64)` writes it after
/// `count.parse::<f64>()`, digit for digit (`1.1` times 100 is `110.00000000000001`), without
/// pulling the standard float parser and printer into the wasm. Any other text comes back as
/// written, as when that parse fails.
pub fn scaled_count(count: &str, k: u32) -> String {
    let (int, frac) = count.split_once('.').unwrap_or((count, ""));
    let digits = || int.bytes().chain(frac.bytes());
    let all_digits = digits().all(|b| b.is_ascii_digit());
    let significant = digits().skip_while(|&b| b == b'0').count();
    if !all_digits || int.len() + frac.len() == 0 || significant > 15 || frac.len() > 15 {
        return count.to_string();
    }
    let a = digits().fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
    // Both exact in f64, so the division is the correctly rounded value the parser gives.
    let x = a as f64 / 10u64.pow(frac.len() as u32) as f64;
    let v = x * k as f64;
    if v.fract() == 0.0 {
        return (v as u64).to_string();
    }
    shortest(v)
}

/// The shortest decimal that reads back as `v` (the closest one, ties up), written without an
/// exponent as `f64`'s `Display` writes it; for positive `v` below 2^53 with a fraction and at
/// least 1e-12 (the counts above), exactly, in 128-bit integers.
fn shortest(v: f64) -> String {
    let bits = v.to_bits();
    let (exp, frac_bits) = ((bits >> 52) as i32 & 0x7ff, bits & ((1 << 52) - 1));
    let m = u128::from(frac_bits | 1 << 52);
    let s = 1075 - exp; // v = m / 2^s
    if exp == 0 || !(1..=90).contains(&s) {
        return String::new(); // outside the counts' range: not reached
    }
    // v, and the bounds of the values that read back as v, over d = 2^(s + 2).
    let d: u128 = 1 << (s + 2);
    let (vv, hi) = (4 * m, 4 * m + 2);
    let lo = if frac_bits == 0 && exp > 1 { 4 * m - 1 } else { 4 * m - 2 };
    let inclusive = m % 2 == 0;
    // Decimal exponent: 10^(e - 1) <= v < 10^e.
    let mut e: i32 = -20;
    while !below_pow10(vv, d, e) {
        e += 1;
    }
    for p in 1..=17i32 {
        // Candidates q * 10^(e - p); num / den = v / 10^(e - p).
        let (up, down) = (10u128.pow((p - e).max(0) as u32), 10u128.pow((e - p).max(0) as u32));
        let (num, den) = (vv * up, d * down);
        let qf = num / den;
        let inside = |q: u128| {
            let above_lo = cmp_q(q, lo * up, den);
            let below_hi = cmp_q(q, hi * up, den);
            let ok = |o: core::cmp::Ordering, want: core::cmp::Ordering| o == want || (inclusive && o.is_eq());
            ok(above_lo, core::cmp::Ordering::Greater) && ok(below_hi, core::cmp::Ordering::Less)
        };
        let (f_in, c_in) = (inside(qf), num % den != 0 && inside(qf + 1));
        let q = match (f_in, c_in) {
            (true, true) => {
                // Closest; a tie goes up.
                if cmp_q(2 * qf + 1, 2 * num, den).is_le() {
                    qf + 1
                } else {
                    qf
                }
            }
            (true, false) => qf,
            (false, true) => qf + 1,
            (false, false) => continue,
        };
        return write_decimal(q, e - p);
    }
    String::new()
}

/// Whether `vv / d < 10^e`.
fn below_pow10(vv: u128, d: u128, e: i32) -> bool {
    if e >= 0 {
        vv < d * 10u128.pow(e as u32)
    } else {
        vv * 10u128.pow((-e) as u32) < d
    }
}

/// `q` against `num / den` (exactly, without forming `q * den`).
fn cmp_q(q: u128, num: u128, den: u128) -> core::cmp::Ordering {
    let (whole, rest) = (num / den, num % den);
    q.cmp(&whole).then(if rest == 0 { core::cmp::Ordering::Equal } else { core::cmp::Ordering::Less })
}

/// `q * 10^exp` in plain decimal notation, no trailing zeros after the point.
fn write_decimal(mut q: u128, mut exp: i32) -> String {
    while q % 10 == 0 && q > 0 && exp < 0 {
        q /= 10;
        exp += 1;
    }
    let digits = q.to_string();
    if exp >= 0 {
        return digits + &"0".repeat(exp as usize);
    }
    let point = digits.len() as i32 + exp;
    if point > 0 {
        format!("{}.{}", &digits[..point as usize], &digits[point as usize..])
    } else {
        format!("0.{}{}", "0".repeat((-point) as usize), digits)
    }
}
