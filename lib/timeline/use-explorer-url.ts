"use client";
// The timeline page's state, read from and written to the URL (see url-state.ts).
//
// - Filter and row changes are new history entries (pushState), so Back and Forward walk them.
// - The window and the selected event replace the current entry: panning or clicking through
//   events must not bury the previous filter under dozens of entries. Window writes are
//   debounced, since a drag or a held arrow key moves it many times a second.
// - Writes go through the native History API, which Next.js keeps in sync with
//   useSearchParams, so no server round trip happens: React Query fetches what changed.
// - The state a write sets is used at once (Next.js applies the new search params a moment later,
//   in a transition); a controlled checkbox would otherwise flick back for a frame.
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { EventCriteria } from "@/lib/data/event-filter";
import type { GroupBy } from "./types";
import { explorerQuery, parseExplorerParams, type ExplorerState, type ListScope, type SortOrder } from "./url-state";
import { sameWindow, type DayWindow } from "./window";

export interface ExplorerUrl {
  state: ExplorerState;
  notices: string[];
  /** A new filter (a history entry), optionally with a new window in the same entry. */
  setCriteria(c: EventCriteria, window?: DayWindow): void;
  setGroupBy(g: GroupBy): void;
  /** Record the window on screen (replaces the entry, debounced). */
  setWindow(w: DayWindow): void;
  select(id: string | null): void;
  setSort(s: SortOrder): void;
  setListScope(s: ListScope): void;
}

/** Write a state to the URL; returns its query string (normalised), or null when unchanged. */
function write(mode: "push" | "replace", next: Partial<ExplorerState>): string | null {
  const q = explorerQuery(next);
  const url = `${window.location.pathname}${q ? `?${q}` : ""}`;
  if (url === `${window.location.pathname}${window.location.search}`) return null;
  if (mode === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
  return new URLSearchParams(q).toString();
}

function parse(key: string): ReturnType<typeof parseExplorerParams> & { key: string } {
  return { key, ...parseExplorerParams(new URLSearchParams(key)) };
}

export function useExplorerUrl(): ExplorerUrl {
  const params = useSearchParams();
  const urlKey = params.toString();
  const [current_, setCurrent] = useState(() => parse(urlKey));
  /** Query strings written here that Next.js has not reported back yet, oldest first. */
  const written = useRef<string[]>([]);
  const popped = useRef(false);
  useEffect(() => {
    const onPop = () => {
      popped.current = true;
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  // The URL changed: one of our writes catching up (already applied), or Back, Forward or a link
  // (follow it).
  useEffect(() => {
    const i = written.current.indexOf(urlKey);
    if (!popped.current && i >= 0) {
      written.current = written.current.slice(i + 1);
      return;
    }
    popped.current = false;
    written.current = [];
    setCurrent((c) => (c.key === urlKey ? c : parse(urlKey)));
  }, [urlKey]);
  const { state, notices } = current_;
  const applyWritten = useCallback((key: string | null) => {
    if (key === null) return;
    written.current.push(key);
    setCurrent(parse(key));
  }, []);

  // The latest state, for callbacks that must not change identity on every render.
  const current = useRef(state);
  current.current = state;
  const pendingWindow = useRef<{ timer: ReturnType<typeof setTimeout>; window: DayWindow } | null>(null);

  const flushWindow = useCallback(() => {
    const p = pendingWindow.current;
    if (!p) return;
    clearTimeout(p.timer);
    pendingWindow.current = null;
    const s = current.current;
    if (sameWindow(s.window, p.window)) return;
    applyWritten(write("replace", { ...s, window: p.window }));
  }, [applyWritten]);

  useEffect(() => flushWindow, [flushWindow]);

  // Any other write first settles a pending window, so it is not lost or applied to the wrong entry.
  const apply = useCallback(
    (mode: "push" | "replace", change: Partial<ExplorerState>) => {
      const w = pendingWindow.current?.window;
      if (pendingWindow.current) clearTimeout(pendingWindow.current.timer);
      pendingWindow.current = null;
      const s = current.current;
      applyWritten(write(mode, { ...s, ...(w ? { window: w } : {}), ...change }));
    },
    [applyWritten],
  );

  return {
    state,
    notices,
    setCriteria: useCallback((c, w) => apply("push", { criteria: c, ...(w ? { window: w } : {}) }), [apply]),
    setGroupBy: useCallback((g) => apply("push", { groupBy: g }), [apply]),
    setWindow: useCallback(
      (w) => {
        if (pendingWindow.current) clearTimeout(pendingWindow.current.timer);
        pendingWindow.current = { window: w, timer: setTimeout(flushWindow, 400) };
      },
      [flushWindow],
    ),
    select: useCallback((id) => apply("replace", { event: id }), [apply]),
    setSort: useCallback((s) => apply("replace", { sort: s }), [apply]),
    setListScope: useCallback((list) => apply("replace", { list }), [apply]),
  };
}
