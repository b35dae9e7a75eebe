"use client";
// An actor's events on a timeline (rows: the actor, then who they dealt with most), the selected
// event's details, and the list of the same events. The view is kept in the page's own state;
// "Open on the main timeline" carries it over to / with all the filters.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import type { EventCriteria } from "@/lib/data/event-filter";
import type { EventDto } from "@/lib/data/event-dto";
import { formatDayRange } from "@/lib/format/dates";
import { criteriaInWindow, eventQueryOptions } from "@/lib/queries/events";
import { firstDayOf, lastDayOf } from "@/lib/timeline/days";
import { explorerHref, type ListScope, type SortOrder } from "@/lib/timeline/url-state";
import { centreOn, contains, spanDays, type DayWindow } from "@/lib/timeline/window";
import { EventPanel } from "@/components/events/event-panel";
import { EventTable } from "@/components/events/event-table";
import { TimelineCanvas } from "@/components/timeline/timeline-canvas";

export function ActorTimeline({ slug, name, initialWindow, likelyNarrow }: { slug: string; name: string; initialWindow: DayWindow; likelyNarrow: boolean }) {
  const criteria: EventCriteria = { actor: [slug], actorMode: "all", type: [] };
  const queryClient = useQueryClient();
  const [win, setWin] = useState(initialWindow);
  const [selected, setSelected] = useState<string | null>(null);
  const [order, setOrder] = useState<SortOrder>("asc");
  const [scope, setScope] = useState<ListScope>("all");
  const [focusSignal, setFocusSignal] = useState(0);
  const selectedEvent = useQuery({ ...eventQueryOptions(selected ?? ""), enabled: !!selected });

  const onListSelect = (e: EventDto) => {
    queryClient.setQueryData(eventQueryOptions(e.id).queryKey, e);
    setSelected(e.id);
    const start = firstDayOf(e.start);
    const last = e.end ?? lastDayOf(e.start);
    if (!contains(win, start, last)) setWin(centreOn(start, spanDays(win)));
    setFocusSignal((n) => n + 1);
  };

  return (
    <>
      <section className="actor-timeline" aria-labelledby="actor-timeline-heading">
        <h2 id="actor-timeline-heading">On the timeline</h2>
        <TimelineCanvas
          criteria={criteria}
          groupBy="actor"
          window={win}
          selectedId={selected}
          selectedEvent={selectedEvent.data ?? null}
          onWindowChange={setWin}
          onSelect={setSelected}
          onOpenDetails={() => setFocusSignal((n) => n + 1)}
          label={`Timeline of events with ${name}`}
          likelyNarrow={likelyNarrow}
        />
        <p>
          <Link href={explorerHref({ criteria, window: win, event: selected })}>Open on the main timeline, with filters</Link>
        </p>
      </section>
      {selected ? (
        <section className="actor-detail" aria-label="Event details">
          <EventPanel id={selected} onClose={() => setSelected(null)} focusSignal={focusSignal} />
        </section>
      ) : null}
      <EventTable
        criteria={scope === "window" ? criteriaInWindow(criteria, win) : criteria}
        order={order}
        scope={scope}
        windowText={formatDayRange(win.from, win.to)}
        selectedId={selected}
        hrefFor={(e) => explorerHref({ criteria, event: e.id })}
        onSelect={onListSelect}
        onOrderChange={setOrder}
        onScopeChange={setScope}
      />
    </>
  );
}
