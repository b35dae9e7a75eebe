// The timeline's wire format (GET /api/timeline) and its constants, in a module without database
// imports so that browser code can use them. Produced by lib/data/timeline.ts.
import type { EventType } from "@/lib/pipeline/types";
import type { BucketUnit } from "./buckets";
import type { Day } from "./days";
import type { DayWindow } from "./window";

export const GROUP_BYS = ["actor", "country"] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** How finely dense periods are cut: "compact" makes fewer, wider clusters for narrow screens. */
export const DENSITIES = ["normal", "compact"] as const;
export type Density = (typeof DENSITIES)[number];

/** Id of the row of events that none of the shown rows' actors take part in. */
export const OTHER_GROUP = "~other";

export interface TimelineGroup {
  /** Actor slug, country code, or OTHER_GROUP. */
  id: string;
  label: string;
  /** A second line: the actor's role or country, or what "Other" holds. */
  detail: string | null;
  kind: "actor" | "country" | "other";
  /** Events of the whole filter in this row. */
  count: number;
  /** Shown because the filter names this actor (or an actor of this country). */
  pinned: boolean;
}

export interface TimelineEvent {
  id: string;
  slug: string;
  title: string;
  type: string;
  status: string;
  precision: string;
  /** First and last day the event may cover (inclusive). */
  start: Day;
  last: Day;
  /** The rows it is drawn in. */
  groups: string[];
}

export interface TimelineCluster {
  id: string;
  group: string;
  /** The bucket: first and last day. */
  start: Day;
  last: Day;
  count: number;
  /** Events per type in the cluster. */
  types: Partial<Record<EventType, number>>;
}

export interface TimelineDto {
  window: DayWindow;
  groupBy: GroupBy;
  /** Bucket unit of the clusters; null when every event in the window is sent. */
  unit: BucketUnit | null;
  groups: TimelineGroup[];
  events: TimelineEvent[];
  clusters: TimelineCluster[];
  /** Events of the filter in the window, and in all. */
  inWindow: number;
  total: number;
  /** First and last day of the filter's events. */
  extent: DayWindow | null;
  /** Where to look first: the span holding the middle 90 % of the filter's events. */
  suggested: DayWindow | null;
}
