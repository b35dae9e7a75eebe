// Filters on the sample articles: every one is in the URL (so a view can be shared), the counts
// agree with the API, Back and Forward walk the filter history, an empty result says so and
// offers to clear, and the export links download the filtered events.
import type { Page } from "@playwright/test";
import { expect, spanDays, test, timelineReady, windowOf } from "./helpers";

const filters = (page: Page) => page.getByRole("search", { name: "Filter events" });
const resultCount = (page: Page) => filters(page).getByRole("status");

async function apiCount(page: Page, query: string): Promise<number> {
  const res = await page.request.get(`/api/facets?${query}`);
  expect(res.ok()).toBe(true);
  return (await res.json()).total;
}

test.describe("filters", () => {
  test("actors: search with counts, pick, and narrow to events between two of them", async ({ page }) => {
    await page.goto("/");
    await timelineReady(page);
    const box = page.getByRole("combobox", { name: "Actors" });
    await box.fill("macr");
    // The most active match comes first and is highlighted; Enter picks it.
    const option = page.getByRole("option").first();
    await expect(option).toContainText("Emmanuel Macron");
    await expect(option).toHaveAttribute("aria-selected", "true");
    const macronAll = await apiCount(page, "actor=emmanuel-macron");
    await expect(option).toContainText(String(macronAll));
    await box.press("Enter");
    await expect(page).toHaveURL(/[?&]actor=emmanuel-macron(&|$)/);
    await expect(page.getByRole("list", { name: "Chosen actors" })).toContainText("Emmanuel Macron");
    await expect(resultCount(page)).toHaveText(`${macronAll} events match`);

    // A second actor: "between" them is the default, and the count shows it.
    await box.fill("biden");
    const biden = page.getByRole("option", { name: /Joe Biden/ });
    const between = await apiCount(page, "actor=emmanuel-macron&actor=joe-biden");
    await expect(biden).toContainText(String(between));
    await biden.click();
    await expect(page).toHaveURL(/actor=emmanuel-macron&actor=joe-biden/);
    const both = page.getByRole("radio", { name: /both — between Emmanuel Macron and Joe Biden/ });
    await expect(both).toBeChecked();
    await expect(resultCount(page)).toHaveText(`${between} events match`);
    expect(between).toBeGreaterThanOrEqual(2);
    expect(between).toBeLessThan(macronAll);
    // Every listed event has both of them.
    await page.getByRole("checkbox", { name: "Only what the timeline shows" }).uncheck();
    const rows = page.getByRole("table", { name: /Events/ }).locator("tbody tr");
    await expect(rows).toHaveCount(between);
    for (const text of await rows.locator(".col-actors").allTextContents()) expect(text).toMatch(/Emmanuel Macron.*Joe Biden|Joe Biden.*Emmanuel Macron/);

    await page.getByRole("radio", { name: "any of them" }).click();
    await expect(page).toHaveURL(/actorMode=any/);
    const either = await apiCount(page, "actor=emmanuel-macron&actor=joe-biden&actorMode=any");
    await expect(resultCount(page)).toHaveText(`${either} events match`);

    // Removing a chip removes the actor.
    await page.getByRole("button", { name: "Remove Joe Biden" }).click();
    await expect(page).not.toHaveURL(/joe-biden/);
    await expect(resultCount(page)).toHaveText(`${macronAll} events match`);
  });

  test("type, status, dates and text are kept in the URL and Back/Forward walk them", async ({ page }) => {
    await page.goto("/");
    await timelineReady(page);
    await filters(page).getByRole("checkbox", { name: /^Call/ }).check();
    await expect(page).toHaveURL(/type=call/);
    await filters(page).getByLabel("Status", { exact: true }).selectOption("occurred");
    await expect(page).toHaveURL(/status=occurred/);
    await filters(page).getByLabel("From", { exact: true }).fill("2022-02-01");
    await expect(page).toHaveURL(/from=2022-02-01/);
    await filters(page).getByLabel("To", { exact: true }).fill("2022-02-28");
    await expect(page).toHaveURL(/to=2022-02-28/);
    await filters(page).getByRole("searchbox", { name: "Text" }).fill("Macron");
    await expect(page).toHaveURL(/q=Macron/);
    const count = await apiCount(page, "type=call&status=occurred&from=2022-02-01&to=2022-02-28&q=Macron");
    await expect(resultCount(page)).toHaveText(`${count} event${count === 1 ? "" : "s"} match`);
    // The date range also moved the timeline there.
    const w = windowOf(page.url())!;
    expect(w.from <= "2022-02-01" && w.to >= "2022-02-28" && spanDays(w) < 40).toBe(true);

    // Back undoes one filter at a time, and the controls follow.
    await page.goBack();
    await expect(page).not.toHaveURL(/q=/);
    await expect(filters(page).getByRole("searchbox", { name: "Text" })).toHaveValue("");
    await page.goBack();
    await expect(page).not.toHaveURL(/to=/);
    await page.goBack();
    await expect(page).not.toHaveURL(/from=/);
    await page.goBack();
    await expect(page).not.toHaveURL(/status=/);
    await expect(filters(page).getByLabel("Status", { exact: true })).toHaveValue("");
    await expect(filters(page).getByRole("checkbox", { name: /^Call/ })).toBeChecked();
    await page.goBack();
    await expect(filters(page).getByRole("checkbox", { name: /^Call/ })).not.toBeChecked();
    await page.goForward();
    await expect(page).toHaveURL(/type=call/);
    await expect(filters(page).getByRole("checkbox", { name: /^Call/ })).toBeChecked();
  });

  test("a shared link restores the filters", async ({ page }) => {
    await page.goto("/?actor=vladimir-putin&type=meeting&type=summit&status=planned");
    await expect(page.getByRole("list", { name: "Chosen actors" })).toContainText("Vladimir Putin");
    await expect(filters(page).getByRole("checkbox", { name: /^Meeting/ })).toBeChecked();
    await expect(filters(page).getByRole("checkbox", { name: /^Summit/ })).toBeChecked();
    await expect(filters(page).getByRole("checkbox", { name: /^Call/ })).not.toBeChecked();
    await expect(filters(page).getByLabel("Status", { exact: true })).toHaveValue("planned");
    const count = await apiCount(page, "actor=vladimir-putin&type=meeting&type=summit&status=planned");
    await expect(resultCount(page)).toHaveText(`${count} event${count === 1 ? "" : "s"} match`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Vladimir Putin");
    await expect(page).toHaveTitle(/Vladimir Putin/);
  });

  test("an empty result says so and offers to clear the filters", async ({ page }) => {
    await page.goto("/?q=zzqxnothingmatches");
    await expect(page.getByText("No events match these filters.").first()).toBeVisible();
    await expect(resultCount(page)).toHaveText("0 events match");
    await page.getByRole("button", { name: "Clear all filters" }).first().click();
    await expect(page).not.toHaveURL(/q=/);
    await timelineReady(page);
    const total = await apiCount(page, "");
    await expect(resultCount(page)).toHaveText(`${total} events match`);
  });

  test("a parameter that cannot be read is named and left out", async ({ page }) => {
    await page.goto("/?type=party&actor=vladimir-putin");
    await expect(page.getByRole("alert").filter({ hasText: "could not be read" })).toContainText("`type`");
    await expect(page.getByRole("list", { name: "Chosen actors" })).toContainText("Vladimir Putin");
  });

  test("export links download the filtered events as CSV, JSON and calendar", async ({ page }) => {
    await page.goto("/?actor=emmanuel-macron&actor=joe-biden");
    const count = await apiCount(page, "actor=emmanuel-macron&actor=joe-biden");
    const csvLink = page.getByRole("link", { name: /^CSV/ });
    await expect(csvLink).toHaveAttribute("href", "/api/export?actor=emmanuel-macron&actor=joe-biden&format=csv");

    const csv = await page.request.get((await csvLink.getAttribute("href"))!);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers()["content-disposition"]).toBe('attachment; filename="diplomatic-events_emmanuel-macron_joe-biden.csv"');
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines.length).toBe(count + 1);

    const json = await page.request.get((await page.getByRole("link", { name: /^JSON/ }).getAttribute("href"))!);
    expect(json.headers()["content-type"]).toBe("application/json; charset=utf-8");
    const events = await json.json();
    expect(events).toHaveLength(count);
    for (const e of events) expect(e.actors.map((a: { slug: string }) => a.slug)).toEqual(expect.arrayContaining(["emmanuel-macron", "joe-biden"]));

    const ics = await page.request.get((await page.getByRole("link", { name: /^Calendar/ }).getAttribute("href"))!);
    expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(ics.headers()["content-disposition"]).toContain(".ics");
    const body = await ics.text();
    expect(body.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(count);

    // The browser really downloads it.
    const download = page.waitForEvent("download");
    await csvLink.click();
    expect((await download).suggestedFilename()).toBe("diplomatic-events_emmanuel-macron_joe-biden.csv");
  });

  test("the export route refuses bad parameters with a 400", async ({ request }) => {
    expect((await request.get("/api/export?format=pdf")).status()).toBe(400);
    expect((await request.get("/api/export")).status()).toBe(400);
    expect((await request.get("/api/export?format=csv&type=party")).status()).toBe(400);
    expect((await request.get("/api/timeline?window=2022-03-01..2022-01-01")).status()).toBe(400);
    expect((await request.get("/api/timeline?groupBy=planet")).status()).toBe(400);
    expect((await request.get("/api/facets?actorLimit=0")).status()).toBe(400);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test("the filters are an ordinary form, open on a phone, and Apply keeps the rows and the list's order", async ({ page }) => {
    await page.goto("/?groupBy=country&sort=desc&list=all");
    const text = page.getByRole("searchbox", { name: /Text/ }).or(page.getByRole("textbox", { name: /Text/ }));
    await expect(text).toBeVisible();
    await text.fill("Macron");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]q=Macron\b/);
    const url = new URL(page.url());
    expect(url.searchParams.get("groupBy")).toBe("country");
    expect(url.searchParams.get("sort")).toBe("desc");
    expect(url.searchParams.get("list")).toBe("all");
    // The list (rendered on the server) shows the matching events, newest first.
    const dates = await page.locator("table tbody tr time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
    expect(dates.length).toBeGreaterThan(0);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});
