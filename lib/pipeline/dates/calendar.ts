// Calendar arithmetic for the date stage: proleptic Gregorian days as integers ("day numbers",
// days since 1970-01-01), ISO weeks, quarters, halves and seasons, and their first/last days.
// Everything is integer maths on UTC so results never depend on the machine's time zone.

/** A calendar day as a plain triple; month 1–12. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function pad4(n: number): string {
  return String(n).padStart(4, "0");
}

export function isoDay(y: number, m: number, d: number): string {
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

export function isoDayOf(n: number): string {
  const { y, m, d } = fromDayNumber(n);
  return isoDay(y, m, d);
}

export function isoMonth(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}

/** Parse YYYY-MM-DD (the publication date); throws on anything else. */
export function parseIsoDay(value: string): Ymd {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) throw new Error(`not a YYYY-MM-DD date: "${value}"`);
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (!isValidDay(ymd.y, ymd.m, ymd.d)) throw new Error(`not a calendar date: "${value}"`);
  return ymd;
}

/** Add months, clamping the day to the end of the target month (Jan 31 + 1 month = Feb 28). */
export function addMonths(y: number, m: number, delta: number): { y: number; m: number } {
  const total = y * 12 + (m - 1) + delta;
  return { y: Math.floor(total / 12), m: (((total % 12) + 12) % 12) + 1 };
}

/** ISO 8601 week of a day number: the week belongs to the year that holds its Thursday. */
export function isoWeekOf(n: number): { year: number; week: number } {
  const thursday = n - weekdayOf(n) + 4;
  const year = fromDayNumber(thursday).y;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** Day number of the Monday of ISO week `week` of ISO year `year`. */
export function isoWeekStart(year: number, week: number): number {
  const jan4 = dayNumber(year, 1, 4);
  return jan4 - weekdayOf(jan4) + 1 + (week - 1) * 7;
}

export function isoWeekValue(n: number): string {
  const { year, week } = isoWeekOf(n);
  return `${pad4(year)}-W${pad2(week)}`;
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** A calendar span as inclusive day numbers. */
export interface DaySpan {
  first: number;
  last: number;
}

export function monthSpan(y: number, m: number): DaySpan {
  return { first: dayNumber(y, m, 1), last: dayNumber(y, m, daysInMonth(y, m)) };
}

export function yearSpan(y: number): DaySpan {
  return { first: dayNumber(y, 1, 1), last: dayNumber(y, 12, 31) };
}

export function quarterSpan(y: number, q: number): DaySpan {
  const m = (q - 1) * 3 + 1;
  return { first: dayNumber(y, m, 1), last: dayNumber(y, m + 2, daysInMonth(y, m + 2)) };
}

export function halfSpan(y: number, h: number): DaySpan {
  return h === 1 ? { first: dayNumber(y, 1, 1), last: dayNumber(y, 6, 30) } : { first: dayNumber(y, 7, 1), last: dayNumber(y, 12, 31) };
}

export type Season = "SP" | "SU" | "FA" | "WI";

/**
 * Meteorological seasons of the northern hemisphere (the news we read is written there).
 * Winter of year Y is December Y to February Y+1, so "last winter" in February is the one now ending.
 */
export function seasonSpan(y: number, s: Season): DaySpan {
  switch (s) {
    case "SP":
      return { first: dayNumber(y, 3, 1), last: dayNumber(y, 5, 31) };
    case "SU":
      return { first: dayNumber(y, 6, 1), last: dayNumber(y, 8, 31) };
    case "FA":
      return { first: dayNumber(y, 9, 1), last: dayNumber(y, 11, 30) };
    case "WI":
      return { first: dayNumber(y, 12, 1), last: dayNumber(y + 1, 2, daysInMonth(y + 1, 2)) };
  }
}

/** The season a month falls in, and the year TimeML gives it (January 2022 is in 2021-WI). */
export function seasonOf(y: number, m: number): { y: number; s: Season } {
  if (m >= 3 && m <= 5) return { y, s: "SP" };
  if (m >= 6 && m <= 8) return { y, s: "SU" };
  if (m >= 9 && m <= 11) return { y, s: "FA" };
  return { y: m === 12 ? y : y - 1, s: "WI" };
}

/** Seasons in the order they come within one TimeML season-year (winter Y ends in Y+1). */
export const SEASON_ORDER: readonly Season[] = ["SP", "SU", "FA", "WI"];

/** Western (Gregorian) Easter Sunday, anonymous Gregorian algorithm. */
export function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** Orthodox Easter Sunday in the Gregorian calendar (Meeus' Julian algorithm; valid 1900–2099). */
export function orthodoxEasterSunday(y: number): Ymd {
  const a = y % 4;
  const b = y % 7;
  const c = y % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  return fromDayNumber(dayNumber(y, month, day) + 13); // Julian to Gregorian in the 20th–21st centuries
}

/** The n-th (1-based) given ISO weekday of a month; n = -1 for the last one. */
export function nthWeekdayOfMonth(y: number, m: number, weekday: number, n: number): Ymd {
  if (n > 0) {
    const first = dayNumber(y, m, 1);
    const offset = (weekday - weekdayOf(first) + 7) % 7;
    return fromDayNumber(first + offset + (n - 1) * 7);
  }
  const last = dayNumber(y, m, daysInMonth(y, m));
  const offset = (weekdayOf(last) - weekday + 7) % 7;
  return fromDayNumber(last - offset);
}
