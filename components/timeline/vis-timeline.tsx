"use client";
// The only module that imports vis-timeline (loaded with `ssr: false` by lazy-timeline.tsx). It
// creates the timeline once, keeps its DataSets in step with the props (diffing, so items do not
// flicker and the selection survives a refetch), follows the controlled `window` prop, and
// destroys the timeline on unmount.
//
// Safety: item and row contents are DOM elements built with textContent — never HTML strings —
// and vis-timeline's own XSS filter (used for tooltips) is left on.
import { useEffect, useRef } from "react";
import { Timeline, type TimelineOptions } from "vis-timeline/peer";
import { DataSet } from "vis-data/peer";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import { formatDayRange, formatTimelineEventDate } from "@/lib/format/dates";
import { describeTypeCounts, plural, statusLabel, typeLabel } from "@/lib/format/event-types";
import { addDays, fromLocalDate, toLocalDate } from "@/lib/timeline/days";
import type { TimelineCluster, TimelineEvent, TimelineGroup } from "@/lib/timeline/types";
import { MAX_DAY, MAX_SPAN_DAYS, MIN_DAY, MIN_SPAN_DAYS, sameWindow, type DayWindow } from "@/lib/timeline/window";

const DAY_MS = 86_400_000;

/** Once per page load: the first timeline to draw items marks it. */
let firstItemsMarked = false;

export interface VisTimelineProps {
  groups: TimelineGroup[];
  events: TimelineEvent[];
  clusters: TimelineCluster[];
  window: DayWindow;
  selectedId: string | null;
  focusedClusterId: string | null;
  maxHeight: number;
  /** The user moved or zoomed the timeline (mouse, wheel, touch). */
  onWindowChange(w: DayWindow): void;
  onSelectEvent(id: string | null): void;
  onActivateCluster(c: TimelineCluster): void;
}

interface Item {
  id: string;
  group: string;
  content: HTMLElement;
  start: Date;
  end?: Date;
  type: "point" | "range";
  className: string;
  title: string;
}

interface Group {
  id: string;
  content: HTMLElement;
  order: number;
  className: string;
}

export const eventItemId = (eventId: string, group: string) => `e:${eventId}:${group}`;

/** The event id of an item id, or null for a cluster. */
export function eventIdOfItem(itemId: string): string | null {
  return itemId.startsWith("e:") ? (itemId.split(":")[1] ?? null) : null;
}

function el(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function eventItem(e: TimelineEvent, group: string): Item {
  const content = el("span", "tl-item");
  if (e.status === "planned") content.append(el("span", "tl-tag", "Planned"));
  content.append(el("span", "tl-title", e.title));
  const spans = e.last !== e.start;
  const date = formatTimelineEventDate(e);
  return {
    id: eventItemId(e.id, group),
    group,
    content,
    // A one-day event is a point (a dot with its label, no line across the other rows) at
    // midday of its day; a span — or a month or year known only roughly — is a bar across the
    // days it may cover.
    start: spans ? toLocalDate(e.start) : new Date(toLocalDate(e.start).getTime() + DAY_MS / 2),
    ...(spans ? { end: toLocalDate(addDays(e.last, 1)) } : {}),
    type: spans ? "range" : "point",
    className: `tl-event type-${e.type} status-${e.status} precision-${e.precision}`,
    title: `${e.title} — ${typeLabel(e.type)}, ${statusLabel(e.status).toLowerCase()}, ${date}`,
  };
}

/** A cluster is drawn a little inside its bucket, so clusters of neighbouring buckets do not
 *  touch (vis-timeline would stack touching items on two lines). */
function clusterInset(c: TimelineCluster): number {
  const days = (toLocalDate(addDays(c.last, 1)).getTime() - toLocalDate(c.start).getTime()) / DAY_MS;
  return Math.max(0.06, days * 0.04) * DAY_MS;
}

function clusterItem(c: TimelineCluster): Item {
  const content = el("span", "tl-cluster");
  content.append(el("span", "tl-count", String(c.count)));
  const bar = el("span", "tl-bar");
  for (const [type, n] of Object.entries(c.types).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))) {
    const seg = el("span", `tl-seg type-${type}`);
    seg.style.flexGrow = String(n ?? 0);
    bar.append(seg);
  }
  content.append(bar);
  return {
    id: c.id,
    group: c.group,
    content,
    start: new Date(toLocalDate(c.start).getTime() + clusterInset(c)),
    end: new Date(toLocalDate(addDays(c.last, 1)).getTime() - clusterInset(c)),
    type: "range",
    className: "tl-cluster-item",
    title: `${plural(c.count, "event")}, ${formatDayRange(c.start, c.last)}: ${describeTypeCounts(c.types)}. Click to zoom in.`,
  };
}

function groupRow(g: TimelineGroup, order: number): Group {
  const content = el("div", "tl-group");
  content.append(el("span", "tl-group-name", g.label));
  const detail = [g.kind === "country" ? null : g.detail, plural(g.count, "event")].filter(Boolean).join(" · ");
  content.append(el("span", "tl-group-detail", detail));
  return { id: g.id, content, order, className: `tl-row tl-row-${g.kind}${g.pinned ? " tl-row-pinned" : ""}` };
}

/** The days a vis-timeline range covers (the last day is the one its end falls in). */
function rangeToWindow(start: Date, end: Date): DayWindow {
  return { from: fromLocalDate(start), to: fromLocalDate(new Date(end.getTime() - 1)) };
}

/** Apply a new list to a DataSet: remove what is gone, add or replace the rest. */
function sync<T extends { id: string }>(ds: DataSet<T>, next: T[]): void {
  const keep = new Set(next.map((x) => x.id));
  const gone = ds.getIds().filter((id) => !keep.has(String(id)));
  if (gone.length) ds.remove(gone);
  if (next.length) ds.update(next as never);
}

export default function VisTimeline(props: VisTimelineProps) {
  const container = useRef<HTMLDivElement>(null);
  const timeline = useRef<Timeline | null>(null);
  const items = useRef(new DataSet<Item>());
  const groups = useRef(new DataSet<Group>());
  const clustersById = useRef(new Map<string, TimelineCluster>());
  const latest = useRef(props);
  latest.current = props;
  /** The selection came from a click on the timeline (so the item is in view already). */
  const clicked = useRef(false);
  const lastSelected = useRef<string | null>(null);
  const pendingFocus = useRef<string | null>(null);
  /** A `focus` below is moving the view: its end is a move the parent must hear of. */
  const focusing = useRef(false);

  useEffect(() => {
    if (!container.current) return;
    const w = latest.current.window;
    const options: TimelineOptions = {
      start: toLocalDate(w.from),
      end: toLocalDate(addDays(w.to, 1)),
      min: toLocalDate(MIN_DAY),
      max: toLocalDate(MAX_DAY),
      zoomMin: MIN_SPAN_DAYS * DAY_MS,
      zoomMax: MAX_SPAN_DAYS * DAY_MS,
      // The mouse wheel scrolls the page (a timeline that zooms on every wheel turn traps a
      // reader scrolling past it); Ctrl + wheel zooms, as does a trackpad pinch (Chromium and
      // Firefox send it as Ctrl + wheel), the toolbar, the keyboard and a touch pinch.
      zoomKey: "ctrlKey",
      orientation: { axis: "top", item: "top" },
      stack: true,
      groupOrder: "order",
      margin: { item: { horizontal: 1, vertical: 4 }, axis: 6 },
      maxHeight: latest.current.maxHeight,
      verticalScroll: true,
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      tooltip: { followMouse: true, overflowMethod: "cap", delay: 200 },
      locale: "en",
    };
    const t = new Timeline(container.current, items.current as never, groups.current as never, options);
    t.on("rangechanged", (p: { start: Date; end: Date; byUser: boolean }) => {
      // Moves by the user, and by `focus` below. Any other report is of a window the props asked
      // for — possibly an older one, arriving after the props moved on ("Show them" clicked
      // while the first view was still settling), which must not undo the newer window.
      const w = rangeToWindow(p.start, p.end);
      const fromFocus = focusing.current;
      focusing.current = false;
      if ((p.byUser || fromFocus) && !sameWindow(w, latest.current.window)) latest.current.onWindowChange(w);
    });
    t.on("select", (p: { items: Array<string | number> }) => {
      const id = p.items[0] === undefined ? null : String(p.items[0]);
      if (id === null) return latest.current.onSelectEvent(null);
      const cluster = clustersById.current.get(id);
      if (cluster) latest.current.onActivateCluster(cluster);
      else {
        clicked.current = true;
        latest.current.onSelectEvent(eventIdOfItem(id));
      }
    });
    // The row labels are the one part that scrolls (vertically, when the rows are taller than
    // maxHeight): keyboard users reach it with Tab and scroll it with the arrow keys.
    const rows = container.current.querySelector<HTMLElement>(".vis-panel.vis-left");
    if (rows) {
      rows.tabIndex = 0;
      rows.setAttribute("role", "region");
      rows.setAttribute("aria-label", "Rows of the timeline (scroll with the arrow keys)");
    }
    t.on("changed", () => {
      container.current?.setAttribute("data-ready", "true");
      // For the render benchmark (bench/timeline.ts) and the browser's performance panel: when
      // the first items were drawn, measured from navigation start.
      if (!firstItemsMarked && container.current?.querySelector(".vis-item")) {
        firstItemsMarked = true;
        performance.mark("timeline:first-items");
      }
      const id = pendingFocus.current;
      if (!id) return;
      pendingFocus.current = null;
      const box = container.current?.querySelector(".vis-item.vis-selected")?.getBoundingClientRect();
      const view = container.current?.querySelector(".vis-panel.vis-center")?.getBoundingClientRect();
      const inView = box && view && box.top >= view.top && box.bottom <= view.bottom && box.left < view.right && box.right > view.left;
      if (!inView) {
        focusing.current = true;
        t.focus(id, { zoom: false, animation: { duration: 300, easingFunction: "easeInOutQuad" } });
      }
    });
    timeline.current = t;
    return () => {
      t.destroy();
      timeline.current = null;
    };
  }, []);

  useEffect(() => {
    sync(groups.current, props.groups.map(groupRow));
  }, [props.groups]);

  useEffect(() => {
    clustersById.current = new Map(props.clusters.map((c) => [c.id, c]));
    const next: Item[] = [];
    for (const e of props.events) for (const g of e.groups) next.push(eventItem(e, g));
    for (const c of props.clusters) next.push(clusterItem(c));
    sync(items.current, next);
  }, [props.events, props.clusters]);

  useEffect(() => {
    const t = timeline.current;
    if (!t) return;
    const ids: string[] = [];
    if (props.selectedId) for (const e of props.events) if (e.id === props.selectedId) for (const g of e.groups) ids.push(eventItemId(e.id, g));
    if (props.focusedClusterId && clustersById.current.has(props.focusedClusterId)) ids.push(props.focusedClusterId);
    t.setSelection(ids);
    // Selected from elsewhere (keyboard, list, link): scroll the rows so the item can be seen.
    const target = props.focusedClusterId ?? props.selectedId;
    if (!target) lastSelected.current = null;
    // Nothing drawn yet: try again when the items arrive.
    if (!ids.length || target === lastSelected.current) return;
    lastSelected.current = target;
    if (clicked.current) {
      clicked.current = false;
      return;
    }
    // Item positions are known only after the next redraw (see the "changed" handler).
    pendingFocus.current = ids[0]!;
    t.redraw();
  }, [props.selectedId, props.focusedClusterId, props.events, props.clusters]);

  useEffect(() => {
    const t = timeline.current;
    if (!t) return;
    const r = t.getWindow();
    if (sameWindow(rangeToWindow(r.start, r.end), props.window)) return;
    t.setWindow(toLocalDate(props.window.from), toLocalDate(addDays(props.window.to, 1)), { animation: { duration: 250, easingFunction: "easeInOutQuad" } });
  }, [props.window]);

  useEffect(() => {
    timeline.current?.setOptions({ maxHeight: props.maxHeight });
  }, [props.maxHeight]);

  return <div ref={container} className="vis-host" data-testid="vis-timeline" />;
}
