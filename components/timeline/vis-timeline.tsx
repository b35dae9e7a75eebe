"use client";
// The only module that imports vis-timeline. It creates the timeline once, updates its DataSet
// when the events change, and destroys it on unmount. Item content is built with textContent
// (never innerHTML) and vis-timeline's own XSS filter stays on.
import { useEffect, useRef } from "react";
import { Timeline } from "vis-timeline/peer";
import { DataSet } from "vis-data/peer";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import type { EventDto } from "@/lib/data/event-dto";
import { expandTo } from "@/lib/data/event-filter";

export interface VisTimelineProps {
  events: EventDto[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

interface Item {
  id: string;
  content: HTMLElement;
  start: string;
  end?: string;
  type: "point" | "range";
  className: string;
  title?: string;
}

function firstDay(start: string): string {
  return start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start;
}

function toItem(e: EventDto): Item {
  const content = document.createElement("span");
  content.textContent = e.title;
  const ranged = e.precision !== "day" || !!e.end;
  return {
    id: e.id,
    content,
    start: firstDay(e.start),
    ...(ranged ? { end: `${e.end ?? expandTo(e.start)}T23:59:59` } : {}),
    type: ranged ? "range" : "point",
    className: `type-${e.type} status-${e.status}`,
  };
}

export default function VisTimeline({ events, selectedId, onSelect }: VisTimelineProps) {
  const container = useRef<HTMLDivElement>(null);
  const timeline = useRef<Timeline | null>(null);
  const items = useRef(new DataSet<Item>());
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    if (!container.current) return;
    const t = new Timeline(container.current, items.current as never, {
      stack: true,
      maxHeight: 520,
      zoomMin: 1000 * 60 * 60 * 24 * 3,
      orientation: { axis: "top" },
      selectable: true,
      tooltip: { followMouse: true },
    });
    t.on("select", (p: { items: string[] }) => onSelectRef.current(p.items[0] ?? null));
    timeline.current = t;
    return () => {
      t.destroy();
      timeline.current = null;
    };
  }, []);

  useEffect(() => {
    const ds = items.current;
    ds.clear();
    ds.add(events.map(toItem));
    if (events.length) timeline.current?.fit({ animation: false });
  }, [events]);

  useEffect(() => {
    const t = timeline.current;
    if (!t) return;
    t.setSelection(selectedId ? [selectedId] : []);
    if (selectedId && items.current.get(selectedId)) t.focus(selectedId, { animation: false });
  }, [selectedId, events]);

  return <div ref={container} className="vis-host" aria-hidden="true" />;
}
