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

/** sha-256 of the normalised text: equal means "unchanged". */
export function contentHash(article: Pick<ParsedArticle, "text">): string {
  return sha256(article.text);
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
