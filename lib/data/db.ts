// The one Prisma client of a process, on the better-sqlite3 driver adapter.
//
// Not marked `server-only`: the CLIs (ingest, export, bench) run this module under Node directly.
// The client lives on globalThis in development so Next's hot reload does not open a new database
// connection per edit.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/config/database-url";

/** How long a writer waits for another process's write lock before SQLITE_BUSY (ms). */
export const BUSY_TIMEOUT_MS = 15_000;

export type Db = PrismaClient;

function createClient(url: string): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { __timelineDb?: { url: string; client: PrismaClient; ready: Promise<void> } };

/**
 * The shared client for DATABASE_URL. The first call also switches the database to WAL mode
 * (readers never block the writer; the setting is stored in the file) and sets the busy timeout.
 */
export function db(): PrismaClient {
  const url = databaseUrl();
  const cached = globalForDb.__timelineDb;
  if (cached && cached.url === url) return cached.client;
  const client = createClient(url);
  const ready = configureConnection(client);
  globalForDb.__timelineDb = { url, client, ready };
  return client;
}

/** Resolves once the pragmas of the shared connection are set. Await before the first write. */
export async function dbReady(): Promise<PrismaClient> {
  const client = db();
  await globalForDb.__timelineDb!.ready;
  return client;
}

async function configureConnection(client: PrismaClient): Promise<void> {
  // journal_mode returns a row, so it must go through $queryRaw.
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$queryRawUnsafe(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  await client.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await client.$queryRawUnsafe("PRAGMA foreign_keys = ON");
}

/** Close the shared client (CLIs call this before exiting). */
export async function closeDb(): Promise<void> {
  const { closeSqlite } = await import("./sqlite");
  closeSqlite();
  const cached = globalForDb.__timelineDb;
  globalForDb.__timelineDb = undefined;
  if (cached) await cached.client.$disconnect();
}
