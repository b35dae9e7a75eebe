// Types shared by the stages of the extraction pipeline (lib/pipeline). The pipeline is pure:
// text and dictionaries in, typed values out; no database, no Next.js, no I/O.
//
// Offsets (`start`, `end`) are UTF-16 code-unit offsets into `ParsedArticle.text`, end exclusive,
// so `text.slice(start, end)` is always the verbatim phrase.

export interface Span {
  start: number;
  end: number;
}

export type Precision = "day" | "month" | "year";
export type EventStatus = "occurred" | "planned";

export const EVENT_TYPES = [
  "call",
  "meeting",
  "visit",
  "summit",
  "statement",
  "agreement",
  "aid",
  "deployment",
  "sanction",
  "accusation",
  "denial",
  "warning",
  "appeal",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type ActorKind = "person" | "state" | "organisation";

// ---------------------------------------------------------------- stage 1: read

export interface Dateline {
  /** "WASHINGTON", "MOSCOW" as written; `place` is the normalised city name. */
  raw: string;
  place: string | null;
  country: string | null;
  publisher: string | null;
  /** Date given in the dateline (YYYY-MM-DD), when there is one. */
  date: string | null;
  span: Span;
}

export interface ParsedArticle {
  /** The normalised file: BOM removed, CRLF/CR turned into LF. Offsets point into this. */
  text: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  headline: string;
  headlineSpan: Span;
  url: string | null;
  /** Every `key value` header line after the first (keys lower-cased). */
  headers: Record<string, string>;
  /** The body, after the blank line; `bodySpan` locates it in `text`. */
  body: string;
  bodySpan: Span;
  dateline: Dateline | null;
  warnings: string[];
}

// ---------------------------------------------------------------- stage 2: sentences

export interface Sentence extends Span {
  index: number;
  text: string;
  /** The headline is sentence 0 and is flagged so events in it can be merged with the body's. */
  isHeadline: boolean;
  paragraph: number;
}

// ---------------------------------------------------------------- actors

export interface DatedRole {
  title: string;
  /** Country (alpha-3) or organisation code the role belongs to. */
  country: string | null;
  /** Inclusive YYYY-MM-DD bounds; null means open. */
  from: string | null;
  to: string | null;
}

/** One entry of the actor dictionary (lib/pipeline/actors/data). */
export interface ActorRecord {
  slug: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  aliases: string[];
  roles: DatedRole[];
  /** For institutions that stand for a state or organisation ("White House" → usa). */
  standsFor?: string;
  /**
   * Made by the actor stage from one article ("the French ambassador in Washington, Philippe
   * Etienne"), not taken from the dictionary; its role holds on that article's date only.
   */
  adHoc?: boolean;
}

export type ActorResolution =
  | "name" // full name or alias as written
  | "surname" // second mention by surname
  | "title" // "the French President", "the Kremlin chief"
  | "institution" // White House → United States
  | "demonym" // "French", "Russian" side
  | "coreference" // "his US counterpart", "the two leaders"
  | "metonym" // a capital as subject: "Moscow has denied" → Russia
  | "ad-hoc" // a person not in the dictionary, introduced with a title
  | "user-alias";

export interface ActorMention extends Span {
  slug: string;
  text: string;
  sentenceIndex: number;
  via: ActorResolution;
  /** Human-readable account of how the mention was resolved (for `npm run explain`). */
  why: string;
  /** A country name after "in"/"at" ("talks in Russia"): possibly a place rather than an actor. */
  asPlace?: boolean;
}

// ---------------------------------------------------------------- dates

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

export interface DateExpression extends Span {
  text: string;
  sentenceIndex: number;
  type: TimexType;
  /** TIMEX3 value: 2022-02-06, 2021-12, 2022, 2022-W05, 2022-Q1, PAST_REF, P1W, ... */
  value: string;
  /** For DATE values that name a calendar span: its first and last day. */
  first: string | null;
  last: string | null;
  precision: Precision | null;
  /** Explicit range end ("October 30–31" → 2021-10-31). */
  rangeEnd: string | null;
  /** relative = resolved against the publication date or another event. */
  basis: "stated" | "relative";
  /** The tense used to resolve it, if it mattered. */
  tense: "past" | "future" | "present" | null;
}

// ---------------------------------------------------------------- events

export type ActorPart = "source" | "target" | "participant";

export interface EventActorRef {
  slug: string;
  part: ActorPart;
  /** The actor's title on the event's date. */
  title: string | null;
}

export interface EventEvidence extends Span {
  sentenceIndex: number;
  quote: string;
  datePhrase: string | null;
}

export interface ExtractedEvent {
  /** Deterministic key: type family, start, sorted actor slugs. */
  key: string;
  type: EventType;
  cameo: string;
  title: string;
  status: EventStatus;
  start: string; // YYYY-MM-DD (first day of the period for month/year precision)
  end: string | null; // explicit end day
  precision: Precision;
  dateBasis: "stated" | "relative" | "publication";
  datePhrase: string | null;
  place: { name: string; country: string | null } | null;
  actors: EventActorRef[];
  evidence: EventEvidence[];
  confidence: number;
}

export interface Extraction {
  article: ParsedArticle;
  sentences: Sentence[];
  mentions: ActorMention[];
  dates: DateExpression[];
  events: ExtractedEvent[];
  /** Dictionary records of every actor that appears in `events`. */
  actors: ActorRecord[];
}
