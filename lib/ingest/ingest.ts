// Ingest: read each source, parse it, skip it when unchanged, extract its events (in a worker
// thread, with a time limit: see extract-pool.ts) and store the article with its events in one
// transaction. A refused input never stops the batch; only a database failure does.
import { ArticleError, decodeArticleBytes, readArticle } from "@/lib/pipeline/read-article";
import { articleId, contentHash } from "@/lib/pipeline/ids";
import type { ParsedArticle } from "@/lib/pipeline/types";
import { storeExtraction, storedArticleState } from "@/lib/data/store-extraction";
import { SourceError, type SourceItem } from "./read-sources";
import { ExtractionFailed, ExtractionTimeout, Extractor, type ExtractorOptions, type UserAliases } from "./extract-pool";

export type IngestStatus = "ingested" | "updated" | "unchanged" | "refused";

export interface IngestOutcome {
  name: string;
  status: IngestStatus;
  articleId?: string;
  events?: number;
  /** For refusals: a stable reason code (empty, too-large, binary, invalid-date, ...) and a message. */
  reason?: string;
  message?: string;
  warnings: string[];
}

export { Extractor, type ExtractorOptions };

export function parseSource(item: SourceItem): ParsedArticle {
  if (item.kind === "error") throw item.error;
  if (item.kind === "record") return readArticle(item.text, item.warnings);
  const { text, warnings } = decodeArticleBytes(item.bytes);
  return readArticle(text, warnings);
}

/**
 * Ingest one input. `aliases` are the users' actor aliases (`userAliases()`); a batch loads them
 * once, a single request each time.
 */
export async function ingestItem(item: SourceItem, extractor: Extractor, aliases: UserAliases): Promise<IngestOutcome> {
  let article: ParsedArticle;
  try {
    article = parseSource(item);
  } catch (err) {
    return refused(item.name, err);
  }
  const id = articleId(article);
  const state = await storedArticleState(id, contentHash(article));
  if (state === "same") return { name: item.name, status: "unchanged", articleId: id, events: 0, warnings: article.warnings };
  let extraction;
  try {
    extraction = await extractor.extract(article, aliases);
  } catch (err) {
    if (err instanceof ExtractionTimeout) return { ...refused(item.name, err), reason: "extraction-timeout", warnings: article.warnings };
    if (err instanceof ExtractionFailed) return { ...refused(item.name, err), reason: "extraction-failed", warnings: article.warnings };
    throw err;
  }
  const stored = await storeExtraction(extraction);
  return {
    name: item.name,
    status: stored.status === "updated" ? "updated" : stored.status === "unchanged" ? "unchanged" : "ingested",
    articleId: stored.articleId,
    events: stored.events,
    warnings: article.warnings,
  };
}

function refused(name: string, err: unknown): IngestOutcome {
  if (err instanceof ArticleError || err instanceof SourceError) return { name, status: "refused", reason: err.reason, message: err.message, warnings: [] };
  const e = err as Error;
  return { name, status: "refused", reason: "unreadable", message: e?.message ?? String(err), warnings: [] };
}

export interface IngestTotals {
  ingested: number;
  updated: number;
  unchanged: number;
  refused: number;
  events: number;
}

export function emptyTotals(): IngestTotals {
  return { ingested: 0, updated: 0, unchanged: 0, refused: 0, events: 0 };
}

export function addOutcome(t: IngestTotals, o: IngestOutcome): void {
  if (o.status === "updated") {
    t.updated++;
    t.ingested++;
  } else t[o.status]++;
  t.events += o.events ?? 0;
}

/** "N ingested, N unchanged, N refused" (+ updates and events when there are any). */
export function summaryLine(t: IngestTotals): string {
  const extra = [t.updated ? `${t.updated} updated` : "", `${t.events} events`].filter(Boolean).join(", ");
  return `${t.ingested} ingested, ${t.unchanged} unchanged, ${t.refused} refused; ${extra}`;
}
