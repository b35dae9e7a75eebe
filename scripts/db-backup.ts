// npm run db:backup -- <file>: a consistent copy of the live database (SQLite's online backup
// API: safe while the app serves and other processes ingest; the copy is one snapshot).
//
// The copy is written to a temporary file next to the target, checked (integrity and foreign
// keys), and only then renamed over the target: an interrupted or failed backup never leaves a
// half-written file under the target's name, nor replaces an earlier good backup.
import Database from "better-sqlite3";
import { existsSync, realpathSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { databaseFile, databaseUrl } from "@/lib/config/database-url";

function samePath(a: string, b: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : path.resolve(p));
  return real(a) === real(b);
}

async function main(): Promise<number> {
  const target = process.argv.slice(2).find((a) => a !== "--");
  if (!target) {
    console.error("usage: npm run db:backup -- <file>");
    return 2;
  }
  const source = databaseFile(databaseUrl());
  if (!existsSync(source)) {
    console.error(`no database at ${source}`);
    return 1;
  }
  const out = path.resolve(target);
  if (samePath(out, source)) {
    console.error("the backup must go to another file");
    return 2;
  }
  if (!existsSync(path.dirname(out))) {
    console.error(`no folder ${path.dirname(out)}`);
    return 2;
  }
  const temp = `${out}.partial-${process.pid}`;
  const db = new Database(source, { readonly: true, fileMustExist: true, timeout: 15_000 });
  try {
    // All pages in one step, under one read lock: a snapshot that writers committing meanwhile
    // can neither tear nor make restart forever (the default of 100 pages a step restarts the
    // copy whenever another process commits).
    await db.backup(temp, { progress: () => 0x7fffffff });
    const copy = new Database(temp);
    let ok: unknown;
    let fk: unknown[];
    let articles: number;
    let events: number;
    try {
      // A self-contained file: no -wal beside it to lose when it is copied elsewhere.
      copy.pragma("journal_mode = DELETE");
      ok = copy.pragma("integrity_check", { simple: true });
      fk = copy.pragma("foreign_key_check") as unknown[];
      articles = (copy.prepare('SELECT count(*) AS n FROM "Article"').get() as { n: number }).n;
      events = (copy.prepare('SELECT count(*) AS n FROM "Event"').get() as { n: number }).n;
    } finally {
      copy.close();
    }
    if (ok !== "ok" || fk.length) {
      console.error(`the backup failed its check (integrity: ${String(ok)}; foreign key violations: ${fk.length}); ${out} was not written`);
      return 1;
    }
    renameSync(temp, out);
    console.log(`backed up ${source} to ${out} (${articles} articles, ${events} events; integrity ok)`);
    return 0;
  } finally {
    db.close();
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(temp + suffix, { force: true });
  }
}

main()
  .then((code) => (process.exitCode = code))
  .catch((err) => {
    console.error(`backup failed: ${(err as Error).message}`);
    process.exitCode = 1;
  });
