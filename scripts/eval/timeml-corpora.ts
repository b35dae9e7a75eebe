// Readers for the TimeML corpora we evaluate the date stage on. Both return plain text with
// the gold TIMEX3 spans as offsets into it:
// - TempEval-3 .tml (TimeBank, AQUAINT, platinum): inline tags inside <TEXT>, the DCT in <DCT>;
// - MEANTIME NAF-style XML: a token list plus <TIMEX3> markables anchored to token ids; the text
//   is rebuilt from the tokens (one line per sentence) with ordinary English spacing.
// Minimal purpose-built parsing: these files are machine-written and regular, so a few regexes
// over them are exact; nothing here is used by the app.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  /** The document creation time annotated in the text (MEANTIME puts it in the body). */
  isDct: boolean;
}

export interface TemporalDocument {
  id: string;
  text: string;
  /** YYYY-MM-DD. */
  dct: string;
  timexes: GoldTimex[];
  /**
   * End offset of the annotated part. MEANTIME annotates only the title, the date line and the
   * first sentences of each article, so precision is measured up to here.
   */
  annotatedEnd: number;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === "#") return String.fromCodePoint(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([A-Za-z_:][\w:.-]*)="([^"]*)"/g)) out[m[1]!] = decodeEntities(m[2]!);
  return out;
}

/** Files of a folder (recursively) with one of the given extensions, sorted for stable output. */
export function listFiles(dir: string, extensions: string[]): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, extensions));
    else if (extensions.some((e) => name.endsWith(e))) out.push(full);
  }
  return out;
}

// ---------------------------------------------------------------- TempEval-3 .tml

export function parseTml(xml: string, id: string): TemporalDocument {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dct = dctTag ? (attributes(dctTag[1]!).value ?? "").slice(0, 10) : "";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dct)) throw new Error(`${id}: no usable DCT`);
  const open = xml.indexOf("<TEXT>");
  const close = xml.indexOf("</TEXT>");
  if (open < 0 || close < 0) throw new Error(`${id}: no <TEXT> element`);
  const body = xml.slice(open + "<TEXT>".length, close);
  let text = "";
  const timexes: GoldTimex[] = [];
  const stack: Array<{ attrs: Record<string, string>; start: number }> = [];
  const TAG = /<(\/?)([A-Za-z0-9]+)([^>]*?)(\/?)>/g;
  let last = 0;
  for (let m = TAG.exec(body); m; m = TAG.exec(body)) {
    text += decodeEntities(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== "TIMEX3") continue;
    if (m[1] === "/") {
      const openTag = stack.pop();
      if (!openTag) continue;
      timexes.push(goldTimex(openTag.attrs, openTag.start, text.length, text));
    } else if (m[4] !== "/") {
      stack.push({ attrs: attributes(m[3]!), start: text.length });
    }
  }
  text += decodeEntities(body.slice(last));
  return { id, text, dct, timexes, annotatedEnd: text.length };
}

function goldTimex(attrs: Record<string, string>, start: number, end: number, text: string): GoldTimex {
  return {
    start,
    end,
    text: text.slice(start, end),
    type: attrs.type ?? "",
    value: attrs.value ?? "",
    isDct: attrs.functionInDocument === "CREATION_TIME",
  };
}

// ---------------------------------------------------------------- MEANTIME

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}”’]|''|'s|'re|'ve|'ll|'d|'m|n't|'|\.\.\.)$/i;
const NO_SPACE_AFTER = /^(?:[([{$#“‘]|``|US\$)$/;

export function parseMeantime(xml: string, id: string): TemporalDocument {
  const tokens: Array<{ id: string; sentence: number; word: string }> = [];
  for (const m of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)) {
    const a = attributes(m[1]!);
    tokens.push({ id: a.t_id!, sentence: Number(a.sentence), word: decodeEntities(m[2]!) });
  }
  // Rebuild the text: a line per sentence, English spacing, `` '' as curly quotes.
  let text = "";
  const offsets = new Map<string, { start: number; end: number }>();
  let openQuote = true;
  let lastEmitted = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let word = t.word;
    if (word === "``") word = "“";
    else if (word === "''") word = "”";
    else if (word === '"') {
      word = openQuote ? "“" : "”";
      openQuote = !openQuote;
    }
    const prev = tokens[i - 1];
    if (prev) {
      if (prev.sentence !== t.sentence) text += "\n";
      else if (!NO_SPACE_BEFORE.test(word) && !NO_SPACE_AFTER.test(lastEmitted)) text += " ";
    }
    offsets.set(t.id, { start: text.length, end: text.length + word.length });
    text += word;
    lastEmitted = word;
  }
  let dct = "";
  const timexes: GoldTimex[] = [];
  const sentenceOf = new Map(tokens.map((t) => [t.id, t.sentence]));
  let datelineTimex: GoldTimex | null = null;
  for (const m of xml.matchAll(/<TIMEX3\b([^>]*?)(\/>|>([\s\S]*?)<\/TIMEX3>)/g)) {
    const a = attributes(m[1]!);
    const ids = [...(m[3] ?? "").matchAll(/t_id="([^"]+)"/g)].map((x) => x[1]!);
    const anchors = ids.map((x) => offsets.get(x)).filter((x) => x !== undefined);
    const start = anchors.length ? Math.min(...anchors.map((x) => x.start)) : 0;
    const end = anchors.length ? Math.max(...anchors.map((x) => x.end)) : 0;
    // The DCT is the dateline the markable annotates: two files mistype its value ("2008-10-20"
    // on "October 10, 2008"; "03-02-2009", day first, on "February 03, 2009").
    if (a.functionInDocument === "CREATION_TIME" && a.value) dct = writtenDate(text.slice(start, end)) ?? isoDct(a.value);
    if (anchors.length === 0) continue; // an empty markable: a time implied, not written
    const timex = goldTimex(a, start, end, text);
    timexes.push(timex);
    // Wikinews articles give their date as sentence 1; two files forgot to mark it CREATION_TIME.
    if (!datelineTimex && timex.type === "DATE" && ids.every((x) => sentenceOf.get(x) === 1)) datelineTimex = timex;
  }
  if (!dct && datelineTimex && /^\d{4}-\d{2}-\d{2}$/.test(datelineTimex.value)) {
    dct = datelineTimex.value;
    datelineTimex.isDct = true;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dct)) throw new Error(`${id}: no usable DCT`);
  // The annotated part ends with the last sentence that holds any markable (event, entity, time).
  const markables = xml.slice(xml.indexOf("<Markables>"));
  let lastSentence = -1;
  for (const m of markables.matchAll(/<token_anchor t_id="([^"]+)"/g)) lastSentence = Math.max(lastSentence, sentenceOf.get(m[1]!) ?? -1);
  let annotatedEnd = 0;
  for (const t of tokens) if (t.sentence <= lastSentence) annotatedEnd = Math.max(annotatedEnd, offsets.get(t.id)!.end);
  return { id, text, dct, timexes, annotatedEnd };
}

/** A CREATION_TIME value as YYYY-MM-DD (used when the markable's text is not a written date). */
function isoDct(value: string): string {
  return value.slice(0, 10);
}

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** "October 10, 2008" → "2008-10-10": the Wikinews dateline form; null for anything else. */
export function writtenDate(s: string): string | null {
  const m = /^([A-Za-z]+) (\d{1,2}), (\d{4})$/.exec(s.trim());
  const month = m ? MONTH_NAMES.indexOf(m[1]!.toLowerCase()) + 1 : 0;
  if (!m || month === 0) return null;
  return `${m[3]}-${String(month).padStart(2, "0")}-${m[2]!.padStart(2, "0")}`;
}

// ---------------------------------------------------------------- corpora

export type CorpusFormat = "timeml" | "meantime";

export function loadCorpus(dir: string, format: CorpusFormat): TemporalDocument[] {
  const files = listFiles(dir, format === "timeml" ? [".tml"] : [".xml"]);
  return files.map((f) => {
    const xml = readFileSync(f, "utf8");
    const id = path.relative(dir, f);
    return format === "timeml" ? parseTml(xml, id) : parseMeantime(xml, id);
  });
}
