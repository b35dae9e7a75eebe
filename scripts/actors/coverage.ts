// Gold actor coverage: for every actor of every gold event (../shared/gold), is there a mention of
// that actor in the evidence sentence, and anywhere in the article?
//   npx tsx scripts/actors/coverage.ts [--misses]
// A gold name is matched to a dictionary record by its name or an alias; a name the dictionary
// lacks is expected as an ad-hoc person with the slug of that name.
import { readFileSync } from "node:fs";
import path from "node:path";
import { decodeArticleBytes, readArticle } from "../../lib/pipeline/read-article";
import { splitSentences } from "../../lib/pipeline/split-sentences";
import { findActorMentions } from "../../lib/pipeline/actors/find-actor-mentions";
import { defaultActorDictionary } from "../../lib/pipeline/actors/dictionary";
import { foldDiacritics, slugify } from "../../lib/pipeline/actors/normalise";
import { readCsvRecords } from "../../lib/export/read-csv";

const SHARED = path.join(__dirname, "../../../shared");
const showMisses = process.argv.includes("--misses");

function key(name: string): string {
  return foldDiacritics(name).toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

const dict = defaultActorDictionary();
const byName = new Map<string, string>();
for (const r of dict.records.values()) for (const n of [r.name, ...r.aliases]) if (!byName.has(key(n))) byName.set(key(n), r.slug);

const rows = readCsvRecords(readFileSync(path.join(SHARED, "gold/dev_diplomatic_events.csv"), "utf8"));

const cache = new Map<string, ReturnType<typeof analyse>>();
function analyse(file: string) {
  const { text, warnings } = decodeArticleBytes(readFileSync(path.join(SHARED, "corpus/dev", file)));
  const article = readArticle(text, warnings);
  const sentences = splitSentences(article);
  return { article, sentences, ...findActorMentions(article, sentences, dict) };
}

let total = 0;
let inDictionary = 0;
let inSentence = 0;
let inArticle = 0;
const misses: string[] = [];
for (const row of rows) {
  const file = row.file!;
  let a = cache.get(file);
  if (!a) cache.set(file, (a = analyse(file)));
  const evStart = a.article.text.indexOf(row.evidence!);
  const evEnd = evStart + row.evidence!.length;
  const evSentences = new Set(a.sentences.filter((s) => evStart >= 0 && s.start < evEnd && s.end > evStart).map((s) => s.index));
  for (const name of row.actors!.split(";").map((s) => s.trim()).filter(Boolean)) {
    total++;
    const known = byName.get(key(name));
    if (known) inDictionary++;
    const slug = known ?? slugify(name);
    const ms = a.mentions.filter((m) => m.slug === slug);
    if (ms.length) inArticle++;
    if (ms.some((m) => evSentences.has(m.sentenceIndex))) inSentence++;
    else misses.push(`${ms.length ? "sentence" : "ARTICLE "} ${name.padEnd(28)} ${file}  | ${row.evidence!.slice(0, 110)}`);
  }
}
const pct = (n: number) => `${((100 * n) / total).toFixed(1)}%`;
console.log(`gold actor occurrences: ${total} (${rows.length} events)`);
console.log(`  in the dictionary:            ${inDictionary} (${pct(inDictionary)})`);
console.log(`  resolved in evidence sentence: ${inSentence} (${pct(inSentence)})`);
console.log(`  resolved anywhere in article:  ${inArticle} (${pct(inArticle)})`);
if (showMisses) for (const m of misses) console.log(m);
