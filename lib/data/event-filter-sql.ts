// The one translation of event criteria (actor, type, status, dates, free text) into SQL. Every
// reader that filters events — the event list and export, counts, the timeline's aggregates and
// the facet counts — builds its WHERE clause here, so they cannot disagree about what matches.
//
// Written as plain SQL rather than a Prisma `where` because the timeline and facets aggregate
// (GROUP BY expressions Prisma cannot express) and because Prisma's `contains` on SQLite does not
// escape LIKE wildcards: a search for "%" or "_" matched every event. Here the search text is
// always literal.
import { Prisma } from "@/lib/generated/prisma/client";
import { expandFrom, expandTo, type EventCriteria } from "./event-filter";

/** A LIKE pattern that matches `text` literally anywhere (use with ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `e` takes part with an actor whose slug is in `slugs`. */
function hasActor(slugs: string[]): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId"
    WHERE ea."eventId" = e."id" AND a."slug" IN (${Prisma.join(slugs)}))`;
}

/**
 * The condition "event `e` matches the criteria", for a query over `"Event" e`.
 * - actors: all of them take part (actorMode "all", the default) or at least one ("any");
 * - from/to: the event's span [startDate, lastDate] overlaps [from, to] (partial bounds widen);
 * - q: the text appears, case-insensitively (ASCII), in the title, an evidence sentence, an
 *   actor's name or the place.
 */
export function eventCriteriaSql(f: EventCriteria): Prisma.Sql {
  const and: Prisma.Sql[] = [];
  if (f.actor.length) {
    if (f.actorMode === "any") and.push(hasActor(f.actor));
    else for (const slug of f.actor) and.push(hasActor([slug]));
  }
  if (f.type.length) and.push(Prisma.sql`e."type" IN (${Prisma.join(f.type)})`);
  if (f.status) and.push(Prisma.sql`e."status" = ${f.status}`);
  if (f.from) and.push(Prisma.sql`e."lastDate" >= ${expandFrom(f.from)}`);
  if (f.to) and.push(Prisma.sql`e."startDate" <= ${expandTo(f.to)}`);
  if (f.q) {
    const p = containsPattern(f.q);
    and.push(Prisma.sql`(e."title" LIKE ${p} ESCAPE '\\'
      OR e."placeName" LIKE ${p} ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM "Evidence" v WHERE v."eventId" = e."id" AND v."quote" LIKE ${p} ESCAPE '\\')
      OR EXISTS (SELECT 1 FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId"
                 WHERE ea."eventId" = e."id" AND a."name" LIKE ${p} ESCAPE '\\'))`);
  }
  return and.length ? Prisma.join(and, " AND ") : Prisma.sql`1 = 1`;
}
