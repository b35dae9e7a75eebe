// Datelines at the start of a news body give the place the story was filed from, often the
// publisher and sometimes the date:
//   "WASHINGTON (UrduPoint News / Sputnik - 07th February, 2022) French President ..."
//   "MOSCOW, Feb 7 (Reuters) - Russia said ..."
//   "KYIV, Ukraine (AP) — ..."
import type { Dateline } from "./types";
import { lookupPlace } from "./places";

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

// PLACE[, Region] [, Mon D] (Publisher[ - date]) [-—–]
const DATELINE =
  /^([A-Z][A-Z.'’ -]{1,40}[A-Z.])(?:,\s*([A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?))??(?:,\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}))?\s*\(([^()\n]{2,100})\)\s*(?:[-—–]+\s*)?/;

function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s'’-])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase());
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** "07th February, 2022" / "Feb 7" (year from the publication date) → YYYY-MM-DD. */
function datelineDate(s: string, publicationDate: string): string | null {
  const year = Number(publicationDate.slice(0, 4));
  let m = /(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/.exec(s);
  if (m) {
    const mo = MONTHS[m[2]!.slice(0, 3).toLowerCase()];
    if (mo) return `${m[3]}-${pad(mo)}-${pad(Number(m[1]))}`;
  }
  m = /([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?/.exec(s);
  if (m) {
    const mo = MONTHS[m[1]!.slice(0, 3).toLowerCase()];
    if (mo) return `${m[3] ?? year}-${pad(mo)}-${pad(Number(m[2]))}`;
  }
  return null;
}

export function parseDateline(text: string, bodyStart: number, publicationDate: string): Dateline | null {
  const head = text.slice(bodyStart, bodyStart + 200);
  const m = DATELINE.exec(head);
  if (!m) return null;
  const raw = m[1]!.trim();
  // A dateline place is written in capitals; a sentence that starts with an acronym in brackets
  // ("NATO (the alliance) said") is not one.
  if (raw.replace(/[^A-Z]/g, "").length < 3) return null;
  const placeName = titleCase(raw);
  const known = lookupPlace(placeName);
  const paren = m[4]!.trim();
  const [publisherPart, ...dateParts] = paren.split(/\s+[-–—]\s+/);
  const date = datelineDate(dateParts.join(" ") || (m[3] ?? ""), publicationDate) ?? (m[3] ? datelineDate(m[3], publicationDate) : null);
  const publisher = publisherPart && !/^\d/.test(publisherPart) ? publisherPart.trim() : null;
  return {
    raw,
    place: known?.name ?? placeName,
    country: known?.country ?? null,
    publisher,
    date,
    span: { start: bodyStart, end: bodyStart + m[0].length },
  };
}
