// Context checks that keep look-alikes out of the date stage: "May" the modal verb, "March" the
// verb, "2022 troops", "Sunday Times", "the fall of Kabul". Each takes the searched text and the
// match's offsets and looks only at the words next to it, so they cost a few character reads.

/** The word (letters, digits, apostrophes, dots, hyphens) ending just before `index`, or "". */
export function wordBefore(hay: string, index: number): string {
  let e = index;
  while (e > 0 && (hay[e - 1] === " " || hay[e - 1] === "\t" || hay[e - 1] === "\u00a0")) e--;
  let s = e;
  while (s > 0 && /[A-Za-z0-9'’.\-]/.test(hay[s - 1]!)) s--;
  return hay.slice(s, e);
}

/** The word starting just after `index` (after spaces), or "" when punctuation or the end comes first. */
export function wordAfter(hay: string, index: number): string {
  let s = index;
  while (s < hay.length && (hay[s] === " " || hay[s] === "\t" || hay[s] === "\u00a0")) s++;
  let e = s;
  while (e < hay.length && /[A-Za-z0-9'’\-]/.test(hay[e]!)) e++;
  return hay.slice(s, e);
}

export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Words after which a bare month name ("in May", "since March") is the month, not a verb. */
const MONTH_CONTEXT = new Set([
  "in", "of", "since", "until", "till", "by", "from", "during", "through", "throughout", "before", "after",
  "early", "late", "mid", "mid-", "last", "next", "this", "coming", "past", "end", "beginning", "start", "middle",
  "between", "for", "on", "around", "about", "as", "until", "that", "previous", "following", "each", "every",
]);
const LIST_JOINERS = new Set(["and", "or", "to", "through", "-", "–"]);
const MONTH_NAMES = /^(January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * A month name standing alone is a date only in a date-like context. "May" and "March" are also
 * a verb and a noun, so they need a preceding preposition or modifier ("in May", "last March")
 * or another month before a joiner ("April and May"). Other names need a capital and must not
 * be part of a name ("June Carter").
 */
export function isBareMonth(hay: string, start: number, end: number, name: string): boolean {
  if (!isCapitalised(name)) return false;
  const before = wordBefore(hay, start);
  const lower = before.toLowerCase().replace(/[.\-]+$/, "");
  if (MONTH_CONTEXT.has(lower) || MONTH_CONTEXT.has(before.toLowerCase())) return true;
  if (LIST_JOINERS.has(lower)) {
    const prev = wordBefore(hay, start - before.length - 1).replace(/[,.]$/, "");
    if (MONTH_NAMES.test(prev)) return true;
  }
  // Possessive or adjectival month: "December's talks", "the December summit".
  if (/^['’]s\b/.test(hay.slice(end, end + 3))) return !/^(May|March)$/.test(name) || lower === "the";
  // "the March accession", "the May elections" name the month; "the March on Rome" does not.
  if (lower === "the" && /^(May|March)$/.test(name)) {
    const after = wordAfter(hay, end);
    return /^[a-z]{3,}$/.test(after) && !/^(on|of|to|for|from|through|with|in|and|or|which|that|was|is|will|has|had|be)$/.test(after);
  }
  if (/^(May|March)$/.test(name)) return false;
  const after = wordAfter(hay, end);
  if (after && isCapitalised(after) && !MONTH_NAMES.test(after)) return false; // "June Carter"
  if (isCapitalised(before) && !/^(The|In|On|By|Since|Until|From|During|Last|Next|This)$/.test(before) && start > 0 && !/[.!?"“]\s*$/.test(hay.slice(Math.max(0, start - 3), start))) {
    return false; // "Mary June", "Porter August"
  }
  return true;
}

/** "May" followed by a base verb is the modal even with a date-like word before it ("in May be"). */
export function isModalMay(hay: string, end: number): boolean {
  const after = wordAfter(hay, end).toLowerCase();
  return /^(be|have|not|also|well|still|even|never|soon|need|take|seem|prove|want|require|lead|result|help|become|affect|cause|face|lose|include|find|make|get|use|see|come|go|continue|allow|undermine|pose)$/.test(after);
}

/** Plural nouns that a number counts: "2022 troops" is not the year 2022. */
const COUNTED_NOUNS = new Set([
  "people", "persons", "troops", "soldiers", "servicemen", "men", "women", "children", "civilians", "refugees",
  "tanks", "vehicles", "units", "cases", "deaths", "votes", "jobs", "pages", "words", "articles", "copies",
  "tonnes", "tons", "km", "kilometres", "kilometers", "miles", "metres", "meters", "dollars", "euros", "rubles",
  "roubles", "hryvnias", "hryvnia", "pounds", "shares", "barrels", "homes", "houses", "buildings", "students",
  "members", "employees", "workers", "residents", "rockets", "missiles", "drones", "shells", "weapons", "rifles",
  "guns", "aircraft", "planes", "ships", "prisoners", "hostages", "delegates", "participants", "infections",
  "patients", "beds", "doses", "vaccines", "items", "more", "additional", "new", "other", "of", "per", "points",
  "times", "sq", "square", "feet", "tons", "hectares", "acres", "objects", "settlements", "villages", "towns",
  "cities", "schools", "hospitals", "flights", "trucks", "wagons", "containers", "packages", "applications",
  "companies", "firms", "banks", "cars", "computers", "lives", "wounded", "injured", "dead", "killed",
  "individuals", "families", "orphans", "volunteers", "officers", "police", "personnel", "staff", "sailors",
  "pilots", "fighters", "militants", "mercenaries", "rounds", "bombs", "mines", "projectiles", "cartridges",
  "votes", "seats", "signatures", "requests", "complaints", "violations", "attacks", "strikes", "sanctions",
  "mw", "kw", "mwh", "gw", "bcm", "cubic", "ha", "kg", "mm", "cm", "m",
]);

/** Capitalised words after which a four-digit number is a label, not a year ("Resolution 2202"). */
const LABEL_WORDS = /^(Resolution|Article|Articles|No\.?|Nos\.?|Number|Flight|Room|Route|Highway|Windows|Apollo|Boeing|Airbus|Model|Section|Paragraph|Chapter|Decree|Order|Law|Bill|Item|Point|Platform|Gate|Unit|Building|Block|Code|Form|Page|Vol\.?|Volume|Issue|Case|File|Act|Patrol|Squadron|Regiment|Brigade|Battalion|Division|Corps|Mk|MH|MH17|Su|MiG|Tu|Il|An|S|T)$/;
const QUANTIFIERS = /^(about|around|some|nearly|almost|over|under|roughly|approximately|only|just|least|than|total|of|another|additional|exactly|up|to)$/i;

/**
 * A four-digit number standing alone is a year unless it counts something ("2022 troops",
 * "about 1500 people"), is money or a measure ("$2000", "2022 km"), is part of a bigger number
 * ("1,2022", "2022.5") or labels something ("Resolution 2202").
 */
export function isStandaloneYear(hay: string, start: number, end: number): boolean {
  const prevChar = hay[start - 1] ?? "";
  if (/[$€£¥#№+\-–,.\d/:]/.test(prevChar)) {
    // A dash before it is a year range only when a year precedes the dash ("2014–2022").
    if ((prevChar === "-" || prevChar === "–") && /(1[89]|20)\d\d\s*$/.test(hay.slice(Math.max(0, start - 8), start - 1))) return true;
    // "mid-2011", "post-1959", "pre-2014": a year with a prefix.
    if (prevChar === "-" && /\b(?:mid|pre|post|early|late|end)$/i.test(hay.slice(Math.max(0, start - 6), start - 1))) return true;
    if (prevChar === "," && /[A-Za-z]\s*,$/.test(hay.slice(Math.max(0, start - 3), start))) return true;
    return false;
  }
  const nextChars = hay.slice(end, end + 3);
  if (/^(?:[,.]\d|%|\d|:\d|\/\d)/.test(nextChars)) return false;
  const after = wordAfter(hay, end).toLowerCase();
  if (after === "percent" || after === "per" || COUNTED_NOUNS.has(after)) return false;
  const before = wordBefore(hay, start);
  if (LABEL_WORDS.test(before)) return false;
  if (QUANTIFIERS.test(before) && after !== "" && /^[a-z]/.test(wordAfter(hay, end))) {
    return /^(and|when|to|or|as|in|on|at|for|with|the|was|were|is|after|before|until|through|onwards)$/.test(after);
  }
  return true;
}

/** Newspaper and programme names built on a weekday: "Sunday Times", "Saturday Night Live". */
const WEEKDAY_NAME_AFTER = /^(Times|Telegraph|Mirror|Express|Post|Herald|Star|People|Sport|Mail|Independent|Observer|Night|Morning|Tribune|Journal|Edition|Magazine|Review|Service)$/;
/** Named days that are not the weekday of their week: "Black Friday", "Bloody Sunday". */
const WEEKDAY_NAME_BEFORE = /^(Black|Good|Bloody|Super|Ash|Holy|Maundy|Cyber|Palm|Easter|Great|Clean|Giving|Manic|Blue)$/;

export function isWeekdayName(hay: string, start: number, end: number): boolean {
  const after = wordAfter(hay, end);
  if (WEEKDAY_NAME_AFTER.test(after) && hay[end] === " ") return true;
  return WEEKDAY_NAME_BEFORE.test(wordBefore(hay, start));
}

/**
 * "Arab Spring", "Winter Olympics", "the fall of Kabul", "prices fall" — seasons that are not.
 * `modifier` is the word in front ("last", "this", "the") or null; `hasYear` when a year follows.
 */
export function isSeasonLookAlike(hay: string, start: number, end: number, word: string, modifier: string | null, hasYear: boolean): boolean {
  const lower = word.toLowerCase();
  const before = wordBefore(hay, start);
  const after = wordAfter(hay, end);
  if (isCapitalised(word) && !modifier && start > 0 && isCapitalised(before) && !/^(The|In|Last|Next|This|Since|By|Until|During|Early|Late|Mid)$/.test(before)) return true;
  if (isCapitalised(word) && after && isCapitalised(after) && !hasYear) return true; // "Winter Olympics", "Summer Games"
  if (lower !== "fall" && lower !== "spring") return false;
  if (hasYear) return false;
  // "in spring", "by fall", "until spring": after a time preposition it is the season.
  if (!modifier) return !/^(in|by|until|till|since|during|through|throughout|over|before|after)$/i.test(before); // "prices fall", "hot spring"
  // "the fall of Kabul", "the spring of discontent"; "last fall" and "the fall of 2021" are seasons.
  return modifier.toLowerCase() === "the" && /^\s+of\b/.test(hay.slice(end, end + 5));
}
