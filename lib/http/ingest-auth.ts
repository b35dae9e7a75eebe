// Bearer-token check for the ingest endpoint, in constant time.
import { createHash, timingSafeEqual } from "node:crypto";

export type AuthResult = "off" | "ok" | "missing" | "wrong";

export function checkIngestToken(header: string | null, token: string | undefined = process.env.INGEST_TOKEN): AuthResult {
  if (!token) return "off";
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!m) return "missing";
  // Compare digests so the comparison time does not depend on the length or content of either value.
  const a = createHash("sha256").update(m[1]!).digest();
  const b = createHash("sha256").update(token).digest();
  return timingSafeEqual(a, b) ? "ok" : "wrong";
}
