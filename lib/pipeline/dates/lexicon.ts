// Word lists for the date stage: month and weekday names, number words, seasons, parts of the
// day and holidays, each with the regex source that matches it. Patterns (patterns.ts) are
// assembled from these sources so a name is spelled in one place only.
import type { Season } from "./calendar";

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Full month names, or an abbreviation with an optional dot ("Feb.", "Sept"). */
export const MONTH_SRC =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|" +
  "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";

export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1,
  tuesday: 2, tue: 2, tues: 2,
  wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5,
  saturday: 6, sat: 6,
  sunday: 7, sun: 7,
};

/** Weekday names in full; abbreviations are too ambiguous in running text ("Sun", "Sat", "Wed"). */
export const WEEKDAY_SRC = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** A count written in digits or words, up to 99: "3", "three", "twenty-four", "a", "a couple of". */
export const COUNT_SRC =
  "(?:\\d{1,3}(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|" +
  "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|" +
  "eighteen|nineteen|a couple of|a few|several|a|an|one and a half|a half|half an?|many|some|dozens of|hundreds of|thousands of)";

/**
 * The number a count phrase stands for; null for vague counts ("a few", "several"), which TimeML
 * writes as X ("P2X" is not used; "several years" is PXY).
 */
export function countValue(raw: string): number | null {
  const w = raw.toLowerCase().replace(/\s+/g, " ");
  if (/^\d/.test(w)) return Number(w);
  if (w === "a" || w === "an" || w === "single") return 1;
  if (w === "a couple of") return 2;
  if (w === "one and a half") return 1.5;
  if (w === "a half" || w.startsWith("half")) return 0.5;
  if (w in UNITS) return UNITS[w]!;
  const parts = w.split(/[- ]/);
  const tens = TENS[parts[0]!];
  if (tens !== undefined) return tens + (parts[1] ? (UNITS[parts[1]] ?? 0) : 0);
  return null;
}

const UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine";
const TEEN_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

/**
 * A year said aloud, as broadcast transcripts write it: "nineteen ninety-seven", "nineteen
 * hundred", "two thousand", "two thousand and one", "twenty twenty-two".
 */
export const SPOKEN_YEAR_SRC =
  `(?:(?:eighteen|nineteen|twenty)[ \\t]+(?:(?:${TENS_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${TEEN_WORDS}|hundred|oh[ \\t]+(?:${UNIT_WORDS}))` +
  `|two[ \\t]+thousand(?:[ \\t]+(?:and[ \\t]+)?(?:(?:twenty)(?:[- ](?:${UNIT_WORDS}))?|${TEEN_WORDS}|${UNIT_WORDS}))?)`;

/** The year a SPOKEN_YEAR_SRC match says: "nineteen ninety-seven" → 1997. */
export function spokenYearValue(raw: string): number | null {
  const w = raw.toLowerCase().replace(/\s+/g, " ").trim();
  if (w.startsWith("two thousand")) {
    const rest = w.slice("two thousand".length).replace(/^ (and )?/, "");
    return 2000 + (rest ? (countValue(rest) ?? 0) : 0);
  }
  const [hi, ...lo] = w.split(" ");
  const century = hi === "eighteen" ? 1800 : hi === "nineteen" ? 1900 : hi === "twenty" ? 2000 : null;
  if (century === null) return null;
  const rest = lo.join(" ");
  if (rest === "hundred") return century;
  const n = countValue(rest.replace(/^oh /, ""));
  return n === null ? null : century + n;
}

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25,
  "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirty-first": 31,
  last: -1,
};

/** Ordinal of a quarter or half: "first", "1st", "third". */
export function ordinalValue(raw: string): number | null {
  const w = raw.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)?$/.exec(w);
  if (digits) return Number(digits[1]);
  return ORDINALS[w.replace(/\s+/g, "-")] ?? null;
}

export const SEASONS: Readonly<Record<string, Season>> = {
  spring: "SP",
  summer: "SU",
  autumn: "FA",
  fall: "FA",
  winter: "WI",
};

/** TimeML part-of-day codes. */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: "MO",
  afternoon: "AF",
  evening: "EV",
  night: "NI",
  overnight: "NI",
  midday: "MI",
  noon: "MI",
};

/** Duration units and their TimeML letters; `time` units go after "T" in a duration value. */
export const DURATION_UNITS: Readonly<Record<string, { letter: string; time: boolean }>> = {
  second: { letter: "S", time: true },
  minute: { letter: "M", time: true },
  hour: { letter: "H", time: true },
  day: { letter: "D", time: false },
  night: { letter: "D", time: false },
  week: { letter: "W", time: false },
  fortnight: { letter: "W", time: false },
  month: { letter: "M", time: false },
  quarter: { letter: "Q", time: false },
  year: { letter: "Y", time: false },
  decade: { letter: "DE", time: false },
  century: { letter: "CE", time: false },
};

/** Singular unit for a unit word ("weeks" → week, "fortnight" → week with count × 2). */
export function unitOf(raw: string): string {
  const w = raw.toLowerCase();
  if (w.startsWith("centur")) return "century";
  if (w.endsWith("s")) return w.slice(0, -1);
  return w;
}

/** How a holiday's day is found in a given year. */
export type HolidayRule =
  | { month: number; day: number }
  | "easter" // Western (Gregorian) Easter Sunday
  | "orthodox-easter" // Orthodox (Julian) Easter Sunday, in the Gregorian calendar
  | "easter-week" // the ISO week ending on Western Easter Sunday
  | "thanksgiving" // US: fourth Thursday of November
  | "us-election-day"; // US: the Tuesday after the first Monday of November

/**
 * Holidays with a fixed or computable date in the countries our news covers. Only names that
 * mean one day wherever they are written: "Independence Day" differs by country and is left out.
 * "Christmas" and "Easter" differ between the Western and the Orthodox churches, whose dates the
 * Russian and Ukrainian sources follow; `ORTHODOX_COUNTERPART` names the other reading, and
 * resolve-date.ts gives a plain "Easter" both days as its span when they differ.
 */
export const HOLIDAYS: Readonly<Record<string, HolidayRule>> = {
  "christmas": { month: 12, day: 25 },
  "christmas day": { month: 12, day: 25 },
  "christmas eve": { month: 12, day: 24 },
  "boxing day": { month: 12, day: 26 },
  "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
  "orthodox christmas": { month: 1, day: 7 },
  "victory day": { month: 5, day: 9 },
  "valentine's day": { month: 2, day: 14 },
  "halloween": { month: 10, day: 31 },
  "easter": "easter",
  "easter sunday": "easter",
  "orthodox easter": "orthodox-easter",
  "thanksgiving": "thanksgiving",
  "thanksgiving day": "thanksgiving",
  "easter week": "easter-week",
  "holy week": "easter-week",
  // US federal Election Day; capitalised only, as the pattern is case-sensitive.
  "election day": "us-election-day",
};

/** Holidays whose plain name may mean the Orthodox feast instead, and that feast's name. */
export const ORTHODOX_COUNTERPART: Readonly<Record<string, string>> = {
  "christmas": "orthodox christmas",
  "christmas day": "orthodox christmas",
  "easter": "orthodox easter",
  "easter sunday": "orthodox easter",
};

export const HOLIDAY_SRC =
  "(?:Christmas(?: Day| Eve)?|Boxing Day|New Year['’]s (?:Day|Eve)|Orthodox (?:Christmas|Easter)|Victory Day|Valentine['’]s Day|Halloween|Easter(?: Sunday| week)?|Holy Week|Thanksgiving(?: Day)?|Election Day)";
