// Prisma CLI configuration: the JavaScript/WebAssembly engine through the better-sqlite3 driver
// adapter, because Prisma's downloaded Rust engines are not available on our machines
// (see ../shared/notes/toolchain.md). DATABASE_URL picks the database file.
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl } from "./lib/config/database-url";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    // Wait for another process's write lock (an ingest, the server) instead of failing at once.
    return new PrismaBetterSQLite3({ url: databaseUrl(), timeout: 15_000 });
  },
});
