// The process's direct better-sqlite3 connection to DATABASE_URL, beside Prisma's (db.ts), for the
// two paths where Prisma's per-query cost dominates: the ingest writes (dozens of small statements
// per article) and the hot reads of /api/events and the timeline. Everything else goes through
// Prisma. Same file, same pragmas; WAL lets both connections read while one writes.
//
// better-sqlite3 is synchronous: a statement runs on the caller's thread. The statements here
// are index lookups and bounded scans (well under a millisecond to a few ms), so that is cheaper
// than a round trip through the driver adapter; waiting for another process's write lock is the
// exception (the busy timeout), as it already was through the adapter, which is also synchronous.
import Database from "better-sqlite3";
import { databaseFile, databaseUrl } from "@/lib/config/database-url";
import { BUSY_TIMEOUT_MS } from "./db";

export type Sqlite = Database.Database;

/** Page cache of the direct connection (KiB) and how much of the file is memory-mapped (bytes). */
const CACHE_KIB = 64 * 1024;
const MMAP_BYTES = 256 * 1024 * 1024;

const globalForSqlite = globalThis as unknown as { __timelineSqlite?: { url: string; conn: Sqlite } };

/** The shared connection for DATABASE_URL (opened on first use; the schema is the migrations'). */
export function sqlite(): Sqlite {
  const url = databaseUrl();
  const cached = globalForSqlite.__timelineSqlite;
  if (cached && cached.url === url && cached.conn.open) return cached.conn;
  if (cached?.conn.open) cached.conn.close();
  const conn = new Database(databaseFile(url), { timeout: BUSY_TIMEOUT_MS });
  conn.pragma("journal_mode = WAL");
  conn.pragma("synchronous = NORMAL");
  conn.pragma("foreign_keys = ON");
  // Reads of a large database touch pages all over the file (an event's actors, evidence and
  // articles): with SQLite's default 2 MB page cache every such page was a read() from the OS.
  // A 64 MB cache and memory-mapped reads (256 MB of address space; the OS shares the pages
  // between processes) made a page of 100 events several times faster at 100k events.
  conn.pragma(`cache_size = -${CACHE_KIB}`);
  conn.pragma(`mmap_size = ${MMAP_BYTES}`);
  globalForSqlite.__timelineSqlite = { url, conn };
  return conn;
}

/** Close the shared connection (closeDb in db.ts calls this). */
export function closeSqlite(): void {
  const cached = globalForSqlite.__timelineSqlite;
  globalForSqlite.__timelineSqlite = undefined;
  if (cached?.conn.open) {
    // Let SQLite refresh the planner's statistics where they have drifted (cheap when nothing did).
    try {
      cached.conn.pragma("optimize");
    } catch {
      // read-only or busy: the next close will do it
    }
    cached.conn.close();
  }
}

/**
 * Prepared statements of one connection, built once: `cachedStatements(conn, build)` returns the
 * same object for the same connection and builder.
 */
const statementCache = new WeakMap<Sqlite, Map<unknown, unknown>>();
export function cachedStatements<T>(conn: Sqlite, build: (c: Sqlite) => T): T {
  let m = statementCache.get(conn);
  if (!m) statementCache.set(conn, (m = new Map()));
  let s = m.get(build) as T | undefined;
  if (!s) m.set(build, (s = build(conn)));
  return s;
}

/** A DateTime as Prisma stores it in SQLite (so Prisma reads what these writes store). */
export function prismaDateTime(d = new Date()): string {
  return d.toISOString().replace("Z", "+00:00");
}
