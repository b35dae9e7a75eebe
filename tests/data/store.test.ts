// The ingest transaction against a real SQLite database built by the committed migrations:
// idempotency, merging one real event reported by two articles, corrected articles, and the
// export shape of the seed article's events.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const dir = mkdtempSync(path.join(tmpdir(), "timeline-store-"));
process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;

const { migrateDatabase } = await import("@/scripts/lib/migrate");
const { closeDb, dbReady } = await import("@/lib/data/db");
const { ingestItem, Extractor } = await import("@/lib/ingest/ingest");
const { userAliases } = await import("@/lib/data/actors");
const { listEvents } = await import("@/lib/data/events");
const { eventFilterSchema } = await import("@/lib/data/event-filter");

const SEED = path.resolve(__dirname, "../../data/samples/seed/000_a17601c295468a63.txt");
const file = (text: string) => ({ name: "t", kind: "file" as const, bytes: Buffer.from(text) });

const extractor = new Extractor({ timeoutMs: 60_000 });
const ingest = async (item: Parameters<typeof ingestItem>[0]) => ingestItem(item, extractor, await userAliases());

beforeAll(() => migrateDatabase());
afterAll(async () => {
  await extractor.close();
  await closeDb();
  rmSync(dir, { recursive: true, force: true });
});

describe("storing articles", () => {
  it("ingests the seed once; the same text again changes nothing", async () => {
    const first = await ingest({ name: "seed", kind: "file", bytes: readFileSync(SEED) });
    expect(first.status).toBe("ingested");
    const prisma = await dbReady();
    const counts = async () => [await prisma.article.count(), await prisma.event.count(), await prisma.evidence.count(), await prisma.actor.count()];
    const before = await counts();
    const again = await ingest({ name: "seed", kind: "file", bytes: readFileSync(SEED) });
    expect(again.status).toBe("unchanged");
    expect(await counts()).toEqual(before);
  });

  it("exports the seed's events in the contract's shape, quotes verbatim", async () => {
    const { events } = await listEvents(eventFilterSchema.parse({ from: "2021-12-01", to: "2022-02-28", limit: 100 }));
    const sunday = events.find((e) => e.type === "call" && e.start === "2022-02-06");
    expect(sunday).toBeDefined();
    expect(sunday!.permalink).toMatch(new RegExp(`/events/${sunday!.id}/${sunday!.slug}$`));
    expect(sunday!.actors.map((a) => a.slug).sort()).toEqual(["emmanuel-macron", "joe-biden"]);
    expect(sunday!.actors.find((a) => a.slug === "emmanuel-macron")).toMatchObject({ kind: "person", country: "FRA", role: "President of France" });
    const text = readFileSync(SEED, "utf8");
    for (const s of sunday!.sources) expect(text).toContain(s.quote);
    const aid = events.find((e) => e.type === "aid");
    expect(aid).toMatchObject({ start: "2021-12", precision: "month" });
  });

  it("merges one real event reported by two articles into one event with two sources", async () => {
    const a = "date 2022-03-01 Olaf Scholz had a telephone conversation with Sauli Niinisto\nurl https://example.org/a\n\nFederal Chancellor of Germany Olaf Scholz had a telephone conversation with President of Finland Sauli Niinisto.\n";
    const b = "date 2022-03-02 Niinisto and Scholz discussed security\nurl https://example.org/b\n\nPresident of Finland Sauli Niinisto and Chancellor Olaf Scholz spoke by phone yesterday about European security.\n";
    expect((await ingest(file(a))).status).toBe("ingested");
    expect((await ingest(file(b))).status).toBe("ingested");
    const { events } = await listEvents(eventFilterSchema.parse({ actor: ["olaf-scholz", "sauli-niinisto"], type: ["call"] }));
    expect(events).toHaveLength(1);
    expect(events[0]!.start).toBe("2022-03-01");
    expect(new Set(events[0]!.sources.map((s) => s.url))).toEqual(new Set(["https://example.org/a", "https://example.org/b"]));
  });

  it("replaces a corrected article (same URL): new evidence, no stale events", async () => {
    const v1 = "date 2022-03-05 Mark Rutte had a telephone conversation with Kaja Kallas\nurl https://example.org/c\n\nPrime Minister of the Netherlands Mark Rutte had a telephone conversation with Prime Minister of Estonia Kaja Kallas.\n";
    const v2 = "date 2022-03-05 Mark Rutte met Kaja Kallas in Tallinn\nurl https://example.org/c\n\nPrime Minister of the Netherlands Mark Rutte met Prime Minister of Estonia Kaja Kallas in Tallinn.\n";
    const first = await ingest(file(v1));
    const second = await ingest(file(v2));
    expect(second).toMatchObject({ status: "updated", articleId: first.articleId });
    const { events } = await listEvents(eventFilterSchema.parse({ actor: ["mark-rutte", "kaja-kallas"] }));
    expect(events.map((e) => e.type)).toEqual(["meeting"]);
    expect(events[0]!.place).toEqual({ name: "Tallinn", country: "EST" });
    const prisma = await dbReady();
    expect(await prisma.article.count({ where: { url: "https://example.org/c" } })).toBe(1);
  });

  it("keeps the same event id when the same articles are ingested into a fresh database", async () => {
    const { events } = await listEvents(eventFilterSchema.parse({ actor: ["emmanuel-macron", "joe-biden"], type: ["call"] }));
    // Ids are hashes of the event's key (type family, first day, actors) at creation.
    const { eventId, eventKey } = await import("@/lib/pipeline/ids");
    const sunday = events.find((e) => e.start === "2022-02-06")!;
    expect(sunday.id).toBe(eventId(eventKey({ type: "call", start: "2022-02-06", actors: sunday.actors.map((a) => ({ slug: a.slug, part: "source", title: null })) })));
  });
});
