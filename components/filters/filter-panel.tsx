"use client";
// The filters of the timeline: actors (and whether events must have all of them — "between" —
// or any), types, status, a date range and free text, each with the number of events it would
// give. Every change is handed up at once (the page puts it in the URL); the text field waits
// for a pause in typing. Without JavaScript it is an ordinary GET form with an Apply button.
import { useEffect, useId, useRef, useState } from "react";
import type { EventCriteria } from "@/lib/data/event-filter";
import type { FacetsDto } from "@/lib/data/facets";
import { EVENT_TYPES, TYPE_LABEL, type EventType } from "@/lib/format/event-types";
import { activeFilterCount } from "@/lib/timeline/url-state";
import { ActorPicker } from "./actor-picker";
import { firstDayOf, lastDayOf } from "@/lib/timeline/days";

export interface FilterPanelProps {
  criteria: EventCriteria;
  facets: FacetsDto | undefined;
  names: Map<string, string>;
  onChange(c: EventCriteria): void;
  onActorName(slug: string, name: string): void;
  /** Extra hidden fields kept by the no-JavaScript form (rows, the list's order and scope). */
  hidden?: Record<string, string>;
}

const SEARCH_DELAY_MS = 400;

export function FilterPanel({ criteria: c, facets, names, onChange, onActorName, hidden }: FilterPanelProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(c.q ?? "");
  const typing = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(c);
  latest.current = c;

  // Follow the URL (Back, Forward, Clear) unless the user is typing.
  useEffect(() => {
    if (!typing.current) setText(c.q ?? "");
  }, [c.q]);

  const commitText = (value: string) => {
    if (typing.current) clearTimeout(typing.current);
    typing.current = null;
    const q = value.trim();
    if ((latest.current.q ?? "") !== q) onChange({ ...latest.current, q: q || undefined });
  };

  const set = (patch: Partial<EventCriteria>) => onChange({ ...c, ...patch });
  const toggleType = (t: EventType, on: boolean) => set({ type: on ? [...c.type, t] : c.type.filter((x) => x !== t) });
  const active = activeFilterCount(c);
  const count = (n: number | undefined) => (facets ? (n ?? 0).toLocaleString("en-GB") : "");
  const names2 = c.actor.map((s) => names.get(s) ?? s);
  const from = c.from ? firstDayOf(c.from) : "";
  const to = c.to ? lastDayOf(c.to) : "";

  return (
    <form
      className="filters"
      method="get"
      action="/"
      role="search"
      aria-label="Filter events"
      onSubmit={(e) => {
        e.preventDefault();
        commitText(text);
      }}
    >
      <div className="filters-head">
        <button type="button" className="filters-toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen((o) => !o)}>
          Filters{active ? ` · ${active} active` : ""} <span aria-hidden="true">{open ? "▴" : "▾"}</span>
        </button>
        <p className="filters-result" role="status">
          {facets ? `${facets.total.toLocaleString("en-GB")} event${facets.total === 1 ? "" : "s"} match` : ""}
        </p>
        {active ? (
          <button type="button" className="link-button" onClick={() => onChange({ actor: [], actorMode: "all", type: [] })}>
            Clear all filters
          </button>
        ) : null}
      </div>
      <div id={`${id}-body`} className="filters-body" data-open={open}>
        <div className="filter-field filter-search">
          <label htmlFor={`${id}-q`} className="field-label">
            Text
          </label>
          <input
            id={`${id}-q`}
            name="q"
            type="search"
            placeholder="Words in titles, sentences, places…"
            value={text}
            maxLength={200}
            onChange={(e) => {
              const v = e.target.value;
              setText(v);
              if (typing.current) clearTimeout(typing.current);
              typing.current = setTimeout(() => commitText(v), SEARCH_DELAY_MS);
            }}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                commitText(text);
              }
            }}
          />
        </div>

        <div className="filter-field filter-actors">
          <ActorPicker
            criteria={c}
            names={names}
            onAdd={(slug, name) => {
              onActorName(slug, name);
              set({ actor: [...c.actor, slug] });
            }}
            onRemove={(slug) => set({ actor: c.actor.filter((s) => s !== slug) })}
          />
          {c.actor.length >= 2 ? (
            <fieldset className="actor-mode">
              <legend className="field-label">Show events with</legend>
              <label>
                <input type="radio" name="actorMode" value="all" checked={c.actorMode === "all"} onChange={() => set({ actorMode: "all" })} />
                {c.actor.length === 2 ? `both — between ${names2[0]} and ${names2[1]}` : "all of them together"}
              </label>
              <label>
                <input type="radio" name="actorMode" value="any" checked={c.actorMode === "any"} onChange={() => set({ actorMode: "any" })} />
                any of them
              </label>
            </fieldset>
          ) : null}
        </div>

        <fieldset className="filter-field filter-types">
          <legend className="field-label">Types</legend>
          <div className="type-grid">
            {EVENT_TYPES.map((t) => {
              const n = facets?.types[t] ?? 0;
              const on = c.type.includes(t);
              return (
                <label key={t} className={`type-option${on ? " is-checked" : ""}${facets && !n && !on ? " is-empty" : ""}`}>
                  <input type="checkbox" name="type" value={t} checked={on} onChange={(e) => toggleType(t, e.target.checked)} />
                  <span className={`swatch type-${t}`} aria-hidden="true" />
                  <span className="type-name">{TYPE_LABEL[t]}</span>
                  <span className="type-count">{count(n)}</span>
                </label>
              );
            })}
          </div>
        </fieldset>

        <div className="filter-field filter-status">
          <label htmlFor={`${id}-status`} className="field-label">
            Status
          </label>
          <select id={`${id}-status`} name="status" value={c.status ?? ""} onChange={(e) => set({ status: (e.target.value || undefined) as EventCriteria["status"] })}>
            <option value="">Any{facets ? ` (${count(facets.statuses.occurred + facets.statuses.planned)})` : ""}</option>
            <option value="occurred">Occurred{facets ? ` (${count(facets.statuses.occurred)})` : ""}</option>
            <option value="planned">Planned{facets ? ` (${count(facets.statuses.planned)})` : ""}</option>
          </select>
        </div>

        <fieldset className="filter-field filter-dates">
          <legend className="field-label">Dates</legend>
          <label>
            From
            <input
              type="date"
              name="from"
              value={from}
              min="1900-01-01"
              max="2100-12-31"
              onChange={(e) => {
                const v = e.target.value || undefined;
                // A start after the end replaces the range rather than making it empty.
                set({ from: v, to: v && to && v > to ? undefined : c.to });
              }}
            />
          </label>
          <label>
            To
            <input
              type="date"
              name="to"
              value={to}
              min={from || "1900-01-01"}
              max="2100-12-31"
              onChange={(e) => {
                const v = e.target.value || undefined;
                set({ to: v, from: v && from && from > v ? undefined : c.from });
              }}
            />
          </label>
        </fieldset>

        {Object.entries(hidden ?? {}).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <noscript>
          <button type="submit">Apply filters</button>
        </noscript>
      </div>
    </form>
  );
}
