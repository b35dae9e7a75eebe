// Apply committed Prisma migrations to DATABASE_URL (idempotent; fast when up to date).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { databaseUrl } from "@/lib/config/database-url";

export function migrateDatabase(opts: { quiet?: boolean } = { quiet: true }): void {
  const url = databaseUrl();
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
