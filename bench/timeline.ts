// Time to the first drawn items in Chromium, and the most item elements the page ever holds.
// - windowed: the app's own timeline page (server-side windows and clusters) on the large database.
// - naive: a standalone page (served here, not by the app) that hands vis-timeline every event
//   of the same view at once, with explicit start/end (no auto-fit) and the same rows; capped at
//   NAIVE_CAP events, because the full view does not finish in reasonable time (the issue measured
//   38 s for 100,000 items).
// Both: time from navigation start to the first `.vis-item` element, seen by a MutationObserver
// installed before the page's scripts (so any build of the app is measured the same way).
import { chromium, type Browser } from "@playwright/test";
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { get } from "./http";
import { firstDayOf } from "@/lib/timeline/days";
import { median } from "./lib/stats";

const ROOT = path.resolve(__dirname, "..");
export const NAIVE_CAP = 3_000;
const ITEM_SELECTOR = ".vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

async function launch(): Promise<Browser> {
  let executablePath: string | undefined;
  try {
    if (!existsSync(chromium.executablePath())) executablePath = "/usr/bin/chromium";
  } catch {
    executablePath = "/usr/bin/chromium";
  }
  return chromium.launch({ executablePath, args: ARGS });
}

export interface TimelineBench {
  windowedMs: number;
  windowedRuns: number[];
  windowedColdMs: number | null;
  naiveMs: number | null;
  naiveRuns: number[];
  naiveItems: number;
  domItemsMax: number;
  domItemsByZoom: Record<string, number>;
  suggested: { from: string; to: string };
  chromium: string;
}

async function naiveData(base: string, window: { from: string; to: string }) {
  const tl = JSON.parse((await get(`${base}/api/timeline?window=${window.from}..${window.to}`)).body.toString()) as { groups: Array<{ id: string; label: string }> };
  const shown = new Set(tl.groups.map((g) => g.id));
  const items: Array<{ id: string; group: string; content: string; start: string; end?: string; type: string }> = [];
  let cursor = "";
  while (items.length < NAIVE_CAP) {
    const page = JSON.parse((await get(`${base}/api/events?from=${window.from}&to=${window.to}&limit=500${cursor ? `&cursor=${cursor}` : ""}`)).body.toString()) as {
      events: Array<{ id: string; title: string; start: string; end: string | null; actors: Array<{ slug: string }> }>;
      nextCursor: string | null;
    };
    for (const e of page.events) {
      if (items.length >= NAIVE_CAP) break;
      const group = e.actors.map((a) => a.slug).find((s) => shown.has(s)) ?? "__other__";
      const start = firstDayOf(e.start);
      items.push({ id: e.id, group, content: e.title, start, ...(e.end ? { end: e.end, type: "range" } : { type: "point" }) });
    }
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return { groups: tl.groups.map((g, i) => ({ id: g.id, content: g.label, order: i })), items };
}

/** A throw-away static server for the naive page, vis-timeline's standalone build and the data. */
function naiveServer(data: unknown, window: { from: string; to: string }): Promise<{ url: string; close(): void }> {
  const visJs = readFileSync(path.join(ROOT, "node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"));
  const visCss = readFileSync(path.join(ROOT, "node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css"));
  const page = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/vis.css"></head><body>
<div id="tl"></div>
<script src="/vis.js"></script>
<script>
fetch("/data.json").then(function (r) { return r.json(); }).then(function (d) {
  var items = new vis.DataSet(d.items), groups = new vis.DataSet(d.groups);
  new vis.Timeline(document.getElementById("tl"), items, groups, { start: "${window.from}", end: "${window.to}", stack: true, maxHeight: 600, groupOrder: "order" });
});
</script></body></html>`;
  const json = JSON.stringify(data);
  const server = http.createServer((req, res) => {
    const body = req.url === "/vis.js" ? visJs : req.url === "/vis.css" ? visCss : req.url === "/data.json" ? json : page;
    const type = req.url === "/vis.js" ? "text/javascript" : req.url === "/vis.css" ? "text/css" : req.url === "/data.json" ? "application/json" : "text/html";
    res.writeHead(200, { "content-type": type });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, close: () => server.close() })));
}

/**
 * Time from navigation start to the first item element in the DOM, the same way for every page
 * (the app's, the naive one, an older build): a MutationObserver installed before any script.
 */
const OBSERVE_FIRST_ITEM = `new MutationObserver(function (m, obs) {
  if (document.querySelector(".vis-item")) { performance.mark("bench:first-item"); obs.disconnect(); }
}).observe(document, { childList: true, subtree: true });`;

async function firstItemsMs(browser: Browser, url: string, timeoutMs: number): Promise<number | null> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(OBSERVE_FIRST_ITEM);
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: "commit" });
    const handle = await page.waitForFunction(() => performance.getEntriesByName("bench:first-item")[0]?.startTime ?? null, null, { timeout: timeoutMs, polling: 50 });
    return (await handle.jsonValue()) as number;
  } catch {
    return null; // never drew within the limit
  } finally {
    await context.close();
  }
}

export async function benchTimeline(base: string, runs: number, log: (s: string) => void): Promise<TimelineBench> {
  const browser = await launch();
  try {
    const tl = JSON.parse((await get(`${base}/api/timeline`)).body.toString()) as { suggested: { from: string; to: string }; extent: { from: string; to: string } };
    const suggested = tl.suggested;
    // The first view after the server started computes everything (nothing remembered yet);
    // the runs after it are what every later visitor gets until the next ingest.
    const coldMs = await firstItemsMs(browser, `${base}/`, 60_000);
    log(`  windowed first items, first view after start: ${coldMs?.toFixed(0) ?? "never drew"} ms`);
    const windowedRuns: number[] = [];
    for (let i = 0; i < runs; i++) {
      const ms = await firstItemsMs(browser, `${base}/`, 60_000);
      if (ms !== null) windowedRuns.push(ms);
    }
    log(`  windowed first items: ${windowedRuns.map((x) => x.toFixed(0)).join(", ")} ms`);

    // Item elements at several zooms, from a week to the whole extent.
    const mid = suggested.from < "2026-01-01" && suggested.to > "2026-01-01" ? "2026-01-01" : suggested.from;
    const around = (days: number) => {
      const t = Date.parse(mid);
      const d = (ms: number) => new Date(ms).toISOString().slice(0, 10);
      return `${d(t - (days / 2) * 86_400_000)}..${d(t + (days / 2) * 86_400_000)}`;
    };
    const zooms: Record<string, string> = { week: around(7), month: around(31), quarter: around(92), year: around(365), "4 years": around(1461), suggested: `${suggested.from}..${suggested.to}`, all: `${tl.extent.from}..${tl.extent.to}` };
    const domItemsByZoom: Record<string, number> = {};
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    for (const [name, w] of Object.entries(zooms)) {
      await page.goto(`${base}/?window=${w}`, { waitUntil: "networkidle" });
      await page.waitForSelector('[data-testid="vis-timeline"][data-ready="true"]', { timeout: 60_000 }).catch(() => {});
      await page.waitForTimeout(300);
      domItemsByZoom[name] = await page.locator(ITEM_SELECTOR).count();
    }
    // And after zooming out with the toolbar from the week view (fetches of new windows).
    await page.goto(`${base}/?window=${zooms.week}`, { waitUntil: "networkidle" });
    for (let i = 0; i < 10; i++) {
      await page.getByRole("button", { name: "Zoom out" }).click();
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(200);
      domItemsByZoom[`zoom out ×${i + 1}`] = await page.locator(ITEM_SELECTOR).count();
    }
    await context.close();
    log(`  item elements by zoom: ${JSON.stringify(domItemsByZoom)}`);

    const data = await naiveData(base, suggested);
    const naive = await naiveServer(data, suggested);
    const naiveRuns: number[] = [];
    try {
      for (let i = 0; i < Math.max(2, Math.ceil(runs / 2)); i++) {
        const ms = await firstItemsMs(browser, naive.url, 120_000);
        if (ms !== null) naiveRuns.push(ms);
      }
    } finally {
      naive.close();
    }
    log(`  naive (${data.items.length} items) first items: ${naiveRuns.map((x) => x.toFixed(0)).join(", ")} ms`);
    return {
      windowedMs: median(windowedRuns),
      windowedRuns,
      windowedColdMs: coldMs,
      naiveMs: naiveRuns.length ? median(naiveRuns) : null,
      naiveRuns,
      naiveItems: data.items.length,
      domItemsMax: Math.max(...Object.values(domItemsByZoom)),
      domItemsByZoom,
      suggested,
      chromium: browser.version(),
    };
  } finally {
    await browser.close();
  }
}
