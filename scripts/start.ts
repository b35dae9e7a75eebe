// npm start: migrate the database, ingest the sample articles into an empty database, build the
// app when its sources changed since the last build, then serve it on PORT (default 3000).
//   --fresh          start from an empty database (the e2e tests use this)
//   --ingest <dir>   also ingest these articles into an empty database (repeatable)
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { migrateDatabase } from "./lib/migrate";
import { databaseFile, databaseUrl } from "@/lib/config/database-url";

const ROOT = path.resolve(__dirname, "..");
const SAMPLES = path.join(ROOT, "data", "samples");
const BUILD_INPUTS = ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "package-lock.json", "tsconfig.json"];
const STAMP = path.join(ROOT, ".next", "source-stamp");
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

function sourceStamp(): string {
  const h = createHash("sha256");
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      if (p.endsWith(`${path.sep}generated`)) return;
      for (const name of readdirSync(p).sort()) visit(path.join(p, name));
    } else h.update(`${path.relative(ROOT, p)}:${s.size}:${s.mtimeMs}\n`);
  };
  for (const p of BUILD_INPUTS) visit(path.join(ROOT, p));
  return h.digest("hex");
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env });
  if (r.status !== 0) {
    console.error(`${path.basename(cmd)} ${args.join(" ")} failed (exit ${r.status})`);
    process.exit(r.status ?? 1);
  }
}

async function databaseIsEmpty(): Promise<boolean> {
  const { dbReady, closeDb } = await import("@/lib/data/db");
  const prisma = await dbReady();
  const n = await prisma.article.count();
  await closeDb();
  return n === 0;
}

function parseArgs(argv: string[]): { fresh: boolean; ingest: string[] } {
  const out = { fresh: false, ingest: [] as string[] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--fresh") out.fresh = true;
    else if (argv[i] === "--ingest" && argv[i + 1]) out.ingest.push(path.resolve(argv[++i]!));
    else if (argv[i] !== "--") {
      console.error(`unknown option ${argv[i]}; usage: npm start [-- --fresh] [-- --ingest <dir>]`);
      process.exit(2);
    }
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: databaseUrl() };
  console.log(`database: ${env.DATABASE_URL}`);
  if (args.fresh) {
    const file = databaseFile(env.DATABASE_URL);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  }
  migrateDatabase({ quiet: false });
  if (await databaseIsEmpty()) {
    console.log(`ingesting the sample articles from ${path.relative(ROOT, SAMPLES)}/ ...`);
    // Sample articles are all valid; extra inputs (test fixtures) may be refused on purpose, so
    // a refusal (exit 1) is shown but does not stop the server from starting; a failed ingest
    // (the database, a crash: exit 3) does, or the next start would find a half-filled database.
    const r = spawnSync(bin("tsx"), [path.join(ROOT, "scripts", "ingest.ts"), SAMPLES, ...args.ingest], { cwd: ROOT, stdio: "inherit", env });
    if (r.error || r.status === null || r.status > 1) {
      console.error(`ingesting the sample articles failed (${r.error?.message ?? `exit ${r.status ?? r.signal}`}); fix the cause, then finish it with "npm run ingest -- data/samples" (what is stored is skipped) or start over with "npm start -- --fresh"`);
      process.exit(1);
    }
  } else if (args.ingest.length) {
    console.warn(`--ingest ${args.ingest.join(" ")}: skipped, the database is not empty (use --fresh, or npm run ingest)`);
  }
  const stamp = sourceStamp();
  const built = existsSync(path.join(ROOT, ".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === stamp;
  if (!built || process.env.FORCE_BUILD === "1") {
    console.log("building the app (next build) ...");
    run(bin("next"), ["build"], env);
    writeFileSync(STAMP, stamp);
  }
  const port = process.env.PORT || "3000";
  // scripts/serve.ts rather than `next start`: it sets the client address the ingest rate limit
  // relies on, and time limits for slow clients (see that file).
  const server = spawn(bin("tsx"), [path.join(ROOT, "scripts", "serve.ts")], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...env, PORT: port, NODE_ENV: "production" },
  });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
