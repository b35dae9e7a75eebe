// The hot read path against Prisma and the reference semantics: the loader of events (three flat
// statements: events, their actors, their evidence) returns exactly what Prisma's nested select
// returns, and every query plan of the filter (what leads: the window, an actor, the text index,
// or nothing) matches the same events.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { EVENT_TYPES } from "@/lib/pipeline/types";
import type { EventCriteria } from "./event-filter";
import { createTempDatabase, seedDatabase } from "./testing/temp-database";
import { ACTORS, matches, sampleEvents } from "./testing/sample-events";

let cleanup: () => Promise<void>;
const EVENTS = sampleEvents();

beforeAll(async () => {
  cleanup = createTempDatabase();
  await seedDatabase(ACTORS, EVENTS);
}, 60_000);
afterAll(async () => cleanup?.());

describe("loadEventRows", () => {
  it("returns what Prisma's eventDtoSelect returns, for every event", async () => {
    const { dbReady } = await import("./db");
    const { eventDtoSelect, toEventDto } = await import("./event-dto");
    const { loadEventRows } = await import("./events");
    const prisma = await dbReady();
    const ids = EVENTS.map((e) => e.id);
    const viaPrisma = await prisma.event.findMany({ where: { id: { in: ids } }, select: eventDtoSelect });
    const raw = loadEventRows(ids);
    const byId = (rows: typeof raw) => Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId(raw)).toEqual(byId(viaPrisma));
    // And so the public shape is the same, actor order included.
    const dto = (rows: typeof raw) => rows.map((r) => toEventDto(r, "http://x")).sort((a, b) => a.id.localeCompare(b.id));
    expect(dto(raw)).toEqual(dto(viaPrisma));
  });
});

describe("query plans", () => {
  const criteriaArb: fc.Arbitrary<EventCriteria> = fc.record({
    actor: fc.uniqueArray(fc.constantFrom(...ACTORS.slice(0, 10).map((a) => a.slug)), { maxLength: 2 }),
    actorMode: fc.constantFrom("all" as const, "any" as const),
    type: fc.uniqueArray(fc.constantFrom(...EVENT_TYPES), { maxLength: 2 }),
    status: fc.option(fc.constantFrom("occurred" as const, "planned" as const), { nil: undefined }),
    from: fc.option(fc.constantFrom("2022", "2022-02", "2022-02-14", "2021-12-31", "1997-06-01"), { nil: undefined }),
    to: fc.option(fc.constantFrom("2022-02", "2022-02-20", "2022-03-31", "2022-06-15"), { nil: undefined }),
    q: fc.option(fc.constantFrom("macron", "PUTIN", "phone", "moscow", "%", "_", "100%", "in_part", "zzz", "5_0", "Uncle", "ab"), { nil: undefined }),
  });

  it("each way of leading the query matches the reference semantics", async () => {
    const { eventCriteriaSql, planCriteria } = await import("./event-filter-sql");
    const { rawAll } = await import("./raw-query");
    await fc.assert(
      fc.asyncProperty(criteriaArb, async (c) => {
        const want = EVENTS.filter((e) => matches(e, c)).map((e) => e.id).sort();
        const plans = [{}, planCriteria(c), { drive: { kind: "window" as const } }, { drive: { kind: "text" as const } }, ...c.actor.map((s) => ({ drive: { kind: "actor" as const, slugs: [s] } }))];
        for (const plan of plans) {
          const got = rawAll<Array<{ id: string }>>(Prisma.sql`SELECT e."id" AS id FROM "Event" e WHERE ${eventCriteriaSql(c, plan)} ORDER BY e."id"`).map((r) => r.id);
          expect(got, JSON.stringify(plan)).toEqual(want);
        }
      }),
      { numRuns: 80 },
    );
  });

  it("keeps the full-text index in step with titles, actors' names and evidence", async () => {
    const { dbReady } = await import("./db");
    const { countEvents } = await import("./events");
    const prisma = await dbReady();
    const all = (q: string) => ({ actor: [], actorMode: "all" as const, type: [], q });
    // Searches of three characters or more are led by the index (the only candidates here), so
    // a document left stale would hide the event.
    expect(await countEvents(all("treaty of 1997"))).toBe(0);
    await prisma.event.update({ where: { id: "old1997" }, data: { title: "NATO–Russia treaty of 1997" } });
    expect(await countEvents(all("treaty of 1997"))).toBe(1);
    const before = await countEvents(all("Nobody In_Particular"));
    await prisma.actor.update({ where: { slug: "nobody-in-particular" }, data: { name: "Somebody Else" } });
    expect(await countEvents(all("Nobody In_Particular"))).toBe(0);
    expect(await countEvents(all("Somebody Else"))).toBe(before);
    await prisma.actor.update({ where: { slug: "nobody-in-particular" }, data: { name: "Nobody In_Particular" } });
    await prisma.event.update({ where: { id: "old1997" }, data: { title: "NATO–Russia Founding Act" } });
  });
});
