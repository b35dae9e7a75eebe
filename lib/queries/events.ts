// One queryOptions per query, shared by the server prefetch (which swaps in a direct data-layer
// call) and the client hooks (which fetch the API), so both agree on keys and shapes.
import { queryOptions } from "@tanstack/react-query";
import type { EventPage } from "@/lib/data/events";
import type { EventFilter } from "@/lib/data/event-filter";
import type { ActorSummaryDto } from "@/lib/data/actors";

export function filterToParams(f: Partial<EventFilter>): URLSearchParams {
  const p = new URLSearchParams();
  for (const a of f.actor ?? []) p.append("actor", a);
  if (f.actorMode && f.actorMode !== "all") p.set("actorMode", f.actorMode);
  for (const t of f.type ?? []) p.append("type", t);
  if (f.status) p.set("status", f.status);
  if (f.from) p.set("from", f.from);
  if (f.to) p.set("to", f.to);
  if (f.q) p.set("q", f.q);
  if (f.limit) p.set("limit", String(f.limit));
  if (f.cursor) p.set("cursor", f.cursor);
  return p;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: "application/json" } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: string } | null;
    throw new Error(body?.error ?? `request failed (${res.status})`);
  }
  return (await res.json()) as T;
}

export function eventsQueryOptions(f: EventFilter) {
  const params = filterToParams(f);
  return queryOptions({
    queryKey: ["events", params.toString()],
    queryFn: () => getJson<EventPage>(`/api/events?${params}`),
    staleTime: 60_000,
  });
}

export function actorsQueryOptions() {
  return queryOptions({
    queryKey: ["actors"],
    queryFn: async () => (await getJson<{ actors: ActorSummaryDto[] }>("/api/actors")).actors,
    staleTime: 5 * 60_000,
  });
}
