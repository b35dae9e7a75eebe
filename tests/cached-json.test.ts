// The read API's ETags and response cache: the same request gets the same ETag and answer until
// the data changes; If-None-Match gets 304; any commit (another connection's, or this process's
// ingest) changes both; `Cache-Control: no-cache` computes afresh.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { createTempDatabase, seedDatabase } from "@/lib/data/testing/temp-database";
import { ACTORS, sampleEvents } from "@/lib/data/testing/sample-events";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = createTempDatabase();
  await seedDatabase(ACTORS, sampleEvents().slice(0, 50));
}, 60_000);
afterAll(async () => cleanup?.());

const req = (url: string, headers: Record<string, string> = {}) => new NextRequest(`http://localhost${url}`, { headers });

describe("cachedJson", () => {
  it("answers 304 to its own ETag, and computes once per version", async () => {
    const { cachedJson } = await import("@/lib/http/cached-json");
    let computed = 0;
    const compute = async () => ({ n: ++computed });
    const a = await cachedJson(req("/api/x?b=2&a=1"), compute);
    expect(a.status).toBe(200);
    expect(await a.json()).toEqual({ n: 1 });
    const etag = a.headers.get("etag")!;
    expect(etag).toMatch(/^W\/".+"$/);
    // Same parameters in another order: same answer, from the cache.
    const b = await cachedJson(req("/api/x?a=1&b=2"), compute);
    expect(b.headers.get("etag")).toBe(etag);
    expect(await b.json()).toEqual({ n: 1 });
    const notModified = await cachedJson(req("/api/x?a=1&b=2", { "if-none-match": etag }), compute);
    expect(notModified.status).toBe(304);
    expect(computed).toBe(1);
    // no-cache: computed afresh.
    expect(await (await cachedJson(req("/api/x?a=1&b=2", { "cache-control": "no-cache" }), compute)).json()).toEqual({ n: 2 });
  });

  it("changes the ETag and drops cached answers when the data changes", async () => {
    const { cachedJson } = await import("@/lib/http/cached-json");
    const { dbReady } = await import("@/lib/data/db");
    const { noteOwnCommit } = await import("@/lib/data/data-version");
    let computed = 0;
    const compute = async () => ({ n: ++computed });
    const first = await cachedJson(req("/api/y"), compute);
    // A commit on another connection (Prisma's).
    const prisma = await dbReady();
    await prisma.actor.update({ where: { slug: "joe-biden" }, data: { role: "President" } });
    const second = await cachedJson(req("/api/y"), compute);
    expect(second.headers.get("etag")).not.toBe(first.headers.get("etag"));
    expect(await second.json()).toEqual({ n: 2 });
    expect((await cachedJson(req("/api/y", { "if-none-match": first.headers.get("etag")! }), compute)).status).toBe(200);
    // A commit of this process's ingest.
    noteOwnCommit();
    const third = await cachedJson(req("/api/y"), compute);
    expect(third.headers.get("etag")).not.toBe(second.headers.get("etag"));
    expect(await third.json()).toEqual({ n: 3 });
  });
});

describe("cachedJson, answering with a Response", () => {
  it("sends it as it is, without an ETag, and does not keep it", async () => {
    const { cachedJson } = await import("@/lib/http/cached-json");
    let calls = 0;
    const compute = async () => {
      calls++;
      return Response.json({ error: "no such thing" }, { status: 404 });
    };
    const a = await cachedJson(req("/api/y/1"), compute);
    expect(a.status).toBe(404);
    expect(a.headers.get("etag")).toBeNull();
    const b = await cachedJson(req("/api/y/1"), compute);
    expect(b.status).toBe(404);
    expect(calls).toBe(2);
  });

  it("keeps the order of a repeated parameter's values in the key", async () => {
    const { cachedJson } = await import("@/lib/http/cached-json");
    const a = await cachedJson(req("/api/z?actor=a&actor=b"), async () => ({ order: "ab" }));
    const b = await cachedJson(req("/api/z?actor=b&actor=a"), async () => ({ order: "ba" }));
    expect(await b.json()).toEqual({ order: "ba" });
    expect(b.headers.get("etag")).not.toBe(a.headers.get("etag"));
  });
});

describe("memoByDataVersion", () => {
  it("computes once per data version", async () => {
    const { memoByDataVersion } = await import("@/lib/data/memo");
    const { noteOwnCommit } = await import("@/lib/data/data-version");
    let computed = 0;
    const compute = async () => ++computed;
    expect(await memoByDataVersion("k", compute)).toBe(1);
    expect(await memoByDataVersion("k", compute)).toBe(1);
    expect(await memoByDataVersion("other", compute)).toBe(2);
    noteOwnCommit();
    expect(await memoByDataVersion("k", compute)).toBe(3);
  });

  it("does not remember a failure", async () => {
    const { memoByDataVersion } = await import("@/lib/data/memo");
    let calls = 0;
    const failing = async () => {
      calls++;
      throw new Error("boom");
    };
    await expect(memoByDataVersion("f", failing)).rejects.toThrow("boom");
    await new Promise((r) => setTimeout(r, 0));
    await expect(memoByDataVersion("f", failing)).rejects.toThrow("boom");
    expect(calls).toBe(2);
  });
});
