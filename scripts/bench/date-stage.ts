// Speed of the date stage on real articles: reads every file under ../shared/corpus/dev (or the
// folder given), splits sentences once (not timed), then times tagDates over all articles,
// best of several passes. Prints articles/s, ms per article and ms per 1,000 words.
//
// Usage: npx tsx scripts/bench/date-stage.ts [folder] [--passes N]
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { tagDates } from "../../lib/pipeline/dates";
import { readArticle } from "../../lib/pipeline/read-article";
import { splitSentences } from "../../lib/pipeline/split-sentences";
import { listFiles } from "../eval/timeml-corpora";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const args = process.argv.slice(2);
const passesAt = args.indexOf("--passes");
const passes = passesAt >= 0 ? Number(args[passesAt + 1]) : 5;
const folder = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--passes") ?? path.resolve(repo, "../shared/corpus/dev");

const articles = listFiles(folder, [".txt"]).map((f) => {
  const article = readArticle(readFileSync(f, "utf8"));
  return { article, sentences: splitSentences(article), words: article.text.split(/\s+/).filter(Boolean).length };
});
const words = articles.reduce((n, a) => n + a.words, 0);
let expressions = 0;
let best = Infinity;
for (let p = 0; p < passes; p++) {
  expressions = 0;
  const t0 = performance.now();
  for (const a of articles) expressions += tagDates(a.article.text, a.sentences, a.article.date).length;
  best = Math.min(best, performance.now() - t0);
}
const perArticle = best / articles.length;
console.log(`${articles.length} articles, ${words} words (${Math.round(words / articles.length)} per article), ${expressions} expressions`);
console.log(`best of ${passes}: ${best.toFixed(1)} ms total, ${perArticle.toFixed(3)} ms/article, ${((best / words) * 1000).toFixed(3)} ms per 1,000 words, ${Math.round(1000 / perArticle)} articles/s`);
console.log(`per 400-word article: ${((best / words) * 400).toFixed(3)} ms`);
