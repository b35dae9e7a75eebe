// Broken and hostile article files (tests/fixtures/articles/), one test per case: each is read
// the way the ingest CLI reads it (readSources → parseSource) and must be refused with its named
// reason, or accepted with the stated fallback and warning.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, truncateSync, writeFileSync, openSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readSources, streamLines, type SourceItem } from "@/lib/ingest/read-sources";
import { parseSource } from "@/lib/ingest/ingest";
import { ArticleError, MAX_ARTICLE_BYTES } from "@/lib/pipeline/read-article";
import type { ParsedArticle } from "@/lib/pipeline/types";

const FIXTURES = path.resolve(__dirname, "fixtures/articles");

async function items(...paths: string[]): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readSources(paths)) out.push(item);
  return out;
}

/** The reason an input is refused, or the parsed article. */
function outcome(item: SourceItem): { reason: string; message: string } | ParsedArticle {
  try {
    return parseSource(item);
  } catch (err) {
    const e = err as ArticleError;
    return { reason: e.reason, message: e.message };
  }
}

async function one(name: string) {
  const all = await items(path.join(FIXTURES, name));
  expect(all).toHaveLength(1);
  return outcome(all[0]!);
}

describe("refused with a named reason", () => {
  it.each([
    ["empty.txt", "empty"],
    ["whitespace-only.txt", "empty"],
    ["no-date-line.txt", "no-date-line"],
    ["impossible-date.txt", "invalid-date"],
    ["date-not-iso.txt", "invalid-date"],
    ["no-headline.txt", "no-headline"],
    ["no-body.txt", "no-body"],
    ["headline-too-long.txt", "headline-too-long"],
    ["binary-png.txt", "binary"],
    ["binary-nul-late.txt", "binary"],
    ["control-characters.txt", "binary"],
    ["utf16-without-bom.txt", "not-utf8"],
  ])("%s → %s", async (file, reason) => {
    const r = await one(file);
    expect(r).toMatchObject({ reason });
    expect((r as { message: string }).message.length).toBeGreaterThan(5);
  });

  it("impossible-date.txt names the date", async () => {
    expect(await one("impossible-date.txt")).toMatchObject({ message: "2022-02-30 is not a real calendar date" });
  });
});

describe("accepted, with the stated fallback", () => {
  it("windows-1252.txt is decoded as Windows-1252 with a warning", async () => {
    const a = (await one("windows-1252.txt")) as ParsedArticle;
    expect(a.body).toContain("BERLIN (Café Wire) – German Chancellor");
    expect(a.body).toContain("Niinistö");
    expect(a.warnings).toEqual(["the file is not valid UTF-8; it was decoded as Windows-1252"]);
  });

  it("utf8-bom-crlf.txt (a BOM and CRLF line ends) is valid: no warning, no CR kept", async () => {
    const a = (await one("utf8-bom-crlf.txt")) as ParsedArticle;
    expect(a.warnings).toEqual([]);
    expect(a.url).toBe("https://example.org/bom-crlf");
    expect(a.text.startsWith("date 2022-02-07 Olaf Scholz")).toBe(true);
    expect(a.text).not.toMatch(/[\r\uFEFF]/);
    expect(a.body).toBe("German Chancellor Olaf Scholz had a telephone conversation with French President Emmanuel Macron on Monday, the chancellery said.\nSecond line — with “quotes”.");
  });

  it("utf16le-with-bom.txt is converted, with a warning", async () => {
    const a = (await one("utf16le-with-bom.txt")) as ParsedArticle;
    expect(a.headline).toBe("Olaf Scholz had a telephone conversation with Emmanuel Macron");
    expect(a.warnings).toEqual(["the file is UTF-16LE (with a byte-order mark); it was converted to UTF-8"]);
  });

  it("broken-utf8.txt keeps its UTF-8 and marks the broken bytes with U+FFFD", async () => {
    const a = (await one("broken-utf8.txt")) as ParsedArticle;
    expect(a.body).toContain("Zürich, Kraków, Łódź, Niinistö.\uFFFD");
    expect(a.warnings[0]).toMatch(/^the file is not valid UTF-8 \(\d+ broken byte sequences?\); each was replaced with U\+FFFD$/);
  });

  it.each(["javascript-url.txt", "credentials-url.txt"])("%s: the url is never stored, with a warning", async (file) => {
    const a = (await one(file)) as ParsedArticle;
    expect(a.url).toBeNull();
    expect(a.warnings.join()).toMatch(/is not a plain http\(s\) URL and was not stored/);
  });

  it("terminal-escapes.txt: control characters are dropped, with a warning", async () => {
    const a = (await one("terminal-escapes.txt")) as ParsedArticle;
    // eslint-disable-next-line no-control-regex
    expect(a.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(a.warnings).toEqual(["3 control characters were removed"]);
  });
});

describe("records.jsonl: each line is its own input, with a reason naming the field", () => {
  const expected: Array<[number, string, RegExp?]> = [
    [1, "ok"],
    [2, "missing-field", /^`headline` and `body` are missing$/],
    [3, "invalid-json", /^not valid JSON/],
    [4, "invalid-json", /must be a JSON object/],
    [5, "invalid-date", /^`date` is not a real calendar date/],
    [6, "invalid-field", /^`url` must be a string or null$/],
    [7, "no-headline", /^`headline` must not be empty$/],
    [8, "no-body", /^`body` must not be empty$/],
    [9, "invalid-field", /^`date` must be a string/],
    [11, "ok-without-url"],
  ];
  it.each(expected)("line %i → %s", async (line, reason, message) => {
    const all = await items(path.join(FIXTURES, "records.jsonl"));
    // Line 10 is blank and is skipped, not refused.
    expect(all.map((i) => Number(i.name.split(":").pop()))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 11]);
    const r = outcome(all.find((i) => i.name.endsWith(`:${line}`))!);
    if (reason.startsWith("ok")) {
      const a = r as ParsedArticle;
      expect(a.headline).toMatch(/^Olaf Scholz/);
      expect(a.url).toBe(reason === "ok" ? "https://example.org/jsonl-ok" : null);
    } else {
      expect(r).toMatchObject({ reason });
      expect((r as { message: string }).message).toMatch(message!);
    }
  });
});

describe("size limits and unreadable sources", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "hostile-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("an absurdly large file is refused from its size, before it is read", async () => {
    const file = path.join(dir, "huge.txt");
    closeSync(openSync(file, "w"));
    truncateSync(file, 8 * 1024 * 1024 * 1024); // 8 GiB, sparse: reading it would take minutes
    const started = Date.now();
    const [item] = await items(file);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(outcome(item!)).toMatchObject({ reason: "too-large", message: `the file is ${8 * 1024 ** 3} bytes; the limit is ${MAX_ARTICLE_BYTES} bytes` });
  });

  it("a file one byte over the limit is refused, one at the limit is read", async () => {
    const over = path.join(dir, "over.txt");
    const at = path.join(dir, "at.txt");
    const head = "date 2022-02-07 Olaf Scholz had a telephone conversation with Emmanuel Macron\n\n";
    writeFileSync(over, head + "a".repeat(MAX_ARTICLE_BYTES + 1 - head.length));
    writeFileSync(at, head + "a".repeat(MAX_ARTICLE_BYTES - head.length));
    const [o, a] = await items(over, at);
    expect(outcome(o!)).toMatchObject({ reason: "too-large" });
    expect((outcome(a!) as ParsedArticle).body.length).toBe(MAX_ARTICLE_BYTES - head.length);
  });

  it("a JSON Lines file with a huge line: that line is refused, the others are read", async () => {
    const file = path.join(dir, "mixed.jsonl");
    const ok = (n: number) => JSON.stringify({ date: "2022-02-07", headline: `Headline ${n}`, body: "Body." });
    writeFileSync(file, [ok(1), JSON.stringify({ date: "2022-02-07", headline: "Huge", body: "x".repeat(3 * 1024 * 1024) }), ok(3)].join("\n"));
    const all = await items(file);
    expect(all.map((i) => i.kind)).toEqual(["record", "error", "record"]);
    expect(outcome(all[1]!)).toMatchObject({ reason: "too-large" });
  });

  it("streamLines never holds more than the limit of one line", async () => {
    async function* chunks() {
      for (let i = 0; i < 100; i++) yield Buffer.alloc(64 * 1024, 0x61); // 6.4 MB without a newline
      yield Buffer.from("\nshort\n");
    }
    const out = [];
    for await (const l of streamLines(chunks(), 1024 * 1024)) out.push(l);
    expect(out).toEqual([{ line: 1, tooLong: 100 * 64 * 1024 }, { line: 2, bytes: Buffer.from("short") }]);
  });

  it("a missing path, a pipe and an unlistable folder are refused by name; the rest of the batch is read", async () => {
    const fifo = path.join(dir, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    const good = path.join(FIXTURES, "utf8-bom-crlf.txt");
    const all = await items(path.join(dir, "missing.txt"), fifo, good);
    expect(all.map((i) => (i.kind === "error" ? i.error.reason : i.kind))).toEqual(["not-found", "not-a-file", "file"]);
  });

  it("a whole folder of hostile inputs is read to the end: one item per file or line", async () => {
    const all = await items(FIXTURES);
    const files = all.filter((i) => !i.name.includes(".jsonl:"));
    expect(files.length).toBe(19);
    expect(all.length).toBe(19 + 10);
  });
});
