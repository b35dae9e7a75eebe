// Calendar days as "YYYY-MM-DD" strings: the unit of every date the timeline sends over the
// wire and keeps in the URL. Arithmetic is done in UTC so it never depends on the time zone; the
// conversion to the browser's local midnight (what vis-timeline draws) is in `toLocalDate`.
// Pure and dependency-free: used by the server, the route handlers and the browser alike.

export type Day = string;

const DAY_MS = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDay(v: string): boolean {
  const m = DAY_RE.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Days since 1970-01-01. */
export function dayNumber(day: Day): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

export function dayFromNumber(n: number): Day {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: Day, n: number): Day {
  return dayFromNumber(dayNumber(day) + n);
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: Day, b: Day): number {
  return dayNumber(b) - dayNumber(a);
}

/** The first day of a YYYY, YYYY-MM or YYYY-MM-DD value. */
export function firstDayOf(value: string): Day {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

/** The last day of a YYYY, YYYY-MM or YYYY-MM-DD value. */
export function lastDayOf(value: string): Day {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const y = Number(value.slice(0, 4));
    const m = Number(value.slice(5, 7));
    return `${value}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
  }
  return value;
}

/** Local midnight at the start of `day` (vis-timeline draws in the browser's time zone). */
export function toLocalDate(day: Day): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  // Years 0–99 would be read as 1900–1999 by the constructor.
  date.setFullYear(y);
  return date;
}

/** The local calendar day a moment falls on. */
export function fromLocalDate(date: Date): Day {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, "0");
  const d = String(date.getDate()).padStart(2, "0");
  return `${String(y).padStart(4, "0")}-${m}-${d}`;
}

/** Clamp a day into [min, max]. */
export function clampDay(day: Day, min: Day, max: Day): Day {
  return day < min ? min : day > max ? max : day;
}
