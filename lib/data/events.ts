// Reads of events: the filtered list (API, export, timeline), one event, and its related events.
import { Prisma } from "@/lib/generated/prisma/client";
import { toEventDto, type EventDto, type StoredEventRow } from "./event-dto";
import { criteriaOf, type EventCriteria, type EventFilter } from "./event-filter";
import { eventCriteriaSql, planCriteria } from "./event-filter-sql";
import { rawAll } from "./raw-query";
import { siteUrl } from "@/lib/config/site-url";
import { addDays, firstDayOf } from "@/lib/timeline/days";

export interface EventPage {
  events: EventDto[];
  nextCursor: string | null;
}

type RawEventRow = Omit<StoredEventRow, "actors" | "evidence">;
type RawActorRow = { eventId: string; part: string; title: string | null; slug: string; name: string; kind: string; country: string | null; role: string | null };
type RawEvidenceRow = { eventId: string; quote: string; start: number; end: number; datePhrase: string | null; id: string; url: string | null; headline: string; publishedOn: string };

/**
 * Events by id as `eventDtoSelect` would load them, in three flat statements on the direct
 * connection (events, their actors in the order Prisma returns them — by actor id — and their
 * evidence with its article) instead of Prisma's nested select through the driver adapter,
 * which took about three times as long. `lib/data/events.test.ts` checks that the result equals
 * Prisma's.
 */
export function loadEventRows(ids: string[]): StoredEventRow[] {
  if (!ids.length) return [];
  const list = JSON.stringify(ids);
  const events = rawAll<RawEventRow[]>(Prisma.sql`
    SELECT e."id", e."slug", e."title", e."type", e."cameo", e."status", e."startDate", e."endDate", e."precision", e."dateBasis",
      e."datePhrase", e."placeName", e."placeCountry", e."confidence"
    FROM "Event" e WHERE e."id" IN (SELECT value FROM json_each(${list}))`);
  const actors = rawAll<RawActorRow[]>(Prisma.sql`
    SELECT ea."eventId", ea."part", ea."title", a."slug", a."name", a."kind", a."country", a."role"
    FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId"
    WHERE ea."eventId" IN (SELECT value FROM json_each(${list})) ORDER BY ea."eventId", ea."actorId"`);
  const evidence = rawAll<RawEvidenceRow[]>(Prisma.sql`
    SELECT v."eventId", v."quote", v."start", v."end", v."datePhrase", ar."id", ar."url", ar."headline", ar."publishedOn"
    FROM "Evidence" v JOIN "Article" ar ON ar."id" = v."articleId"
    WHERE v."eventId" IN (SELECT value FROM json_each(${list})) ORDER BY v."eventId", v."articleId", v."start"`);
  const rows = new Map<string, StoredEventRow>(events.map((e) => [e.id, { ...e, actors: [], evidence: [] }]));
  for (const { eventId, part, title, ...actor } of actors) rows.get(eventId)?.actors.push({ part, title, actor });
  for (const { eventId, quote, start, end, datePhrase, ...article } of evidence) rows.get(eventId)?.evidence.push({ quote, start, end, datePhrase, article });
  return [...rows.values()];
}

/** Load full events by id, keeping the order of `ids`. */
function eventsById(ids: string[]): EventDto[] {
  const byId = new Map(loadEventRows(ids).map((r) => [r.id, r]));
  const base = siteUrl();
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [toEventDto(r, base)] : [];
  });
}

/**
 * A page of events in date order (oldest first, or newest first with `order: "desc"`);
 * `nextCursor` continues after the last one in the same order.
 */
export async function listEvents(f: EventFilter): Promise<EventPage> {
  const desc = f.order === "desc";
  const criteria = criteriaOf(f);
  const plan = planCriteria(criteria);
  const and: Prisma.Sql[] = [eventCriteriaSql(criteria, plan)];
  if (f.cursor) {
    const [date, id] = f.cursor.split("~") as [string, string];
    // The date bound alone is an index range; the id breaks ties within the cursor's day.
    and.push(
      desc
        ? Prisma.sql`e."startDate" <= ${date} AND (e."startDate" < ${date} OR e."id" < ${id})`
        : Prisma.sql`e."startDate" >= ${date} AND (e."startDate" > ${date} OR e."id" > ${id})`,
    );
  }
  const dir = Prisma.raw(desc ? "DESC" : "ASC");
  // With a part that leads (a small candidate set), sort the candidates: the unary + keeps
  // SQLite from walking the whole date index instead. Without one, walk the dates in order and
  // stop at the page's end.
  const order = Prisma.raw(plan.drive ? `+e."startDate"` : `e."startDate"`);
  const rows = rawAll<Array<{ id: string; startDate: string }>>(Prisma.sql`
    SELECT e."id", e."startDate" FROM "Event" e
    WHERE ${Prisma.join(and, " AND ")}
    ORDER BY ${order} ${dir}, e."id" ${dir}
    LIMIT ${f.limit + 1}`);
  const more = rows.length > f.limit;
  const page = rows.slice(0, f.limit);
  const last = page[page.length - 1];
  return { events: eventsById(page.map((r) => r.id)), nextCursor: more && last ? `${last.startDate}~${last.id}` : null };
}

/** Every event matching a filter (for exports), streamed page by page. */
export async function* allEvents(f: Omit<EventFilter, "limit" | "cursor" | "order"> & { order?: EventFilter["order"] }): AsyncGenerator<EventDto> {
  let cursor: string | undefined;
  for (;;) {
    const page = await listEvents({ ...f, order: f.order ?? "asc", limit: 500, cursor });
    yield* page.events;
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}

export async function countEvents(f: EventCriteria): Promise<number> {
  const criteria = criteriaOf(f);
  const [row] = rawAll<Array<{ n: number }>>(Prisma.sql`SELECT COUNT(*) AS n FROM "Event" e WHERE ${eventCriteriaSql(criteria, planCriteria(criteria))}`);
  return Number(row?.n ?? 0);
}

export async function getEvent(id: string): Promise<EventDto | null> {
  return eventsById([id])[0] ?? null;
}

/** Events sharing an actor with `e` within ±14 days, closest first. */
export async function relatedEvents(e: EventDto, limit = 10): Promise<EventDto[]> {
  const slugs = e.actors.filter((a) => a.kind === "person" || e.actors.length <= 2).map((a) => a.slug);
  if (!slugs.length) return [];
  const startDay = firstDayOf(e.start);
  // Closest first in SQL: a head of state has hundreds of events in four weeks at scale, and
  // taking any hundred of them to sort here could miss the closest.
  const rows = rawAll<Array<{ id: string }>>(Prisma.sql`
    SELECT e."id" FROM "Event" e
    WHERE e."id" <> ${e.id} AND e."startDate" BETWEEN ${addDays(startDay, -14)} AND ${addDays(startDay, 14)}
      AND EXISTS (SELECT 1 FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId"
                  WHERE ea."eventId" = e."id" AND a."slug" IN (${Prisma.join(slugs)}))
    ORDER BY abs(julianday(e."startDate") - julianday(${startDay})), e."startDate", e."id"
    LIMIT ${limit}`);
  return eventsById(rows.map((r) => r.id));
}
