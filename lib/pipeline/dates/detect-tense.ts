// Which tense governs a date phrase: the verb group of the phrase's own clause decides whether
// "on Wednesday" is the past or the coming Wednesday. A light heuristic, no parser:
//
// 1. The sentence is cut into word tokens once (SentenceTokens, cached by the caller).
// 2. From the phrase we walk LEFT inside the clause (hard boundaries: ; : — quotes, "that",
//    "which", "who", "when", "but", "if" …) to the nearest verb cue ("took", "will", "said",
//    "approved", "met"), then look a few tokens further left for its auxiliaries, so
//    "will be followed", "has been approved", "is expected to meet" are read as one group.
// 3. When the phrase opens its clause ("On Monday, the President held talks") or nothing was
//    found on the left, we walk RIGHT the same way, skipping a relative clause
//    (", who will arrive on ..., ") that is not the phrase's own.
// 4. An infinitive ("to visit on Friday") takes its time from the verb it hangs on: plan verbs
//    point ahead, a plain past verb keeps it past.
// 5. The word right before the phrase can outweigh the verb: "since" (past), "payable",
//    "effective" (ahead), "until"/"by" (an end point: the nearest such day).
// 6. Nothing found: present, which resolves to the nearest occurrence.
//
// So in "said on Monday that he will travel on Friday", "on Monday" gets "said" (past) and
// "on Friday" gets "will travel" (future): "that" separates the two clauses.

export type Tense = "past" | "present" | "future";

/** Tokens of one sentence: lower-cased words and punctuation, with their offsets. */
export interface SentenceTokens {
  words: string[];
  starts: number[];
  ends: number[];
}

const TOKEN = /[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,:]\d+)*|[^\sA-Za-z\d]/g;

export function tokenizeSentence(text: string, start: number, end: number): SentenceTokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    words.push(m[0].toLowerCase().replace(/’/g, "'"));
    starts.push(start + m.index);
    ends.push(start + m.index + m[0].length);
  }
  return { words, starts, ends };
}

// ---------------------------------------------------------------- word classes

/** Future auxiliaries and modals: what they govern has not happened at the time of writing. */
const FUTURE_AUX = new Set([
  "will", "shall", "won't", "wo", "'ll", "would", "wouldn't", "may", "might", "must", "should", "shan't", "can",
  "cannot", "can't", "ought",
]);
// "could" is left out: it is as often past ability ("could not be located Wednesday") as a possibility.
const PAST_AUX = new Set(["was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't"]);
const PERFECT_AUX = new Set(["has", "have", "hasn't", "haven't", "'ve"]);
const PRESENT_AUX = new Set(["is", "are", "am", "'re", "isn't", "aren't", "do", "does", "don't", "doesn't"]);
/** Words that sit inside a verb group without deciding it: "will also be", "has not yet". */
const GROUP_FILLERS = new Set(["not", "n't", "also", "already", "just", "still", "never", "be", "been", "being", "to", "reportedly", "then", "now", "again", "only", "even", "further", "yet", "jointly", "officially", "personally", "first", "finally", "soon"]);

/** Words that announce a plan: "is expected to", "plans to", "scheduled for", "upcoming". */
const FUTURE_LEXICAL = new Set([
  "expected", "scheduled", "planned", "plans", "planning", "plan", "intends", "intend", "intending", "due", "set",
  "upcoming", "forthcoming", "going", "aims", "aim", "hopes", "hope", "wants", "want", "invited", "announced",
  "expects", "expect", "expecting", "intended", "seeks", "seek", "seeking", "likely",
  "proposed", "agreed", "promised", "pledged", "vowed", "ready", "preparing", "prepares", "prepare",
]);
/**
 * Of those, the ones that only mark the future when "to" or "for" follows ("due to the war" is
 * causal, "agreed a deal" is past). "expects", "plans", "hopes" point ahead on their own.
 */
const FUTURE_NEEDS_TO = new Set([
  "due", "set", "going", "aims", "aim", "wants", "want", "invited", "announced", "agreed", "promised", "pledged",
  "vowed", "ready", "preparing", "prepares", "prepare", "expected", "proposed", "intended", "seeks", "seek",
  "seeking", "likely",
]);

/**
 * Base verbs that after a bare "to" make an infinitive of plan or purpose ("to visit on
 * Friday", "to be completed by Dec. 15"): the event lies ahead of what governs it.
 */
const INFINITIVE_VERBS = new Set([
  "be", "meet", "visit", "hold", "travel", "attend", "sign", "discuss", "have", "take", "make", "host", "arrive",
  "leave", "start", "begin", "complete", "expire", "deliver", "announce", "release", "vote", "decide", "return",
  "go", "come", "open", "close", "launch", "resume", "end", "continue", "present", "publish", "report", "pay",
  "receive", "join", "address", "speak", "talk", "give", "testify", "appear", "repatriate", "submit", "file",
  "conclude", "finish", "consider", "review", "approve", "adopt", "ratify", "sell", "buy", "acquire", "issue",
  "redeem", "hear", "rule", "elect", "name", "appoint", "celebrate", "mark", "honor", "honour",
  "participate", "chair", "convene", "gather", "fly", "head", "tour", "inaugurate", "unveil", "introduce",
]);

/** Past forms that are not also present forms (so "put", "set", "read" are left out). */
const IRREGULAR_PAST = new Set([
  "met", "held", "took", "spoke", "said", "told", "made", "gave", "went", "came", "saw", "began", "became",
  "brought", "thought", "sent", "left", "won", "lost", "paid", "led", "felt", "kept", "knew", "ran", "wrote",
  "sought", "fought", "struck", "stood", "sat", "rose", "fell", "grew", "drew", "threw", "flew", "broke",
  "chose", "froze", "stole", "swore", "tore", "wore", "woke", "bought", "caught", "taught", "built", "meant",
  "heard", "found", "got", "laid", "arose", "forgave", "overtook", "underwent", "withdrew", "undertook",
  "awoke", "bore", "dealt", "fed", "fled", "forgot", "hung", "lent", "shook", "shot", "sold", "spent",
  "sprang", "stuck", "swept", "swung", "understood", "upheld", "wept", "wound", "oversaw", "foresaw",
  "slept", "sang", "drove", "rode", "ate", "drank", "hid", "bit", "beat", "lit", "sank", "spun",
  "withheld", "overcame", "mistook", "misled", "strove", "swam",
  "taken", "spoken", "given", "written", "shown", "known", "seen", "done", "gone", "begun", "chosen",
  "broken", "driven", "fallen", "forgotten", "hidden", "ridden", "risen", "stolen", "sworn", "thrown",
  "drawn", "flown", "grown", "frozen", "woken", "beaten", "eaten", "undertaken", "overtaken", "withdrawn",
]);
/** Words in -ed that are not past verbs: "hundred", "indeed", "armed forces", "so-called", "Red". */
const NOT_PAST_ED = new Set([
  "red", "bed", "shed", "wed", "sled", "bred", "need", "speed", "feed", "seed", "deed", "greed", "weed", "steed",
  "breed", "creed", "proceed", "exceed", "succeed", "indeed", "hundred", "hundreds", "kindred", "sacred", "naked",
  "wicked", "wretched", "rugged", "ragged", "crooked", "beloved", "aged", "blessed", "jagged", "hatred", "embed",
  "united", "so-called", "armed", "unarmed", "based", "related", "limited", "unlimited", "detailed", "preferred",
  "sophisticated", "unprecedented", "supposed", "experienced", "qualified", "talented", "skilled", "biased",
  "balanced", "mixed", "complicated", "automated", "integrated", "specialized", "specialised", "unlisted",
  "guaranteed", "unrestricted", "varied", "assorted", "allied", "belated", "ashamed", "scared", "tired", "bored",
  "excited", "pleased", "worried", "satisfied", "unexpected", "undisclosed", "unnamed", "unidentified",
  "unspecified", "unscheduled", "unresolved", "undecided", "war-torn", "interested", "concerned",
]);

type Cue = "past" | "future" | "present" | "perfect" | "weak-past" | "future-lexical";

/** The cue a single token gives, before its verb group is considered. */
function cueOf(words: string[], i: number, raw: string | null): Cue | null {
  const w = words[i]!;
  if (FUTURE_AUX.has(w) || w.endsWith("'ll")) return "future";
  if (PAST_AUX.has(w)) return "past";
  if (PERFECT_AUX.has(w) || w.endsWith("'ve")) return isParticipleNext(words, i) ? "perfect" : "present"; // "has set" vs "has a deadline"
  if (PRESENT_AUX.has(w)) return "present";
  if (FUTURE_LEXICAL.has(w)) {
    if (FUTURE_NEEDS_TO.has(w)) {
      const next = words[i + 1];
      if (next !== "to" && next !== "for") return w === "expected" || w === "proposed" || w === "announced" || w === "agreed" ? "weak-past" : null;
      // "due to arrive" is a plan, "due to the war" a cause.
      if (w === "due" && next === "to" && !/^[a-z]+$/.test(words[i + 2] ?? "")) return null;
      if (w === "due" && next === "to" && /^(the|a|an|its|their|his|her|this|that|these|those|our|lack|high|low|poor|bad|heavy|rising|increased)$/.test(words[i + 2] ?? "")) return null;
    }
    return "future-lexical";
  }
  // "has decided to admit them in March": the plan word with its infinitive points ahead.
  if (PLAN_VERBS.has(w) && words[i + 1] === "to") return "future-lexical";
  if (IRREGULAR_PAST.has(w)) return "weak-past";
  if (w === "to" && INFINITIVE_VERBS.has(words[i + 1] ?? "") && !/^(due|close|next|according|prior|thanks|up|back|similar|compared|ahead)$/.test(words[i - 1] ?? "")) return "future-lexical";
  if (w.length > 4 && w.endsWith("ed") && !NOT_PAST_ED.has(w)) {
    if (raw && /^[A-Z]/.test(raw)) return null; // "Ahmed", "Fred": a name
    const prev = words[i - 1] ?? "";
    // "the renewed talks", "its armed forces": adjectival after a determiner.
    if (/^(the|a|an|its|their|his|her|our|your|my|some|any|no|newly|recently|well|so|more|most|less|very|fully|highly|much|all)$/.test(prev)) return null;
    return "weak-past";
  }
  return null;
}

/** True when the words after a form of "have" hold a past participle ("has not yet been held"). */
function isParticipleNext(words: string[], i: number): boolean {
  for (let j = i + 1; j < Math.min(words.length, i + 4); j++) {
    const w = words[j]!;
    if (w === "been" || IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith("ed"))) return true;
    if (GROUP_FILLERS.has(w) || w.endsWith("ly") || w === "already" || w === "not") continue;
    return false;
  }
  return false;
}

const HARD_BOUNDARIES = new Set([
  ";", ":", "—", "–", "\"", "“", "”", "(", ")", "[", "]", "that", "which", "who", "whom", "whose", "where",
  "when", "while", "whereas", "because", "although", "though", "but", "if", "unless", "whether", "since",
  "until", "so", "?", "!",
]);
/** "that" before a time word is a determiner ("that day"), not a clause boundary. */
const TIME_NOUNS = /^(day|week|month|year|morning|evening|night|time|same|weekend|summer|spring|autumn|winter|period|quarter|date)$/;

function isHardBoundary(words: string[], i: number): boolean {
  const w = words[i]!;
  if (!HARD_BOUNDARIES.has(w)) return false;
  if (w === "that" && TIME_NOUNS.test(words[i + 1] ?? "")) return false;
  if ((w === "since" || w === "until") && /^\d|^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|last|then|now|early|late|mid)/.test(words[i + 1] ?? "")) return false;
  return true;
}

// ---------------------------------------------------------------- verb groups

/**
 * The tense of the verb group whose main cue is at `i`: look up to four tokens left for the
 * auxiliary ("will also be held", "has been approved", "is expected").
 */
function groupTense(words: string[], i: number, cue: Cue): Tense {
  if (isInfinitive(words, i)) return "future";
  for (let j = i - 1, seen = 0; j >= 0 && seen < 4; j--, seen++) {
    const w = words[j]!;
    if (FUTURE_AUX.has(w) || w.endsWith("'ll")) return "future";
    if (PAST_AUX.has(w)) {
      // "was expected to meet on Friday", "had planned to evacuate on Friday": a plan made in the
      // past, for a day that may have come since; the nearest such day is the best guess.
      return cue === "future-lexical" ? "present" : "past";
    }
    if (PERFECT_AUX.has(w) || w.endsWith("'ve")) return cue === "future-lexical" ? "future" : "past";
    if (PRESENT_AUX.has(w)) return cue === "future-lexical" ? "future" : "present";
    if (GROUP_FILLERS.has(w) || w.endsWith("ly")) continue;
    break;
  }
  switch (cue) {
    case "future":
    case "future-lexical":
      return "future";
    case "past":
    case "perfect":
    case "weak-past":
      return "past";
    case "present":
      return presentGroup(words, i);
  }
}

/** True when the verb at `i` is an infinitive: "to meet", "to be completed", "to have met". */
function isInfinitive(words: string[], i: number): boolean {
  if (words[i] === "to") return true;
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    const w = words[j]!;
    if (w === "to") return !/^(due|close|next|according|prior|thanks|up|back|similar|compared|ahead)$/.test(words[j - 1] ?? "");
    if (w !== "be" && w !== "have" && w !== "been" && w !== "not" && !w.endsWith("ly")) return false;
  }
  return false;
}

/** "is meeting", "are holding": present progressive, used for arrangements; "is to meet" is future. */
function presentGroup(words: string[], i: number): Tense {
  for (let j = i + 1; j < Math.min(words.length, i + 4); j++) {
    const w = words[j]!;
    if (w === "to" || w === "due" || w === "set" || w === "scheduled" || w === "expected" || w === "planned" || w === "going") return "future";
    if (GROUP_FILLERS.has(w) || w.endsWith("ly")) continue;
    break;
  }
  return "present";
}

/** How far (in tokens) a verb may stand from the phrase it governs. */
const MAX_REACH = 20;

/** The nearest verb group left of token `from` (exclusive) inside the clause, or null. */
function scanLeft(words: string[], raw: string[], from: number): Tense | null {
  for (let i = from - 1; i >= 0 && from - i <= MAX_REACH; i--) {
    // "The visit, which will be followed by a trip, starts on Monday": skip the relative clause.
    // A comma followed by "and"/"or" before the phrase joins a list ("who stepped down as
    // chairman, president and chief executive in March"): the phrase is inside that clause.
    if (words[i] === "," && !joinsList(words, i, from)) {
      const opening = relativeClauseStart(words, i);
      if (opening >= 0) {
        i = opening;
        continue;
      }
    }
    if (isHardBoundary(words, i)) return null;
    const cue = cueOf(words, i, raw[i] ?? null);
    if (!cue) continue;
    const reduced = reducedRelativeTense(words, raw, i, from, cue);
    if (reduced) return reduced;
    if (isInfinitive(words, i)) return infinitiveTense(words, raw, i);
    return groupTense(words, i, cue);
  }
  return null;
}

/** Verbs whose infinitive complement lies after them: decisions, promises, plans, requests. */
const PLAN_VERBS = new Set([
  "decided", "decide", "decides", "agreed", "agree", "agrees", "promised", "promise", "promises", "pledged",
  "vowed", "planned", "hoped", "aimed", "prepared", "wanted", "offered", "invited", "asked", "urged", "voted",
  "resolved", "committed", "threatened", "proposed", "intended", "expected", "scheduled", "sought", "ready",
  "about", "likely", "arranged", "arrange", "called", "ordered", "told", "authorized", "authorised", "allowed",
]);

/**
 * An infinitive takes its time from the finite verb it hangs on: after a plan word or a present
 * or future verb it lies ahead ("expects to report it on Friday", "is to be completed by May"),
 * after a plain past verb it happened then ("travelled to Moscow to meet Putin on Friday",
 * "extended their offers to acquire the company Friday").
 */
function infinitiveTense(words: string[], raw: string[], at: number): Tense {
  let j = at;
  while (j > 0 && words[j] !== "to") j--;
  for (let i = j - 1; i >= 0 && j - i <= 8; i--) {
    if (isHardBoundary(words, i)) break;
    const cue = cueOf(words, i, raw[i] ?? null);
    if (PLAN_VERBS.has(words[i]!) || cue === "future-lexical") {
      // "has decided to admit them in early March" lies ahead; "had planned to evacuate on Friday" may not.
      return words[i - 1] && PAST_AUX.has(words[i - 1]!) ? "present" : "future";
    }
    if (!cue) continue;
    if (cue === "future") return "future";
    if (isInfinitive(words, i)) continue;
    return groupTense(words, i, cue) === "past" ? "past" : "future";
  }
  // No finite verb found ("the fall of Mariupol on Friday, Russia appears to be …"): the nearest day.
  return "present";
}

function joinsList(words: string[], comma: number, to: number): boolean {
  for (let j = comma + 1; j < to && j - comma <= 6; j++) if (words[j] === "and" || words[j] === "or") return true;
  return false;
}

/** Index of the comma that opens ", which/who … ," when `close` is its closing comma, else −1. */
function relativeClauseStart(words: string[], close: number): number {
  for (let j = close - 1; j > 0 && close - j <= 16; j--) {
    const w = words[j]!;
    if (w === "," || w === ";" || w === ":" || w === "—") return w === "," && /^(which|who|whose|whom)$/.test(words[j + 1] ?? "") ? j : -1;
  }
  return -1;
}

/**
 * "A memorial service planned for Saturday was canceled": a plan word with no auxiliary is a
 * participle modifying a noun; the clause's finite verb after the phrase decides.
 */
function reducedRelativeTense(words: string[], raw: string[], cueAt: number, phraseAt: number, cue: Cue): Tense | null {
  if (cue !== "future-lexical" || words[cueAt] === "to") return null;
  const prev = words[cueAt - 1] ?? "";
  if (FUTURE_AUX.has(prev) || PAST_AUX.has(prev) || PRESENT_AUX.has(prev) || PERFECT_AUX.has(prev) || GROUP_FILLERS.has(prev)) return null;
  for (let i = phraseAt; i < words.length && i - phraseAt <= 6; i++) {
    if (isHardBoundary(words, i) || words[i] === "," || words[i] === "and" || words[i] === "or") return null;
    const w = words[i]!;
    if (PAST_AUX.has(w)) return "past";
    if (FUTURE_AUX.has(w)) return "future";
  }
  return null;
}

/** The nearest verb group right of token `from` inside the clause, skipping relative clauses. */
function scanRight(words: string[], raw: string[], from: number, reach = MAX_REACH): Tense | null {
  for (let i = from; i < words.length && i - from <= reach; i++) {
    const w = words[i]!;
    if (w === "who" || w === "which" || w === "whose" || (w === "," && (words[i + 1] === "who" || words[i + 1] === "which"))) {
      // ", who will arrive in Ukraine on a visit, will hold talks": skip to the clause's closing comma.
      let j = i + 1;
      while (j < words.length && words[j] !== ",") j++;
      i = j;
      continue;
    }
    if (isHardBoundary(words, i)) return null;
    const cue = cueOf(words, i, raw[i] ?? null);
    if (!cue) continue;
    // "In late April, we agreed to take measures": a fronted date goes with the main verb, so a
    // plan verb in the past is just past here (its infinitive is what lies ahead).
    if (cue === "future-lexical" && words[i] !== "to" && isPastForm(words[i]!) && !hasAuxBefore(words, i)) return "past";
    return groupTense(words, i, cue);
  }
  return null;
}

function isPastForm(w: string): boolean {
  return IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith("ed"));
}

function hasAuxBefore(words: string[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    const w = words[j]!;
    if (FUTURE_AUX.has(w) || PAST_AUX.has(w) || PRESENT_AUX.has(w) || PERFECT_AUX.has(w) || w.endsWith("'ll")) return true;
    if (!GROUP_FILLERS.has(w) && !w.endsWith("ly")) return false;
  }
  return false;
}

/** True when only prepositions, adverbs and punctuation stand between the clause start and `at`. */
function opensClause(words: string[], at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= MAX_REACH; i--) {
    const w = words[i]!;
    if (isHardBoundary(words, i)) return true;
    if (/^(on|in|at|by|since|from|earlier|later|also|and|then|already|as|of|until|during|after|before|,|the|this|last|next|back|early|late|today|yesterday|tomorrow|however|meanwhile|so|thus|yet|but)$/.test(w)) continue;
    return false;
  }
  return true;
}

/**
 * The tense governing the phrase at [phraseStart, phraseEnd) of a tokenized sentence. `rawWords`
 * holds the tokens as written (to tell names in -ed from verbs); pass the text to build it.
 */
export function detectGoverningTense(tokens: SentenceTokens, text: string, phraseStart: number, phraseEnd: number): Tense {
  const { words, starts, ends } = tokens;
  // First token ending after the phrase starts (binary search: sentences can be long).
  let first = 0;
  let hi = words.length;
  while (first < hi) {
    const mid = (first + hi) >> 1;
    if (ends[mid]! <= phraseStart) first = mid + 1;
    else hi = mid;
  }
  let after = first;
  while (after < words.length && starts[after]! < phraseEnd) after++;
  const raw = rawTokens(tokens, text);
  const clauseTense = clauseVerbTense(words, raw, first, after);
  return adjustForPreposition(words, first, text.slice(phraseStart, phraseEnd), clauseTense);
}

function clauseVerbTense(words: string[], raw: string[], first: number, after: number): Tense {
  const fronted = opensClause(words, first);
  if (!fronted) {
    const left = scanLeft(words, raw, first);
    if (left) return left;
  }
  // A fronted date ("In January, a week after …, a bomb killed …") may be far from its verb.
  const right = scanRight(words, raw, after, fronted ? 2 * MAX_REACH : MAX_REACH);
  if (right) return right;
  if (fronted) {
    const left = scanLeft(words, raw, first);
    if (left) return left;
  }
  return "present";
}

/** "was extended to Nov. 16", "postponed through January": a verb that moves a deadline. */
function hasDeadlineVerb(words: string[], at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= 6; i--) {
    if (/^(extended|postponed|delayed|adjourned|deferred|moved|pushed|rescheduled|prolonged)$/.test(words[i]!)) return true;
  }
  return false;
}

/**
 * The preposition in front of a phrase can outweigh the verb: "since March" is always past;
 * "until Friday", "by Dec. 15", "through January" name an end point that a past verb
 * ("was extended to Nov. 16") does not put in the past, so they fall back to the nearest
 * occurrence. A possessive weekday ("Thursday's closing price") names a known event: past,
 * unless a plan word stands right before it ("ahead of Thursday's meeting").
 */
function adjustForPreposition(words: string[], first: number, phrase: string, tense: Tense): Tense {
  for (let i = first - 1; i >= 0 && first - i <= 4; i--) {
    const w = words[i]!;
    if (w === "since") return "past";
    // "payable Dec. 7", "effective Feb. 1", "due Nov. 30": dates that something takes effect on.
    if (/^(payable|effective|due|expiring|starting|beginning|maturing)$/.test(w)) return "future";
    // "postponed until Tuesday", "extended to Nov. 16": a moved deadline lies ahead.
    if (/^(until|till|by|to|through)$/.test(w) && tense !== "future" && hasDeadlineVerb(words, i)) return "future";
    if (w === "until" || w === "till" || w === "by") return tense === "past" ? "present" : tense;
    if (!/^(the|early|late|mid|around|about|shortly|just|right|after|before|as|of|on|at|-)$/.test(w)) break;
  }
  if (/['’]s$/.test(phrase) && tense !== "past") {
    for (let i = first - 1; i >= 0 && first - i <= 3; i--) {
      if (/^(ahead|upcoming|next|coming|planned|scheduled|will|'ll|until|for)$/.test(words[i]!)) return "future";
    }
    return "past";
  }
  return tense;
}

const RAW_CACHE = new WeakMap<SentenceTokens, string[]>();
function rawTokens(tokens: SentenceTokens, text: string): string[] {
  let raw = RAW_CACHE.get(tokens);
  if (!raw) {
    raw = tokens.starts.map((s, i) => text.slice(s, tokens.ends[i]));
    RAW_CACHE.set(tokens, raw);
  }
  return raw;
}
