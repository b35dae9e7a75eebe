import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ArticleError, decodeArticleBytes, isValidIsoDate, readArticle, safeHttpUrl, articleTextFromRecord } from "./read-article";

const SEED = path.resolve(__dirname, "../../data/samples/seed/000_a17601c295468a63.txt");

function reason(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof ArticleError ? e.reason : `unexpected ${String(e)}`;
  }
}

describe("readArticle", () => {
  it("reads the seed article: leading space, no url line, no final newline, dateline", () => {
    const { text } = decodeArticleBytes(readFileSync(SEED));
    const a = readArticle(text);
    expect(a.date).toBe("2022-02-07");
    expect(a.headline).toMatch(/^French President Emmanuel Macron discussed/);
    expect(a.text.slice(a.headlineSpan.start, a.headlineSpan.end)).toBe(a.headline);
    expect(a.url).toBeNull();
    expect(a.body).toMatch(/^WASHINGTON \(UrduPoint News/);
    expect(a.body).toMatch(/mounting tensions\.$/);
    expect(a.dateline).toMatchObject({ place: "Washington", country: "USA", publisher: "UrduPoint News / Sputnik", date: "2022-02-07" });
    expect(a.warnings).toEqual([]);
  });

  it("reads header lines and keeps offsets into the normalised text", () => {
    const a = readArticle("date 2022-02-08 Volodymyr Zelenskyy met with foreign ministers\nurl https://www.president.gov.ua/en/news/x-1\n\nBody here.\n");
    expect(a.url).toBe("https://www.president.gov.ua/en/news/x-1");
    expect(a.text.slice(a.bodySpan.start, a.bodySpan.end)).toBe("Body here.");
  });

  it("accepts a UTF-8 BOM and CRLF line ends", () => {
    const bytes = Buffer.from("\uFEFFdate 2022-02-08 Headline\r\nurl https://example.org/a\r\n\r\nBody line one.\r\nLine two.\r\n", "utf8");
    const { text, warnings } = decodeArticleBytes(bytes);
    const a = readArticle(text, warnings);
    expect(a.headline).toBe("Headline");
    expect(a.body).toBe("Body line one.\nLine two.");
    expect(a.text.includes("\r")).toBe(false);
    expect(a.warnings).toEqual([]);
  });

  it("decodes text that is not UTF-8 as Windows-1252, with a warning", () => {
    const bytes = Buffer.concat([Buffer.from("date 2022-02-08 Caf"), Buffer.from([0xe9]), Buffer.from(" talks\n\nSauli Niinist"), Buffer.from([0xf6, 0x0a])]);
    const { text, warnings } = decodeArticleBytes(bytes);
    expect(text).toContain("Café talks");
    expect(text).toContain("Niinistö");
    expect(warnings[0]).toMatch(/not valid UTF-8/);
  });

  it.each([
    ["empty", ""],
    ["empty", "  \n\n "],
    ["no-date-line", "Headline only\n\nBody"],
    ["no-date-line", "dated 2022-02-01 Headline\n\nBody"],
    ["invalid-date", "date 2022-02-30 Headline\n\nBody"],
    ["invalid-date", "date 22-02-01 Headline\n\nBody"],
    ["invalid-date", "date 2022-13-01 Headline\n\nBody"],
    ["no-headline", "date 2022-02-01\n\nBody"],
    ["no-body", "date 2022-02-01 Headline\n\n   \n"],
  ])("refuses %s: %j", (expected, text) => {
    expect(reason(() => readArticle(text))).toBe(expected);
  });

  it("refuses binary data and empty files by bytes", () => {
    expect(reason(() => decodeArticleBytes(new Uint8Array()))).toBe("empty");
    expect(reason(() => decodeArticleBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])))).toBe("binary");
    expect(reason(() => decodeArticleBytes(new Uint8Array(3 * 1024 * 1024).fill(65)))).toBe("too-large");
  });

  it("never keeps a url that is not http(s)", () => {
    const a = readArticle("date 2022-02-08 Headline\nurl javascript:alert(1)\n\nBody");
    expect(a.url).toBeNull();
    expect(a.warnings.join()).toMatch(/not a plain http\(s\) URL/);
    expect(safeHttpUrl("data:text/html,<script>")).toBeNull();
    expect(safeHttpUrl(" https://example.org/x ")).toBe("https://example.org/x");
  });

  it("treats a body that follows the headline without a blank line as the body", () => {
    const a = readArticle("date 2022-02-08 Headline\nThe body starts here.");
    expect(a.body).toBe("The body starts here.");
    expect(a.warnings.join()).toMatch(/no blank line/);
  });

  it("renders JSON Lines records in the file format", () => {
    const a = readArticle(articleTextFromRecord({ date: "2022-02-01", headline: " A  headline\n", url: "https://example.org/a", body: "Body.\r\nMore." }));
    expect(a).toMatchObject({ date: "2022-02-01", headline: "A headline", url: "https://example.org/a", body: "Body.\nMore." });
  });

  it("knows real calendar dates", () => {
    expect(isValidIsoDate("2024-02-29")).toBe(true);
    expect(isValidIsoDate("2022-02-29")).toBe(false);
    expect(isValidIsoDate("2022-04-31")).toBe(false);
  });
});
