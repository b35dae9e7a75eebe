// A phone (390 px wide, touch): no page scrolls sideways, the filters fold away, the timeline pans
// and zooms with fingers, and a tapped event shows its details.
import type { CDPSession, Page } from "@playwright/test";
import { MACRON_BIDEN_CALL as CALL, expect, spanDays, test, timelineReady, waitForWindowChange, windowOf } from "./helpers";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

async function noSidewaysScroll(page: Page): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, `page is ${scroll}px wide in a ${width}px viewport`).toBeLessThanOrEqual(width);
}

type Point = { x: number; y: number };

/** Move fingers from `from` to `to` positions in small steps (Chrome DevTools touch events). */
async function touchGesture(cdp: CDPSession, from: Point[], to: Point[], steps = 12): Promise<void> {
  const at = (k: number) => from.map((p, i) => ({ x: p.x + ((to[i]!.x - p.x) * k) / steps, y: p.y + ((to[i]!.y - p.y) * k) / steps }));
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0) });
  for (let k = 1; k <= steps; k++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(k) });
    await new Promise((r) => setTimeout(r, 16));
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

test("no page scrolls sideways", async ({ page, request }) => {
  const articleId = (await (await request.get(`/api/events/${CALL.id}`)).json()).sources[0].articleId;
  for (const path of ["/", `/?event=${CALL.id}`, "/?groupBy=country&actor=vladimir-putin", `/events/${CALL.id}/${CALL.slug}`, `/articles/${articleId}`, "/actors/vladimir-putin"]) {
    await page.goto(path);
    if (path.startsWith("/?") || path === "/" || path.startsWith("/actors")) await timelineReady(page);
    await noSidewaysScroll(page);
  }
});

test("filters fold behind a button and still work", async ({ page }) => {
  await page.goto("/");
  await timelineReady(page);
  const toggle = page.getByRole("button", { name: /^Filters/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  const call = page.getByRole("checkbox", { name: /^Call/ });
  await expect(call).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await call.check();
  await expect(page).toHaveURL(/type=call/);
  await expect(toggle).toHaveText(/1 active/);
  await noSidewaysScroll(page);
});

test("the timeline pans and zooms with touch", async ({ page }) => {
  await page.goto("/?window=2022-02-01..2022-02-28");
  await timelineReady(page);
  const centre = (await page.locator(".vis-panel.vis-center").boundingBox())!;
  const y = centre.y + Math.min(60, centre.height / 2);
  const cdp = await page.context().newCDPSession(page);

  // Swipe left: later dates come into view.
  await touchGesture(cdp, [{ x: centre.x + centre.width * 0.8, y }], [{ x: centre.x + centre.width * 0.2, y }]);
  const panned = await waitForWindowChange(page, { from: "2022-02-01", to: "2022-02-28" });
  expect(panned.from > "2022-02-01").toBe(true);

  // Spread two fingers: zoom in.
  const mid = centre.x + centre.width / 2;
  await touchGesture(cdp, [{ x: mid - 30, y }, { x: mid + 30, y }], [{ x: mid - 120, y }, { x: mid + 120, y }]);
  const zoomed = await waitForWindowChange(page, panned);
  expect(spanDays(zoomed)).toBeLessThan(spanDays(panned));
});

test("tapping an event shows its details", async ({ page }) => {
  await page.goto(`/?actor=emmanuel-macron&actor=joe-biden&window=2022-02-04..2022-02-08`);
  await timelineReady(page);
  await page.locator(".vis-item.tl-event", { hasText: "speak by phone" }).first().tap();
  await expect(page).toHaveURL(/event=[a-z0-9]+/);
  const panel = page.getByRole("complementary", { name: "Event details" });
  await expect(panel.getByRole("heading", { level: 2 })).toContainText("speak by phone");
  await panel.getByRole("heading", { level: 2 }).scrollIntoViewIfNeeded();
  await expect(panel.locator("blockquote").first()).toBeVisible();
  await noSidewaysScroll(page);
  expect(windowOf(page.url())).not.toBeNull();
});
