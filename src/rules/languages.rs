//! Frequent function words of the Latin-script languages that language detection tells
//! apart. Each list leaves out words shared with English where it can (`in`, `a`).

/// English.
pub const EN: &[&str] = &[
    "and", "are", "by", "for", "from", "had", "has", "have", "he", "is", "it", "of", "said", "that", "the", "this",
    "was", "were", "which", "with",
];
/// French.
pub const FR: &[&str] = &[
    "au", "avec", "dans", "des", "du", "elle", "est", "et", "il", "la", "le", "les", "mais", "ne", "pas", "pour",
    "qui", "sont", "sur", "une",
];
/// German.
pub const DE: &[&str] = &[
    "auch", "auf", "das", "dem", "der", "die", "ein", "eine", "für", "ich", "ist", "mit", "nicht", "sich", "sie",
    "und", "von", "wird", "zu", "über",
];
/// Spanish.
pub const ES: &[&str] = &[
    "al", "como", "con", "de", "del", "el", "en", "es", "la", "las", "los", "para", "pero", "por", "que", "se", "su",
    "una", "y", "ya",
];
/// Italian.
pub const IT: &[&str] = &[
    "che", "con", "da", "del", "della", "di", "e", "gli", "il", "la", "le", "nel", "non", "per", "più", "si", "sono",
    "una", "è",
];
/// Portuguese.
pub const PT: &[&str] = &[
    "as", "com", "da", "das", "de", "do", "dos", "em", "foi", "mais", "na", "no", "não", "os", "para", "que", "se",
    "um", "uma", "é",
];
/// Dutch.
pub const NL: &[&str] = &[
    "dat", "de", "een", "en", "er", "het", "is", "met", "niet", "nog", "ook", "op", "te", "van", "voor", "was",
    "wordt", "zijn",
];
