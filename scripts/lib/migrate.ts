// Apply committed Prisma migrations to DATABASE_URL (idempotent).
//
// When every committed migration is already recorded as applied, nothing is run: starting
// `prisma migrate deploy` costs a couple of seconds and takes SQLite's write lock, so a CLI
// started while another process ingests would wait for (or, past the busy timeout, fail on) a
// lock it does not need.
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { databaseFile, databaseUrl } from "@/lib/config/database-url";

const MIGRATIONS = path.resolve(__dirname, "../../prisma/migrations");

export function migrateDatabase(opts: { quiet?: boolean } = { quiet: true }): void {
  const url = databaseUrl();
  if (isUpToDate(databaseFile(url))) return;
  const prisma = path.resolve(__dirname, "../../node_modules/.bin/prisma");
  try {
    execFileSync(prisma, ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: opts.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
  } catch (err) {
    const e = err as { stderr?: Buffer; stdout?: Buffer };
    throw new Error(`database migration failed:\n${e.stdout?.toString() ?? ""}${e.stderr?.toString() ?? ""}`);
  }
}

/** Every migration folder is recorded in _prisma_migrations as finished and not rolled back. */
export function isUpToDate(file: string): boolean {
  if (file === ":memory:" || !existsSync(file)) return false;
  const wanted = readdirSync(MIGRATIONS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(MIGRATIONS, d.name, "migration.sql")))
    .map((d) => d.name);
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: 15_000 });
    const rows = db.prepare("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").all() as Array<{ name: string }>;
    const applied = new Set(rows.map((r) => r.name));
    return wanted.every((w) => applied.has(w));
  } catch {
    return false; // no migrations table yet, or not a database: let Prisma decide
  } finally {
    db?.close();
  }
}
