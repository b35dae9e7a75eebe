// Names of event types and statuses as the interface shows them. Colours are CSS variables
// (--type-call, …) in app/globals.css, applied through the `type-<name>` classes.
import { EVENT_TYPES, type EventType } from "@/lib/pipeline/types";

export { EVENT_TYPES, type EventType };

export const TYPE_LABEL: Record<EventType, string> = {
  call: "Call",
  meeting: "Meeting",
  visit: "Visit",
  summit: "Summit",
  statement: "Statement",
  agreement: "Agreement",
  aid: "Aid",
  deployment: "Deployment",
  sanction: "Sanction",
  accusation: "Accusation",
  denial: "Denial",
  warning: "Warning",
  appeal: "Appeal",
};

export const TYPE_PLURAL: Record<EventType, string> = {
  call: "calls",
  meeting: "meetings",
  visit: "visits",
  summit: "summits",
  statement: "statements",
  agreement: "agreements",
  aid: "aid",
  deployment: "deployments",
  sanction: "sanctions",
  accusation: "accusations",
  denial: "denials",
  warning: "warnings",
  appeal: "appeals",
};

export function typeLabel(t: string): string {
  return TYPE_LABEL[t as EventType] ?? t;
}

export function statusLabel(s: string): string {
  return s === "planned" ? "Planned" : s === "occurred" ? "Occurred" : s;
}

/** "5 calls, 3 meetings, 1 visit" — most frequent first. */
export function describeTypeCounts(types: Partial<Record<string, number>>): string {
  return Object.entries(types)
    .filter((e): e is [string, number] => !!e[1])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([t, n]) => `${n} ${n === 1 ? typeLabel(t).toLowerCase() : (TYPE_PLURAL[t as EventType] ?? t)}`)
    .join(", ");
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}
