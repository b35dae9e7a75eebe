// The one translation of event criteria (actor, type, status, dates, free text) into SQL. Every
// reader that filters events — the event list and export, counts, the timeline's aggregates and
// the facet counts — builds its WHERE clause here, so they cannot disagree about what matches.
//
// Written as plain SQL rather than a Prisma `where` because the timeline and facets aggregate
// (GROUP BY expressions Prisma cannot express) and because Prisma's `contains` on SQLite does not
// escape LIKE wildcards: a search for "%" or "_" matched every event. Here the search text is
// always literal.
//
// Speed at 100,000 events (checked with EXPLAIN QUERY PLAN, see bench/RESULTS.md): the same
// criteria can be written so that different parts lead the query, and which is fastest depends
// on the data — a one-month window holds ~1,000 events, an envoy's events are a few dozen, a
// president's tens of thousands, "Kyiv" is in thousands of events and "Madrid" in hundreds.
// `planCriteria` measures the candidates (bounded counts, well under a millisecond each) and
// names the part to lead with; `eventCriteriaSql` then writes that part as an index lookup
// (`e.id IN (…)`) and every other part as a per-row test. The set of events matched is the same
// whatever the plan: only the order of work changes.
import { Prisma } from "@/lib/generated/prisma/client";
import type { EventCriteria } from "./event-filter";
import { sqlite } from "./sqlite";
import { firstDayOf, lastDayOf } from "@/lib/timeline/days";

/** A LIKE pattern that matches `text` literally anywhere (use with ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The FTS5 query that finds the documents containing `text` as a substring (trigram index), or
 * null when the index cannot help: under three characters, a trigram index has nothing to look
 * up. The text is one quoted phrase, so nothing in it is FTS5 syntax.
 */
export function substringMatchQuery(text: string): string | null {
  if ([...text].length < 3) return null;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Which part of the criteria leads the query (see the header); none: date order with per-row tests. */
export interface CriteriaPlan {
  drive?: { kind: "actor"; slugs: string[] } | { kind: "text" } | { kind: "window" };
}

/** Up to this many candidates, a part is worth leading with (an index lookup per candidate and a sort). */
export const DRIVE_LIMIT = 2000;

/** `e` takes part with an actor whose slug is in `slugs`. */
function hasActor(slugs: string[]): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId"
    WHERE ea."eventId" = e."id" AND a."slug" IN (${Prisma.join(slugs)}))`;
}

/** The ids of the events of these actors, as an index lookup. */
function idsOfActors(slugs: string[]): Prisma.Sql {
  return Prisma.sql`e."id" IN (SELECT ea."eventId" FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId" WHERE a."slug" IN (${Prisma.join(slugs)}))`;
}

/**
 * Event `e` (alias `e`) overlaps the days [from, to] (either may be absent): its span
 * [startDate, lastDate] meets them. Written as "starts inside, or spans several days and started
 * before and ends inside or after", which are two index ranges (the startDate index and the
 * partial index of multi-day events) rather than a scan of everything that starts before `to`.
 */
export function overlapsSql(from: string | undefined, to: string | undefined): Prisma.Sql {
  if (!from && !to) return Prisma.sql`1 = 1`;
  if (!from) return Prisma.sql`e."startDate" <= ${to}`;
  const startsInside = to
    ? Prisma.sql`(e."startDate" >= ${from} AND e."startDate" <= ${to} AND e."lastDate" >= ${from})`
    : Prisma.sql`(e."startDate" >= ${from} AND e."lastDate" >= ${from})`;
  return Prisma.sql`(${startsInside} OR (e."lastDate" <> e."startDate" AND e."lastDate" >= ${from} AND e."startDate" < ${from}))`;
}

/**
 * The condition "event `e` matches the criteria", for a query over `"Event" e`.
 * - actors: all of them take part (actorMode "all", the default) or at least one ("any");
 * - from/to: the event's span [startDate, lastDate] overlaps [from, to] (partial bounds widen);
 * - q: the text appears, case-insensitively (ASCII), in the title, an evidence sentence, an
 *   actor's name or the place. With three characters or more the trigram index finds the
 *   candidates first (it folds case more widely than LIKE, so it finds a superset); the LIKE
 *   test decides, so the result is the same with or without the index.
 */
export function eventCriteriaSql(f: EventCriteria, plan: CriteriaPlan = {}): Prisma.Sql {
  const and: Prisma.Sql[] = [];
  const drive = plan.drive;
  if (f.actor.length) {
    if (f.actorMode === "any") and.push(drive?.kind === "actor" ? idsOfActors(f.actor) : hasActor(f.actor));
    else
      for (const slug of f.actor) and.push(drive?.kind === "actor" && drive.slugs.includes(slug) ? idsOfActors([slug]) : hasActor([slug]));
  }
  if (f.type.length) and.push(Prisma.sql`e."type" IN (${Prisma.join(f.type)})`);
  if (f.status) and.push(Prisma.sql`e."status" = ${f.status}`);
  if (f.from || f.to) and.push(overlapsSql(f.from ? firstDayOf(f.from) : undefined, f.to ? lastDayOf(f.to) : undefined));
  if (f.q) {
    // Leading with the index: a lookup per candidate. When something else leads, the LIKE
    // alone is cheaper than building the (then large) candidate set first.
    const match = drive?.kind === "text" ? substringMatchQuery(f.q) : null;
    if (match) {
      and.push(Prisma.sql`e."id" IN (SELECT s."eventId" FROM "EventSearch" s WHERE s."docId" IN (SELECT rowid FROM "EventText" WHERE "EventText" MATCH ${match}))`);
    }
    const p = containsPattern(f.q);
    and.push(Prisma.sql`(e."title" LIKE ${p} ESCAPE '\\'
      OR e."placeName" LIKE ${p} ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM "Evidence" v WHERE v."eventId" = e."id" AND v."quote" LIKE ${p} ESCAPE '\\')
      OR EXISTS (SELECT 1 FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId"
                 WHERE ea."eventId" = e."id" AND a."name" LIKE ${p} ESCAPE '\\'))`);
  }
  return and.length ? Prisma.join(and, " AND ") : Prisma.sql`1 = 1`;
}

/**
 * Pick the part of the criteria to lead with: the smallest candidate set of at most DRIVE_LIMIT
 * events among the date window, the actors and the text; none when every part is larger (then
 * walking the events in date order and testing each finds a page quickly, since matches are
 * common). Counts stop at the limit, so planning costs about a millisecond at most.
 */
export function planCriteria(f: EventCriteria): CriteriaPlan {
  const conn = sqlite();
  const bounded = (sql: Prisma.Sql): number => (conn.prepare(`SELECT COUNT(*) AS n FROM (${sql.sql} LIMIT ${DRIVE_LIMIT + 1})`).get(...sql.values) as { n: number }).n;
  const options: Array<{ n: number; drive: NonNullable<CriteriaPlan["drive"]> }> = [];
  if (f.from || f.to) {
    // A window open on one side can be narrow too ("from 2031": nothing, "to 1999": a few).
    const n = bounded(Prisma.sql`SELECT 1 FROM "Event" e WHERE ${overlapsSql(f.from ? firstDayOf(f.from) : undefined, f.to ? lastDayOf(f.to) : undefined)}`);
    options.push({ n, drive: { kind: "window" } });
  }
  if (f.actor.length) {
    const counts = f.actor.map((slug) => ({
      slug,
      n: bounded(Prisma.sql`SELECT 1 FROM "EventActor" ea WHERE ea."actorId" = (SELECT a."id" FROM "Actor" a WHERE a."slug" = ${slug})`),
    }));
    if (f.actorMode === "any") options.push({ n: counts.reduce((s, c) => s + c.n, 0), drive: { kind: "actor", slugs: f.actor } });
    else {
      const rarest = counts.reduce((best, c) => (c.n < best.n ? c : best));
      options.push({ n: rarest.n, drive: { kind: "actor", slugs: [rarest.slug] } });
    }
  }
  const match = f.q ? substringMatchQuery(f.q) : null;
  if (match) options.push({ n: bounded(Prisma.sql`SELECT 1 FROM "EventText" WHERE "EventText" MATCH ${match}`), drive: { kind: "text" } });
  const best = options.filter((o) => o.n <= DRIVE_LIMIT).sort((a, b) => a.n - b.n)[0];
  return best ? { drive: best.drive } : {};
}
