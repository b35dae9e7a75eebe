// Stable identifiers derived from content, so re-ingesting the same articles reproduces them.
import { createHash } from "node:crypto";
import type { ParsedArticle } from "./types";
import { typeFamily } from "./merge";
import type { ExtractedEvent } from "./types";

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

const BASE32 = "abcdefghjkmnpqrstuvwxyz23456789"; // no i, l, o, 0, 1: ids get read aloud and typed

function shortId(hex: string, length: number): string {
  let out = "";
  for (let i = 0; out.length < length; i += 2) out += BASE32[parseInt(hex.slice(i, i + 2), 16) % BASE32.length];
  return out;
}

/**
 * Equal means "unchanged": sha-256 of what the article says — date, headline, stored URL and
 * body — not of the whole file. Two files that differ only in header lines the app does not keep
 * (a `url javascript:...` line that was refused, an `author` line) or in encoding and line ends
 * are the same article; hashing the whole file made such a pair replace each other on every run.
 */
export function contentHash(article: Pick<ParsedArticle, "date" | "headline" | "url" | "body">): string {
  return sha256(JSON.stringify([article.date, article.headline, article.url, article.body]));
}

/**
 * Article id: from the URL when there is one (a corrected article keeps its permalink), from the
 * date, headline and body otherwise.
 */
export function articleId(article: Pick<ParsedArticle, "url" | "date" | "headline" | "body">): string {
  const basis = article.url ? `url:${article.url}` : `text:${article.date}\n${article.headline}\n${article.body}`;
  return shortId(sha256(basis), 12);
}

/** The merge key of an event: type family, first day, and its actors. */
export function eventKey(e: Pick<ExtractedEvent, "type" | "start" | "actors">): string {
  return `${typeFamily(e.type)}|${e.start}|${[...new Set(e.actors.map((a) => a.slug))].sort().join(",")}`;
}

export function eventId(key: string): string {
  return shortId(sha256(`event:${key}`), 10);
}

/** ASCII kebab-case for URLs: "Emmanuel Macron and Joe Biden speak by phone" → "emmanuel-macron-and-joe-biden-speak-by-phone". */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug || "event";
  return slug.slice(0, maxLength).replace(/-[^-]*$/, "") || slug.slice(0, maxLength);
}
