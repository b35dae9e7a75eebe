"use client";
// The timeline page's detail panel: the selected event (fetched through React Query, or already
// in the cache from the server's prefetch), with its permalink, a share button and a close button.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { eventPath } from "@/lib/format/event-path";
import { ApiError, eventQueryOptions } from "@/lib/queries/events";
import { EventDetail } from "./event-detail";
import { ShareButton } from "./share-button";

export interface EventPanelProps {
  id: string | null;
  onClose(): void;
  /** Increase to move keyboard focus to the event's title — once it is loaded, if it is not yet. */
  focusSignal?: number;
}

export function EventPanel({ id, onClose, focusSignal = 0 }: EventPanelProps) {
  const query = useQuery({ ...eventQueryOptions(id ?? ""), enabled: !!id });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const handled = useRef(focusSignal);
  useEffect(() => {
    if (focusSignal === handled.current || !headingRef.current) return;
    handled.current = focusSignal;
    headingRef.current.focus();
  }, [focusSignal, query.data]);
  if (!id) {
    return (
      <div className="panel-empty">
        <h2 className="panel-title">Event details</h2>
        <p>Select an event on the timeline or in the list to see when and where it happened, who took part, and the sentences it was found in.</p>
      </div>
    );
  }
  if (query.isPending) {
    return (
      <div className="panel-loading" aria-busy="true">
        <h2 className="panel-title">Loading the event…</h2>
        <div className="skeleton skeleton-line" />
        <div className="skeleton skeleton-line short" />
        <div className="skeleton skeleton-block" />
      </div>
    );
  }
  if (query.isError) {
    const gone = query.error instanceof ApiError && query.error.status === 404;
    return (
      <div className="notice notice-error" role="alert">
        <h2 className="panel-title">{gone ? "Event not found" : "Could not load the event"}</h2>
        <p>{gone ? "This event no longer exists; its sources may have been corrected." : query.error.message}</p>
        <p className="button-row">
          {!gone ? (
            <button type="button" onClick={() => void query.refetch()}>
              Try again
            </button>
          ) : null}
          <button type="button" onClick={onClose}>
            Close
          </button>
        </p>
      </div>
    );
  }
  const e = query.data;
  return (
    <EventDetail
      event={e}
      headingLevel={2}
      headingRef={headingRef}
      actions={
        <>
          <Link href={eventPath(e)} className="button-link">
            Open event page
          </Link>
          <ShareButton url={e.permalink} title={e.title} />
          <button type="button" onClick={onClose} className="close-button">
            Close<span className="visually-hidden"> event details</span>
          </button>
        </>
      }
    />
  );
}
