// Where articles come from: files and directories named on the command line. Directories are
// walked recursively in name order; `.txt` files are articles, `.jsonl` files hold one article
// per line ({date, headline, url?, body}). Sizes are checked before a file is read whole.
import { createReadStream } from "node:fs";
import { readdir, stat, readFile } from "node:fs/promises";
import path from "node:path";
import readline from "node:readline";
import { z } from "zod";
import { ArticleError, MAX_ARTICLE_BYTES, articleTextFromRecord, isValidIsoDate } from "@/lib/pipeline/read-article";

/** One input: either the bytes of an article file, the text of a JSON Lines record, or why it cannot be read. */
export type SourceItem =
  | { name: string; kind: "file"; bytes: Uint8Array }
  | { name: string; kind: "record"; text: string }
  | { name: string; kind: "error"; error: ArticleError | Error };

const ARTICLE_EXTENSIONS = new Set([".txt", ".text"]);
/** JSON Lines files may hold many articles; each line is still limited to MAX_ARTICLE_BYTES. */
export const MAX_JSONL_BYTES = 1024 * 1024 * 1024;

export const jsonlRecordSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD").refine(isValidIsoDate, "is not a real calendar date"),
  headline: z.string().trim().min(1, "must not be empty").max(1000),
  url: z.string().max(4000).nullish(),
  body: z.string().trim().min(1, "must not be empty"),
});

export async function countSources(paths: string[]): Promise<number | null> {
  let n = 0;
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (!s) n++;
    else if (s.isDirectory()) n += (await walk(p)).filter((f) => !f.endsWith(".jsonl")).length;
    else if (p.endsWith(".jsonl")) return null; // unknown until read
    else n++;
  }
  return n;
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile()) {
      const ext = path.extname(e.name).toLowerCase();
      if (ARTICLE_EXTENSIONS.has(ext) || ext === ".jsonl") out.push(full);
    }
  }
  return out;
}

export async function* readSources(paths: string[]): AsyncGenerator<SourceItem> {
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (!s) {
      yield { name: p, kind: "error", error: new Error("no such file or directory") };
      continue;
    }
    const files = s.isDirectory() ? await walk(p) : [p];
    for (const f of files) yield* readFileSource(f);
  }
}

async function* readFileSource(file: string): AsyncGenerator<SourceItem> {
  const s = await stat(file);
  if (file.toLowerCase().endsWith(".jsonl")) {
    if (s.size > MAX_JSONL_BYTES) {
      yield { name: file, kind: "error", error: new ArticleError("too-large", `the file is ${s.size} bytes; the limit for JSON Lines is ${MAX_JSONL_BYTES}`) };
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
  yield { name: file, kind: "file", bytes: await readFile(file) };
}

async function* readJsonLines(file: string): AsyncGenerator<SourceItem> {
  const lines = readline.createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    const name = `${file}:${n}`;
    if (!line.trim()) continue;
    if (Buffer.byteLength(line) > MAX_ARTICLE_BYTES) {
      yield { name, kind: "error", error: new ArticleError("too-large", `line ${n} is longer than ${MAX_ARTICLE_BYTES} bytes`) };
      continue;
    }
    const parsed = parseJsonlRecord(line);
    if (parsed instanceof ArticleError) yield { name, kind: "error", error: parsed };
    else yield { name, kind: "record", text: parsed };
  }
}

/** One JSON Lines record → article text in the file format, or why it is refused. */
export function parseJsonlRecord(line: string): string | ArticleError {
  let value: unknown;
  try {
    value = JSON.parse(line.replace(/^\uFEFF/, ""));
  } catch (e) {
    return new ArticleError("invalid-json", `not valid JSON (${(e as Error).message})`);
  }
  const r = jsonlRecordSchema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const field = issue.path.join(".") || "record";
    const reason = field === "date" ? "invalid-date" : "invalid-json";
    return new ArticleError(reason, `\`${field}\` ${issue.message}`);
  }
  return articleTextFromRecord(r.data);
}
