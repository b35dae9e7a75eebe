// Speed of the actor stage over the dev corpus (one core):
//   npx tsx scripts/actors/bench.ts [corpus dir] [rounds]
// Reading, decoding and sentence splitting are timed apart from findActorMentions.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { decodeArticleBytes, readArticle } from "../../lib/pipeline/read-article";
import { splitSentences } from "../../lib/pipeline/split-sentences";
import { findActorMentions } from "../../lib/pipeline/actors/find-actor-mentions";
import { defaultActorDictionary } from "../../lib/pipeline/actors/dictionary";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".txt") ? [p] : [];
  });
}

const dir = process.argv[2] ?? path.join(__dirname, "../../../shared/corpus/dev");
const rounds = Number(process.argv[3] ?? 5);
let t0 = performance.now();
defaultActorDictionary();
const buildMs = performance.now() - t0;

t0 = performance.now();
const inputs = files(dir).map((f) => {
  const { text, warnings } = decodeArticleBytes(readFileSync(f));
  const article = readArticle(text, warnings);
  return { article, sentences: splitSentences(article) };
});
const prepMs = performance.now() - t0;
const words = inputs.reduce((n, x) => n + x.article.body.split(/\s+/).length, 0);

let best = Infinity;
let mentions = 0;
for (let r = 0; r < rounds; r++) {
  mentions = 0;
  t0 = performance.now();
  for (const { article, sentences } of inputs) mentions += findActorMentions(article, sentences).mentions.length;
  best = Math.min(best, performance.now() - t0);
}
const perArticle = best / inputs.length;
const per400 = (best / words) * 400;
console.log(`dictionary build: ${buildMs.toFixed(0)} ms (once per process)`);
console.log(`${inputs.length} articles, ${words} words; read+split ${prepMs.toFixed(0)} ms`);
console.log(`findActorMentions: best of ${rounds} rounds ${best.toFixed(0)} ms → ${perArticle.toFixed(3)} ms/article, ${per400.toFixed(3)} ms per 400 words, ${(1000 / perArticle).toFixed(0)} articles/s; ${mentions} mentions`);
