// Stage 2: split an article into sentences with exact offsets.
//
// Rules, in order: the headline is sentence 0; paragraph breaks (newlines) always end a sentence;
// inside a paragraph a sentence ends at . ! ? (optionally followed by closing quotes/brackets)
// when the next non-space character starts a new sentence (capital letter, digit or opening
// quote) — except after an abbreviation ("U.S.", "Feb.", "Mr.", "St.") or an initial ("J. Biden").
// Kremlin transcripts glue sections with "***", which also ends a sentence.
import type { ParsedArticle, Sentence } from "./types";

/** Abbreviations after which a period does not end a sentence (lower-cased, without the dot). */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
  "sen", "rep", "gov", "pres", "amb", "hon", "rev", "fr", "messrs", "mt", "ft",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "no", "nos", "vol", "fig", "art", "para", "approx", "vs", "etc", "al", "ca", "cf", "inc", "ltd", "co", "corp",
  "dept", "est", "univ", "assn", "bros",
]);

/** Multi-letter dotted acronyms that may end a sentence but usually do not: "U.S.", "U.N.". */
const DOTTED_ACRONYM = /(?:^|[^A-Za-z.])(?:[A-Za-z]\.){2,}$/;

const CLOSERS = "\"'”’)]»";
const OPENERS = "\"'“‘([«";

function startsSentence(ch: string | undefined): boolean {
  if (!ch) return false;
  return /[A-Z0-9\u00C0-\u024F\u0400-\u04FF]/.test(ch) || OPENERS.includes(ch) || ch === "*" || ch === "—";
}

/** Split `text[from, to)` into sentence spans (trimmed). */
export function splitSpan(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  let i = from;
  while (i < to) {
    const ch = text[i]!;
    if (ch === "\n") {
      push(i);
      start = i + 1;
      i++;
      continue;
    }
    if (ch === "*" && text.startsWith("***", i)) {
      push(i);
      let j = i;
      while (j < to && text[j] === "*") j++;
      start = j;
      i = j;
      continue;
    }
    if (ch === "." || ch === "!" || ch === "?" || ch === "…") {
      let j = i + 1;
      while (j < to && (text[j] === "." || text[j] === "!" || text[j] === "?")) j++;
      while (j < to && CLOSERS.includes(text[j]!)) j++;
      let k = j;
      while (k < to && (text[k] === " " || text[k] === "\t")) k++;
      const next = text[k];
      const atEnd = k >= to || next === "\n";
      if (atEnd || (k > j && startsSentence(next)) || (k === j && next !== undefined && OPENERS.includes(next) && ch !== ".")) {
        if (ch === "." && !atEnd && isAbbreviation(text, from, i, next)) {
          i = j;
          continue;
        }
        push(j);
        start = j;
        i = j;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  push(to);
  return out;
}

function isAbbreviation(text: string, from: number, dot: number, next: string | undefined): boolean {
  let w = dot;
  while (w > from && /[A-Za-z.]/.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot);
  if (!word) return false;
  // An initial: "J. Biden", but not the pronoun "I." at a sentence end.
  if (/^[A-Z]$/.test(word)) return word !== "I";
  const lower = word.toLowerCase().replace(/\./g, "");
  if (ABBREVIATIONS.has(lower) && !word.includes(".")) {
    // "in the U.S. on Feb. 7": Feb. is an abbreviation. "No." only before a number.
    if (lower === "no" || lower === "nos") return /[0-9]/.test(next ?? "");
    return true;
  }
  // "U.S." / "U.K." followed by a capitalised word is usually "the U.S. President ...".
  if (DOTTED_ACRONYM.test(text.slice(Math.max(from, w - 1), dot + 1))) {
    return /^[A-Z]/.test(next ?? "") && !/^(The|It|He|She|They|We|I|But|And|In|On|A|This|That|There)\b/.test(text.slice(dot + 2, dot + 8));
  }
  return false;
}

/** All sentences of an article: the headline (index 0), then the body, paragraph by paragraph. */
export function splitSentences(article: ParsedArticle): Sentence[] {
  const { text } = article;
  const sentences: Sentence[] = [
    {
      index: 0,
      start: article.headlineSpan.start,
      end: article.headlineSpan.end,
      text: text.slice(article.headlineSpan.start, article.headlineSpan.end),
      isHeadline: true,
      paragraph: 0,
    },
  ];
  let paragraph = 1;
  let lastEnd = article.bodySpan.start;
  for (const span of splitSpan(text, article.bodySpan.start, article.bodySpan.end)) {
    if (/\n\s*\n/.test(text.slice(lastEnd, span.start)) || (lastEnd !== article.bodySpan.start && text.slice(lastEnd, span.start).includes("\n"))) {
      paragraph++;
    }
    sentences.push({
      index: sentences.length,
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      isHeadline: false,
      paragraph,
    });
    lastEnd = span.end;
  }
  return sentences;
}
