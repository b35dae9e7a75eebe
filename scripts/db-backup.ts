// npm run db:backup -- <file>: a consistent copy of the live database (SQLite's online backup
// API: safe while the app serves and other processes ingest).
import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import path from "node:path";
import { databaseFile, databaseUrl } from "@/lib/config/database-url";

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
  if (out === source) {
    console.error("the backup must go to another file");
    return 2;
  }
  const db = new Database(source, { readonly: true, fileMustExist: true, timeout: 15_000 });
  try {
    await db.backup(out);
    const copy = new Database(out, { readonly: true });
    const ok = copy.pragma("integrity_check", { simple: true });
    const articles = (copy.prepare('SELECT count(*) AS n FROM "Article"').get() as { n: number }).n;
    const events = (copy.prepare('SELECT count(*) AS n FROM "Event"').get() as { n: number }).n;
    copy.close();
    if (ok !== "ok") {
      console.error(`backup written to ${out} but its integrity check says: ${ok}`);
      return 1;
    }
    console.log(`backed up ${source} to ${out} (${articles} articles, ${events} events; integrity ok)`);
    return 0;
  } finally {
    db.close();
  }
}

main().then((code) => (process.exitCode = code)).catch((err) => {
  console.error(`backup failed: ${(err as Error).message}`);
  process.exitCode = 1;
});
