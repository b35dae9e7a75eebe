// npm run eval -- [--misses N] [--json]
// Scores the pipeline: gold events of the dev articles (recall, date accuracy, precision against
// the gold), TIMEX3 date values on the TimeML corpora, and articles per second.
// Needs ../shared (gold events, corpora); the figures of record go in eval/RESULTS.md.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { evaluateGold, DEV_DIR, GOLD_FILE, SHARED } from "./eval/gold-events";
import { evaluateTemporal } from "./eval/temporal";
import { readCsvRecords } from "@/lib/export/read-csv";
import { benchExtract } from "../bench/extract";

const pct = (x: number) => x.toFixed(3);

/** Precision of the hand-checked sample in eval/precision-sample.csv (see eval/README.md). */
export function handCheckedPrecision(): { judged: number; correct: number; precision: number } | null {
  const file = path.resolve(__dirname, "../eval/precision-sample.csv");
  if (!existsSync(file)) return null;
  const rows = readCsvRecords(readFileSync(file, "utf8")).filter((r) => r.judgement);
  const correct = rows.filter((r) => r.judgement === "correct").length;
  return { judged: rows.length, correct, precision: rows.length ? correct / rows.length : 0 };
}

function main(): number {
  if (!existsSync(GOLD_FILE)) {
    console.error(`eval needs the shared material at ${SHARED} (gold events and TimeML corpora)`);
    return 1;
  }
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const missesArg = args.indexOf("--misses");
  const showMisses = missesArg >= 0 ? Number(args[missesArg + 1] ?? 20) : 0;

  const gold = evaluateGold();
  const temporal = evaluateTemporal();
  // The same measure as `npm run bench`'s extraction figure (a warm-up pass, then the median of three).
  const bench = benchExtract(DEV_DIR);
  const speed = { articles: bench.articles, perSecond: bench.articlesPerS, runs: bench.runs };
  const handChecked = handCheckedPrecision();

  if (json) {
    const { misses: _m, unmatched: _u, extractions: _e, ...g } = gold;
    console.log(JSON.stringify({ gold: g, handChecked, temporal: temporal.map(({ errors: _x, ...t }) => t), speed }));
    return 0;
  }
  console.log("GOLD EVENTS (dev press releases, ../shared/gold)");
  console.log(`  gold rows                    ${gold.rows}`);
  console.log(`  recall (family+people+date)  ${pct(gold.recall)}  (${gold.found}/${gold.rows})`);
  console.log(`  recall ignoring the date     ${pct(gold.recallAnyDate)}  (${gold.foundAnyDate}/${gold.rows})`);
  console.log(`  date exact among those       ${pct(gold.dateAccuracy)}  (${gold.dateExact}/${gold.foundAnyDate})`);
  console.log(`  precision vs gold (contacts) ${pct(gold.precisionVsGold)}  of ${gold.extractedInAnnotated} call/meeting/visit/summit/statement events in annotated articles (a lower bound: the gold covers only each article's main news)`);
  if (handChecked) console.log(`  precision, hand-checked      ${pct(handChecked.precision)}  (${handChecked.correct}/${handChecked.judged} in eval/precision-sample.csv)`);
  for (const [label, table] of [["by source", gold.bySource], ["by type", gold.byType], ["by date basis", gold.byBasis]] as const) {
    console.log(`  ${label}: ${Object.entries(table).map(([k, v]) => `${k} ${v.found}/${v.rows} (${pct(v.found / v.rows)})`).join(", ")}`);
  }
  console.log();
  console.log("TIMEX3 DATE VALUES (strict: a gold DATE is right when an overlapping expression has its value)");
  console.log("  corpus     docs   gold  accuracy  overlap-acc  missed  precision  ms/1k words");
  for (const t of temporal) {
    console.log(
      `  ${t.name.padEnd(9)} ${String(t.documents).padStart(5)} ${String(t.goldDates).padStart(6)}  ${pct(t.headlineAccuracy).padStart(8)}  ${pct(t.overlapAccuracy).padStart(11)}  ${String(t.missed).padStart(6)}  ${pct(t.precision).padStart(9)}  ${t.msPer1000Words.toFixed(2).padStart(11)}`,
    );
  }
  const all = temporal.reduce((a, t) => ({ gold: a.gold + t.goldDates, correct: a.correct + t.correct }), { gold: 0, correct: 0 });
  console.log(`  all        ${String(all.gold).padStart(12)}  ${pct(all.correct / all.gold).padStart(8)}`);
  console.log();
  console.log(`SPEED  ${speed.perSecond.toFixed(0)} articles/s (median of ${speed.runs.length} passes over ${speed.articles} dev articles, pipeline only, one core)`);
  if (showMisses) {
    console.log();
    console.log(`FIRST ${showMisses} MISSES`);
    for (const m of gold.misses.slice(0, showMisses)) {
      console.log(`- ${m.row.file} ${m.row.type} ${m.row.event_date} [${m.row.actors}] — ${m.reason}`);
      console.log(`    gold: ${m.row.evidence.slice(0, 160)}`);
      for (const c of m.candidates.slice(0, 6)) console.log(`    ours: ${c}`);
    }
  }
  return 0;
}

process.exitCode = main();
