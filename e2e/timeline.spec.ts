// The timeline page on the sample articles: rows per actor or country, clustering within the item
// budget at any zoom, zoom and pan by keyboard and buttons kept in the URL, the detail panel, the
// list in sync, and /?event=<id>.
import { MACRON_BIDEN_CALL, detailPanel, expect, spanDays, test, timelineApp, timelineItems, timelineReady, waitForWindowChange, windowOf } from "./helpers";

test.describe("the timeline", () => {
  test("draws one row per actor, coloured items, and never more than 300 items", async ({ page }) => {
    await page.goto("/");
    await timelineReady(page);
    const rows = page.locator(".vis-labelset .tl-group-name");
    await expect(rows.first()).toHaveText("Volodymyr Zelenskyy");
    await expect(rows.filter({ hasText: "Vladimir Putin" })).toHaveCount(1);
    expect(await timelineItems(page).count()).toBeLessThanOrEqual(300);
    // Items carry their type, which the stylesheet colours; the legend names the colours.
    await expect(page.locator(".vis-item.tl-event.type-call").first()).toBeVisible();
    await expect(page.getByRole("list", { name: "Legend" }).getByText("Call", { exact: true })).toBeVisible();

    // Zoomed all the way out, busy periods become clusters and the budget still holds.
    const before = windowOf(page.url());
    await page.getByRole("button", { name: "Fit all" }).click();
    await waitForWindowChange(page, before);
    await expect(page.locator(".vis-item.tl-cluster-item").first()).toBeVisible();
    await expect.poll(() => timelineItems(page).count()).toBeGreaterThan(5);
    expect(await timelineItems(page).count()).toBeLessThanOrEqual(300);
    await expect(page.getByRole("status").filter({ hasText: /busy periods grouped by/ })).toBeVisible();
  });

  test("switches to one row per country, and Back returns to actors", async ({ page }) => {
    await page.goto("/");
    await timelineReady(page);
    await page.getByRole("radio", { name: "Countries" }).click();
    await expect(page.getByRole("radio", { name: "Countries" })).toBeChecked();
    await expect(page).toHaveURL(/groupBy=country/);
    await expect(page.locator(".vis-labelset .tl-group-name").filter({ hasText: /^Russia$/ })).toHaveCount(1);
    await expect(page.locator(".vis-labelset .tl-group-name").filter({ hasText: /^Ukraine$/ })).toHaveCount(1);
    await expect(page.locator(".vis-labelset .tl-group-name").filter({ hasText: "Vladimir Putin" })).toHaveCount(0);
    await page.goBack();
    await expect(page).not.toHaveURL(/groupBy=country/);
    await expect(page.getByRole("radio", { name: "Actors" })).toBeChecked();
    await expect(page.locator(".vis-labelset .tl-group-name").filter({ hasText: "Vladimir Putin" })).toHaveCount(1);
  });

  test("zooms and pans with the keyboard, steps through events, and keeps the window in the URL", async ({ page }) => {
    await page.goto("/?window=2022-02-01..2022-02-28");
    await timelineReady(page);
    const app = timelineApp(page);
    await app.focus();
    await page.keyboard.press("+");
    const zoomed = await waitForWindowChange(page, { from: "2022-02-01", to: "2022-02-28" });
    expect(spanDays(zoomed)).toBeLessThan(28);
    await page.keyboard.press("Shift+ArrowRight");
    const panned = await waitForWindowChange(page, zoomed);
    expect(panned.from > zoomed.from).toBe(true);
    expect(spanDays(panned)).toBe(spanDays(zoomed));
    await page.keyboard.press("-");
    const out = await waitForWindowChange(page, panned);
    expect(spanDays(out)).toBeGreaterThan(spanDays(panned));

    // The window survives a reload.
    const kept = windowOf(page.url());
    await page.reload();
    await timelineReady(page);
    expect(windowOf(page.url())).toEqual(kept);
    await expect(page.getByRole("status").filter({ hasText: /\d{4}/ }).first()).toBeVisible();
  });

  test("the mouse wheel scrolls the rows, then the page, never zooming; Ctrl + wheel zooms", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto("/?window=2022-02-01..2022-02-28");
    await timelineReady(page);
    const start = windowOf(page.url());
    const centre = page.locator(".vis-panel.vis-center").first();
    const at = async () => {
      const box = (await centre.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + 40);
    };
    await at();
    // Like a scrolling box inside a page: the rows scroll to their end, then the page moves on.
    const rows = page.locator(".vis-panel.vis-left").first();
    for (let i = 0; i < 12 && (await page.evaluate(() => window.scrollY)) === 0; i++) {
      await page.mouse.wheel(0, 200);
      await page.waitForTimeout(100);
    }
    expect(await rows.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(windowOf(page.url())).toEqual(start);

    await page.evaluate(() => window.scrollTo(0, 0));
    await at();
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -300);
    await page.keyboard.up("Control");
    const zoomed = await waitForWindowChange(page, start);
    expect(spanDays(zoomed)).toBeLessThan(spanDays(start!));
  });

  test("a window with none of the filter's events says so, in the timeline and the list, and offers to show them", async ({ page }) => {
    await page.goto("/?from=2022-03-01&window=2022-01-01..2022-01-31");
    const notice = page.getByRole("status").filter({ hasText: /^Nothing in/ });
    await expect(notice).toBeVisible();
    await expect(page.getByText("No events in this part of the timeline.")).toBeVisible();
    // The notice is rendered on the server; its button works once the timeline has loaded.
    await expect(page.locator('[data-testid="vis-timeline"][data-ready="true"]').first()).toBeAttached({ timeout: 20_000 });
    await notice.getByRole("button", { name: "Show them" }).click();
    const shown = await waitForWindowChange(page, { from: "2022-01-01", to: "2022-01-31" });
    expect(shown.to >= "2022-03-01").toBe(true);
    await timelineReady(page);
    await expect(page.getByText("No events in this part of the timeline.")).toHaveCount(0);
  });

  test("steps through events with the arrow keys and opens their details", async ({ page }) => {
    await page.goto("/?actor=emmanuel-macron&window=2022-02-01..2022-02-28");
    await timelineReady(page);
    const app = timelineApp(page);
    await app.focus();
    // → selects the first event on screen and opens its details; → again moves on in date order.
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/event=[a-z0-9]+/);
    const first = new URL(page.url()).searchParams.get("event");
    const panel = detailPanel(page);
    const heading = panel.getByRole("heading", { level: 2 });
    await expect(heading).not.toHaveText(/Event details|Loading/);
    const firstTitle = await heading.textContent();
    await expect(page.locator(".vis-item.vis-selected").first()).toContainText(firstTitle!);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => new URL(page.url()).searchParams.get("event")).not.toBe(first);
    await expect(heading).not.toHaveText(firstTitle!);
    await expect(page.locator(".vis-item.vis-selected").first()).toBeVisible();
    // ← goes back to the first.
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => new URL(page.url()).searchParams.get("event")).toBe(first);
    // Enter moves focus to the details; Escape (back on the timeline) clears the selection.
    await page.keyboard.press("Enter");
    await expect(heading).toBeFocused();
    await app.focus();
    await page.keyboard.press("Escape");
    await expect(page).not.toHaveURL(/event=/);
    await expect(heading).toHaveText("Event details");
  });

  test("reaches a cluster with the keyboard and zooms into it with Enter", async ({ page }) => {
    await page.goto("/?window=2021-06-01..2022-12-31");
    await timelineReady(page);
    await expect(page.locator(".vis-item.tl-cluster-item").first()).toBeVisible();
    await timelineApp(page).focus();
    // Step until a cluster has the focus (the live region then offers to zoom in).
    const live = page.locator('[aria-live="polite"]');
    for (let i = 0; i < 15 && !/Press Enter to zoom in/.test((await live.textContent()) ?? ""); i++) await page.keyboard.press("ArrowRight");
    await expect(live).toContainText("Press Enter to zoom in");
    await expect(page.locator(".vis-item.tl-cluster-item.vis-selected")).toHaveCount(1);
    // Let a pan made while stepping reach the URL first.
    await page.waitForTimeout(600);
    const before = windowOf(page.url())!;
    await page.keyboard.press("Enter");
    const after = await waitForWindowChange(page, before);
    expect(spanDays(after)).toBeLessThan(spanDays(before) / 4);
  });

  test("moves with the toolbar buttons", async ({ page }) => {
    await page.goto("/?window=2022-02-01..2022-02-28");
    await timelineReady(page);
    await page.getByRole("button", { name: "Move later" }).click();
    const later = await waitForWindowChange(page, { from: "2022-02-01", to: "2022-02-28" });
    expect(later.from > "2022-02-01").toBe(true);
    await page.getByRole("button", { name: "Zoom in" }).click();
    const zoomed = await waitForWindowChange(page, later);
    expect(spanDays(zoomed)).toBeLessThan(spanDays(later));
    await page.getByRole("button", { name: "Next event" }).click();
    await expect(page).toHaveURL(/event=/);
  });

  test("selecting an event shows its date, actors, place and evidence with source links", async ({ page }) => {
    await page.goto("/?actor=emmanuel-macron&actor=joe-biden&window=2022-01-25..2022-02-15");
    await timelineReady(page);
    const item = page.locator(".vis-item.tl-event", { hasText: MACRON_BIDEN_CALL.title }).first();
    await item.click();
    await expect(page).toHaveURL(/event=[a-z0-9]+/);
    const panel = detailPanel(page);
    await expect(panel.getByRole("heading", { level: 2 })).toContainText("speak by phone");
    await expect(panel.getByText(/February 2022/).first()).toBeVisible();
    await expect(panel.getByRole("link", { name: "Emmanuel Macron", exact: true })).toHaveAttribute("href", "/actors/emmanuel-macron");
    await expect(panel.getByRole("link", { name: "Joe Biden", exact: true })).toHaveAttribute("href", "/actors/joe-biden");
    await expect(panel.locator("blockquote").first()).toBeVisible();
    await expect(panel.getByRole("link", { name: /Read it in the article/ }).first()).toHaveAttribute("href", /^\/articles\/[a-z0-9]+#s\d+$/);
    await expect(panel.getByRole("link", { name: "Open event page" })).toHaveAttribute("href", /^\/events\/[a-z0-9]+\/[a-z0-9-]+$/);
    await panel.getByRole("button", { name: /Close/ }).click();
    await expect(page).not.toHaveURL(/event=/);
  });

  test("an event with an original source links to it", async ({ page, request }) => {
    const { events } = await (await request.get("/api/events?actor=vladimir-putin&type=call&limit=20")).json();
    const withUrl = events.find((e: { sources: Array<{ url: string | null }> }) => e.sources.some((s) => s.url));
    await page.goto(`/?event=${withUrl.id}`);
    const link = detailPanel(page).getByRole("link", { name: /Original source/ }).first();
    await expect(link).toHaveAttribute("href", /^https?:\/\//);
    await expect(link).toHaveAttribute("rel", /noopener/);
  });

  test("/?event=<id> opens the timeline on that event, selected", async ({ page }) => {
    await page.goto(`/?event=${MACRON_BIDEN_CALL.id}`);
    await expect(detailPanel(page).getByRole("heading", { level: 2, name: MACRON_BIDEN_CALL.title })).toBeVisible();
    await timelineReady(page);
    await expect(page.locator(`.vis-item.vis-selected`).first()).toBeVisible();
    await expect(page.locator(".vis-item.vis-selected").first()).toContainText("speak by phone");
    await expect(page.getByRole("status").filter({ hasText: /Feb 2022/ }).first()).toBeVisible();
    // The list shows the same event as current.
    await expect(page.locator('tr[aria-current="true"]')).toContainText(MACRON_BIDEN_CALL.title);
  });

  test("an unknown ?event is a 404", async ({ page, consoleErrors }) => {
    const res = await page.goto("/?event=zzzzzzzzzz");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    consoleErrors.length = 0; // the browser reports the 404 response itself
  });

  test("a failed load says so and can be retried", async ({ page, consoleErrors }) => {
    await page.goto("/?window=2022-02-01..2022-02-28");
    await timelineReady(page);
    await page.route("**/api/timeline?**", (route) => route.fulfill({ status: 500, contentType: "application/json", body: '{"error":"internal error"}' }));
    await page.getByRole("button", { name: "Fit all" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Could not load" });
    await expect(alert).toContainText("internal error");
    await page.unroute("**/api/timeline?**");
    await alert.getByRole("button", { name: "Try again" }).click();
    await expect(alert).toHaveCount(0);
    await expect(page.locator(".vis-item.tl-cluster-item").first()).toBeVisible();
    consoleErrors.length = 0; // the browser reports the failed requests
  });

  test("clicking a cluster zooms into it", async ({ page }) => {
    await page.goto("/?window=2021-06-01..2022-12-31");
    await timelineReady(page);
    const cluster = page.locator(".vis-item.tl-cluster-item").first();
    await expect(cluster).toBeVisible();
    const before = windowOf(page.url())!;
    await cluster.click();
    const after = await waitForWindowChange(page, before);
    expect(spanDays(after)).toBeLessThan(spanDays(before) / 4);
  });

  test("the list shows the same events, selects on the timeline, and sorts by date", async ({ page }) => {
    await page.goto("/?window=2022-02-01..2022-02-14");
    await timelineReady(page);
    const table = page.getByRole("table", { name: /Events in/ });
    const rows = table.getByRole("row");
    await expect(rows.nth(1)).toBeVisible();
    const link = rows.nth(3).getByRole("link");
    const title = await link.textContent();
    await link.click();
    await expect(page).toHaveURL(/event=[a-z0-9]+/);
    await expect(detailPanel(page).getByRole("heading", { level: 2 })).toHaveText(title!);
    await expect(detailPanel(page).getByRole("heading", { level: 2 })).toBeFocused();
    await expect(rows.nth(3)).toHaveAttribute("aria-current", "true");
    await expect(page.locator(".vis-item.vis-selected").first()).toBeVisible();

    const dates = async () => table.locator("tbody time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")!));
    const asc = await dates();
    expect(asc).toEqual([...asc].sort());
    await table.getByRole("button", { name: /Date/ }).click();
    await expect(table.getByRole("columnheader", { name: /Date/ })).toHaveAttribute("aria-sort", "descending");
    await expect(page).toHaveURL(/sort=desc/);
    await expect.poll(async () => (await dates())[0]! >= asc[asc.length - 1]!).toBe(true);
    const desc = await dates();
    expect(desc).toEqual([...desc].sort().reverse());
    expect(desc[0]! <= "2022-02-14").toBe(true);
  });
});
