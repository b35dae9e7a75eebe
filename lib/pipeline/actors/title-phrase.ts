// Parse a title phrase around a title word: the determiner and modifiers before it ("the former
// French"), complements after it ("of the Republic of Finland", "in Washington"), and the name
// that follows ("Sauli Niinistö", or ", Philippe Etienne"). Purely syntactic: nothing is resolved
// here, so the same parse serves named people, ad-hoc people and title-only mentions.
import type { TitlePhrase, TitleOffice } from "./lexicon";
import {
  COMPLEMENT_WORDS, DETERMINERS, MONTHS, NOT_CURRENT, NOT_NAME_WORDS, TITLE_MODIFIERS, WEEKDAYS,
} from "./lexicon";
import { PERSON_LIKE, PLACE_LIKE, has, type SentenceView } from "./sentence-view";
import { Gap, Shape, type Token } from "./tokenise";

export interface TitleParse {
  /** First token of the whole phrase (determiner included) and one past the title's last token. */
  from: number;
  to: number;
  /** First token after the determiner. */
  titleFrom: number;
  hit: number;
  phrase: TitlePhrase;
  office: TitleOffice;
  det: string | null;
  /** "former", "then", "late": the office is not held on the article date. */
  notCurrent: boolean;
  /** "deputy", "vice" written apart from the phrase: not the office itself. */
  deputy: boolean;
  modifiers: number[];
  complements: Array<{ prep: string; hit: number }>;
  name: { hit: number } | { from: number; to: number } | null;
  /** Title hits inside this phrase's complements ("Adviser to the President of France"): not actors. */
  nested: number[];
  /** An "of ..." complement we could not resolve to a state ("the leader of the Conservative party"). */
  unknownComplement: boolean;
  /** Hits used by the phrase (modifiers, complements, the title, a dictionary name). */
  used: number[];
}

const COMPLEMENT_PREPS = new Set(["of", "for", "to", "in", "at", "on"]);
/**
 * Which titles take "in/at X" (a posting: "ambassador in Washington") and "to X" (a principal or
 * host: "Adviser to the President of France", "envoy to the UN"). After "the President of
 * Azerbaijan", "in Brussels" is the event's place, not part of the title.
 */
const POSTED_IN = new Set<TitleOffice>(["ambassador", "envoy", "other"]);
const ATTACHED_TO = new Set<TitleOffice>([
  "ambassador", "envoy", "other", "adviser", "national-security-adviser", "spokesperson", "chief-of-staff", "deputy-chief-of-staff", "head", "minister",
]);
/** Offices whose title may end in a topic before the name: "Adviser ... on European Affairs Luminița Odobescu". */
const TOPIC_OK = new Set<TitleOffice>(["adviser", "other", "envoy", "ambassador", "minister", "head", "national-security-adviser"]);
/** "of this country": a pronoun-like complement. */
const DEICTIC = new Set(["this", "that", "his", "her", "their", "our", "your", "its"]);
const NAME_PARTICLES = new Set(["de", "da", "van", "von", "der", "den", "al", "bin", "ibn", "el", "la", "le", "du", "di", "dos", "del", "abu", "ben"]);
const CONNECTORS = new Set(["and", "of", "the", "for", "&"]);

function soft(t: Token | undefined): boolean {
  return !!t && (t.gap === Gap.Space || t.gap === Gap.Join);
}

/** A capitalised word that could be part of a person's name. */
function nameWord(v: SentenceView, j: number): boolean {
  const t = v.tokens[j]!;
  if (t.shape !== Shape.Capitalised || t.raw.length < 2) return false;
  if (NOT_NAME_WORDS.has(t.norm) || MONTHS.has(t.norm) || WEEKDAYS.has(t.norm) || COMPLEMENT_WORDS.has(t.norm)) return false;
  const h = v.startsAt[j]!;
  if (h !== -1 && !has(v.hits[h]!, ...PERSON_LIKE)) return false;
  // Inside another hit: fine inside a person's name ("Al Thani"), not inside a state's name.
  for (const hit of v.hits) if (hit.from < j && j < hit.to) return has(hit, ...PERSON_LIKE);
  return true;
}

/** A name particle: "bin", "al", "van", "de" (also capitalised: "Al Thani", "Van der Bellen"). */
function particle(v: SentenceView, j: number): boolean {
  return NAME_PARTICLES.has(v.tokens[j]!.norm) && !!v.tokens[j + 1] && soft(v.tokens[j + 1]);
}

/**
 * A run of 2..max name words starting at `k`, or null. Particles do not count as words, and
 * hyphenated parts count as one ("Lvova-Belova", "Jean-Charles").
 */
export function nameRun(v: SentenceView, k: number, max: number): { from: number; to: number } | null {
  let j = k;
  let words = 0;
  while (j < v.tokens.length && (j === k || soft(v.tokens[j]))) {
    const t = v.tokens[j]!;
    const joined = j > k && t.gap === Gap.Join;
    if (j > k && particle(v, j) && nameWord(v, j + 1)) {
      /* particle inside a name */
    } else if (nameWord(v, j)) {
      if (!joined) {
        if (words === max) break;
        words++;
      }
    } else break;
    j++;
  }
  return words >= 2 ? { from: k, to: j } : null;
}

/**
 * The name at the end of a capitalised complement run ("of Finance Anton Siluanov",
 * "of Russian Helicopters Andrei Boginsky"): the last two name words, if the first is a given
 * name we know — otherwise the words are more likely the end of an organisation's name.
 */
function splitTrailingName(v: SentenceView, from: number, to: number): { from: number; to: number } | null {
  let start = to;
  let words = 0;
  while (start > from && words < 2 && nameWord(v, start - 1)) {
    start--;
    if (v.tokens[start]!.gap !== Gap.Join) words++;
  }
  if (words !== 2 || start <= from || !v.givenNames.has(v.tokens[start]!.norm)) return null;
  return { from: start, to };
}

function isAdjectiveOnly(v: SentenceView, h: number): boolean {
  return v.hits[h]!.entries.every((e) => e.kind === "adjective");
}

/**
 * The hit opens a longer proper name: "British Virgin Islands", "Russian Helicopters", "US House
 * Intelligence Committee". A capitalised word follows that is not a title or a known name; after
 * a state's name it must also not start a person's name ("of Sweden Tobias Thyberg").
 */
function continuesProperNoun(v: SentenceView, h: number): boolean {
  const at = v.hits[h]!.to;
  const t = v.tokens[at];
  if (!t || !soft(t) || t.shape !== Shape.Capitalised) return false;
  const next = v.startsAt[at]!;
  if (next !== -1 && has(v.hits[next]!, "title", ...PERSON_LIKE)) return false;
  // After a state's name, two or three name-like words are a person ("of the Republic of Austria
  // Barbara Kaudel-Jensen"); "US House Intelligence Committee" is not name-like.
  return isAdjectiveOnly(v, h) || (!v.givenNames.has(t.norm) && !nameRun(v, at, 3));
}

/**
 * The hit qualifies a following noun rather than owning the office: possessive or adjective
 * before a lower-case noun ("the UN's atomic watchdog", "the Russian general staff"), or the first
 * half of a compound ("Kremlin-controlled", "Ukraine-controlled").
 */
function qualifiesNoun(v: SentenceView, h: number): boolean {
  const hit = v.hits[h]!;
  const next = v.tokens[hit.to];
  if (!next || !soft(next) || next.shape !== Shape.Lower) return false;
  if (next.gap === Gap.Join) return true;
  const nounAfter = !CONNECTORS.has(next.norm) && !COMPLEMENT_PREPS.has(next.norm);
  return nounAfter && (v.tokens[hit.to - 1]!.poss || isAdjectiveOnly(v, h));
}

function modifierHit(v: SentenceView, h: number): boolean {
  const hit = v.hits[h]!;
  return has(hit, ...PLACE_LIKE) && !has(hit, "title");
}

/** Parse the title phrase whose title word is hit `h`. */
export function parseTitle(v: SentenceView, h: number): TitleParse {
  const hit = v.hits[h]!;
  const phrase = hit.entries.find((e) => e.kind === "title")!.title!;
  const used = [h];
  const modifiers: number[] = [];
  let notCurrent = false;
  let deputy = false;

  // Leftwards: modifiers ("French", "Ukraine's", "Kremlin", "former", "Deputy") and a determiner.
  let t = hit.from - 1;
  while (t >= 0 && soft(v.tokens[t + 1])) {
    const end = v.endsAt[t]!;
    if (end !== -1 && modifierHit(v, end)) {
      modifiers.unshift(end);
      used.push(end);
      t = v.hits[end]!.from - 1;
      continue;
    }
    const tok = v.tokens[t]!;
    if (v.endsAt[t] === -1 && TITLE_MODIFIERS.has(tok.norm)) {
      if (NOT_CURRENT.has(tok.norm)) notCurrent = true;
      if (tok.norm === "deputy" || tok.norm === "vice") deputy = true;
      t--;
      continue;
    }
    break;
  }
  let det: string | null = null;
  let from = t + 1;
  const titleFrom = from;
  if (t >= 0 && soft(v.tokens[t + 1]) && DETERMINERS.has(v.tokens[t]!.norm) && v.endsAt[t] === -1) {
    det = v.tokens[t]!.norm;
    from = t;
  }

  // Rightwards: complements ("of the Republic of Finland", "in Washington", "of Finance").
  const complements: Array<{ prep: string; hit: number }> = [];
  const nested: number[] = [];
  let unknownComplement = false;
  let e = hit.to;
  let name: TitleParse["name"] = null;
  /** A title right after a complement belongs to it: "of the Romanian President". */
  const takeNestedTitle = () => {
    const nt = v.startsAt[e] ?? -1;
    if (e < v.tokens.length && soft(v.tokens[e]) && nt !== -1 && has(v.hits[nt]!, "title")) {
      nested.push(nt);
      e = v.hits[nt]!.to;
    }
  };
  while (e < v.tokens.length && soft(v.tokens[e]) && COMPLEMENT_PREPS.has(v.tokens[e]!.norm) && v.tokens[e]!.shape !== Shape.Upper) {
    const prep = v.tokens[e]!.norm;
    if ((prep === "in" || prep === "at") && !POSTED_IN.has(phrase.office)) break;
    if (prep === "to" && !ATTACHED_TO.has(phrase.office)) break;
    if (prep === "on" && !TOPIC_OK.has(phrase.office)) break;
    let k = e + 1;
    if (v.tokens[k]?.norm === "the" && soft(v.tokens[k])) k++;
    if (!soft(v.tokens[k])) break;
    const ch = v.startsAt[k]!;
    // "of the British Virgin Islands", "of Russian Helicopters": an adjective opening a longer
    // proper name is not the state; the words are read as an organisation's name below.
    const adjectiveOfName = ch !== -1 && (prep === "of" || prep === "for") && continuesProperNoun(v, ch);
    // "chief of the Russian general staff", "head of the UN's atomic watchdog": the state or
    // organisation qualifies another noun, so it is not whose office this is.
    if (ch !== -1 && modifierHit(v, ch) && qualifiesNoun(v, ch)) break;
    if (ch !== -1 && modifierHit(v, ch) && !adjectiveOfName) {
      complements.push({ prep, hit: ch });
      used.push(ch);
      e = v.hits[ch]!.to;
      takeNestedTitle();
      continue;
    }
    if (ch !== -1 && has(v.hits[ch]!, "title") && prep !== "on") {
      nested.push(ch);
      e = v.hits[ch]!.to;
      continue;
    }
    if (prep === "of" && DEICTIC.has(v.tokens[k]!.norm) && v.tokens[k + 1]?.shape === Shape.Lower && soft(v.tokens[k + 1])) {
      e = k + 2;
      continue;
    }
    if (prep === "on" && TOPIC_OK.has(phrase.office)) {
      // "on European Affairs", "on relations with Ukraine and Russia": a topic, then the name.
      let found = false;
      for (let j = k; j < Math.min(v.tokens.length, k + 8) && (j === k || soft(v.tokens[j])); j++) {
        const pj = v.startsAt[j]!;
        if (pj !== -1 && has(v.hits[pj]!, ...PERSON_LIKE)) {
          e = j;
          found = true;
          break;
        }
        const run = v.tokens[j]!.shape === Shape.Capitalised ? nameRun(v, j, 3) : null;
        if (run && (run.to >= v.tokens.length || !soft(v.tokens[run.to]) || v.tokens[run.to]!.shape === Shape.Lower)) {
          name = run;
          e = j;
          found = true;
          break;
        }
      }
      if (found) break;
      break;
    }
    if ((prep === "of" || prep === "for") && v.tokens[k]!.shape === Shape.Capitalised && (adjectiveOfName || !(ch !== -1 && has(v.hits[ch]!, ...PERSON_LIKE)))) {
      // "of Finance", "of the National Security and Defense Council": capitalised words up to a
      // known name; without one, the last two name-like words may be an unknown person's name.
      let j = k;
      while (
        j < v.tokens.length &&
        (j === k || soft(v.tokens[j])) &&
        (v.tokens[j]!.shape === Shape.Capitalised || (CONNECTORS.has(v.tokens[j]!.norm) && j > k)) &&
        !(v.startsAt[j] !== -1 && has(v.hits[v.startsAt[j]!]!, ...PERSON_LIKE))
      ) {
        const sh = v.startsAt[j]!;
        if (sh !== -1 && modifierHit(v, sh) && !continuesProperNoun(v, sh)) {
          complements.push({ prep, hit: sh });
          used.push(sh);
          j = v.hits[sh]!.to;
          continue;
        }
        j++;
      }
      while (j > k && CONNECTORS.has(v.tokens[j - 1]!.norm)) j--;
      if (j === k) break;
      if (!complements.some((c) => c.hit >= 0 && v.hits[c.hit]!.from >= k)) unknownComplement = true;
      const next = v.startsAt[j] ?? -1;
      const followedByName = j < v.tokens.length && next !== -1 && has(v.hits[next]!, ...PERSON_LIKE);
      if (!followedByName) {
        const trailing = splitTrailingName(v, k, j);
        if (trailing) {
          name = trailing;
          e = trailing.from;
          break;
        }
      }
      e = j;
      continue;
    }
    break;
  }

  // The name: a dictionary person right after the title (or after a comma), else an unknown name.
  if (!name && e < v.tokens.length) {
    const tok = v.tokens[e]!;
    const comma = tok.gap === Gap.Comma && (det !== null || modifiers.length > 0);
    if (tok.gap === Gap.Space || comma) {
      const nh = v.startsAt[e]!;
      if (nh !== -1 && has(v.hits[nh]!, ...PERSON_LIKE)) {
        name = { hit: nh };
        used.push(nh);
      } else {
        const run = nameRun(v, e, 3);
        name = run;
        // "Mohammad Abdul Hamid": a known name inside the run is that person.
        for (let j = e + 1; run && j < run.to; j++) {
          const ph = v.startsAt[j]!;
          if (ph !== -1 && has(v.hits[ph]!, "person")) {
            name = { hit: ph };
            used.push(ph);
            break;
          }
        }
      }
    }
  }
  const to = name && "from" in name && name.from < e ? name.from : e;
  return { from, to, titleFrom, hit: h, phrase, office: phrase.office, det, notCurrent, deputy, modifiers, complements, name, used, nested, unknownComplement };
}
