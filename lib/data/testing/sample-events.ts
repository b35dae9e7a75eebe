// A deterministic set of actors and events for the data-layer tests, and a reference matcher that
// states the filter semantics in plain TypeScript so the SQL can be checked against it.
import type { EventCriteria } from "@/lib/data/event-filter";
import { EVENT_TYPES } from "@/lib/pipeline/types";
import type { SeedActor, SeedEvent } from "./temp-database";
import { addDays, firstDayOf, lastDayOf } from "@/lib/timeline/days";

export const ACTORS: SeedActor[] = [
  { slug: "emmanuel-macron", name: "Emmanuel Macron", country: "FRA", aliases: ["Macron"] },
  { slug: "joe-biden", name: "Joe Biden", country: "USA", aliases: ["Uncle Joe"] },
  { slug: "vladimir-putin", name: "Vladimir Putin", country: "RUS" },
  { slug: "volodymyr-zelenskyy", name: "Volodymyr Zelenskyy", country: "UKR" },
  { slug: "olaf-scholz", name: "Olaf Scholz", country: "DEU" },
  { slug: "russia", name: "Russia", kind: "state", country: "RUS" },
  { slug: "nato", name: "NATO", kind: "organisation", country: "NATO" },
  { slug: "nobody-in-particular", name: "Nobody In_Particular", country: null },
  ...Array.from({ length: 14 }, (_, i) => ({ slug: `minor-${i + 1}`, name: `Minor Actor ${i + 1}`, country: `X${String.fromCharCode(65 + i)}A` })),
];

/** A small linear congruential generator: the same "random" events on every run. */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

export function sampleEvents(): SeedEvent[] {
  const r = rng(42);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const majors = ACTORS.slice(0, 7).map((a) => a.slug);
  const minors = ACTORS.slice(8).map((a) => a.slug);
  const events: SeedEvent[] = [];
  // 400 events in January–March 2022, denser in late February.
  for (let i = 0; i < 400; i++) {
    const day = r() < 0.4 ? addDays("2022-02-18", Math.floor(r() * 14)) : addDays("2022-01-01", Math.floor(r() * 90));
    const n = 1 + Math.floor(r() * 3);
    const actors = new Set<string>();
    while (actors.size < n) actors.add(r() < 0.8 ? pick(majors) : pick(minors));
    events.push({
      id: `ev${String(i).padStart(4, "0")}`,
      type: pick(EVENT_TYPES),
      status: r() < 0.15 ? "planned" : "occurred",
      start: day,
      last: r() < 0.05 ? addDays(day, 1 + Math.floor(r() * 3)) : day,
      actors: [...actors],
      place: r() < 0.3 ? pick(["Moscow", "Kyiv", "Paris", "Brussels"]) : null,
    });
  }
  events.push(
    { id: "old1997", type: "agreement", start: "1997-01-01", last: "1997-12-31", precision: "year", actors: ["nato", "russia"], title: "NATO–Russia Founding Act" },
    { id: "june2022", type: "summit", status: "planned", start: "2022-06-01", last: "2022-06-30", precision: "month", actors: ["nato"], title: "NATO summit in Madrid" },
    { id: "lonely1", type: "statement", start: "2022-02-10", actors: ["nobody-in-particular"], title: "A statement nobody notices", quote: "Growth was 100% or 5_0 percent." },
    { id: "macbid1", type: "call", start: "2022-02-06", actors: ["emmanuel-macron", "joe-biden"], title: "Emmanuel Macron and Joe Biden speak by phone" },
    { id: "macbid2", type: "call", start: "2022-02-02", actors: ["joe-biden", "emmanuel-macron"], title: "Joe Biden and Emmanuel Macron speak by phone" },
  );
  return events;
}

/** The filter semantics, stated plainly (see lib/data/event-filter-sql.ts). */
export function matches(e: SeedEvent, f: EventCriteria, actors: SeedActor[] = ACTORS): boolean {
  const type = e.type ?? "meeting";
  const status = e.status ?? "occurred";
  const last = e.last ?? e.start;
  if (f.actor.length) {
    const has = (s: string) => e.actors.includes(s);
    if (f.actorMode === "any" ? !f.actor.some(has) : !f.actor.every(has)) return false;
  }
  if (f.type.length && !f.type.includes(type as never)) return false;
  if (f.status && status !== f.status) return false;
  if (f.from && last < firstDayOf(f.from)) return false;
  if (f.to && e.start > lastDayOf(f.to)) return false;
  if (f.q) {
    // SQLite's LIKE folds ASCII letters only.
    const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
    const q = fold(f.q);
    const title = e.title ?? `${type} ${e.id}`;
    const quote = e.quote ?? `Sentence about ${title}.`;
    const names = e.actors.map((s) => actors.find((a) => a.slug === s)!.name);
    if (![title, quote, e.place ?? "", ...names].some((t) => fold(t).includes(q))) return false;
  }
  return true;
}
