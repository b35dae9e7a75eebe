// Settings of the ingest endpoint from the environment, checked with zod: a bad value stops the
// server at start (scripts/serve.ts) with a message, instead of surprising a request later.
import { z } from "zod";
import { DEFAULT_EXTRACT_TIMEOUT_MS } from "@/lib/ingest/extract-pool";

const whole = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `${name} must be a whole number from ${min} to ${max}, got "${v}"` });
        return z.NEVER;
      }
      return n;
    });

const schema = z.object({
  INGEST_TOKEN: z.string().optional(),
  INGEST_RATE_LIMIT: whole("INGEST_RATE_LIMIT", 0, 100_000, 30),
  INGEST_RATE_BURST: whole("INGEST_RATE_BURST", 1, 100_000, 10),
  INGEST_TIMEOUT_MS: whole("INGEST_TIMEOUT_MS", 100, 3_600_000, DEFAULT_EXTRACT_TIMEOUT_MS),
});

export interface IngestConfig {
  token: string | null;
  rateLimit: { perMinute: number; burst: number };
  timeoutMs: number;
}

export function ingestConfig(env: NodeJS.ProcessEnv = process.env): IngestConfig {
  const r = schema.safeParse(env);
  if (!r.success) throw new Error(r.error.issues.map((i) => i.message).join("; "));
  const token = r.data.INGEST_TOKEN?.trim();
  return {
    token: token ? token : null,
    rateLimit: { perMinute: r.data.INGEST_RATE_LIMIT, burst: r.data.INGEST_RATE_BURST },
    timeoutMs: r.data.INGEST_TIMEOUT_MS,
  };
}
