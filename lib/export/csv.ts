// CSV export (RFC 4180). A cell that a spreadsheet would run as a formula is prefixed with an
// apostrophe, so a hostile headline or quote cannot execute: one that starts with = + - @ (or
// their full-width forms, which some spreadsheets also accept), possibly after spaces, or with a
// tab, CR or LF. The apostrophe is what spreadsheets themselves use to mark text; it is visible
// in the cell, which is the price of safety (a negative number such as -2 reads '-2).
import type { EventDto } from "@/lib/data/event-dto";

export const CSV_COLUMNS = [
  "id", "permalink", "title", "type", "cameo", "status", "start", "end", "precision",
  "place", "place_country", "actors", "actor_slugs", "countries", "source_urls", "source_articles", "quotes",
] as const;

const FORMULA_START = /^(?:[ \u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r\n])/;

export function csvCell(value: string | number | null | undefined): string {
  let s = value == null ? "" : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return CSV_COLUMNS.join(",") + "\r\n";
}

export function csvRow(e: EventDto): string {
  const cells = [
    e.id,
    e.permalink,
    e.title,
    e.type,
    e.cameo,
    e.status,
    e.start,
    e.end,
    e.precision,
    e.place?.name ?? "",
    e.place?.country ?? "",
    e.actors.map((a) => a.name).join("; "),
    e.actors.map((a) => a.slug).join("; "),
    [...new Set(e.actors.map((a) => a.country).filter(Boolean))].join("; "),
    [...new Set(e.sources.map((s) => s.url).filter(Boolean))].join(" "),
    [...new Set(e.sources.map((s) => s.articleId))].join(" "),
    e.sources.map((s) => s.quote).join(" | "),
  ];
  return cells.map(csvCell).join(",") + "\r\n";
}
