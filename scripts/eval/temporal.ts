// Evaluation of the date stage on TimeML corpora with gold TIMEX3 values (TempEval-3 TimeBank and
// AQUAINT, MEANTIME English; any folder of the same formats can be added with `corpora`).
//
// For each document we run tagDatesInText(text, DCT) and compare with the gold type="DATE"
// timexes (the DCT's own timex excluded):
//   headline  — strict end-to-end accuracy: a gold DATE is correct when one of our expressions
//               overlapping its span has the same value; a gold DATE we missed counts as wrong;
//   overlap   — the same, but only over gold DATEs that some expression of ours overlaps;
//   missed    — gold DATEs no expression of ours overlaps;
//   precision — share of our DATE expressions that overlap a gold TIMEX3 of any type (within the
//               annotated part: MEANTIME annotates only the first sentences of each article);
//   speed     — milliseconds of tagDatesInText per 1,000 words (best of `repeats` runs).
//
// Usage: npx tsx scripts/eval/temporal.ts [--errors N] [--corpus NAME] [--root DIR]
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { tagDatesInText } from "../../lib/pipeline/dates";
import type { DateExpression } from "../../lib/pipeline/types";
import { type CorpusFormat, type GoldTimex, type TemporalDocument, loadCorpus } from "./timeml-corpora";

export interface CorpusSpec {
  name: string;
  format: CorpusFormat;
  dir: string;
}

export interface ErrorRow {
  doc: string;
  dct: string;
  gold: string;
  goldValue: string;
  ours: string | null;
  ourValue: string | null;
  context: string;
}

export interface CorpusResult {
  name: string;
  documents: number;
  words: number;
  goldDates: number;
  /** Gold DATEs that an expression of ours overlaps. */
  overlapped: number;
  missed: number;
  correct: number;
  /** correct / overlapped. */
  overlapAccuracy: number;
  /** correct / goldDates: the headline figure. */
  headlineAccuracy: number;
  ourDates: number;
  ourDatesOverlappingGold: number;
  precision: number;
  msPer1000Words: number;
  errors: ErrorRow[];
}

export interface EvaluateOptions {
  /** Folder holding tempeval3-train/ and meantime_english/ (default: ../shared/temporal from the repo root). */
  root?: string;
  /** Corpora to run instead of the default three. */
  corpora?: CorpusSpec[];
  /** Keep only corpora whose name contains this (case-insensitive). */
  only?: string;
  /** Timing runs per corpus; the fastest counts (the machine is shared and noisy). */
  repeats?: number;
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function defaultCorpora(root = path.resolve(REPO_ROOT, "../shared/temporal")): CorpusSpec[] {
  return [
    { name: "TimeBank", format: "timeml", dir: path.join(root, "tempeval3-train/TimeBank") },
    { name: "AQUAINT", format: "timeml", dir: path.join(root, "tempeval3-train/AQUAINT") },
    { name: "MEANTIME", format: "meantime", dir: path.join(root, "meantime_english/intra-doc_annotation") },
  ];
}

export function evaluateTemporal(opts: EvaluateOptions = {}): CorpusResult[] {
  let corpora = opts.corpora ?? defaultCorpora(opts.root);
  if (opts.only) corpora = corpora.filter((c) => c.name.toLowerCase().includes(opts.only!.toLowerCase()));
  return corpora.map((c) => evaluateCorpus(c.name, loadCorpus(c.dir, c.format), opts.repeats ?? 3));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function evaluateCorpus(name: string, docs: TemporalDocument[], repeats = 3): CorpusResult {
  let words = 0;
  let goldDates = 0;
  let overlapped = 0;
  let correct = 0;
  let ourDates = 0;
  let ourDatesOverlappingGold = 0;
  const errors: ErrorRow[] = [];
  const outputs: DateExpression[][] = [];
  for (const doc of docs) {
    words += doc.text.split(/\s+/).filter(Boolean).length;
    const ours = tagDatesInText(doc.text, doc.dct);
    outputs.push(ours);
    for (const gold of doc.timexes) {
      if (gold.type !== "DATE" || gold.isDct) continue;
      goldDates++;
      const hits = ours.filter((e) => overlaps(e, gold));
      if (hits.length > 0) overlapped++;
      if (hits.some((e) => sameValue(e.value, gold.value))) correct++;
      else errors.push(errorRow(doc, gold, hits[0] ?? null));
    }
    for (const e of ours) {
      if (e.type !== "DATE" || e.start >= doc.annotatedEnd) continue;
      ourDates++;
      if (doc.timexes.some((g) => overlaps(e, g))) ourDatesOverlappingGold++;
      else errors.push(spuriousRow(doc, e));
    }
  }
  // Timing: the fastest of `repeats` full passes.
  let best = Infinity;
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    for (const doc of docs) tagDatesInText(doc.text, doc.dct);
    best = Math.min(best, performance.now() - t0);
  }
  return {
    name,
    documents: docs.length,
    words,
    goldDates,
    overlapped,
    missed: goldDates - overlapped,
    correct,
    overlapAccuracy: overlapped ? correct / overlapped : 0,
    headlineAccuracy: goldDates ? correct / goldDates : 0,
    ourDates,
    ourDatesOverlappingGold,
    precision: ourDates ? ourDatesOverlappingGold / ourDates : 0,
    msPer1000Words: words ? (best / words) * 1000 : 0,
    errors,
  };
}

/**
 * Values compare as written, up to letter case and the zero-padding of week numbers (some gold
 * files write "2000-W7" for ISO "2000-W07"; it is the same week).
 */
export function sameValue(ours: string, gold: string): boolean {
  const norm = (v: string) => v.toUpperCase().replace(/-W(\d)(?!\d)/, "-W0$1");
  return norm(ours) === norm(gold);
}

function context(doc: TemporalDocument, start: number, end: number): string {
  return doc.text.slice(Math.max(0, start - 70), Math.min(doc.text.length, end + 50)).replace(/\s+/g, " ");
}

function errorRow(doc: TemporalDocument, gold: GoldTimex, hit: DateExpression | null): ErrorRow {
  return { doc: doc.id, dct: doc.dct, gold: gold.text, goldValue: gold.value, ours: hit?.text ?? null, ourValue: hit?.value ?? null, context: context(doc, gold.start, gold.end) };
}

function spuriousRow(doc: TemporalDocument, e: DateExpression): ErrorRow {
  return { doc: doc.id, dct: doc.dct, gold: "", goldValue: "(none)", ours: e.text, ourValue: e.value, context: context(doc, e.start, e.end) };
}

// ---------------------------------------------------------------- CLI

function formatTable(results: CorpusResult[]): string {
  const head = ["corpus", "docs", "words", "gold DATE", "headline acc", "overlap acc", "missed", "our DATE", "precision", "ms/1k words"];
  const rows = results.map((r) => [
    r.name,
    String(r.documents),
    String(r.words),
    String(r.goldDates),
    r.headlineAccuracy.toFixed(3),
    r.overlapAccuracy.toFixed(3),
    String(r.missed),
    String(r.ourDates),
    r.precision.toFixed(3),
    r.msPer1000Words.toFixed(3),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

function main(argv: string[]): void {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const showErrors = Number(arg("--errors") ?? 0);
  const results = evaluateTemporal({ root: arg("--root"), only: arg("--corpus") });
  console.log(formatTable(results));
  if (showErrors > 0) {
    for (const r of results) {
      console.log(`\n## ${r.name}: first ${showErrors} of ${r.errors.length} errors (gold → ours)`);
      for (const e of r.errors.slice(0, showErrors)) {
        console.log(`${e.doc} [${e.dct}] "${e.gold}"=${e.goldValue} → ${e.ours === null ? "MISSED" : `"${e.ours}"=${e.ourValue}`} | ${e.context}`);
      }
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main(process.argv.slice(2));
