import { defineConfig } from "vitest/config";
import path from "node:path";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": path.dirname(fileURLToPath(import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: ["node_modules", "e2e", ".next"],
    environment: "node",
    testTimeout: 30_000,
    // Tests that open SQLite files run in separate processes with their own database files.
    pool: "forks",
  },
});
