// A calendar period (a day, ISO week, weekend, month, quarter, half, season, year, decade or
// century), its TIMEX3 value and its first/last day. Resolution (resolve-date.ts) computes a
// Period; this file knows how to write it, measure it and move it by whole units.
import {
  type DaySpan,
  type Season,
  SEASON_ORDER,
  addMonths,
  dayNumber,
  fromDayNumber,
  halfSpan,
  isoDayOf,
  isoMonth,
  isoWeekOf,
  isoWeekStart,
  monthSpan,
  pad2,
  pad4,
  quarterOf,
  quarterSpan,
  seasonOf,
  seasonSpan,
  yearSpan,
} from "./calendar";

export type Period =
  | { gran: "day"; day: number }
  | { gran: "week"; isoYear: number; week: number }
  | { gran: "weekend"; isoYear: number; week: number }
  | { gran: "month"; y: number; m: number }
  | { gran: "quarter"; y: number; q: number }
  | { gran: "half"; y: number; h: number }
  | { gran: "season"; y: number; s: Season }
  | { gran: "year"; y: number }
  | { gran: "decade"; decade: number }
  | { gran: "century"; century: number };

export function periodValue(p: Period): string {
  switch (p.gran) {
    case "day":
      return isoDayOf(p.day);
    case "week":
      return `${pad4(p.isoYear)}-W${pad2(p.week)}`;
    case "weekend":
      return `${pad4(p.isoYear)}-W${pad2(p.week)}-WE`;
    case "month":
      return isoMonth(p.y, p.m);
    case "quarter":
      return `${pad4(p.y)}-Q${p.q}`;
    case "half":
      return `${pad4(p.y)}-H${p.h}`;
    case "season":
      return `${pad4(p.y)}-${p.s}`;
    case "year":
      return pad4(p.y);
    case "decade":
      return String(p.decade).padStart(3, "0");
    case "century":
      return pad2(p.century);
  }
}

export function periodSpan(p: Period): DaySpan {
  switch (p.gran) {
    case "day":
      return { first: p.day, last: p.day };
    case "week": {
      const first = isoWeekStart(p.isoYear, p.week);
      return { first, last: first + 6 };
    }
    case "weekend": {
      const first = isoWeekStart(p.isoYear, p.week) + 5;
      return { first, last: first + 1 };
    }
    case "month":
      return monthSpan(p.y, p.m);
    case "quarter":
      return quarterSpan(p.y, p.q);
    case "half":
      return halfSpan(p.y, p.h);
    case "season":
      return seasonSpan(p.y, p.s);
    case "year":
      return yearSpan(p.y);
    case "decade":
      return { first: dayNumber(p.decade * 10, 1, 1), last: dayNumber(p.decade * 10 + 9, 12, 31) };
    case "century":
      return { first: dayNumber(p.century * 100, 1, 1), last: dayNumber(p.century * 100 + 99, 12, 31) };
  }
}

export function dayPeriod(day: number): Period {
  return { gran: "day", day };
}

export function weekPeriod(day: number): Period {
  const { year, week } = isoWeekOf(day);
  return { gran: "week", isoYear: year, week };
}

/** The period of granularity `gran` that contains `day`. */
export function periodContaining(day: number, gran: Period["gran"]): Period {
  const { y, m } = fromDayNumber(day);
  switch (gran) {
    case "day":
      return dayPeriod(day);
    case "week":
      return weekPeriod(day);
    case "weekend": {
      const { year, week } = isoWeekOf(day);
      return { gran: "weekend", isoYear: year, week };
    }
    case "month":
      return { gran: "month", y, m };
    case "quarter":
      return { gran: "quarter", y, q: quarterOf(m) };
    case "half":
      return { gran: "half", y, h: m <= 6 ? 1 : 2 };
    case "season": {
      const s = seasonOf(y, m);
      return { gran: "season", y: s.y, s: s.s };
    }
    case "year":
      return { gran: "year", y };
    case "decade":
      return { gran: "decade", decade: Math.floor(y / 10) };
    case "century":
      return { gran: "century", century: Math.floor(y / 100) };
  }
}

/** Move a period by `n` of its own units (a week by weeks, a quarter by quarters). */
export function shiftPeriod(p: Period, n: number): Period {
  switch (p.gran) {
    case "day":
      return { gran: "day", day: p.day + n };
    case "week":
    case "weekend": {
      const moved = isoWeekOf(isoWeekStart(p.isoYear, p.week) + 7 * n);
      return { gran: p.gran, isoYear: moved.year, week: moved.week };
    }
    case "month": {
      const { y, m } = addMonths(p.y, p.m, n);
      return { gran: "month", y, m };
    }
    case "quarter": {
      const total = p.y * 4 + (p.q - 1) + n;
      return { gran: "quarter", y: Math.floor(total / 4), q: (((total % 4) + 4) % 4) + 1 };
    }
    case "half": {
      const total = p.y * 2 + (p.h - 1) + n;
      return { gran: "half", y: Math.floor(total / 2), h: (((total % 2) + 2) % 2) + 1 };
    }
    case "season": {
      // Within TimeML year Y the seasons run SP, SU, FA, WI (winter Y is Dec Y .. Feb Y+1).
      const idx = p.y * 4 + SEASON_ORDER.indexOf(p.s) + n;
      return { gran: "season", y: Math.floor(idx / 4), s: SEASON_ORDER[((idx % 4) + 4) % 4]! };
    }
    case "year":
      return { gran: "year", y: p.y + n };
    case "decade":
      return { gran: "decade", decade: p.decade + n };
    case "century":
      return { gran: "century", century: p.century + n };
  }
}

/** Move a period by whole years, keeping its granularity ("the same quarter a year earlier"). */
export function shiftPeriodByYears(p: Period, years: number): Period {
  switch (p.gran) {
    case "day": {
      const { y, m, d } = fromDayNumber(p.day);
      const ny = y + years;
      const dd = m === 2 && d === 29 && !(ny % 4 === 0 && (ny % 100 !== 0 || ny % 400 === 0)) ? 28 : d;
      return { gran: "day", day: dayNumber(ny, m, dd) };
    }
    case "week":
    case "weekend":
      return { ...p, isoYear: p.isoYear + years };
    case "month":
    case "quarter":
    case "half":
    case "season":
    case "year":
      return { ...p, y: p.y + years };
    case "decade":
    case "century":
      return p;
  }
}

/** Ordering of granularities, finest first. */
export const GRAN_RANK: Readonly<Record<Period["gran"], number>> = {
  day: 0, weekend: 1, week: 2, month: 3, quarter: 4, season: 4, half: 5, year: 6, decade: 7, century: 8,
};
