// Where articles come from: files and directories named on the command line. Directories are
// walked recursively in name order; `.txt` files are articles, `.jsonl` files hold one article
// per line ({date, headline, url?, body}).
//
// Nothing is ever read whole before its size is known to be within the limit: article files are
// checked with `stat` and then read with a bounded read (a file that grows in between is still
// cut off), and JSON Lines files are streamed, each line counted as it arrives, so one huge line
// is refused without being held in memory. An unreadable file or folder is one refused input,
// never the end of the batch.
import { createReadStream } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import {
  ArticleError,
  MAX_ARTICLE_BYTES,
  articleTextFromRecord,
  decodeArticleBytes,
  isValidIsoDate,
  quoteForMessage,
} from "@/lib/pipeline/read-article";

/** Why a source could not be read at all (as opposed to an ArticleError about its content). */
export type SourceErrorReason = "not-found" | "unreadable" | "not-a-file";

export class SourceError extends Error {
  constructor(
    readonly reason: SourceErrorReason,
    message: string,
  ) {
    super(message);
    this.name = "SourceError";
  }
}

/** One input: either the bytes of an article file, the text of a JSON Lines record, or why it cannot be read. */
export type SourceItem =
  | { name: string; kind: "file"; bytes: Uint8Array }
  | { name: string; kind: "record"; text: string; warnings?: string[] }
  | { name: string; kind: "error"; error: ArticleError | SourceError };

const ARTICLE_EXTENSIONS = new Set([".txt", ".text"]);
/** JSON Lines files may hold many articles; each line is still limited to MAX_ARTICLE_BYTES. */
export const MAX_JSONL_BYTES = 1024 * 1024 * 1024;

const REQUIRED_FIELDS = ["date", "headline", "body"] as const;

export const jsonlRecordSchema = z.object({
  date: z
    .string({ error: "must be a string (YYYY-MM-DD)" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD")
    .refine(isValidIsoDate, "is not a real calendar date"),
  headline: z.string({ error: "must be a string" }).trim().min(1, "must not be empty"),
  url: z.string({ error: "must be a string or null" }).nullish(),
  body: z.string({ error: "must be a string" }).trim().min(1, "must not be empty"),
});

export async function countSources(paths: string[]): Promise<number | null> {
  let n = 0;
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (!s) n++;
    else if (s.isDirectory()) {
      const { files, errors } = await walk(p);
      if (files.some((f) => f.endsWith(".jsonl"))) return null; // unknown until read
      n += files.length + errors.length;
    } else if (p.endsWith(".jsonl")) return null;
    else n++;
  }
  return n;
}

async function walk(dir: string): Promise<{ files: string[]; errors: Array<{ name: string; error: SourceError }> }> {
  const files: string[] = [];
  const errors: Array<{ name: string; error: SourceError }> = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    errors.push({ name: dir, error: new SourceError("unreadable", `cannot list the folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`) });
    return { files, errors };
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const full = path.join(dir, e.name);
    // Symbolic links are not followed: a link loop or a link out of the folder is skipped.
    if (e.isDirectory()) {
      const sub = await walk(full);
      files.push(...sub.files);
      errors.push(...sub.errors);
    } else if (e.isFile()) {
      const ext = path.extname(e.name).toLowerCase();
      if (ARTICLE_EXTENSIONS.has(ext) || ext === ".jsonl") files.push(full);
    }
  }
  return { files, errors };
}

export async function* readSources(paths: string[]): AsyncGenerator<SourceItem> {
  for (const p of paths) {
    const s = await stat(p).catch((err: NodeJS.ErrnoException) => err);
    if (s instanceof Error) {
      const error =
        s.code === "ENOENT" || s.code === "ENOTDIR"
          ? new SourceError("not-found", "no such file or directory")
          : new SourceError("unreadable", `cannot read it (${s.code ?? s.message})`);
      yield { name: p, kind: "error", error };
      continue;
    }
    if (s.isDirectory()) {
      const { files, errors } = await walk(p);
      for (const e of errors) yield { name: e.name, kind: "error", error: e.error };
      for (const f of files) yield* readFileSource(f);
    } else yield* readFileSource(p);
  }
}

async function* readFileSource(file: string): AsyncGenerator<SourceItem> {
  try {
    const s = await stat(file);
    if (!s.isFile()) {
      yield { name: file, kind: "error", error: new SourceError("not-a-file", "not a regular file (a device, pipe or socket)") };
      return;
    }
    if (file.toLowerCase().endsWith(".jsonl")) {
      if (s.size > MAX_JSONL_BYTES) {
        yield { name: file, kind: "error", error: new ArticleError("too-large", `the file is ${s.size} bytes; the limit for JSON Lines is ${MAX_JSONL_BYTES} bytes`) };
        return;
      }
      yield* readJsonLines(file);
      return;
    }
    if (s.size === 0) {
      yield { name: file, kind: "error", error: new ArticleError("empty", "the file is empty") };
      return;
    }
    if (s.size > MAX_ARTICLE_BYTES) {
      yield { name: file, kind: "error", error: new ArticleError("too-large", `the file is ${s.size} bytes; the limit is ${MAX_ARTICLE_BYTES} bytes`) };
      return;
    }
    const bytes = await readAtMost(file, MAX_ARTICLE_BYTES + 1);
    if (bytes.length > MAX_ARTICLE_BYTES) {
      yield { name: file, kind: "error", error: new ArticleError("too-large", `the file grew past the limit of ${MAX_ARTICLE_BYTES} bytes while it was read`) };
      return;
    }
    yield { name: file, kind: "file", bytes };
  } catch (err) {
    yield { name: file, kind: "error", error: new SourceError("unreadable", `cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`) };
  }
}

/** Read at most `limit` bytes of a file, however large it is (or becomes while it is read). */
export async function readAtMost(file: string, limit: number): Promise<Uint8Array> {
  const fh = await open(file, "r");
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < limit) {
      const chunk = Buffer.allocUnsafe(Math.min(256 * 1024, limit - total));
      const { bytesRead } = await fh.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await fh.close();
  }
}

/**
 * The lines of a file as bytes, streamed. A line longer than `maxBytes` is not kept: its bytes
 * are counted and dropped as they arrive, and it is reported by its length instead.
 */
export async function* streamLines(
  input: AsyncIterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<{ line: number; bytes: Uint8Array } | { line: number; tooLong: number }> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let overflow = false;
  let line = 0;
  for await (const chunk of input) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      const end = nl === -1 ? chunk.length : nl;
      if (end > from) {
        size += end - from;
        if (!overflow && size > maxBytes) {
          overflow = true;
          parts = [];
        }
        // Copy: the stream may reuse its chunk buffers.
        if (!overflow) parts.push(Buffer.from(chunk.subarray(from, end)));
      }
      if (nl === -1) break;
      line++;
      yield overflow ? { line, tooLong: size } : { line, bytes: Buffer.concat(parts, size) };
      parts = [];
      size = 0;
      overflow = false;
      from = nl + 1;
    }
  }
  if (size > 0) {
    line++;
    yield overflow ? { line, tooLong: size } : { line, bytes: Buffer.concat(parts, size) };
  }
}

async function* readJsonLines(file: string): AsyncGenerator<SourceItem> {
  for await (const l of streamLines(createReadStream(file, { highWaterMark: 64 * 1024 }), MAX_ARTICLE_BYTES)) {
    const name = `${file}:${l.line}`;
    if ("tooLong" in l) {
      yield { name, kind: "error", error: new ArticleError("too-large", `line ${l.line} is ${l.tooLong} bytes; the limit is ${MAX_ARTICLE_BYTES} bytes`) };
      continue;
    }
    if (isBlank(l.bytes)) continue;
    let text: string;
    let warnings: string[];
    try {
      ({ text, warnings } = decodeArticleBytes(l.bytes, `line ${l.line}`));
    } catch (err) {
      yield { name, kind: "error", error: err as ArticleError };
      continue;
    }
    const parsed = parseJsonlRecord(text);
    if (parsed instanceof ArticleError) yield { name, kind: "error", error: parsed };
    else yield { name, kind: "record", text: parsed, warnings };
  }
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d && b !== 0x0a) return false;
  return true;
}

/**
 * One JSON record {date, headline, url?, body} → article text in the file format, or why it is
 * refused, naming the field: `missing-field` (absent or null), `invalid-field` (wrong type),
 * `invalid-date`, `no-headline` / `no-body` (empty), `invalid-json` (not JSON, not an object).
 */
export function parseJsonlRecord(line: string): string | ArticleError {
  let value: unknown;
  try {
    value = JSON.parse(line.replace(/^\uFEFF/, ""));
  } catch (e) {
    return new ArticleError("invalid-json", `not valid JSON (${(e as Error).message.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?").slice(0, 160)})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return new ArticleError("invalid-json", "a record must be a JSON object {date, headline, url?, body}");
  }
  const record = value as Record<string, unknown>;
  const missing = REQUIRED_FIELDS.filter((k) => !Object.hasOwn(record, k) || record[k] === null);
  if (missing.length) {
    const names = missing.map((k) => `\`${k}\``);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
    return new ArticleError("missing-field", `${list} ${missing.length === 1 ? "is" : "are"} missing`);
  }
  const r = jsonlRecordSchema.safeParse(record);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const field = String(issue.path[0] ?? "record");
    const reason: ArticleError["reason"] =
      issue.code === "invalid_type"
        ? "invalid-field"
        : field === "date"
          ? "invalid-date"
          : field === "headline"
            ? "no-headline"
            : field === "body"
              ? "no-body"
              : "invalid-field";
    const shown = field === "date" && typeof record.date === "string" ? ` (got ${quoteForMessage(record.date, 40)})` : "";
    return new ArticleError(reason, `\`${field}\` ${issue.message}${shown}`);
  }
  return articleTextFromRecord(r.data);
}
