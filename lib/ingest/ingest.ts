// Ingest: read each source, parse it, skip it when unchanged, extract its events (in a worker
// thread, with a time limit: see extract-pool.ts) and store the article with its events — one
// transaction per article for the ingest route, batches of articles (each in its own savepoint)
// for the CLI. A refused input never stops the batch; only a database failure does.
import { ArticleError, decodeArticleBytes, readArticle } from "@/lib/pipeline/read-article";
import { articleId, contentHash } from "@/lib/pipeline/ids";
import type { ParsedArticle } from "@/lib/pipeline/types";
import { storeExtraction, storeExtractions, storedArticleState, type BatchResult, type StorableExtraction } from "@/lib/data/store-extraction";
import { SourceError, type SourceItem } from "./read-sources";
import { ExtractionFailed, ExtractionTimeout, Extractor, ExtractorPool, defaultWorkerCount, type ExtractorOptions, type UserAliases } from "./extract-pool";

/** Anything that extracts articles: one worker (Extractor) or several (ExtractorPool). */
type Extracting = Pick<Extractor, "extract">;

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

export { Extractor, ExtractorPool, defaultWorkerCount, type ExtractorOptions };

export function parseSource(item: SourceItem): ParsedArticle {
  if (item.kind === "error") throw item.error;
  if (item.kind === "record") return readArticle(item.text, item.warnings);
  const { text, warnings } = decodeArticleBytes(item.bytes);
  return readArticle(text, warnings);
}

/** An input that passed reading and is to be extracted and stored. */
interface Accepted {
  name: string;
  article: ParsedArticle;
}

/** Read, parse and check an input: a refusal or "unchanged" outcome, or an article to extract. */
function admit(item: SourceItem): IngestOutcome | Accepted {
  let article: ParsedArticle;
  try {
    article = parseSource(item);
  } catch (err) {
    return refused(item.name, err);
  }
  const id = articleId(article);
  const state = storedArticleState(id, contentHash(article));
  if (state === "same") return { name: item.name, status: "unchanged", articleId: id, events: 0, warnings: article.warnings };
  return { name: item.name, article };
}

/** Extract an admitted article: what to store, or the refusal. */
async function extractAdmitted(a: Accepted, extractor: Extracting, aliases: UserAliases): Promise<IngestOutcome | { name: string; extraction: StorableExtraction; warnings: string[] }> {
  try {
    return { name: a.name, extraction: await extractor.extract(a.article, aliases), warnings: a.article.warnings };
  } catch (err) {
    if (err instanceof ExtractionTimeout) return { ...refused(a.name, err), reason: "extraction-timeout", warnings: a.article.warnings };
    if (err instanceof ExtractionFailed) return { ...refused(a.name, err), reason: "extraction-failed", warnings: a.article.warnings };
    throw err;
  }
}

function storedOutcome(name: string, r: BatchResult, warnings: string[]): IngestOutcome {
  if (r.status === "failed") return { name, status: "refused", articleId: r.articleId, reason: "store-failed", message: r.message, warnings };
  return { name, status: r.status, articleId: r.articleId, events: r.events, warnings };
}

/**
 * Ingest one input in its own transaction (the ingest route). `aliases` are the users' actor
 * aliases (`userAliases()`); a batch loads them once, a single request each time.
 */
export async function ingestItem(item: SourceItem, extractor: Extractor, aliases: UserAliases): Promise<IngestOutcome> {
  const admitted = admit(item);
  if ("status" in admitted) return admitted;
  const extracted = await extractAdmitted(admitted, extractor, aliases);
  if ("status" in extracted) return extracted;
  const stored = await storeExtraction(extracted.extraction);
  return storedOutcome(item.name, stored, extracted.warnings);
}

export interface IngestSourcesOptions {
  /** Most articles extracted ahead of storing (bounds memory). */
  inFlight?: number;
  /** Most articles per transaction. */
  batchSize?: number;
  /** A batch is committed once its first article has waited this long (ms), full or not. */
  batchMs?: number;
}

const NOT_YET = Symbol("not yet");

/**
 * Ingest a stream of inputs (the CLI): extraction runs in the worker thread while this thread
 * reads the next files and stores finished articles, so the two cores work at once; stored
 * articles are committed in batches (one transaction each, an article's failure rolled back
 * alone). Articles are stored in input order, which keeps cross-article merging — and so event
 * ids — the same as one-by-one ingestion. `onOutcome` is called once per input: refusals and
 * unchanged inputs as soon as they are known, stored ones when their batch commits.
 * A database failure rejects (after the outcomes already committed were reported).
 */
export async function ingestSources(
  items: AsyncIterable<SourceItem>,
  extractor: Extracting,
  aliases: UserAliases,
  onOutcome: (o: IngestOutcome) => void,
  opts: IngestSourcesOptions = {},
): Promise<void> {
  const maxInFlight = opts.inFlight ?? 16;
  const batchSize = opts.batchSize ?? 64;
  const batchMs = opts.batchMs ?? 150;
  type Ready = Awaited<ReturnType<typeof extractAdmitted>>;
  const inFlight: Array<Promise<Ready>> = [];
  let batch: Array<{ name: string; extraction: StorableExtraction; warnings: string[] }> = [];
  let batchStarted = 0;

  const flush = async () => {
    if (!batch.length) return;
    const done = batch;
    batch = [];
    const results = await storeExtractions(done.map((b) => b.extraction));
    results.forEach((r, i) => onOutcome(storedOutcome(done[i]!.name, r, done[i]!.warnings)));
  };

  const takeHead = async () => {
    const head = inFlight.shift()!;
    let ready: Ready | typeof NOT_YET = NOT_YET;
    if (batch.length) {
      // Do not keep a batch waiting behind a slow extraction.
      let timer: NodeJS.Timeout | undefined;
      const wait = new Promise<typeof NOT_YET>((res) => (timer = setTimeout(res, Math.max(0, batchStarted + batchMs - Date.now()), NOT_YET)));
      ready = await Promise.race([head, wait]);
      clearTimeout(timer);
      if (ready === NOT_YET) await flush();
    }
    if (ready === NOT_YET) ready = await head;
    if ("status" in ready) return onOutcome(ready);
    if (!batch.length) batchStarted = Date.now();
    batch.push(ready);
    if (batch.length >= batchSize || Date.now() - batchStarted >= batchMs) await flush();
  };

  try {
    for await (const item of items) {
      const admitted = admit(item);
      if ("status" in admitted) {
        // Known at once, but reported in order with the articles before it.
        inFlight.push(Promise.resolve(admitted));
      } else {
        inFlight.push(extractAdmitted(admitted, extractor, aliases));
      }
      while (inFlight.length >= maxInFlight) await takeHead();
    }
    while (inFlight.length) await takeHead();
    await flush();
  } finally {
    // After a failure: the extractions still queued must not become unhandled rejections.
    for (const p of inFlight) p.catch(() => {});
  }
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
