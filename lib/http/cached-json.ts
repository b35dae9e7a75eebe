// JSON answers of the read API with an ETag and a response cache, both keyed by the data's
// version (lib/data/data-version.ts): stored events change only when something is ingested, so
// until then the same request has the same answer.
// - A client that sends the ETag back (If-None-Match) gets 304 without a database query.
// - The answer's JSON text is kept in memory (LRU, at most MAX_BYTES) and served again for the
//   same path and query; any commit changes the version and empties the cache. A request with
//   `Cache-Control: no-cache` (or `Pragma: no-cache`) is computed afresh (and refreshes the cache).
// - `compute` may answer with a Response instead (a 404 for an unknown id): it is sent as it is,
//   without an ETag, and not cached.
import { createHash } from "node:crypto";
import type { NextRequest } from "next/server";
import { dataVersion } from "@/lib/data/data-version";

const MAX_BYTES = 32 * 1024 * 1024;
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

const globalForCache = globalThis as unknown as { __responseCache?: { version: string; bytes: number; entries: Map<string, string> } };

function cache() {
  return (globalForCache.__responseCache ??= { version: "", bytes: 0, entries: new Map() });
}

/**
 * The request's path and query with the parameters sorted by name (same meaning, same key). The
 * values of a repeated parameter keep their order: it can matter (the actors' rows of
 * /api/timeline come in the order the actors are given).
 */
function requestKey(request: NextRequest): string {
  const params = [...request.nextUrl.searchParams.entries()].sort(([a], [b]) => a.localeCompare(b));
  return `${request.nextUrl.pathname}?${new URLSearchParams(params)}`;
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((t) => t.trim() === etag || t.trim() === "*");
}

export interface CachedJsonOptions {
  /** Cache-Control of the answer; default: clients keep it but ask again each time (with the ETag). */
  cacheControl?: string;
  status?: number;
}

export async function cachedJson(request: NextRequest, compute: () => Promise<unknown>, opts: CachedJsonOptions = {}): Promise<Response> {
  const version = dataVersion();
  const key = requestKey(request);
  // The day too: answers for an empty database are "around today".
  const today = new Date().toISOString().slice(0, 10);
  const etag = `W/"${createHash("sha1").update(`${version}\n${today}\n${key}`).digest("base64url")}"`;
  const headers = { etag, "cache-control": opts.cacheControl ?? "no-cache", vary: "accept-encoding" };
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });

  const c = cache();
  if (c.version !== `${version}\n${today}`) {
    c.entries.clear();
    c.bytes = 0;
    c.version = `${version}\n${today}`;
  }
  const fresh = /no-cache/i.test(request.headers.get("cache-control") ?? "") || /no-cache/i.test(request.headers.get("pragma") ?? "");
  let body = fresh ? undefined : c.entries.get(key);
  if (body !== undefined) {
    // Most recently used last.
    c.entries.delete(key);
    c.entries.set(key, body);
  } else {
    const value = await compute();
    if (value instanceof Response) return value;
    body = JSON.stringify(value);
    // Only if the data did not change while computing (else the answer may mix two versions).
    if (body.length <= MAX_ENTRY_BYTES && dataVersion() === version && c.version === `${version}\n${today}`) {
      const old = c.entries.get(key);
      if (old !== undefined) c.bytes -= old.length;
      c.entries.delete(key);
      c.entries.set(key, body);
      c.bytes += body.length;
      for (const [k, v] of c.entries) {
        if (c.bytes <= MAX_BYTES) break;
        c.entries.delete(k);
        c.bytes -= v.length;
      }
    }
  }
  return new Response(body, { status: opts.status ?? 200, headers: { ...headers, "content-type": "application/json" } });
}
