// Reads of events: the filtered list (API, export, timeline), one event, and its related events.
import type { Prisma } from "@/lib/generated/prisma/client";
import { dbReady } from "./db";
import { eventDtoSelect, toEventDto, type EventDto, type StoredEventRow } from "./event-dto";
import { expandFrom, expandTo, type EventFilter } from "./event-filter";
import { siteUrl } from "@/lib/config/site-url";
import { addDays } from "@/lib/pipeline/merge";

export interface EventPage {
  events: EventDto[];
  nextCursor: string | null;
}

export function eventWhere(f: Omit<EventFilter, "limit" | "cursor">): Prisma.EventWhereInput {
  const and: Prisma.EventWhereInput[] = [];
  if (f.actor.length) {
    if (f.actorMode === "any") and.push({ actors: { some: { actor: { slug: { in: f.actor } } } } });
    else for (const slug of f.actor) and.push({ actors: { some: { actor: { slug } } } });
  }
  if (f.type.length) and.push({ type: { in: f.type } });
  if (f.status) and.push({ status: f.status });
  // An event is in [from, to] when its span overlaps it.
  if (f.from) and.push({ lastDate: { gte: expandFrom(f.from) } });
  if (f.to) and.push({ startDate: { lte: expandTo(f.to) } });
  if (f.q) {
    const q = f.q;
    and.push({
      OR: [
        { title: { contains: q } },
        { evidence: { some: { quote: { contains: q } } } },
        { actors: { some: { actor: { name: { contains: q } } } } },
        { placeName: { contains: q } },
      ],
    });
  }
  return and.length ? { AND: and } : {};
}

/** A page of events in date order; `nextCursor` continues after the last one. */
export async function listEvents(f: EventFilter): Promise<EventPage> {
  const prisma = await dbReady();
  const where = eventWhere(f);
  const and: Prisma.EventWhereInput[] = [where];
  if (f.cursor) {
    const [date, id] = f.cursor.split("~") as [string, string];
    and.push({ OR: [{ startDate: { gt: date } }, { startDate: date, id: { gt: id } }] });
  }
  const rows: StoredEventRow[] = await prisma.event.findMany({
    where: { AND: and },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    take: f.limit + 1,
    select: eventDtoSelect,
  });
  const more = rows.length > f.limit;
  const page = rows.slice(0, f.limit);
  const base = siteUrl();
  const last = page[page.length - 1];
  return { events: page.map((r) => toEventDto(r, base)), nextCursor: more && last ? `${last.startDate}~${last.id}` : null };
}

/** Every event matching a filter (for exports), streamed page by page. */
export async function* allEvents(f: Omit<EventFilter, "limit" | "cursor">): AsyncGenerator<EventDto> {
  let cursor: string | undefined;
  for (;;) {
    const page = await listEvents({ ...f, limit: 500, cursor });
    yield* page.events;
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}

export async function countEvents(f: Omit<EventFilter, "limit" | "cursor">): Promise<number> {
  const prisma = await dbReady();
  return prisma.event.count({ where: eventWhere(f) });
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
