// Calendar arithmetic and the resolvers with a fixed tense: the rules of resolve-date.ts
// stated as tables, including week-53 years, leap days and year boundaries.
import { describe, expect, it } from "vitest";
import { dayNumber, easterSunday, isoDayOf, isoWeekOf, isoWeekValue, nthWeekdayOfMonth, orthodoxEasterSunday, weekdayOf } from "./calendar";
import type { Tense } from "./detect-tense";
import { periodSpan, periodValue, shiftPeriod } from "./period";
import { type ResolveContext, emptyDiscourse, resolveSpec, resolveWeekday } from "./resolve-date";
import type { DateSpec } from "./spec";

const day = (iso: string) => dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

function context(dct: string, tense: Tense = "present"): ResolveContext {
  return { dct: day(dct), tense: () => tense, discourse: emptyDiscourse(), sentenceIndex: 0 };
}

describe("calendar", () => {
  it.each([
    ["2021-01-03", "2020-W53"],
    ["2021-01-04", "2021-W01"],
    ["2022-01-02", "2021-W52"],
    ["2022-01-03", "2022-W01"],
    ["2024-12-30", "2025-W01"],
    ["2022-02-07", "2022-W06"],
  ])("ISO week of %s is %s", (iso, week) => {
    expect(isoWeekValue(day(iso))).toBe(week);
  });

  it("numbers weekdays from Monday", () => {
    expect(weekdayOf(day("2022-02-07"))).toBe(1);
    expect(weekdayOf(day("2022-02-06"))).toBe(7);
    expect(isoWeekOf(day("2020-12-31"))).toEqual({ year: 2020, week: 53 });
  });

  it.each([
    [2022, "2022-04-17"],
    [2024, "2024-03-31"],
    [2000, "2000-04-23"],
  ])("Easter %i is %s", (year, iso) => {
    const e = easterSunday(year);
    expect(isoDayOf(dayNumber(e.y, e.m, e.d))).toBe(iso);
  });

  it.each([
    [2021, "2021-05-02"],
    [2022, "2022-04-24"],
    [2017, "2017-04-16"],
  ])("Orthodox Easter %i is %s", (year, iso) => {
    const e = orthodoxEasterSunday(year);
    expect(isoDayOf(dayNumber(e.y, e.m, e.d))).toBe(iso);
  });

  it("finds the fourth Thursday of November", () => {
    expect(nthWeekdayOfMonth(2021, 11, 4, 4)).toEqual({ y: 2021, m: 11, d: 25 });
    expect(nthWeekdayOfMonth(2022, 2, 1, -1)).toEqual({ y: 2022, m: 2, d: 28 });
  });
});

describe("periods", () => {
  it.each([
    [{ gran: "week", isoYear: 2020, week: 53 } as const, 1, "2021-W01"],
    [{ gran: "quarter", y: 2021, q: 4 } as const, 1, "2022-Q1"],
    [{ gran: "season", y: 2021, s: "WI" } as const, 1, "2022-SP"],
    [{ gran: "season", y: 2022, s: "SP" } as const, -1, "2021-WI"],
    [{ gran: "month", y: 2022, m: 1 } as const, -1, "2021-12"],
    [{ gran: "half", y: 2022, h: 1 } as const, -1, "2021-H2"],
  ])("%o moved by %i is %s", (period, n, value) => {
    expect(periodValue(shiftPeriod(period, n))).toBe(value);
  });

  it("gives winter its December-to-February span, leap day included", () => {
    const span = periodSpan({ gran: "season", y: 2023, s: "WI" });
    expect([isoDayOf(span.first), isoDayOf(span.last)]).toEqual(["2023-12-01", "2024-02-29"]);
  });
});

describe("resolveWeekday", () => {
  // Publication on Monday 2022-02-07.
  it.each([
    [1, null, "past", "2022-02-07"],
    [1, null, "future", "2022-02-07"],
    [3, null, "past", "2022-02-02"],
    [3, null, "future", "2022-02-09"],
    [3, null, "present", "2022-02-09"],
    [5, null, "present", "2022-02-04"],
    [1, "last", "future", "2022-01-31"],
    [1, "next", "past", "2022-02-14"],
    [5, "next", "present", "2022-02-11"],
  ] as const)("weekday %i, shift %s, tense %s → %s", (weekday, shift, tense, iso) => {
    expect(resolveWeekday(weekday, shift, context("2022-02-07", tense)).value).toBe(iso);
  });
});

describe("resolveSpec", () => {
  const resolve = (spec: DateSpec, dct: string, tense: Tense = "present") => resolveSpec(spec, context(dct, tense));

  it.each([
    [{ kind: "calendar", year: null, month: 12, day: null }, "2022-02-07", "past", "2021-12"],
    [{ kind: "calendar", year: null, month: 12, day: null }, "2022-02-07", "future", "2022-12"],
    [{ kind: "calendar", year: null, month: 3, day: null }, "2022-02-07", "future", "2022-03"],
    [{ kind: "calendar", year: null, month: 2, day: 29 }, "2024-03-10", "past", "2024-02-29"],
    [{ kind: "calendar", year: null, month: 12, day: null, shift: "last" }, "2022-12-15", "present", "2021-12"],
    [{ kind: "calendar", year: null, month: 6, day: null, yearOffset: -1 }, "2022-02-07", "present", "2021-06"],
    [{ kind: "calendar", year: null, twoDigitYear: 7, month: 7, day: 8 }, "2022-02-07", "present", "2007-07-08"],
    [{ kind: "dct-offset", unit: "week", offset: -1 }, "2022-01-03", "present", "2021-W52"],
    [{ kind: "dct-offset", unit: "quarter", offset: -1 }, "2022-02-07", "present", "2021-Q4"],
    [{ kind: "dct-offset", unit: "decade", offset: -1, trailing: true }, "2011-01-17", "present", "200"],
    [{ kind: "part-of-year", unit: "weekend", index: 0, year: null, shift: null }, "2022-02-07", "past", "2022-W05-WE"],
    [{ kind: "part-of-year", unit: "weekend", index: 0, year: null, shift: null }, "2022-02-07", "future", "2022-W06-WE"],
    [{ kind: "part-of-year", unit: "season", index: "WI", year: null, shift: "this" }, "2022-02-07", "present", "2021-WI"],
    [{ kind: "part-of-year", unit: "quarter", index: 3, year: null, shift: null }, "1989-11-02", "future", "1989-Q3"],
    [{ kind: "part-of-year", unit: "quarter", index: 4, year: null, shift: null }, "1990-01-20", "past", "1989-Q4"],
    [{ kind: "decade-of-century", digit: 8 }, "2022-02-07", "present", "198"],
    [{ kind: "year-of-century", yy: 82 }, "2008-10-27", "present", "1982"],
    [{ kind: "holiday", name: "easter", year: null, shift: null }, "2022-03-01", "future", "2022-04-17"],
    [{ kind: "holiday", name: "christmas", year: null, shift: "last" }, "2022-02-07", "present", "2021-12-25"],
    [{ kind: "holiday", name: "easter week", year: null, shift: null }, "2000-04-17", "past", "2000-W16"],
    [{ kind: "holiday", name: "election day", year: null, shift: null }, "1998-10-26", "future", "1998-11-03"],
    [{ kind: "dct-offset", unit: "week", offset: -1, trailing: true }, "2000-04-14", "present", "2000-W15"],
    [{ kind: "dct-offset", unit: "week", offset: -1, trailing: true }, "2000-04-17", "present", "2000-W15"],
    [{ kind: "dct-offset", unit: "year", offset: -1, trailing: true }, "1989-10-30", "present", "1988"],
  ] as Array<[DateSpec, string, Tense, string]>)("%o at %s (%s) → %s", (spec, dct, tense, value) => {
    expect(resolve(spec, dct, tense)?.value).toBe(value);
  });

  it("refuses a day that does not exist", () => {
    expect(resolve({ kind: "calendar", year: 2022, month: 2, day: 30 }, "2022-02-07")).toBeNull();
  });

  it("compares 'a year ago' with the quarter the article is about", () => {
    const ctx = context("1989-10-26");
    const quarter = resolveSpec({ kind: "part-of-year", unit: "quarter", index: 3, year: null, shift: null }, ctx);
    expect(quarter?.value).toBe("1989-Q3");
    const ago = resolveSpec({ kind: "dct-offset", unit: "year", offset: -1, comparative: true }, ctx);
    expect(ago).toMatchObject({ value: "1988-Q3", isReference: false });
  });
});
