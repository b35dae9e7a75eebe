// Expressions that refer back to the two people of the preceding discourse: "the two leaders",
// "the two presidents", "both sides", "the two discussed", and in press releases "the leaders" /
// "the sides" right after a two-party conversation. Found by token patterns; resolved by the
// mention finder, which knows who was named before.
import type { Office } from "./actor-entry";
import { SUBJECT_VERBS, type TitleOffice } from "./lexicon";
import { has, type SentenceView } from "./sentence-view";
import { Gap, Shape } from "./tokenise";

export interface GroupExpression {
  from: number;
  to: number;
  /** Only people holding one of these offices on the date; null = anyone. */
  offices: ReadonlySet<Office> | null;
  /** Prefer people in leading offices, fall back to anyone ("the two", "the sides"). */
  preferLeaders: boolean;
  /** Bare "the leaders"/"the sides": only when exactly two people were just named (not a summit). */
  needsTwoExactly: boolean;
}

const PRESIDENTS = new Set<Office>(["president"]);
const HEADS_OF_GOVERNMENT = new Set<Office>(["head-of-government"]);
const MINISTERS = new Set<Office>(["foreign-minister", "defence-minister", "minister"]);
const LEADERS = new Set<Office>(["president", "head-of-government", "monarch", "pope", "crown-prince", "secretary-general", "director-general", "high-representative"]);

/** Plural nouns after "the two"/"both"/"the", as token sequences. */
const NOUNS: Array<{ words: string[]; offices: ReadonlySet<Office> | null; preferLeaders: boolean; bareAllowed: boolean }> = [
  { words: ["heads", "of", "state"], offices: LEADERS, preferLeaders: false, bareAllowed: true },
  { words: ["heads", "of", "government"], offices: HEADS_OF_GOVERNMENT, preferLeaders: false, bareAllowed: false },
  { words: ["prime", "ministers"], offices: HEADS_OF_GOVERNMENT, preferLeaders: false, bareAllowed: false },
  { words: ["foreign", "ministers"], offices: new Set<Office>(["foreign-minister"]), preferLeaders: false, bareAllowed: false },
  { words: ["leaders"], offices: LEADERS, preferLeaders: false, bareAllowed: true },
  { words: ["presidents"], offices: PRESIDENTS, preferLeaders: false, bareAllowed: true },
  { words: ["premiers"], offices: HEADS_OF_GOVERNMENT, preferLeaders: false, bareAllowed: false },
  { words: ["ministers"], offices: MINISTERS, preferLeaders: false, bareAllowed: false },
  { words: ["sides"], offices: null, preferLeaders: true, bareAllowed: true },
  { words: ["parties"], offices: null, preferLeaders: true, bareAllowed: true },
  { words: ["interlocutors"], offices: null, preferLeaders: true, bareAllowed: true },
  { words: ["counterparts"], offices: null, preferLeaders: true, bareAllowed: false },
];

function nounAt(v: SentenceView, i: number): (typeof NOUNS)[number] & { to: number } | null {
  for (const n of NOUNS) {
    let ok = true;
    for (let k = 0; k < n.words.length; k++) {
      const t = v.tokens[i + k];
      if (!t || t.norm !== n.words[k] || t.gap !== Gap.Space) {
        ok = false;
        break;
      }
    }
    if (ok) return { ...n, to: i + n.words.length };
  }
  return null;
}

const AUX = new Set(["have", "has", "had", "are", "were", "will", "would", "can", "could", "should"]);

/** "the two discussed", "the two also agreed": "the two" as a subject (not "the two states have"). */
function verbFollows(v: SentenceView, i: number): boolean {
  let k = i;
  if (["also", "then", "have", "had"].includes(v.tokens[k]?.norm ?? "")) k++;
  const t = v.tokens[k];
  if (!t || t.gap !== Gap.Space || t.shape !== Shape.Lower) return false;
  const verbLike = SUBJECT_VERBS.has(t.norm) || /ed$/.test(t.norm) || ["spoke", "met", "held", "exchanged", "agreed", "talked", "discussed", "noted", "are", "were"].includes(t.norm);
  // A noun in verb's clothing is followed by the real verb: "the two states have created".
  return verbLike && !AUX.has(v.tokens[k + 1]?.norm ?? "");
}

/** "the leaders of Saudi Arabia and ..." (a plural title), but not "the leaders of both states". */
function namesItsOwnPeople(v: SentenceView, at: number): boolean {
  if (v.tokens[at]?.norm !== "of") return false;
  const next = v.tokens[at + 1]?.norm;
  return !(next === "both" || (next === "the" && v.tokens[at + 2]?.norm === "two"));
}

export function findGroups(v: SentenceView): GroupExpression[] {
  const out: GroupExpression[] = [];
  const tokens = v.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.norm === "the" && next?.norm === "two" && next.gap === Gap.Space) {
      const noun = nounAt(v, i + 2);
      if (noun) out.push({ from: i, to: noun.to, offices: noun.offices, preferLeaders: noun.preferLeaders, needsTwoExactly: false });
      else if (verbFollows(v, i + 2)) out.push({ from: i, to: i + 2, offices: null, preferLeaders: true, needsTwoExactly: false });
      i++;
      continue;
    }
    if (t.norm === "both") {
      // "both leaders", not "both sides" (usually the two warring sides, not two people).
      const noun = nounAt(v, i + 1);
      if (noun?.offices) out.push({ from: i, to: noun.to, offices: noun.offices, preferLeaders: noun.preferLeaders, needsTwoExactly: false });
      continue;
    }
    if (t.norm === "the") {
      const noun = nounAt(v, i + 1);
      // "the Parties" (capitalised) is a proper name: "Conference of the Parties"; "the leaders of
      // Saudi Arabia and ..." names its own people (a plural title).
      if (noun?.bareAllowed && tokens[i + 1]!.shape === Shape.Lower && !namesItsOwnPeople(v, noun.to)) out.push({ from: i, to: noun.to, offices: noun.offices, preferLeaders: noun.preferLeaders, needsTwoExactly: true });
    }
  }
  return out;
}

// ---------------------------------------------------------------- plural titles with a list of states

export interface PluralTitle {
  from: number;
  to: number;
  office: TitleOffice | "delegation";
  /** Slugs of the states listed, in order. */
  states: string[];
  /** Hits consumed (the state names/adjectives). */
  used: number[];
}

const PLURAL_TITLES: Array<{ words: string[]; office: TitleOffice }> = [
  { words: ["heads", "of", "state", "government"], office: "leader" },
  { words: ["heads", "of", "state"], office: "head-of-state" },
  { words: ["heads", "of", "government"], office: "head-of-government" },
  { words: ["heads", "of", "governments"], office: "head-of-government" },
  { words: ["prime", "ministers"], office: "head-of-government" },
  { words: ["presidents"], office: "president" },
  { words: ["leaders"], office: "leader" },
  { words: ["foreign", "ministers"], office: "foreign-minister" },
  { words: ["ministers", "of", "foreign", "affairs"], office: "foreign-minister" },
  { words: ["defence", "ministers"], office: "defence-minister" },
  { words: ["defense", "ministers"], office: "defence-minister" },
];

function wordsAt(v: SentenceView, i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = v.tokens[i + k];
    if (!t || t.norm !== words[k] || (k > 0 && t.gap !== Gap.Space && t.gap !== Gap.Join)) return false;
  }
  return true;
}

/** "Spain and Denmark", "Georgia, Republic of Moldova and Ukraine", "Ukrainian and Russian". */
function stateList(v: SentenceView, k: number): { states: string[]; used: number[]; to: number } {
  const states: string[] = [];
  const used: number[] = [];
  let j = k;
  for (;;) {
    let at = j;
    if (v.tokens[at]?.norm === "the") at++;
    const h = v.startsAt[at] ?? -1;
    if (h === -1) break;
    const hit = v.hits[h]!;
    const e = hit.entries.find((x) => x.kind === "state" || x.kind === "adjective");
    if (!e || has(hit, "title")) break;
    states.push(e.slug!);
    used.push(h);
    j = hit.to;
    const sep = v.tokens[j];
    if (sep?.norm === "and" && (sep.gap === Gap.Space || sep.gap === Gap.Comma)) {
      j++;
      continue;
    }
    if (sep && sep.gap === Gap.Comma && v.startsAt[j] !== -1) continue;
    break;
  }
  // A dangling "and" belongs to the sentence, not to the list.
  if (j > k && v.tokens[j - 1]?.norm === "and") j--;
  return { states, used, to: j };
}

const PLURAL_FIRST_WORDS = new Set(PLURAL_TITLES.map((p) => p.words[0]!));

export function findPluralTitles(v: SentenceView): PluralTitle[] {
  const out: PluralTitle[] = [];
  for (let i = 0; i < v.tokens.length; i++) {
    const title = PLURAL_FIRST_WORDS.has(v.tokens[i]!.norm) ? PLURAL_TITLES.find((p) => wordsAt(v, i, p.words)) : undefined;
    if (title) {
      let k = i + title.words.length;
      if (v.tokens[k]?.norm !== "of") continue;
      k++;
      const list = stateList(v, k);
      if (list.states.length >= 2) {
        const from = v.tokens[i - 1]?.norm === "the" ? i - 1 : i;
        out.push({ from, to: list.to, office: title.office, states: list.states, used: list.used });
        i = list.to - 1;
      }
      continue;
    }
    // "Ukrainian and Russian delegations", "the delegations of Ukraine and Russia".
    if (v.tokens[i]!.norm === "delegations" && v.tokens[i + 1]?.norm === "of") {
      const list = stateList(v, i + 2);
      if (list.states.length >= 2) {
        const from = v.tokens[i - 1]?.norm === "the" ? i - 1 : i;
        out.push({ from, to: list.to, office: "delegation", states: list.states, used: list.used });
        i = list.to - 1;
      }
    } else if (v.startsAt[i] !== -1 && has(v.hits[v.startsAt[i]!]!, "state", "adjective")) {
      const list = stateList(v, i);
      if (list.states.length >= 2 && v.tokens[list.to]?.norm === "delegations") {
        const from = v.tokens[i - 1]?.norm === "the" ? i - 1 : i;
        out.push({ from, to: list.to + 1, office: "delegation", states: list.states, used: list.used });
        i = list.to;
      }
    }
  }
  return out;
}
