// The timeline page's state lives in its URL, so any view can be shared and the back button walks
// the filter history:
//
//   /?actor=emmanuel-macron&actor=joe-biden   filter (the event filter's parameters: actor,
//     &type=call&status=occurred&from=&to=&q=  actorMode, type, status, from, to, q)
//     &groupBy=country                         rows per actor (default) or per country
//     &window=2022-01-20..2022-03-10           the days on screen (zoom and position)
//     &event=k3xq7m2r9a                        the selected event
//     &sort=desc                               the list's date order
//     &list=all                                the list shows every matching event, not only
//                                              those in the window
//
// Parsed identically on the server (first render) and in the browser (every later change).
// A parameter that cannot be read is dropped with a notice rather than failing the page.
import { criteriaOf, criteriaToParams, parseEventFilter, type EventCriteria } from "@/lib/data/event-filter";
import { GROUP_BYS, type GroupBy } from "./types";
import { formatWindowParam, parseWindowParam, type DayWindow } from "./window";

export const CRITERIA_KEYS = ["actor", "actorMode", "type", "status", "from", "to", "q"] as const;
const EVENT_ID = /^[a-z0-9]{6,24}$/;

export type SortOrder = "asc" | "desc";
export type ListScope = "window" | "all";

export interface ExplorerState {
  criteria: EventCriteria;
  groupBy: GroupBy;
  window: DayWindow | null;
  event: string | null;
  sort: SortOrder;
  list: ListScope;
}

export interface ParsedExplorerState {
  state: ExplorerState;
  /** What was dropped and why ("`type` must be one of …"). */
  notices: string[];
}

export function parseExplorerParams(input: URLSearchParams): ParsedExplorerState {
  const notices: string[] = [];
  const filterParams = new URLSearchParams();
  // Empty values are what a GET form sends for untouched fields: absent, not invalid.
  for (const [k, v] of input) if ((CRITERIA_KEYS as readonly string[]).includes(k) && v.trim() !== "") filterParams.append(k, v);
  let criteria: EventCriteria = criteriaOf({});
  for (let attempt = 0; attempt < CRITERIA_KEYS.length + 1; attempt++) {
    const r = parseEventFilter(filterParams);
    if (r.ok) {
      criteria = criteriaOf(r.value);
      break;
    }
    notices.push(r.error);
    // Drop the parameter at fault (or everything, when the error names none) and try again.
    if (r.param && filterParams.has(r.param)) filterParams.delete(r.param);
    else {
      criteria = criteriaOf({});
      break;
    }
  }
  const groupByRaw = input.get("groupBy");
  let groupBy: GroupBy = "actor";
  if (groupByRaw) {
    if ((GROUP_BYS as readonly string[]).includes(groupByRaw)) groupBy = groupByRaw as GroupBy;
    else notices.push("`groupBy` must be actor or country");
  }
  const windowRaw = input.get("window");
  const window = parseWindowParam(windowRaw);
  if (windowRaw && !window) notices.push("`window` must be two dates such as 2022-01-20..2022-03-10");
  const eventRaw = input.get("event");
  const event = eventRaw && EVENT_ID.test(eventRaw) ? eventRaw : null;
  if (eventRaw && !event) notices.push("`event` is not an event id");
  const sort: SortOrder = input.get("sort") === "desc" ? "desc" : "asc";
  const list: ListScope = input.get("list") === "all" ? "all" : "window";
  return { state: { criteria, groupBy, window, event, sort, list }, notices };
}

/** The query string of a state (without "?"), parameters in a fixed order. */
export function explorerQuery(s: Partial<ExplorerState>): string {
  const p = criteriaToParams(s.criteria ?? {});
  if (s.groupBy && s.groupBy !== "actor") p.set("groupBy", s.groupBy);
  if (s.window) p.set("window", formatWindowParam(s.window));
  if (s.event) p.set("event", s.event);
  if (s.sort === "desc") p.set("sort", "desc");
  if (s.list === "all") p.set("list", "all");
  // Keep the window's ".." and the commas readable.
  return p.toString().replace(/%2C/g, ",");
}

export function explorerHref(s: Partial<ExplorerState>): string {
  const q = explorerQuery(s);
  return q ? `/?${q}` : "/";
}

/** Record-style search params (as Next passes them to pages) to URLSearchParams. */
export function toSearchParams(sp: Record<string, string | string[] | undefined>): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) p.append(k, x);
  return p;
}

export function activeFilterCount(c: EventCriteria): number {
  return c.actor.length + c.type.length + (c.status ? 1 : 0) + (c.from || c.to ? 1 : 0) + (c.q ? 1 : 0);
}
