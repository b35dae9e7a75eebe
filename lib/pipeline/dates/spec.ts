// What a matched phrase means before it is placed on the calendar. Patterns (patterns.ts) turn
// text into a DateSpec; resolve-date.ts turns a DateSpec, the publication date, the clause's
// tense and the discourse (earlier dates in the article) into a TIMEX3 value and a day span.
import type { Season } from "./calendar";
import type { TimexType } from "../types";

/** TimeML's MOD attribute, reduced to the modifiers that narrow a calendar span. */
export type SpanMod = "START" | "MID" | "END";

/** Calendar units a relative phrase can count in. */
export type CalendarUnit = "day" | "week" | "weekend" | "month" | "quarter" | "half" | "season" | "year" | "decade" | "century";

/** "last"/"next" pick the previous/next one; "this" the current one; null leaves it to the tense. */
export type Shift = "last" | "next" | "this" | null;

export type DateSpec =
  /** A calendar day, month or year given by its parts; a missing year is inferred from the tense. */
  | {
      kind: "calendar";
      year: number | null;
      month: number | null;
      day: number | null;
      /** "7/8/07": a two-digit year, placed in the century nearest the publication year. */
      twoDigitYear?: number;
      /** "December last year": the year is the publication year plus this. */
      yearOffset?: number;
      /** "last December", "next March": the nearest such month before/after the publication month. */
      shift?: Shift;
      /** Explicit range end ("October 30–31"); a null year follows the start's; day 0 = the month's last day. */
      rangeEnd?: { year: number | null; month: number; day: number };
    }
  /**
   * "Monday", "last Friday", "next Tuesday". `anaphoric`: "the previous/following Friday" counts
   * from the day the text last named, not from publication.
   */
  | { kind: "weekday"; weekday: number; shift: Shift; anaphoric?: boolean }
  /** "on the 24th": a day of an unnamed month. */
  | { kind: "day-of-month"; day: number }
  /** A named unit counted from the publication date: yesterday (day −1), last week, next year, two weeks ago. */
  | {
      kind: "dct-offset";
      unit: CalendarUnit;
      offset: number;
      /** "a year ago" in a comparison: takes the granularity of the period the sentence is about. */
      comparative?: boolean;
      /** "the past decade": the unit-long span ending now, read as the previous unit. */
      trailing?: boolean;
      /** "for the year": the year of a date named earlier in the sentence, else the publication year. */
      sameYear?: boolean;
    }
  /** "the third quarter", "summer", "the first half", "the weekend" — a numbered part of a year or week. */
  | {
      kind: "part-of-year";
      unit: "quarter" | "half" | "season" | "weekend";
      index: number | Season;
      year: number | null;
      shift: Shift;
      yearOffset?: number;
      /** "third-quarter profit": the quarter is named as the period of reported results. */
      results?: boolean;
    }
  /** The latest quarter talked about ("the quarter", "the year-earlier period"); offset in years. */
  | {
      kind: "discourse-quarter";
      yearOffset: number;
      current?: boolean;
      latest?: boolean;
      year?: number | null;
      /** "the same period last year": any period the article compares (a month too), not only a quarter. */
      anyPeriod?: boolean;
    }
  /** A unit counted from another time: "the next day", "two days later", "a day before Macron's visit". */
  | {
      kind: "anchored";
      unit: CalendarUnit;
      offset: number;
      eventPhrase: string | null;
      /** "a year earlier" after "the third quarter" is that quarter a year before (not a year). */
      keepGranularity?: boolean;
    }
  /**
   * "until then", "by that time": the time named just before (within `reach` sentences), whatever
   * its unit; no expression when there is none.
   */
  | { kind: "antecedent"; reach: number }
  /** The 1990s (decade 199), the 20th century (century 19). */
  | { kind: "decade"; decade: number }
  /** "since '82": a two-digit year in the nearest past century. */
  | { kind: "year-of-century"; yy: number }
  /** "the '80s", "the eighties": the decade digit only; the century is the nearest past one. */
  | { kind: "decade-of-century"; digit: number }
  | { kind: "century"; century: number }
  | { kind: "holiday"; name: string; year: number | null; shift: Shift }
  /** Values that need no calendar: PAST_REF, PRESENT_REF, FUTURE_REF, durations, sets. */
  | { kind: "fixed"; value: string };

/** A pattern's reading of one match. */
export interface Reading {
  type: TimexType;
  spec: DateSpec;
  mod?: SpanMod | null;
  /** Part of day (MO, AF, EV, NI) or a clock time (T09:30) appended to a resolved day. */
  timeSuffix?: string | null;
  /** A bare clock time ("at 9 a.m."): it takes the day of a date in its sentence, else publication day. */
  needsDay?: boolean;
  /** Characters before the regex match that belong to the phrase ("last" in "last Friday"). */
  extendBy?: number;
  /** "the week of March 6": the value is the week holding the day. */
  container?: "week";
  /**
   * "rose for a third straight day on Monday": the period (of the spec's unit) holding a
   * day-precise date of the same sentence, when there is one.
   */
  followsSentenceDay?: boolean;
  /** A vague time ("overnight") that later phrases must not count from. */
  weakReference?: boolean;
}
