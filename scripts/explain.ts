// npm run explain -- [--json] <article-file>
// Shows what the pipeline saw in one article: sentences, actor mentions (and how each was
// resolved), every date expression with its TIMEX3 value, and the events with their evidence.
import { readFileSync } from "node:fs";
import { ArticleError, decodeArticleBytes, readArticle } from "@/lib/pipeline/read-article";
import { extractArticle } from "@/lib/pipeline/extract-article";
import type { Extraction } from "@/lib/pipeline/types";

const USAGE = "usage: npm run explain -- [--json] <article-file>";

export function explainJson(x: Extraction) {
  const a = x.article;
  return {
    article: { date: a.date, headline: a.headline, url: a.url, dateline: a.dateline, warnings: a.warnings },
    sentences: x.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, text: s.text, headline: s.isHeadline })),
    actors: x.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, sentence: m.sentenceIndex, slug: m.slug, via: m.via, why: m.why })),
    dates: x.dates.map((d) => ({
      text: d.text,
      start: d.start,
      end: d.end,
      value: d.value,
      precision: d.precision,
      type: d.type,
      first: d.first,
      last: d.last,
      tense: d.tense,
      sentence: d.sentenceIndex,
    })),
    events: x.events.map((e) => ({
      title: e.title,
      type: e.type,
      cameo: e.cameo,
      status: e.status,
      start: e.start,
      end: e.end,
      precision: e.precision,
      dateBasis: e.dateBasis,
      datePhrase: e.datePhrase,
      place: e.place,
      confidence: e.confidence,
      actors: e.actors,
      evidence: e.evidence.map((ev) => ({ sentence: ev.sentenceIndex, start: ev.start, end: ev.end, quote: ev.quote, datePhrase: ev.datePhrase })),
    })),
    actorRecords: x.actors.map((r) => ({ slug: r.slug, name: r.name, kind: r.kind, country: r.country })),
  };
}

function printText(x: Extraction): void {
  const a = x.article;
  const line = (s = "") => console.log(s);
  line(`${a.date}  ${a.headline}`);
  if (a.url) line(`url: ${a.url}`);
  if (a.dateline) line(`dateline: ${a.dateline.raw} → place ${a.dateline.place ?? "?"} (${a.dateline.country ?? "?"}), publisher ${a.dateline.publisher ?? "?"}, date ${a.dateline.date ?? "?"}`);
  for (const w of a.warnings) line(`warning: ${w}`);
  line();
  line(`SENTENCES (${x.sentences.length})`);
  for (const s of x.sentences) line(`  [${s.index}]${s.isHeadline ? " (headline)" : ""} ${s.text}`);
  line();
  line(`ACTOR MENTIONS (${x.mentions.length})`);
  for (const m of x.mentions) line(`  [${m.sentenceIndex}] "${m.text}" → ${m.slug}  (${m.via}: ${m.why})`);
  line();
  line(`DATE EXPRESSIONS (${x.dates.length})`);
  for (const d of x.dates) {
    const span = d.first ? ` ${d.first}${d.last && d.last !== d.first ? `..${d.last}` : ""}` : "";
    line(`  [${d.sentenceIndex}] "${d.text}" → ${d.type} ${d.value}${span}${d.precision ? ` (${d.precision})` : ""}${d.tense ? ` tense=${d.tense}` : ""}`);
  }
  line();
  line(`EVENTS (${x.events.length})`);
  for (const e of x.events) {
    line(`  ${e.start}${e.end ? `..${e.end}` : ""} [${e.precision}, ${e.dateBasis}${e.datePhrase ? `: "${e.datePhrase}"` : ""}] ${e.type} (CAMEO ${e.cameo}) ${e.status}, confidence ${e.confidence}`);
    line(`    ${e.title}`);
    line(`    actors: ${e.actors.map((x) => `${x.slug} (${x.part}${x.title ? `, ${x.title}` : ""})`).join("; ")}`);
    if (e.place) line(`    place: ${e.place.name}${e.place.country ? ` (${e.place.country})` : ""}`);
    for (const ev of e.evidence) line(`    evidence [${ev.sentenceIndex}] ${ev.quote}`);
  }
}

function main(): number {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const json = args.includes("--json");
  const files = args.filter((a) => !a.startsWith("--"));
  const unknown = args.find((a) => a.startsWith("--") && a !== "--json");
  if (unknown || files.length !== 1) {
    console.error(unknown ? `unknown option ${unknown}\n${USAGE}` : USAGE);
    return 2;
  }
  let x: Extraction;
  try {
    const { text, warnings } = decodeArticleBytes(readFileSync(files[0]!));
    x = extractArticle(readArticle(text, warnings));
  } catch (err) {
    if (err instanceof ArticleError) {
      console.error(`refused ${files[0]}: ${err.reason}: ${err.message}`);
      return 1;
    }
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      console.error(`no such file: ${files[0]}`);
      return 1;
    }
    if (code) {
      console.error(`cannot read ${files[0]} (${code}): ${(err as Error).message}`);
      return 1;
    }
    throw err;
  }
  if (json) console.log(JSON.stringify(explainJson(x), null, 2));
  else printText(x);
  return 0;
}

process.exitCode = main();
