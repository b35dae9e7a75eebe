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
  // Appended by the date stage (lib/pipeline/dates). `first`/`last`/`precision` are also filled
  // for TIME values that fall on a known day ("last night", "9 a.m. Tuesday"). `precision` is the
  // value's own for day, month and year values ("October 30–31" is "day" with `rangeEnd`; "early
  // June" is "month" with `first`/`last` narrowed to June 1–10); other periods take the smallest
  // unit holding their span: a week inside one month "month", a quarter "year", a decade null.
  /** TimeML MOD: "early June" START, "mid-March" MID, "late 2021" / "the end of the year" END. */
  mod?: DateMod | null;
  /**
   * Set when the phrase counts from another time ("the next day", "two days later", "a day before
   * Macron's visit"): what it counted from, so the event stage can re-resolve it against the event.
   */
  anchor?: DateAnchor | null;
}

export type DateMod = "START" | "MID" | "END";

export interface DateAnchor {
  /**
   * What the value was counted from:
   * - "event": the phrase names an event ("a day before Macron's visit") we cannot date here, so
   *   the value is counted from the publication date as a placeholder and `phrase` names the event;
   * - "named-date": the event phrase itself holds a date ("two days before February 24", "the day
   *   before last Tuesday's hearing"), and the value is counted from that date;
   * - "previous-date": the last date found earlier in the article ("On January 6 … the next day");
   * - "publication": no earlier date, so the publication date.
   */
  kind: "event" | "named-date" | "previous-date" | "publication";
  /** Signed count of `unit`s from the anchor: −1 for "the day before", +2 for "two days later". */
  offset: number;
  unit: "day" | "week" | "weekend" | "month" | "quarter" | "half" | "season" | "year" | "decade" | "century";
  /** `offset` in days when the unit is a day or week, else null. */
  offsetDays: number | null;
  /** The event the phrase counts from ("Macron's visit to Russia"), for kinds "event" and "named-date". */
  phrase: string | null;
  /** First day (YYYY-MM-DD) of what was counted from: the publication date for kinds "event" and "publication". */
  from: string;
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
  /** Whether the status came from an explicit cue (a tense, "will", "upcoming") or only by default. */
  statusCue?: "explicit" | "default";
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
