// The extraction worker: results equal in-process extraction; an article over the time limit is
// refused and the next one is served by a fresh worker.
import { afterAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ExtractionTimeout, Extractor } from "@/lib/ingest/extract-pool";
import { decodeArticleBytes, readArticle } from "@/lib/pipeline/read-article";
import { extractArticle } from "@/lib/pipeline/extract-article";

const SEED = path.resolve(__dirname, "../data/samples/seed/000_a17601c295468a63.txt");
const seed = readArticle(decodeArticleBytes(readFileSync(SEED)).text);
// Nearly 2 MiB of news prose: many seconds of extraction even at the pipeline's best per-byte
// speed (the 5 KB seed takes tens of milliseconds), far beyond the limit used here.
const slow = readArticle(
  `date 2022-02-07 Olaf Scholz had a telephone conversation with Emmanuel Macron\n\n${"German Chancellor Olaf Scholz had a telephone conversation with French President Emmanuel Macron on Monday. ".repeat(19_000)}`,
);

describe("Extractor", () => {
  const extractor = new Extractor({ timeoutMs: 1500 });
  afterAll(() => extractor.close());

  it("gives what in-process extraction gives", async () => {
    const x = await extractor.extract(seed);
    const local = extractArticle(seed);
    expect(x.events).toEqual(local.events);
    expect(x.actors).toEqual(local.actors);
    expect(x.article).toEqual(seed);
  });

  it("refuses an article over the time limit, then serves the next one", async () => {
    const started = Date.now();
    await expect(extractor.extract(slow)).rejects.toBeInstanceOf(ExtractionTimeout);
    expect(Date.now() - started).toBeLessThan(6000);
    const x = await extractor.extract(seed);
    expect(x.events.length).toBeGreaterThan(0);
  });

  it("serves queued articles in order, each on its own clock", async () => {
    const results = await Promise.allSettled([extractor.extract(seed), extractor.extract(slow), extractor.extract(seed)]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
  });

  it("uses the users' aliases", async () => {
    const article = readArticle("date 2022-02-07 Uncle Joe had a telephone conversation with Emmanuel Macron\n\nUncle Joe had a telephone conversation with French President Emmanuel Macron on Monday.\n");
    const without = await extractor.extract(article);
    const withAlias = await extractor.extract(article, [{ slug: "joe-biden", alias: "Uncle Joe" }]);
    expect(without.actors.map((a) => a.slug)).not.toContain("joe-biden");
    expect(withAlias.actors.map((a) => a.slug)).toContain("joe-biden");
  });
});
