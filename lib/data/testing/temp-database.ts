// Test helper: a fresh, migrated SQLite database in a temporary folder for one test file (Vitest
// runs each file in its own process, see vitest.config.mts), and a compact way to store events.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrateDatabase } from "@/scripts/lib/migrate";

export interface SeedEvent {
  id: string;
  type?: string;
  status?: "occurred" | "planned";
  /** First day; `last` defaults to it. */
  start: string;
  last?: string;
  precision?: "day" | "month" | "year";
  title?: string;
  place?: string | null;
  /** Actor slugs; the actor must be in `actors` of seedDatabase. */
  actors: string[];
  quote?: string;
}

export interface SeedActor {
  slug: string;
  name: string;
  kind?: string;
  country?: string | null;
  aliases?: string[];
}

/** Point DATABASE_URL at a new temporary database and apply the migrations. Returns a cleanup. */
export function createTempDatabase(): () => Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "timeline-test-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
  migrateDatabase();
  return async () => {
    const { closeDb } = await import("@/lib/data/db");
    await closeDb();
    rmSync(dir, { recursive: true, force: true });
  };
}

export async function seedDatabase(actors: SeedActor[], events: SeedEvent[]): Promise<void> {
  const { dbReady } = await import("@/lib/data/db");
  const prisma = await dbReady();
  const ids = new Map<string, number>();
  for (const a of actors) {
    const row = await prisma.actor.create({
      data: {
        slug: a.slug,
        name: a.name,
        kind: a.kind ?? "person",
        country: a.country ?? null,
        aliases: a.aliases ? { create: a.aliases.map((alias) => ({ alias })) } : undefined,
      },
    });
    ids.set(a.slug, row.id);
  }
  const article = await prisma.article.create({
    data: { id: "article00001", contentHash: "x", headline: "Test article", publishedOn: "2022-02-07", text: "", bodyStart: 0 },
  });
  let offset = 0;
  for (const e of events) {
    const title = e.title ?? `${e.type ?? "meeting"} ${e.id}`;
    const quote = e.quote ?? `Sentence about ${title}.`;
    await prisma.event.create({
      data: {
        id: e.id,
        slug: e.id,
        type: e.type ?? "meeting",
        cameo: "040",
        title,
        startDate: e.start,
        lastDate: e.last ?? e.start,
        endDate: e.last && e.last !== e.start && (e.precision ?? "day") === "day" ? e.last : null,
        precision: e.precision ?? "day",
        status: e.status ?? "occurred",
        dateBasis: "stated",
        placeName: e.place ?? null,
        confidence: 0.9,
        actors: { create: e.actors.map((slug, i) => ({ actorId: ids.get(slug)!, part: i === 0 ? "source" : "target" })) },
        evidence: { create: [{ articleId: article.id, quote, start: offset, end: offset + quote.length }] },
      },
    });
    offset += quote.length + 1;
  }
}
