// What the timeline draws for one window: its rows (one per actor or per country), and in the
// window either the events themselves or, where a row is dense, clusters that count the events of
// a time bucket by type — so the page never holds more than ITEM_BUDGET items whatever the zoom
// and however many events are stored.
//
// Rows are chosen over the whole filter, not the window, so they stay put while the user pans:
// the actors (or countries) of the filter's actor selection first, then the most active ones, up
// to MAX_GROUPS, and an "Other" row for events none of those take part in. An event with several
// shown actors appears in each of their rows.
//
// How a window is drawn:
// 1. count the event placements (event × row) in the window per row, time bucket and type in one
//    aggregate query, with the finest bucket unit that cuts the window into ≤ MAX_BUCKETS;
// 2. if there are at most SHOW_ALL_UP_TO placements, send every event;
// 3. otherwise a (row, bucket) cell with at most 3 events — or 1 if that is still too many
//    items — sends its events and a fuller cell becomes one cluster; if even that exceeds the
//    budget, the buckets get coarser and step 3 is repeated.
import { Prisma } from "@/lib/generated/prisma/client";
import { MAX_BUCKETS, MAX_BUCKETS_COMPACT, bucketLast, coarserUnit, unitForWindow, type BucketUnit } from "@/lib/timeline/buckets";
import { addDays, type Day } from "@/lib/timeline/days";
import { normaliseWindow, paddedWindow, type DayWindow } from "@/lib/timeline/window";
import type { EventType } from "@/lib/pipeline/types";
import { GROUP_BYS, OTHER_GROUP, type Density, type GroupBy, type TimelineCluster, type TimelineDto, type TimelineEvent, type TimelineGroup } from "@/lib/timeline/types";
import { countryName } from "./countries";
import { dbReady } from "./db";
import { NO_CRITERIA, isEmptyCriteria, type EventCriteria } from "./event-filter";
import { eventCriteriaSql, overlapsSql, planCriteria, type CriteriaPlan } from "./event-filter-sql";
import { rawAll } from "./raw-query";
import { memoByDataVersion } from "./memo";

/** Most rows shown (besides "Other"); the actors of the filter are always shown. */
export const MAX_GROUPS = 12;
/** Most items (events × rows, plus clusters) one window sends. */
export const ITEM_BUDGET = 250;
/** Up to this many placements in a window, every event is sent, however dense. */
export const SHOW_ALL_UP_TO = 120;

export { GROUP_BYS, OTHER_GROUP };
export type { GroupBy, TimelineCluster, TimelineDto, TimelineEvent, TimelineGroup };

export interface TimelineQuery {
  criteria: EventCriteria;
  /** The window to draw; when absent, the suggested window of the filter. */
  window?: DayWindow | null;
  groupBy: GroupBy;
  /** "compact": fewer, wider clusters (phones). */
  density?: Density;
  /** Today, for the window of an empty database (injectable for tests). */
  today?: Day;
}

type Num = number | bigint;
const num = (v: Num | null | undefined): number => Number(v ?? 0);

// ------------------------------------------------------------------ extent and suggested window

type Extent = { total: number; extent: DayWindow | null; suggested: DayWindow | null };

/**
 * How many events match, where they are, and the window to suggest. It depends on the criteria
 * alone, so every window of one filter (pans, zooms, prefetched neighbours) shares one answer
 * until the data changes; at 100k events it is the costly part of a timeline.
 */
function extentOf(criteria: EventCriteria): Promise<Extent> {
  return memoByDataVersion(`extent\n${JSON.stringify(criteria)}`, async () => computeExtent(criteria, planCriteria(criteria)));
}

function computeExtent(criteria: EventCriteria, plan: CriteriaPlan): Extent {
  const where = eventCriteriaSql(criteria, plan);
  const [row] = rawAll<Array<{ n: Num; first: string | null; last: string | null }>>(Prisma.sql`
    SELECT COUNT(*) AS n, MIN(e."startDate") AS first, MAX(e."lastDate") AS last FROM "Event" e WHERE ${where}`);
  const total = num(row?.n);
  if (!total || !row?.first || !row.last) return { total: 0, extent: null, suggested: null };
  const extent = { from: row.first, to: row.last };
  if (total < 20) return { total, extent, suggested: paddedWindow(extent.from, extent.to) };
  // The 5th and 95th percentile of start dates: a few stray events (a treaty of 1997 mentioned in
  // a 2022 article) must not zoom the first view out to decades.
  const at = (offset: number) =>
    rawAll<Array<{ d: string }>>(Prisma.sql`
        SELECT e."startDate" AS d FROM "Event" e WHERE ${where} ORDER BY e."startDate", e."id" LIMIT 1 OFFSET ${offset}`)[0]?.d ?? extent.from;
  const lo = at(Math.floor(total * 0.05));
  const hi = at(Math.ceil(total * 0.95) - 1);
  return { total, extent, suggested: paddedWindow(lo, hi) };
}

// ------------------------------------------------------------------ rows

/** The condition "event `alias` takes part with an actor of one of the shown rows". */
function inShownGroups(groupBy: GroupBy, ids: string[], alias: "e" | "f"): Prisma.Sql {
  const ref = Prisma.raw(`${alias}."id"`);
  const col = Prisma.raw(groupBy === "actor" ? `a."slug"` : `a."country"`);
  return Prisma.sql`EXISTS (SELECT 1 FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId"
    WHERE ea."eventId" = ${ref} AND ${col} IN (${Prisma.join(ids)}))`;
}

/** The rows for a filter; like the extent, the same for every window of it (remembered). */
function timelineGroups(criteria: EventCriteria, groupBy: GroupBy): Promise<TimelineGroup[]> {
  return memoByDataVersion(`groups\n${groupBy}\n${JSON.stringify(criteria)}`, () => computeGroups(criteria, groupBy, planCriteria(criteria)));
}

async function computeGroups(criteria: EventCriteria, groupBy: GroupBy, plan: CriteriaPlan): Promise<TimelineGroup[]> {
  const prisma = await dbReady();
  const where = eventCriteriaSql(criteria, plan);
  let groups: TimelineGroup[];
  if (groupBy === "actor") {
    type R = { id: string; label: string; role: string | null; country: string | null; n: Num };
    const select = (extra: Prisma.Sql, limit: number) => rawAll<R[]>(Prisma.sql`
      SELECT a."slug" AS id, a."name" AS label, a."role" AS role, a."country" AS country, COUNT(*) AS n
      FROM "Event" e JOIN "EventActor" ea ON ea."eventId" = e."id" JOIN "Actor" a ON a."id" = ea."actorId"
      WHERE ${where} AND ${extra}
      GROUP BY a."id" ORDER BY n DESC, a."name" ASC LIMIT ${limit}`);
    const pinnedSlugs = criteria.actor;
    const pinnedRows = pinnedSlugs.length ? await select(Prisma.sql`a."slug" IN (${Prisma.join(pinnedSlugs)})`, pinnedSlugs.length) : [];
    const top = await select(pinnedSlugs.length ? Prisma.sql`a."slug" NOT IN (${Prisma.join(pinnedSlugs)})` : Prisma.sql`1 = 1`, Math.max(0, MAX_GROUPS - pinnedSlugs.length));
    const toGroup = (r: R, pinned: boolean): TimelineGroup => ({
      id: r.id,
      label: r.label,
      // The role, or else the country (not for a state, whose country is itself).
      detail: r.role ?? (r.country && countryName(r.country) !== r.label ? countryName(r.country) : null),
      kind: "actor",
      count: num(r.n),
      pinned,
    });
    // Pinned rows in the order the filter names them.
    const pinned = pinnedSlugs.flatMap((s) => pinnedRows.filter((r) => r.id === s).map((r) => toGroup(r, true)));
    groups = [...pinned, ...top.map((r) => toGroup(r, false))];
  } else {
    type R = { id: string; n: Num };
    const pinnedCodes = criteria.actor.length
      ? (
          await prisma.actor.findMany({ where: { slug: { in: criteria.actor }, country: { not: null } }, select: { slug: true, country: true } })
        )
          .sort((a, b) => criteria.actor.indexOf(a.slug) - criteria.actor.indexOf(b.slug))
          .map((a) => a.country!)
          .filter((c, i, all) => all.indexOf(c) === i)
      : [];
    const select = (extra: Prisma.Sql, limit: number) => rawAll<R[]>(Prisma.sql`
      SELECT a."country" AS id, COUNT(DISTINCT e."id") AS n
      FROM "Event" e JOIN "EventActor" ea ON ea."eventId" = e."id" JOIN "Actor" a ON a."id" = ea."actorId"
      WHERE ${where} AND a."country" IS NOT NULL AND ${extra}
      GROUP BY a."country" ORDER BY n DESC, a."country" ASC LIMIT ${limit}`);
    const pinnedRows = pinnedCodes.length ? await select(Prisma.sql`a."country" IN (${Prisma.join(pinnedCodes)})`, pinnedCodes.length) : [];
    const top = await select(pinnedCodes.length ? Prisma.sql`a."country" NOT IN (${Prisma.join(pinnedCodes)})` : Prisma.sql`1 = 1`, Math.max(0, MAX_GROUPS - pinnedCodes.length));
    const toGroup = (r: R, pinned: boolean): TimelineGroup => ({ id: r.id, label: countryName(r.id), detail: r.id, kind: "country", count: num(r.n), pinned });
    const pinned = pinnedCodes.flatMap((c) => pinnedRows.filter((r) => r.id === c).map((r) => toGroup(r, true)));
    groups = [...pinned, ...top.map((r) => toGroup(r, false))];
  }
  const ids = groups.map((g) => g.id);
  const [other] = rawAll<Array<{ n: Num }>>(Prisma.sql`
    SELECT COUNT(*) AS n FROM "Event" e WHERE ${where} ${ids.length ? Prisma.sql`AND NOT ${inShownGroups(groupBy, ids, "e")}` : Prisma.empty}`);
  const otherCount = num(other?.n);
  if (otherCount > 0) {
    groups.push({
      id: OTHER_GROUP,
      label: ids.length ? "Other" : "Events",
      detail: groupBy === "actor" ? "events without these actors" : "events without these countries",
      kind: "other",
      count: otherCount,
      pinned: false,
    });
  }
  return groups;
}

// ------------------------------------------------------------------ buckets in SQL

/** SQL twin of `bucketStart` (lib/timeline/buckets.ts) over the column `d`. */
export function bucketSql(unit: BucketUnit): Prisma.Sql {
  switch (unit) {
    case "day":
      return Prisma.raw(`d`);
    case "week":
      return Prisma.raw(`date(d, '-' || ((CAST(strftime('%w', d) AS INTEGER) + 6) % 7) || ' days')`);
    case "month":
      return Prisma.raw(`substr(d, 1, 7) || '-01'`);
    case "quarter":
      return Prisma.raw(`substr(d, 1, 5) || printf('%02d', ((CAST(substr(d, 6, 2) AS INTEGER) - 1) / 3) * 3 + 1) || '-01'`);
    case "year":
      return Prisma.raw(`substr(d, 1, 4) || '-01-01'`);
    case "decade":
      return Prisma.raw(`printf('%04d', (CAST(substr(d, 1, 4) AS INTEGER) / 10) * 10) || '-01-01'`);
  }
}

interface CellRow {
  grp: string;
  bucket: string;
  type: string;
  n: Num;
  /** The ids of the row's events when there are at most 3 of them. */
  ids: string | null;
}

interface Cell {
  grp: string;
  bucket: string;
  count: number;
  types: Partial<Record<EventType, number>>;
  ids: string[];
}

/** Event placements (event × shown row) in the window, per row, bucket and type. */
function placementCells(criteria: EventCriteria, plan: CriteriaPlan, w: DayWindow, groupBy: GroupBy, groupIds: string[], unit: BucketUnit): Cell[] {
  const shown = groupIds.filter((g) => g !== OTHER_GROUP);
  const col = Prisma.raw(groupBy === "actor" ? `a."slug"` : `a."country"`);
  const inRows = shown.length
    ? Prisma.sql`SELECT DISTINCT f.id, f.type, f.d, ${col} AS grp
        FROM f JOIN "EventActor" ea ON ea."eventId" = f.id JOIN "Actor" a ON a."id" = ea."actorId"
        WHERE ${col} IN (${Prisma.join(shown)})
        UNION ALL
        SELECT f.id, f.type, f.d, ${OTHER_GROUP} FROM f WHERE NOT ${inShownGroups(groupBy, shown, "f")}`
    : Prisma.sql`SELECT f.id, f.type, f.d, ${OTHER_GROUP} AS grp FROM f`;
  const rows = rawAll<CellRow[]>(Prisma.sql`
    WITH f AS (
      SELECT e."id" AS id, e."type" AS type, MAX(e."startDate", ${w.from}) AS d
      FROM "Event" e
      WHERE ${eventCriteriaSql(criteria, plan)} AND ${overlapsSql(w.from, w.to)}
    ),
    p AS (${inRows})
    SELECT grp, ${bucketSql(unit)} AS bucket, type, COUNT(*) AS n,
      CASE WHEN COUNT(*) <= 3 THEN GROUP_CONCAT(id) END AS ids
    FROM p GROUP BY grp, bucket, type`);
  const cells = new Map<string, Cell>();
  for (const r of rows) {
    const key = `${r.grp}\u0000${r.bucket}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { grp: r.grp, bucket: r.bucket, count: 0, types: {}, ids: [] }));
    const n = num(r.n);
    c.count += n;
    c.types[r.type as EventType] = (c.types[r.type as EventType] ?? 0) + n;
    if (r.ids) c.ids.push(...r.ids.split(","));
  }
  return [...cells.values()];
}

function itemsFor(cells: Cell[], perCell: number): number {
  return cells.reduce((sum, c) => sum + (c.count <= perCell ? c.count : 1), 0);
}

// ------------------------------------------------------------------ events of the window

function windowEventIds(criteria: EventCriteria, plan: CriteriaPlan, w: DayWindow): string[] {
  const rows = rawAll<Array<{ id: string }>>(Prisma.sql`
    SELECT e."id" AS id FROM "Event" e
    WHERE ${eventCriteriaSql(criteria, plan)} AND ${overlapsSql(w.from, w.to)}`);
  return rows.map((r) => r.id);
}

function countInWindow(criteria: EventCriteria, plan: CriteriaPlan, w: DayWindow): number {
  const [row] = rawAll<Array<{ n: Num }>>(Prisma.sql`
    SELECT COUNT(*) AS n FROM "Event" e
    WHERE ${eventCriteriaSql(criteria, plan)} AND ${overlapsSql(w.from, w.to)}`);
  return num(row?.n);
}

/** Lean events by id with the rows they belong in (all their shown rows, or "Other"), in date order. */
function leanEvents(ids: string[], groupBy: GroupBy, groupIds: Set<string>): Array<TimelineEvent & { allGroups: string[] }> {
  if (!ids.length) return [];
  type R = { id: string; slug: string; title: string; type: string; status: string; precision: string; startDate: string; lastDate: string; actors: string };
  const rows = rawAll<R[]>(Prisma.sql`
    SELECT e."id", e."slug", e."title", e."type", e."status", e."precision", e."startDate", e."lastDate",
      (SELECT json_group_array(json_array(a."slug", a."country")) FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId" WHERE ea."eventId" = e."id") AS "actors"
    FROM "Event" e WHERE e."id" IN (SELECT value FROM json_each(${JSON.stringify(ids)}))
    ORDER BY e."startDate", e."id"`);
  return rows.map((r) => {
    const actors = JSON.parse(r.actors) as Array<[string, string | null]>;
    const keys = actors.map(([slug, country]) => (groupBy === "actor" ? slug : country)).filter((k): k is string => !!k && groupIds.has(k));
    const allGroups = keys.length ? [...new Set(keys)] : [OTHER_GROUP];
    return {
      id: r.id,
      slug: r.slug,
      title: r.title,
      type: r.type,
      status: r.status,
      precision: r.precision,
      start: r.startDate,
      last: r.lastDate,
      groups: allGroups,
      allGroups,
    };
  });
}

// ------------------------------------------------------------------ the whole answer

/** Where to look when the filter matches nothing: where all events are, or around today. */
async function fallbackWindow(criteria: EventCriteria, today = new Date().toISOString().slice(0, 10)): Promise<DayWindow> {
  const all = isEmptyCriteria(criteria) ? null : (await extentOf(NO_CRITERIA)).suggested;
  return all ?? normaliseWindow({ from: addDays(today, -45), to: addDays(today, 45) });
}

/** The window to open a filter on: its suggested window, or the fallback when it matches nothing. */
export function timelineSuggestedWindow(criteria: EventCriteria): Promise<DayWindow> {
  return memoByDataVersion(`suggested\n${today()}\n${JSON.stringify(criteria)}`, () => computeSuggestedWindow(criteria));
}

/** What the timeline draws for a window (see the header); remembered until the data changes. */
export function getTimeline(q: TimelineQuery): Promise<TimelineDto> {
  return memoByDataVersion(`timeline\n${today()}\n${JSON.stringify(q)}`, () => computeTimeline(q));
}

const today = () => new Date().toISOString().slice(0, 10);

async function computeSuggestedWindow(criteria: EventCriteria): Promise<DayWindow> {
  return (await extentOf(criteria)).suggested ?? (await fallbackWindow(criteria));
}

async function computeTimeline(q: TimelineQuery): Promise<TimelineDto> {
  const { criteria, groupBy } = q;
  const { total, extent, suggested } = await extentOf(criteria);
  const window = q.window ?? suggested ?? (await fallbackWindow(criteria, q.today));
  const empty: TimelineDto = { window, groupBy, unit: null, groups: [], events: [], clusters: [], inWindow: 0, total, extent, suggested };
  if (!total) return empty;

  const groups = await timelineGroups(criteria, groupBy);
  // What leads the queries of the window: the window itself when it is narrow.
  const wplan = planCriteria({ ...criteria, from: window.from, to: window.to });
  const groupIds = groups.map((g) => g.id);
  const shown = new Set(groupIds);
  const inWindow = countInWindow(criteria, wplan, window);
  if (!inWindow) return { ...empty, groups };

  let unit: BucketUnit = unitForWindow(window, q.density === "compact" ? MAX_BUCKETS_COMPACT : MAX_BUCKETS);
  let cells = placementCells(criteria, wplan, window, groupBy, groupIds, unit);
  const placements = cells.reduce((s, c) => s + c.count, 0);
  if (placements <= SHOW_ALL_UP_TO) {
    const events = leanEvents(windowEventIds(criteria, wplan, window), groupBy, shown).map(({ allGroups: _, ...e }) => e);
    return { ...empty, groups, events, inWindow };
  }

  let perCell = 0;
  for (;;) {
    perCell = [3, 1].find((p) => itemsFor(cells, p) <= ITEM_BUDGET) ?? 0;
    const coarser = coarserUnit(unit);
    if (perCell || !coarser) break;
    unit = coarser;
    cells = placementCells(criteria, wplan, window, groupBy, groupIds, unit);
  }
  perCell ||= 1;

  // Events drawn one by one, and the rows they are drawn in (a cell can be clustered in one row
  // while the same event is drawn alone in another).
  const single = new Map<string, Set<string>>();
  const clusters: TimelineCluster[] = [];
  for (const c of cells) {
    if (c.count <= perCell && c.ids.length === c.count) {
      for (const id of c.ids) {
        let s = single.get(id);
        if (!s) single.set(id, (s = new Set()));
        s.add(c.grp);
      }
    } else {
      clusters.push({ id: `c:${c.grp}:${c.bucket}`, group: c.grp, start: c.bucket, last: bucketLast(unit, c.bucket), count: c.count, types: c.types });
    }
  }
  const events = leanEvents([...single.keys()], groupBy, shown).map(({ allGroups, ...e }) => ({
    ...e,
    groups: allGroups.filter((g) => single.get(e.id)?.has(g)),
  }));
  clusters.sort((a, b) => a.start.localeCompare(b.start) || groupIds.indexOf(a.group) - groupIds.indexOf(b.group));
  return { ...empty, unit, groups, events, clusters, inWindow };
}
