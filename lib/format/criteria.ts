// A filter in words, for headings, page titles and link previews:
// "between Emmanuel Macron and Joe Biden · calls · planned · from 1 Feb 2022 · “phone”".
import type { EventCriteria } from "@/lib/data/event-filter";
import { formatDayRange, formatShortDate } from "./dates";
import { TYPE_PLURAL, type EventType } from "./event-types";
import { firstDayOf, lastDayOf } from "@/lib/timeline/days";

function list(items: string[], last: string): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;
}

export function describeCriteria(c: EventCriteria, names: (slug: string) => string): string {
  const parts: string[] = [];
  const actors = c.actor.map(names);
  if (actors.length === 1) parts.push(actors[0]!);
  else if (actors.length > 1) parts.push(c.actorMode === "any" ? list(actors, "or") : actors.length === 2 ? `between ${actors[0]} and ${actors[1]}` : `with ${list(actors, "and")}`);
  if (c.type.length) parts.push(list(c.type.map((t) => TYPE_PLURAL[t as EventType] ?? t), "and"));
  if (c.status) parts.push(c.status);
  if (c.from && c.to) parts.push(formatDayRange(firstDayOf(c.from), lastDayOf(c.to)));
  else if (c.from) parts.push(`from ${formatShortDate(c.from)}`);
  else if (c.to) parts.push(`until ${formatShortDate(c.to)}`);
  if (c.q) parts.push(`“${c.q}”`);
  return parts.join(" · ");
}
