// Accessibility: axe finds no serious or critical violations (WCAG 2.1 A and AA) on any page, in
// its interesting states; every feature can be used with the keyboard alone, with a visible focus.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { MACRON_BIDEN_CALL as CALL, detailPanel, expect, test, timelineApp, timelineReady } from "./helpers";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

/** The focused element shows a focus indicator (an outline or a box shadow). */
async function expectVisibleFocus(page: Page): Promise<void> {
  const style = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const target = el.matches("input[type=radio]") && el.closest("label") ? (el.closest("label") as HTMLElement) : el;
    const s = getComputedStyle(target);
    return { outline: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0, shadow: s.boxShadow !== "none", tag: el.tagName };
  });
  expect(style, "something has the focus").not.toBeNull();
  expect(style!.outline || style!.shadow, `focus is visible on ${style!.tag}`).toBe(true);
}

test.describe("axe: no serious or critical violations", () => {
  const pages: Array<[string, string, boolean]> = [
    ["the timeline", "/", true],
    ["the timeline with an event selected", `/?event=${CALL.id}`, true],
    ["the timeline by country with filters", "/?groupBy=country&actor=vladimir-putin&actor=volodymyr-zelenskyy&actorMode=any&type=call", true],
    ["the timeline with nothing matching", "/?q=zzqxnothingmatches", false],
    ["an event permalink", `/events/${CALL.id}/${CALL.slug}`, false],
    ["an actor", "/actors/emmanuel-macron", true],
    ["the 404 page", "/events/zzzzzzzzzz", false],
  ];
  for (const [name, path, hasTimeline] of pages) {
    test(name, async ({ page, consoleErrors }) => {
      await page.goto(path);
      if (hasTimeline) await timelineReady(page);
      expect(await seriousViolations(page)).toEqual([]);
      if (path.includes("zzzzzzzzzz")) consoleErrors.length = 0;
    });
  }

  test("an article", async ({ page, request }) => {
    const e = await (await request.get(`/api/events/${CALL.id}`)).json();
    await page.goto(`/articles/${e.sources[0].articleId}#s${e.sources[0].start}`);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("the timeline with the actor list open", async ({ page }) => {
    await page.goto("/");
    await timelineReady(page);
    await page.getByRole("combobox", { name: "Actors" }).fill("pu");
    await expect(page.getByRole("option").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("a phone-sized timeline", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/?event=${CALL.id}`);
    await timelineReady(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test("keyboard only: skip link, filters, timeline, details and list", async ({ page }) => {
  await page.goto("/?window=2022-02-01..2022-02-28");
  await timelineReady(page);

  // The first Tab reaches the skip link, which is shown and moves focus to the content.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");

  // Tab to the actor search, pick an actor with the keyboard.
  const combo = page.getByRole("combobox", { name: "Actors" });
  for (let i = 0; i < 12 && !(await combo.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(combo).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type("macron");
  await expect(page.getByRole("option").first()).toContainText("Emmanuel Macron");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/actor=emmanuel-macron/);
  // The chip's remove button is reachable too (Shift+Tab back from the field).
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: "Remove Emmanuel Macron" })).toBeFocused();
  await expectVisibleFocus(page);

  // A type checkbox toggles with Space.
  const call = page.getByRole("checkbox", { name: /^Call/ });
  await call.focus();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/type=call/);
  await expectVisibleFocus(page);

  // Tab on to the toolbar and use it.
  const zoomIn = page.getByRole("button", { name: "Zoom in" });
  for (let i = 0; i < 25 && !(await zoomIn.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(zoomIn).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect.poll(() => new URL(page.url()).searchParams.get("window")).not.toBe("2022-02-01..2022-02-28");

  // The rows switch is a radio group: arrow keys change it.
  const actors = page.getByRole("radio", { name: "Actors" });
  await actors.focus();
  await expectVisibleFocus(page);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/groupBy=country/);
  await page.keyboard.press("ArrowLeft");
  await expect(page).not.toHaveURL(/groupBy=country/);

  // The timeline itself: focus it, step to an event, open the details, use them.
  const app = timelineApp(page);
  await app.focus();
  await expectVisibleFocus(page);
  await page.keyboard.press("Home");
  await expect(page).toHaveURL(/event=[a-z0-9]+/);
  await page.keyboard.press("Enter");
  const heading = detailPanel(page).getByRole("heading", { level: 2 });
  await expect(heading).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(detailPanel(page).getByRole("link", { name: "Open event page" })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press("Tab");
  await expect(detailPanel(page).getByRole("button", { name: "Copy link" })).toBeFocused();

  // The list: sort with the keyboard.
  const sort = page.getByRole("button", { name: /^Date/ });
  await sort.focus();
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=desc/);
});
