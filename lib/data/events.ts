// Reads of events: the filtered list (API, export, timeline), one event, and its related events.
import { Prisma } from "@/lib/generated/prisma/client";
import { dbReady } from "./db";
import { eventDtoSelect, toEventDto, type EventDto, type StoredEventRow } from "./event-dto";
import { criteriaOf, expandFrom, type EventCriteria, type EventFilter } from "./event-filter";
import { eventCriteriaSql } from "./event-filter-sql";
import { siteUrl } from "@/lib/config/site-url";
import { addDays } from "@/lib/pipeline/merge";

export interface EventPage {
  events: EventDto[];
  nextCursor: string | null;
}

type Row = { id: string };

/** Load full events by id, keeping the order of `ids`. */
async function eventsById(ids: string[]): Promise<EventDto[]> {
  if (!ids.length) return [];
  const prisma = await dbReady();
  const rows: StoredEventRow[] = await prisma.event.findMany({ where: { id: { in: ids } }, select: eventDtoSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
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
  const prisma = await dbReady();
  const desc = f.order === "desc";
  const and: Prisma.Sql[] = [eventCriteriaSql(criteriaOf(f))];
  if (f.cursor) {
    const [date, id] = f.cursor.split("~") as [string, string];
    and.push(
      desc
        ? Prisma.sql`(e."startDate" < ${date} OR (e."startDate" = ${date} AND e."id" < ${id}))`
        : Prisma.sql`(e."startDate" > ${date} OR (e."startDate" = ${date} AND e."id" > ${id}))`,
    );
  }
  const dir = Prisma.raw(desc ? "DESC" : "ASC");
  const rows = await prisma.$queryRaw<Array<Row & { startDate: string }>>`
    SELECT e."id", e."startDate" FROM "Event" e
    WHERE ${Prisma.join(and, " AND ")}
    ORDER BY e."startDate" ${dir}, e."id" ${dir}
    LIMIT ${f.limit + 1}`;
  const more = rows.length > f.limit;
  const page = rows.slice(0, f.limit);
  const last = page[page.length - 1];
  return { events: await eventsById(page.map((r) => r.id)), nextCursor: more && last ? `${last.startDate}~${last.id}` : null };
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
  const prisma = await dbReady();
  const [row] = await prisma.$queryRaw<Array<{ n: bigint | number }>>`SELECT COUNT(*) AS n FROM "Event" e WHERE ${eventCriteriaSql(criteriaOf(f))}`;
  return Number(row?.n ?? 0);
}

export async function getEvent(id: string): Promise<EventDto | null> {
  const prisma = await dbReady();
  const row = await prisma.event.findUnique({ where: { id }, select: eventDtoSelect });
  return row ? toEventDto(row, siteUrl()) : null;
}

/** Events sharing an actor with `e` within ±14 days, closest first. */
export async function relatedEvents(e: EventDto, limit = 10): Promise<EventDto[]> {
  const prisma = await dbReady();
  const slugs = e.actors.filter((a) => a.kind === "person" || e.actors.length <= 2).map((a) => a.slug);
  if (!slugs.length) return [];
  const startDay = e.start.length === 10 ? e.start : expandFrom(e.start);
  const rows: StoredEventRow[] = await prisma.event.findMany({
    where: {
      id: { not: e.id },
      startDate: { gte: addDays(startDay, -14), lte: addDays(startDay, 14) },
      actors: { some: { actor: { slug: { in: slugs } } } },
    },
    select: eventDtoSelect,
    take: 100,
  });
  const t0 = Date.parse(startDay);
  return rows
    .sort((a, b) => Math.abs(Date.parse(a.startDate) - t0) - Math.abs(Date.parse(b.startDate) - t0) || a.startDate.localeCompare(b.startDate))
    .slice(0, limit)
    .map((r) => toEventDto(r, siteUrl()));
}
