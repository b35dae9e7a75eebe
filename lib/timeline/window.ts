// The timeline's window — the span of days on screen — and the arithmetic of moving it: parse and
// write it as `?window=2022-01-20..2022-03-10`, zoom, pan, centre on a day, and snap it to the
// "fetch window" the data is requested for.
//
// Fetch windows: panning a little must not refetch, and the server page must prefetch exactly
// what the browser will ask for. So the browser never asks for the visible window itself but for
// a window on a fixed grid: the grid step G is the smallest of STEPS that is at least the
// visible span, and the fetch window is two steps, [kG, (k+2)G), with k the step the visible
// window starts in. It always contains the visible window, equal visible windows give equal keys,
// and the neighbours (k−1, k+1) are what a pan needs next, so they are prefetched.
import { addDays, clampDay, dayFromNumber, dayNumber, daysBetween, isDay, type Day } from "./days";

export interface DayWindow {
  /** First day shown (inclusive). */
  from: Day;
  /** Last day shown (inclusive). */
  to: Day;
}

/** The timeline never shows less than this many days (zoom in limit). */
export const MIN_SPAN_DAYS = 4;
/** …nor more than this (zoom out limit), about 60 years. */
export const MAX_SPAN_DAYS = 22_000;
/** The outer limits of where the timeline can go. */
export const MIN_DAY: Day = "1900-01-01";
export const MAX_DAY: Day = "2100-12-31";

/** Grid steps in days: a week, two weeks, a month, a quarter, half a year, 1, 2, 5, 10, 25, 50, 100 years. */
export const STEPS = [7, 14, 31, 92, 183, 366, 731, 1827, 3653, 9131, 18262, 36525] as const;

export function spanDays(w: DayWindow): number {
  return daysBetween(w.from, w.to) + 1;
}

/**
 * Parse "YYYY-MM-DD..YYYY-MM-DD"; null when malformed, reversed or out of range. A window on
 * screen is brought within the zoom limits (`normalise`, the default); a fetch window, which may
 * be wider than the widest view, is taken as it is.
 */
export function parseWindowParam(v: string | null | undefined, opts: { normalise?: boolean } = {}): DayWindow | null {
  if (!v) return null;
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(v.trim());
  if (!m || !isDay(m[1]!) || !isDay(m[2]!)) return null;
  const w = { from: m[1]!, to: m[2]! };
  if (w.from > w.to || w.from < MIN_DAY || w.to > MAX_DAY) return null;
  return opts.normalise === false ? w : normaliseWindow(w);
}

export function formatWindowParam(w: DayWindow): string {
  return `${w.from}..${w.to}`;
}

export function sameWindow(a: DayWindow | null | undefined, b: DayWindow | null | undefined): boolean {
  return !!a && !!b && a.from === b.from && a.to === b.to;
}

/** Keep a window within the zoom limits and the outer bounds, preserving its centre. */
export function normaliseWindow(w: DayWindow): DayWindow {
  let from = w.from;
  let to = w.to < w.from ? w.from : w.to;
  const span = daysBetween(from, to) + 1;
  if (span < MIN_SPAN_DAYS || span > MAX_SPAN_DAYS) {
    const target = Math.min(Math.max(span, MIN_SPAN_DAYS), MAX_SPAN_DAYS);
    const centre = dayNumber(from) + Math.floor((span - 1) / 2);
    from = dayFromNumber(centre - Math.floor((target - 1) / 2));
    to = addDays(from, target - 1);
  }
  if (from < MIN_DAY) {
    const shift = daysBetween(from, MIN_DAY);
    from = MIN_DAY;
    to = clampDay(addDays(to, shift), MIN_DAY, MAX_DAY);
  }
  if (to > MAX_DAY) {
    const shift = daysBetween(MAX_DAY, to);
    to = MAX_DAY;
    from = clampDay(addDays(from, -shift), MIN_DAY, MAX_DAY);
  }
  return { from, to };
}

/** Zoom by `factor` (< 1 zooms in, > 1 zooms out) around `anchor` (default: the centre). */
export function zoomWindow(w: DayWindow, factor: number, anchor?: Day): DayWindow {
  const span = spanDays(w);
  const next = Math.round(span * factor);
  const a = anchor ? dayNumber(anchor) : dayNumber(w.from) + (span - 1) / 2;
  const ratio = span > 1 ? (a - dayNumber(w.from)) / (span - 1) : 0.5;
  const from = Math.round(a - ratio * (next - 1));
  return normaliseWindow({ from: dayFromNumber(from), to: dayFromNumber(from + next - 1) });
}

/** Move by a fraction of the span (negative: earlier). */
export function panWindow(w: DayWindow, fraction: number): DayWindow {
  const shift = Math.round(spanDays(w) * fraction) || Math.sign(fraction);
  return normaliseWindow({ from: addDays(w.from, shift), to: addDays(w.to, shift) });
}

/** A window of the same span as `w` (or `span` days) centred on `day`. */
export function centreOn(day: Day, span: number): DayWindow {
  const from = addDays(day, -Math.floor((span - 1) / 2));
  return normaliseWindow({ from, to: addDays(from, span - 1) });
}

/** Is [first, last] entirely inside the window, with `margin` days to spare on each side? */
export function contains(w: DayWindow, first: Day, last: Day, margin = 0): boolean {
  return first >= addDays(w.from, margin) && last <= addDays(w.to, -margin);
}

/** Widen a window around [first, last] with some breathing room (for "fit"). */
export function paddedWindow(first: Day, last: Day, minSpan = 14): DayWindow {
  const span = daysBetween(first, last) + 1;
  const pad = Math.max(2, Math.round(span * 0.04));
  let w = { from: addDays(first, -pad), to: addDays(last, pad) };
  if (spanDays(w) < minSpan) w = centreOn(dayFromNumber(Math.floor((dayNumber(first) + dayNumber(last)) / 2)), minSpan);
  return normaliseWindow(w);
}

/** The grid step for a visible window (see the header). */
export function gridStep(w: DayWindow): number {
  const span = spanDays(w);
  return STEPS.find((s) => s >= span) ?? STEPS[STEPS.length - 1]!;
}

/** The fetch window for a visible window (see the header). */
export function fetchWindowFor(w: DayWindow): DayWindow {
  const step = gridStep(w);
  const k = Math.floor(dayNumber(w.from) / step);
  return fetchWindowAt(step, k);
}

/** Grid window k of a step, cut to the outer bounds. */
export function fetchWindowAt(step: number, k: number): DayWindow {
  return { from: clampDay(dayFromNumber(k * step), MIN_DAY, MAX_DAY), to: clampDay(dayFromNumber((k + 2) * step - 1), MIN_DAY, MAX_DAY) };
}

/** The fetch windows a pan to either side would need next (none beyond the outer bounds). */
export function neighbourFetchWindows(w: DayWindow): DayWindow[] {
  const step = gridStep(w);
  const k = Math.floor(dayNumber(w.from) / step);
  const here = fetchWindowAt(step, k);
  // Cut at the outer bounds, a neighbour can fall inside this window: nothing more to fetch.
  return [fetchWindowAt(step, k - 1), fetchWindowAt(step, k + 1)].filter((n) => n.from < here.from || n.to > here.to);
}
