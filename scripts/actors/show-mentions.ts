// Print the actor mentions of one article file, with how each was resolved:
//   npx tsx scripts/actors/show-mentions.ts path/to/article.txt
import { readFileSync } from "node:fs";
import { decodeArticleBytes, readArticle } from "../../lib/pipeline/read-article";
import { splitSentences } from "../../lib/pipeline/split-sentences";
import { findActorMentions } from "../../lib/pipeline/actors/find-actor-mentions";

for (const file of process.argv.slice(2)) {
  const { text, warnings } = decodeArticleBytes(readFileSync(file));
  const article = readArticle(text, warnings);
  const sentences = splitSentences(article);
  const { mentions, actors } = findActorMentions(article, sentences);
  console.log(`# ${file} (${article.date})`);
  for (const m of mentions) console.log(`  [${m.sentenceIndex}] ${m.slug.padEnd(28)} ${m.via.padEnd(12)} "${m.text}"  — ${m.why}${m.asPlace ? " [place?]" : ""}`);
  const adHoc = actors.filter((a) => a.adHoc);
  if (adHoc.length) console.log(`  ad-hoc: ${adHoc.map((a) => `${a.slug} (${a.country ?? "?"}: ${a.roles[0]?.title ?? "no role"})`).join("; ")}`);
}
