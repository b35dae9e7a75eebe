// Stage 1 of the pipeline: turn the bytes of one article file into a ParsedArticle.
//
// Input format: line 1 `date YYYY-MM-DD <headline>` (leading whitespace allowed), optional header
// lines `key value`, a blank line, then the body. A problem that makes the article unusable throws
// an ArticleError with a named reason; a recoverable oddity becomes a warning.
import type { ParsedArticle, Span } from "./types";
import { parseDateline } from "./dateline";

/** Largest article accepted, in bytes. Checked before a file is read whole (see lib/ingest). */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** Longest headline accepted, in characters: a longer line 1 is a body without line breaks. */
export const MAX_HEADLINE_CHARS = 1000;
/** Longest source URL stored; longer ones are dropped with a warning (browsers and crawlers cap near 2 KB). */
export const MAX_URL_CHARS = 2048;

export type ArticleErrorReason =
  | "empty"
  | "too-large"
  | "binary"
  | "not-utf8"
  | "no-date-line"
  | "invalid-date"
  | "no-headline"
  | "headline-too-long"
  | "no-body"
  | "invalid-json"
  | "missing-field"
  | "invalid-field";

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
 * Decode an article file. UTF-8 (with or without BOM) is the format. Everything else is handled
 * so that no readable article is lost and no garbage is stored:
 * - UTF-16 with a byte-order mark (what Windows editors call "Unicode") is decoded, with a warning;
 *   UTF-16 without one is refused (`not-utf8`): its NUL bytes are otherwise read as binary.
 * - NUL bytes anywhere, or mostly control characters, are binary data: refused (`binary`).
 * - Text that is not valid UTF-8 is decoded as Windows-1252 (the usual culprit: old news-wire
 *   and web exports), with a warning, because the words are still readable. When the bytes are
 *   clearly UTF-8 with a few broken sequences (a truncated copy, one stray Latin-1 byte), they
 *   are decoded as UTF-8 with U+FFFD in place of each broken sequence instead, also with a
 *   warning, so the rest of the text does not turn into mojibake.
 */
export function decodeArticleBytes(bytes: Uint8Array, what = "the file"): { text: string; warnings: string[] } {
  if (bytes.length === 0) throw new ArticleError("empty", `${what} is empty`);
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new ArticleError("too-large", `${what} is ${bytes.length} bytes; the limit is ${MAX_ARTICLE_BYTES} bytes`);
  }
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) {
    try {
      const text = new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(bytes);
      if (/\u0000/.test(text)) throw new ArticleError("binary", `${what} holds binary data (NUL characters), not text`);
      return { text, warnings: [`${what} is ${utf16 === "utf-16le" ? "UTF-16LE" : "UTF-16BE"} (with a byte-order mark); it was converted to UTF-8`] };
    } catch (err) {
      if (err instanceof ArticleError) throw err;
      throw new ArticleError("binary", `${what} starts with a UTF-16 byte-order mark but is not valid UTF-16`);
    }
  }
  let control = 0;
  let nulEven = 0;
  let nulOdd = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      if (i % 2 === 0) nulEven++;
      else nulOdd++;
    } else if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (nulEven + nulOdd > 0) {
    // ASCII text saved as UTF-16 has a NUL in every other byte, all on the same side.
    const half = bytes.length / 2;
    if (bytes.length >= 8 && (nulOdd >= half * 0.9 || nulEven >= half * 0.9)) {
      throw new ArticleError("not-utf8", `${what} looks like UTF-16 without a byte-order mark; save it as UTF-8`);
    }
    throw new ArticleError("binary", `${what} holds binary data (NUL bytes), not text`);
  }
  if (control / bytes.length > 0.05) {
    throw new ArticleError("binary", `${what} holds binary data (control characters), not text`);
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes), warnings: [] };
  } catch {
    // Windows-1252 text almost never forms a valid multi-byte UTF-8 sequence by chance.
    const { valid, invalid } = countUtf8Sequences(bytes);
    if (valid > 0 && valid >= invalid) {
      return {
        text: new TextDecoder("utf-8", { fatal: false, ignoreBOM: false }).decode(bytes),
        warnings: [`${what} is not valid UTF-8 (${invalid} broken byte sequence${invalid === 1 ? "" : "s"}); each was replaced with U+FFFD`],
      };
    }
    return { text: decodeWindows1252(bytes), warnings: [`${what} is not valid UTF-8; it was decoded as Windows-1252`] };
  }
}

// Windows-1252's characters for bytes 0x80–0x9F (where it differs from Latin-1); the five unused
// bytes keep their Latin-1 (C1 control) meaning and are dropped later by normaliseText.
const CP1252_HIGH = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/**
 * Windows-1252 by table: Node's TextDecoder("windows-1252") decodes as Latin-1 (0x93 becomes the
 * control character U+0093 instead of “), which would lose exactly the curly quotes, dashes and
 * euro signs that make a file Windows-1252 in the first place.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

function utf16ByteOrder(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** Well-formed multi-byte UTF-8 sequences versus bytes that cannot start or continue one. */
function countUtf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/**
 * Remove a BOM, normalise line ends to LF, and drop control characters that no article needs
 * (C0 controls other than tab and line feed, DEL, C1 controls): they can corrupt terminals,
 * exports (RFC 5545 forbids them in iCalendar text) and XML. Form feeds and vertical tabs become
 * line breaks. Offsets of everything downstream refer to the result.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\f\v]/g, "\n")
    .replace(CONTROL_CHARS, "");
}

// Everything normaliseText removes (besides the BOM and CR): C0 except \t \n (\f \v \r are turned
// into \n before), DEL, C1.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

function countControlChars(text: string): number {
  // eslint-disable-next-line no-control-regex
  return (text.match(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g) ?? []).length;
}

// Separators within a line: any whitespace but a line break (a no-break space is common in
// copied headlines).
// `[^\n]` rather than `.`, which stops at U+2028/U+2029 (JavaScript line terminators).
const DATE_LINE = /^[^\S\n]*date[^\S\n]+(\S+)(?:[^\S\n]+([^\n]*))?$/;
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9_-]*)[ \t]+([^\n]*\S)[ \t]*$/;

/** Checks YYYY-MM-DD and that the day exists (2022-02-30 does not). */
export function isValidIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1000 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/**
 * A URL we are willing to store and show as a link: absolute http(s) only (never `javascript:`,
 * `data:` etc.), with a host, without user:password@ (which disguises the real host:
 * `https://www.bbc.co.uk@evil.example/`), at most MAX_URL_CHARS long. Returns the normalised form.
 */
export function safeHttpUrl(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed.length > MAX_URL_CHARS) return null;
  try {
    const u = new URL(trimmed);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    if (!u.hostname || u.username || u.password) return null;
    const out = u.toString();
    return out.length <= MAX_URL_CHARS ? out : null;
  } catch {
    return null;
  }
}

/** A value quoted for a message: control characters escaped, long values cut. */
export function quoteForMessage(value: string, max = 80): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(cut).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
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
  const controls = countControlChars(rawText);
  if (controls) warnings.push(`${controls} control character${controls === 1 ? " was" : "s were"} removed`);
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
    throw new ArticleError("invalid-date", `${quoteForMessage(date, 40)} on line 1 is not a YYYY-MM-DD date`);
  }
  if (!isValidIsoDate(date)) throw new ArticleError("invalid-date", `${date} is not a real calendar date`);
  const headline = (m[2] ?? "").trim();
  if (!headline) throw new ArticleError("no-headline", "line 1 has a date but no headline");
  if (headline.length > MAX_HEADLINE_CHARS) {
    throw new ArticleError("headline-too-long", `the headline (line 1) is ${headline.length} characters; the limit is ${MAX_HEADLINE_CHARS}`);
  }
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
    if (!url) warnings.push(`the url ${quoteForMessage(headers.url)} is not a plain http(s) URL and was not stored`);
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
