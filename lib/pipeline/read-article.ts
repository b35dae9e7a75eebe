// Stage 1 of the pipeline: turn the bytes of one article file into a ParsedArticle.
//
// Input format: line 1 `date YYYY-MM-DD <headline>` (leading whitespace allowed), optional header
// lines `key value`, a blank line, then the body. A problem that makes the article unusable throws
// an ArticleError with a named reason; a recoverable oddity becomes a warning.
import type { ParsedArticle, Span } from "./types";
import { parseDateline } from "./dateline";

/** Largest article accepted, in bytes. Checked before a file is read whole (see lib/ingest). */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export type ArticleErrorReason =
  | "empty"
  | "too-large"
  | "binary"
  | "not-utf8"
  | "no-date-line"
  | "invalid-date"
  | "no-headline"
  | "no-body"
  | "invalid-json";

export class ArticleError extends Error {
  constructor(
    readonly reason: ArticleErrorReason,
    message: string,
  ) {
    super(message);
    this.name = "ArticleError";
  }
}

/** Header keys we recognise when an article has no blank line after its headers. */
const KNOWN_HEADER_KEYS = new Set(["url", "source", "publisher", "author", "lang", "language", "id", "tags", "place"]);

/**
 * Decode an article file. UTF-8 (with or without BOM) is the format; text that is not valid
 * UTF-8 is decoded as Windows-1252 (the usual culprit: old news-wire and web exports) with a
 * warning rather than refused, because the words are still readable and nothing is lost.
 * Binary data (NUL bytes, mostly control characters) is refused.
 */
export function decodeArticleBytes(bytes: Uint8Array): { text: string; warnings: string[] } {
  if (bytes.length === 0) throw new ArticleError("empty", "the file is empty");
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new ArticleError("too-large", `the file is ${bytes.length} bytes; the limit is ${MAX_ARTICLE_BYTES} bytes`);
  }
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  let control = 0;
  for (const b of sample) {
    if (b === 0) throw new ArticleError("binary", "the file holds binary data (NUL bytes), not text");
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (control / sample.length > 0.05) {
    throw new ArticleError("binary", "the file holds binary data (control characters), not text");
  }
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
    warnings.push("the file is not valid UTF-8; it was decoded as Windows-1252");
  }
  return { text, warnings };
}

/** Remove a BOM and normalise line ends to LF. Offsets of everything downstream refer to this. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

const DATE_LINE = /^[ \t]*date[ \t]+(\S+)(?:[ \t]+(.*))?$/;
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9_-]*)[ \t]+(.*\S)[ \t]*$/;

/** Checks YYYY-MM-DD and that the day exists (2022-02-30 does not). */
export function isValidIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1000 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** A URL we are willing to store as a link: absolute http(s) only (never `javascript:` etc.). */
export function safeHttpUrl(value: string): string | null {
  try {
    const u = new URL(value.trim());
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    return u.toString();
  } catch {
    return null;
  }
}

export interface ArticleInput {
  date: string;
  headline: string;
  url?: string | null;
  body: string;
}

/** Parse the text of an article file (already decoded). */
export function readArticle(rawText: string, initialWarnings: string[] = []): ParsedArticle {
  const text = normaliseText(rawText);
  const warnings = [...initialWarnings];
  if (text.trim() === "") throw new ArticleError("empty", "the file holds no text");

  const firstBreak = text.indexOf("\n");
  const line1End = firstBreak === -1 ? text.length : firstBreak;
  const line1 = text.slice(0, line1End);
  const m = DATE_LINE.exec(line1);
  if (!m) {
    throw new ArticleError("no-date-line", 'line 1 must be "date YYYY-MM-DD <headline>"');
  }
  const date = m[1]!;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new ArticleError("invalid-date", `"${date}" on line 1 is not a YYYY-MM-DD date`);
  }
  if (!isValidIsoDate(date)) throw new ArticleError("invalid-date", `${date} is not a real calendar date`);
  const headline = (m[2] ?? "").trim();
  if (!headline) throw new ArticleError("no-headline", "line 1 has a date but no headline");
  const headlineStart = line1.indexOf(headline, line1.indexOf(date) + date.length);
  const headlineSpan: Span = { start: headlineStart, end: headlineStart + headline.length };

  // Header lines until the first blank line.
  const headers: Record<string, string> = {};
  let pos = firstBreak === -1 ? text.length : firstBreak + 1;
  let sawBlank = false;
  while (pos < text.length) {
    const nl = text.indexOf("\n", pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(pos, lineEnd);
    if (line.trim() === "") {
      sawBlank = true;
      pos = nl === -1 ? text.length : nl + 1;
      break;
    }
    const h = HEADER_LINE.exec(line);
    const key = h?.[1]?.toLowerCase();
    if (!h || !key || !KNOWN_HEADER_KEYS.has(key)) break; // no blank line: the body starts here
    headers[key] = h[2]!;
    pos = nl === -1 ? text.length : nl + 1;
  }
  if (!sawBlank && pos < text.length) warnings.push("no blank line between the headers and the body");

  // Skip further blank lines; trim the body's trailing whitespace.
  while (pos < text.length && /\s/.test(text[pos]!)) pos++;
  let bodyEnd = text.length;
  while (bodyEnd > pos && /\s/.test(text[bodyEnd - 1]!)) bodyEnd--;
  const body = text.slice(pos, bodyEnd);
  if (!body) throw new ArticleError("no-body", "the article has a headline but no body");

  let url: string | null = null;
  if (headers.url !== undefined) {
    url = safeHttpUrl(headers.url);
    if (!url) warnings.push(`the url "${headers.url.slice(0, 80)}" is not an http(s) URL and was not stored`);
  }

  const bodySpan: Span = { start: pos, end: bodyEnd };
  return {
    text,
    date,
    headline,
    headlineSpan,
    url,
    headers,
    body,
    bodySpan,
    dateline: parseDateline(text, bodySpan.start, date),
    warnings,
  };
}

/** Render a JSON Lines record as the article file format, so both inputs share one reader. */
export function articleTextFromRecord(input: ArticleInput): string {
  const headline = input.headline.replace(/\s+/g, " ").trim();
  const lines = [`date ${input.date} ${headline}`];
  if (input.url) lines.push(`url ${input.url.replace(/\s+/g, "")}`);
  return `${lines.join("\n")}\n\n${input.body.replace(/\r\n?/g, "\n").trim()}\n`;
}
