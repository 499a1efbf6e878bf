/** A range of UTF-16 code units into `Card.text`: `card.text.slice(start, end)`. */
export interface Span { start: number; end: number; }

export interface CardMeta {
  title: string | null;
  /** The document creation time used as the anchor, `YYYY-MM-DD`. */
  published: string | null;
  byline: string | null;
  site: string | null;
  /** BCP 47, e.g. "en". */
  lang: string | null;
  words: number;
  readingMinutes: number;
}

export interface SentenceRef { start: number; end: number; paragraph: number; }

export interface Quote {
  kind: "direct" | "indirect";
  text: string;
  start: number;
  end: number;
  spans: Span[];
  speaker: string | null;
  speakerMention: Span | null;
  role: string | null;
  cue: string | null;
  /** `YYYY-MM-DD` when the text tells when it was said. */
  date: string | null;
  partial: boolean;
  sentence: number;
  score: number;
}

export interface DateMention {
  text: string;
  start: number;
  end: number;
  type: "DATE" | "TIME" | "DURATION" | "SET";
  /** TimeML TIMEX3 value: "2023-02-11", "2023-W07", "P3M", "PRESENT_REF", ... */
  value: string;
  sentence: number;
}

export interface Entity {
  name: string;
  kind: "person" | "organization" | "place" | "other";
  role: string | null;
  mentions: Span[];
}

export interface Card {
  meta: CardMeta;
  text: string;
  sentences: SentenceRef[];
  /** Key sentences, as indexes into `sentences`, in article order. */
  summary: number[];
  quotes: Quote[];
  dates: DateMention[];
  entities: Entity[];
}

export type Section = "summary" | "quotes" | "timeline" | "entities" | "article";

/** Every UI string of the card, by name (`{n}` stands for a number). */
export type LabelName =
  | "all" | "article" | "axis" | "card" | "copied" | "copy" | "copyFailed" | "dayAfter" | "dayBefore"
  | "daysAfter" | "daysBefore" | "entities" | "filter" | "fragment" | "fragments" | "minRead" | "noDates"
  | "noEntities" | "noQuotes" | "organizations" | "other" | "otherTimes" | "people" | "places" | "published"
  | "quotes" | "reported" | "sameDay" | "sections" | "show" | "summary" | "timeline" | "unattributed" | "words";

/**
 * What the reader picked: given to `options.onSelect` and, as `detail`, in the bubbling,
 * composed `article-card:select` CustomEvent. `index` points into `card.quotes`,
 * `card.dates` or `card.entities`.
 */
export type Selection =
  | { type: "quote"; index: number; data: Quote }
  | { type: "date"; index: number; data: DateMention }
  | { type: "entity"; index: number; data: Entity };

export interface Options {
  input?: "auto" | "text" | "html";
  /** Anchor for relative dates when the article states no publication date. */
  published?: string;
  maxQuotes?: number;
  maxSentences?: number;
  locale?: string;
  theme?: "auto" | "light" | "dark";
  labels?: Partial<Record<LabelName, string>>;
  sections?: Section[];
  onSelect?: (item: Selection) => void;
}
