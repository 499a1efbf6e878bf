//! Character references: `&amp;`, `&eacute;`, `&#8217;`, `&#x2014;`, decoded as browsers do
//! for the names we know (see [`crate::rules::entities`]). An unknown or broken reference
//! stays as written: `AT&T`, `&nosuch;`, `&#xZZ;`.

use crate::rules::entities::{C1_AS_WINDOWS_1252, ENTITIES};

/// Where decoded text came from: bytes from `at` on in the decoded text copy source bytes
/// from `pos` on (in the origin `node`: the page source, or one text node of the host page).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    pub at: usize,
    pub node: usize,
    pub pos: usize,
}

/// Appends `raw` (source text starting at byte `pos` of origin `node`) to `out` with its
/// references decoded, recording a [`Piece`] wherever decoded and source offsets part.
pub fn decode_into(raw: &str, node: usize, pos: usize, out: &mut String, pieces: &mut Vec<Piece>) {
    pieces.push(Piece { at: out.len(), node, pos });
    let mut copied = 0;
    let mut search = 0;
    while let Some(k) = raw[search..].find('&') {
        let amp = search + k;
        match reference(&raw[amp + 1..]) {
            Some((c, len)) => {
                out.push_str(&raw[copied..amp]);
                pieces.push(Piece { at: out.len(), node, pos: pos + amp });
                out.push(c);
                copied = amp + 1 + len;
                pieces.push(Piece { at: out.len(), node, pos: pos + copied });
                search = copied;
            }
            None => search = amp + 1,
        }
    }
    out.push_str(&raw[copied..]);
}

/// Decodes an attribute value.
pub fn decode(raw: &str) -> String {
    if !raw.contains('&') {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    decode_into(raw, 0, 0, &mut out, &mut Vec::new());
    out
}

/// The reference after an `&`: its character and how many bytes it takes (after the `&`).
fn reference(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.first() == Some(&b'#') {
        let (hex, start) = match b.get(1) {
            Some(b'x' | b'X') => (true, 2),
            _ => (false, 1),
        };
        let digits = b[start..].iter().take_while(|c| if hex { c.is_ascii_hexdigit() } else { c.is_ascii_digit() });
        let n = digits.count();
        if n == 0 {
            return None;
        }
        // Long runs of digits are out of range anyway: cap the value, not the scan.
        let value = s[start..start + n.min(8)]
            .chars()
            .fold(0u32, |v, c| v * if hex { 16 } else { 10 } + c.to_digit(16).unwrap_or(0));
        let value = if n > 8 { 0x11_0000 } else { value };
        let len = start + n + usize::from(b.get(start + n) == Some(&b';'));
        let c = match value {
            0x80..=0x9F => C1_AS_WINDOWS_1252[(value - 0x80) as usize],
            0 => '\u{FFFD}',
            v => char::from_u32(v).unwrap_or('\u{FFFD}'),
        };
        return Some((c, len));
    }
    let n = b.iter().take(32).take_while(|c| c.is_ascii_alphanumeric()).count();
    if n == 0 {
        return None;
    }
    let name = &s[..n];
    let i = ENTITIES.binary_search_by(|e| e.0.cmp(name)).ok()?;
    let c = ENTITIES[i].1;
    if b.get(n) == Some(&b';') {
        Some((c, n + 1))
    } else if (c as u32) < 256 {
        // The Latin-1 names also work without the semicolon: `&copy 2023`, `&amp`.
        Some((c, n))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_and_numeric() {
        assert_eq!(
            decode("Tom &amp; Jerry&rsquo;s &#8220;caf&eacute;&#x201D; &#150; &copy 2023"),
            "Tom & Jerry’s “café” – © 2023"
        );
        assert_eq!(decode("AT&T &nosuch; &#xZZ; & &#0; &#99999999999;"), "AT&T &nosuch; &#xZZ; & \u{FFFD} \u{FFFD}");
        assert_eq!(decode("&hellip&mdash;"), "&hellip—");
    }

    #[test]
    fn pieces_map_back_to_source() {
        let raw = "a &amp; b&eacute;c";
        let (mut out, mut pieces) = (String::new(), Vec::new());
        decode_into(raw, 7, 100, &mut out, &mut pieces);
        assert_eq!(out, "a & béc");
        let at = |i: usize| {
            let p = pieces.iter().rev().find(|p| p.at <= i).unwrap();
            p.pos + (i - p.at)
        };
        assert_eq!(at(0), 100);
        assert_eq!(at(2), 102); // '&' from "&amp;"
        assert_eq!(at(4), 108); // 'b'
        assert_eq!(at(5), 109); // 'é' from "&eacute;"
        assert_eq!(at(7), 117); // 'c'
        assert!(pieces.iter().all(|p| p.node == 7));
    }
}
