// The HTTP API on the real server and database (sample articles ingested at start).
import { expect, test } from "@playwright/test";

test.describe("GET /api/events", () => {
  test("lists the seed article's events with verbatim evidence", async ({ request }) => {
    const res = await request.get("/api/events?actor=emmanuel-macron&actor=joe-biden&type=call&from=2022-02-01&to=2022-02-07");
    expect(res.status()).toBe(200);
    const { events } = await res.json();
    const dates = events.map((e: { start: string }) => e.start);
    expect(dates).toEqual(expect.arrayContaining(["2022-02-02", "2022-02-06"]));
    const sunday = events.find((e: { start: string }) => e.start === "2022-02-06");
    expect(sunday.sources.map((s: { quote: string }) => s.quote)).toContain("The two discussed the Ukraine crisis by phone on Sunday, the White House said.");
  });

  test("pages with a cursor without repeating events", async ({ request }) => {
    const first = await (await request.get("/api/events?limit=5")).json();
    expect(first.events).toHaveLength(5);
    expect(first.nextCursor).toBeTruthy();
    const second = await (await request.get(`/api/events?limit=5&cursor=${encodeURIComponent(first.nextCursor)}`)).json();
    const ids = new Set(first.events.map((e: { id: string }) => e.id));
    for (const e of second.events) expect(ids.has(e.id)).toBe(false);
  });

  for (const [query, param] of [
    ["limit=lots", "limit"],
    ["from=2022-02-30", "from"],
    ["type=party", "type"],
    ["nonsense=1", "nonsense"],
  ] as const) {
    test(`answers 400 naming the parameter for ?${query}`, async ({ request }) => {
      const res = await request.get(`/api/events?${query}`);
      expect(res.status()).toBe(400);
      const body = await res.json();
      expect(body.param).toBe(param);
      expect(body.error).toContain(param);
    });
  }
});

test("GET /api/events/:id and 404s", async ({ request }) => {
  const { events } = await (await request.get("/api/events?limit=1")).json();
  const one = await request.get(`/api/events/${events[0].id}`);
  expect(one.status()).toBe(200);
  expect((await one.json()).id).toBe(events[0].id);
  expect((await request.get("/api/events/zzzzzzzzzz")).status()).toBe(404);
  expect((await request.get("/api/events/BAD!")).status()).toBe(400);
  expect((await request.get("/api/articles/zzzzzzzzzzzz")).status()).toBe(404);
});

test("GET /api/actors lists actors with counts", async ({ request }) => {
  const { actors } = await (await request.get("/api/actors")).json();
  const macron = actors.find((a: { slug: string }) => a.slug === "emmanuel-macron");
  expect(macron).toMatchObject({ kind: "person", country: "FRA" });
  expect(macron.eventCount).toBeGreaterThan(0);
  expect((await request.get("/api/actors?limit=0")).status()).toBe(400);
});

test("GET /api/actors?q= matches the text literally: names, slugs and aliases, case-insensitive", async ({ request }) => {
  const slugs = async (q: string) => ((await (await request.get(`/api/actors?q=${encodeURIComponent(q)}`)).json()).actors as Array<{ slug: string }>).map((a) => a.slug);
  expect(await slugs("macron")).toContain("emmanuel-macron");
  expect(await slugs("Zelensky")).toContain("volodymyr-zelenskyy");
  // LIKE wildcards are characters like any other: no actor's name holds them.
  expect(await slugs("_")).toEqual([]);
  expect(await slugs("%")).toEqual([]);
});

test.describe("POST /api/articles", () => {
  const article = "date 2022-03-01 Olaf Scholz had a telephone conversation with Sauli Niinisto\n\nFederal Chancellor of Germany Olaf Scholz had a telephone conversation with President of Finland Sauli Niinisto on Tuesday.\n";

  test("needs the bearer token", async ({ request }) => {
    expect((await request.post("/api/articles", { data: article, headers: { "content-type": "text/plain" } })).status()).toBe(401);
    expect((await request.post("/api/articles", { data: article, headers: { "content-type": "text/plain", authorization: "Bearer wrong" } })).status()).toBe(401);
  });

  test("stores an article, then reports it unchanged", async ({ request }) => {
    const headers = { "content-type": "text/plain", authorization: "Bearer e2e-token" };
    const first = await request.post("/api/articles", { data: article, headers });
    expect([200, 201]).toContain(first.status());
    const again = await request.post("/api/articles", { data: article, headers });
    expect(again.status()).toBe(200);
    expect((await again.json()).status).toBe("unchanged");
    const stored = await request.get(`/api/articles/${(await again.json()).articleId}`);
    expect(stored.status()).toBe(200);
  });

  test("refuses a broken article with its reason", async ({ request }) => {
    const res = await request.post("/api/articles", { data: "date 2022-02-30 Bad\n\nBody", headers: { "content-type": "text/plain", authorization: "Bearer e2e-token" } });
    expect(res.status()).toBe(400);
    expect((await res.json()).error).toMatch(/^invalid-date/);
  });
});
