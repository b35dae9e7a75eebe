// The date stage's pattern list: every kind of temporal expression we recognise, as one regex and
// a reader that turns a match into a Reading (type + DateSpec) or rejects it (null) after a
// context check (guards.ts). Offsets come from the regex; values come later (resolve-date.ts).
//
// Why the order: all patterns run, then tag-dates.ts settles overlaps — the longest match wins
// ("Monday, January 31, 2022" over "Monday" and "January 31"; "twice a year" and "a year earlier"
// over the duration "a year"), and on equal spans the pattern listed FIRST wins. So the list goes
// from explicit calendar dates (stated, most specific) through weekdays, years and days relative
// to publication, to periods, vague references, sets, times and finally durations, the readings
// of last resort; within a group a specific reading comes before a general one that can match the
// same words ("last quarter" as the previous quarter before quarter names).
// Modifiers that wrap any date ("early", "mid-", "the end of", "the evening of") are not patterns
// but a refiner in tag-dates.ts, so they combine with every pattern below.
import type { Reading, Shift } from "./spec";
import {
  COUNT_SRC,
  DURATION_UNITS,
  HOLIDAY_SRC,
  MONTHS,
  MONTH_SRC,
  PARTS_OF_DAY,
  SEASONS,
  SPOKEN_YEAR_SRC,
  WEEKDAYS,
  WEEKDAY_SRC,
  countValue,
  ordinalValue,
  spokenYearValue,
  unitOf,
} from "./lexicon";
import { isBareMonth, isCapitalised, isModalMay, isSeasonLookAlike, isStandaloneYear, isWeekdayName, wordAfter, wordBefore } from "./guards";
import { pad2 } from "./calendar";

export interface DatePattern {
  name: string;
  regex: RegExp;
  /**
   * Words that may stand in front of the match ("last" Friday, "for" years, "two" weeks ago),
   * tested on the text just before it, anchored at its end. This keeps `regex` starting with
   * its rarest part: a regex that starts with optional words or a lookbehind is tried at every
   * position of the text and costs several times more. `read` says with `Reading.extendBy` how
   * much of it belongs to the phrase.
   */
  before?: RegExp;
  /**
   * Lower-case strings of which at least one must occur in the text for `regex` to match at all.
   * Patterns whose triggers are absent are not run: most articles have no quarter, season or
   * holiday, and a scan costs the same whether it finds anything or not.
   */
  triggers?: readonly string[];
  /** `hay` is the searched text and `m.index` an offset into it; `before` is the match of `before`. */
  read(m: RegExpExecArray, hay: string, before: RegExpExecArray | null): Reading | null;
}

// ---------------------------------------------------------------- building blocks

/** Spaces inside a line: a phrase never runs across a line break. */
const S = "[ \\t\\u00a0]+";
const S0 = "[ \\t\\u00a0]*";
const DASH = `${S0}[-–—]${S0}`;
const DAY = "(?:0?[1-9]|[12]\\d|3[01])";
const ORD = "(?:st|nd|rd|th)";
const YEAR = "(?:1[0-9]\\d\\d|20\\d\\d)";
/** ", 2022", " 2022", ",2022" after a day and month. */
const YEAR_TAIL = `(?:,?${S0}(?<year>${YEAR})(?![\\d,.]\\d))?`;
const PART_OF_DAY = "(?:morning|afternoon|evening|night)";
const APPROX = `(?:(?:about|around|some|nearly|almost|more${S}than|less${S}than|over|under|roughly|approximately|at${S}least|up${S}to|just|only|barely|fully)${S})`;
const UNIT_WORD = "(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century)";
const CAL_UNIT = "(?:day|week|month|quarter|year|decade|century)";

const re = (source: string, flags = "g") => new RegExp(source, flags);
const FULL_MONTH = /^(January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Every month name and abbreviation starts with one of these. */
const MONTH_TRIGGERS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** A `before` pattern: anchored at the end of the preceding text. */
const ending = (source: string, flags = "i") => new RegExp(`${source}$`, flags);

function monthOf(raw: string): number {
  return MONTHS[raw.toLowerCase().replace(/\.$/, "")]!;
}
function weekdayOfName(raw: string): number {
  return WEEKDAYS[raw.toLowerCase()]!;
}
function shiftOf(raw: string | undefined): Shift {
  if (!raw) return null;
  const w = raw.toLowerCase().replace(/\s+/g, " ");
  if (w === "last" || w === "past" || w === "previous" || w === "this past") return "last";
  if (w === "next" || w === "coming" || w === "this coming") return "next";
  if (w === "this" || w === "current") return "this";
  return null;
}
function partSuffix(raw: string | undefined): string | null {
  return raw ? `T${PARTS_OF_DAY[raw.toLowerCase()]}` : null;
}
function dayNum(raw: string): number {
  return Number(raw.replace(/\D+$/, ""));
}
/** A month name must be capitalised ("march" is a verb); abbreviations need no further context. */
function monthNameOk(raw: string): boolean {
  return isCapitalised(raw);
}
function calendar(year: string | undefined, month: number | null, day: number | null): Reading {
  return { type: "DATE", spec: { kind: "calendar", year: year ? Number(year) : null, month, day } };
}
/** Words that make a quarter the period of reported results: "third-quarter profit", "fourth-quarter net". */
const RESULTS_NOUN = /^(profit|profits|net|earnings|income|sales|revenue|revenues|loss|losses|results|operating|per-share|output|growth)$/i;

/** "posted net income for the fiscal second quarter", "earnings rose 33% in the first quarter". */
const RESULTS_BEFORE = /\b(?:profits?|net|income|earnings|sales|revenues?|loss|losses|results)\b[^.;:]{0,24}\b(?:for|in|during)[ \t]+$/i;

/** Nouns that "today's" makes generic, "nowadays" (TimeML PRESENT_REF): "today's world", "in today's dollars". */
const GENERIC_AFTER_TODAY = /^(world|youth|society|generation|generations|children|young|economy|economies|market|markets|marketplace|standards|terms|dollars|prices|technology|technologies|reality|realities|climate|environment|politics|culture|life|families|consumers|companies|businesses|workplace|workforce)$/i;

/**
 * "today's world", "at today's GM.", "today's Russia is …": the present-day one, not the day.
 * A name counts only when it ends the noun phrase, so "today's Security Council meeting" and
 * "today's Washington Post reported" keep the day.
 */
function isPresentDayGeneric(hay: string, end: number): boolean {
  const rest = hay.slice(end, end + 60);
  const first = /^[ \t]+([A-Za-z][\w&.-]*)/.exec(rest);
  if (!first) return false;
  if (GENERIC_AFTER_TODAY.test(first[1]!)) return true;
  const name = /^[ \t]+((?:[A-Z][\w&-]*[ \t]*){1,2})(?=[,.;:!?)"”]|[ \t]+(?:is|are|was|has|have|and)\b)/.exec(rest);
  return name !== null && !WEEKDAYS[name[1]!.trim().toLowerCase()] && !MONTHS[name[1]!.trim().toLowerCase()];
}

/** The noun phrase an anchored phrase counts from: "Macron's visit to Russia" (up to 8 words). */
export function eventPhraseAfter(hay: string, end: number): string | null {
  const rest = hay.slice(end, end + 120);
  const m = /^[ \t]+((?:(?!(?:which|who|when|where|while|and|but|because|if|so)\b)[^\s,.;:!?()"“”]+[ \t]*){1,8})/.exec(rest);
  if (!m) return null;
  const phrase = m[1]!.trim();
  // "the day after that": counted from the time just talked about, not from a named event.
  return /^(that|this|it)$/i.test(phrase) ? null : phrase;
}

// ---------------------------------------------------------------- the list

export const DATE_PATTERNS: readonly DatePattern[] = [
  // ---- explicit calendar dates (stated)
  {
    name: "iso-date",
    regex: re(String.raw`\b(?<y>(?:1[0-9]|20)\d\d)-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])\b(?!-)`),
    read: (m) => calendar(m.groups!.y, Number(m.groups!.m), Number(m.groups!.d)),
  },
  {
    // 07.02.2022 is day.month.year (the European order of our Ukrainian and Russian sources);
    // 02/07/2022 is the US month/day/year unless the first number cannot be a month.
    name: "numeric-date",
    regex: re(String.raw`(?<![\d./])(?<a>\d{1,2})(?<sep>[./])(?<b>\d{1,2})\k<sep>(?:(?<y>(?:1[0-9]|20)\d\d)|(?<yy>\d\d))(?![\d./]\d)`),
    read: (m) => {
      const g = m.groups!;
      const a = Number(g.a);
      const b = Number(g.b);
      if (g.yy && g.sep === ".") return null; // "1.5.22" is more often a version or a clause number
      const dayFirst = g.sep === "." || a > 12;
      const [day, month] = dayFirst ? [a, b] : [b, a];
      if (month < 1 || month > 12 || day < 1 || day > 31) return null;
      if (g.yy) return { type: "DATE", spec: { kind: "calendar", year: null, twoDigitYear: Number(g.yy), month, day } };
      return calendar(g.y, month, day);
    },
  },
  {
    // "January 30 – February 2, 2022", "30 January – 2 February 2022": ranges across months.
    name: "cross-month-range",
    triggers: MONTH_TRIGGERS,
    regex: re(
      String.raw`\b(?:(?<m1>${MONTH_SRC})${S}(?<d1>${DAY})${ORD}?${DASH}(?<m2>${MONTH_SRC})${S}(?<d2>${DAY})${ORD}?|(?<d3>${DAY})${ORD}?${S}(?<m3>${MONTH_SRC})${DASH}(?<d4>${DAY})${ORD}?${S}(?<m4>${MONTH_SRC}))\b${YEAR_TAIL}`,
    ),
    read: (m) => {
      const g = m.groups!;
      const [m1, d1, m2, d2] = g.m1 ? [g.m1, g.d1!, g.m2!, g.d2!] : [g.m3!, g.d3!, g.m4!, g.d4!];
      if (!monthNameOk(m1) || !monthNameOk(m2)) return null;
      const y = g.year ? Number(g.year) : null;
      return {
        type: "DATE",
        spec: { kind: "calendar", year: y, month: monthOf(m1), day: dayNum(d1), rangeEnd: { year: y, month: monthOf(m2), day: dayNum(d2) } },
      };
    },
  },
  {
    // "On October 30–31", "December 15-16, 2021", "15-16 December", "6 and 7 January".
    name: "day-range",
    triggers: MONTH_TRIGGERS,
    regex: re(
      String.raw`\b(?:(?<m1>${MONTH_SRC})${S}(?<a1>${DAY})${ORD}?(?:${DASH}|${S}(?:and|to)${S})(?<b1>${DAY})${ORD}?|(?<a2>${DAY})${ORD}?(?:${DASH}|${S}(?:and|to)${S})(?<b2>${DAY})${ORD}?${S}(?:of${S})?(?<m2>${MONTH_SRC}))\b${YEAR_TAIL}`,
    ),
    read: (m) => {
      const g = m.groups!;
      const [mon, a, b] = g.m1 ? [g.m1, g.a1!, g.b1!] : [g.m2!, g.a2!, g.b2!];
      if (!monthNameOk(mon) || dayNum(b) <= dayNum(a)) return null;
      const y = g.year ? Number(g.year) : null;
      const month = monthOf(mon);
      return { type: "DATE", spec: { kind: "calendar", year: y, month, day: dayNum(a), rangeEnd: { year: y, month, day: dayNum(b) } } };
    },
  },
  {
    // "January-June 2021", "April–June", "between April and October of this year", "from March to May 2022".
    name: "month-range",
    triggers: MONTH_TRIGGERS,
    regex: re(
      String.raw`\b(?:(?<between>between|from)${S})?(?<m1>January|February|March|April|May|June|July|August|September|October|November|December)(?:${DASH}|${S}(?:and|to|through|till|until)${S})(?<m2>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!${S0}\d{1,2}\b)(?:(?:,|${S}of)?${S}(?:(?<year>${YEAR})\b|(?<rel>this|last|next)${S}year\b))?`,
    ),
    read: (m) => {
      const g = m.groups!;
      const afterFirst = m[0].indexOf(g.m1!, g.between ? g.between.length : 0) + g.m1!.length;
      const separator = m[0].slice(afterFirst, m[0].indexOf(g.m2!, afterFirst)).trim().toLowerCase();
      const between = g.between?.toLowerCase();
      // "April and May" is a list and "from May and June" no phrase: a range needs a dash,
      // "between … and …" or "from … to/through/until …".
      const isRange = /^[-–—]$/.test(separator) || (between === "between" && separator === "and") || (between === "from" && separator !== "and");
      if (!isRange) return null;
      const yearOffset = g.rel ? { last: -1, this: 0, next: 1 }[g.rel.toLowerCase() as "last" | "this" | "next"] : undefined;
      return {
        type: "DATE",
        spec: { kind: "calendar", year: g.year ? Number(g.year) : null, month: monthOf(g.m1!), day: null, yearOffset, rangeEnd: { year: null, month: monthOf(g.m2!), day: 0 } },
      };
    },
  },
  {
    // "Monday, January 31, 2022", "Feb. 7", "February 7(it", "the February 7".
    name: "month-day",
    triggers: MONTH_TRIGGERS,
    regex: re(String.raw`\b(?:(?<wd>${WEEKDAY_SRC}),?${S})?(?<mon>${MONTH_SRC})${S0}(?<d>${DAY})${ORD}?(?!\d|:\d)\b${YEAR_TAIL}`),
    read: (m, hay) => {
      const g = m.groups!;
      if (!monthNameOk(g.mon!)) return null;
      if (g.mon === "May" && !g.year && isModalMay(hay, m.index + m[0].length)) return null;
      // "March 8 protesters" reads fine; "in May 10 people died" does not — a counted noun follows.
      if (!g.year && /^(people|persons|troops|soldiers|percent|per|times|km|million|billion|thousand)$/i.test(wordAfter(hay, m.index + m[0].length))) return null;
      // A month glued to its day: "May10" in a headline is a date, "Mar3" a code.
      const monthEnd = m[0].indexOf(g.mon!) + g.mon!.length;
      if (/^\d/.test(m[0].slice(monthEnd)) && !FULL_MONTH.test(g.mon!)) return null;
      return calendar(g.year, monthOf(g.mon!), dayNum(g.d!));
    },
  },
  {
    // "7 February 2022", "07th February, 2022", "the 24th of February", "Monday, 7 February".
    name: "day-month",
    triggers: MONTH_TRIGGERS,
    regex: re(String.raw`\b(?:(?<wd>${WEEKDAY_SRC}),?${S})?(?:the${S})?(?<d>${DAY})${ORD}?${S}(?:of${S})?(?<mon>${MONTH_SRC})(?![A-Za-z])${YEAR_TAIL}`),
    read: (m, hay) => {
      const g = m.groups!;
      if (!monthNameOk(g.mon!)) return null;
      if (g.mon === "May" && !g.year && isModalMay(hay, m.index + m[0].length)) return null;
      // "about 10 May be ..." / "1,500 March": a count, not a day.
      if (/[\d,.]$/.test(hay.slice(Math.max(0, m.index - 1), m.index))) return null;
      return calendar(g.year, monthOf(g.mon!), dayNum(g.d!));
    },
  },
  {
    // "February 2022", "May of 2021", "Feb. 2022", "January nineteen ninety-seven".
    name: "month-year",
    triggers: MONTH_TRIGGERS,
    regex: re(String.raw`\b(?<mon>${MONTH_SRC})(?:${S}of|,)?${S0}(?:(?<year>${YEAR})\b(?![,.]\d)|(?<spoken>${SPOKEN_YEAR_SRC})\b)`),
    read: (m) => {
      const g = m.groups!;
      if (!monthNameOk(g.mon!)) return null;
      const year = g.year ?? (g.spoken ? String(spokenYearValue(g.spoken) ?? "") : "");
      return year ? calendar(year, monthOf(g.mon!), null) : null;
    },
  },
  {
    // "December last year", "June this year", "March next year".
    name: "month-of-relative-year",
    triggers: MONTH_TRIGGERS,
    regex: re(String.raw`\b(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)(?:${S}of)?${S}(?<rel>last|this|next)${S}year\b`),
    read: (m) => {
      if (!monthNameOk(m.groups!.mon!)) return null;
      const offset = { last: -1, this: 0, next: 1 }[m.groups!.rel!.toLowerCase() as "last" | "this" | "next"];
      return { type: "DATE", spec: { kind: "calendar", year: null, month: monthOf(m.groups!.mon!), day: null, yearOffset: offset } };
    },
  },
  {
    // "last December", "next March", "this May": the named month before/after/of this year.
    name: "shifted-month",
    triggers: MONTH_TRIGGERS,
    regex: re(String.raw`\b(?<shift>last|next|this|coming|past|this${S}past|this${S}coming)${S}(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b`, "gi"),
    read: (m) => {
      if (!monthNameOk(m.groups!.mon!)) return null;
      return { type: "DATE", spec: { kind: "calendar", year: null, month: monthOf(m.groups!.mon!), day: null, shift: shiftOf(m.groups!.shift) } };
    },
  },
  {
    // "in December", "since March", "April and May": a month alone (guards.isBareMonth).
    name: "month",
    triggers: MONTH_TRIGGERS,
    regex: re(String.raw`\b(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!['’]?\d)`),
    read: (m, hay) => {
      const start = m.index;
      const end = start + m[0].length;
      if (!isBareMonth(hay, start, end, m.groups!.mon!)) return null;
      if (m.groups!.mon === "May" && isModalMay(hay, end)) return null;
      return calendar(undefined, monthOf(m.groups!.mon!), null);
    },
  },

  // ---- weekdays
  {
    // "on Monday", "last Friday", "Thursday's meeting", "Wednesday night" (a TIME).
    name: "weekday",
    triggers: ["day"],
    regex: re(String.raw`\b(?<wd>${WEEKDAY_SRC})(?:['’]s)?(?:${S}(?<part>${PART_OF_DAY})\b)?`, "gi"),
    before: ending(String.raw`\b(?:(?<the>the)${S})?(?<shift>last|next|this|coming|past|previous|preceding|following|this${S}coming|this${S}past)${S}`),
    read: (m, hay, before) => {
      const g = m.groups!;
      if (!isCapitalised(g.wd!)) return null;
      if (isWeekdayName(hay, m.index, m.index + g.wd!.length)) return null;
      // "the previous Friday", "the following Monday" count from the day just talked about
      // (TimeML's anaphoric reading); "last Friday", "next Monday" from publication.
      let rel = before?.groups!.shift!.toLowerCase();
      let extendBy = before ? before[0].length : 0;
      // Without "the", "following Wednesday's sentence" is the preposition ("after").
      if ((rel === "following" || rel === "preceding") && !before!.groups!.the) {
        rel = undefined;
        extendBy = 0;
      }
      const anaphoric = (rel === "previous" || rel === "preceding" || rel === "following") && !!before!.groups!.the;
      if (rel === "previous" && !anaphoric) rel = "last";
      // "Wednesday night" keeps the day's value: the day is what a timeline needs (and what most
      // TimeBank/AQUAINT annotations give); the part of day stays in the text.
      return {
        type: "DATE",
        spec: { kind: "weekday", weekday: weekdayOfName(g.wd!), shift: anaphoric ? (rel === "following" ? "next" : "last") : shiftOf(rel), anaphoric },
        extendBy,
      };
    },
  },
  {
    // "on the 24th": the day of a month the reader already knows.
    name: "day-of-month",
    before: ending(String.raw`\b(?:on|by|until|till|since|from|before|after)${S}`),
    regex: re(String.raw`\bthe${S}(?<d>${DAY})${ORD}\b(?![ \t]*(?:of|century|anniversary|birthday|time|round|floor|day|session|congress|summit|meeting|convocation|edition|year|minute|hour|-)\b)`, "gi"),
    read: (m, hay, before) => {
      if (!before) return null;
      const after = wordAfter(hay, m.index + m[0].length);
      // "on the 24th, …" is a day; "the 3rd Russian–Chinese Forum", "the 24th floor" are ordinals.
      if (after && !/^(and|at|in|when|as|to|this|last|next|with|after|before)$/.test(after)) return null;
      return { type: "DATE", spec: { kind: "day-of-month", day: dayNum(m.groups!.d!) } };
    },
  },

  // ---- years, decades, centuries
  {
    // "in 2021–2023", "1941–1945": a range of years, read as one expression with its end.
    name: "year-range",
    regex: re(String.raw`\b(?<y1>(?:1[0-9]|20)\d\d)${DASH}(?<y2>(?:1[0-9]|20)\d\d)\b(?![-–—.,/]\d)`),
    read: (m, hay) => {
      const y1 = Number(m.groups!.y1);
      const y2 = Number(m.groups!.y2);
      if (y2 <= y1 || y2 - y1 > 100 || !isStandaloneYear(hay, m.index, m.index + 4)) return null;
      return { type: "DATE", spec: { kind: "calendar", year: y1, month: null, day: null, rangeEnd: { year: y2, month: 12, day: 31 } } };
    },
  },
  {
    // "in 2014", "fiscal 1989", "the year 2000". Counts and labels are refused.
    name: "year",
    regex: re(String.raw`\b(?:(?<fiscal>fiscal(?:${S}year)?|FY|the${S}year)${S0})?(?<year>(?:1[0-9]|20)\d\d)\b(?!['’]?s\b)`, "gi"),
    read: (m, hay) => {
      const yearStart = m.index + m[0].length - 4;
      if (!isStandaloneYear(hay, yearStart, yearStart + 4)) return null;
      const y = Number(m.groups!.year);
      if (y < 1000) return null;
      return calendar(m.groups!.year, null, null);
    },
  },
  {
    // "since '82", "the class of '98": a two-digit year, in the century that puts it nearest before publication.
    name: "short-year",
    triggers: ["'", "’"],
    regex: re(String.raw`['’](?<yy>\d\d)\b(?!['’]?s\b)`, "g"),
    before: ending(String.raw`\b(?:since|in|of|from|until|by|to|and|before|after)${S}`),
    read: (m, _hay, before) => (before ? { type: "DATE", spec: { kind: "year-of-century", yy: Number(m.groups!.yy) } } : null),
  },
  {
    // Spoken years of broadcast transcripts: "nineteen ninety-seven", "in two thousand". A
    // "nineteen …" pair can only be a year; "two thousand" and "twenty …" are counts too, so
    // they need a preposition or "the year" before them.
    name: "spoken-year",
    triggers: ["eighteen", "nineteen", "twenty", "thousand"],
    regex: re(String.raw`\b(?<spoken>${SPOKEN_YEAR_SRC})\b(?![- ](?:year|old|percent|people|troops|dollars)\b)`, "gi"),
    read: (m, hay) => {
      const spoken = m.groups!.spoken!;
      if (!/^(nineteen|eighteen)/i.test(spoken) && !/^(in|of|since|until|by|from|year|early|late|mid|before|after)$/i.test(wordBefore(hay, m.index))) return null;
      if (/^(nineteen|eighteen)\s+(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)$/i.test(spoken) && !/^(in|of|since|until|by|from|year)$/i.test(wordBefore(hay, m.index))) return null;
      const year = spokenYearValue(spoken);
      return year === null ? null : calendar(String(year), null, null);
    },
  },
  {
    // "the 1990s" (199), "the '80s", "the 2020s", "the early 1980s" (the modifier is a refiner).
    name: "decade",
    triggers: ["0s", "0's", "0’s", "ties"],
    regex: re(String.raw`\b(?:the${S})?(?:(?<cent>1[0-9]|20)(?<dec>\d)0['’]?s|['’]?(?<short>[1-9])0s|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b`, "gi"),
    read: (m, hay) => {
      const g = m.groups!;
      // "in his forties", "a man in his 70s": an age, not a decade.
      if ((g.word || g.short) && /^(his|her|their|its|my|your|our|early|late|mid)$/i.test(wordBefore(hay, m.index))) return null;
      if (g.word && !/^the/i.test(m[0])) return null;
      if (g.short && !/^the/i.test(m[0]) && !/['’]/.test(m[0]) && !/^(and|or|the|of|to|,)$/i.test(wordBefore(hay, m.index).replace(/^.*,$/, ","))) return null;
      if (g.cent) return { type: "DATE", spec: { kind: "decade", decade: Number(g.cent) * 10 + Number(g.dec) } };
      const digit = g.short ? Number(g.short) : ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"].indexOf(g.word!.toLowerCase()) + 2;
      return { type: "DATE", spec: { kind: "decade-of-century", digit } };
    },
  },
  {
    name: "century",
    triggers: ["century"],
    regex: re(String.raw`\b(?:the${S})?(?:(?<n>\d{1,2})${ORD}|(?<w>nineteenth|twentieth|twenty-first|eighteenth))[- ]century\b`, "gi"),
    read: (m) => {
      const g = m.groups!;
      const n = g.n ? Number(g.n) : { eighteenth: 18, nineteenth: 19, twentieth: 20, "twenty-first": 21 }[g.w!.toLowerCase()]!;
      return { type: "DATE", spec: { kind: "century", century: n - 1 } };
    },
  },

  // ---- days named relative to the publication date
  {
    // "today", "yesterday", "tonight", "tomorrow morning": DATEs with the day's value, like "Wednesday night".
    name: "relative-day",
    triggers: ["today", "tonight", "tomorrow", "yesterday"],
    regex: re(String.raw`\b(?<day>today|tonight|tomorrow|yesterday)(?:['’]s)?(?:${S}(?<part>${PART_OF_DAY}))?\b`, "gi"),
    read: (m, hay) => {
      const w = m.groups!.day!.toLowerCase();
      if (w === "today" && !m.groups!.part && /['’]s$/.test(m[0]) && isPresentDayGeneric(hay, m.index + m[0].length)) {
        return { type: "DATE", spec: { kind: "fixed", value: "PRESENT_REF" } };
      }
      const offset = w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0;
      return { type: "DATE", spec: { kind: "dct-offset", unit: "day", offset } };
    },
  },
  {
    name: "day-before-yesterday",
    triggers: ["yesterday", "tomorrow"],
    regex: re(String.raw`\bthe${S}day${S}(?<dir>before${S}yesterday|after${S}tomorrow)\b`, "gi"),
    read: (m) => ({ type: "DATE", spec: { kind: "dct-offset", unit: "day", offset: /before/i.test(m.groups!.dir!) ? -2 : 2 } }),
  },
  {
    // "last night" (the night before publication), "this morning", "this evening".
    name: "part-of-today",
    triggers: ["morning", "afternoon", "evening", "night"],
    regex: re(String.raw`\b(?<which>last|this|overnight)${S}(?<part>${PART_OF_DAY})\b|\bovernight\b`, "gi"),
    read: (m) => {
      const g = m.groups!;
      // Bare "overnight" is the night before whatever day is reported: no anchor for later phrases.
      if (!g.which) return { type: "TIME", spec: { kind: "dct-offset", unit: "day", offset: 0 }, timeSuffix: "TNI", weakReference: true };
      const last = g.which.toLowerCase() === "last";
      const part = g.part!.toLowerCase();
      // "last night" is the night before; "last morning" is not idiomatic and is read as today.
      return { type: "TIME", spec: { kind: "dct-offset", unit: "day", offset: last && part === "night" ? -1 : 0 }, timeSuffix: partSuffix(part) };
    },
  },
  {
    // "in the morning", "during the night": the publication day, written in a day's report.
    name: "part-of-day",
    triggers: ["morning", "afternoon", "evening", "night"],
    regex: re(String.raw`\bthe${S}(?<part>morning|afternoon|evening|night)\b(?!${S}of\b)`, "gi"),
    before: ending(String.raw`\b(?:in|during|on|by|through|throughout)${S}`),
    read: (m, _hay, before) => (before ? { type: "TIME", spec: { kind: "dct-offset", unit: "day", offset: 0 }, timeSuffix: partSuffix(m.groups!.part) } : null),
  },

  // ---- units relative to the publication date or to another time
  {
    // "last week", "next month", "this year", "the current quarter", "last weekend".
    name: "shifted-unit",
    triggers: ["week", "month", "year", "quarter", "decade", "century"],
    regex: re(String.raw`\b(?:the${S})?(?<shift>last|next|this|coming|past|current)${S}(?:(?:fiscal|financial|calendar)${S})?(?<unit>week|weekend|month|year|quarter|decade|century)\b(?![-‐]|['’]s${S}(?:${UNIT_WORD}))`, "gi"),
    read: (m, hay) => {
      const g = m.groups!;
      const unit = g.unit!.toLowerCase();
      const shift = g.shift!.toLowerCase();
      const hasThe = /^the/i.test(m[0]);
      // "the past year", "over the last week": the annotated corpora give the previous unit as a
      // DATE; "the past decade" is the decade holding most of the last ten years.
      if (hasThe && (shift === "last" || shift === "past") && unit !== "weekend") {
        return { type: "DATE", spec: { kind: "dct-offset", unit: unit as "year", offset: -1, trailing: true } };
      }
      // "last year's" is still last year; "this week's" too.
      const offset = shift === "last" || shift === "past" ? -1 : shift === "next" || shift === "coming" ? 1 : 0;
      if (unit === "weekend") return { type: "DATE", spec: { kind: "part-of-year", unit: "weekend", index: 0, year: null, shift: shiftOf(shift) } };
      if (hasThe && shift === "next") {
        // "the next year" is a span ahead ("in the next year") unless anchored ("the next week, he ...").
        if (/\b(?:in|over|during|within|for)\s+$/i.test(hay.slice(Math.max(0, m.index - 8), m.index))) {
          return { type: "DURATION", spec: { kind: "fixed", value: `P1${DURATION_UNITS[unit]!.letter}` } };
        }
        return { type: "DATE", spec: { kind: "anchored", unit: unit as "day", offset: 1, eventPhrase: null } };
      }
      return { type: "DATE", spec: { kind: "dct-offset", unit: unit as "week", offset } };
    },
  },
  {
    // "the next day", "the following week", "the previous year", "that same day", "the day before"
    // (with no event after it), "the eve of the summit": counted from another time.
    name: "anchored-unit",
    regex: re(
      String.raw`\b(?:(?:the|that)${S}(?<rel>next|following|previous|preceding|prior|same|very${S}same)${S}(?<unit1>day|week|month|year|weekend|morning|evening|night)|(?:(?:on${S})?that|the${S}same|that${S}same)${S}(?<unit2>day|week|month|year|morning|evening|night)|the${S}(?<unit3>week|month|year)${S}(?<dir3>previous|before|prior|after|earlier|later)(?=${S0}[,.;:!?)]|${S0}$)|the${S}day${S}(?<dir>before|after)|(?:on${S})?the${S}eve(?=${S}of\b))\b`,
      "gi",
    ),
    read: (m, hay) => {
      const g = m.groups!;
      const end = m.index + m[0].length;
      const rel = (g.rel ?? "").toLowerCase();
      let unit = (g.unit1 ?? g.unit2 ?? g.unit3 ?? "day").toLowerCase();
      let offset = rel === "next" || rel === "following" ? 1 : rel === "previous" || rel === "preceding" || rel === "prior" ? -1 : 0;
      if (g.dir) {
        if (/^(in|during)$/i.test(wordBefore(hay, m.index))) return null; // "later in the day before returning"
        offset = g.dir.toLowerCase() === "before" ? -1 : 1;
      }
      // "the next morning", "that evening": the day, like "Wednesday night".
      if (unit === "morning" || unit === "evening" || unit === "night") unit = "day";
      if (/eve$/i.test(m[0])) offset = -1;
      if (g.dir3) offset = /^(after|later)$/i.test(g.dir3) ? 1 : -1; // "the year before", "the month after"
      // "the day before the summit" / "on the eve of the talks" count from the event named next.
      const followsEvent = g.dir || /eve$/i.test(m[0]);
      let eventPhrase: string | null = null;
      if (followsEvent) {
        const ofEvent = /eve$/i.test(m[0]) ? /^\s+of\b/.exec(hay.slice(end, end + 5)) : null;
        eventPhrase = eventPhraseAfter(hay, end + (ofEvent ? ofEvent[0].length : 0));
        if (eventPhrase && /^(yesterday|tomorrow)$/i.test(eventPhrase)) return null;
      }
      return { type: "DATE", spec: { kind: "anchored", unit: unit as "day", offset, eventPhrase } };
    },
  },
  {
    // "Until then", "by that time": an end point that refers back to the time named before.
    name: "anaphoric-time",
    triggers: ["then", "that time"],
    regex: re(String.raw`\b(?:then|that${S}time)\b(?!${S0}[-‐])`, "gi"),
    before: ending(String.raw`\b(?:until|till|by)${S}`),
    read: (_m, _hay, before) => (before ? { type: "DATE", spec: { kind: "antecedent", reach: 2 } } : null),
  },
  {
    // "two weeks ago", "a year earlier", "three days later", "a day before Macron's visit",
    // "nearly four years ago", "several years ago" (PAST_REF), "two days from now".
    name: "counted-offset",
    regex: re(String.raw`\b(?<unit>${UNIT_WORD})(?:${S}or${S}so)?${S}(?<dir>ago|earlier|later|before|after|previously|prior|from${S}now|hence|on)\b`, "gi"),
    before: ending(String.raw`\b${APPROX}?(?<n>${COUNT_SRC})(?:${S}or${S}(?:so|${COUNT_SRC}))?${S}(?:more${S})?`),
    read: (m, hay, before) => {
      if (!before) return null;
      const g = m.groups!;
      const n = countValue(before.groups!.n!);
      const extendBy = before[0].length;
      const unit = unitOf(g.unit!);
      const dir = g.dir!.toLowerCase();
      const end = m.index + m[0].length;
      const past = dir === "ago" || dir === "earlier" || dir === "before" || dir === "previously" || dir === "prior";
      if (dir === "on" && !/^[ \t]*[,.;]/.test(hay.slice(end, end + 2)) && end < hay.length) return null; // "two years on" only at a clause end
      if (n === null) {
        // "a few years ago", "several days later": a vague time before/after.
        if (dir === "ago") return { type: "DATE", spec: { kind: "fixed", value: "PAST_REF" }, extendBy };
        if (dir === "from now" || dir === "hence") return { type: "DATE", spec: { kind: "fixed", value: "FUTURE_REF" }, extendBy };
        return null;
      }
      const calUnit = unit === "night" ? "day" : unit === "fortnight" ? "week" : unit;
      const count = unit === "fortnight" ? n * 2 : n;
      if (!Number.isInteger(count) || !["day", "week", "month", "quarter", "year", "decade", "century"].includes(calUnit)) {
        return { type: "DURATION", spec: { kind: "fixed", value: durationValue(n, unit) }, extendBy };
      }
      const offset = past ? -count : count;
      if (dir === "ago" || dir === "from now" || dir === "hence") {
        // "a week ago" names the day seven days back ("the quake hit a week ago"), as TimeBank and
        // MEANTIME annotate it; "two weeks ago" stays the week.
        if (calUnit === "week" && count === 1) return { type: "DATE", spec: { kind: "dct-offset", unit: "day", offset: past ? -7 : 7 }, extendBy };
        return { type: "DATE", spec: { kind: "dct-offset", unit: calUnit as "day", offset, comparative: true }, extendBy };
      }
      const eventPhrase = dir === "before" || dir === "after" ? eventPhraseAfter(hay, end) : null;
      return { type: "DATE", spec: { kind: "anchored", unit: calUnit as "day", offset, eventPhrase, keepGranularity: true }, extendBy };
    },
  },

  {
    // "suspended for a second consecutive day", "gains for the fourth week in a row", "today is
    // the eighth day of Desert Shield": the day (week, month, year) being reported, i.e. the
    // current one. Past or future clauses ("It was the third consecutive month") are left alone.
    name: "nth-current-unit",
    triggers: ["consecutive", "straight", "successive", "in a row", "day of"],
    regex: re(
      String.raw`\b(?:(?:a|the)${S})?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))${S}(?:(?<consec>consecutive|straight|successive)${S})?(?<unit>day|week|month|year|session)\b(?<row>${S}in${S}a${S}row\b)?`,
      "gi",
    ),
    read: (m, hay) => {
      const g = m.groups!;
      const end = m.index + m[0].length;
      const clause = hay.slice(Math.max(0, m.index - 160), m.index).split(/[.;:!?\n]/).pop()!;
      const unit = g.unit!.toLowerCase() === "session" ? "day" : (g.unit!.toLowerCase() as "day");
      if (g.consec || g.row) {
        if (/\b(?:was|were|had|did|will|would|could|might|may|shall)\b|['’]ll\b/i.test(clause)) return null;
        return { type: "DATE", spec: { kind: "dct-offset", unit, offset: 0 }, followsSentenceDay: true };
      }
      // "today is the eighth day of …", "It's the second day of an offensive".
      if (unit === "day" && /^[ \t]+of\b/.test(hay.slice(end, end + 4)) && /\b(?:today|it|this)[ \t]*(?:is|['’]s)[ \t]*$/i.test(clause)) {
        return { type: "DATE", spec: { kind: "dct-offset", unit: "day", offset: 0 } };
      }
      return null;
    },
  },

  // ---- parts of a year
  {
    // "the third quarter", "fourth-quarter", "the first quarter of 2022", "fiscal second quarter".
    name: "quarter",
    triggers: ["quarter"],
    regex: re(
      String.raw`\b(?:the${S}(?:(?<yfirst>${YEAR})${S})?|(?<relyear>this|last|next)${S}year['’]s${S})?(?:(?:fiscal|calendar)(?:[- ]year)?[- ])?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[- ](?:fiscal[- ])?quarter\b(?![-‐])(?:${S}of${S}(?:(?:fiscal${S})?(?<year>${YEAR})|(?<rel>this|last|next|the${S}(?:current|previous|same))${S}(?:fiscal${S})?year))?`,
      "gi",
    ),
    read: (m, hay) => {
      const g = m.groups!;
      const ord = g.ord!.toLowerCase();
      if (ord === "last" && !g.year && !g.rel) return null; // "last quarter" is the previous one (shifted-unit)
      const q = ord === "final" || ord === "last" ? 4 : ordinalValue(ord)!;
      const year = g.year ? Number(g.year) : g.yfirst ? Number(g.yfirst) : null;
      const rel = (g.rel ?? g.relyear)?.toLowerCase();
      const yearOffset = rel === "last" || rel === "the previous" ? -1 : rel === "next" ? 1 : rel ? 0 : undefined;
      const results = RESULTS_NOUN.test(wordAfter(hay, m.index + m[0].length)) || RESULTS_BEFORE.test(hay.slice(Math.max(0, m.index - 48), m.index));
      return { type: "DATE", spec: { kind: "part-of-year", unit: "quarter", index: q, year, shift: null, yearOffset, results } };
    },
  },
  {
    name: "quarter-code",
    triggers: ["q1", "q2", "q3", "q4"],
    regex: re(String.raw`\b(?<q>Q[1-4])(?:${S}(?<year>${YEAR})|['’](?<yy>\d\d))?\b`),
    read: (m) => {
      const g = m.groups!;
      const year = g.year ? Number(g.year) : g.yy ? 2000 + Number(g.yy) : null;
      return { type: "DATE", spec: { kind: "part-of-year", unit: "quarter", index: Number(g.q![1]), year, shift: null } };
    },
  },
  {
    // "the quarter", "the latest quarter", "the year-earlier period", "year-ago": the quarter the
    // article reports on (earnings news), or that quarter a year before.
    name: "discourse-quarter",
    triggers: ["quarter", "period", "year-earlier", "year-ago"],
    regex: re(
      String.raw`\b(?:(?:the|that|its|(?<relyear>this|last|next)${S}year['’]s)${S}(?:(?<year>${YEAR})${S})?(?:(?<mod>latest|current|most${S}recent|recent|just-ended|just${S}ended|same|comparable|corresponding|year-earlier|year-ago|prior-year|previous-year|year-before|fiscal)${S})*(?:quarter|period)(?![-‐])(?:${S}(?<ago>a${S}year${S}(?:ago|earlier)|last${S}year|of${S}the${S}previous${S}year))?|(?<adj>year-earlier|year-ago)(?!${S}(?:${CAL_UNIT}))(?:${S}(?:quarter|period))?)\b`,
      "gi",
    ),
    read: (m) => {
      const g = m.groups!;
      const mods = m[0].toLowerCase();
      const isPeriod = /period/.test(mods);
      // "the period" alone is any span; only "the latest/year-earlier/1988 period" is a quarter.
      if (isPeriod && !g.year && !/latest|year-earlier|year-ago|comparable|corresponding|same|prior-year|year-before/.test(mods)) return null;
      const rel = g.relyear?.toLowerCase();
      const yearOffset = rel === "last" || g.adj || g.ago || /year-earlier|year-ago|prior-year|previous-year|year-before/.test(mods) ? -1 : rel === "next" ? 1 : 0;
      const current = /current/.test(mods);
      const latest = /latest|most\s+recent|just.ended/.test(mods);
      return { type: "DATE", spec: { kind: "discourse-quarter", yearOffset, current, latest, year: g.year ? Number(g.year) : null, anyPeriod: isPeriod && !latest } };
    },
  },
  {
    // "the first half of 2022", "the second half of the year", "first-half", "H1 2022".
    name: "half",
    triggers: ["half", "h1", "h2"],
    regex: re(
      String.raw`\b(?:(?:the${S})?(?<ord>first|second|1st|2nd|latter|last)[- ]half(?:${S}of${S}(?:(?<year>${YEAR})|(?<rel>this|last|next|the)${S}year))?|(?<code>H[12])${S}(?<year2>${YEAR}))\b`,
      "gi",
    ),
    read: (m, hay) => {
      const g = m.groups!;
      if (g.code) return { type: "DATE", spec: { kind: "part-of-year", unit: "half", index: Number(g.code[1]), year: Number(g.year2), shift: null } };
      const ord = g.ord!.toLowerCase();
      const half = ord === "first" || ord === "1st" ? 1 : 2;
      // "the first half" of a match, a film or a decade is not a half-year: without "of <year>"
      // it needs a business context word after ("first-half profit").
      if (!g.year && !g.rel) {
        // "the first half" of a match, a month or a decade is not a half-year; alone it needs a
        // business word after it ("first-half profit") or a clause end.
        const after = wordAfter(hay, m.index + m[0].length).toLowerCase();
        if (after === "of") return null;
        if (after && !/^(profit|profits|results|sales|revenue|earnings|growth|loss|losses|output)$/.test(after) && !/^[ \t]*[,.;]/.test(hay.slice(m.index + m[0].length, m.index + m[0].length + 2))) return null;
      }
      const rel = g.rel?.toLowerCase();
      const yearOffset = rel === "last" ? -1 : rel === "next" ? 1 : rel ? 0 : undefined;
      return { type: "DATE", spec: { kind: "part-of-year", unit: "half", index: half, year: g.year ? Number(g.year) : null, shift: null, yearOffset } };
    },
  },
  {
    // "last summer", "this autumn", "the spring of 2022", "winter 2021", "in the fall".
    name: "season",
    triggers: ["spring", "summer", "autumn", "fall", "winter"],
    regex: re(
      String.raw`\b(?:(?<mod>last|next|this|coming|past|the|this${S}past|this${S}coming)${S})?(?<season>spring|summer|autumn|fall|winter)(?:${S}(?:of${S})?(?:(?<year>${YEAR})|(?<spoken>${SPOKEN_YEAR_SRC})))?\b(?![- ](?:time|like|wheat|crop|crops|session|sessions|school|camp|camps|games|olympics|tyres|tires|coat|clothes|collection|sport|sports|resort|resorts|spring|summer|autumn|fall|winter)\b)(?<![-‐](?:spring|summer|autumn|fall|winter))`,
      "gi",
    ),
    read: (m, hay) => {
      const g = m.groups!;
      const start = m.index + m[0].indexOf(g.season!, g.mod ? g.mod.length : 0);
      const end = start + g.season!.length;
      const year = g.year ? Number(g.year) : g.spoken ? spokenYearValue(g.spoken) : null;
      if (isSeasonLookAlike(hay, start, end, g.season!, g.mod ?? null, year !== null)) return null;
      const season = SEASONS[g.season!.toLowerCase()]!;
      return { type: "DATE", spec: { kind: "part-of-year", unit: "season", index: season, year, shift: shiftOf(g.mod) } };
    },
  },
  {
    // "for the year", "the full year", "the fiscal year", "the end of the year" (the modifier is a
    // refiner), "year-end": the publication year. Bare "the year" needs a preposition before it.
    name: "the-year",
    triggers: ["year"],
    regex: re(
      String.raw`\b(?:the${S}(?<latest>latest${S}|most${S}recent${S}|previous${S})?(?<adj>(?:(?:full|entire|whole|fiscal|financial|calendar)${S})+)?year(?!${S}(?:before|after|earlier|later|ago|of(?!${S}[$€£\d])|since|when|that|in${S}which|prior|following|to|ahead|round|long|old|\d)\b|[-‐]|['’]s${S}(?:${UNIT_WORD}))|year[- ]end|year['’]s${S}end)\b`,
      "gi",
    ),
    read: (m, hay) => {
      const g = m.groups!;
      if (/^the/i.test(m[0]) && !g.adj && !g.latest && !/^(for|of|during|in|throughout|through|into|rest|remainder|balance|half|quarter)$/i.test(wordBefore(hay, m.index))) return null;
      const end = /end$/i.test(m[0]);
      // "the latest fiscal year" is the last one completed.
      return { type: "DATE", spec: { kind: "dct-offset", unit: "year", offset: g.latest ? -1 : 0, sameYear: !g.latest }, mod: end ? "END" : null };
    },
  },
  {
    // "by the end of the month", "for the week": the publication's month or week, like "the year".
    name: "the-month",
    triggers: ["month", "week"],
    regex: re(String.raw`\bthe${S}(?:(?<current>current|present)${S})?(?<unit>month|week)\b(?!${S}(?:before|after|earlier|later|ago|of|since|when|that|in${S}which|prior|following|to|ahead|long|old|\d)\b|[-‐])`, "gi"),
    before: ending(String.raw`\b(?:for|during|in|throughout|through|into|(?:start|end|beginning|middle|rest|remainder|course)${S}of)${S}`),
    read: (m, _hay, before) =>
      before || m.groups!.current ? { type: "DATE", spec: { kind: "dct-offset", unit: m.groups!.unit!.toLowerCase() as "month", offset: 0 } } : null,
  },
  {
    // "later in the day", "to end the day at", "for the day": the day the report is about.
    name: "the-day",
    triggers: ["day"],
    regex: re(String.raw`\bthe${S}day\b(?![-‐]|['’]s|${S}(?:of|when|that|which|on|in${S}which|he|she|they|it|we|I|\d)\b)`, "gi"),
    before: ending(String.raw`\b(?<prep>in|during|for|end|ended|ending|finish|finished|close|closed|start|started|open|opened|(?:start|end|beginning|middle|rest|close|course)${S}of)${S}`),
    read: (m, hay, before) => {
      if (!before) return null;
      // "in the day after falling" is still "the day"; "for the day before" is another phrase.
      const inside = /^(in|during)$/i.test(before.groups!.prep!);
      if (!inside && /^\s+(?:before|after)\b/i.test(hay.slice(m.index + m[0].length, m.index + m[0].length + 8))) return null;
      return { type: "DATE", spec: { kind: "anchored", unit: "day", offset: 0, eventPhrase: null } };
    },
  },
  {
    // "the weekend", "over the weekend", "this weekend" (shifted-unit takes last/next/this).
    name: "weekend",
    triggers: ["weekend"],
    regex: re(String.raw`\bthe${S}weekend\b`, "gi"),
    read: () => ({ type: "DATE", spec: { kind: "part-of-year", unit: "weekend", index: 0, year: null, shift: null } }),
  },
  {
    name: "holiday",
    triggers: ["christmas", "boxing", "year", "victory", "valentine", "halloween", "easter", "thanksgiving"],
    regex: re(String.raw`\b(?:(?<shift>last|next|this)${S})?(?<name>${HOLIDAY_SRC})(?:${S}(?<year>${YEAR}))?\b`),
    read: (m, hay) => {
      const g = m.groups!;
      // "the Christmas Blitz", "Easter Rising", "Thanksgiving Parade": named events, not the day.
      if (!g.year && isCapitalised(wordAfter(hay, m.index + m[0].length)) && hay[m.index + m[0].length] === " ") return null;
      return {
        type: "DATE",
        spec: { kind: "holiday", name: g.name!.toLowerCase().replace("’", "'"), year: g.year ? Number(g.year) : null, shift: shiftOf(g.shift) },
      };
    },
  },

  // ---- vague references (PRESENT_REF / PAST_REF / FUTURE_REF)
  {
    name: "present-ref",
    triggers: ["now", "current", "present", "moment", "these", "this", "being"],
    regex: re(
      String.raw`\b(?:right${S}now|just${S}now|now|currently|nowadays|presently|at${S}present|the${S}present(?:${S}(?:day|time))?|at${S}the${S}moment|at${S}this${S}(?:time|moment|point|stage)|these${S}days|this${S}time|the${S}time${S}being)\b(?!${S}(?:last|next|a${S}year|around)\b)`,
      "gi",
    ),
    read: (m, hay) => {
      const w = m[0].toLowerCase();
      // "now" as a discourse marker ("Now, the question is") is still PRESENT_REF in TimeML; but
      // "up to now"/"until now"/"by now" are spans and "from now on" a future; we keep them all
      // PRESENT_REF as annotators do. "this time" only when it is a time ("at this time").
      if (w === "this time" && !/\b(?:at|by|for)\s+$/i.test(hay.slice(Math.max(0, m.index - 5), m.index))) return null;
      return { type: "DATE", spec: { kind: "fixed", value: "PRESENT_REF" } };
    },
  },
  {
    // "the current weakness", "his current wife": TimeML tags the adjective as PRESENT_REF. Not
    // before nouns where "current" is not about time ("current account", "current affairs").
    name: "current",
    triggers: ["current"],
    regex: re(String.raw`\bcurrent\b(?=${S}(?!(?:account|accounts|affairs|assets|liabilities|fiscal|year|quarter|month|week|period)\b)[a-z])`, "g"),
    read: () => ({ type: "DATE", spec: { kind: "fixed", value: "PRESENT_REF" } }),
  },
  {
    name: "past-ref",
    triggers: ["recent", "lately", "past", "old", "upon"],
    regex: re(
      String.raw`\b(?:recently|lately|(?:more${S})?recent(?:${S}(?:weeks${S}and${S}months|months${S}and${S}years|days|weeks|months|years|decades|times))|the${S}past(?!${S}(?:${COUNT_SRC}${S})?(?:${UNIT_WORD}|few|several|couple)\b)|(?<!the${S})past${S}(?:years|decades)|(?:in${S})?the${S}old${S}days|once${S}upon${S}a${S}time|recent(?=${S}[A-Za-z]))\b`,
      "gi",
    ),
    read: (m, hay) => {
      // "the recent sale", "recent declines": TimeML tags the attributive adjective as PAST_REF
      // (TimeBank, MEANTIME). Not "the most recent model" (the latest one) nor "recent and …".
      if (/^recent$/i.test(m[0])) {
        if (/^(most|more)$/i.test(wordBefore(hay, m.index))) return null;
        if (/^(and|or|but|as|than|enough|to|in|at|of|for|with|by|on|is|was|are|were)$/i.test(wordAfter(hay, m.index + m[0].length))) return null;
      }
      if (/^the\s+past$/i.test(m[0]) && /^\s*(?:president|director|chairman|head|tense)\b/i.test(hay.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      return { type: "DATE", spec: { kind: "fixed", value: "PAST_REF" } };
    },
  },
  {
    name: "future-ref",
    triggers: ["future", "term", "coming", "soon", "shortly", "later", "one", "due", "possible"],
    regex: re(
      String.raw`\b(?:(?:the${S})?(?:near${S}|foreseeable${S}|distant${S})?future(?=[ \t]*[,.;:!?)"”]|${S}(?:and|or|but|as|when|we|it|he|she|they|I|to|that|if|is|was|will|would)\b|$)|the${S}(?:near|short|medium|long|longer)${S}term|the${S}(?:near|short|medium|long|longer)-term(?!${S}[a-z])|as${S}soon${S}as${S}possible|(?:the${S})?(?:coming|upcoming)${S}(?:days|weeks|months|quarters|years|decades)|future${S}(?:quarters|years|decades)|soon|shortly|(?:at${S})?a${S}later${S}(?:date|stage|time)|one${S}day(?=${S}(?:we|you|they|it|he|she|I|the)\b)|(?<=\b(?:will|would|could|may|might|can|shall|must)${S})one${S}day(?![ \t]*[-‐])|in${S}due${S}course)\b`,
      "gi",
    ),
    read: (m, hay) => {
      const w = m[0].toLowerCase();
      // "as soon as", "soon after": relations, not times; "shortly before/after" likewise.
      if ((w === "soon" || w === "shortly") && /^\s+(?:as|after|before|afterwards|thereafter)\b/i.test(hay.slice(m.index + m[0].length, m.index + m[0].length + 14))) return null;
      if (w === "soon" && /\bas\s+$/i.test(hay.slice(Math.max(0, m.index - 4), m.index))) return null;
      return { type: "DATE", spec: { kind: "fixed", value: "FUTURE_REF" } };
    },
  },

  // ---- SETs (before DURATION: "twice a year" holds the duration "a year")
  {
    name: "set-adverb",
    triggers: ["daily", "weekly", "monthly", "annually", "yearly", "quarterly", "hourly", "nightly", "biweekly", "bimonthly", "biannually", "semiannually", "semi-annually", "fortnightly"],
    regex: re(String.raw`\b(?<w>daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly|biweekly|bimonthly|biannually|semiannually|semi-annually|fortnightly)\b`, "gi"),
    read: (m) => {
      const v: Record<string, string> = {
        daily: "P1D", nightly: "P1D", weekly: "P1W", fortnightly: "P2W", biweekly: "P2W", monthly: "P1M", bimonthly: "P2M",
        annually: "P1Y", yearly: "P1Y", quarterly: "P3M", hourly: "PT1H", biannually: "P6M", semiannually: "P6M", "semi-annually": "P6M",
      };
      return { type: "SET", spec: { kind: "fixed", value: v[m.groups!.w!.toLowerCase()]! } };
    },
  },
  {
    // "every day", "each year", "every Monday", "every two weeks", "every other month".
    name: "set-every",
    triggers: ["every", "each"],
    regex: re(
      String.raw`\b(?:every|each)${S}(?:(?<n>${COUNT_SRC}|other)${S})?(?<unit>day|week|month|year|quarter|morning|evening|night|weekend|hour|minute|${WEEKDAY_SRC})s?\b`,
      "gi",
    ),
    read: (m) => {
      const g = m.groups!;
      const unit = g.unit!.toLowerCase();
      const wd = WEEKDAYS[unit];
      if (wd) return { type: "SET", spec: { kind: "fixed", value: `XXXX-WXX-${wd}` } };
      if (unit === "morning" || unit === "evening" || unit === "night") return { type: "SET", spec: { kind: "fixed", value: `XXXX-XX-XXT${PARTS_OF_DAY[unit]}` } };
      if (unit === "weekend") return { type: "SET", spec: { kind: "fixed", value: "XXXX-WXX-WE" } };
      const n = g.n ? (g.n.toLowerCase() === "other" ? 2 : (countValue(g.n) ?? 1)) : 1;
      return { type: "SET", spec: { kind: "fixed", value: durationValue(n, unit) } };
    },
  },
  {
    // "once a week", "twice a year", "three times per month".
    name: "set-frequency",
    triggers: ["once", "twice", "thrice", "times"],
    regex: re(String.raw`\b(?<freq>once|twice|thrice|times)${S}(?:a|an|per|each|every)${S}(?<unit>day|week|month|year|quarter|hour|minute|decade)\b`, "gi"),
    before: ending(String.raw`\b(?:${COUNT_SRC})${S}`),
    read: (m, _hay, before) => {
      const g = m.groups!;
      if (g.freq!.toLowerCase() === "times" && !before) return null;
      return { type: "SET", spec: { kind: "fixed", value: durationValue(1, g.unit!.toLowerCase()) }, extendBy: g.freq!.toLowerCase() === "times" ? before![0].length : 0 };
    },
  },
  {
    // "on Mondays": every Monday.
    name: "set-weekdays",
    triggers: ["days"],
    regex: re(String.raw`\b(?<wd>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\b`),
    read: (m) => ({ type: "SET", spec: { kind: "fixed", value: `XXXX-WXX-${weekdayOfName(m.groups!.wd!.slice(0, -1))}` } }),
  },

  // ---- TIMEs
  {
    // "9 a.m.", "10:30 p.m. EST", "3pm", "at 14:00 Moscow time".
    name: "clock-time",
    triggers: [":", "a.m", "p.m", "am", "pm", "noon", "midnight", "midday"],
    regex: re(
      String.raw`\b(?<h>[01]?\d|2[0-3])(?:[:.](?<min>[0-5]\d))?${S0}(?<ampm>a\.m\.?|p\.m\.?|am\b|pm\b)(?:${S}(?<tz>[A-Z]{2,4}T|GMT|UTC|(?:Moscow|Kyiv|Kiev|local)${S}time))?(?:,?${S}(?:on${S})?(?<wd>${WEEKDAY_SRC}|today|tomorrow|yesterday)\b)?|\b(?<h24>[01]?\d|2[0-3]):(?<m24>[0-5]\d)(?![:\d])(?:${S}(?<tz2>[A-Z]{2,4}T|GMT|UTC|(?:Moscow|Kyiv|Kiev|local)${S}time))?|\b(?<word>noon|midnight|midday)\b`,
      "g",
    ),
    read: (m, hay) => {
      const g = m.groups!;
      if (g.word) return { type: "TIME", spec: { kind: "dct-offset", unit: "day", offset: 0 }, timeSuffix: g.word === "midnight" ? "T24:00" : "T12:00" };
      if (g.h24 !== undefined) {
        // "2:30" alone may be a score or a verse; take it when a time cue is near.
        const before = wordBefore(hay, m.index).toLowerCase();
        if (!g.tz2 && !/^(at|by|until|from|since|before|after|around|about|till)$/.test(before)) return null;
        return { type: "TIME", spec: { kind: "dct-offset", unit: "day", offset: 0 }, timeSuffix: `T${pad2(Number(g.h24))}:${g.m24}`, needsDay: true };
      }
      let h = Number(g.h);
      const pm = /^p/i.test(g.ampm!);
      if (h > 12) return null;
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
      const timeSuffix = `T${pad2(h)}:${g.min ?? "00"}`;
      // "9 a.m. Tuesday", "10 p.m. yesterday": the clock time on that day.
      if (g.wd) {
        const w = g.wd.toLowerCase();
        if (w in WEEKDAYS) return { type: "TIME", spec: { kind: "weekday", weekday: WEEKDAYS[w]!, shift: null }, timeSuffix };
        return { type: "TIME", spec: { kind: "dct-offset", unit: "day", offset: w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0 }, timeSuffix };
      }
      return { type: "TIME", spec: { kind: "dct-offset", unit: "day", offset: 0 }, timeSuffix, needsDay: true };
    },
  },

  // ---- DURATIONs (last: anything longer that contains them wins)
  {
    // "three years", "24 hours", "a week", "the past three years", "10-day", "72-year-old",
    // "the worst single-day decline" (P1D, like "one-day").
    name: "duration",
    regex: re(String.raw`\b(?<unit>${UNIT_WORD})(?<suffix>[- ](?:long|old))?\b`, "gi"),
    before: ending(
      String.raw`\b${APPROX}?(?<the>the${S}(?:past|last|next|first|coming|previous|following|final|whole|entire|full)${S})?(?<n>${COUNT_SRC}|single)(?:${S}(?:or|to|and)${S}(?<n2>${COUNT_SRC}))?(?<half>[- ]and[- ]a[- ]half)?[- ]`,
    ),
    read: (m, hay, before) => {
      if (!before) return null;
      const g = before.groups!;
      const n = countValue(g.n!);
      const unit = unitOf(m.groups!.unit!);
      // "a quarter" of something is a fraction, not three months; "a second round" is an ordinal.
      if (unit === "quarter" && !g.the && /^an?$/i.test(g.n!)) return null;
      if (unit === "second" && /^(a|one)$/i.test(g.n!) && /^[ \t]+[a-z]/.test(hay.slice(m.index + m[0].length, m.index + m[0].length + 2))) return null;
      const half = g.half ? 0.5 : 0;
      return { type: "DURATION", spec: { kind: "fixed", value: durationValue(n === null ? null : n + half, unit) }, extendBy: before[0].length };
    },
  },
  {
    // "for years", "in recent weeks" (past-ref is longer), "over the past few months", "decades".
    name: "vague-duration",
    triggers: ["years", "months", "weeks", "days", "decades", "hours", "minutes", "centuries"],
    regex: re(String.raw`\b(?<unit>years|months|weeks|days|decades|hours|minutes|centuries)\b`, "gi"),
    before: ending(
      String.raw`\b(?:for|over|in|within|after|of|during|throughout|took|take|takes|lasted|last|spent)${S}(?<mid>(?:the${S}(?:past|last|next|coming|following)${S})?(?:(?:a${S})?(?:few|couple${S}of)${S}|several${S}|many${S}|some${S})?)`,
    ),
    read: (m, _hay, before) =>
      before ? { type: "DURATION", spec: { kind: "fixed", value: durationValue(null, unitOf(m.groups!.unit!)) }, extendBy: before.groups!.mid!.length } : null,
  },
];

/**
 * TimeML duration value: P3Y, P1W, PT24H; unknown counts are X ("PXY"). Decades and centuries
 * with a count are written in years, as the annotated corpora do ("two decades" P20Y, "over a
 * decade" P10Y, "this century" P100Y); without one they keep their unit ("decades" PXDE).
 */
export function durationValue(n: number | null, unit: string): string {
  if (n !== null && (unit === "decade" || unit === "century")) return durationValue(n * (unit === "decade" ? 10 : 100), "year");
  const u = DURATION_UNITS[unit] ?? DURATION_UNITS.day!;
  const count = n === null ? "X" : unit === "fortnight" ? String(n * 2) : Number.isInteger(n) ? String(n) : String(n).replace(/^0\./, "0.");
  return u.time ? `PT${count}${u.letter}` : `P${count}${u.letter}`;
}

