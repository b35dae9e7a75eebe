// An actor: names, aliases, dated roles and their events.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getActor } from "@/lib/data/actors";
import { listEvents } from "@/lib/data/events";
import { eventFilterSchema } from "@/lib/data/event-filter";
import { EventList } from "@/components/events/event-list";

type Params = Promise<{ slug: string }>;
const load = cache(async (slug: string) => (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length <= 120 ? getActor(slug) : null));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const a = await load((await params).slug);
  return a ? { title: a.name, description: `${a.name}${a.role ? `, ${a.role}` : ""}: ${a.eventCount} diplomatic events` } : { title: "Actor not found" };
}

export default async function ActorPage({ params }: { params: Params }) {
  const a = await load((await params).slug);
  if (!a) notFound();
  const { events, nextCursor } = await listEvents(eventFilterSchema.parse({ actor: [a.slug], limit: 500 }));
  return (
    <article>
      <h1>{a.name}</h1>
      <dl className="facts">
        <dt>Kind</dt>
        <dd>{a.kind}</dd>
        {a.country ? (
          <>
            <dt>Country</dt>
            <dd>{a.country}</dd>
          </>
        ) : null}
        {a.roles.length ? (
          <>
            <dt>Roles</dt>
            <dd>
              <ul>
                {a.roles.map((r) => (
                  <li key={`${r.title}-${r.from}`}>
                    {r.title} ({r.from ?? "…"} – {r.to ?? "present"})
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {a.aliases.length ? (
          <>
            <dt>Also written</dt>
            <dd>{a.aliases.map((x) => x.alias).join(", ")}</dd>
          </>
        ) : null}
      </dl>
      <h2>Events ({a.eventCount})</h2>
      <p>
        <Link href={`/?actor=${a.slug}`}>Show on the timeline</Link>
      </p>
      <EventList events={events} />
      {nextCursor ? <p>Showing the first {events.length} events.</p> : null}
    </article>
  );
}
