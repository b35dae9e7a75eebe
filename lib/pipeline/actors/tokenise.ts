// Word tokens with offsets, for matching names. The same tokeniser reads dictionary aliases and
// article sentences, so "People's Republic" or "Kassym-Jomart" split the same way on both sides.
//
// - A word is a run of letters/digits; "U.S." and "U.K." become one token "US"/"UK".
// - Possessive "'s" is dropped and marks the word before it (`poss`): "Russia's" → Russia.
// - `gap` classifies what separates a token from the one before; names only span soft gaps.
import { foldDiacritics } from "./normalise";

export const enum Gap {
  Start = 0,
  Space = 1,
  /** Hyphen or apostrophe without spaces: "Kassym-Jomart", "d'Ivoire". */
  Join = 2,
  Comma = 3,
  Hard = 4,
}

export const enum Shape {
  Lower = 0,
  Capitalised = 1,
  Upper = 2,
  Digit = 3,
}

export interface Token {
  start: number;
  end: number;
  /** The token as written (dots of "U.S." removed). */
  raw: string;
  /** Diacritics folded, lower-cased: the trie key. */
  norm: string;
  /** Diacritics folded, case kept: for exact (acronym) comparison. */
  folded: string;
  shape: Shape;
  gap: Gap;
  poss: boolean;
}

const ABBREVIATED = new Set(["St", "Mt", "Jr", "Sr", "Dr", "Mr", "Mrs", "Ms", "Gen", "Col", "Lt"]);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_PART = /[\p{L}\p{M}\p{N}]/u;

/** ASCII letters and digits by code; anything else non-ASCII asks the Unicode regex. */
function isWordStart(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(ch);
}
function isWordPart(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_PART.test(ch);
}

const foldCache = new Map<string, [folded: string, norm: string]>();
function fold(raw: string): [string, string] {
  let ascii = true;
  for (let i = 0; i < raw.length; i++) {
    if (raw.charCodeAt(i) >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) return [raw, raw.toLowerCase()];
  let f = foldCache.get(raw);
  if (f === undefined) {
    const folded = foldDiacritics(raw);
    f = [folded, folded.toLowerCase()];
    if (foldCache.size < 100_000) foldCache.set(raw, f);
  }
  return f;
}

function shapeOf(raw: string): Shape {
  const c = raw.charCodeAt(0);
  if (c >= 48 && c <= 57) return Shape.Digit;
  if (c >= 97 && c <= 122) return Shape.Lower;
  if (c >= 128) {
    const first = raw[0]!;
    if (first === first.toLowerCase() && first !== first.toUpperCase()) return Shape.Lower;
  }
  if (raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase()) return Shape.Upper;
  return Shape.Capitalised;
}

function gapOf(text: string, from: number, to: number, previous: Token | undefined): Gap {
  if (!previous) return Gap.Start;
  if (from === to) return Gap.Join;
  let onlySpace = true;
  let commas = 0;
  let other = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0) continue;
    onlySpace = false;
    if (c === 44) commas++;
    else other++;
  }
  if (onlySpace) return Gap.Space;
  if (to - from === 1) {
    const c = text[from]!;
    if (c === "-" || c === "‐" || c === "'" || c === "’" || c === "/") return Gap.Join;
  }
  if (commas === 1 && other === 0) return Gap.Comma;
  const between = text.slice(from, to);
  // "Luminiţa -Teodora": a stray space before a hyphen inside a name.
  if (/^ +-$/.test(between)) return Gap.Join;
  // "Joseph R. Biden", "St. Petersburg": the dot of an initial or abbreviation is not a break.
  if (/^\.\s+$/.test(between) && ((previous.raw.length === 1 && previous.shape !== Shape.Lower) || ABBREVIATED.has(previous.raw))) return Gap.Space;
  return Gap.Hard;
}

/** Tokens of `text[from, to)`, offsets into `text`. */
export function tokenise(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let lastEnd = from;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isWordStart(c, text[i]!)) {
      i++;
      continue;
    }
    const start = i;
    let raw: string;
    // "U.S.", "U.K.": a dotted acronym is one token.
    if (c >= 65 && c <= 90 && text.charCodeAt(i + 1) === 46 && isUpperAscii(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === 46) {
      let j = i;
      while (j + 1 < to && isUpperAscii(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) j += 2;
      raw = text.slice(i, j).replace(/\./g, "");
      i = j;
    } else {
      i++;
      while (i < to && isWordPart(text.charCodeAt(i), text[i]!)) i++;
      raw = text.slice(start, i);
    }
    const previous = tokens[tokens.length - 1];
    if (raw === "s" && previous && start - lastEnd === 1 && (text[lastEnd] === "'" || text[lastEnd] === "’")) {
      previous.poss = true;
      lastEnd = i;
      continue;
    }
    const [folded, norm] = fold(raw);
    tokens.push({ start, end: i, raw, norm, folded, shape: shapeOf(raw), gap: gapOf(text, lastEnd, start, previous), poss: false });
    lastEnd = i;
  }
  return tokens;
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}
