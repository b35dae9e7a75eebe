import { describe, expect, it } from "vitest";
import { DEFAULT_EXTRACT_TIMEOUT_MS, ingestConfig } from "./ingest-config";
import { publicUrlProblem, siteUrl } from "./site-url";
import { defaultWorkerCount } from "@/lib/ingest/extract-pool";

const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv;

describe("ingestConfig", () => {
  it("has defaults for everything", () => {
    expect(ingestConfig(env({}))).toEqual({ token: null, rateLimit: { perMinute: 30, burst: 10 }, timeoutMs: DEFAULT_EXTRACT_TIMEOUT_MS, workers: null });
  });

  it("reads INGEST_WORKERS, and the machine's default applies without it", () => {
    expect(ingestConfig(env({ INGEST_WORKERS: "3" })).workers).toBe(3);
    expect(defaultWorkerCount(3, 2)).toBe(3);
    expect(defaultWorkerCount(null, 2)).toBe(1);
    expect(defaultWorkerCount(null, 16)).toBe(4);
  });

  it.each([
    ["INGEST_WORKERS", "abc"],
    ["INGEST_WORKERS", "0"],
    ["INGEST_WORKERS", "17"],
    ["INGEST_TIMEOUT_MS", "5"],
    ["INGEST_RATE_LIMIT", "-1"],
  ])("refuses %s=%s, naming it", (name, value) => {
    expect(() => ingestConfig(env({ [name]: value }))).toThrow(name);
  });
});

describe("PUBLIC_URL", () => {
  it("is the base of links when it is an http(s) URL", () => {
    expect(publicUrlProblem(env({ PUBLIC_URL: "https://timeline.example.org/" }))).toBeNull();
    expect(siteUrl(env({ PUBLIC_URL: "https://timeline.example.org/" }))).toBe("https://timeline.example.org");
    expect(siteUrl(env({ PORT: "4000" }))).toBe("http://localhost:4000");
  });

  it("is refused with a message otherwise", () => {
    expect(publicUrlProblem(env({ PUBLIC_URL: "example.org" }))).toMatch(/PUBLIC_URL must be an http\(s\) URL/);
    expect(publicUrlProblem(env({ PUBLIC_URL: "javascript:alert(1)" }))).not.toBeNull();
  });
});
