// POST /api/articles  Ingest one article. Off (404) unless INGEST_TOKEN is set; then it needs
// `Authorization: Bearer $INGEST_TOKEN`. Body: the article file (text/plain) or JSON
// {date, headline, url?, body}, at most MAX_ARTICLE_BYTES.
//
// Order of checks, cheapest first and so that nothing is read for a request that will be
// refused: off → rate limit (429, counts failed logins too, so the token cannot be guessed
// quickly) → token (401) → content type (415) → size (413, from Content-Length and again while
// streaming) → the article itself (400 with the reason, 422 when extraction fails or takes too
// long) → 201 stored / 200 unchanged.
import type { NextRequest } from "next/server";
import { ArticleError, MAX_ARTICLE_BYTES, decodeArticleBytes } from "@/lib/pipeline/read-article";
import { parseJsonlRecord, type SourceItem } from "@/lib/ingest/read-sources";
import { Extractor, ingestItem } from "@/lib/ingest/ingest";
import { userAliases } from "@/lib/data/actors";
import { checkIngestToken } from "@/lib/http/ingest-auth";
import { clientIp } from "@/lib/http/client-ip";
import { RateLimiter } from "@/lib/http/rate-limit";
import { ingestConfig } from "@/lib/config/ingest-config";
import { guarded, json, jsonError } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

// One limiter and one extraction worker per server process (kept on globalThis so that a
// development reload does not start another worker).
const shared = globalThis as unknown as { __ingestRoute?: { limiter: RateLimiter; extractor: Extractor } };
function state() {
  if (!shared.__ingestRoute) {
    const config = ingestConfig();
    shared.__ingestRoute = {
      limiter: new RateLimiter(config.rateLimit),
      // The worker is stopped after a minute without work: the server gives its memory back.
      extractor: new Extractor({ timeoutMs: config.timeoutMs, idleMs: 60_000 }),
    };
  }
  return shared.__ingestRoute;
}

class BodyTooLarge extends Error {}
class BodyUnreadable extends Error {}

async function readLimitedBody(request: NextRequest): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > MAX_ARTICLE_BYTES) throw new BodyTooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_ARTICLE_BYTES) {
        await reader.cancel().catch(() => {});
        throw new BodyTooLarge();
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof BodyTooLarge) throw err;
    throw new BodyUnreadable((err as Error)?.message ?? "the request body could not be read");
  }
  return Buffer.concat(chunks, size);
}

const TYPES = new Set(["text/plain", "application/octet-stream", "application/json"]);

export async function POST(request: NextRequest): Promise<Response> {
  return guarded(async () => {
    const { limiter, extractor } = state();
    const token = ingestConfig().token;
    if (!token) return jsonError(404, "the ingest endpoint is off (set INGEST_TOKEN to enable it)");

    const rate = limiter.take(clientIp(request.headers));
    if (!rate.ok) {
      return jsonError(429, `too many requests; try again in ${rate.retryAfterSeconds} s`, null, { "Retry-After": String(rate.retryAfterSeconds) });
    }

    const auth = checkIngestToken(request.headers.get("authorization"), token);
    if (auth !== "ok") {
      return jsonError(401, auth === "missing" ? "send `Authorization: Bearer <INGEST_TOKEN>`" : "wrong ingest token", null, {
        "WWW-Authenticate": 'Bearer realm="ingest"',
      });
    }

    const type = (request.headers.get("content-type") ?? "text/plain").split(";")[0]!.trim().toLowerCase();
    if (!TYPES.has(type)) {
      return jsonError(415, "send the article as text/plain (the article file format) or application/json ({date, headline, url?, body})", "content-type");
    }

    let body: Uint8Array;
    try {
      body = await readLimitedBody(request);
    } catch (err) {
      if (err instanceof BodyTooLarge) return jsonError(413, `the article is larger than ${MAX_ARTICLE_BYTES} bytes`, "body");
      return jsonError(400, "the request body could not be read", "body");
    }

    let item: SourceItem;
    if (type === "application/json") {
      // Decoded like an article file (UTF-8; a BOM is fine; binary refused) before JSON parsing.
      try {
        const { text, warnings } = decodeArticleBytes(body, "the request body");
        const parsed = parseJsonlRecord(text);
        item = typeof parsed === "string" ? { name: "request", kind: "record", text: parsed, warnings } : { name: "request", kind: "error", error: parsed };
      } catch (err) {
        if (!(err instanceof ArticleError)) throw err;
        item = { name: "request", kind: "error", error: err };
      }
    } else {
      item = { name: "request", kind: "file", bytes: body };
    }

    const outcome = await ingestItem(item, extractor, await userAliases());
    if (outcome.status === "refused") {
      const status = outcome.reason === "extraction-timeout" || outcome.reason === "extraction-failed" ? 422 : 400;
      return json({ error: `${outcome.reason}: ${outcome.message}`, param: "body", reason: outcome.reason }, { status });
    }
    return json(
      { status: outcome.status, articleId: outcome.articleId, events: outcome.events, warnings: outcome.warnings },
      { status: outcome.status === "unchanged" ? 200 : 201 },
    );
  });
}
