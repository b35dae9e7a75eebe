// The event permalink: rendered on the server and complete without JavaScript — title, date,
// actors, place, every evidence sentence with its sources, related events — with the tags that
// make a pasted link preview well (title, description, canonical URL, Open Graph and Twitter
// card, and the image drawn by ./opengraph-image.tsx).
import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { notFound, permanentRedirect } from "next/navigation";
import { Suspense } from "react";
import { relatedEvents } from "@/lib/data/events";
import { eventPath, type EventDto } from "@/lib/data/event-dto";
import { formatDate, formatEventDate } from "@/lib/format/dates";
import { typeLabel } from "@/lib/format/event-types";
import { EventDetail } from "@/components/events/event-detail";
import { ShareButton } from "@/components/events/share-button";
import { loadEvent } from "./load-event";
import { explorerHref } from "@/lib/timeline/url-state";

type Params = Promise<{ id: string; slug: string }>;

function describe(e: EventDto): string {
  const actors = e.actors.map((a) => a.name).join(", ");
  const when = formatEventDate(e.start, e.end, e.precision);
  const place = e.place ? ` in ${e.place.name}` : "";
  const quote = e.sources[0] ? ` “${e.sources[0].quote.length > 180 ? `${e.sources[0].quote.slice(0, 177).trimEnd()}…` : e.sources[0].quote}”` : "";
  const head = e.status === "planned" ? `${typeLabel(e.type)} planned for ${when}` : `${typeLabel(e.type)}, ${when}`;
  return `${head}${place}. ${actors}.${quote}`;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const e = await loadEvent(id);
  if (!e) return { title: "Event not found", robots: { index: false } };
  const description = describe(e);
  const url = eventPath(e);
  return {
    title: e.title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      title: e.title,
      description,
      url,
      publishedTime: e.sources[0]?.publishedAt,
    },
    twitter: { card: "summary_large_image", title: e.title, description },
  };
}

function RelatedSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading related events">
      <div className="skeleton skeleton-line" />
      <div className="skeleton skeleton-line" />
      <div className="skeleton skeleton-line short" />
    </div>
  );
}

/** Streamed after the event itself: the page is useful before this list is ready. */
async function RelatedEvents({ event: e }: { event: EventDto }) {
  const related = await relatedEvents(e);
  if (!related.length) return <p>No other events with these actors within 14 days.</p>;
  return (
    <ul className="related">
      {related.map((r) => (
        <li key={r.id}>
          <time dateTime={r.start}>{formatEventDate(r.start, r.end, r.precision)}</time>
          <span>
            <span className={`badge type-${r.type}`}>{typeLabel(r.type)}</span>
            <Link href={eventPath(r)}>{r.title}</Link>
            {r.status === "planned" ? <span className="status-pill status-planned">Planned</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

export default async function EventPage({ params }: { params: Params }) {
  const { id, slug } = await params;
  const e = await loadEvent(id);
  if (!e) notFound();
  if (slug !== e.slug) permanentRedirect(eventPath(e));
  return (
    <article className="event-page">
      <Breadcrumbs trail={[{ label: "Timeline", href: "/" }, { label: formatDate(e.start), href: explorerHref({ event: e.id }) }]} current="Event" />
      <EventDetail
        event={e}
        headingLevel={1}
        actions={
          <>
            <Link href={explorerHref({ event: e.id })} className="button-link">
              Show on the timeline
            </Link>
            <ShareButton url={e.permalink} title={e.title} />
          </>
        }
      />
      <section aria-labelledby="related-heading">
        <h2 id="related-heading">Related events</h2>
        <p className="muted">Events with the same actors within 14 days, closest first.</p>
        <Suspense fallback={<RelatedSkeleton />}>
          <RelatedEvents event={e} />
        </Suspense>
      </section>
    </article>
  );
}
