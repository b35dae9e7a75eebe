// The data layer against a real SQLite database: the shared SQL filter, the windowed timeline
// (rows, clusters, the item budget) and the facet counts, each checked against a plain
// TypeScript statement of what they must return.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVENT_TYPES } from "@/lib/pipeline/types";
import { BUCKET_UNITS, bucketStart } from "@/lib/timeline/buckets";
import { addDays } from "@/lib/timeline/days";
import { eventFilterSchema, type EventCriteria } from "./event-filter";
import { createTempDatabase, seedDatabase } from "./testing/temp-database";
import { ACTORS, matches, sampleEvents } from "./testing/sample-events";

let cleanup: () => Promise<void>;
const EVENTS = sampleEvents();

beforeAll(async () => {
  cleanup = createTempDatabase();
  await seedDatabase(ACTORS, EVENTS);
}, 60_000);
afterAll(async () => cleanup?.());

const criteria = (c: Partial<EventCriteria>): EventCriteria => ({ actor: [], actorMode: "all", type: [], ...c });
const expected = (c: EventCriteria) => EVENTS.filter((e) => matches(e, c));

const criteriaArb: fc.Arbitrary<EventCriteria> = fc.record({
  actor: fc.uniqueArray(fc.constantFrom(...ACTORS.slice(0, 10).map((a) => a.slug)), { maxLength: 3 }),
  actorMode: fc.constantFrom("all" as const, "any" as const),
  type: fc.uniqueArray(fc.constantFrom(...EVENT_TYPES), { maxLength: 3 }),
  status: fc.option(fc.constantFrom("occurred" as const, "planned" as const), { nil: undefined }),
  from: fc.option(fc.constantFrom("2022", "2022-02", "2022-02-14", "2021-12-31"), { nil: undefined }),
  to: fc.option(fc.constantFrom("2022-02", "2022-02-20", "2022-03-31"), { nil: undefined }),
  q: fc.option(fc.constantFrom("macron", "PUTIN", "phone", "moscow", "%", "_", "100%", "in_part", "zzz"), { nil: undefined }),
});

describe("the shared SQL filter", () => {
  it("listEvents and countEvents agree with the reference semantics for random filters", async () => {
    const { listEvents, countEvents } = await import("./events");
    await fc.assert(
      fc.asyncProperty(criteriaArb, async (c) => {
        if (c.from && c.to && c.from > c.to) return;
        const want = expected(c).map((e) => e.id).sort();
        const page = await listEvents(eventFilterSchema.parse({ ...c, limit: 500 }));
        expect(page.events.map((e) => e.id).sort()).toEqual(want);
        expect(await countEvents(c)).toBe(want.length);
      }),
      { numRuns: 60 },
    );
  });

  it("searches for % and _ literally", async () => {
    const { countEvents } = await import("./events");
    expect(await countEvents(criteria({ q: "100%" }))).toBe(1);
    expect(await countEvents(criteria({ q: "5_0" }))).toBe(1);
    expect(await countEvents(criteria({ q: "%" }))).toBe(1);
  });

  it("pages newest first with a cursor, without gaps or repeats", async () => {
    const { listEvents } = await import("./events");
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await listEvents(eventFilterSchema.parse({ actor: ["vladimir-putin"], order: "desc", limit: 7, cursor }));
      seen.push(...page.events.map((e) => e.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    const want = expected(criteria({ actor: ["vladimir-putin"] }))
      .sort((a, b) => b.start.localeCompare(a.start) || b.id.localeCompare(a.id))
      .map((e) => e.id);
    expect(seen).toEqual(want);
  });
});

describe("bucketSql", () => {
  it("puts every day in the same bucket as bucketStart", async () => {
    const { bucketSql } = await import("./timeline");
    const { dbReady } = await import("./db");
    const prisma = await dbReady();
    const days = ["2022-01-01", "2022-01-02", "2022-01-03", "2021-12-31", "2020-02-29", "1999-07-15", "2000-10-01", "2022-03-31", "2022-12-31"];
    for (let i = 0; i < 60; i++) days.push(addDays("2022-02-01", i * 7 + (i % 5)));
    for (const unit of BUCKET_UNITS) {
      for (const d of days) {
        const [row] = await prisma.$queryRaw<Array<{ b: string }>>`SELECT ${bucketSql(unit)} AS b FROM (SELECT ${d} AS d)`;
        expect(row?.b, `${unit} of ${d}`).toBe(bucketStart(unit, d));
      }
    }
  });
});

describe("getTimeline", () => {
  /** Placements (event × row) in a window, the reference way. */
  function placements(c: EventCriteria, w: { from: string; to: string }, groupBy: "actor" | "country", shown: Set<string>): number {
    let n = 0;
    for (const e of expected(c)) {
      if (e.start > w.to || (e.last ?? e.start) < w.from) continue;
      const keys = new Set(e.actors.map((s) => (groupBy === "actor" ? s : ACTORS.find((a) => a.slug === s)!.country)).filter((k): k is string => !!k && shown.has(k)));
      n += Math.max(1, keys.size);
    }
    return n;
  }

  it("suggests the span of the middle 90 % of events, not the stray ones", async () => {
    const { getTimeline } = await import("./timeline");
    const t = await getTimeline({ criteria: criteria({}), groupBy: "actor" });
    expect(t.total).toBe(EVENTS.length);
    expect(t.extent).toEqual({ from: "1997-01-01", to: "2022-06-30" });
    expect(t.suggested!.from >= "2021-12-01" && t.suggested!.from <= "2022-01-15").toBe(true);
    expect(t.suggested!.to >= "2022-03-01" && t.suggested!.to <= "2022-04-15").toBe(true);
    expect(t.window).toEqual(t.suggested);
  });

  it("shows the filter's actors first, then the most active, then Other", async () => {
    const { getTimeline, MAX_GROUPS, OTHER_GROUP } = await import("./timeline");
    const t = await getTimeline({ criteria: criteria({ actor: ["olaf-scholz"], actorMode: "any" }), groupBy: "actor", window: { from: "2022-01-01", to: "2022-03-31" } });
    expect(t.groups[0]).toMatchObject({ id: "olaf-scholz", pinned: true, label: "Olaf Scholz" });
    const counts = t.groups.slice(1).filter((g) => g.id !== OTHER_GROUP).map((g) => g.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    const all = await getTimeline({ criteria: criteria({}), groupBy: "actor", window: { from: "2022-01-01", to: "2022-03-31" } });
    expect(all.groups.filter((g) => g.id !== OTHER_GROUP)).toHaveLength(MAX_GROUPS);
    const other = all.groups.find((g) => g.id === OTHER_GROUP)!;
    const shown = new Set(all.groups.map((g) => g.id));
    expect(other.count).toBe(EVENTS.filter((e) => !e.actors.some((a) => shown.has(a))).length);
    for (const g of all.groups.filter((g) => g.kind === "actor")) expect(g.count).toBe(EVENTS.filter((e) => e.actors.includes(g.id)).length);
  });

  it("labels country rows by name", async () => {
    const { getTimeline } = await import("./timeline");
    const t = await getTimeline({ criteria: criteria({ actor: ["emmanuel-macron"] }), groupBy: "country", window: { from: "2022-01-01", to: "2022-03-31" } });
    expect(t.groups[0]).toMatchObject({ id: "FRA", label: "France", pinned: true, kind: "country" });
    expect(t.groups.some((g) => g.id === "USA" && g.label === "United States")).toBe(true);
  });

  it("sends every event of a sparse window, in each of its rows", async () => {
    const { getTimeline } = await import("./timeline");
    const c = criteria({ actor: ["emmanuel-macron", "joe-biden"] });
    const t = await getTimeline({ criteria: c, groupBy: "actor", window: { from: "2022-01-25", to: "2022-02-20" } });
    expect(t.unit).toBeNull();
    expect(t.clusters).toEqual([]);
    const want = expected(c).filter((e) => e.start <= "2022-02-20" && (e.last ?? e.start) >= "2022-01-25");
    expect(t.events.map((e) => e.id).sort()).toEqual(want.map((e) => e.id).sort());
    expect(t.inWindow).toBe(want.length);
    const call = t.events.find((e) => e.id === "macbid1")!;
    expect(call.groups.sort()).toEqual(["emmanuel-macron", "joe-biden"]);
    expect(call).toMatchObject({ start: "2022-02-06", last: "2022-02-06", type: "call", status: "occurred" });
  });

  for (const groupBy of ["actor", "country"] as const) {
    it(`keeps a dense window within the item budget and accounts for every event (${groupBy} rows)`, async () => {
      const { getTimeline, ITEM_BUDGET } = await import("./timeline");
      for (const w of [
        { from: "2022-01-01", to: "2022-03-31" },
        { from: "2022-02-14", to: "2022-03-06" },
        { from: "1990-01-01", to: "2030-12-31" },
      ]) {
        const c = criteria({});
        const t = await getTimeline({ criteria: c, groupBy, window: w });
        const items = t.events.reduce((s, e) => s + e.groups.length, 0) + t.clusters.length;
        expect(items).toBeLessThanOrEqual(ITEM_BUDGET);
        expect(t.clusters.length).toBeGreaterThan(0);
        expect(t.unit).not.toBeNull();
        // Conservation: each placement is drawn once, alone or inside a cluster.
        const shown = new Set(t.groups.map((g) => g.id));
        const drawn = t.events.reduce((s, e) => s + e.groups.length, 0) + t.clusters.reduce((s, k) => s + k.count, 0);
        expect(drawn).toBe(placements(c, w, groupBy, shown));
        for (const k of t.clusters) {
          expect(Object.values(k.types).reduce((s, n) => s + (n ?? 0), 0)).toBe(k.count);
          expect(k.start <= k.last).toBe(true);
          expect(k.last >= w.from && k.start <= w.to).toBe(true);
          expect(shown.has(k.group)).toBe(true);
        }
        expect(t.inWindow).toBe(expected(c).filter((e) => e.start <= w.to && (e.last ?? e.start) >= w.from).length);
      }
    });
  }

  it("answers an empty filter with no rows and a window to look at", async () => {
    const { getTimeline } = await import("./timeline");
    const t = await getTimeline({ criteria: criteria({ q: "no such words anywhere" }), groupBy: "actor" });
    expect(t).toMatchObject({ total: 0, inWindow: 0, groups: [], events: [], clusters: [], extent: null, suggested: null });
    expect(t.window.from < t.window.to).toBe(true);
  });
});

describe("eventFacets", () => {
  it("counts types and statuses without their own constraint, actors within the filter", async () => {
    const { eventFacets } = await import("./facets");
    const c = criteria({ actor: ["vladimir-putin"], type: ["call"] });
    const f = await eventFacets(c);
    expect(f.total).toBe(expected(c).length);
    for (const t of EVENT_TYPES) expect(f.types[t] ?? 0).toBe(expected({ ...c, type: [t] }).length);
    expect(f.statuses.planned).toBe(expected({ ...c, status: "planned" }).length);
    for (const a of f.actors) expect(a.count).toBe(expected({ ...c, actor: ["vladimir-putin", a.slug] }).length);
    expect(f.actors[0]!.slug).toBe("vladimir-putin");
  });

  it("finds actors by name, slug or alias", async () => {
    const { eventFacets } = await import("./facets");
    expect((await eventFacets(criteria({}), { actorQuery: "uncle" })).actors.map((a) => a.slug)).toEqual(["joe-biden"]);
    expect((await eventFacets(criteria({}), { actorQuery: "MACR" })).actors.map((a) => a.slug)).toEqual(["emmanuel-macron"]);
    expect((await eventFacets(criteria({}), { actorQuery: "in_p" })).actors.map((a) => a.slug)).toEqual(["nobody-in-particular"]);
    expect((await eventFacets(criteria({}), { actorQuery: "minor actor 1" })).actors.length).toBeGreaterThan(1);
  });
});
