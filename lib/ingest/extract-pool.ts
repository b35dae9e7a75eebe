// Extraction with a time limit, off the caller's event loop.
//
// Why: an article may be up to 2 MiB, and the pipeline's cost per byte depends on the text (when
// this was written, 2 MiB of crafted date phrases took minutes and 2 MiB of plain news prose
// takes tens of seconds). In the web server that would stall every request; in a CLI batch it
// would stall the batch. So extraction
// runs in one worker thread; an article that takes longer than the limit is refused
// (`extraction-timeout`), the worker is stopped and a fresh one serves the next article. The
// worker never touches the database: storing stays with the caller, so stopping a worker can
// never interrupt a transaction.
import { Worker } from "node:worker_threads";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { Extraction, ParsedArticle } from "@/lib/pipeline/types";
import { DEFAULT_EXTRACT_TIMEOUT_MS } from "@/lib/config/ingest-config";

/** What storing needs from an extraction. */
export type ExtractionResult = Pick<Extraction, "article" | "events" | "actors">;

export { DEFAULT_EXTRACT_TIMEOUT_MS };
/** How long a new worker may take to load the pipeline and build the actor dictionary. */
const WORKER_START_MS = 60_000;

export class ExtractionTimeout extends Error {
  constructor(readonly ms: number) {
    super(`extracting events took longer than ${ms / 1000} s (INGEST_TIMEOUT_MS); the article is refused`);
    this.name = "ExtractionTimeout";
  }
}

export class ExtractionFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExtractionFailed";
  }
}

/** Users' aliases (from the database) added to the actor dictionary. */
export type UserAliases = Array<{ slug: string; alias: string }>;

export interface ExtractorOptions {
  timeoutMs?: number;
  /** Stop an idle worker after this long (ms) to give its memory back; 0 keeps it. */
  idleMs?: number;
}

type Job = { id: number; article: ParsedArticle; aliases: UserAliases; resolve: (r: ExtractionResult) => void; reject: (e: Error) => void };

/** The worker's entry file. Resolved from this module when it runs from source (CLIs, tests), else from the project root (the Next server's bundle). */
function workerEntry(): string {
  const candidates = [
    typeof __dirname === "string" ? path.join(__dirname, "extract-worker.cjs") : "",
    path.join(process.cwd(), "lib", "ingest", "extract-worker.cjs"),
  ];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error("lib/ingest/extract-worker.cjs not found (run from the project folder)");
  return found;
}

/**
 * One worker thread, one article at a time (callers queue). `extract` rejects with
 * ExtractionTimeout or ExtractionFailed; anything else is a bug in this module.
 */
export class Extractor {
  private worker: Worker | null = null;
  private ready = false;
  private queue: Job[] = [];
  private current: Job | null = null;
  private timer: NodeJS.Timeout | null = null;
  private startTimer: NodeJS.Timeout | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private nextId = 1;
  private readonly timeoutMs: number;
  private readonly idleMs: number;

  constructor(options: ExtractorOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_EXTRACT_TIMEOUT_MS;
    this.idleMs = options.idleMs ?? 0;
  }

  extract(article: ParsedArticle, aliases: UserAliases = []): Promise<ExtractionResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, article, aliases, resolve, reject });
      this.pump();
    });
  }

  /** Start the worker now (it loads the pipeline and builds the actor dictionary) rather than at the first article. */
  warm(): void {
    this.ensureWorker();
  }

  /** Stop the worker; queued jobs are rejected. */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    for (const job of this.queue.splice(0)) job.reject(new ExtractionFailed("the extractor was closed"));
    if (this.current) this.finish(this.current, new ExtractionFailed("the extractor was closed"));
    await this.stopWorker();
  }

  private pump(): void {
    if (this.current || !this.queue.length) return;
    if (this.idleTimer) {
      clearTimeout(this.idleTimer);
      this.idleTimer = null;
    }
    const worker = this.ensureWorker();
    if (!this.ready) return; // the worker's `ready` message pumps again
    const job = this.queue.shift()!;
    this.current = job;
    // The limit covers the extraction only: the worker has loaded the pipeline and built the
    // actor dictionary before it said it was ready.
    this.timer = setTimeout(() => {
      // Stop the worker before the next job can be handed to it.
      void this.stopWorker();
      this.finish(job, new ExtractionTimeout(this.timeoutMs));
    }, this.timeoutMs);
    worker.postMessage({ id: job.id, article: job.article, aliases: job.aliases });
  }

  private finish(job: Job, outcome: ExtractionResult | Error): void {
    if (this.current !== job) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.current = null;
    if (outcome instanceof Error) job.reject(outcome);
    else job.resolve(outcome);
    if (!this.queue.length && this.idleMs > 0 && this.worker) {
      this.idleTimer = setTimeout(() => void this.stopWorker(), this.idleMs);
      this.idleTimer.unref();
    }
    this.pump();
  }

  /** The worker died or would not start: the article it was given (or the next) fails, the rest go on. */
  private failHead(message: string): void {
    if (this.current) this.finish(this.current, new ExtractionFailed(message));
    else {
      this.queue.shift()?.reject(new ExtractionFailed(message));
      this.pump();
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // A memory cap too: an article that makes the pipeline allocate without bound kills the
    // worker (reported as a failed extraction), not the process.
    const worker = new Worker(workerEntry(), { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    this.worker = worker;
    this.ready = false;
    // The worker must not keep a CLI alive once the batch is done.
    worker.unref();
    this.startTimer = setTimeout(() => {
      if (this.worker !== worker || this.ready) return;
      void this.stopWorker();
      this.failHead(`the extraction worker did not start within ${WORKER_START_MS / 1000} s`);
    }, WORKER_START_MS);
    worker.on("message", (msg: { ready?: boolean; id?: number; ok?: boolean; result?: ExtractionResult; message?: string }) => {
      if (this.worker !== worker) return;
      if (msg.ready) {
        this.ready = true;
        if (this.startTimer) clearTimeout(this.startTimer);
        this.pump();
        return;
      }
      const job = this.current;
      if (!job || msg.id !== job.id) return;
      this.finish(job, msg.ok ? msg.result! : new ExtractionFailed(msg.message ?? "extraction failed"));
    });
    // A worker stopped on purpose is no longer `this.worker`: its exit is not a failure.
    worker.on("error", (err) => {
      if (this.worker !== worker) return;
      void this.stopWorker();
      this.failHead(`the extraction worker failed: ${err.message}`);
    });
    worker.on("exit", (code) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.failHead(`the extraction worker stopped (exit code ${code})`);
    });
    return worker;
  }

  private async stopWorker(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.ready = false;
    if (this.startTimer) clearTimeout(this.startTimer);
    if (w) await w.terminate().catch(() => {});
  }
}

/**
 * Several extractors (worker threads) sharing the work: each article goes to the one with the
 * fewest articles waiting. A batch ingest on a machine with cores to spare extracts that many
 * articles at once; each keeps its own time limit and restarts on its own.
 */
export class ExtractorPool {
  private readonly lanes: Array<{ extractor: Extractor; pending: number }>;

  constructor(size: number, options: ExtractorOptions = {}) {
    this.lanes = Array.from({ length: Math.max(1, size) }, () => ({ extractor: new Extractor(options), pending: 0 }));
  }

  get size(): number {
    return this.lanes.length;
  }

  extract(article: ParsedArticle, aliases: UserAliases = []): Promise<ExtractionResult> {
    const lane = this.lanes.reduce((best, l) => (l.pending < best.pending ? l : best));
    lane.pending++;
    return lane.extractor.extract(article, aliases).finally(() => lane.pending--);
  }

  /** Start every worker now (see Extractor.warm). */
  warm(): void {
    for (const l of this.lanes) l.extractor.warm();
  }

  async close(): Promise<void> {
    await Promise.all(this.lanes.map((l) => l.extractor.close()));
  }
}

/**
 * How many extraction workers a batch ingest uses: INGEST_WORKERS, else one per core beyond the
 * one the main thread needs for reading and storing (at least one, at most 4). On 2 cores a second
 * worker measured slower than one: the main thread and the worker already fill both.
 */
export function defaultWorkerCount(set: number | null, cores = availableParallelism()): number {
  return set ?? Math.min(4, Math.max(1, cores - 1));
}
