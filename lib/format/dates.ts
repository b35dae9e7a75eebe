// Dates as people read them ("6 February 2022", "30–31 October 2021", "February 2022"), from the
// YYYY[-MM[-DD]] strings of the data. Locale- and time-zone-independent, so the server and the
// browser render the same text (no hydration mismatch).
import { formatStart } from "./event-path";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SHORT = MONTHS.map((m) => m.slice(0, 3));

function parts(v: string): { y: string; m: number | null; d: number | null } {
  return { y: String(Number(v.slice(0, 4))), m: v.length >= 7 ? Number(v.slice(5, 7)) : null, d: v.length >= 10 ? Number(v.slice(8, 10)) : null };
}

/** "6 February 2022", "February 2022" or "2022", by how much of the date is given. */
export function formatDate(v: string): string {
  const { y, m, d } = parts(v);
  if (m === null) return y;
  if (d === null) return `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "6 Feb 2022" (or "Feb 2022", "2022"). */
export function formatShortDate(v: string): string {
  const { y, m, d } = parts(v);
  if (m === null) return y;
  if (d === null) return `${SHORT[m - 1]} ${y}`;
  return `${d} ${SHORT[m - 1]} ${y}`;
}

/** A span of days without repeating what both ends share: "30–31 Oct 2021", "28 Feb – 2 Mar 2022". */
export function formatDayRange(from: string, to: string, short = true): string {
  if (from === to) return short ? formatShortDate(from) : formatDate(from);
  const a = parts(from);
  const b = parts(to);
  const names = short ? SHORT : MONTHS;
  if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${names[(a.m ?? 1) - 1]} ${a.y}`;
  if (a.y === b.y) return `${a.d} ${names[(a.m ?? 1) - 1]} – ${b.d} ${names[(b.m ?? 1) - 1]} ${a.y}`;
  return `${short ? formatShortDate(from) : formatDate(from)} – ${short ? formatShortDate(to) : formatDate(to)}`;
}

/** An event's date: its day, its span of days, or the month or year it is known to. */
export function formatEventDate(start: string, end: string | null, precision: string): string {
  if (precision !== "day" || !end || end === start) return formatDate(start);
  return formatDayRange(start, end, false);
}

/** The date of a timeline event (its first and last day, as the timeline API sends them). */
export function formatTimelineEventDate(e: { start: string; last: string; precision: string }): string {
  return formatEventDate(formatStart(e.start, e.precision), e.last === e.start ? null : e.last, e.precision);
}

/** The same, abbreviated: "6 Feb 2022", "30–31 Oct 2021", "Feb 2022". */
export function formatEventDateShort(start: string, end: string | null, precision: string): string {
  if (precision !== "day" || !end || end === start) return formatShortDate(start);
  return formatDayRange(start, end, true);
}

export const PRECISION_TEXT: Record<string, string> = {
  day: "exact day",
  month: "month only — the day is not known",
  year: "year only — the month is not known",
};
