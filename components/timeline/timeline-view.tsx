"use client";
// The timeline page's client part: the events of the current filter (React Query, hydrated from
// the server's prefetch), the vis-timeline view and the list view in sync.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { EventFilter } from "@/lib/data/event-filter";
import { eventsQueryOptions } from "@/lib/queries/events";
import { EventList } from "@/components/events/event-list";
import { LazyTimeline } from "./lazy-timeline";

export function TimelineView({ filter, initialSelected }: { filter: EventFilter; initialSelected: string | null }) {
  const { data, error, isPending } = useQuery(eventsQueryOptions(filter));
  const [selected, setSelected] = useState<string | null>(initialSelected);
  if (error) return <p role="alert">Could not load events: {error.message}</p>;
  if (isPending) return <p aria-busy="true">Loading events…</p>;
  const events = data.events;
  if (!events.length) return <p className="empty">No events match these filters.</p>;
  return (
    <>
      <p className="count" aria-live="polite">
        {events.length} event{events.length === 1 ? "" : "s"}
        {data.nextCursor ? " (first page)" : ""}
      </p>
      <LazyTimeline events={events} selectedId={selected} onSelect={setSelected} />
      <EventList events={events} selectedId={selected} />
    </>
  );
}
