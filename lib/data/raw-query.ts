// Runs the data layer's SQL (Prisma.Sql fragments, as built with event-filter-sql.ts) on the
// direct better-sqlite3 connection (sqlite.ts): the hot reads of the event list, the timeline and
// the facets skip the driver adapter's per-query cost. Statements are prepared once per SQL text
// (the texts vary only with the shape of a filter, so there are few) and kept per connection.
import type { Prisma } from "@/lib/generated/prisma/client";
import { sqlite, type Sqlite } from "./sqlite";

const MAX_CACHED = 500;
const cache = new WeakMap<Sqlite, Map<string, ReturnType<Sqlite["prepare"]>>>();

type Statement = { all(...params: unknown[]): unknown[]; get(...params: unknown[]): unknown };

function prepared(query: Prisma.Sql): Statement {
  const conn = sqlite();
  let m = cache.get(conn);
  if (!m) cache.set(conn, (m = new Map()));
  let st = m.get(query.sql);
  if (!st) {
    if (m.size >= MAX_CACHED) m.delete(m.keys().next().value!);
    m.set(query.sql, (st = conn.prepare(query.sql)));
  }
  return st as unknown as Statement;
}

/** Every row of a query. */
export function rawAll<T extends readonly unknown[]>(query: Prisma.Sql): T {
  return prepared(query).all(...query.values) as unknown as T;
}
