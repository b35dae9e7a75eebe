// Settings of ingest (the endpoint and the CLI) from the environment, checked with zod: a bad
// value stops the server at start (scripts/serve.ts) or the CLI with a message, instead of
// surprising a request later or being ignored.
import { z } from "zod";

/** Default time limit per article (ms); INGEST_TIMEOUT_MS overrides it. */
export const DEFAULT_EXTRACT_TIMEOUT_MS = 20_000;

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
  // 0: the default for the machine (see defaultWorkerCount).
  INGEST_WORKERS: whole("INGEST_WORKERS", 1, 16, 0),
});

export interface IngestConfig {
  token: string | null;
  rateLimit: { perMinute: number; burst: number };
  timeoutMs: number;
  /** Extraction workers of a batch ingest; null: the default for the machine. */
  workers: number | null;
}

export function ingestConfig(env: NodeJS.ProcessEnv = process.env): IngestConfig {
  const r = schema.safeParse(env);
  if (!r.success) throw new Error(r.error.issues.map((i) => i.message).join("; "));
  const token = r.data.INGEST_TOKEN?.trim();
  return {
    token: token ? token : null,
    rateLimit: { perMinute: r.data.INGEST_RATE_LIMIT, burst: r.data.INGEST_RATE_BURST },
    timeoutMs: r.data.INGEST_TIMEOUT_MS,
    workers: r.data.INGEST_WORKERS || null,
  };
}
