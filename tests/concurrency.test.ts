// Real processes on one database file: two ingest CLIs at once, an ingest CLI and the ingest
// route at once, an ingest killed mid-way and run again, a backup taken during an ingest. Each
// must end with exactly what one clean run stores: no duplicate articles, actors or events, no
// SQLITE_BUSY, an intact file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { ROOT, bin, fingerprint, integrity, migrate, rowCounts, tempDatabase, type TempDatabase } from "./helpers/temp-database";

const SAMPLES = path.join(ROOT, "data", "samples");
const PER_SOURCE = 60;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function cli(script: string, args: string[], env: Record<string, string>): { done: Promise<Run>; pid: number } {
  // Own process group, so that a kill reaches tsx's node child too.
  const child = spawn(bin("tsx"), [path.join(ROOT, "scripts", script), ...args], { cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d));
  child.stderr.on("data", (d: Buffer) => (stderr += d));
  const done = new Promise<Run>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { done, pid: child.pid! };
}

/** A process's stderr for an assertion message, without stack frames (vitest would try to map them). */
function why(run: Run): string {
  return run.stderr.replace(/\n\s+at .*/g, "").slice(0, 2000);
}

function summary(run: Run): { ingested: number; unchanged: number; refused: number } {
  const m = /(\d+) ingested, (\d+) unchanged, (\d+) refused/.exec(run.stdout);
  if (!m) throw new Error(`no summary line in:\n${run.stdout}\n${run.stderr}`);
  return { ingested: Number(m[1]), unchanged: Number(m[2]), refused: Number(m[3]) };
}

function articleCount(file: string): number {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM "Article"').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 25));
  }
}

let work: TempDatabase;
let articles: string;
let count: number;
let reference: { fingerprint: string; counts: ReturnType<typeof rowCounts> };

beforeAll(async () => {
  // A real article set: the seed article and the first sample press releases of each source.
  work = tempDatabase("concurrency-");
  articles = path.join(work.dir, "articles");
  count = 0;
  for (const source of ["seed", "kremlin", "president_ua"]) {
    mkdirSync(path.join(articles, source), { recursive: true });
    for (const f of readdirSync(path.join(SAMPLES, source)).filter((f) => f.endsWith(".txt")).sort().slice(0, PER_SOURCE)) {
      copyFileSync(path.join(SAMPLES, source, f), path.join(articles, source, f));
      count++;
    }
  }
  const db = tempDatabase("reference-");
  const run = await cli("ingest.ts", [articles], { DATABASE_URL: db.url }).done;
  expect(run.code, why(run)).toBe(0);
  expect(summary(run)).toEqual({ ingested: count, unchanged: 0, refused: 0 });
  reference = { fingerprint: fingerprint(db.file), counts: rowCounts(db.file) };
  expect(reference.counts.Event).toBeGreaterThan(50);
  db.remove();
}, 120_000);

afterAll(() => work?.remove());

describe("two ingest processes on one new database at once", () => {
  it("store each article once and end with exactly a single run's data", async () => {
    const db = tempDatabase("two-cli-");
    const [a, b] = await Promise.all([cli("ingest.ts", [articles], { DATABASE_URL: db.url }).done, cli("ingest.ts", [articles], { DATABASE_URL: db.url }).done]);
    for (const r of [a, b]) {
      expect(r.code, why(r)).toBe(0);
      expect(r.stderr).not.toMatch(/SQLITE_BUSY|database is locked|ingest failed/i);
    }
    const [sa, sb] = [summary(a), summary(b)];
    expect(sa.ingested + sb.ingested).toBe(count);
    expect(sa.unchanged + sb.unchanged).toBe(count);
    expect(rowCounts(db.file)).toEqual(reference.counts);
    expect(fingerprint(db.file)).toBe(reference.fingerprint);
    expect(integrity(db.file)).toEqual({ integrity: "ok", foreignKeyViolations: 0 });
    db.remove();
  }, 60_000);
});

describe("an ingest process and POST /api/articles at once", () => {
  it("store each article once and end with exactly a single run's data", async () => {
    const db = tempDatabase("cli-api-");
    migrate(db.url);
    // This test process is the API: the route handler with its own connection to the file.
    Object.assign(process.env, { DATABASE_URL: db.url, INGEST_TOKEN: "concurrency-test-token", INGEST_RATE_LIMIT: "0" });
    const { POST } = await import("@/app/api/articles/route");
    const { NextRequest } = await import("next/server");
    const files = readdirSync(articles, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".txt"))
      .sort((x, y) => x.localeCompare(y))
      .map((f) => path.join(articles, f));
    const viaCli = cli("ingest.ts", [articles], { DATABASE_URL: db.url }).done;
    const statuses: number[] = [];
    for (const f of files) {
      const { readFileSync } = await import("node:fs");
      const res = await POST(
        new NextRequest("http://localhost/api/articles", {
          method: "POST",
          headers: { authorization: "Bearer concurrency-test-token", "content-type": "text/plain" },
          body: readFileSync(f),
        }),
      );
      statuses.push(res.status);
    }
    const run = await viaCli;
    expect(run.code, why(run)).toBe(0);
    expect(run.stderr).not.toMatch(/SQLITE_BUSY|database is locked|ingest failed/i);
    expect(statuses.every((s) => s === 200 || s === 201)).toBe(true);
    expect(statuses.filter((s) => s === 201).length + summary(run).ingested).toBe(count);
    expect(rowCounts(db.file)).toEqual(reference.counts);
    expect(fingerprint(db.file)).toBe(reference.fingerprint);
    const { closeDb } = await import("@/lib/data/db");
    await closeDb();
    db.remove();
  }, 60_000);
});

describe("an ingest killed mid-way", () => {
  it("leaves a consistent database, and running it again finishes the job", async () => {
    const db = tempDatabase("crash-");
    // Kill points leave at least half the articles to go: batched ingest commits every ~150 ms,
    // and a later point could be passed by the end of the whole run before the kill lands.
    for (const killAt of [Math.floor(count / 5), Math.floor(count / 2)]) {
      const run = cli("ingest.ts", [articles], { DATABASE_URL: db.url });
      await until(() => articleCount(db.file) >= killAt, 45_000);
      process.kill(-run.pid, "SIGKILL");
      const killed = await run.done;
      expect(killed.signal ?? killed.code).not.toBe(0);
      const n = articleCount(db.file);
      expect(n).toBeGreaterThanOrEqual(killAt);
      expect(n).toBeLessThan(count);
      expect(integrity(db.file)).toEqual({ integrity: "ok", foreignKeyViolations: 0 });
    }
    const again = await cli("ingest.ts", [articles], { DATABASE_URL: db.url }).done;
    expect(again.code, why(again)).toBe(0);
    expect(summary(again).unchanged).toBeGreaterThan(0);
    expect(rowCounts(db.file)).toEqual(reference.counts);
    expect(fingerprint(db.file)).toBe(reference.fingerprint);
    db.remove();
  }, 60_000);
});

describe("npm run db:backup during an ingest", () => {
  it("writes a consistent snapshot while the other process keeps writing", async () => {
    const db = tempDatabase("backup-");
    const ingest = cli("ingest.ts", [articles], { DATABASE_URL: db.url });
    await until(() => articleCount(db.file) >= 20, 45_000);
    const target = path.join(db.dir, "copy.db");
    const backup = await cli("db-backup.ts", [target], { DATABASE_URL: db.url }).done;
    expect(backup.code, why(backup)).toBe(0);
    expect(backup.stdout).toMatch(/integrity ok/);
    const during = (await ingest.done).code;
    expect(during).toBe(0);
    const copy = rowCounts(target);
    expect(copy.Article).toBeGreaterThanOrEqual(20);
    expect(copy.Article).toBeLessThanOrEqual(count);
    expect(integrity(target)).toEqual({ integrity: "ok", foreignKeyViolations: 0 });
    // Every copied article is complete: the snapshot holds its evidence as the live file does.
    const copied = new Database(target, { readonly: true });
    const live = new Database(db.file, { readonly: true });
    const evidenceOf = (conn: Database.Database, id: string) => conn.prepare('SELECT count(*) AS n FROM "Evidence" WHERE articleId = ?').get(id) as { n: number };
    for (const { id } of copied.prepare('SELECT id FROM "Article"').all() as Array<{ id: string }>) {
      expect(evidenceOf(copied, id).n).toBe(evidenceOf(live, id).n);
    }
    copied.close();
    live.close();
    db.remove();
  }, 60_000);
});
