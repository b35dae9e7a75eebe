// Build lib/pipeline/actors/data/wikidata-persons.json from the CC0 Wikidata extracts in
// ../shared/dictionaries/everypolitician (world leaders as of 2022 with years, foreign ministers as
// of early 2023 with start dates, holders of international offices with dates).
//
//   npx tsx scripts/actors/build-wikidata-persons.ts [path/to/everypolitician]
//
// Re-runnable and deterministic; the output is committed. The hand-curated persons-*.ts files take
// precedence over these records when the app assembles its dictionary (see actor-records.ts), so
// this file only fills in people nobody has curated. Only roles that overlap 2017–2022 are kept.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { STATES, stateNameInTitle } from "../../lib/pipeline/actors/data/states";
import type { Office, PersonFact, RoleFact } from "../../lib/pipeline/actors/data/person-dsl";
import { asciiName, foldDiacritics } from "../../lib/pipeline/actors/normalise";
import { readCsvRows } from "../../lib/export/read-csv";

const SOURCE_DIR = path.resolve(process.argv[2] ?? path.join(__dirname, "../../../shared/dictionaries/everypolitician"));
const OUT = path.join(__dirname, "../../lib/pipeline/actors/data/wikidata-persons.json");
const PERIOD_FROM = 2017;
const PERIOD_TO = 2022;

export interface WikidataPerson extends PersonFact {
  wikidata: string;
}

/** One CSV line's fields (no embedded newlines in these files), or null for a malformed line. */
function parseCsvLine(line: string): string[] | null {
  try {
    return readCsvRows(line)[0] ?? [""];
  } catch {
    return null;
  }
}

function readCsv(file: string): { rows: Array<Record<string, string>>; skipped: number } {
  const lines = readFileSync(path.join(SOURCE_DIR, file), "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = parseCsvLine(lines[0]!)!;
  const rows: Array<Record<string, string>> = [];
  let skipped = 0;
  for (const line of lines.slice(1)) {
    const cells = parseCsvLine(line);
    if (!cells || cells.length !== header.length) {
      skipped++;
      continue;
    }
    rows.push(Object.fromEntries(header.map((h, i) => [h, cells[i]!.trim()])));
  }
  return { rows, skipped };
}

const STATE_BY_NAME = new Map<string, (typeof STATES)[number]>();
for (const s of STATES) {
  for (const n of [s.name, ...s.names]) STATE_BY_NAME.set(foldDiacritics(n).toLowerCase(), s);
}
const ORG_BY_LABEL: Record<string, string> = { "european union": "EU" };

/** Wikidata country label → alpha-3 (or organisation code), or null for entities we do not cover. */
function countryCode(label: string): string | null {
  const key = foldDiacritics(label).toLowerCase().replace(/^the /, "");
  return STATE_BY_NAME.get(key)?.code ?? ORG_BY_LABEL[key] ?? null;
}

function titleCase(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function leaderOffice(position: string): Office | null {
  const p = position.toLowerCase();
  if (p === "military leader") return null;
  if (/executive yuan|prime minister|premier|chancellor|taoiseach|chairman of the council of ministers|chief minister|minister of state of monaco/.test(p)) return "head-of-government";
  if (/pontifical commission|supreme leader|governor-general|federal council|captain regent|presidential council/.test(p)) return "other";
  if (/^president\b/.test(p)) return "president";
  if (p === "pope") return "pope";
  if (/monarch|king|queen|emir|sultan|emperor|druk gyalpo|ngwenyama|yang di-pertuan agong|prince|o le ao o le malo/.test(p)) return "monarch";
  return "other";
}

const HOLDER_POSITIONS: Array<[RegExp, string, Office]> = [
  [/^Secretary-General of the United Nations$/, "UN", "secretary-general"],
  [/^Deputy Secretary-General of the United Nations$/, "UN", "deputy-secretary-general"],
  [/^Under-Secretary-General of the United Nations$/, "UN", "other"],
  [/^President of the United Nations General Assembly$/, "UN", "other"],
  [/International Court of Justice$/, "ICJ", "other"],
  [/^OSCE High Commissioner on National Minorities$/, "OSCE", "other"],
  [/^Director-General of the World Trade Organization$/, "WTO", "director-general"],
  [/^president of the Parliamentary Assembly of the Council of Europe$/i, "COE", "other"],
];

function yearOf(value: string | null): number | null {
  return value ? Number(value.slice(0, 4)) : null;
}

/** Keep a role only if it overlaps the period the app covers. */
function inPeriod(from: string | null, to: string | null): boolean {
  const f = yearOf(from);
  const t = yearOf(to);
  return (f === null || f <= PERIOD_TO) && (t === null || t >= PERIOD_FROM);
}

/** Wikidata dates here are YYYY, YYYY-MM or YYYY-MM-DD; anything else is dropped. */
function cleanDate(value: string): string | null {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) ? value : null;
}

function main(): void {
  const people = new Map<string, WikidataPerson>();
  const add = (qid: string, label: string, country: string, r: RoleFact) => {
    if (!/^Q\d+$/.test(qid) || !label || /^Q\d+$/.test(label)) return;
    if (!inPeriod(r.from, r.to)) return;
    let person = people.get(qid);
    if (!person) {
      const name = asciiName(label);
      person = { name, country, roles: [], wikidata: qid, ...(name !== label ? { aliases: [label] } : {}) };
      people.set(qid, person);
    }
    if (!person.roles.some((x) => x.title === r.title && x.from === r.from)) person.roles.push(r);
  };

  const leaders = readCsv("world-leaders-2022.wikidata.csv");
  for (const row of leaders.rows) {
    const code = countryCode(row.country ?? "");
    const office = leaderOffice(row.positionLabel ?? "");
    if (!code || !office) continue;
    const r: RoleFact = { office, where: code, from: row.start_year || null, to: row.end_year || null, title: titleCase(row.positionLabel!) };
    add(row.officeholder!, row.officeholderLabel!, code, r);
  }

  const ministers = readCsv("foreign-ministers.wikidata.csv");
  for (const row of ministers.rows) {
    const code = countryCode(row.countryLabel ?? "");
    const start = cleanDate(row.start ?? "");
    if (!code || !start) continue;
    const state = STATES.find((s) => s.code === code);
    let title = titleCase(row.positionLabel!);
    if (state && ![state.name, ...state.names, ...state.adjectives].some((n) => foldDiacritics(title).includes(foldDiacritics(n)))) title = `${title} of ${stateNameInTitle(state)}`;
    add(row.person!, row.name!, code, { office: code === "EU" ? "high-representative" : "foreign-minister", where: code, from: start, to: null, title, ...(code === "EU" ? { body: "eu" } : {}) });
  }

  const holders = readCsv("holders21.csv");
  for (const row of holders.rows) {
    const match = HOLDER_POSITIONS.find(([re]) => re.test(row.position ?? ""));
    if (!match) continue;
    const [, where, office] = match;
    add(row.personID!, row.person!, where, { office, where, from: cleanDate(row.start ?? ""), to: cleanDate(row.end ?? ""), title: titleCase(row.position!) });
  }

  const persons = [...people.values()].sort((a, b) => a.name.localeCompare(b.name) || a.wikidata.localeCompare(b.wikidata));
  const out = {
    source: "Wikidata via every-politician-scrapers/world-leaders-2021 @ be7039cf5952 (CC0); see SOURCES.md",
    generatedBy: "scripts/actors/build-wikidata-persons.ts",
    period: `${PERIOD_FROM}..${PERIOD_TO}`,
    persons,
  };
  // One person per line keeps diffs of re-runs readable.
  const body = persons.map((x) => "  " + JSON.stringify(x)).join(",\n");
  const head = JSON.stringify({ ...out, persons: [] }, null, 1).replace(/"persons": \[\]\n\}$/, "");
  writeFileSync(OUT, `${head}"persons": [\n${body}\n ]\n}\n`);
  const skipped = leaders.skipped + ministers.skipped + holders.skipped;
  console.log(`wrote ${persons.length} persons to ${path.relative(process.cwd(), OUT)} (${skipped} malformed CSV lines skipped)`);
}

if (require.main === module) main();
