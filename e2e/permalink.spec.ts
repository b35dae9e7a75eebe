// Event permalinks: stable ids, rendered on the server and complete without JavaScript, tags and
// an image for link previews, a share button, related events, and real 404s. Also the pages a
// permalink leads to: the article with the sentence highlighted, and the actor.
import { MACRON_BIDEN_CALL as CALL, expect, test, timelineReady } from "./helpers";

const canonical = `/events/${CALL.id}/${CALL.slug}`;

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(b: Buffer): { width: number; height: number } {
  expect(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the permalink is complete: title, date, actors, place, evidence with sources, related events", async ({ page }) => {
    // The short form redirects to the canonical address, and the id is the same as in every
    // earlier ingest of the same articles.
    const res = await page.goto(`/events/${CALL.id}`);
    expect(res?.status()).toBe(200);
    await expect(page).toHaveURL(canonical);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(CALL.title);
    await expect(page.locator(".event-when time")).toHaveText("6 February 2022");
    await expect(page.getByText("exact day")).toBeVisible();
    await expect(page.getByText("“Sunday”")).toBeVisible();
    await expect(page.getByRole("link", { name: "Emmanuel Macron", exact: true })).toHaveAttribute("href", "/actors/emmanuel-macron");
    await expect(page.getByRole("link", { name: "Joe Biden", exact: true })).toHaveAttribute("href", "/actors/joe-biden");
    const quote = page.locator("blockquote", { hasText: CALL.quote });
    await expect(quote).toBeVisible();
    await expect(quote.locator("mark")).toHaveText("Sunday");
    const related = page.getByRole("region", { name: "Related events" });
    await expect(related.getByRole("listitem").first()).toBeVisible();
    await expect(related.getByRole("link").first()).toHaveAttribute("href", /^\/events\/[a-z0-9]+\/[a-z0-9-]+$/);
    await expect(page.getByRole("link", { name: "Show on the timeline" })).toHaveAttribute("href", `/?event=${CALL.id}`);

    // The evidence link opens the stored article at that sentence, highlighted.
    const evidence = page.locator(".quotes li", { hasText: CALL.quote }).getByRole("link", { name: /Read it in the article/ });
    const href = (await evidence.getAttribute("href"))!;
    await evidence.click();
    await expect(page).toHaveURL(href);
    const anchor = href.split("#")[1]!;
    const mark = page.locator(`mark#${anchor}, mark:has(> #${anchor})`);
    await expect(mark).toContainText(CALL.quote);
    await expect(mark).toHaveCSS("outline-style", "solid");
    const events = page.getByRole("region", { name: "Events found in this article" });
    // Both calls of the seed article have this title; this one is among them.
    await expect(events.getByRole("link", { name: CALL.title })).toHaveCount(2);
    await expect(events.locator(`a[href="${canonical}"]`)).toHaveText(CALL.title);
  });

  test("a wrong slug redirects to the canonical address", async ({ page }) => {
    await page.goto(`/events/${CALL.id}/some-old-title`);
    await expect(page).toHaveURL(canonical);
  });

  test("an event from a press release links to the original source", async ({ page, request }) => {
    const { events } = await (await request.get("/api/events?actor=vladimir-putin&type=call&limit=5")).json();
    const e = events.find((x: { sources: Array<{ url: string | null }> }) => x.sources.some((s) => s.url));
    await page.goto(`/events/${e.id}/${e.slug}`);
    const link = page.getByRole("link", { name: /Original source/ }).first();
    await expect(link).toHaveAttribute("href", e.sources.find((s: { url: string | null }) => s.url).url);
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
  });
});

test("link previews: title, description, canonical, Open Graph and Twitter tags, and a PNG image", async ({ page, request }) => {
  await page.goto(canonical);
  await expect(page).toHaveTitle(`${CALL.title} · Diplomatic event timeline`);
  const meta = (sel: string) => page.locator(sel).first().getAttribute("content");
  expect(await meta('meta[name="description"]')).toContain("Call, 6 February 2022");
  expect(await meta('meta[name="description"]')).toContain("Emmanuel Macron, Joe Biden");
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(new RegExp(`${canonical}$`));
  expect(await meta('meta[property="og:title"]')).toBe(CALL.title);
  expect(await meta('meta[property="og:type"]')).toBe("article");
  expect(await meta('meta[property="og:url"]')).toMatch(new RegExp(`${canonical}$`));
  expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
  expect(await meta('meta[name="twitter:title"]')).toBe(CALL.title);
  const image = (await meta('meta[property="og:image"]'))!;
  expect(image).toContain(`${canonical}/opengraph-image`);
  expect(await meta('meta[property="og:image:width"]')).toBe("1200");
  expect(await meta('meta[name="twitter:image"]')).toContain(`${canonical}/twitter-image`);

  const png = await request.get(new URL(image).pathname + new URL(image).search);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
});

test("Copy link puts the permalink on the clipboard", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto(canonical);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`^https?://[^/]+${canonical}$`));
});

test("Show on the timeline opens it there, selected", async ({ page }) => {
  await page.goto(canonical);
  await page.getByRole("link", { name: "Show on the timeline" }).click();
  await expect(page).toHaveURL(`/?event=${CALL.id}`);
  await timelineReady(page);
  await expect(page.getByRole("complementary", { name: "Event details" }).getByRole("heading", { level: 2 })).toHaveText(CALL.title);
  await expect(page.locator(".vis-item.vis-selected").first()).toContainText("speak by phone");
});

test("unknown ids are real 404 pages", async ({ page, request, consoleErrors }) => {
  for (const path of ["/events/zzzzzzzzzz", `/events/zzzzzzzzzz/${CALL.slug}`, `/events/zzzzzzzzzz/${CALL.slug}/opengraph-image`, "/events/BAD!", "/articles/zzzzzzzzzzzz", "/actors/no-such-actor", "/nothing-here"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  const res = await page.goto("/events/zzzzzzzzzz");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the timeline" })).toBeVisible();
  consoleErrors.length = 0; // the browser reports the 404 response itself
});

test("the actor page shows roles, aliases, and their events on a timeline and in a list", async ({ page, request }) => {
  await page.goto("/actors/emmanuel-macron");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Emmanuel Macron");
  await expect(page.getByText("President of France").first()).toBeVisible();
  await expect(page.getByText(/14 May 2017 – present/)).toBeVisible();
  await timelineReady(page);
  await expect(page.locator(".vis-labelset .tl-group-name").first()).toHaveText("Emmanuel Macron");
  const { total } = await (await request.get("/api/facets?actor=emmanuel-macron")).json();
  await expect(page.getByRole("table", { name: /Events/ }).locator("tbody tr")).toHaveCount(total);
  // Choosing an event in the list shows its details on the page.
  await page.getByRole("table", { name: /Events/ }).getByRole("link", { name: CALL.title }).first().click();
  await expect(page.getByRole("region", { name: "Event details" }).getByRole("heading", { level: 2 })).toContainText("speak by phone");
  await page.getByRole("link", { name: "Open on the main timeline, with filters" }).click();
  await expect(page).toHaveURL(/\/\?actor=emmanuel-macron&window=.+&event=[a-z0-9]+/);
});
