// npx tsx scripts/eval/precision-sample.ts [--n 50] [--seed 7] [--out eval/precision-sample.csv]
// Draws a reproducible random sample of extracted events from the dev articles for a hand check
// of precision. Writes a CSV with an empty `judgement` column (correct | wrong | partly) and a
// `note`; the judged file is committed and `npm run eval` reports its precision.
import { readdirSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { DEV_DIR, extractFile } from "./gold-events";
import { csvCell } from "@/lib/export/csv";

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string, dflt: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1]! : dflt;
  };
  const n = Number(opt("--n", "50"));
  const seed = Number(opt("--seed", "7"));
  const out = opt("--out", "eval/precision-sample.csv");
  // Before any work: an existing sample holds human judgements.
  if (existsSync(out) && !args.includes("--force")) {
    console.error(`${out} exists (it holds judgements); pass --force to overwrite`);
    process.exit(1);
  }
  const files = ["kremlin", "president_ua"].flatMap((d) => readdirSync(path.join(DEV_DIR, d)).filter((f) => f.endsWith(".txt")).map((f) => `${d}/${f}`));
  const rand = mulberry32(seed);
  // Sample events uniformly: draw articles in random order and events within them.
  const pool: Array<{ file: string; line: string[] }> = [];
  const order = [...files].sort(() => rand() - 0.5);
  for (const file of order) {
    const x = extractFile(path.join(DEV_DIR, file));
    for (const e of x.events) {
      if (rand() > 0.35) continue;
      const names = e.actors.map((a) => `${x.actors.find((r) => r.slug === a.slug)?.name ?? a.slug} (${a.part})`).join("; ");
      pool.push({
        file,
        line: [file, e.type, e.status, e.start, e.precision, e.dateBasis, e.datePhrase ?? "", e.title, names, e.place?.name ?? "", e.evidence.map((v) => v.quote).join(" | ").slice(0, 600), "", ""],
      });
      if (pool.length >= n) break;
    }
    if (pool.length >= n) break;
  }
  const header = ["file", "type", "status", "start", "precision", "date_basis", "date_phrase", "title", "actors", "place", "evidence", "judgement", "note"];
  writeFileSync(out, [header, ...pool.map((p) => p.line)].map((r) => r.map(csvCell).join(",")).join("\n") + "\n");
  console.log(`wrote ${pool.length} events to ${out}`);
}

main();
