// Places a DateSpec on the calendar. The publication date (DCT) is the reference; the tense of
// the governing verb decides between the previous and the next occurrence of anything named
// without its year or week ("on Wednesday", "in December", "the third quarter"); the discourse
// (dates already found earlier in the article) anchors phrases like "the next day".
//
// Tense rules, for a name without year/week:
//   past    → the latest occurrence that has begun by the publication day (the same day counts:
//             "said on Monday" in a Monday article is that Monday);
//   future  → the earliest occurrence that has not ended before it ("will meet on Monday" in a
//             Monday article is that Monday);
//   present → the nearest occurrence (weekday within ±3 days; month or date within ±6 months).
import {
  type DaySpan,
  type Season,
  dayNumber,
  daysInMonth,
  easterSunday,
  fromDayNumber,
  isValidDay,
  isoDayOf,
  nthWeekdayOfMonth,
  orthodoxEasterSunday,
  quarterOf,
  weekdayOf,
} from "./calendar";
import type { Tense } from "./detect-tense";
import { type Period, GRAN_RANK, dayPeriod, periodContaining, periodSpan, periodValue, shiftPeriod, shiftPeriodByYears } from "./period";
import type { CalendarUnit, DateSpec, Shift } from "./spec";
import type { DateAnchor } from "../types";
import { HOLIDAYS, ORTHODOX_COUNTERPART } from "./lexicon";

/** Earlier dates of the same article that later phrases may count from. */
export interface Discourse {
  /** The last expression resolved to a single day. */
  lastDay: { day: number; sentenceIndex: number } | null;
  /** The last expression resolved to any calendar period. */
  lastPeriod: { period: Period; sentenceIndex: number } | null;
  /** The last quarter named ("the third quarter"), for "the quarter" and "the year-earlier period". */
  lastQuarter: { period: Period; sentenceIndex: number } | null;
  /** The last quarter named as the period of results ("third-quarter net income"). */
  reportedQuarter?: { period: Period; sentenceIndex: number } | null;
}

export function emptyDiscourse(): Discourse {
  return { lastDay: null, lastPeriod: null, lastQuarter: null };
}

export interface ResolveContext {
  /** Publication date as a day number. */
  dct: number;
  /** The governing tense; called only when the spec needs it. */
  tense: () => Tense;
  discourse: Discourse;
  sentenceIndex: number;
}

export interface Resolution {
  value: string;
  period: Period | null;
  rangeEnd: number | null;
  basis: "stated" | "relative";
  tense: Tense | null;
  anchor?: DateAnchor;
  /**
   * A span wider than `period` when the phrase may mean either of two days: a plain "Easter" in a
   * year when the Western and Orthodox Easters differ. The expression then gets no precision.
   */
  uncertainSpan?: DaySpan;
  /**
   * False for periods derived by comparison ("a year ago" as last year's third quarter): later
   * phrases must not count from them, or "year-earlier" would step back a year each time.
   */
  isReference?: boolean;
}

const fixed = (value: string, basis: "stated" | "relative"): Resolution => ({ value, period: null, rangeEnd: null, basis, tense: null });
const stated = (period: Period, tense: Tense | null = null): Resolution => ({ value: periodValue(period), period, rangeEnd: null, basis: "stated", tense });
const relative = (period: Period, tense: Tense | null = null): Resolution => ({ value: periodValue(period), period, rangeEnd: null, basis: "relative", tense });

/** Resolve a spec; null when it names no real date ("February 30"). */
export function resolveSpec(spec: DateSpec, ctx: ResolveContext): Resolution | null {
  switch (spec.kind) {
    case "fixed":
      return fixed(spec.value, /^(PAST|PRESENT|FUTURE)_REF$/.test(spec.value) ? "relative" : "stated");
    case "calendar":
      return resolveCalendar(spec, ctx);
    case "weekday":
      return resolveWeekday(spec.weekday, spec.shift, ctx, spec.anaphoric === true);
    case "day-of-month":
      return resolveDayOfMonth(spec.day, ctx);
    case "dct-offset":
      if (spec.trailing) return resolveTrailing(spec.unit, ctx);
      return resolveDctOffset(spec.unit, spec.offset, ctx, spec.comparative === true, spec.sameYear === true);
    case "part-of-year":
      return resolvePartOfYear(spec, ctx);
    case "discourse-quarter":
      return resolveDiscourseQuarter(spec, ctx);
    case "anchored":
      return resolveAnchored(spec.unit, spec.offset, spec.eventPhrase, ctx, spec.keepGranularity === true);
    case "antecedent":
      return resolveAntecedent(spec.reach, ctx);
    case "year-of-century": {
      const y = fromDayNumber(ctx.dct).y;
      const century = Math.floor(y / 100) * 100;
      return relative({ gran: "year", y: century + spec.yy <= y ? century + spec.yy : century - 100 + spec.yy });
    }
    case "decade":
      return stated({ gran: "decade", decade: spec.decade });
    case "decade-of-century": {
      // "the '80s": the latest such decade that has begun by the publication year.
      const y = fromDayNumber(ctx.dct).y;
      const century = Math.floor(y / 100);
      const decade = century * 10 + spec.digit <= Math.floor(y / 10) ? century * 10 + spec.digit : (century - 1) * 10 + spec.digit;
      return relative({ gran: "decade", decade });
    }
    case "century":
      return stated({ gran: "century", century: spec.century });
    case "holiday":
      return resolveHoliday(spec.name, spec.year, spec.shift, ctx);
  }
}

// ---------------------------------------------------------------- choosing a year by tense

/** How many sentences back "the previous Friday" looks for the day it counts from. */
const ANAPHORIC_REACH = 6;

/** How far from publication a day written without its year may be placed in another year. */
const MAX_DAYS_BACK_WITHOUT_YEAR = 300;
const MAX_DAYS_AHEAD_WITHOUT_YEAR = 240;

/**
 * Pick the occurrence of a yearly period (`inYear(y)`) that the tense points at. Returns the
 * year and whether the tense mattered (it does not when all candidates agree).
 */
function chooseYear(inYear: (y: number) => Period | null, ctx: ResolveContext): { period: Period; tense: Tense } | null {
  const y = fromDayNumber(ctx.dct).y;
  const here = inYear(y);
  if (!here) return null;
  const tense = ctx.tense();
  const span = periodSpan(here);
  // News style writes the year of a date outside the current year ("Feb. 10, 1999") unless it
  // is recent or near, so a bare day is this year's unless the tense points to a nearby day of
  // another year: "on Dec. 28" in January and "the Oct. 23 slaying" in May are last year's, but
  // "asked him to testify on Feb. 10" in January, "the Jan. 14 deadline" on January 15 and
  // "decided to stand with Ukraine on February 24" in May are this year's.
  if (here.gran === "day") {
    const tenseSide = tense === "past" ? span.first <= ctx.dct + 2 : tense === "future" ? span.last >= ctx.dct : true;
    if (!tenseSide) {
      const other = inYear(tense === "past" ? y - 1 : y + 1);
      const reach = tense === "past" ? MAX_DAYS_BACK_WITHOUT_YEAR : MAX_DAYS_AHEAD_WITHOUT_YEAR;
      if (distance(span, ctx.dct) <= 61 || !other || distance(periodSpan(other), ctx.dct) > reach) return { period: here, tense };
    }
  }
  if (tense === "past") {
    // Two days' grace: wire copy is often dated the day before the events it reports.
    if (span.first > ctx.dct + (here.gran === "day" ? 2 : 0)) return wrap(inYear(y - 1), tense);
    return { period: here, tense };
  }
  if (tense === "future") {
    if (span.last < ctx.dct) return wrap(inYear(y + 1), tense);
    return { period: here, tense };
  }
  // present: the nearest of last year's, this year's and next year's, within six months.
  let best = here;
  let bestDistance = distance(span, ctx.dct);
  for (const other of [inYear(y - 1), inYear(y + 1)]) {
    if (!other) continue;
    const d = distance(periodSpan(other), ctx.dct);
    if (d < bestDistance && bestDistance > 183) {
      best = other;
      bestDistance = d;
    }
  }
  return { period: best, tense };
}

function wrap(period: Period | null, tense: Tense) {
  return period ? { period, tense } : null;
}

function distance(span: DaySpan, day: number): number {
  if (day < span.first) return span.first - day;
  if (day > span.last) return day - span.last;
  return 0;
}

// ---------------------------------------------------------------- explicit dates

function calendarPeriod(y: number, month: number | null, day: number | null): Period | null {
  if (month === null) return { gran: "year", y };
  if (day === null) return { gran: "month", y, m: month };
  if (!isValidDay(y, month, day)) return null;
  return dayPeriod(dayNumber(y, month, day));
}

/** "February 7, 2022", "7 February", "in December", "last December", "December last year". */
export function resolveCalendar(spec: Extract<DateSpec, { kind: "calendar" }>, ctx: ResolveContext): Resolution | null {
  const dct = fromDayNumber(ctx.dct);
  let res: Resolution | null;
  const year = spec.year ?? (spec.twoDigitYear !== undefined ? nearestCentury(spec.twoDigitYear, dct.y) : null);
  if (year !== null) {
    const p = calendarPeriod(year, spec.month, spec.day);
    res = p ? stated(p) : null;
  } else if (spec.yearOffset !== undefined) {
    const p = calendarPeriod(dct.y + spec.yearOffset, spec.month, spec.day);
    res = p ? relative(p) : null;
  } else if (spec.shift && spec.month !== null) {
    res = resolveShiftedMonth(spec.month, spec.shift, ctx);
  } else {
    const chosen = chooseYear((y) => calendarPeriod(y, spec.month, spec.day), ctx);
    // A month and day name the calendar date even when the year is inferred ("On February 15").
    res = chosen ? { ...stated(chosen.period), basis: spec.day !== null ? "stated" : "relative", tense: chosen.tense } : null;
  }
  if (res && spec.rangeEnd) res = withRangeEnd(res, spec.rangeEnd);
  return res;
}

/** "October 30–31", "January 30 – February 2", "January–June 2021", "2021–2023": the range's last day. */
function withRangeEnd(res: Resolution, rangeEnd: { year: number | null; month: number; day: number }): Resolution {
  const p = res.period;
  if (!p || (p.gran !== "day" && p.gran !== "month" && p.gran !== "year")) return res;
  const start = p.gran === "day" ? fromDayNumber(p.day) : { y: p.y, m: p.gran === "month" ? p.m : 1, d: 1 };
  const startDay = p.gran === "day" ? p.day : periodSpan(p).first;
  const endFor = (y: number) => (rangeEnd.day === 0 ? dayNumber(y, rangeEnd.month, daysInMonth(y, rangeEnd.month)) : isValidDay(y, rangeEnd.month, rangeEnd.day) ? dayNumber(y, rangeEnd.month, rangeEnd.day) : null);
  let end = endFor(rangeEnd.year ?? start.y);
  if (end !== null && end < startDay && rangeEnd.year === null) end = endFor(start.y + 1); // "December 30 – January 2"
  if (end === null || end <= startDay || (p.gran !== "year" && end - startDay > 366)) return res;
  return { ...res, rangeEnd: end };
}

/** "07" → 2007 when the publication year is 2022; "98" → 1998. */
function nearestCentury(yy: number, reference: number): number {
  const base = Math.floor(reference / 100) * 100 + yy;
  return base > reference + 20 ? base - 100 : base;
}

/** "last December" is the latest December before this month; "next March" the first after it. */
function resolveShiftedMonth(month: number, shift: Shift, ctx: ResolveContext): Resolution {
  const dct = fromDayNumber(ctx.dct);
  let y = dct.y;
  if (shift === "last") y = month < dct.m ? dct.y : dct.y - 1;
  if (shift === "next") y = month > dct.m ? dct.y : dct.y + 1;
  return relative({ gran: "month", y, m: month });
}

// ---------------------------------------------------------------- weekdays and days of a month

/**
 * "on Wednesday" by tense: past → the latest Wednesday up to the publication day; future → the
 * first from it on; present → the nearest (±3 days). "last"/"next" exclude the publication day.
 */
export function resolveWeekday(weekday: number, shift: Shift, ctx: ResolveContext, anaphoric = false): Resolution {
  // "closed lower Friday … down 4.5% from the previous Friday": a week before the day named last.
  const focus = anaphoric && ctx.discourse.lastDay && ctx.sentenceIndex - ctx.discourse.lastDay.sentenceIndex <= ANAPHORIC_REACH ? ctx.discourse.lastDay.day : null;
  const from = focus ?? ctx.dct;
  const dctWeekday = weekdayOf(from);
  const back = (dctWeekday - weekday + 7) % 7;
  const ahead = (weekday - dctWeekday + 7) % 7;
  if (focus !== null) {
    const day = shift === "next" ? from + (ahead || 7) : from - (back || 7);
    return { ...relative(dayPeriod(day)), anchor: { kind: "previous-date", offset: shift === "next" ? 1 : -1, unit: "week", offsetDays: day - from, phrase: null, from: isoDayOf(from) } };
  }
  if (shift === "last") return relative(dayPeriod(ctx.dct - (back || 7)));
  if (shift === "next") return relative(dayPeriod(ctx.dct + (ahead || 7)));
  const tense = ctx.tense();
  if (tense === "past") return relative(dayPeriod(ctx.dct - back), tense);
  if (tense === "future") return relative(dayPeriod(ctx.dct + ahead), tense);
  return relative(dayPeriod(ahead <= 3 ? ctx.dct + ahead : ctx.dct - back), tense);
}

/** "on the 24th": this month's 24th, or the previous/next month's when the tense says so. */
export function resolveDayOfMonth(day: number, ctx: ResolveContext): Resolution | null {
  const dct = fromDayNumber(ctx.dct);
  const tense = ctx.tense();
  let y = dct.y;
  let m = dct.m;
  if (tense === "past" && day > dct.d) ({ y, m } = m === 1 ? { y: y - 1, m: 12 } : { y, m: m - 1 });
  if (tense === "future" && day < dct.d) ({ y, m } = m === 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 });
  if (day > daysInMonth(y, m)) return null;
  return relative(dayPeriod(dayNumber(y, m, day)), tense);
}

// ---------------------------------------------------------------- counted from the publication date

const UNIT_GRAN: Readonly<Record<CalendarUnit, Period["gran"]>> = {
  day: "day", week: "week", weekend: "weekend", month: "month", quarter: "quarter", half: "half",
  season: "season", year: "year", decade: "decade", century: "century",
};

/**
 * "yesterday" (day −1), "last week", "next month", "this year", "two weeks ago". A comparative
 * "a year ago" in a sentence about a quarter or month means that period a year before
 * ("third-quarter profit fell from a year ago" → the third quarter of last year).
 */
export function resolveDctOffset(unit: CalendarUnit, offset: number, ctx: ResolveContext, comparative: boolean, sameYear = false): Resolution {
  // "the fourth quarter of 2005 and ... for the entire year": the year just named.
  if (sameYear) {
    const last = ctx.discourse.lastPeriod;
    if (last && last.sentenceIndex === ctx.sentenceIndex && GRAN_RANK[last.period.gran] <= GRAN_RANK.year) {
      return relative(periodContaining(periodSpan(last.period).first, "year"));
    }
  }
  if (comparative && unit === "year" && Math.abs(offset) === 1) {
    const compared = comparedPeriod(ctx);
    return { ...relative(compared ? shiftPeriodByYears(compared, offset) : shiftPeriod(periodContaining(ctx.dct, "year"), offset)), isReference: false };
  }
  // "a decade ago" is a year ten years back, not the previous decade.
  if (unit === "decade" && offset !== 0 && comparative) return relative(shiftPeriodByYears(periodContaining(ctx.dct, "year"), offset * 10));
  return relative(shiftPeriod(periodContaining(ctx.dct, UNIT_GRAN[unit]), offset));
}

/** How many sentences a named quarter stays the one "the quarter" means (news roundups change story). */
const QUARTER_REACH = 6;

function recentQuarter(ctx: ResolveContext): Period | null {
  // "posted a gain in third-quarter net income … After a flat second quarter … charges taken in
  // the year-earlier period": the quarter whose results are reported, not one named in passing.
  const reported = ctx.discourse.reportedQuarter;
  if (reported && ctx.sentenceIndex - reported.sentenceIndex <= 2 * QUARTER_REACH) return reported.period;
  const q = ctx.discourse.lastQuarter;
  return q && ctx.sentenceIndex - q.sentenceIndex <= QUARTER_REACH ? q.period : null;
}

/**
 * The period a year-on-year comparison ("up 5% from a year ago", "a year earlier") is about: the
 * quarter the article reports on if it named one (earnings news), else a month, quarter or half
 * named in this or the previous sentence; null when the comparison is simply by year.
 */
function comparedPeriod(ctx: ResolveContext): Period | null {
  const quarter = recentQuarter(ctx);
  if (quarter) return quarter;
  const last = ctx.discourse.lastPeriod;
  if (last && ctx.sentenceIndex - last.sentenceIndex <= 1 && ["quarter", "half", "month"].includes(last.period.gran)) return last.period;
  return null;
}

/**
 * "the past year", "for the last week": the span that ends at publication.
 */
function resolveTrailing(unit: CalendarUnit, ctx: ResolveContext): Resolution {
  // Long spans are read by calendar unit, as the annotated news corpora do: "the past year" is
  // last year, "the past decade" the decade of ten years ago.
  if (unit === "year") return relative(shiftPeriod(periodContaining(ctx.dct, "year"), -1));
  if (unit === "decade") return relative(periodContaining(ctx.dct - 3652, "decade"));
  // Shorter ones by the unit holding the middle of the span: "for the last week" on a Friday is this week.
  const length = { day: 1, week: 7, weekend: 7, month: 30, quarter: 91, half: 182, season: 91, century: 36525 }[unit];
  return relative(periodContaining(ctx.dct - Math.floor(length / 2), UNIT_GRAN[unit]));
}

// ---------------------------------------------------------------- quarters, halves, seasons, weekends

export function resolvePartOfYear(spec: Extract<DateSpec, { kind: "part-of-year" }>, ctx: ResolveContext): Resolution | null {
  const dct = fromDayNumber(ctx.dct);
  if (spec.unit === "weekend") return resolveWeekend(spec.shift, ctx);
  const inYear = (y: number): Period => {
    if (spec.unit === "quarter") return { gran: "quarter", y, q: spec.index as number };
    if (spec.unit === "half") return { gran: "half", y, h: spec.index as number };
    return { gran: "season", y, s: spec.index as Season };
  };
  let res: Resolution | null;
  const dctQuarter = quarterOf(dct.m);
  if (spec.year !== null) res = stated(inYear(spec.year));
  else if (spec.yearOffset !== undefined) res = relative(inYear(dct.y + spec.yearOffset));
  else if (spec.shift) {
    // "last summer": the latest summer that began before the current season/quarter did.
    const current = periodContaining(ctx.dct, UNIT_GRAN[spec.unit]);
    const currentStart = periodSpan(current).first;
    let p = inYear(dct.y + 1);
    if (spec.shift === "last") {
      while (periodSpan(p).first >= currentStart) p = shiftPeriodByYears(p, -1);
    } else if (spec.shift === "next") {
      p = inYear(dct.y - 1);
      while (periodSpan(p).first <= currentStart) p = shiftPeriodByYears(p, 1);
    } else {
      p = spec.unit === "season" && (spec.index as Season) === (current as { s: Season }).s ? current : inYear(dct.y);
    }
    res = relative(p);
  } else if (spec.unit === "quarter" || spec.unit === "half") {
    res = relative(inYear(dct.y + quarterYearShift(spec.unit, spec.index as number, dctQuarter, ctx.tense())), ctx.tense());
  } else {
    const chosen = chooseYear(inYear, ctx);
    res = chosen ? relative(chosen.period, chosen.tense) : null;
  }
  // Only a quarter already reported on can be what "the year-ago period" compares with: one that
  // has ended, or the current one in a clause that is not a forecast. "Losses through the third
  // quarter of 1990", "the trend will continue into the fourth quarter" are not.
  if (res?.period?.gran === "quarter") {
    const span = periodSpan(res.period);
    if (span.last < ctx.dct || (span.first <= ctx.dct && res.tense !== "future")) {
      ctx.discourse.lastQuarter = { period: res.period, sentenceIndex: ctx.sentenceIndex };
      if (spec.results) ctx.discourse.reportedQuarter = ctx.discourse.lastQuarter;
    }
  }
  return res;
}

/**
 * Quarters and halves named without a year are this year's, with two exceptions: a past verb
 * with a quarter more than one ahead means last year's ("the fourth quarter was weak", in May),
 * and a future verb with a quarter gone by more than one quarter means next year's. The quarter
 * just ended stays this year's even with a future verb: its results are what "will report" is
 * about; the next one stays this year's with a past verb ("granted relief for the third quarter").
 */
function quarterYearShift(unit: "quarter" | "half", index: number, dctQuarter: number, tense: Tense): number {
  const current = unit === "quarter" ? dctQuarter : dctQuarter <= 2 ? 1 : 2;
  if (tense === "past" && index > current + (unit === "quarter" ? 1 : 0)) return -1;
  if (tense === "future" && index < current - 1) return 1;
  return 0;
}

/** "the weekend": past → the latest weekend begun by publication; future → the next one. */
function resolveWeekend(shift: Shift, ctx: ResolveContext): Resolution {
  const thisWeekend = periodContaining(ctx.dct, "weekend");
  const onWeekend = weekdayOf(ctx.dct) >= 6;
  if (shift === "last") return relative(shiftPeriod(thisWeekend, -1));
  if (shift === "next") return relative(shiftPeriod(thisWeekend, onWeekend ? 1 : 0));
  if (shift === "this") return relative(thisWeekend);
  const tense = ctx.tense();
  if (tense === "past" && !onWeekend) return relative(shiftPeriod(thisWeekend, -1), tense);
  return relative(thisWeekend, tense);
}

/**
 * "the quarter", "the latest period", "the year-earlier quarter": the quarter the article last
 * named, or else the one before the publication quarter (earnings are reported after it ends).
 */
function resolveDiscourseQuarter(spec: Extract<DateSpec, { kind: "discourse-quarter" }>, ctx: ResolveContext): Resolution {
  const dctQuarter = periodContaining(ctx.dct, "quarter");
  const lastCompleted = shiftPeriod(dctQuarter, -1);
  let base = spec.current ? dctQuarter : ((spec.anyPeriod ? comparedPeriod(ctx) : recentQuarter(ctx)) ?? lastCompleted);
  // "the latest quarter" has ended: never the current one or one still to come.
  if (spec.latest && periodSpan(base).last >= ctx.dct) base = lastCompleted;
  if (spec.year !== undefined && spec.year !== null && "y" in base) base = { ...base, y: spec.year }; // "the 1988 period"
  const period = shiftPeriodByYears(base, spec.yearOffset);
  return { ...relative(period), isReference: spec.yearOffset === 0 && !spec.year };
}

// ---------------------------------------------------------------- counted from another time

/**
 * "the next day", "two days later", "that same day", "a day before Macron's visit".
 *
 * The anchor is, in order: the event the phrase names ("Macron's visit": not a date we can see,
 * so we count from the PUBLICATION DATE and record the event phrase for the event stage to
 * re-resolve), else the last date of the article before the phrase ("On January 6 ... the next
 * day"), else the publication date. `anchor` on the result says which was used.
 */
export function resolveAnchored(unit: CalendarUnit, offset: number, eventPhrase: string | null, ctx: ResolveContext, keepGranularity = false): Resolution {
  const gran = UNIT_GRAN[unit];
  let base: Period;
  let kind: DateAnchor["kind"];
  const { lastDay, lastPeriod } = ctx.discourse;
  if (eventPhrase) {
    base = periodContaining(ctx.dct, gran);
    kind = "event";
  } else if (GRAN_RANK[gran] <= GRAN_RANK.week && lastDay) {
    base = periodContaining(lastDay.day, gran);
    kind = "previous-date";
  } else if (keepGranularity && gran === "year" && Math.abs(offset) === 1 && comparedPeriod(ctx)) {
    base = comparedPeriod(ctx)!; // "profit rose from a year earlier": the compared quarter, a year back
    kind = "previous-date";
  } else if (GRAN_RANK[gran] > GRAN_RANK.week && lastPeriod && GRAN_RANK[lastPeriod.period.gran] <= GRAN_RANK.year) {
    const p = lastPeriod.period;
    // "the third quarter … a year earlier": the same quarter of the year before; but "later that
    // year" after "in June 1998" is 1998.
    base = keepGranularity && gran === "year" && GRAN_RANK[p.gran] >= GRAN_RANK.month && p.gran !== "year" ? p : periodContaining(periodSpan(p).first, gran);
    kind = "previous-date";
  } else {
    base = periodContaining(ctx.dct, gran);
    kind = "publication";
  }
  const period = base.gran === gran ? shiftPeriod(base, offset) : shiftPeriodByYears(base, offset);
  const offsetDays = unit === "day" ? offset : unit === "week" ? offset * 7 : null;
  const from = kind === "previous-date" ? periodSpan(base).first : ctx.dct;
  return {
    ...relative(period),
    anchor: { kind, offset, unit, offsetDays, phrase: eventPhrase, from: isoDayOf(from) },
    // A year-on-year comparison is not a new reference point ("a year earlier" twice is not two
    // years), and neither is a value counted from an event we could not date.
    isReference: !(keepGranularity && gran === "year") && kind !== "event",
  };
}

/**
 * "will terminate on Nov. 30. Until then, …", "by June 10. If a price is not agreed by that
 * time": TimeML gives an anaphoric time the value of the time it refers back to, the last one
 * named. Null (no expression) when none was named in the last `reach` sentences.
 */
function resolveAntecedent(reach: number, ctx: ResolveContext): Resolution | null {
  const last = ctx.discourse.lastPeriod;
  if (!last || ctx.sentenceIndex - last.sentenceIndex > reach) return null;
  const unit = (Object.keys(UNIT_GRAN) as CalendarUnit[]).find((u) => UNIT_GRAN[u] === last.period.gran)!;
  const from = periodSpan(last.period).first;
  return {
    ...relative(last.period),
    anchor: { kind: "previous-date", offset: 0, unit, offsetDays: unit === "day" || unit === "week" ? 0 : null, phrase: null, from: isoDayOf(from) },
    isReference: false,
  };
}

// ---------------------------------------------------------------- holidays

function holidayDay(name: string, y: number): Period | null {
  const rule = HOLIDAYS[name];
  if (!rule) return null;
  if (rule === "easter" || rule === "orthodox-easter") {
    const e = rule === "easter" ? easterSunday(y) : orthodoxEasterSunday(y);
    return dayPeriod(dayNumber(e.y, e.m, e.d));
  }
  if (rule === "easter-week") {
    const e = easterSunday(y);
    return periodContaining(dayNumber(e.y, e.m, e.d), "week"); // Holy Week ends on Easter Sunday, as an ISO week does
  }
  if (rule === "thanksgiving") {
    const t = nthWeekdayOfMonth(y, 11, 4, 4);
    return dayPeriod(dayNumber(t.y, t.m, t.d));
  }
  if (rule === "us-election-day") {
    const firstMonday = nthWeekdayOfMonth(y, 11, 1, 1);
    return dayPeriod(dayNumber(firstMonday.y, firstMonday.m, firstMonday.d) + 1);
  }
  return dayPeriod(dayNumber(y, rule.month, rule.day));
}

/**
 * A holiday in a given year, or the one nearest to publication: greetings "on Christmas and the
 * New Year" sent on December 30 are about the holidays at hand, whatever the verb's tense.
 * "last"/"next" take the previous/next one.
 */
function resolveHoliday(name: string, year: number | null, shift: Shift, ctx: ResolveContext): Resolution | null {
  const y = fromDayNumber(ctx.dct).y;
  let res: Resolution | null;
  if (year !== null) {
    const p = holidayDay(name, year);
    res = p ? stated(p) : null;
  } else {
    const candidates = [y - 1, y, y + 1].map((yy) => holidayDay(name, yy)).filter((p): p is Period => p !== null);
    let chosen: Period | undefined;
    if (shift === "last") chosen = candidates.filter((p) => periodSpan(p).last < ctx.dct).pop();
    else if (shift === "next") chosen = candidates.find((p) => periodSpan(p).first > ctx.dct);
    else chosen = candidates.reduce((best, p) => (distance(periodSpan(p), ctx.dct) < distance(periodSpan(best), ctx.dct) ? p : best));
    res = chosen ? relative(chosen) : null;
  }
  return res ? withOrthodoxReading(name, res) : null;
}

/** A plain "Easter" or "Christmas" may be the Orthodox feast: span both days when they differ. */
function withOrthodoxReading(name: string, res: Resolution): Resolution {
  const counterpart = ORTHODOX_COUNTERPART[name];
  if (!counterpart || res.period?.gran !== "day") return res;
  const western = res.period.day;
  const { y } = fromDayNumber(western);
  // Christmas: Orthodox January 7 follows Western December 25; Easter is in the same spring.
  const orthodox = holidayDay(counterpart, name.startsWith("christmas") ? y + 1 : y);
  if (!orthodox || orthodox.gran !== "day" || orthodox.day === western) return res;
  return { ...res, uncertainSpan: { first: Math.min(western, orthodox.day), last: Math.max(western, orthodox.day) } };
}
