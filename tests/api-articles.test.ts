// POST /api/articles, the route handler on a real database: every bad request gets its status
// and a JSON reason, never a 500; the rate limit answers 429 with Retry-After.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, rowCounts, tempDatabase, type TempDatabase } from "./helpers/temp-database";
import { RateLimiter } from "@/lib/http/rate-limit";
import { clientIp } from "@/lib/http/client-ip";
import { checkIngestToken } from "@/lib/http/ingest-auth";

let db: TempDatabase;
let POST: (req: import("next/server").NextRequest) => Promise<Response>;
let NextRequest: typeof import("next/server").NextRequest;

const TOKEN = "test-token-with-enough-length";
const ARTICLE =
  "date 2022-03-01 Olaf Scholz had a telephone conversation with Sauli Niinisto\nurl https://example.org/api-test\n\n" +
  "Federal Chancellor of Germany Olaf Scholz had a telephone conversation with President of Finland Sauli Niinisto on Tuesday.\n";

let ip = 0;
function post(body: BodyInit | null, headers: Record<string, string> = {}, client = `192.0.2.${++ip}`) {
  return POST(
    new NextRequest("http://localhost/api/articles", {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "text/plain", "x-forwarded-for": client, ...headers },
      body,
      duplex: "half", // Node's fetch needs this for a streamed body
    }),
  );
}

beforeAll(async () => {
  db = tempDatabase("api-");
  migrate(db.url);
  Object.assign(process.env, { DATABASE_URL: db.url, INGEST_TOKEN: TOKEN, INGEST_RATE_LIMIT: "6", INGEST_RATE_BURST: "3", INGEST_TIMEOUT_MS: "1500" });
  ({ POST } = await import("@/app/api/articles/route"));
  ({ NextRequest } = await import("next/server"));
}, 60_000);

afterAll(async () => {
  const g = globalThis as { __ingestRoute?: { extractor: { close(): Promise<void> } } };
  await g.__ingestRoute?.extractor.close();
  await (await import("@/lib/data/db")).closeDb();
  db?.remove();
});

describe("POST /api/articles", () => {
  it("is off (404) when INGEST_TOKEN is unset or blank", async () => {
    for (const value of [undefined, "   "]) {
      if (value === undefined) delete process.env.INGEST_TOKEN;
      else process.env.INGEST_TOKEN = value;
      const res = await post(ARTICLE);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: "the ingest endpoint is off (set INGEST_TOKEN to enable it)" });
    }
    process.env.INGEST_TOKEN = TOKEN;
  });

  it("needs the token: 401 with WWW-Authenticate when missing or wrong", async () => {
    for (const authorization of ["", "Bearer", "Basic dGVzdDp0ZXN0", `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, `bearer  ${TOKEN} extra`]) {
      const res = await post(ARTICLE, { authorization });
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toBe('Bearer realm="ingest"');
    }
  });

  it("stores an article (201), then reports it unchanged (200)", async () => {
    const first = await post(ARTICLE);
    expect(first.status).toBe(201);
    const body = await first.json();
    expect(body).toMatchObject({ status: "ingested", events: expect.any(Number), warnings: [] });
    const again = await post(ARTICLE);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: "unchanged", articleId: body.articleId });
    expect(rowCounts(db.file).Article).toBe(1);
  });

  it.each([
    ["date 2022-02-30 Bad\n\nBody", "invalid-date"],
    ["", "empty"],
    ["no date line\n\nBody", "no-date-line"],
    ["date 2022-02-01 Headline\n\n  ", "no-body"],
  ])("refuses %j with 400 and its reason", async (text, reason) => {
    const res = await post(text);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ reason, param: "body", error: expect.stringMatching(new RegExp(`^${reason}: `)) });
  });

  it("refuses binary data and takes UTF-16 with a BOM", async () => {
    expect((await post(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).status).toBe(400);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE.replace("api-test", "api-utf16"), "utf16le")]);
    const res = await post(utf16);
    expect(res.status).toBe(201);
    expect((await res.json()).warnings).toEqual(["the file is UTF-16LE (with a byte-order mark); it was converted to UTF-8"]);
  });

  it("takes JSON and names a missing or invalid field", async () => {
    const json = { "content-type": "application/json; charset=utf-8" };
    const ok = await post(JSON.stringify({ date: "2022-03-02", headline: "Olaf Scholz spoke with Sauli Niinisto", url: "https://example.org/api-json", body: "Olaf Scholz had a telephone conversation with Sauli Niinisto on Wednesday." }), json);
    expect(ok.status).toBe(201);
    const missing = await post(JSON.stringify({ date: "2022-03-02", body: "x" }), json);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ reason: "missing-field", error: "missing-field: `headline` is missing" });
    const wrong = await post(JSON.stringify({ date: "2022-03-02", headline: "h", body: "b", url: ["javascript:alert(1)"] }), json);
    expect(await wrong.json()).toMatchObject({ reason: "invalid-field", error: "invalid-field: `url` must be a string or null" });
    expect((await post("{not json", json)).status).toBe(400);
    expect((await post("[]", json)).status).toBe(400);
  });

  it("stores a javascript: url never, with a warning", async () => {
    const res = await post(ARTICLE.replace("https://example.org/api-test", "javascript:alert(1)").replace("Tuesday", "Monday"));
    expect(res.status).toBe(201);
    const { articleId, warnings } = await res.json();
    expect(warnings).toEqual(['the url "javascript:alert(1)" is not a plain http(s) URL and was not stored']);
    const { getArticle } = await import("@/lib/data/articles");
    expect((await getArticle(articleId))!.url).toBeNull();
  });

  it("answers 415 to other content types, before reading the body", async () => {
    const res = await post("<html>", { "content-type": "text/html" });
    expect(res.status).toBe(415);
    expect((await res.json()).param).toBe("content-type");
  });

  it("answers 413 from Content-Length, and from the streamed size when the length is not declared", async () => {
    const big = "a".repeat(2 * 1024 * 1024 + 1);
    expect((await post(big)).status).toBe(413);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 64 * 1024 * 1024) return controller.close(); // would be 64 MB: must stop long before
        sent += 256 * 1024;
        controller.enqueue(new Uint8Array(256 * 1024).fill(0x61));
      },
    });
    const res = await post(stream);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(4 * 1024 * 1024);
  });

  it("answers 422 when extraction takes longer than INGEST_TIMEOUT_MS, and goes on", async () => {
    // Nearly 2 MiB of prose: seconds of extraction at any plausible speed.
    const slow = `date 2022-02-07 Olaf Scholz had a telephone conversation with Emmanuel Macron\n\n${"German Chancellor Olaf Scholz had a telephone conversation with French President Emmanuel Macron on Monday. ".repeat(19_000)}`;
    const res = await post(slow);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ reason: "extraction-timeout" });
    const next = await post(ARTICLE.replace("api-test", "after-timeout"));
    expect(next.status).toBe(201);
  }, 30_000);

  it("limits each client: the burst, then 429 with Retry-After; other clients are not affected", async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      // Wrong token: failed attempts count too, so the token cannot be guessed quickly.
      const res = await post(ARTICLE, { authorization: "Bearer guess" }, "198.51.100.7");
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get("retry-after");
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect((await post(ARTICLE, {}, "198.51.100.8")).status).toBe(200);
  });
});

describe("RateLimiter", () => {
  it("refills at the sustained rate and tells how long to wait", () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 60, burst: 2 }, () => now);
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterSeconds: 1 });
    now += 999;
    expect(limiter.take("a").ok).toBe(false);
    now += 1001;
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("b").ok).toBe(true);
  });

  it("forgets the least recently seen clients beyond maxClients", () => {
    const limiter = new RateLimiter({ perMinute: 1, burst: 1, maxClients: 100 });
    for (let i = 0; i < 1000; i++) limiter.take(`10.0.${i >> 8}.${i & 255}`);
    expect(limiter.size).toBe(100);
  });

  it("is off at 0 per minute", () => {
    const limiter = new RateLimiter({ perMinute: 0, burst: 1 });
    for (let i = 0; i < 100; i++) expect(limiter.take("a").ok).toBe(true);
  });
});

describe("clientIp and the token check", () => {
  it("takes the last X-Forwarded-For entry (the one our own server or proxy added)", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }))).toBe("10.0.0.1");
    expect(clientIp(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientIp(new Headers({ "x-forwarded-for": "not an address" }))).toBe("unknown");
    expect(clientIp(new Headers())).toBe("unknown");
  });

  it("compares tokens by digest, so length and content do not change the comparison", () => {
    expect(checkIngestToken(`Bearer ${TOKEN}`, TOKEN)).toBe("ok");
    expect(checkIngestToken(`bearer ${TOKEN}`, TOKEN)).toBe("ok");
    expect(checkIngestToken("Bearer x", TOKEN)).toBe("wrong");
    expect(checkIngestToken(null, TOKEN)).toBe("missing");
    expect(checkIngestToken(`Bearer ${TOKEN}`, null)).toBe("off");
  });
});
