//! A small JSON reader for JSON-LD metadata (`<script type="application/ld+json">`): values
//! only, parsed with an explicit stack (nesting deeper than [`MAX_DEPTH`] is refused), and
//! tolerant of trailing commas, which hand-written JSON-LD often has.

/// How deep arrays and objects may nest.
const MAX_DEPTH: usize = 64;

#[derive(Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number, as written.
    Num(String),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    /// A member of an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(m) => m.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }
}

/// Parses one JSON value (surrounding whitespace allowed); `None` when it is not JSON.
pub fn parse(s: &str) -> Option<Json> {
    let b = s.as_bytes();
    let mut i = 0;
    // Open containers, each with the key waiting for its value (objects).
    let mut stack: Vec<(Json, Option<String>)> = Vec::new();
    loop {
        skip_ws(b, &mut i);
        let value = match stack.last_mut() {
            Some((Json::Obj(_), key @ None)) => match b.get(i)? {
                b'}' => {
                    i += 1;
                    stack.pop()?.0
                }
                b',' => {
                    i += 1;
                    continue;
                }
                b'"' => {
                    *key = Some(string(s, &mut i)?);
                    skip_ws(b, &mut i);
                    if b.get(i) != Some(&b':') {
                        return None;
                    }
                    i += 1;
                    continue;
                }
                _ => return None,
            },
            top => match b.get(i)? {
                b'{' | b'[' => {
                    if stack.len() >= MAX_DEPTH {
                        return None;
                    }
                    let c = if b[i] == b'{' { Json::Obj(Vec::new()) } else { Json::Arr(Vec::new()) };
                    i += 1;
                    stack.push((c, None));
                    continue;
                }
                b']' if matches!(top, Some((Json::Arr(_), _))) => {
                    i += 1;
                    stack.pop()?.0
                }
                b',' if matches!(top, Some((Json::Arr(_), _))) => {
                    i += 1;
                    continue;
                }
                b'"' => Json::Str(string(s, &mut i)?),
                b't' if b[i..].starts_with(b"true") => {
                    i += 4;
                    Json::Bool(true)
                }
                b'f' if b[i..].starts_with(b"false") => {
                    i += 5;
                    Json::Bool(false)
                }
                b'n' if b[i..].starts_with(b"null") => {
                    i += 4;
                    Json::Null
                }
                b'-' | b'0'..=b'9' => {
                    let st = i;
                    while i < b.len() && matches!(b[i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') {
                        i += 1;
                    }
                    Json::Num(s[st..i].to_string())
                }
                _ => return None,
            },
        };
        match stack.last_mut() {
            None => return Some(value),
            Some((Json::Arr(items), _)) => items.push(value),
            Some((Json::Obj(members), key)) => members.push((key.take()?, value)),
            Some(_) => return None,
        }
    }
}

fn skip_ws(b: &[u8], i: &mut usize) {
    while *i < b.len() && b[*i].is_ascii_whitespace() {
        *i += 1;
    }
}

/// A string starting at the quote at `i`; leaves `i` after the closing quote.
fn string(s: &str, i: &mut usize) -> Option<String> {
    let b = s.as_bytes();
    let mut out = String::new();
    let mut j = *i + 1;
    let mut copied = j;
    while j < b.len() {
        match b[j] {
            b'"' => {
                out.push_str(&s[copied..j]);
                *i = j + 1;
                return Some(out);
            }
            b'\\' => {
                out.push_str(&s[copied..j]);
                let e = *b.get(j + 1)?;
                j += 2;
                match e {
                    b'n' => out.push('\n'),
                    b't' => out.push('\t'),
                    b'r' => out.push('\r'),
                    b'b' | b'f' => out.push(' '),
                    b'u' => {
                        let hi = hex4(s, j)?;
                        j += 4;
                        let c = if (0xD800..0xDC00).contains(&hi) && s[j..].starts_with("\\u") {
                            let lo = hex4(s, j + 2)?;
                            j += 6;
                            char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo.wrapping_sub(0xDC00) & 0x3FF))
                        } else {
                            char::from_u32(hi)
                        };
                        out.push(c.unwrap_or('\u{FFFD}'));
                    }
                    other if other.is_ascii() => out.push(other as char),
                    _ => return None,
                }
                copied = j;
            }
            _ => j += 1,
        }
    }
    None
}

fn hex4(s: &str, at: usize) -> Option<u32> {
    u32::from_str_radix(s.get(at..at + 4)?, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_tolerance() {
        let v = parse(r#" {"@type": ["NewsArticle"], "n": -1.5e3, "a": [true, null, "x\u00e9\"\ud83d\ude00",], } "#)
            .unwrap();
        assert_eq!(v.get("n"), Some(&Json::Num("-1.5e3".into())));
        assert_eq!(v.get("a"), Some(&Json::Arr(vec![Json::Bool(true), Json::Null, Json::Str("xé\"😀".into())])));
        assert!(parse("{\"a\": }").is_none());
        assert!(parse("[1, 2").is_none());
        assert!(parse(&"[".repeat(100_000)).is_none());
        assert!(parse("\"\\u12\"").is_none());
    }
}
