// The extraction pipeline alone (no database, no worker): read and parse every article of the
// dev corpus, then extract its events, on this thread. Parsing happens before the clock starts;
// the actor dictionary is built once before the first run (as the ingest worker does at start).
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { decodeArticleBytes, readArticle } from "@/lib/pipeline/read-article";
import { extractArticle } from "@/lib/pipeline/extract-article";
import { defaultActorDictionary } from "@/lib/pipeline/actors/dictionary";
import type { ParsedArticle } from "@/lib/pipeline/types";
import { median } from "./lib/stats";

/** Every .txt file under `dir`, in a stable order. */
export function corpusFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (p: string) => {
    if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) visit(path.join(p, name));
    else if (p.endsWith(".txt")) out.push(p);
  };
  visit(dir);
  return out;
}

export function parseCorpus(dir: string): ParsedArticle[] {
  return corpusFiles(dir).flatMap((f) => {
    try {
      const { text, warnings } = decodeArticleBytes(readFileSync(f));
      return [readArticle(text, warnings)];
    } catch {
      return [];
    }
  });
}

export interface ExtractBench {
  articles: number;
  events: number;
  runs: number[];
  articlesPerS: number;
}

export function benchExtract(dir: string, runs = 3): ExtractBench {
  const articles = parseCorpus(dir);
  const dictionary = defaultActorDictionary();
  // One warm-up pass over a slice: the JIT, chrono's caches.
  for (const a of articles.slice(0, 100)) extractArticle(a, { dictionary });
  const rates: number[] = [];
  let events = 0;
  for (let r = 0; r < runs; r++) {
    events = 0;
    const t0 = performance.now();
    for (const a of articles) events += extractArticle(a, { dictionary }).events.length;
    rates.push(articles.length / ((performance.now() - t0) / 1000));
  }
  return { articles: articles.length, events, runs: rates, articlesPerS: median(rates) };
}

if (require.main === module) {
  const dir = process.argv[2] ?? path.resolve(__dirname, "../../shared/corpus/dev");
  console.log(JSON.stringify(benchExtract(dir, Number(process.argv[3] ?? 3))));
}
