// Time buckets for clustering dense periods: the units, which unit suits a window, and the first
// and last day of the bucket a day falls in. The SQL twin of `bucketStart` is in
// lib/data/timeline.ts; the unit tests check that both agree.
import { addDays, daysBetween, lastDayOf, type Day } from "./days";
import type { DayWindow } from "./window";

export const BUCKET_UNITS = ["day", "week", "month", "quarter", "year", "decade"] as const;
export type BucketUnit = (typeof BUCKET_UNITS)[number];

/**
 * Most buckets one fetch window is cut into. The visible window is a half to a fifth of the fetch
 * window, so on a desktop timeline (about 650 px) a bucket gets 40 px or more, room for its count…
 */
export const MAX_BUCKETS = 30;
/** …and on a phone (about 270 px, the "compact" density) the same. */
export const MAX_BUCKETS_COMPACT = 12;

/** First day of the bucket of `unit` that `day` falls in (weeks start on Monday). */
export function bucketStart(unit: BucketUnit, day: Day): Day {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  switch (unit) {
    case "day":
      return day;
    case "week": {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
      return addDays(day, -((weekday + 6) % 7));
    }
    case "month":
      return `${day.slice(0, 7)}-01`;
    case "quarter":
      return `${day.slice(0, 5)}${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, "0")}-01`;
    case "year":
      return `${day.slice(0, 4)}-01-01`;
    case "decade":
      return `${String(Math.floor(y / 10) * 10).padStart(4, "0")}-01-01`;
  }
}

/** Last day of the bucket that starts on `start`. */
export function bucketLast(unit: BucketUnit, start: Day): Day {
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7));
  switch (unit) {
    case "day":
      return start;
    case "week":
      return addDays(start, 6);
    case "month":
      return lastDayOf(start.slice(0, 7));
    case "quarter":
      return lastDayOf(`${start.slice(0, 5)}${String(m + 2).padStart(2, "0")}`);
    case "year":
      return `${start.slice(0, 4)}-12-31`;
    case "decade":
      return `${String(y + 9).padStart(4, "0")}-12-31`;
  }
}

const APPROX_DAYS: Record<BucketUnit, number> = { day: 1, week: 7, month: 30.44, quarter: 91.3, year: 365.25, decade: 3652.5 };

/** The finest unit that cuts the window into at most `maxBuckets` buckets. */
export function unitForWindow(w: DayWindow, maxBuckets = MAX_BUCKETS): BucketUnit {
  const span = daysBetween(w.from, w.to) + 1;
  return BUCKET_UNITS.find((u) => span / APPROX_DAYS[u] <= maxBuckets) ?? "decade";
}

export function coarserUnit(unit: BucketUnit): BucketUnit | null {
  const i = BUCKET_UNITS.indexOf(unit);
  return BUCKET_UNITS[i + 1] ?? null;
}
