// Who is asking, for rate limiting. `npm start` (scripts/serve.ts) replaces any X-Forwarded-For a
// client sends with the address of the socket, or, when TRUST_PROXY is set, appends it as a
// proxy would; either way the last entry is the address seen by the first hop we trust. Behind
// a plain `next start` a client can send its own X-Forwarded-For, so run the app with npm start.
import { isIP } from "node:net";

export function clientIp(headers: Headers): string {
  const xff = headers.get("x-forwarded-for") ?? "";
  const last = xff.split(",").map((s) => s.trim()).filter(Boolean).pop() ?? "";
  const ip = last.replace(/^::ffff:/, "");
  return isIP(ip) ? ip : "unknown";
}
