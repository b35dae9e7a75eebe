// Recall and precision of the pipeline against the hand-checked gold events of the dev articles
// (../shared/gold/dev_diplomatic_events.csv; see its README for what was annotated).
//
// A gold row is found when an extracted event of the same article has the same type family
// (call | meeting/visit/summit | statement/agreement), has every gold PERSON among its actors
// (institution sides such as "NATO" or "G7" are not required), and — for the strict figure —
// the same date. Among rows found ignoring the date, "date exact" is the share with the right day.
import { readFileSync } from "node:fs";
import path from "node:path";
import { decodeArticleBytes, readArticle } from "@/lib/pipeline/read-article";
import { extractArticle } from "@/lib/pipeline/extract-article";
import { typeFamily } from "@/lib/pipeline/merge";
import type { ActorDictionary } from "@/lib/pipeline/actors/dictionary";
import type { Extraction, ExtractedEvent, EventType } from "@/lib/pipeline/types";
import { readCsvRecords } from "@/lib/export/read-csv";

export const SHARED = path.resolve(__dirname, "../../../shared");
export const GOLD_FILE = path.join(SHARED, "gold", "dev_diplomatic_events.csv");
export const DEV_DIR = path.join(SHARED, "corpus", "dev");

export interface GoldRow {
  file: string;
  event_date: string;
  date_basis: string;
  type: string;
  status: string;
  actors: string;
  countries: string;
  place: string;
  evidence: string;
}

/** Accents off, lower case, single spaces: "Sauli Niinistö" → "sauli niinisto". */
export function normName(name: string): string {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

const NOT_PERSON = /\b(?:delegation|advisers|ambassadors|ambassador|summit|council|partnership|union|organization|organisation|forum|format|commission|group|bank|fund|nations|alliance|parliament|assembly)\b/i;

/** Gold actors that are people (institution sides are named by acronyms or group nouns). */
export function goldPeople(row: GoldRow): string[] {
  return row.actors
    .split(";")
    .map((a) => a.trim())
    .filter((a) => a && !/^[A-Z0-9]{2,6}$/.test(a) && !NOT_PERSON.test(a) && /\s/.test(a));
}

const FAMILY_OF_GOLD: Record<string, string> = { call: "call", meeting: "encounter", visit: "encounter", summit: "encounter", statement: "accord" };

function eventNames(e: ExtractedEvent, x: Extraction): Set<string> {
  const names = new Set<string>();
  for (const a of e.actors) {
    const r = x.actors.find((r) => r.slug === a.slug);
    if (r) {
      names.add(normName(r.name));
      for (const al of r.aliases) names.add(normName(al));
    }
  }
  return names;
}

export function matches(row: GoldRow, e: ExtractedEvent, x: Extraction, checkDate: boolean): boolean {
  if (FAMILY_OF_GOLD[row.type] !== typeFamily(e.type as EventType)) return false;
  const names = eventNames(e, x);
  if (!goldPeople(row).every((p) => names.has(normName(p)))) return false;
  return !checkDate || e.start === row.event_date;
}

export interface GoldReport {
  rows: number;
  found: number;
  foundAnyDate: number;
  dateExact: number;
  recall: number;
  recallAnyDate: number;
  dateAccuracy: number;
  /** Extracted diplomatic-contact events in annotated articles that match a gold row. */
  precisionVsGold: number;
  extractedInAnnotated: number;
  bySource: Record<string, { rows: number; found: number }>;
  byType: Record<string, { rows: number; found: number }>;
  byBasis: Record<string, { rows: number; found: number }>;
  misses: Array<{ row: GoldRow; reason: string; candidates: string[] }>;
  unmatched: Array<{ file: string; title: string; start: string }>;
  extractions: Map<string, Extraction>;
}

export function loadGold(): GoldRow[] {
  return readCsvRecords(readFileSync(GOLD_FILE, "utf8")) as unknown as GoldRow[];
}

export function extractFile(file: string, dictionary?: ActorDictionary): Extraction {
  const { text, warnings } = decodeArticleBytes(readFileSync(file));
  return extractArticle(readArticle(text, warnings), { dictionary });
}

export function evaluateGold(opts: { dictionary?: ActorDictionary } = {}): GoldReport {
  const gold = loadGold();
  const files = [...new Set(gold.map((g) => g.file))];
  const extractions = new Map<string, Extraction>();
  for (const f of files) extractions.set(f, extractFile(path.join(DEV_DIR, f), opts.dictionary));

  const tally = () => ({ rows: 0, found: 0 });
  const bySource: GoldReport["bySource"] = {};
  const byType: GoldReport["byType"] = {};
  const byBasis: GoldReport["byBasis"] = {};
  let found = 0;
  let foundAnyDate = 0;
  let dateExact = 0;
  const misses: GoldReport["misses"] = [];
  for (const row of gold) {
    const x = extractions.get(row.file)!;
    const strict = x.events.some((e) => matches(row, e, x, true));
    const loose = x.events.filter((e) => matches(row, e, x, false));
    const source = row.file.split("/")[0]!;
    const basis = row.date_basis.split(":")[0]!;
    for (const [bucket, key] of [[bySource, source], [byType, row.type], [byBasis, basis]] as const) {
      bucket[key] ??= tally();
      bucket[key]!.rows++;
      if (strict) bucket[key]!.found++;
    }
    if (strict) found++;
    if (loose.length) {
      foundAnyDate++;
      if (strict) dateExact++;
    }
    if (!strict) {
      const reason = loose.length ? `date ${loose.map((e) => e.start).join("/")} ≠ ${row.event_date}` : "no event with that family and people";
      misses.push({ row, reason, candidates: x.events.map((e) => `${e.type} ${e.start} ${e.title}`) });
    }
  }
  // Precision against the gold: contact events (call, encounter, accord) of annotated articles.
  let extracted = 0;
  let matched = 0;
  const unmatched: GoldReport["unmatched"] = [];
  for (const [file, x] of extractions) {
    const rows = gold.filter((g) => g.file === file);
    for (const e of x.events) {
      if (!["call", "encounter", "accord"].includes(typeFamily(e.type))) continue;
      extracted++;
      if (rows.some((r) => matches(r, e, x, true) || (FAMILY_OF_GOLD[r.type] === typeFamily(e.type) && r.event_date === e.start && goldPeople(r).some((p) => eventNames(e, x).has(normName(p)))))) matched++;
      else unmatched.push({ file, title: e.title, start: e.start });
    }
  }
  return {
    rows: gold.length,
    found,
    foundAnyDate,
    dateExact,
    recall: found / gold.length,
    recallAnyDate: foundAnyDate / gold.length,
    dateAccuracy: foundAnyDate ? dateExact / foundAnyDate : 0,
    precisionVsGold: extracted ? matched / extracted : 0,
    extractedInAnnotated: extracted,
    bySource,
    byType,
    byBasis,
    misses,
    unmatched,
    extractions,
  };
}
