// Throw-away SQLite databases for tests that need the real schema, and ways to compare them.
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

export interface TempDatabase {
  dir: string;
  file: string;
  url: string;
  remove(): void;
}

/** A new empty folder with a database path in it (the file is created by the first migration or ingest). */
export function tempDatabase(prefix = "timeline-test-"): TempDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const file = path.join(dir, "test.db");
  return { dir, file, url: `file:${file}`, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Apply the committed migrations (what `npm start` and the CLIs do first). */
export function migrate(url: string): void {
  execFileSync(bin("prisma"), ["migrate", "deploy"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" }, stdio: "pipe" });
}

export const TABLES = ["Article", "Event", "Actor", "ActorAlias", "EventActor", "Evidence"] as const;

export function rowCounts(file: string): Record<(typeof TABLES)[number], number> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n])) as Record<(typeof TABLES)[number], number>;
  } finally {
    db.close();
  }
}

/**
 * Everything that identifies the stored data, independent of row ids and timestamps: two
 * databases with equal fingerprints hold the same articles, actors, events and evidence.
 */
export function fingerprint(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const q = (sql: string) => JSON.stringify(db.prepare(sql).raw().all());
    return [
      q(`SELECT id, contentHash, url FROM "Article" ORDER BY id`),
      q(`SELECT slug, name, kind, country FROM "Actor" ORDER BY slug`),
      q(`SELECT a.slug, x.alias FROM "ActorAlias" x JOIN "Actor" a ON a.id = x.actorId ORDER BY a.slug, x.alias`),
      q(`SELECT id, type, startDate, endDate, status, title FROM "Event" ORDER BY id`),
      q(`SELECT x.eventId, a.slug, x.part FROM "EventActor" x JOIN "Actor" a ON a.id = x.actorId ORDER BY x.eventId, a.slug`),
      q(`SELECT eventId, articleId, start, "end" FROM "Evidence" ORDER BY eventId, articleId, start`),
    ].join("\n");
  } finally {
    db.close();
  }
}

/** PRAGMA integrity_check and foreign_key_check of a database file. */
export function integrity(file: string): { integrity: string; foreignKeyViolations: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return {
      integrity: String(db.pragma("integrity_check", { simple: true })),
      foreignKeyViolations: (db.pragma("foreign_key_check") as unknown[]).length,
    };
  } finally {
    db.close();
  }
}

export { bin };
