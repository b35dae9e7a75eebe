// `npm start` on a normal install ingests the sample articles only: the hostile e2e fixtures
// reach a database only when the end-to-end tests ask for them (--ingest e2e/fixtures).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");

describe("npm start", () => {
  it("runs scripts/start.ts with no extra folders to ingest", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe("tsx scripts/start.ts");
  });

  it("start.ts ingests data/samples plus only what --ingest names, and names no fixture folder itself", () => {
    // The code, without its comments (which may mention the tests).
    const source = readFileSync(path.join(ROOT, "scripts/start.ts"), "utf8").replace(/^\s*\/\/.*$/gm, "");
    expect(source).toMatch(/const SAMPLES = path\.join\(ROOT, "data", "samples"\)/);
    expect(source).toMatch(/\[path\.join\(ROOT, "scripts", "ingest\.ts"\), SAMPLES, \.\.\.args\.ingest\]/);
    expect(source).not.toMatch(/e2e|fixtures/);
  });

  it("only the end-to-end configuration passes --ingest e2e/fixtures", () => {
    expect(readFileSync(path.join(ROOT, "playwright.config.ts"), "utf8")).toContain("scripts/start.ts --fresh --ingest e2e/fixtures");
  });
});
