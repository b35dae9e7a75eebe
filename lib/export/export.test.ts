import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csv";
import { icsEscape, icsEvent, icsFold } from "./ics";
import { renderExport } from "./write-export";
import type { EventDto } from "@/lib/data/event-dto";

const event: EventDto = {
  id: "abc123def4",
  slug: "emmanuel-macron-and-joe-biden-speak-by-phone",
  permalink: "http://localhost:3000/events/abc123def4/emmanuel-macron-and-joe-biden-speak-by-phone",
  title: "Emmanuel Macron and Joe Biden speak by phone",
  type: "call",
  cameo: "041",
  status: "occurred",
  start: "2022-02-06",
  end: null,
  precision: "day",
  dateBasis: "relative",
  datePhrase: "on Sunday",
  place: null,
  confidence: 0.9,
  actors: [
    { name: "Emmanuel Macron", slug: "emmanuel-macron", kind: "person", country: "FRA", role: "President of France", part: "source" },
    { name: "Joe Biden", slug: "joe-biden", kind: "person", country: "USA", role: "President of the United States", part: "target" },
  ],
  sources: [
    { articleId: "art1", url: null, title: "Macron, Biden, call", publishedAt: "2022-02-07", quote: "The two discussed the Ukraine crisis by phone on Sunday, the White House said.", start: 10, end: 90, datePhrase: "on Sunday" },
  ],
};

async function collect(gen: AsyncGenerator<string>): Promise<string> {
  let s = "";
  for await (const c of gen) s += c;
  return s;
}
async function* one(): AsyncGenerator<EventDto> {
  yield event;
}

describe("CSV", () => {
  it.each([
    ["=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""],
    ["+1", "'+1"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["plain, with comma", '"plain, with comma"'],
    ["line\nbreak", '"line\nbreak"'],
  ])("neutralises and quotes %j", (input, out) => {
    expect(csvCell(input)).toBe(out);
  });
  it("writes one row per event with the quote verbatim", () => {
    const row = csvRow(event);
    expect(row).toContain("2022-02-06");
    expect(row).toContain("The two discussed the Ukraine crisis by phone on Sunday");
    expect(row.endsWith("\r\n")).toBe(true);
  });
});

describe("ICS", () => {
  it("escapes text per RFC 5545", () => {
    expect(icsEscape("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
  });
  it("folds at 75 octets without splitting a character", () => {
    const folded = icsFold("SUMMARY:" + "é".repeat(60));
    for (const line of folded.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.split("\r\n").map((l, i) => (i ? l.slice(1) : l)).join("")).toBe("SUMMARY:" + "é".repeat(60));
  });
  it("makes an all-day event", () => {
    const ics = icsEvent(event, "localhost");
    expect(ics).toContain("DTSTART;VALUE=DATE:20220206\r\n");
    expect(ics).toContain("DTEND;VALUE=DATE:20220207\r\n");
    expect(ics).toContain("UID:abc123def4@localhost");
  });
  it("spans a month for month precision", () => {
    const ics = icsEvent({ ...event, start: "2021-12", precision: "month" }, "h");
    expect(ics).toContain("DTSTART;VALUE=DATE:20211201");
    expect(ics).toContain("DTEND;VALUE=DATE:20220101");
  });
});

describe("renderExport", () => {
  it("JSON is an array of the event shape", async () => {
    const parsed = JSON.parse(await collect(renderExport("json", one(), "h")));
    expect(parsed).toHaveLength(1);
    expect(Object.keys(parsed[0])).toEqual(expect.arrayContaining(["id", "permalink", "title", "type", "cameo", "status", "start", "end", "precision", "place", "actors", "sources"]));
  });
  it("an empty JSON export is []", async () => {
    async function* none(): AsyncGenerator<EventDto> {}
    expect(JSON.parse(await collect(renderExport("json", none(), "h")))).toEqual([]);
  });
  it("ICS wraps events in a calendar", async () => {
    const ics = await collect(renderExport("ics", one(), "h"));
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });
});
