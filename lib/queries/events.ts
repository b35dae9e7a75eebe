// One queryOptions per query, shared by the server prefetch (which swaps in a direct data-layer
// call for the queryFn) and the browser (which fetches the API), so both agree on keys and shapes
// and the server's data hydrates the browser's cache without a refetch.
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { EventDto } from "@/lib/data/event-dto";
import type { EventPage } from "@/lib/data/events";
import { criteriaToParams, type EventCriteria, type EventFilter } from "@/lib/data/event-filter";
import type { FacetsDto } from "@/lib/data/facets";
import type { Density, GroupBy, TimelineDto } from "@/lib/timeline/types";
import { formatWindowParam, type DayWindow } from "@/lib/timeline/window";
import { firstDayOf, lastDayOf } from "@/lib/timeline/days";

export function filterToParams(f: Partial<EventFilter>): URLSearchParams {
  const p = criteriaToParams(f);
  if (f.order && f.order !== "asc") p.set("order", f.order);
  if (f.limit) p.set("limit", String(f.limit));
  if (f.cursor) p.set("cursor", f.cursor);
  return p;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { headers: { accept: "application/json" }, signal });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: string } | null;
    throw new ApiError(body?.error ?? `request failed (${res.status})`, res.status);
  }
  return (await res.json()) as T;
}

/** Don't retry what will fail again (a 4xx); retry a flaky network or a 5xx once. */
function retryOnce(failures: number, error: Error): boolean {
  return failures < 1 && !(error instanceof ApiError && error.status < 500);
}

// ------------------------------------------------------------------ timeline

export interface TimelineQuery {
  criteria: EventCriteria;
  groupBy: GroupBy;
  /** The fetch window (lib/timeline/window.ts `fetchWindowFor`); null: the filter's suggested one. */
  window: DayWindow | null;
  density?: Density;
}

export function timelineParams(q: TimelineQuery): URLSearchParams {
  const p = criteriaToParams(q.criteria);
  if (q.groupBy !== "actor") p.set("groupBy", q.groupBy);
  if (q.window) p.set("window", formatWindowParam(q.window));
  if (q.density === "compact") p.set("density", "compact");
  return p;
}

export function timelineQueryOptions(q: TimelineQuery) {
  const params = timelineParams(q);
  return queryOptions({
    queryKey: ["timeline", criteriaToParams(q.criteria).toString(), q.groupBy, q.window ? formatWindowParam(q.window) : "suggested", q.density ?? "normal"],
    queryFn: ({ signal }) => getJson<TimelineDto>(`/api/timeline?${params}`, signal),
    staleTime: 60_000,
    retry: retryOnce,
  });
}

// ------------------------------------------------------------------ one event

export function eventQueryOptions(id: string) {
  return queryOptions({
    queryKey: ["event", id],
    queryFn: ({ signal }) => getJson<EventDto>(`/api/events/${encodeURIComponent(id)}`, signal),
    staleTime: 5 * 60_000,
    retry: retryOnce,
  });
}

// ------------------------------------------------------------------ the list

export const LIST_PAGE_SIZE = 50;

/** Criteria narrowed to a window (the list shows what the timeline shows); null if they cannot overlap. */
export function criteriaInWindow(c: EventCriteria, w: DayWindow | null): EventCriteria | null {
  if (!w) return c;
  const from = c.from && firstDayOf(c.from) > w.from ? firstDayOf(c.from) : w.from;
  const to = c.to && lastDayOf(c.to) < w.to ? lastDayOf(c.to) : w.to;
  return from > to ? null : { ...c, from, to };
}

export function eventListQueryOptions(criteria: EventCriteria, order: "asc" | "desc") {
  const base = filterToParams({ ...criteria, order, limit: LIST_PAGE_SIZE });
  return infiniteQueryOptions({
    queryKey: ["events", base.toString()],
    queryFn: ({ pageParam, signal }) => {
      const p = new URLSearchParams(base);
      if (pageParam) p.set("cursor", pageParam);
      return getJson<EventPage>(`/api/events?${p}`, signal);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last: EventPage) => last.nextCursor,
    staleTime: 60_000,
    retry: retryOnce,
  });
}

/** The next (or previous) event of a filter after a given one, in date order. */
export function adjacentEventQueryOptions(criteria: EventCriteria, after: { startDay: string; id: string }, direction: "next" | "previous") {
  const p = filterToParams({ ...criteria, order: direction === "next" ? "asc" : "desc", limit: 1, cursor: `${after.startDay}~${after.id}` });
  return queryOptions({
    queryKey: ["adjacent", p.toString()],
    queryFn: async ({ signal }) => (await getJson<EventPage>(`/api/events?${p}`, signal)).events[0] ?? null,
    staleTime: 60_000,
  });
}

// ------------------------------------------------------------------ facets

export function facetsQueryOptions(criteria: EventCriteria, actorQuery = "") {
  const p = criteriaToParams(criteria);
  const q = actorQuery.trim();
  if (q) p.set("actorQuery", q);
  return queryOptions({
    queryKey: ["facets", criteriaToParams(criteria).toString(), q],
    queryFn: ({ signal }) => getJson<FacetsDto>(`/api/facets?${p}`, signal),
    staleTime: 60_000,
    retry: retryOnce,
  });
}
