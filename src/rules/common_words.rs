//! Capitalised words that are never entities by themselves: function words that open a
//! sentence (`But`, `The`), pronouns, days and months, and common all-caps abbreviations
//! that are not organisations (`TV`, `CEO`, `GDP`).

/// Lowercase; a capitalised token in this list never starts or ends an entity name.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const NOT_NAMES: &[&str] = &[
    "a", "about", "above", "according", "across", "ad", "additional", "advertisement", "after", "afterwards", "again",
    "against", "ago", "ai", "aids", "all", "almost", "also", "although", "am", "among", "an", "analysts", "and",
    "another", "any", "anyone", "anything", "apr", "april", "are", "as", "asked", "at", "aug", "august",
    "authorities", "bc", "be", "because", "been", "before", "being", "below", "besides", "beyond", "both", "breaking",
    "but", "by", "can", "ceo", "cfo", "christmas", "could", "covid", "covid-19", "critics", "dec", "december",
    "despite", "did", "diplomats", "dna", "do", "doctors", "does", "doing", "down", "during", "each", "earlier",
    "easter", "economists", "editing", "either", "else", "elsewhere", "even", "ever", "every", "everyone",
    "everything", "experts", "faq", "feb", "february", "few", "finally", "first", "for", "friday", "from", "further",
    "gdp", "god", "had", "has", "have", "having", "he", "hello", "her", "here", "hers", "herself", "hey", "him",
    "himself", "his", "hiv", "how", "however", "i", "id", "if", "in", "including", "indeed", "inside", "instead",
    "into", "investigators", "is", "it", "its", "itself", "jan", "january", "jul", "july", "jun", "june", "just",
    "last", "late", "later", "lawmakers", "least", "less", "let", "lgbt", "lgbtq", "like", "lord", "many", "mar",
    "march", "may", "me", "meanwhile", "might", "mine", "monday", "more", "moreover", "most", "much", "must", "my",
    "myself", "neither", "never", "nevertheless", "new", "next", "no", "nobody", "none", "nonetheless", "nor", "not",
    "nothing", "nov", "november", "now", "observers", "oct", "october", "of", "off", "officers", "officials", "often",
    "oh", "ok", "okay", "on", "once", "one", "only", "onto", "or", "other", "others", "otherwise", "our", "ours",
    "ourselves", "out", "outside", "over", "overall", "own", "pdf", "per", "perhaps", "photo", "please", "pm",
    "police", "protesters", "ps", "ramadan", "rather", "read", "related", "reporting", "rescuers", "researchers",
    "residents", "rna", "same", "saturday", "scientists", "second", "sep", "sept", "september", "several", "she",
    "should", "since", "so", "some", "someone", "something", "sometimes", "sorry", "sources", "speaking", "still",
    "such", "sunday", "than", "thank", "thanks", "that", "the", "their", "theirs", "them", "themselves", "then",
    "there", "therefore", "these", "they", "third", "this", "those", "though", "through", "throughout", "thursday",
    "thus", "to", "today", "together", "tomorrow", "too", "toward", "towards", "tuesday", "tv", "ufo", "under",
    "unless", "unlike", "until", "up", "update", "updated", "upon", "us", "usb", "very", "via", "video", "vip",
    "voters", "was", "watch", "we", "wednesday", "were", "what", "whatever", "when", "whenever", "where", "whereas",
    "wherever", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without",
    "witnesses", "workers", "would", "writing", "year", "yes", "yesterday", "yet", "you", "your", "yours", "yourself",
];
