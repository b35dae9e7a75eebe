// End-to-end tests in a real Chromium against the built app on a fresh database of the sample
// articles (plus the hostile fixtures). Uses Playwright's own Chromium where it is installed,
// Debian's /usr/bin/chromium otherwise (our machines cannot download browsers).
import { defineConfig, devices } from "@playwright/test";
import { chromium } from "@playwright/test";
import { existsSync } from "node:fs";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const bundled = (() => {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
})();
const executablePath = bundled ? undefined : ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      },
    },
  ],
  webServer: {
    command: "npx tsx scripts/start.ts --fresh --ingest e2e/fixtures",
    url: `http://localhost:${PORT}/api/events?limit=1`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    env: { PORT: String(PORT), DATABASE_URL: "file:./.data/e2e.db", NEXT_TELEMETRY_DISABLED: "1", INGEST_TOKEN: "e2e-token" },
    stdout: "ignore",
    stderr: "pipe",
  },
});
