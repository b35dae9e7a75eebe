// Bearer-token check for the ingest endpoint, in constant time.
import { createHash, timingSafeEqual } from "node:crypto";

export type AuthResult = "off" | "ok" | "missing" | "wrong";

/** `token` is the configured INGEST_TOKEN (see lib/config/ingest-config.ts); null means the endpoint is off. */
export function checkIngestToken(header: string | null, token: string | null): AuthResult {
  if (!token) return "off";
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? "");
  if (!m) return "missing";
  // Compare digests so the comparison time does not depend on the length or content of either value.
  const a = createHash("sha256").update(m[1]!).digest();
  const b = createHash("sha256").update(token).digest();
  return timingSafeEqual(a, b) ? "ok" : "wrong";
}
