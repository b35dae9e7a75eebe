// Hostile articles (e2e/fixtures/hostile-*) on every page that shows article text: nothing in
// them runs. Each payload sets window.__xss if it ever executes; pages must also load with no
// Content-Security-Policy violation (an injected script that CSP blocked would still be a bug)
// and no console error, and show the markup as text.
import { expect, test, type Page, type Response } from "@playwright/test";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { readCsvRows } from "../lib/export/read-csv";

interface EventJson {
  id: string;
  slug: string;
  title: string;
  sources: Array<{ articleId: string; url: string | null; title: string; quote: string }>;
}

// Finds the hostile events through the API (the q filter searches evidence sentences).
async function hostileEvents(request: import("@playwright/test").APIRequestContext): Promise<EventJson[]> {
  const found = new Map<string, EventJson>();
  // "Breakout": that article's call is the one a Kremlin press release also reports, so its
  // sentence is evidence of a real event.
  for (const q of ["__xss", "Breakout", "calc", "and-a-very-long-unbroken-word", "marquee"]) {
    const res = await request.get(`/api/events?limit=50&q=${encodeURIComponent(q)}`);
    expect(res.status()).toBe(200);
    for (const e of (await res.json()).events as EventJson[]) found.set(e.id, e);
  }
  return [...found.values()];
}

/** Watches a page for anything that ran, was blocked, or failed. */
async function watch(page: Page) {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return {
    async expectNothingRan() {
      const state = await page.evaluate(() => {
        const w = window as unknown as { __xss?: unknown; __csp: string[] };
        const hrefs = [...document.querySelectorAll("a[href]")].map((a) => (a as HTMLAnchorElement).href);
        return {
          xss: w.__xss ?? null,
          csp: w.__csp,
          handlers: document.querySelectorAll("[onerror],[onload],[onmouseover],[onclick],[onfocus]").length,
          injected: document.querySelectorAll("#__injected_style, iframe, marquee, svg[onload], img[src='x']").length,
          badLinks: hrefs.filter((h) => !/^https?:/.test(h)),
          bodyVisible: getComputedStyle(document.body).display !== "none",
        };
      });
      expect(state).toEqual({ xss: null, csp: [], handlers: 0, injected: 0, badLinks: [], bodyVisible: true });
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    },
  };
}

/** One node per timeline item, whatever its kind (a box item also renders a line and a dot). */
const VIS_ITEMS = ".vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point, .vis-item.vis-background";

function expectSecurityHeaders(res: Response | null) {
  expect(res).not.toBeNull();
  const h = res!.headers();
  const csp = h["content-security-policy"] ?? "";
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(scriptSrc).not.toContain("unsafe-eval");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
}

test.describe("hostile articles", () => {
  let events: EventJson[];
  test.beforeAll(async ({ request }) => {
    events = await hostileEvents(request);
    // Every hostile fixture produced an event: markup, breakout, formula, long lines, 2 × JSON Lines.
    expect(events.length).toBeGreaterThanOrEqual(6);
  });

  test("none of their links is stored unless it is plain http(s)", async ({ request }) => {
    for (const e of events) for (const s of e.sources) if (s.url !== null) expect(s.url).toMatch(/^https?:\/\/[^@/]+\//);
    const urls = events.flatMap((e) => e.sources.map((s) => s.url));
    expect(urls).not.toContain(expect.stringMatching(/javascript:|data:|evil\.example/));
    const res = await request.get(`/api/events/${events[0]!.id}`);
    expect(res.headers()["content-type"]).toMatch(/^application\/json/);
    expect(res.headers()["content-security-policy"]).toContain("default-src 'none'");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("the timeline shows them and nothing runs", async ({ page }) => {
    const w = await watch(page);
    const res = await page.goto("/?q=__xss");
    expectSecurityHeaders(res);
    const items = page.locator(VIS_ITEMS);
    await expect(items.first()).toBeVisible();
    // Tooltips of every item, then the selection / detail of one (selecting may move the window,
    // and vis-timeline drops items that leave it from the page).
    const n = await items.count();
    expect(n).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < n; i++) await items.nth(i).hover();
    await items.first().click();
    await page.waitForTimeout(300);
    await w.expectNothingRan();
  });

  test("the unfiltered timeline loads with no CSP violation and its items work", async ({ page }) => {
    const w = await watch(page);
    expectSecurityHeaders(await page.goto("/"));
    const items = page.locator(VIS_ITEMS);
    await expect(items.first()).toBeVisible();
    await items.first().click();
    await w.expectNothingRan();
  });

  test("event permalinks show the markup as text, in the page and in Open Graph tags", async ({ page, request }) => {
    const w = await watch(page);
    for (const e of events) {
      const res = await page.goto(`/events/${e.id}`);
      expect(res?.status()).toBe(200);
      expectSecurityHeaders(res);
      await expect(page.locator("h1")).toBeVisible();
      const quote = e.sources[0]!.quote;
      const description = await page.locator('meta[property="og:description"]').getAttribute("content");
      expect(description).toContain(quote.slice(0, 80));
      // The raw HTML never holds the payloads as markup: React escapes text, Next escapes its data.
      const html = await (await request.get(`/events/${e.id}/${e.slug}`)).text();
      expect(html).not.toMatch(/<(script|img|svg|iframe|style|marquee)[^>]*(__xss|onerror|onload|display:none|javascript:)/i);
    }
    // The markup is shown as text.
    const markup = events.find((e) => e.sources.some((s) => s.quote.includes("onerror")))!;
    await page.goto(`/events/${markup.id}`);
    await expect(page.getByText("<img src=x onerror=", { exact: false }).first()).toBeVisible();
    await w.expectNothingRan();
  });

  test("article pages show the markup as text and link nowhere but http(s)", async ({ page, request }) => {
    const w = await watch(page);
    const ids = [...new Set(events.flatMap((e) => e.sources.map((s) => s.articleId)))];
    for (const id of ids) {
      const res = await page.goto(`/articles/${id}`);
      expect(res?.status()).toBe(200);
      expectSecurityHeaders(res);
      const html = await (await request.get(`/articles/${id}`)).text();
      expect(html).not.toMatch(/<(script|img|svg|iframe|style|marquee)[^>]*(__xss|onerror|onload|display:none|javascript:)/i);
    }
    const breakout = events.flatMap((e) => e.sources).find((s) => s.quote.includes("</textarea>"))!;
    await page.goto(`/articles/${breakout.articleId}`);
    await expect(page.getByText('<div style="position:fixed;inset:0;background:red" id="__injected_style">', { exact: false }).first()).toBeVisible();
    await w.expectNothingRan();
  });

  test("the actor page listing them is clean", async ({ page }) => {
    const w = await watch(page);
    expectSecurityHeaders(await page.goto("/actors/olaf-scholz"));
    await expect(page.locator("h1")).toHaveText("Olaf Scholz");
    await w.expectNothingRan();
  });

  test("exports of them: CSV cells are not formulas, ICS lines are escaped and folded", () => {
    const run = (format: string) =>
      execFileSync(path.join("node_modules", ".bin", "tsx"), ["scripts/export.ts", "--format", format, "--actor", "olaf-scholz", "--from", "2022-03-09", "--to", "2022-03-17"], {
        env: { ...process.env, DATABASE_URL: "file:./.data/e2e.db" },
        encoding: "utf8",
      });
    const csv = run("csv");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/`);
    const cells = readCsvRows(csv).flat();
    expect(cells.length).toBeGreaterThan(17 * 3);
    for (const cell of cells) expect(cell).not.toMatch(/^[ \u00a0]*[=+\-@]|^[\t\r\n]/);
    const ics = run("ics");
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n /g, "")).toContain("<img src=x onerror=\"window.__xss='quote-img'\">");
  });
});

test.describe("bad requests", () => {
  test("unknown API paths are JSON 404s; undecodable paths are 400s, not 500s", async ({ request }) => {
    const unknown = await request.get("/api/nothing/here");
    expect(unknown.status()).toBe(404);
    expect(await unknown.json()).toHaveProperty("error");
    for (const p of ["/api/events/%E0%A4%A", "/events/%E0%A4%A", "/articles/%ff"]) {
      expect((await request.get(p)).status()).toBe(400);
    }
    const dup = await request.get("/api/actors?q=a&q=b");
    expect(dup.status()).toBe(400);
    expect((await dup.json()).param).toBe("q");
  });

  test("a spoofed X-Forwarded-For does not escape the ingest rate limit", async ({ request }) => {
    // Wrong-token attempts from "many" addresses: the server keys on the socket, so after the
    // burst they are limited all the same.
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) {
      const res = await request.post("/api/articles", {
        data: "x",
        headers: { "content-type": "text/plain", authorization: "Bearer wrong", "x-forwarded-for": `203.0.113.${i}` },
      });
      statuses.push(res.status());
    }
    expect(statuses).toContain(429);
  });
});
