import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bucketLast, bucketStart, unitForWindow, BUCKET_UNITS, MAX_BUCKETS_COMPACT } from "./buckets";
import { addDays, dayFromNumber, dayNumber, daysBetween, fromLocalDate, isDay, lastDayOf, toLocalDate } from "./days";
import {
  MAX_DAY,
  MIN_DAY,
  MAX_SPAN_DAYS,
  MIN_SPAN_DAYS,
  centreOn,
  contains,
  fetchWindowFor,
  formatWindowParam,
  neighbourFetchWindows,
  normaliseWindow,
  panWindow,
  parseWindowParam,
  spanDays,
  zoomWindow,
  type DayWindow,
} from "./window";

const dayArb = fc.integer({ min: dayNumber("1950-01-01"), max: dayNumber("2060-12-31") }).map(dayFromNumber);
const windowArb: fc.Arbitrary<DayWindow> = fc
  .tuple(dayArb, fc.integer({ min: MIN_SPAN_DAYS, max: 20_000 }))
  .map(([from, span]) => normaliseWindow({ from, to: addDays(from, span - 1) }));

describe("days", () => {
  it("does calendar arithmetic", () => {
    expect(addDays("2022-02-28", 1)).toBe("2022-03-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(daysBetween("2022-01-01", "2023-01-01")).toBe(365);
    expect(lastDayOf("2022-02")).toBe("2022-02-28");
    expect(isDay("2022-02-30")).toBe(false);
    expect(isDay("2022-02-28")).toBe(true);
  });
  it("round-trips through local midnight in any time zone", () => {
    fc.assert(
      fc.property(dayArb, (d) => {
        expect(fromLocalDate(toLocalDate(d))).toBe(d);
      }),
    );
  });
});

describe("window parameter", () => {
  it("parses and writes YYYY-MM-DD..YYYY-MM-DD", () => {
    expect(parseWindowParam("2022-01-20..2022-03-10")).toEqual({ from: "2022-01-20", to: "2022-03-10" });
    expect(formatWindowParam({ from: "2022-01-20", to: "2022-03-10" })).toBe("2022-01-20..2022-03-10");
  });
  it.each(["", "2022-01-20", "2022-03-10..2022-01-20", "2022-02-30..2022-03-01", "1200-01-01..1200-02-01", "yesterday..today"])("refuses %j", (v) => {
    expect(parseWindowParam(v)).toBeNull();
  });
  it("widens a too narrow window around its centre", () => {
    const w = parseWindowParam("2022-02-10..2022-02-10")!;
    expect(spanDays(w)).toBe(MIN_SPAN_DAYS);
    expect(w.from <= "2022-02-10" && w.to >= "2022-02-10").toBe(true);
  });
});

describe("zoom and pan", () => {
  it("zooming in then out returns about the same window", () => {
    fc.assert(
      fc.property(windowArb, (w) => {
        fc.pre(spanDays(w) >= 20 && spanDays(w) <= 10_000);
        const back = zoomWindow(zoomWindow(w, 0.5), 2);
        expect(Math.abs(spanDays(back) - spanDays(w))).toBeLessThanOrEqual(2);
        expect(Math.abs(daysBetween(w.from, back.from))).toBeLessThanOrEqual(2);
      }),
    );
  });
  it("stays within the zoom limits", () => {
    fc.assert(
      fc.property(windowArb, fc.double({ min: 0.01, max: 100, noNaN: true }), (w, f) => {
        const z = zoomWindow(w, f);
        expect(spanDays(z)).toBeGreaterThanOrEqual(MIN_SPAN_DAYS);
        expect(spanDays(z)).toBeLessThanOrEqual(MAX_SPAN_DAYS);
      }),
    );
  });
  it("pans by a fraction of the span and keeps the span", () => {
    const w = { from: "2022-02-01", to: "2022-02-28" };
    expect(panWindow(w, 0.25)).toEqual({ from: "2022-02-08", to: "2022-03-07" });
    expect(panWindow(w, -0.25)).toEqual({ from: "2022-01-25", to: "2022-02-21" });
  });
  it("centres on a day", () => {
    const w = centreOn("2022-02-07", 29);
    expect(w).toEqual({ from: "2022-01-24", to: "2022-02-21" });
    expect(contains(w, "2022-02-07", "2022-02-07", 7)).toBe(true);
  });
});

describe("fetch windows", () => {
  it("always contain the visible window and are at most six times wider", () => {
    fc.assert(
      fc.property(windowArb, (w) => {
        const f = fetchWindowFor(w);
        expect(f.from <= w.from && f.to >= w.to).toBe(true);
        expect(spanDays(f)).toBeLessThanOrEqual(Math.max(6 * spanDays(w), 14));
      }),
    );
  });
  it("do not change for a small pan, so panning does not refetch", () => {
    const w = { from: "2022-02-01", to: "2022-02-28" };
    const moved = { from: "2022-02-03", to: "2022-03-02" };
    expect(fetchWindowFor(moved)).toEqual(fetchWindowFor(w));
  });
  it("have neighbours that continue them on both sides, within the outer bounds", () => {
    fc.assert(
      fc.property(windowArb, (w) => {
        const f = fetchWindowFor(w);
        for (const n of neighbourFetchWindows(w)) {
          expect(n.from >= MIN_DAY && n.to <= MAX_DAY && n.from <= n.to).toBe(true);
          expect(parseWindowParam(formatWindowParam(n), { normalise: false })).toEqual(n);
          if (n.from < f.from) expect(n.to >= addDays(f.from, -1)).toBe(true);
          else expect(n.from <= addDays(f.to, 1) && n.to >= f.to && n.from > f.from).toBe(true);
        }
      }),
    );
  });
  it("stay inside the outer bounds when zoomed all the way out", () => {
    const w = normaliseWindow({ from: "2030-01-01", to: "2090-01-01" });
    const f = fetchWindowFor(w);
    expect(f.to <= MAX_DAY && f.from >= MIN_DAY).toBe(true);
    expect(parseWindowParam(formatWindowParam(f), { normalise: false })).toEqual(f);
  });
});

describe("buckets", () => {
  it("a day lies in its bucket, and buckets tile the calendar", () => {
    fc.assert(
      fc.property(dayArb, fc.constantFrom(...BUCKET_UNITS), (d, unit) => {
        const start = bucketStart(unit, d);
        const last = bucketLast(unit, start);
        expect(start <= d && d <= last).toBe(true);
        expect(bucketStart(unit, addDays(last, 1))).toBe(addDays(last, 1));
      }),
    );
  });
  it("weeks start on Monday", () => {
    expect(bucketStart("week", "2022-02-06")).toBe("2022-01-31"); // a Sunday
    expect(bucketStart("week", "2022-02-07")).toBe("2022-02-07"); // a Monday
  });
  it("cut a window into at most 30 buckets (12 when compact), the finest that do", () => {
    expect(unitForWindow({ from: "2022-02-01", to: "2022-02-28" })).toBe("day");
    expect(unitForWindow({ from: "2022-02-01", to: "2022-03-31" })).toBe("week");
    expect(unitForWindow({ from: "2022-01-01", to: "2022-06-30" })).toBe("week");
    expect(unitForWindow({ from: "2020-01-01", to: "2021-12-31" })).toBe("month");
    expect(unitForWindow({ from: "2010-01-01", to: "2030-12-31" })).toBe("year");
    expect(unitForWindow({ from: "2022-01-01", to: "2022-06-30" }, MAX_BUCKETS_COMPACT)).toBe("month");
  });
});
