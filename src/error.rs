//! Errors at the boundary: arguments, options, files, the DOM. Extraction itself never fails.

use std::fmt;

#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// An option has an unknown name, a wrong type or an unusable value.
    Option(String),
    /// A file could not be read.
    Io { path: String, source: std::io::Error },
    /// Input bytes are not UTF-8.
    Utf8 { path: String },
    /// A DOM operation failed or a target was not found.
    Dom(String),
    /// A feature that is not available yet.
    Unsupported(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Option(m) => write!(f, "{m}"),
            Error::Io { path, source } => write!(f, "cannot read {path}: {source}"),
            Error::Utf8 { path } => write!(f, "{path} is not valid UTF-8 text"),
            Error::Dom(m) => write!(f, "{m}"),
            Error::Unsupported(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
