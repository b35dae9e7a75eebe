"use client";
// The timeline page (/): filters, the timeline, the selected event's details and the list of the
// same events, all driven by the URL (lib/timeline/use-explorer-url.ts) so any view can be shared
// and Back/Forward walk the filter history.
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { criteriaOf, type EventCriteria } from "@/lib/data/event-filter";
import type { EventDto } from "@/lib/data/event-dto";
import { describeCriteria } from "@/lib/format/criteria";
import { formatDayRange } from "@/lib/format/dates";
import { criteriaInWindow, eventQueryOptions, facetsQueryOptions } from "@/lib/queries/events";
import { firstDayOf, lastDayOf } from "@/lib/timeline/days";
import { useExplorerUrl } from "@/lib/timeline/use-explorer-url";
import { explorerHref } from "@/lib/timeline/url-state";
import { centreOn, contains, paddedWindow, parseWindowParam, spanDays, type DayWindow } from "@/lib/timeline/window";
import { EventPanel } from "@/components/events/event-panel";
import { EventTable } from "@/components/events/event-table";
import { ExportLinks } from "@/components/export/export-links";
import { FilterPanel } from "@/components/filters/filter-panel";
import { TimelineCanvas } from "./timeline-canvas";
import { useDebounced } from "@/lib/hooks/use-debounced";

const SITE = "Diplomatic event timeline";

export interface TimelineExplorerProps {
  /** The window when the URL has none: around the selected event, or the filter's suggestion. */
  initialWindow: DayWindow;
  /** Names of the actors in the URL's filter. */
  initialNames: Record<string, string>;
  /** The server took this for a phone (see lib/http/likely-phone.ts). */
  likelyNarrow: boolean;
}

export function TimelineExplorer({ initialWindow, initialNames, likelyNarrow }: TimelineExplorerProps) {
  const url = useExplorerUrl();
  const { state, notices } = url;
  const queryClient = useQueryClient();
  const [win, setWin] = useState<DayWindow>(state.window ?? initialWindow);
  const [names, setNames] = useState(() => new Map(Object.entries(initialNames)));
  const [focusSignal, setFocusSignal] = useState(0);

  // Back/Forward: return to the window of that entry, if it recorded one.
  useEffect(() => {
    const onPop = () => {
      const w = parseWindowParam(new URLSearchParams(window.location.search).get("window"));
      if (w) setWin(w);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const { setWindow: recordWindow, select, setCriteria } = url;
  const changeWindow = useCallback(
    (w: DayWindow) => {
      setWin(w);
      recordWindow(w);
    },
    [recordWindow],
  );

  const facets = useQuery({ ...facetsQueryOptions(state.criteria), placeholderData: keepPreviousData });
  useEffect(() => {
    const actors = facets.data?.actors;
    if (!actors?.length) return;
    setNames((prev) => {
      if (actors.every((a) => prev.get(a.slug) === a.name)) return prev;
      const next = new Map(prev);
      for (const a of actors) next.set(a.slug, a.name);
      return next;
    });
  }, [facets.data]);
  const nameOf = useCallback((slug: string) => names.get(slug) ?? slug, [names]);

  const selected = useQuery({ ...eventQueryOptions(state.event ?? ""), enabled: !!state.event });

  const summary = describeCriteria(state.criteria, nameOf);
  useEffect(() => {
    document.title = summary ? `${summary} — Timeline · ${SITE}` : `Timeline · ${SITE}`;
  }, [summary]);

  const onCriteria = (c: EventCriteria) => {
    const datesChanged = c.from !== state.criteria.from || c.to !== state.criteria.to;
    let w: DayWindow | undefined;
    // A new date range is also where to look.
    if (datesChanged && (c.from || c.to)) {
      const from = c.from ? firstDayOf(c.from) : c.to && lastDayOf(c.to) < win.from ? firstDayOf(c.to.slice(0, 4)) : win.from;
      const to = c.to ? lastDayOf(c.to) : from > win.to ? lastDayOf(from.slice(0, 4)) : win.to;
      if (from <= to) {
        w = paddedWindow(from, to);
        setWin(w);
      }
    }
    setCriteria(c, w);
  };

  const reveal = (start: string, last: string) => {
    if (!contains(win, start, last)) changeWindow(spanDays({ from: start, to: last }) > spanDays(win) ? paddedWindow(start, last) : centreOn(start, spanDays(win)));
  };

  const onListSelect = (e: EventDto) => {
    queryClient.setQueryData(eventQueryOptions(e.id).queryKey, e);
    select(e.id);
    setFocusSignal((n) => n + 1);
    reveal(firstDayOf(e.start), e.end ?? lastDayOf(e.start));
  };

  const listWindow = useDebounced(win, 300);
  const listCriteria = state.list === "window" ? criteriaInWindow(state.criteria, listWindow) : state.criteria;

  return (
    <div className="explorer">
      <div className="explorer-head">
        <h1>
          Timeline
          {summary ? <span className="h1-sub"> {summary}</span> : null}
        </h1>
        {facets.data?.total !== 0 ? <ExportLinks criteria={state.criteria} total={facets.data?.total} /> : null}
      </div>
      {notices.length ? (
        <div className="notice" role="alert">
          <p>Part of this link could not be read and was left out:</p>
          <ul>
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <FilterPanel
        criteria={state.criteria}
        facets={facets.data}
        names={names}
        onChange={onCriteria}
        onActorName={(slug, name) => setNames((prev) => new Map(prev).set(slug, name))}
        hidden={{
          ...(state.groupBy !== "actor" ? { groupBy: state.groupBy } : {}),
          ...(state.sort === "desc" ? { sort: "desc" } : {}),
          ...(state.list === "all" ? { list: "all" } : {}),
        }}
      />
      <div className={`explorer-body${state.event ? " has-selection" : ""}`}>
        <section className="explorer-timeline" aria-labelledby="timeline-heading">
          <h2 id="timeline-heading" className="visually-hidden">
            Timeline
          </h2>
          <TimelineCanvas
            criteria={state.criteria}
            groupBy={state.groupBy}
            window={win}
            selectedId={state.event}
            selectedEvent={selected.data ?? null}
            onWindowChange={changeWindow}
            onSelect={select}
            onGroupByChange={url.setGroupBy}
            onClearFilters={() => setCriteria(criteriaOf({}))}
            onOpenDetails={() => setFocusSignal((n) => n + 1)}
            label={summary ? `Timeline of events: ${summary}` : "Timeline of events"}
            likelyNarrow={likelyNarrow}
          />
        </section>
        <aside className="explorer-detail" aria-label="Event details">
          <EventPanel id={state.event} onClose={() => select(null)} focusSignal={focusSignal} />
        </aside>
        <div className="explorer-list" hidden={facets.data?.total === 0}>
          <EventTable
            criteria={listCriteria}
            order={state.sort}
            scope={state.list}
            windowText={formatDayRange(listWindow.from, listWindow.to)}
            selectedId={state.event}
            hrefFor={(e) => explorerHref({ ...state, window: win, event: e.id })}
            onSelect={onListSelect}
            onOrderChange={url.setSort}
            onScopeChange={url.setListScope}
          />
        </div>
      </div>
    </div>
  );
}
