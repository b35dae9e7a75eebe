"use client";
// The timeline page's state, read from and written to the URL (see url-state.ts).
//
// - Filter and row changes are new history entries (pushState), so Back and Forward walk them.
// - The window and the selected event replace the current entry: panning or clicking through
//   events must not bury the previous filter under dozens of entries. Window writes are
//   debounced, since a drag or a held arrow key moves it many times a second.
// - Writes go through the native History API, which Next.js keeps in sync with
//   useSearchParams, so no server round trip happens: React Query fetches what changed.
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef } from "react";
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

function write(mode: "push" | "replace", next: Partial<ExplorerState>): void {
  const q = explorerQuery(next);
  const url = `${window.location.pathname}${q ? `?${q}` : ""}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (mode === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

export function useExplorerUrl(): ExplorerUrl {
  const params = useSearchParams();
  const key = params.toString();
  const { state, notices } = useMemo(() => parseExplorerParams(new URLSearchParams(key)), [key]);

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
    if (!sameWindow(s.window, p.window)) write("replace", { ...s, window: p.window });
  }, []);

  useEffect(() => flushWindow, [flushWindow]);

  // Any other write first settles a pending window, so it is not lost or applied to the wrong entry.
  const apply = useCallback(
    (mode: "push" | "replace", change: Partial<ExplorerState>) => {
      const w = pendingWindow.current?.window;
      if (pendingWindow.current) clearTimeout(pendingWindow.current.timer);
      pendingWindow.current = null;
      const s = current.current;
      write(mode, { ...s, ...(w ? { window: w } : {}), ...change });
    },
    [],
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
