// The date stage: find every temporal expression in the sentences of an article and give it a
// TIMEX3 value resolved against the publication date.
//
// Steps: (1) run every pattern of patterns.ts once over the text the sentences cover;
// (2) keep the longest of overlapping matches (earlier pattern on ties) and drop matches that
// cross a sentence boundary; (3) widen each match over the modifiers around it ("early",
// "mid-", "the end of", "earlier this", "the evening of"); (4) resolve in text order, detecting
// the governing tense only for phrases that need it and passing earlier dates along as the
// discourse for "the next day"-style phrases.
import type { DateExpression, DateMod, Precision, Sentence } from "../types";
import { splitSpan } from "../split-sentences";
import { dayNumber, fromDayNumber, isoDayOf, parseIsoDay } from "./calendar";
import { type SentenceTokens, type Tense, detectGoverningTense, tokenizeSentence } from "./detect-tense";
import { DATE_PATTERNS } from "./patterns";
import { type Period, periodContaining, periodSpan, periodValue, weekPeriod } from "./period";
import { type Discourse, type Resolution, emptyDiscourse, resolveSpec } from "./resolve-date";
import type { Reading, SpanMod } from "./spec";

interface Candidate {
  start: number;
  end: number;
  sentence: number;
  priority: number;
  reading: Reading;
  /** "earlier this month" keeps only the days before publication; "later this year" those after. */
  clamp?: "before-dct" | "after-dct";
}

/** Find, resolve and return the temporal expressions of `sentences` (offsets into `text`). */
export function tagDates(text: string, sentences: Sentence[], publicationDate: string): DateExpression[] {
  const { y, m, d } = parseIsoDay(publicationDate);
  const dct = dayNumber(y, m, d);
  if (sentences.length === 0) return [];
  const ordered = [...sentences].sort((a, b) => a.start - b.start);
  const candidates = settleOverlaps(findCandidates(text, ordered));
  for (const c of candidates) widenOverModifiers(text, ordered[c.sentence]!, c);
  return resolveCandidates(text, ordered, candidates, dct);
}

/** Split raw text into sentences with splitSpan and tag it (used on corpora without our headers). */
export function tagDatesInText(text: string, dct: string): DateExpression[] {
  const spans = splitSpan(text, 0, text.length);
  let paragraph = 0;
  let lastEnd = 0;
  const sentences: Sentence[] = spans.map((s, index) => {
    if (index === 0 || text.slice(lastEnd, s.start).includes("\n")) paragraph++;
    lastEnd = s.end;
    return { index, start: s.start, end: s.end, text: text.slice(s.start, s.end), isHeadline: false, paragraph };
  });
  return tagDates(text, sentences, dct);
}

// ---------------------------------------------------------------- (1) candidates

function findCandidates(text: string, sentences: Sentence[]): Candidate[] {
  const from = sentences[0]!.start;
  const to = sentences.reduce((max, s) => Math.max(max, s.end), 0);
  const hay = text.slice(from, to);
  const found = triggersIn(hay.toLowerCase());
  const out: Candidate[] = [];
  for (let p = 0; p < DATE_PATTERNS.length; p++) {
    const pattern = DATE_PATTERNS[p]!;
    const needs = PATTERN_TRIGGERS[p];
    if (needs && !needs.some((t) => found.has(t))) continue;
    const regex = pattern.regex;
    regex.lastIndex = 0;
    for (let match = regex.exec(hay); match; match = regex.exec(hay)) {
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      let start = from + match.index;
      const end = start + match[0].length;
      const sentence = sentenceAt(sentences, start);
      if (sentence < 0 || end > sentences[sentence]!.end) continue;
      let before: RegExpExecArray | null = null;
      if (pattern.before) {
        const windowStart = Math.max(sentences[sentence]!.start - from, match.index - BEFORE_WINDOW);
        before = pattern.before.exec(hay.slice(windowStart, match.index));
      }
      const reading = pattern.read(match, hay, before);
      if (!reading) continue;
      if (reading.extendBy) start -= reading.extendBy;
      out.push({ start, end, sentence, priority: p, reading });
    }
  }
  return out;
}

// Pattern triggers are checked with one scan per article. Only the minimal triggers (those that
// contain no other trigger) are searched, so no two can start at the same place and stepping one
// character after each hit finds them all; a pattern's trigger is replaced by a minimal trigger
// inside it (seeing "year" is enough to run a pattern that wants "year-earlier").
const ALL_TRIGGERS = [...new Set(DATE_PATTERNS.flatMap((p) => p.triggers ?? []))];
const MINIMAL_TRIGGERS = ALL_TRIGGERS.filter((t) => !ALL_TRIGGERS.some((o) => o !== t && t.includes(o)));
const TRIGGER_SCAN = new RegExp(MINIMAL_TRIGGERS.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
const PATTERN_TRIGGERS: ReadonlyArray<readonly string[] | null> = DATE_PATTERNS.map((p) =>
  p.triggers ? p.triggers.map((t) => MINIMAL_TRIGGERS.find((m) => t.includes(m))!) : null,
);

function triggersIn(lower: string): Set<string> {
  const found = new Set<string>();
  TRIGGER_SCAN.lastIndex = 0;
  for (let m = TRIGGER_SCAN.exec(lower); m; m = TRIGGER_SCAN.exec(lower)) {
    found.add(m[0]);
    TRIGGER_SCAN.lastIndex = m.index + 1;
  }
  return found;
}

/** How far back (characters) a pattern's `before` words are looked for. */
const BEFORE_WINDOW = 48;

/** Index of the sentence containing offset `at`, or −1 (binary search over sorted sentences). */
function sentenceAt(sentences: Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

// ---------------------------------------------------------------- (2) overlaps

/**
 * Longest match wins; on equal length the pattern listed first. Kept matches are held sorted by
 * start, so each candidate is checked against its two neighbours only. Result in text order.
 */
function settleOverlaps(candidates: Candidate[]): Candidate[] {
  const byStrength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of byStrength) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > c.start) || (after && after.start < c.end)) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}

// ---------------------------------------------------------------- (3) modifiers

const S = "[ \\t\\u00a0]+";
/** Modifiers written before a date, anchored at the end of the text that precedes it. */
const MOD_BEFORE: ReadonlyArray<{ re: RegExp; apply: (c: Candidate, m: RegExpExecArray) => boolean }> = [
  {
    // "the end of 1990", "the beginning of October", "the middle of next week", "by the end of the year"
    re: new RegExp(`\\b(?:the${S})?(?:very${S})?(beginning|start|middle|end|close)${S}of${S}(?:the${S})?$`, "i"),
    apply: (c, m) => setMod(c, m[1]!.toLowerCase() === "middle" ? "MID" : m[1]!.toLowerCase() === "beginning" || m[1]!.toLowerCase() === "start" ? "START" : "END"),
  },
  {
    // "early June", "mid-March", "late 2021", "late on Monday", "in mid-2014", "early next year"
    re: new RegExp(`\\b(early|mid|late)(?:-|${S}(?:on${S}|in${S})?)$`, "i"),
    apply: (c, m) => setMod(c, m[1]!.toLowerCase() === "early" ? "START" : m[1]!.toLowerCase() === "mid" ? "MID" : "END"),
  },
  {
    // "earlier this month", "later this year", "earlier in the week", "earlier today"
    re: new RegExp(`\\b(earlier|later)${S}(?:in${S}|on${S})?$`, "i"),
    apply: (c, m) => {
      c.clamp = m[1]!.toLowerCase() === "earlier" ? "before-dct" : "after-dct";
      return true;
    },
  },
  {
    // "the evening of February 19", "on the night of 23 February": a part of a named day. The
    // value stays the day's (the timeline needs the day; the part of day is in the text).
    re: new RegExp(`\\b(?:the${S})?(?:early${S}hours|morning|afternoon|evening|night)${S}of${S}$`, "i"),
    apply: (c) => isDayLike(c),
  },
  {
    // "the week of March 6": the ISO week holding that day.
    re: new RegExp(`\\bthe${S}week${S}of${S}$`, "i"),
    apply: (c) => {
      if (!isDayLike(c)) return false;
      c.reading = { ...c.reading, container: "week" };
      return true;
    },
  },
];

function isDayLike(c: Candidate): boolean {
  if (c.reading.type !== "DATE") return false;
  const spec = c.reading.spec;
  return (spec.kind === "calendar" && spec.day !== null) || spec.kind === "weekday" || spec.kind === "day-of-month" || spec.kind === "holiday";
}

function setMod(c: Candidate, mod: SpanMod): boolean {
  if (c.reading.type !== "DATE" || c.reading.mod) return false;
  const spec = c.reading.spec;
  if (spec.kind === "fixed") return false;
  // "the end of Monday" is not a phrase; a day keeps its value but may still be "late Monday".
  c.reading = { ...c.reading, mod };
  return true;
}

/** Extend a candidate over modifiers in front of it ("early" + "June") within its sentence. */
function widenOverModifiers(text: string, sentence: Sentence, c: Candidate): void {
  const windowStart = Math.max(sentence.start, c.start - 40);
  const before = text.slice(windowStart, c.start);
  for (const mod of MOD_BEFORE) {
    const m = mod.re.exec(before);
    if (!m) continue;
    if (mod.apply(c, m)) {
      c.start = windowStart + m.index + (m[0].length - m[0].trimStart().length);
      return;
    }
  }
}

// ---------------------------------------------------------------- (4) resolution

function resolveCandidates(text: string, sentences: Sentence[], candidates: Candidate[], dct: number): DateExpression[] {
  const discourse: Discourse = emptyDiscourse();
  const tokenCache = new Map<number, SentenceTokens>();
  const out: DateExpression[] = [];
  const clockIndexes: number[] = [];
  const quarterIndexes: number[] = [];
  const followerIndexes: number[] = [];
  let previous: { expr: DateExpression; res: Resolution } | null = null;
  for (const c of candidates) {
    const sentence = sentences[c.sentence]!;
    let detected: Tense | null = null;
    const tense = (): Tense => {
      if (detected === null) {
        let tokens = tokenCache.get(c.sentence);
        if (!tokens) {
          tokens = tokenizeSentence(text, sentence.start, sentence.end);
          tokenCache.set(c.sentence, tokens);
        }
        detected = detectGoverningTense(tokens, text, c.start, c.end);
      }
      return detected;
    };
    let res = resolveSpec(c.reading.spec, { dct, tense, discourse, sentenceIndex: sentence.index });
    if (!res) continue;
    const prev = previous as { expr: DateExpression; res: Resolution } | null;
    if (c.reading.spec.kind === "anchored" && prev && isApposition(text, prev.expr, c)) res = { ...prev.res, anchor: undefined, isReference: false };
    if (c.reading.container === "week" && res.period?.gran === "day") {
      const week = weekPeriod(res.period.day);
      res = { ...res, period: week, value: periodValue(week) };
    }
    const expr = toExpression(text, sentence, c, res, dct);
    if (res.period && res.isReference !== false && !c.reading.weakReference) {
      discourse.lastPeriod = { period: res.period, sentenceIndex: sentence.index };
      if (res.period.gran === "day") discourse.lastDay = { day: res.period.day, sentenceIndex: sentence.index };
    }
    if (c.reading.needsDay) clockIndexes.push(out.length);
    if (c.reading.followsSentenceDay && res.period) followerIndexes.push(out.length);
    if (c.reading.spec.kind === "discourse-quarter") quarterIndexes.push(out.length);
    out.push(expr);
    previous = { expr, res };
  }
  for (const i of clockIndexes) giveClockTimeItsDay(out, i);
  for (const i of followerIndexes) followSentenceDay(out, i);
  for (let i = 0; i + 1 < out.length; i++) countFromNamedDate(text, out, i);
  for (const i of quarterIndexes) dateQuarterByItsEnd(text, out, i);
  return out;
}

/**
 * "Oct. 12, the day before the stock market plunge", "arrives on November 11, three days later
 * than originally planned": a counted phrase set off by a comma right after a calendar date
 * restates that date (apposition), so it takes the date's value instead of counting from it.
 */
function isApposition(text: string, prev: DateExpression, c: Candidate): boolean {
  return prev.type === "DATE" && prev.basis === "stated" && prev.first !== null && /^[ \t]*,[ \t]*$/.test(text.slice(prev.end, c.start));
}

function isDayDate(e: DateExpression): boolean {
  return e.type === "DATE" && e.precision === "day";
}

/**
 * "two days before February 24", "the day before last Tuesday's hearing": when the event an
 * anchored phrase counts from starts with a date, count from that date instead of publication.
 */
function countFromNamedDate(text: string, out: DateExpression[], i: number): void {
  const e = out[i]!;
  const next = out[i + 1]!;
  const anchor = e.anchor;
  if (!anchor || anchor.kind !== "event" || anchor.offsetDays === null || next.precision !== "day" || !next.first) return;
  if (!/^\s+(?:the\s+)?$/i.test(text.slice(e.end, next.start))) return;
  const from = parseIsoDay(next.first);
  const day = isoDayOf(dayNumber(from.y, from.m, from.d) + anchor.offsetDays);
  e.anchor = { ...anchor, kind: "named-date", from: next.first };
  if (anchor.unit === "week") {
    const week = weekPeriod(dayNumber(from.y, from.m, from.d) + anchor.offsetDays);
    const span = periodSpan(week);
    e.value = periodValue(week);
    e.first = isoDayOf(span.first);
    e.last = isoDayOf(span.last);
    return;
  }
  e.value = day;
  e.first = day;
  e.last = day;
}

/** "the quarter ended Sept. 30": the calendar quarter holding the end date it is given. */
function dateQuarterByItsEnd(text: string, out: DateExpression[], i: number): void {
  const quarter = out[i]!;
  const next = out[i + 1];
  if (!next || !next.last || next.precision === null || !/^\s+(?:ended|ending|that\s+ended|which\s+ended)\s+$/i.test(text.slice(quarter.end, next.start))) return;
  const period = periodContaining(dayNumber(Number(next.last.slice(0, 4)), Number(next.last.slice(5, 7)), Number(next.last.slice(8, 10))), "quarter");
  const span = periodSpan(period);
  quarter.value = periodValue(period);
  quarter.first = isoDayOf(span.first);
  quarter.last = isoDayOf(span.last);
}

function toExpression(text: string, sentence: Sentence, c: Candidate, res: Resolution, dct: number): DateExpression {
  const { type, mod, timeSuffix } = c.reading;
  let first: number | null = null;
  let last: number | null = null;
  let value = res.value;
  if (res.period) {
    const span = periodSpan(res.period);
    ({ first, last } = narrow(span.first, span.last, mod ?? null));
    if (c.clamp === "before-dct") last = Math.max(first, Math.min(last, dct));
    if (c.clamp === "after-dct") first = Math.min(last, Math.max(first, dct));
    if (timeSuffix && res.period.gran === "day") value = `${value}${timeSuffix}`;
  }
  if (res.rangeEnd !== null) last = res.rangeEnd;
  if (res.uncertainSpan) ({ first, last } = res.uncertainSpan);
  return {
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    sentenceIndex: sentence.index,
    type,
    value,
    first: first === null ? null : isoDayOf(first),
    last: last === null ? null : isoDayOf(last),
    precision: first === null || last === null || res.uncertainSpan ? null : precisionOf(res.period!.gran, first, last),
    rangeEnd: res.rangeEnd === null ? null : isoDayOf(res.rangeEnd),
    basis: res.basis,
    tense: res.tense,
    mod: mod ?? null,
    anchor: res.anchor ?? null,
  };
}

/** START/MID/END keep the first, middle or last third of a span ("early June" = June 1–10). */
function narrow(first: number, last: number, mod: DateMod | null): { first: number; last: number } {
  if (!mod || first === last) return { first, last };
  const length = last - first + 1;
  const third = Math.max(1, Math.floor(length / 3));
  if (mod === "START") return { first, last: first + third - 1 };
  if (mod === "MID") return { first: first + third, last: Math.min(last, first + 2 * third - 1) };
  return { first: first + 2 * third, last };
}

/**
 * A day, month or year value keeps its own precision ("October 30–31" is day-precise with a
 * range end; "early June" is month-precise with a narrowed span). Other periods take the
 * smallest unit that holds their span: a week inside one month is "month", a quarter "year",
 * a decade null.
 */
function precisionOf(gran: Period["gran"], first: number, last: number): Precision | null {
  if (gran === "day" || gran === "month" || gran === "year") return gran;
  if (first === last) return "day";
  const a = fromDayNumber(first);
  const b = fromDayNumber(last);
  if (a.y !== b.y) return null;
  return a.m === b.m ? "month" : "year";
}

const GRAN_ORDER = { day: 0, week: 1, month: 2, year: 3 } as const;

/**
 * "rose for a third straight day on Monday", "exports rose for the third consecutive month to
 * £16.4bn in April": the period holding the date the sentence names (no coarser than the phrase's
 * own unit), if it names one.
 */
function followSentenceDay(out: DateExpression[], i: number): void {
  const e = out[i]!;
  const gran = e.first === e.last ? "day" : periodGranOf(e.value);
  if (!gran || !e.first || !e.last) return;
  const granOf = (o: DateExpression) => (/^\d{4}-\d\d-\d\d$/.test(o.value) ? "day" : periodGranOf(o.value));
  const day = out.find((o, j) => {
    if (j === i || o.sentenceIndex !== e.sentenceIndex || o.type !== "DATE" || !o.first || o.anchor || o.rangeEnd) return false;
    const g = granOf(o);
    return g !== null && GRAN_ORDER[g] <= GRAN_ORDER[gran];
  });
  if (!day) return;
  const { y, m, d } = parseIsoDay(day.first!);
  const n = dayNumber(y, m, d);
  const first = parseIsoDay(e.first);
  const last = parseIsoDay(e.last);
  if (n >= dayNumber(first.y, first.m, first.d) && n <= dayNumber(last.y, last.m, last.d)) return;
  const period = periodContaining(n, gran);
  const span = periodSpan(period);
  e.value = periodValue(period);
  e.first = isoDayOf(span.first);
  e.last = isoDayOf(span.last);
}

function periodGranOf(value: string): "week" | "month" | "year" | null {
  if (/^\d{4}-W\d\d$/.test(value)) return "week";
  if (/^\d{4}-\d\d$/.test(value)) return "month";
  if (/^\d{4}$/.test(value)) return "year";
  return null;
}

/** "at 9 a.m. on Tuesday": a clock time takes the day of a day-precise date in its sentence. */
function giveClockTimeItsDay(out: DateExpression[], i: number): void {
  const clock = out[i]!;
  let best: DateExpression | null = null;
  // Expressions are in text order, so the sentence's others are the neighbours on either side.
  for (let j = i - 1; j >= 0 && out[j]!.sentenceIndex === clock.sentenceIndex && !best; j--) if (isDayDate(out[j]!)) best = out[j]!;
  for (let j = i + 1; j < out.length && out[j]!.sentenceIndex === clock.sentenceIndex; j++) {
    if (!isDayDate(out[j]!)) continue;
    if (!best || out[j]!.start - clock.start < clock.start - best.start) best = out[j]!;
    break;
  }
  if (!best || !best.first) return;
  const time = clock.value.slice(clock.value.indexOf("T"));
  clock.value = `${best.first}${time}`;
  clock.first = best.first;
  clock.last = best.first;
  clock.basis = best.basis;
}

