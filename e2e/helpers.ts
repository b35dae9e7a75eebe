// Shared pieces of the browser specs: a `test` that fails on any console error or uncaught
// exception, facts of the sample data the specs rely on, and small timeline helpers.
import { test as base, expect, type Page } from "@playwright/test";

/** The seed article's Sunday call (6 February 2022). Its id is derived from the event itself, so
 *  re-ingesting the same articles into a fresh database must give the same permalink. */
export const MACRON_BIDEN_CALL = {
  id: "dc9mbzhgdf",
  slug: "emmanuel-macron-and-joe-biden-speak-by-phone",
  title: "Emmanuel Macron and Joe Biden speak by phone",
  quote: "The two discussed the Ukraine crisis by phone on Sunday, the White House said.",
};

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use, testInfo) => {
      const errors: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
      await use(errors);
      // A test that expects an error (a 404 page) empties the list itself.
      if (testInfo.status === testInfo.expectedStatus) expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export interface Window {
  from: string;
  to: string;
}

export function windowOf(url: string): Window | null {
  const w = new URL(url).searchParams.get("window");
  const m = w && /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(w);
  return m ? { from: m[1]!, to: m[2]! } : null;
}

export function spanDays(w: Window): number {
  return Math.round((Date.parse(w.to) - Date.parse(w.from)) / 86_400_000) + 1;
}

/** Wait until vis-timeline has drawn its items. */
export async function timelineReady(page: Page): Promise<void> {
  await expect(page.locator('[data-testid="vis-timeline"][data-ready="true"]').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator(".vis-item.vis-point, .vis-item.vis-range").first()).toBeVisible({ timeout: 20_000 });
}

/** Item elements on the timeline (a point or a range is one item; a point's dot is part of it). */
export function timelineItems(page: Page) {
  return page.locator(".vis-item.vis-point, .vis-item.vis-range, .vis-item.vis-box");
}

/** The URL's window once it has been written (window writes are debounced). */
export async function waitForWindowChange(page: Page, previous: Window | null): Promise<Window> {
  await expect.poll(() => JSON.stringify(windowOf(page.url())), { timeout: 10_000 }).not.toBe(JSON.stringify(previous));
  return windowOf(page.url())!;
}

export function timelineApp(page: Page) {
  return page.getByRole("application", { name: /Timeline of events/ });
}

export function detailPanel(page: Page) {
  return page.getByRole("complementary", { name: "Event details" });
}
