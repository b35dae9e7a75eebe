// The ingest loop against a real SQLite database: a batch of hostile inputs stores every good
// article and refuses the rest by reason; the same article twice is unchanged; the same URL with
// a changed text replaces the article, its evidence and the events only it supported.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fingerprint, integrity, migrate, rowCounts, tempDatabase, type TempDatabase } from "./helpers/temp-database";

let db: TempDatabase;
// Imported after DATABASE_URL is set (the client is created on first use, from the variable).
let ingest: typeof import("@/lib/ingest/ingest");
let sources: typeof import("@/lib/ingest/read-sources");
let closeDb: () => Promise<void>;
let extractor: import("@/lib/ingest/extract-pool").Extractor;

const FIXTURES = path.resolve(__dirname, "fixtures/articles");

async function run(...paths: string[]) {
  const out = [];
  for await (const item of sources.readSources(paths)) out.push(await ingest.ingestItem(item, extractor, []));
  return out;
}

beforeAll(async () => {
  db = tempDatabase("ingest-db-");
  process.env.DATABASE_URL = db.url;
  migrate(db.url);
  ingest = await import("@/lib/ingest/ingest");
  sources = await import("@/lib/ingest/read-sources");
  closeDb = (await import("@/lib/data/db")).closeDb;
  extractor = new ingest.Extractor();
}, 60_000);

afterAll(async () => {
  await extractor?.close();
  await closeDb?.();
  db?.remove();
});

describe("a batch of hostile and broken inputs", () => {
  it("stores every good article, refuses each bad one with its reason, and keeps going", async () => {
    const outcomes = await run(FIXTURES);
    const byName = Object.fromEntries(outcomes.map((o) => [path.basename(o.name), o]));
    const refused = Object.fromEntries(outcomes.filter((o) => o.status === "refused").map((o) => [path.basename(o.name), o.reason]));
    expect(refused).toEqual({
      "binary-nul-late.txt": "binary",
      "binary-png.txt": "binary",
      "control-characters.txt": "binary",
      "date-not-iso.txt": "invalid-date",
      "empty.txt": "empty",
      "headline-too-long.txt": "headline-too-long",
      "impossible-date.txt": "invalid-date",
      "no-body.txt": "no-body",
      "no-date-line.txt": "no-date-line",
      "no-headline.txt": "no-headline",
      "records.jsonl:2": "missing-field",
      "records.jsonl:3": "invalid-json",
      "records.jsonl:4": "invalid-json",
      "records.jsonl:5": "invalid-date",
      "records.jsonl:6": "invalid-field",
      "records.jsonl:7": "no-headline",
      "records.jsonl:8": "no-body",
      "records.jsonl:9": "invalid-field",
      "utf16-without-bom.txt": "not-utf8",
      "whitespace-only.txt": "empty",
    });
    const stored = outcomes.filter((o) => o.status === "ingested");
    expect(stored.map((o) => path.basename(o.name)).sort()).toEqual(
      ["broken-utf8.txt", "credentials-url.txt", "records.jsonl:1", "records.jsonl:11", "terminal-escapes.txt", "utf8-bom-crlf.txt", "windows-1252.txt"].sort(),
    );
    // The same article as credentials-url.txt (same date, headline and body, no usable url), in
    // another encoding or with another refused url line: unchanged, not a second article.
    expect(byName["javascript-url.txt"]).toMatchObject({ status: "unchanged", articleId: byName["credentials-url.txt"]!.articleId });
    expect(byName["utf16le-with-bom.txt"]).toMatchObject({ status: "unchanged", articleId: byName["credentials-url.txt"]!.articleId });
    expect(rowCounts(db.file).Article).toBe(stored.length);
    expect(byName["windows-1252.txt"]!.warnings).toEqual(["the file is not valid UTF-8; it was decoded as Windows-1252"]);
    // They mention a real call: events were extracted and stored.
    expect(rowCounts(db.file).Event).toBeGreaterThan(0);
    // Links: only http(s) was stored.
    const { default: Database } = await import("better-sqlite3");
    const conn = new Database(db.file, { readonly: true });
    const urls = (conn.prepare(`SELECT url FROM "Article" WHERE url IS NOT NULL`).all() as Array<{ url: string }>).map((r) => r.url);
    conn.close();
    expect(urls.sort()).toEqual(["https://example.org/bom-crlf", "https://example.org/jsonl-ok"]);
    expect(integrity(db.file)).toEqual({ integrity: "ok", foreignKeyViolations: 0 });
  });

  it("the same inputs again change nothing", async () => {
    const before = fingerprint(db.file);
    const outcomes = await run(FIXTURES);
    expect(outcomes.filter((o) => o.status === "ingested" || o.status === "updated")).toEqual([]);
    expect(fingerprint(db.file)).toBe(before);
  });
});

describe("the same URL with a changed text", () => {
  const url = "https://example.org/corrected";
  const v1 =
    "date 2022-02-08 Olaf Scholz had a telephone conversation with Emmanuel Macron\nurl " +
    url +
    "\n\nGerman Chancellor Olaf Scholz had a telephone conversation with French President Emmanuel Macron on Monday.\n" +
    "Olaf Scholz also met Polish President Andrzej Duda in Berlin on Tuesday.\n";
  const v2 =
    "date 2022-02-08 Olaf Scholz had a telephone conversation with Emmanuel Macron\nurl " +
    url +
    "\n\nGerman Chancellor Olaf Scholz had a telephone conversation with French President Emmanuel Macron on Monday, the chancellery said.\n";

  it("updates the article in place and removes the old evidence and the events only it supported", async () => {
    const file = path.join(db.dir, "corrected.txt");
    writeFileSync(file, v1);
    const [first] = await run(file);
    expect(first).toMatchObject({ status: "ingested" });
    const { getArticle } = await import("@/lib/data/articles");
    const a1 = (await getArticle(first!.articleId!))!;
    expect(a1.evidence.some((e) => e.quote.includes("Andrzej Duda"))).toBe(true);
    const dudaEvent = a1.evidence.find((e) => e.quote.includes("Andrzej Duda"))!.event.id;

    writeFileSync(file, v2);
    const [second] = await run(file);
    expect(second).toMatchObject({ status: "updated", articleId: first!.articleId });
    const a2 = (await getArticle(first!.articleId!))!;
    expect(a2.text).toContain("the chancellery said");
    expect(a2.evidence.length).toBeGreaterThan(0);
    expect(a2.evidence.every((e) => a2.text.slice(e.start, e.end) === e.quote)).toBe(true);
    expect(a2.evidence.some((e) => e.quote.includes("Andrzej Duda"))).toBe(false);
    const { getEvent } = await import("@/lib/data/events");
    expect(await getEvent(dudaEvent)).toBeNull();

    const [third] = await run(file);
    expect(third).toMatchObject({ status: "unchanged" });
    expect(integrity(db.file)).toEqual({ integrity: "ok", foreignKeyViolations: 0 });
  });
});
