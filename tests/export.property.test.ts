// CSV and ICS exports of hostile text: no cell a spreadsheet would run as a formula, and
// iCalendar lines that are escaped, folded at 75 octets and read back to the same text.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { csvCell, csvHeader, csvRow, CSV_COLUMNS } from "@/lib/export/csv";
import { icsEscape, icsEvent, icsFold } from "@/lib/export/ics";
import type { EventDto } from "@/lib/data/event-dto";
import { readCsvRows } from "@/lib/export/read-csv";

/** Would a spreadsheet treat this cell as a formula? (Leading spaces are ignored by some.) */
function looksLikeFormula(cell: string): boolean {
  return /^[ \u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]/.test(cell) || /^[\t\r\n]/.test(cell);
}

function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, "").split("\r\n").filter(Boolean);
}

function icsUnescape(v: string): string {
  return v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

const hostile = fc.oneof(
  fc.constantFrom(
    '=HYPERLINK("http://evil.example","click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    "   =1+1",
    "\u00a0=1",
    "＝1+1",
    "＋1",
    "<script>window.__xss=1</script>",
    '"quoted", with comma',
    "a;b,c\\d",
    "line\r\nbreak\u2028sep",
    "\u0000\u0007\u001b[2J",
  ),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 200 }),
);

function eventWith(text: string): EventDto {
  return {
    id: "abc123def4",
    slug: "e",
    permalink: "http://localhost:3000/events/abc123def4/e",
    title: text,
    type: "call",
    cameo: "041",
    status: "occurred",
    start: "2022-02-06",
    end: null,
    precision: "day",
    dateBasis: "stated",
    datePhrase: text,
    place: { name: text, country: null, countryName: null },
    confidence: 0.9,
    actors: [{ name: text, slug: "x", kind: "person", country: null, role: text, part: "source" }],
    sources: [{ articleId: "a1", url: "https://example.org/a?x=1,2;3", title: text, publishedAt: "2022-02-07", quote: text, start: 0, end: 1, datePhrase: null }],
  };
}

describe("CSV", () => {
  it("no cell of a row with hostile text reads as a formula, and every cell reads back", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const rows = readCsvRows(csvHeader() + csvRow(eventWith(text)));
        expect(rows).toHaveLength(2);
        expect(rows[1]).toHaveLength(CSV_COLUMNS.length);
        for (const cell of rows[1]!) expect(looksLikeFormula(cell)).toBe(false);
        const title = rows[1]![CSV_COLUMNS.indexOf("title")]!;
        expect(title === text || title === `'${text}`).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("csvCell is the identity on ordinary text", () => {
    expect(csvCell("Emmanuel Macron and Joe Biden speak by phone")).toBe("Emmanuel Macron and Joe Biden speak by phone");
    expect(csvCell("＝1+1")).toBe("'＝1+1");
    expect(csvCell("   =1")).toBe("'   =1");
  });
});

describe("ICS", () => {
  it("lines are at most 75 octets, hold no control characters, and unfold and unescape to the text", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const ics = icsEvent(eventWith(text), "localhost", new Date(Date.UTC(2022, 1, 7)));
        for (const physical of ics.split("\r\n")) {
          expect(Buffer.byteLength(physical)).toBeLessThanOrEqual(75);
          // eslint-disable-next-line no-control-regex
          expect(physical).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
        }
        const summary = unfold(ics).find((l) => l.startsWith("SUMMARY:"))!;
        // eslint-disable-next-line no-control-regex
        const expected = text.replace(/\r\n|\r|\n|\u2028|\u2029/g, "\n").replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => (c === "\n" ? c : ""));
        expect(icsUnescape(summary.slice("SUMMARY:".length))).toBe(expected);
        // Nothing the text holds can start a property of its own.
        expect(unfold(ics).filter((l) => /^(BEGIN|END):/.test(l))).toEqual(["BEGIN:VEVENT", "END:VEVENT"]);
      }),
      { numRuns: 1000 },
    );
  });

  it("folding never splits a character or an escape pair", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${icsEscape(text)}`;
        const folded = icsFold(line);
        expect(folded.replace(/\r\n /g, "")).toBe(line);
        for (const physical of folded.split("\r\n")) {
          expect(Buffer.byteLength(physical)).toBeLessThanOrEqual(75);
          expect(physical.endsWith("\\") && !physical.endsWith("\\\\")).toBe(false);
          expect(/[\ud800-\udbff]$/.test(physical)).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
