// Property-based tests of the article reader (fast-check): generated articles round-trip through
// the header parser, and arbitrary text or bytes never make it throw anything but an
// ArticleError, nor return offsets that do not point at the headline and body.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ArticleError, MAX_HEADLINE_CHARS, decodeArticleBytes, readArticle, safeHttpUrl } from "@/lib/pipeline/read-article";
import type { ParsedArticle } from "@/lib/pipeline/types";

const RUNS = { numRuns: 400 };

const isoDate = fc
  .date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

// Text of one line: letters, digits, markup and punctuation, accents, quotes; never a line break
// or a control character (those are normalised away by design, tested separately).
const lineChar = fc.constantFrom(..."abcXYZ019 <>&\"'/=;:,.!?()[]{}-–—“”«»éüßŁźΩжё中文😀\t".split(/(?:)/u));
const line = (min: number, max: number) =>
  fc
    .array(lineChar, { minLength: min, maxLength: max })
    .map((cs) => cs.join("").trim())
    .filter((s) => s.length >= min);

const headerValue = line(1, 40);
const knownHeaders = fc.dictionary(fc.constantFrom("source", "publisher", "author", "lang", "tags", "place"), headerValue, { maxKeys: 3 });
const body = fc.array(line(1, 80), { minLength: 1, maxLength: 6 }).map((ls) => ls.join("\n"));

interface Generated {
  date: string;
  headline: string;
  url: string | null;
  headers: Record<string, string>;
  body: string;
  indent: string;
  lineEnd: "\n" | "\r\n" | "\r";
  bom: boolean;
}

const article: fc.Arbitrary<Generated> = fc.record({
  date: isoDate,
  headline: line(1, 120),
  url: fc.option(fc.webUrl({ withQueryParameters: true, withFragments: true }), { nil: null }),
  headers: knownHeaders,
  body,
  indent: fc.constantFrom("", " ", "\t", "  \u00a0"),
  lineEnd: fc.constantFrom("\n" as const, "\r\n" as const, "\r" as const),
  bom: fc.boolean(),
});

function render(g: Generated): string {
  const lines = [`${g.indent}date ${g.date} ${g.headline}`];
  if (g.url) lines.push(`url ${g.url}`);
  for (const [k, v] of Object.entries(g.headers)) lines.push(`${k} ${v}`);
  const text = `${lines.join("\n")}\n\n${g.body}\n`.replace(/\n/g, g.lineEnd);
  return (g.bom ? "\uFEFF" : "") + text;
}

/** What must hold for every article the reader returns. */
function expectWellFormed(a: ParsedArticle): void {
  expect(a.text.slice(a.headlineSpan.start, a.headlineSpan.end)).toBe(a.headline);
  expect(a.text.slice(a.bodySpan.start, a.bodySpan.end)).toBe(a.body);
  expect(a.headlineSpan.end).toBeLessThanOrEqual(a.bodySpan.start);
  expect(a.headline).toBe(a.headline.trim());
  expect(a.headline.length).toBeGreaterThan(0);
  expect(a.headline.length).toBeLessThanOrEqual(MAX_HEADLINE_CHARS);
  expect(a.body.length).toBeGreaterThan(0);
  expect(a.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  if (a.url !== null) expect(a.url).toMatch(/^https?:\/\//);
  // No BOM at the start (one inside the text is a zero-width no-break space: kept), no CR, no
  // control characters.
  expect(a.text.startsWith("\uFEFF")).toBe(false);
  // eslint-disable-next-line no-control-regex
  expect(a.text).not.toMatch(/[\r\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
}

function expectOnlyArticleErrors(run: () => ParsedArticle | undefined): void {
  try {
    const a = run();
    if (a) expectWellFormed(a);
  } catch (err) {
    if (!(err instanceof ArticleError)) throw err;
    expect(err.message.length).toBeGreaterThan(0);
  }
}

describe("readArticle: generated articles round-trip", () => {
  it("date, headline, url, headers and body come back as written; offsets point at them", () => {
    fc.assert(
      fc.property(article, (g) => {
        const a = readArticle(render(g));
        expect(a.date).toBe(g.date);
        expect(a.headline).toBe(g.headline);
        expect(a.url).toBe(g.url ? safeHttpUrl(g.url) : null);
        expect(a.headers).toEqual({ ...(g.url ? { url: g.url } : {}), ...g.headers });
        expect(a.body).toBe(g.body);
        expect(a.warnings).toEqual([]);
        expectWellFormed(a);
      }),
      RUNS,
    );
  });

  it("the same article encoded as UTF-8 bytes decodes to the same result", () => {
    fc.assert(
      fc.property(article, (g) => {
        const { text, warnings } = decodeArticleBytes(Buffer.from(render(g), "utf8"));
        expect(warnings).toEqual([]);
        expect(readArticle(text)).toEqual(readArticle(render(g)));
      }),
      { numRuns: 150 },
    );
  });
});

describe("readArticle: arbitrary input", () => {
  it("any string: an ArticleError or a well-formed article", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => expectOnlyArticleErrors(() => readArticle(s))),
      RUNS,
    );
  });

  it("a valid date line followed by anything: an ArticleError or a well-formed article", () => {
    const tail = fc.string({ unit: fc.constantFrom("a", " ", "\n", "\r", "\t", "\u00a0", "\u2028", "\u0000", "\u001b", "\uFEFF", "url ", "http://x.y", ":", "é"), maxLength: 60 });
    fc.assert(
      fc.property(fc.constantFrom("", " ", "\uFEFF"), isoDate, tail, (lead, d, rest) => expectOnlyArticleErrors(() => readArticle(`${lead}date ${d}${rest}`))),
      RUNS,
    );
  });

  it("any bytes: decodeArticleBytes + readArticle give an ArticleError or a well-formed article", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) =>
        expectOnlyArticleErrors(() => {
          const { text, warnings } = decodeArticleBytes(bytes);
          return readArticle(text, warnings);
        }),
      ),
      RUNS,
    );
  });

  it("a valid article with arbitrary bytes spliced in: never a crash", () => {
    fc.assert(
      fc.property(article, fc.uint8Array({ minLength: 1, maxLength: 20 }), fc.nat(), (g, junk, at) => {
        const bytes = Buffer.from(render(g), "utf8");
        const i = at % (bytes.length + 1);
        expectOnlyArticleErrors(() => {
          const { text, warnings } = decodeArticleBytes(Buffer.concat([bytes.subarray(0, i), junk, bytes.subarray(i)]));
          return readArticle(text, warnings);
        });
      }),
      RUNS,
    );
  });
});

describe("safeHttpUrl", () => {
  it("keeps every plain http(s) URL and returns only http(s) URLs", () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (u) => {
        expect(safeHttpUrl(u)).toMatch(/^https?:\/\/[^/@]+/);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom("javascript:", "data:", "vbscript:", "file:", " JavaScript:", "java\tscript:", "blob:", "ftp:"), (rest, scheme) => {
        expect(safeHttpUrl(scheme + rest)).toBeNull();
      }),
      RUNS,
    );
  });
});
