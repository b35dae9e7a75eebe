// Stage 5: decide when two mentions report the same real event, and merge them.
//
// Used within an article (mergeDuplicateEvents) and across articles (the store asks isSameEvent
// for candidates already in the database). Rules, and why:
// - same type family: a "call" mention never merges with a "meeting" one, but a visit, a meeting
//   and a summit of the same people on the same day are one encounter seen three ways;
// - compatible dates: equal days, or a day inside a coarser month/year; an undated mention (its
//   date is only the publication date) is compatible with any dated mention of the same article
//   in the week before publication, because within one article the writer is telling one story;
//   across articles undated mentions must match the day exactly (two calls on consecutive days
//   between the same leaders happen: Putin–Merkel, 10 and 11 November 2021);
// - overlapping actors: the smaller side is contained in the larger, or at least two actors are
//   shared; actors are also compared by country so "Russia and France" matches "Putin and Macron".
import type { EventType, ExtractedEvent, Precision } from "./types";
import { daysBetween, lastDayOf as lastDayOfValue } from "@/lib/timeline/days";

export type TypeFamily = "call" | "encounter" | "accord" | EventType;

export function typeFamily(type: EventType): TypeFamily {
  switch (type) {
    case "meeting":
    case "visit":
    case "summit":
      return "encounter";
    case "statement":
    case "agreement":
      return "accord";
    default:
      return type;
  }
}

/** The fields of an event that matter for merging (an ExtractedEvent or a stored event). */
export interface MergeableEvent {
  type: EventType;
  start: string;
  end: string | null;
  precision: Precision;
  dateBasis: "stated" | "relative" | "publication";
  status: "occurred" | "planned";
  actors: Array<{ slug: string; country?: string | null; part?: string }>;
  statusCue?: "explicit" | "default";
}

/** Last day of the calendar span an event may cover. */
export function lastDayOf(e: Pick<MergeableEvent, "start" | "end" | "precision">): string {
  if (e.end) return e.end;
  return lastDayOfValue(e.precision === "day" ? e.start : e.start.slice(0, e.precision === "year" ? 4 : 7));
}

function spansOverlap(a: MergeableEvent, b: MergeableEvent): boolean {
  return a.start <= lastDayOf(b) && b.start <= lastDayOf(a);
}

export function datesCompatible(a: MergeableEvent, b: MergeableEvent, sameArticle: boolean, publicationDate?: string): boolean {
  const aWeak = a.dateBasis === "publication";
  const bWeak = b.dateBasis === "publication";
  if (sameArticle && (aWeak || bWeak) && aWeak !== bWeak && publicationDate) {
    // An undated report of something that happened is about the last day or two (the seed's
    // headline call is Sunday's, reported on Monday); one of something planned, the weeks ahead.
    // Aid, deployments and sanctions are processes reported while they go on: a week.
    const [weak, dated] = aWeak ? [a, b] : [b, a];
    const offset = daysBetween(publicationDate, dated.start);
    // A mention whose status is only a default may be either.
    if (weak.status === "planned" || weak.statusCue === "default") {
      if (offset >= -1 && offset <= 21) return true;
      if (weak.status === "planned") return false;
    }
    return offset >= (isDirected(weak.type) ? -7 : -1) && offset <= 0;
  }
  if (a.precision === "day" && b.precision === "day" && !a.end && !b.end) return a.start === b.start;
  return spansOverlap(a, b);
}

const CONTACT_FAMILIES = new Set<TypeFamily>(["call", "encounter", "accord"]);

/**
 * Directed events — aid, deployments, sanctions, accusations, denials, warnings, appeals — go
 * from a source to a target; the others (calls, meetings, visits, summits, statements,
 * agreements) are contacts between parties.
 */
export function isDirected(type: EventType): boolean {
  return !CONTACT_FAMILIES.has(typeFamily(type));
}

/**
 * Directed events (aid, deployments, sanctions, accusations...) are the same when the same side
 * does them — the source's country matches — to compatible targets (shared, or one unnamed).
 */
function directedOverlap(a: MergeableEvent, b: MergeableEvent): boolean {
  const key = (x: { slug: string; country?: string | null }) => x.country ?? x.slug;
  const src = (e: MergeableEvent) => new Set(e.actors.filter((x) => x.part === "source").map(key));
  const tgt = (e: MergeableEvent) => new Set(e.actors.filter((x) => x.part === "target").map(key));
  const sa = src(a);
  const sb = src(b);
  if (![...sa].some((x) => sb.has(x))) return false;
  const ta = tgt(a);
  const tb = tgt(b);
  return ta.size === 0 || tb.size === 0 || [...ta].some((x) => tb.has(x));
}

export function actorsOverlap(a: MergeableEvent, b: MergeableEvent): boolean {
  if (isDirected(a.type) && a.actors.some((x) => x.part) && b.actors.some((x) => x.part)) return directedOverlap(a, b);
  if (overlapEnough(a.actors.map((x) => x.slug), b.actors.map((x) => x.slug))) return true;
  const ca = a.actors.map((x) => x.country).filter((c): c is string => !!c);
  const cb = b.actors.map((x) => x.country).filter((c): c is string => !!c);
  // Country-level comparison only for encounters between two or more states: two mentions of
  // "aid to Ukraine" by different donors of the same country would otherwise collapse.
  return ca.length > 0 && cb.length > 0 && new Set(ca).size >= 2 && new Set(cb).size >= 2 && overlapEnough(ca, cb);
}

function overlapEnough(a: string[], b: string[]): boolean {
  const A = new Set(a);
  const B = new Set(b);
  if (A.size === 0 || B.size === 0) return false;
  let shared = 0;
  for (const x of A) if (B.has(x)) shared++;
  return shared >= Math.min(2, A.size, B.size);
}

export function isSameEvent(a: MergeableEvent, b: MergeableEvent, opts: { sameArticle: boolean; publicationDate?: string }): boolean {
  return (
    typeFamily(a.type) === typeFamily(b.type) &&
    actorsOverlap(a, b) &&
    datesCompatible(a, b, opts.sameArticle, opts.publicationDate)
  );
}

const BASIS_RANK = { stated: 3, relative: 2, publication: 1 } as const;
const PRECISION_RANK = { day: 3, month: 2, year: 1 } as const;
const TYPE_RANK: Partial<Record<EventType, number>> = { summit: 3, meeting: 2, visit: 1 };

/** Which of two dated mentions gives the better date: stated beats relative beats publication, then finer precision. */
export function betterDated<T extends MergeableEvent>(a: T, b: T): T {
  const ra = BASIS_RANK[a.dateBasis] * 10 + PRECISION_RANK[a.precision];
  const rb = BASIS_RANK[b.dateBasis] * 10 + PRECISION_RANK[b.precision];
  return rb > ra ? b : a;
}

/** Merge `b` into `a` (a new object): union of actors and evidence, the better date, the stronger type. */
export function mergeTwo(a: ExtractedEvent, b: ExtractedEvent): ExtractedEvent {
  return mergeInto({ ...a, actors: [...a.actors], evidence: [...a.evidence] }, b);
}

/**
 * Merge `b` into `a`, reusing `a`'s arrays (the caller owns `a`): merging thousands of mentions of
 * one event stays linear instead of copying the evidence every time.
 */
function mergeInto(a: ExtractedEvent, b: ExtractedEvent): ExtractedEvent {
  const dated = betterDated(a, b);
  // Keep the roles of the mention that tells who did it to whom (has a source), if only one does.
  if (!a.actors.some((x) => x.part === "source") && b.actors.some((x) => x.part === "source")) {
    const mine = a.actors.splice(0, a.actors.length, ...b.actors);
    for (const x of mine) if (!a.actors.some((y) => y.slug === x.slug)) a.actors.push(x);
  } else {
    for (const x of b.actors) if (!a.actors.some((y) => y.slug === x.slug)) a.actors.push(x);
  }
  const seen = evidenceStarts(a);
  let unsorted = false;
  for (const ev of b.evidence) {
    if (seen.has(ev.start)) continue;
    seen.add(ev.start);
    if (a.evidence.length && ev.start < a.evidence[a.evidence.length - 1]!.start) unsorted = true;
    a.evidence.push(ev);
  }
  if (unsorted) a.evidence.sort((x, y) => x.start - y.start);
  // Within a family keep the most specific encounter type: a meeting reported as part of a summit is the summit…
  // …but only from a mention at least as sure: a passing "Normandy summit" does not make talks a summit.
  const type = (TYPE_RANK[b.type] ?? 0) > (TYPE_RANK[a.type] ?? 0) && typeFamily(a.type) === "encounter" && b.confidence >= a.confidence ? b.type : a.type;
  const status = mergedStatus(a, b);
  const statusCue = a.statusCue === "explicit" || b.statusCue === "explicit" ? "explicit" : "default";
  a.cameo = type === a.type ? a.cameo : b.cameo;
  a.type = type;
  a.start = dated.start;
  a.end = dated.end;
  a.precision = dated.precision;
  a.dateBasis = dated.dateBasis;
  a.datePhrase = dated.datePhrase;
  a.status = status;
  a.statusCue = statusCue;
  a.place = a.place ?? b.place;
  a.confidence = Math.round(Math.min(0.99, Math.max(a.confidence, b.confidence) + 0.05) * 100) / 100;
  return a;
}

const startsCache = new WeakMap<ExtractedEvent, Set<number>>();
function evidenceStarts(e: ExtractedEvent): Set<number> {
  let set = startsCache.get(e);
  if (!set) {
    set = new Set(e.evidence.map((x) => x.start));
    startsCache.set(e, set);
  }
  return set;
}

/** An explicit cue beats a default; between two explicit cues the later report (occurred) wins. */
function mergedStatus(a: ExtractedEvent, b: ExtractedEvent): ExtractedEvent["status"] {
  if (a.status === b.status) return a.status;
  const ae = a.statusCue !== "default";
  const be = b.statusCue !== "default";
  if (ae !== be) return ae ? a.status : b.status;
  return "occurred";
}

/**
 * A Kremlin headline "Meeting with US President Joseph Biden" over a body that reports "a lengthy
 * conversation" by video: within one article, a placeless meeting of exactly the same people on
 * the same day as a call is that call.
 */
function mergeMeetingsIntoCalls(events: ExtractedEvent[]): void {
  for (let i = events.length - 1; i >= 0; i--) {
    const m = events[i]!;
    if (m.type !== "meeting" || m.place) continue;
    const slugs = new Set(m.actors.map((a) => a.slug));
    const j = events.findIndex((c) => c.type === "call" && c.start === m.start && c.actors.length === slugs.size && c.actors.every((a) => slugs.has(a.slug)));
    if (j === -1) continue;
    events[j] = mergeTwo(events[j]!, { ...m, type: "call", cameo: events[j]!.cameo });
    events.splice(i, 1);
  }
}

/**
 * Merge the mentions of one article. An undated mention joins the dated candidate closest to
 * the publication date (the headline "discussed ... on a call" is the latest call, not a third).
 */
export function mergeDuplicateEvents(
  events: ExtractedEvent[],
  publicationDate: string,
  countryOf: (slug: string) => string | null = () => null,
): ExtractedEvent[] {
  const withCountries = (e: ExtractedEvent): MergeableEvent => ({ ...e, actors: e.actors.map((a) => ({ ...a, country: countryOf(a.slug) })) });
  // Dated mentions first, so undated ones find their dated partner.
  const order = [...events].sort((x, y) => BASIS_RANK[y.dateBasis] - BASIS_RANK[x.dateBasis]);
  const out: ExtractedEvent[] = [];
  for (const e of order) {
    const me = withCountries(e);
    const matches = out
      .map((o, i) => ({ o, i }))
      .filter(({ o }) => isSameEvent(withCountries(o), me, { sameArticle: true, publicationDate }));
    if (matches.length === 0) {
      out.push({ ...e, actors: [...e.actors], evidence: [...e.evidence] });
      continue;
    }
    matches.sort((x, y) => Math.abs(daysBetween(x.o.start, publicationDate)) - Math.abs(daysBetween(y.o.start, publicationDate)));
    const best = matches[0]!;
    out[best.i] = mergeInto(best.o, e);
  }
  mergeMeetingsIntoCalls(out);
  // Keep reading order: by first evidence.
  return out.sort((x, y) => (x.evidence[0]?.start ?? 0) - (y.evidence[0]?.start ?? 0));
}
