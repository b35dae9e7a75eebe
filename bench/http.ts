// The production server on the bench's database, and the HTTP measurements against it: latency
// of /api/events (sequential requests on one keep-alive connection: each figure is one request's
// own time), sustained requests per second (wrk, or a Node client when wrk is missing), and the
// gzipped JavaScript a page loads before any interaction.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import http from "node:http";
import { gzipSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { percentile } from "./lib/stats";

const ROOT = path.resolve(__dirname, "..");

export interface Server {
  base: string;
  stop(): Promise<void>;
}

export async function startServer(port: number, databaseUrl: string): Promise<Server> {
  const child: ChildProcess = spawn(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "scripts/serve.ts")], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", HOSTNAME: "127.0.0.1" },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr = (stderr + d).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${stderr}`);
    try {
      if ((await get(`${base}/api/events?limit=1`)).status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    base,
    stop: async () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
    },
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

export async function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: Buffer; ms: number }> {
  try {
    return await getOnce(url, headers);
  } catch (err) {
    // The server closed an idle keep-alive connection just as it was reused: ask again once.
    if ((err as { code?: string }).code !== "ECONNRESET" && !/socket hang up/.test(String(err))) throw err;
    return getOnce(url, headers);
  }
}

function getOnce(url: string, headers: Record<string, string>): Promise<{ status: number; body: Buffer; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    http
      .get(url, { agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), ms: performance.now() - t0 }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

export interface LatencyResult {
  p50: number;
  p95: number;
  samples: number;
  errors: number;
  byKind: Record<string, { p50: number; p95: number }>;
}

/**
 * `rounds` passes over every path, in turn (after one warm-up pass); each request timed alone.
 * `headers`: e.g. Cache-Control: no-cache, so the server computes every answer.
 */
export async function measureLatency(base: string, paths: Array<{ kind: string; path: string }>, rounds: number, headers: Record<string, string> = {}): Promise<LatencyResult> {
  for (const p of paths) await get(base + p.path, headers);
  const all: number[] = [];
  const byKind = new Map<string, number[]>();
  let errors = 0;
  for (let r = 0; r < rounds; r++) {
    for (const p of paths) {
      const res = await get(base + p.path, headers);
      if (res.status !== 200) errors++;
      all.push(res.ms);
      if (!byKind.has(p.kind)) byKind.set(p.kind, []);
      byKind.get(p.kind)!.push(res.ms);
    }
  }
  return {
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    samples: all.length,
    errors,
    byKind: Object.fromEntries([...byKind].map(([k, xs]) => [k, { p50: percentile(xs, 50), p95: percentile(xs, 95) }])),
  };
}

export interface ThroughputResult {
  tool: string;
  rps: number;
  requests: number;
  errors: number;
  connections: number;
  seconds: number;
  p99ms: number | null;
}

/** Requests per second with `connections` concurrent keep-alive connections for `seconds`, the paths in rotation. */
export async function measureThroughput(base: string, paths: string[], connections: number, seconds: number, workDir: string, headers: Record<string, string> = {}): Promise<ThroughputResult> {
  const hasWrk = spawnSync("wrk", ["--version"]).error === undefined;
  if (hasWrk) {
    const script = path.join(workDir, "rotate.lua");
    writeFileSync(
      script,
      `local paths = {${paths.map((p) => JSON.stringify(p)).join(", ")}}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format("GET", paths[i])\nend\n` +
        `done = function(summary, latency, requests)\n  io.write(string.format("RESULT %d %d %d %d %d %d %f\\n", summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status, summary.duration, latency:percentile(99), 0, 0))\nend\n`,
    );
    const h = Object.entries(headers).flatMap(([k, v]) => ["-H", `${k}: ${v}`]);
    const r = spawnSync("wrk", ["-t2", `-c${connections}`, `-d${seconds}s`, "--timeout", "10s", ...h, "-s", script, base], { encoding: "utf8" });
    const m = /RESULT (\d+) (\d+) (\d+) (\d+) (\d+)/.exec(r.stdout);
    if (!m) throw new Error(`wrk gave no result: ${r.stdout}${r.stderr}`);
    const [requests, socketErrors, statusErrors, durationUs, p99Us] = m.slice(1).map(Number) as [number, number, number, number, number];
    return { tool: "wrk", rps: requests / (durationUs / 1e6), requests, errors: socketErrors + statusErrors, connections, seconds, p99ms: p99Us / 1000 };
  }
  // No wrk: a closed loop of `connections` Node clients (the client then shares the 2 cores).
  const pool = new http.Agent({ keepAlive: true, maxSockets: connections });
  let requests = 0;
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async (_, c) => {
      let i = c;
      while (Date.now() < end) {
        const status = await new Promise<number>((resolve) => {
          http
            .get(base + paths[i++ % paths.length], { agent: pool, headers }, (res) => {
              res.resume();
              res.on("end", () => resolve(res.statusCode ?? 0));
            })
            .on("error", () => resolve(0));
        });
        requests++;
        if (status !== 200) errors++;
      }
    }),
  );
  return { tool: "node", rps: requests / ((performance.now() - t0) / 1000), requests, errors, connections, seconds, p99ms: null };
}

/** Gzipped size (bytes) of the scripts a page's HTML loads (`<script src>`, except `noModule` ones): what runs before any interaction. */
export async function firstLoadJs(base: string, pagePath: string): Promise<{ bytesGz: number; scripts: number }> {
  const html = (await get(base + pagePath)).body.toString("utf8");
  // `noModule` scripts (Next's legacy polyfills) are skipped by every browser that runs modules.
  const tags = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]).filter((t) => !/\snomodule\b/i.test(t));
  const srcs = [...new Set(tags.flatMap((t) => /\ssrc="([^"]+)"/.exec(t)?.[1]?.replace(/&amp;/g, "&") ?? []))];
  let bytesGz = 0;
  for (const src of srcs) {
    const res = await get(new URL(src, base).toString());
    if (res.status !== 200) throw new Error(`${src}: ${res.status}`);
    bytesGz += gzipSync(res.body).length;
  }
  return { bytesGz, scripts: srcs.length };
}
