// npm run bench [-- --json] [-- --quick]
// Builds its own data and measures, on this machine:
//   1. the extraction pipeline alone over the dev corpus (../shared/corpus/dev), in process;
//   2. the whole ingest of that corpus (`npm run ingest` as a separate process: start-up, worker,
//      extraction, storing) into a fresh, migrated database;
//   3. a 100k-event / 2k-actor database replayed from that ingest (bench/build-data.ts; cached);
//   4. the production build (`next build`) served by scripts/serve.ts on that database:
//      /api/events latency (one-month windows, actor filters, text queries), sustained
//      requests per second — each both computed afresh (Cache-Control: no-cache) and repeated
//      (the server's response cache) — and gzipped first-load JavaScript of `/` and an event page;
//   5. in Chromium: time to the first timeline items, windowed vs naive, and item elements per zoom.
// Prints a table; with --json, one JSON line last. Every figure is a median of several runs or a
// percentile of many requests; the machine is shared, so compare runs of the same day.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchExtract, corpusFiles } from "./extract";
import { buildBenchData } from "./build-data";
import { firstLoadJs, get, measureLatency, measureThroughput, startServer } from "./http";
import { benchTimeline } from "./timeline";
import { median, round } from "./lib/stats";

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, ".data", "bench");
const CORPUS = process.env.BENCH_CORPUS ?? path.resolve(ROOT, "../shared/corpus/dev");
const args = new Set(process.argv.slice(2).filter((a) => a !== "--"));
const JSON_OUT = args.has("--json");
const QUICK = args.has("--quick");
const PORT = Number(process.env.BENCH_PORT ?? 3291);
const bin = (n: string) => path.join(ROOT, "node_modules", ".bin", n);
const log = (s: string) => console.error(s);

function dbFiles(file: string): string[] {
  return ["", "-wal", "-shm", "-journal"].map((s) => file + s);
}

function migrate(url: string): void {
  const r = spawnSync(bin("prisma"), ["migrate", "deploy"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" }, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`migrate failed: ${r.stdout}${r.stderr}`);
}

function benchIngest(runs: number): { articlesPerS: number; runs: number[]; files: number; summary: string; seed: string } {
  const files = corpusFiles(CORPUS).length;
  const rates: number[] = [];
  let summary = "";
  let seed = "";
  for (let i = 0; i < runs; i++) {
    const file = path.join(OUT, `ingest-${i}.db`);
    for (const f of dbFiles(file)) rmSync(f, { force: true });
    migrate(`file:${file}`);
    const t0 = performance.now();
    const r = spawnSync(bin("tsx"), [path.join(ROOT, "scripts/ingest.ts"), CORPUS], { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${file}` }, encoding: "utf8" });
    const s = (performance.now() - t0) / 1000;
    if (r.status !== 0 && r.status !== 1) throw new Error(`ingest failed: ${r.stderr.slice(-2000)}`);
    summary = r.stdout.trim().split("\n").pop() ?? "";
    rates.push(files / s);
    log(`  ingest run ${i + 1}: ${s.toFixed(1)} s, ${(files / s).toFixed(0)} articles/s (${summary})`);
    seed = file;
  }
  return { articlesPerS: median(rates), runs: rates, files, summary, seed };
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memGb: round(os.totalmem() / 2 ** 30, 0),
    node: process.version,
    loadavg: os.loadavg().map((x) => round(x, 2)),
    commit: spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).stdout.trim(),
    date: new Date().toISOString(),
  };
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const m = machine();
  log(`bench on ${m.cpu}, ${m.cores} cores, ${m.memGb} GB, Node ${m.node}, load ${m.loadavg.join(" ")}, commit ${m.commit}`);
  const runs = QUICK ? 2 : 3;

  log("1/5 extraction pipeline alone");
  const extract = benchExtract(CORPUS, runs);
  log(`  ${extract.runs.map((x) => x.toFixed(0)).join(", ")} articles/s`);

  log("2/5 whole ingest (CLI) into a fresh database");
  const ingest = benchIngest(runs);

  log("3/5 the 100k-event database");
  const data = buildBenchData(ingest.seed, OUT, log);
  log(`  ${path.basename(data.file)}${data.cached ? " (cached)" : ` built in ${data.seconds.toFixed(0)} s`}: ${data.events} events, ${data.actors} actors, ${data.links} actor links, ${data.evidence} evidence rows`);
  const served = path.join(OUT, "serve.db");
  for (const f of dbFiles(served)) rmSync(f, { force: true });
  copyFileSync(data.file, served);

  log("4/5 production build and server");
  if (!process.env.BENCH_SKIP_BUILD) {
    const b = spawnSync(bin("next"), ["build"], { cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: `file:${served}` }, encoding: "utf8" });
    if (b.status !== 0) throw new Error(`next build failed: ${b.stdout.slice(-3000)}${b.stderr.slice(-3000)}`);
  }
  const server = await startServer(PORT, `file:${served}`);
  try {
    // Queries: one-month windows across the data, actor filters (a president, a state, an envoy of
    // one era), text queries (common and rare words, a name, a phrase).
    const months = ["2019-06", "2021-02", "2022-03", "2023-09", "2025-01", "2026-05", "2027-11", "2029-03"];
    const monthPaths = months.map((mo) => ({ kind: "month", path: `/api/events?from=${mo}-01&to=${mo}-28` }));
    const actorSlugs = ["volodymyr-zelenskyy", "vladimir-putin", "russia", "joe-biden", "emmanuel-macron", "recep-tayyip-erdogan", "antony-blinken-4", "dmytro-kuleba-4"];
    const actorPaths = actorSlugs.map((s) => ({ kind: "actor", path: `/api/events?actor=${s}` }));
    const texts = ["Kyiv", "sanctions", "grain", "Madrid", "Joe Biden", "telephone", "humanitarian", "Erdogan"];
    const textPaths = texts.map((t) => ({ kind: "text", path: `/api/events?q=${encodeURIComponent(t)}` }));
    const paths = [...monthPaths, ...actorPaths, ...textPaths];
    for (const p of paths) {
      const r = await get(server.base + p.path);
      if (r.status !== 200) throw new Error(`${p.path}: ${r.status} ${r.body.toString().slice(0, 200)}`);
    }
    // Computed: every answer computed afresh (Cache-Control: no-cache skips the server's response
    // cache). Cached: the same requests as a browser sends them, repeated (the response cache
    // answers after the first pass).
    const NO_CACHE = { "cache-control": "no-cache" };
    log("  /api/events latency, computed");
    const latency = await measureLatency(server.base, paths, QUICK ? 6 : 15, NO_CACHE);
    log(`  p50 ${latency.p50.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms over ${latency.samples} requests; ${JSON.stringify(latency.byKind)}`);
    const cachedLatency = await measureLatency(server.base, paths, QUICK ? 3 : 5);
    log(`  repeated (cache): p50 ${cachedLatency.p50.toFixed(1)} ms, p95 ${cachedLatency.p95.toFixed(1)} ms`);
    log("  /api/events throughput");
    const throughput = [];
    for (let i = 0; i < (QUICK ? 1 : 3); i++) throughput.push(await measureThroughput(server.base, paths.map((p) => p.path), 16, QUICK ? 5 : 10, OUT, NO_CACHE));
    const rps = median(throughput.map((t) => t.rps));
    log(`  computed: ${throughput.map((t) => `${t.rps.toFixed(0)} req/s (${t.errors} errors)`).join(", ")} with ${throughput[0]!.tool}, 16 connections`);
    const cachedThroughput = [];
    for (let i = 0; i < (QUICK ? 1 : 3); i++) cachedThroughput.push(await measureThroughput(server.base, paths.map((p) => p.path), 16, QUICK ? 5 : 10, OUT));
    const cachedRps = median(cachedThroughput.map((t) => t.rps));
    log(`  repeated: ${cachedThroughput.map((t) => `${t.rps.toFixed(0)} req/s (${t.errors} errors)`).join(", ")}`);

    const firstEvent = JSON.parse((await get(`${server.base}/api/events?limit=1&from=2022-02-07`)).body.toString()).events[0] as { id: string; slug: string };
    const home = await firstLoadJs(server.base, "/");
    const eventPage = await firstLoadJs(server.base, `/events/${firstEvent.id}/${firstEvent.slug}`);
    log(`  first-load JS: / ${(home.bytesGz / 1000).toFixed(1)} kB gz (${home.scripts} scripts), event page ${(eventPage.bytesGz / 1000).toFixed(1)} kB gz`);

    log("5/5 timeline in Chromium");
    const timeline = await benchTimeline(server.base, QUICK ? 3 : 5, log);

    const result = {
      machine: `${m.cpu}, ${m.cores} cores, ${m.memGb} GB, Node ${m.node}, Chromium ${timeline.chromium}`,
      commit: m.commit,
      date: m.date,
      loadavg_at_start: m.loadavg,
      data: { events: data.events, actors: data.actors, actor_links: data.links, evidence: data.evidence, from: data.from, to: data.to, corpus_files: ingest.files },
      ingest_articles_per_s: round(ingest.articlesPerS, 0),
      extract_articles_per_s: round(extract.articlesPerS, 0),
      api_p50_ms: round(latency.p50, 1),
      api_p95_ms: round(latency.p95, 1),
      api_by_kind_ms: Object.fromEntries(Object.entries(latency.byKind).map(([k, v]) => [k, { p50: round(v.p50, 1), p95: round(v.p95, 1) }])),
      api_cached_p50_ms: round(cachedLatency.p50, 1),
      api_cached_p95_ms: round(cachedLatency.p95, 1),
      api_rps: round(rps, 0),
      api_rps_errors: throughput.reduce((s, t) => s + t.errors, 0),
      api_rps_cached: round(cachedRps, 0),
      api_rps_cached_errors: cachedThroughput.reduce((s, t) => s + t.errors, 0),
      api_rps_tool: `${throughput[0]!.tool}, 16 connections, ${throughput[0]!.seconds} s × ${throughput.length}`,
      timeline_render_ms_windowed: round(timeline.windowedMs, 0),
      timeline_render_ms_windowed_first_view: timeline.windowedColdMs === null ? null : round(timeline.windowedColdMs, 0),
      timeline_render_ms_naive: timeline.naiveMs === null ? null : round(timeline.naiveMs, 0),
      timeline_naive_items: timeline.naiveItems,
      timeline_dom_items_max: timeline.domItemsMax,
      timeline_dom_items_by_zoom: timeline.domItemsByZoom,
      first_load_js_kb_gz_home: round(home.bytesGz / 1000, 1),
      first_load_js_kb_gz_event: round(eventPage.bytesGz / 1000, 1),
    };
    writeFileSync(path.join(OUT, "last-result.json"), JSON.stringify(result, null, 2));

    const rows: Array<[string, string, string]> = [
      ["ingest (whole CLI, dev corpus)", `${result.ingest_articles_per_s} articles/s`, "≥ 200"],
      ["extraction alone", `${result.extract_articles_per_s} articles/s`, ""],
      ["/api/events p50 / p95, computed", `${result.api_p50_ms} / ${result.api_p95_ms} ms`, "p95 ≤ 20 ms"],
      ["/api/events p50 / p95, repeated (cache)", `${result.api_cached_p50_ms} / ${result.api_cached_p95_ms} ms`, ""],
      ["/api/events sustained, computed", `${result.api_rps} req/s, ${result.api_rps_errors} errors`, "≥ 1,000, 0 errors"],
      ["/api/events sustained, repeated (cache)", `${result.api_rps_cached} req/s, ${result.api_rps_cached_errors} errors`, ""],
      ["timeline first items, windowed", `${result.timeline_render_ms_windowed} ms`, "≤ 1,000 ms"],
      ["  … first view after the server started", result.timeline_render_ms_windowed_first_view === null ? "never drew" : `${result.timeline_render_ms_windowed_first_view} ms`, ""],
      [`timeline first items, naive (${result.timeline_naive_items} items)`, result.timeline_render_ms_naive === null ? "never drew" : `${result.timeline_render_ms_naive} ms`, ""],
      ["item elements in the DOM, max over zooms", `${result.timeline_dom_items_max}`, "≤ 300"],
      ["first-load JS, /", `${result.first_load_js_kb_gz_home} kB gz`, "as small as vis-timeline allows"],
      ["first-load JS, event page", `${result.first_load_js_kb_gz_event} kB gz`, "≤ 120 kB"],
    ];
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    console.log(`\n${result.machine}; commit ${result.commit}; ${result.data.events} events, ${result.data.actors} actors`);
    for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
    if (JSON_OUT) console.log(JSON.stringify(result));
  } finally {
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
