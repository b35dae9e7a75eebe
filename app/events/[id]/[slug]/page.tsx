// The event permalink: rendered on the server, complete without JavaScript.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { getEvent, relatedEvents } from "@/lib/data/events";
import { eventPath } from "@/lib/data/event-dto";
import { ID_PATTERN } from "@/lib/http/responses";
import { EventDetail } from "@/components/events/event-detail";

type Params = Promise<{ id: string; slug: string }>;

const loadEvent = cache(async (id: string) => (ID_PATTERN.test(id) ? getEvent(id) : null));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const e = await loadEvent(id);
  if (!e) return { title: "Event not found" };
  const description = `${e.start}: ${e.title}. ${e.sources[0] ? `“${e.sources[0].quote.slice(0, 200)}”` : ""}`;
  return {
    title: e.title,
    description,
    alternates: { canonical: eventPath(e) },
    openGraph: { type: "article", title: e.title, description, url: eventPath(e) },
    twitter: { card: "summary_large_image", title: e.title, description },
  };
}

export default async function EventPage({ params }: { params: Params }) {
  const { id, slug } = await params;
  const e = await loadEvent(id);
  if (!e) notFound();
  if (slug !== e.slug) permanentRedirect(eventPath(e));
  const related = await relatedEvents(e);
  return (
    <article>
      <EventDetail event={e} headingLevel={1} />
      <section aria-labelledby="related-heading">
        <h2 id="related-heading">Related events (same actors, ±14 days)</h2>
        {related.length ? (
          <ul>
            {related.map((r) => (
              <li key={r.id}>
                <time dateTime={r.start}>{r.start}</time> <Link href={eventPath(r)}>{r.title}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>No related events.</p>
        )}
      </section>
      <p>
        <Link href={`/?event=${e.id}`}>Show on the timeline</Link>
      </p>
    </article>
  );
}
