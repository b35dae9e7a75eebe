"use client";
// A timeline of one filter with everything needed to use it without a mouse: a toolbar (earlier,
// later, zoom, fit, previous/next event, rows per actor or country), keyboard shortcuts on the
// timeline itself, a status line, a legend, and a live region that reads out what is selected.
//
// The window (what is on screen) and the selection are controlled by the parent, so the page can
// keep them in the URL. Data: the fetch window around the visible one (lib/timeline/window.ts)
// through React Query, the neighbouring windows prefetched so panning finds them ready.
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { criteriaToParams, type EventCriteria } from "@/lib/data/event-filter";
import type { EventDto } from "@/lib/data/event-dto";
import { formatDayRange, formatTimelineEventDate } from "@/lib/format/dates";
import { EVENT_TYPES, TYPE_LABEL, describeTypeCounts, plural, typeLabel } from "@/lib/format/event-types";
import { adjacentEventQueryOptions, timelineQueryOptions } from "@/lib/queries/events";
import { firstDayOf, lastDayOf } from "@/lib/timeline/days";
import { OTHER_GROUP, type GroupBy, type TimelineCluster, type TimelineDto } from "@/lib/timeline/types";
import { centreOn, fetchWindowFor, neighbourFetchWindows, paddedWindow, panWindow, spanDays, zoomWindow, type DayWindow } from "@/lib/timeline/window";
import { LazyTimeline } from "./lazy-timeline";

export interface TimelineCanvasProps {
  criteria: EventCriteria;
  groupBy: GroupBy;
  window: DayWindow;
  selectedId: string | null;
  /** The selected event when known: it is always drawn, even where its period is clustered. */
  selectedEvent?: EventDto | null;
  onWindowChange(w: DayWindow): void;
  onSelect(id: string | null): void;
  onGroupByChange?(g: GroupBy): void;
  /** Offered when the filter matches nothing. */
  onClearFilters?(): void;
  /** Move keyboard focus to the details of the selected event (Enter). */
  onOpenDetails?(): void;
  /** Names what the timeline shows, for its accessible name. */
  label: string;
  /** The server's guess that this is a phone (so it prefetched the compact density). */
  likelyNarrow?: boolean;
}

type NavItem = { kind: "event"; id: string; title: string; start: string; last: string; row: number; type: string; status: string; precision: string } | { kind: "cluster"; id: string; start: string; last: string; row: number; cluster: TimelineCluster };

/** Phones: fewer, wider clusters ("compact" density) and a shorter timeline. Matches the CSS. */
const NARROW = "(max-width: 640px)";

function subscribeNarrow(cb: () => void): () => void {
  const mq = window.matchMedia(NARROW);
  mq.addEventListener("change", cb);
  return () => mq.removeEventListener("change", cb);
}

/**
 * The timeline's data with the selected event added when the server sent it inside a cluster:
 * what is selected must be visible. It is drawn in the rows of its actors (or "Other"), on top of
 * the cluster that also counts it.
 */
function withSelected(data: TimelineDto | undefined, e: EventDto | null | undefined, groupBy: GroupBy): TimelineDto | undefined {
  if (!data || !e || data.events.some((x) => x.id === e.id)) return data;
  const start = firstDayOf(e.start);
  const last = e.end ?? lastDayOf(e.start);
  if (last < data.window.from || start > data.window.to) return data;
  const shown = new Set(data.groups.map((g) => g.id));
  const keys = [...new Set(e.actors.map((a) => (groupBy === "actor" ? a.slug : a.country)).filter((k): k is string => !!k && shown.has(k)))];
  const groups = keys.length ? keys : shown.has(OTHER_GROUP) ? [OTHER_GROUP] : [];
  if (!groups.length) return data;
  return { ...data, events: [...data.events, { id: e.id, slug: e.slug, title: e.title, type: e.type, status: e.status, precision: e.precision, start, last, groups }] };
}

/** Everything drawn, one entry per event (its first row) or cluster, in date then row order. */
function navItems(data: TimelineDto | undefined): NavItem[] {
  if (!data) return [];
  const row = new Map(data.groups.map((g, i) => [g.id, i]));
  const out: NavItem[] = [];
  for (const e of data.events) {
    out.push({ kind: "event", id: e.id, title: e.title, start: e.start, last: e.last, row: Math.min(...e.groups.map((g) => row.get(g) ?? 99)), type: e.type, status: e.status, precision: e.precision });
  }
  for (const c of data.clusters) out.push({ kind: "cluster", id: c.id, start: c.start, last: c.last, row: row.get(c.group) ?? 99, cluster: c });
  return out.sort((a, b) => a.start.localeCompare(b.start) || a.row - b.row || a.id.localeCompare(b.id));
}

export function TimelineCanvas(props: TimelineCanvasProps) {
  const { criteria, groupBy, window: win, selectedId, onWindowChange, onSelect } = props;
  const queryClient = useQueryClient();
  const helpId = useId();
  const fetchWin = useMemo(() => fetchWindowFor(win), [win]);
  const narrow = useSyncExternalStore(subscribeNarrow, () => window.matchMedia(NARROW).matches, () => !!props.likelyNarrow);
  const density = narrow ? "compact" : "normal";
  const query = useQuery({ ...timelineQueryOptions({ criteria, groupBy, window: fetchWin, density }), placeholderData: keepPreviousData });
  const data = useMemo(() => withSelected(query.data, props.selectedEvent, groupBy), [query.data, props.selectedEvent, groupBy]);
  const [focusedCluster, setFocusedCluster] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const appRef = useRef<HTMLDivElement>(null);

  // Prefetch the windows a pan would need next, once the view has settled for a moment (not for
  // every step of a fast pan, nor for the desktop density while a phone is still hydrating).
  const criteriaKey = criteriaToParams(criteria).toString();
  useEffect(() => {
    const t = setTimeout(() => {
      for (const w of neighbourFetchWindows(win)) void queryClient.prefetchQuery(timelineQueryOptions({ criteria, groupBy, window: w, density }));
    }, 400);
    return () => clearTimeout(t);
    // Only when the fetch window or the filter (by value: callers rebuild the object) changes,
    // not on every small pan or re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queryClient, criteriaKey, groupBy, density, fetchWin.from, fetchWin.to]);

  const items = useMemo(() => navItems(data), [data]);

  /** Show an item: move the window only when the item's start is not on screen. */
  const reveal = useCallback(
    (start: string, last: string) => {
      if (start >= win.from && start <= win.to) return;
      if (start < win.from && last >= win.from) return;
      const span = spanDays(win);
      onWindowChange(spanDays({ from: start, to: last }) > span * 0.8 ? paddedWindow(start, last) : centreOn(start, span));
    },
    [win, onWindowChange],
  );

  const announceEvent = useCallback((n: { title: string; type: string; status: string; start: string; last: string; precision: string }, position?: string) => {
    setAnnouncement(`${n.title}. ${typeLabel(n.type)}, ${n.status}, ${formatTimelineEventDate(n)}.${position ? ` ${position}.` : ""}`);
  }, []);

  const goTo = useCallback(
    (item: NavItem, position?: string) => {
      if (item.kind === "event") {
        setFocusedCluster(null);
        onSelect(item.id);
        announceEvent(item, position);
      } else {
        setFocusedCluster(item.id);
        onSelect(null);
        const row = data?.groups.find((g) => g.id === item.cluster.group)?.label ?? "";
        setAnnouncement(`${plural(item.cluster.count, "event")} grouped, ${formatDayRange(item.start, item.last, false)}, ${row}: ${describeTypeCounts(item.cluster.types)}. Press Enter to zoom in.`);
      }
      reveal(item.start, item.last);
    },
    [onSelect, announceEvent, reveal, data],
  );

  const zoomInto = useCallback(
    (c: TimelineCluster) => {
      setFocusedCluster(null);
      onWindowChange(paddedWindow(c.start, c.last, 4));
      setAnnouncement(`Zoomed in to ${formatDayRange(c.start, c.last, false)}.`);
    },
    [onWindowChange],
  );

  const step = useCallback(
    async (direction: "next" | "previous") => {
      const currentId = selectedId ?? focusedCluster;
      const idx = currentId ? items.findIndex((i) => i.id === currentId) : -1;
      let target: NavItem | undefined;
      if (idx >= 0) target = items[direction === "next" ? idx + 1 : idx - 1];
      else if (!currentId) {
        // Nothing selected: start from the edge of what is on screen.
        target =
          direction === "next"
            ? (items.find((i) => i.start >= win.from && i.start <= win.to) ?? items.find((i) => i.start > win.to))
            : ([...items].reverse().find((i) => i.start <= win.to && i.start >= win.from) ?? [...items].reverse().find((i) => i.start < win.from));
      }
      if (target) return goTo(target);
      // Past what is loaded: ask the server for the next event of the filter in date order.
      const cur = idx >= 0 ? items[idx] : null;
      const anchor = cur
        ? cur.kind === "event"
          ? { startDay: cur.start, id: cur.id }
          : direction === "next"
            ? { startDay: cur.last, id: "zzzzzzzzzzzz" }
            : { startDay: cur.start, id: "0" }
        : selectedId && props.selectedEvent?.id === selectedId
          ? { startDay: firstDayOf(props.selectedEvent.start), id: selectedId }
          : direction === "next"
            ? { startDay: win.to, id: "zzzzzzzzzzzz" }
            : { startDay: win.from, id: "0" };
      try {
        const next = await queryClient.fetchQuery(adjacentEventQueryOptions(criteria, anchor, direction));
        if (!next) {
          setAnnouncement(direction === "next" ? "No later event matches the filters." : "No earlier event matches the filters.");
          return;
        }
        const last = next.end ?? lastDayOf(next.start);
        goTo({ kind: "event", id: next.id, title: next.title, start: firstDayOf(next.start), last, row: 0, type: next.type, status: next.status, precision: next.precision });
      } catch {
        setAnnouncement("Could not load the next event. Check the connection and try again.");
      }
    },
    [selectedId, focusedCluster, items, win, goTo, queryClient, criteria, props.selectedEvent],
  );

  const zoom = useCallback(
    (factor: number) => {
      const sel = items.find((i) => i.id === (selectedId ?? focusedCluster));
      const anchor = sel && sel.start >= win.from && sel.start <= win.to ? sel.start : undefined;
      onWindowChange(zoomWindow(win, factor, anchor));
    },
    [items, selectedId, focusedCluster, win, onWindowChange],
  );

  const fitAll = useCallback(() => {
    if (data?.extent) onWindowChange(paddedWindow(data.extent.from, data.extent.to));
  }, [data, onWindowChange]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    let handled = true;
    switch (e.key) {
      case "ArrowRight":
        if (e.shiftKey) onWindowChange(panWindow(win, 0.25));
        else void step("next");
        break;
      case "ArrowLeft":
        if (e.shiftKey) onWindowChange(panWindow(win, -0.25));
        else void step("previous");
        break;
      case "ArrowDown":
      case "ArrowUp": {
        // Scroll the rows (vis-timeline keeps the labels and the items in step).
        const rows = appRef.current?.querySelector<HTMLElement>(".vis-panel.vis-left");
        if (rows) rows.scrollTop += e.key === "ArrowDown" ? 60 : -60;
        break;
      }
      case "PageDown":
        onWindowChange(panWindow(win, 1));
        break;
      case "PageUp":
        onWindowChange(panWindow(win, -1));
        break;
      case "+":
      case "=":
        zoom(0.5);
        break;
      case "-":
      case "_":
        zoom(2);
        break;
      case "0":
        fitAll();
        break;
      case "Home": {
        const first = items.find((i) => i.last >= win.from);
        if (first) goTo(first);
        break;
      }
      case "End": {
        const last = [...items].reverse().find((i) => i.start <= win.to);
        if (last) goTo(last);
        break;
      }
      case "Enter":
      case " ": {
        const c = focusedCluster ? data?.clusters.find((k) => k.id === focusedCluster) : undefined;
        if (c) zoomInto(c);
        else if (selectedId) props.onOpenDetails?.();
        else handled = false;
        break;
      }
      case "Escape":
        if (selectedId || focusedCluster) {
          setFocusedCluster(null);
          onSelect(null);
          setAnnouncement("Selection cleared.");
        } else handled = false;
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  };

  // A cluster that is no longer drawn (zoomed, refetched) cannot stay focused.
  useEffect(() => {
    if (focusedCluster && data && !data.clusters.some((c) => c.id === focusedCluster)) setFocusedCluster(null);
  }, [data, focusedCluster]);

  const typesInView = useMemo(() => {
    const s = new Set<string>();
    for (const ev of data?.events ?? []) s.add(ev.type);
    for (const c of data?.clusters ?? []) for (const t of Object.keys(c.types)) s.add(t);
    return EVENT_TYPES.filter((t) => s.has(t));
  }, [data]);
  const hasPlanned = !!data?.events.some((e) => e.status === "planned");

  const windowText = formatDayRange(win.from, win.to);
  const fetching = query.isFetching && !query.isPending;

  return (
    <div className="timeline-canvas" aria-busy={query.isPending || fetching}>
      <div className="timeline-toolbar" role="toolbar" aria-label="Timeline controls" aria-controls={`${helpId}-app`}>
        <div className="tool-group">
          <button type="button" onClick={() => onWindowChange(panWindow(win, -0.5))} aria-label="Move earlier">
            <span aria-hidden="true">◀</span> <span className="tool-text">Earlier</span>
          </button>
          <button type="button" onClick={() => onWindowChange(panWindow(win, 0.5))} aria-label="Move later">
            <span className="tool-text">Later</span> <span aria-hidden="true">▶</span>
          </button>
        </div>
        <div className="tool-group">
          <button type="button" onClick={() => zoom(0.5)} aria-label="Zoom in">
            <span aria-hidden="true" className="tool-icon">+</span> <span className="tool-text">Zoom in</span>
          </button>
          <button type="button" onClick={() => zoom(2)} aria-label="Zoom out">
            <span aria-hidden="true" className="tool-icon">−</span> <span className="tool-text">Zoom out</span>
          </button>
          <button type="button" onClick={fitAll} disabled={!data?.extent}>
            Fit all
          </button>
        </div>
        <div className="tool-group">
          <button type="button" onClick={() => void step("previous")} aria-label="Previous event">
            <span aria-hidden="true">‹</span> <span className="tool-text">Previous</span>
          </button>
          <button type="button" onClick={() => void step("next")} aria-label="Next event">
            <span className="tool-text">Next</span> <span aria-hidden="true">›</span>
          </button>
        </div>
      </div>

      <div className="timeline-status-row">
        <p className="timeline-status" role="status">
          <span className="window-text">{windowText}</span>
          {data?.unit ? ` · busy periods grouped by ${data.unit}` : ""}
          {fetching ? <span className="updating"> · updating…</span> : null}
        </p>
        {props.onGroupByChange ? (
            <fieldset className="tool-group segmented">
              <legend className="visually-hidden">One row per</legend>
              <span aria-hidden="true" className="segmented-label">
                Rows:
              </span>
              {(["actor", "country"] as const).map((g) => (
                <label key={g} className={groupBy === g ? "is-checked" : undefined}>
                  <input type="radio" name={`${helpId}-rows`} value={g} checked={groupBy === g} onChange={() => props.onGroupByChange?.(g)} />
                  {g === "actor" ? "Actors" : "Countries"}
                </label>
              ))}
            </fieldset>
          ) : null}
      </div>

      {query.isError ? (
        <div className="notice notice-error" role="alert">
          <p>
            Could not load {data ? "this part of " : ""}the timeline: {query.error.message}
          </p>
          <button type="button" onClick={() => void query.refetch()}>
            Try again
          </button>
        </div>
      ) : null}

      {data && data.total === 0 ? (
        <div className="notice empty" role="status">
          <p>
            <strong>No events match these filters.</strong>
          </p>
          {props.onClearFilters ? (
            <button type="button" onClick={props.onClearFilters}>
              Clear all filters
            </button>
          ) : null}
        </div>
      ) : data && data.inWindow === 0 && data.suggested ? (
        <div className="notice" role="status">
          <p>
            Nothing in {windowText}. {plural(data.total, "matching event")} lie between {formatDayRange(data.extent!.from, data.extent!.to)}.
          </p>
          <button type="button" onClick={() => onWindowChange(data.suggested!)}>
            Show them
          </button>
        </div>
      ) : null}

      <div
        id={`${helpId}-app`}
        ref={appRef}
        className="timeline-app"
        role="application"
        aria-roledescription="timeline"
        aria-label={`${props.label}, ${windowText}`}
        aria-describedby={`${helpId}-help`}
        tabIndex={0}
        onKeyDown={onKeyDown}
        hidden={data?.total === 0}
      >
        <LazyTimeline
          groups={data?.groups ?? []}
          events={data?.events ?? []}
          clusters={data?.clusters ?? []}
          window={win}
          selectedId={selectedId}
          focusedClusterId={focusedCluster}
          maxHeight={narrow ? 440 : 600}
          onWindowChange={onWindowChange}
          onSelectEvent={(id) => {
            setFocusedCluster(null);
            onSelect(id);
            const n = id ? items.find((i) => i.id === id) : undefined;
            if (n && n.kind === "event") announceEvent(n);
          }}
          onActivateCluster={zoomInto}
        />
        {query.isPending ? <p className="timeline-loading">Loading events…</p> : null}
      </div>
      <noscript>
        <p className="notice">The interactive timeline needs JavaScript. The list below shows the same events.</p>
      </noscript>

      <div className="timeline-foot">
        <p id={`${helpId}-help`} className="keys-help">
          <span className="visually-hidden">Keyboard: </span>
          <kbd>←</kbd> <kbd>→</kbd> previous/next event · <kbd>Shift</kbd>+<kbd>←</kbd> <kbd>→</kbd> move · <kbd>+</kbd> <kbd>−</kbd> zoom · <kbd>0</kbd> fit all · <kbd>↑</kbd> <kbd>↓</kbd> scroll rows · <kbd>Enter</kbd> details or zoom into a group · <kbd>Esc</kbd> clear · <span className="visually-hidden">Mouse: </span>drag to move, <kbd>Ctrl</kbd>+wheel to zoom
        </p>
        <ul className="legend" aria-label="Legend">
          {typesInView.map((t) => (
            <li key={t}>
              <span className={`swatch type-${t}`} aria-hidden="true" />
              {TYPE_LABEL[t]}
            </li>
          ))}
          {hasPlanned ? (
            <li>
              <span className="swatch swatch-planned" aria-hidden="true" />
              Planned (dashed)
            </li>
          ) : null}
          {data?.clusters.length ? (
            <li>
              <span className="swatch swatch-cluster" aria-hidden="true" />
              Group of events (click to zoom)
            </li>
          ) : null}
        </ul>
      </div>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
