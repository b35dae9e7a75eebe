// POST /api/articles  Ingest one article. Requires `Authorization: Bearer $INGEST_TOKEN`; off when
// INGEST_TOKEN is unset. Body: the article file (text/plain) or JSON {date, headline, url?, body}.
import type { NextRequest } from "next/server";
import { MAX_ARTICLE_BYTES } from "@/lib/pipeline/read-article";
import { parseJsonlRecord } from "@/lib/ingest/read-sources";
import { ingestItem, loadDictionary } from "@/lib/ingest/ingest";
import type { SourceItem } from "@/lib/ingest/read-sources";
import { checkIngestToken } from "@/lib/http/ingest-auth";
import { guarded, json, jsonError } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

async function readLimitedBody(request: NextRequest): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_ARTICLE_BYTES) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_ARTICLE_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function POST(request: NextRequest): Promise<Response> {
  return guarded(async () => {
    const auth = checkIngestToken(request.headers.get("authorization"));
    if (auth === "off") return jsonError(404, "the ingest endpoint is off (set INGEST_TOKEN to enable it)");
    if (auth !== "ok") {
      return jsonError(401, auth === "missing" ? "send `Authorization: Bearer <INGEST_TOKEN>`" : "wrong ingest token", null, {
        "WWW-Authenticate": 'Bearer realm="ingest"',
      });
    }
    const body = await readLimitedBody(request);
    if (!body) return jsonError(413, `the article is larger than ${MAX_ARTICLE_BYTES} bytes`);
    const type = (request.headers.get("content-type") ?? "text/plain").split(";")[0]!.trim().toLowerCase();
    let item: SourceItem;
    if (type === "application/json") {
      const text = parseJsonlRecord(Buffer.from(body).toString("utf8"));
      item = typeof text === "string" ? { name: "request", kind: "record", text } : { name: "request", kind: "error", error: text };
    } else if (type === "text/plain" || type === "application/octet-stream") {
      item = { name: "request", kind: "file", bytes: body };
    } else {
      return jsonError(415, "send the article as text/plain (the article file format) or application/json ({date, headline, url?, body})");
    }
    const outcome = await ingestItem(item, await loadDictionary());
    if (outcome.status === "refused") return jsonError(400, `${outcome.reason}: ${outcome.message}`, "body");
    return json(
      { status: outcome.status, articleId: outcome.articleId, events: outcome.events, warnings: outcome.warnings },
      { status: outcome.status === "unchanged" ? 200 : 201 },
    );
  });
}
