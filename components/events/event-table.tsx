"use client";
// The list view of the timeline: the same filtered events as a table — for screen readers,
// keyboard users and printing — in date order either way, 50 rows at a time. Selecting a row
// selects the event on the timeline; each title is also a plain link to the same view with that
// event selected, so the list works without JavaScript and opens in a new tab as expected.
import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { MouseEvent } from "react";
import { NO_CRITERIA, type EventCriteria } from "@/lib/data/event-filter";
import type { EventDto } from "@/lib/data/event-dto";
import { formatEventDate, formatEventDateShort } from "@/lib/format/dates";
import { statusLabel, typeLabel } from "@/lib/format/event-types";
import { eventListQueryOptions } from "@/lib/queries/events";
import type { ListScope, SortOrder } from "@/lib/timeline/url-state";

export interface EventTableProps {
  /** What to list (already narrowed to the window when the scope is "window"); null: nothing can match. */
  criteria: EventCriteria | null;
  order: SortOrder;
  scope: ListScope;
  /** "1 Feb – 15 Mar 2022" */
  windowText: string;
  selectedId: string | null;
  hrefFor(e: EventDto): string;
  onSelect(e: EventDto): void;
  onOrderChange(o: SortOrder): void;
  onScopeChange(s: ListScope): void;
}

const MAX_ACTORS_SHOWN = 3;

export function EventTable(props: EventTableProps) {
  const { criteria, order, scope, selectedId } = props;
  const query = useInfiniteQuery({ ...eventListQueryOptions(criteria ?? NO_CRITERIA, order), enabled: !!criteria });
  const events = criteria ? (query.data?.pages.flatMap((p) => p.events) ?? []) : [];
  const more = !!criteria && query.hasNextPage;

  const onRowClick = (ev: MouseEvent<HTMLAnchorElement>, e: EventDto) => {
    if (ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey || ev.button !== 0) return;
    ev.preventDefault();
    props.onSelect(e);
  };

  return (
    <section className="event-list" aria-labelledby="list-heading">
      <div className="list-head">
        <h2 id="list-heading">
          List of events{" "}
          <span className="muted list-scope-text">{scope === "window" ? `in ${props.windowText}` : "matching the filters"}</span>
        </h2>
        <label className="checkbox-inline">
          <input type="checkbox" checked={scope === "window"} onChange={(e) => props.onScopeChange(e.target.checked ? "window" : "all")} />
          Only what the timeline shows
        </label>
      </div>
      {criteria && query.isError ? (
        <div className="notice notice-error" role="alert">
          <p>Could not load the list: {query.error.message}</p>
          <button type="button" onClick={() => void query.refetch()}>
            Try again
          </button>
        </div>
      ) : null}
      <div className="table-wrap">
        <table className="event-table" aria-busy={query.isFetching}>
          <caption className="visually-hidden">
            Events {scope === "window" ? `in ${props.windowText}` : "matching the filters"}, {order === "asc" ? "oldest first" : "newest first"}
          </caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={order === "asc" ? "ascending" : "descending"} className="col-date">
                <button type="button" className="sort-button" onClick={() => props.onOrderChange(order === "asc" ? "desc" : "asc")}>
                  Date <span aria-hidden="true">{order === "asc" ? "▲" : "▼"}</span>
                  <span className="visually-hidden">, sorted {order === "asc" ? "oldest first" : "newest first"}; activate to reverse</span>
                </button>
              </th>
              <th scope="col">Event</th>
              <th scope="col" className="col-type">
                Type
              </th>
              <th scope="col" className="col-actors">
                Actors
              </th>
            </tr>
          </thead>
          <tbody>
            {query.isPending && criteria
              ? Array.from({ length: 5 }, (_, i) => (
                  <tr key={i} aria-hidden="true">
                    <td colSpan={4}>
                      <div className="skeleton skeleton-line" />
                    </td>
                  </tr>
                ))
              : events.map((e) => (
                  <tr key={e.id} aria-current={e.id === selectedId ? "true" : undefined} className={e.status === "planned" ? "row-planned" : undefined}>
                    <td className="col-date">
                      <time dateTime={e.start} title={formatEventDate(e.start, e.end, e.precision)}>
                        {formatEventDateShort(e.start, e.end, e.precision)}
                      </time>
                    </td>
                    <td>
                      <Link href={props.hrefFor(e)} onClick={(ev) => onRowClick(ev, e)} scroll={false} aria-current={e.id === selectedId ? "true" : undefined}>
                        {e.title}
                      </Link>
                      {e.place ? <span className="muted"> · {e.place.name}</span> : null}
                      <span className="type-inline">
                        <span className={`badge type-${e.type}`}>{typeLabel(e.type)}</span>
                        {e.status === "planned" ? <span className="status-pill status-planned">Planned</span> : null}
                      </span>
                    </td>
                    <td className="col-type">
                      <span className={`badge type-${e.type}`}>{typeLabel(e.type)}</span>
                      {e.status === "planned" ? <span className="status-pill status-planned">{statusLabel(e.status)}</span> : null}
                    </td>
                    <td className="col-actors">
                      {e.actors
                        .slice(0, MAX_ACTORS_SHOWN)
                        .map((a) => a.name)
                        .join(", ")}
                      {e.actors.length > MAX_ACTORS_SHOWN ? ` +${e.actors.length - MAX_ACTORS_SHOWN}` : ""}
                    </td>
                  </tr>
                ))}
          </tbody>
        </table>
      </div>
      {/* No criteria: the filter's dates and the window do not meet, so nothing is fetched (a
          disabled query stays pending) and the list is empty. */}
      {(!criteria || !query.isPending) && !events.length ? (
        <p className="notice empty">{scope === "window" ? "No events in this part of the timeline." : "No events match these filters."}</p>
      ) : null}
      <div className="list-foot">
        <p className="muted" role="status">
          {events.length ? `${events.length.toLocaleString("en-GB")} event${events.length === 1 ? "" : "s"} shown${more ? ", more below" : ""}` : ""}
        </p>
        {more ? (
          <button type="button" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? "Loading…" : "Show 50 more"}
          </button>
        ) : null}
      </div>
    </section>
  );
}
