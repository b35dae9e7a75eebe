// The production server that `npm start` runs: Next.js behind Node's own HTTP server, so that
// this file, not the client, decides
// - who the client is: X-Forwarded-For/-Host/-Proto/-Port and Forwarded sent by a client are
//   dropped and X-Forwarded-For is set to the socket's address (the ingest rate limit keys on
//   it); with TRUST_PROXY=1 (behind a reverse proxy that sets them) they are kept, and the last
//   X-Forwarded-For entry is the client as the proxy saw it;
// - how long a slow client may hold a connection (header and request time limits);
// and it checks the configuration before serving (a bad INGEST_* value stops it with a message).
//   PORT (3000), HOSTNAME (all interfaces), TRUST_PROXY (off)
import { createServer } from "node:http";
import path from "node:path";
import { ingestConfig } from "@/lib/config/ingest-config";
import { publicUrlProblem } from "@/lib/config/site-url";

const ROOT = path.resolve(__dirname, "..");
const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

/** Headers timeout: a client must send its request headers within this (slow-loris). */
export const HEADERS_TIMEOUT_MS = 15_000;
/** Whole-request timeout: a 2 MiB article at 50 KB/s fits. */
export const REQUEST_TIMEOUT_MS = 60_000;

function decodablePath(url: string): boolean {
  try {
    decodeURIComponent(url.split("?")[0]!);
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  let config;
  try {
    config = ingestConfig();
    const problem = publicUrlProblem();
    if (problem) throw new Error(problem);
  } catch (err) {
    console.error(`configuration: ${(err as Error).message}`);
    process.exit(2);
  }
  if (config.token && config.token.length < 16) console.warn("warning: INGEST_TOKEN is shorter than 16 characters; use a long random token");
  const trustProxy = /^(1|true|yes)$/i.test(process.env.TRUST_PROXY?.trim() ?? "");
  const port = Number(process.env.PORT || 3000);
  const hostname = process.env.HOSTNAME || undefined;

  // React and Next choose their production builds from NODE_ENV when first loaded.
  (process.env as Record<string, string>).NODE_ENV ??= "production";
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: ROOT, port, hostname: hostname ?? "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((req, res) => {
    const peer = req.socket.remoteAddress ?? "";
    if (!trustProxy) {
      for (const h of FORWARDING_HEADERS) delete req.headers[h];
      req.headers["x-forwarded-for"] = peer;
    } else if (!req.headers["x-forwarded-for"]) {
      req.headers["x-forwarded-for"] = peer;
    }
    // Next answers a path with broken percent-encoding (/events/%E0%A4%A) with a 500; it is the
    // client's mistake.
    if (!decodablePath(req.url ?? "/")) {
      const api = (req.url ?? "").startsWith("/api/");
      res.writeHead(400, { "content-type": api ? "application/json" : "text/plain; charset=utf-8", "x-content-type-options": "nosniff" });
      res.end(api ? '{"error":"the path is not valid percent-encoded UTF-8"}' : "Bad request: the path is not valid percent-encoded UTF-8\n");
      return;
    }
    handle(req, res).catch((err: unknown) => {
      console.error(err);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader("content-type", "application/json");
        res.end('{"error":"internal error"}');
      } else res.destroy();
    });
  });
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.keepAliveTimeout = 5_000;
  server.maxHeadersCount = 100;
  server.listen(port, hostname, () => {
    console.log(`serving on http://${hostname ?? "localhost"}:${port}${trustProxy ? " (trusting X-Forwarded-For from a proxy)" : ""}`);
  });

  const stop = (signal: NodeJS.Signals) => {
    console.log(`${signal}: closing`);
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // In-flight requests get a few seconds; an ingest transaction either commits or rolls back.
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
