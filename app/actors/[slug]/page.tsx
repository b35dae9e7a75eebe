// An actor: name, kind and country, dated roles, other names, and their events on a timeline
// and in a list (prefetched on the server and hydrated).
import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import { getQueryClient } from "@/app/get-query-client";
import { Providers } from "@/app/providers";
import { getActor } from "@/lib/data/actors";
import { isActorSlug } from "@/lib/data/event-filter";
import { countryName } from "@/lib/data/countries";
import { listEvents } from "@/lib/data/events";
import { getTimeline, timelineSuggestedWindow } from "@/lib/data/timeline";
import { formatDate } from "@/lib/format/dates";
import { eventListQueryOptions, LIST_PAGE_SIZE, timelineQueryOptions } from "@/lib/queries/events";
import { fetchWindowFor } from "@/lib/timeline/window";
import { ActorTimeline } from "@/components/actors/actor-timeline";
import { ExportLinks } from "@/components/export/export-links";
import { likelyPhone } from "@/lib/http/likely-phone";

type Params = Promise<{ slug: string }>;
const load = cache(async (slug: string) => (isActorSlug(slug) ? getActor(slug) : null));

const KIND: Record<string, string> = { person: "Person", state: "State", organisation: "Organisation" };

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const a = await load((await params).slug);
  if (!a) return { title: "Actor not found", robots: { index: false } };
  const description = `${a.name}${a.role ? `, ${a.role}` : ""}: ${a.eventCount} diplomatic events — calls, meetings, visits and more — on a timeline with their sources.`;
  return { title: a.name, description, alternates: { canonical: `/actors/${a.slug}` }, openGraph: { type: "profile", title: a.name, description } };
}

export default async function ActorPage({ params }: { params: Params }) {
  const a = await load((await params).slug);
  if (!a) notFound();
  const criteria = { actor: [a.slug], actorMode: "all" as const, type: [] };
  const window = await timelineSuggestedWindow(criteria);
  const fetchWindow = fetchWindowFor(window);
  const phone = likelyPhone(await headers());
  const density = phone ? "compact" : "normal";
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery({
      ...timelineQueryOptions({ criteria, groupBy: "actor", window: fetchWindow, density }),
      queryFn: () => getTimeline({ criteria, groupBy: "actor", window: fetchWindow, density }),
    }),
    queryClient.prefetchInfiniteQuery({ ...eventListQueryOptions(criteria, "asc"), queryFn: () => listEvents({ ...criteria, order: "asc", limit: LIST_PAGE_SIZE }) }),
  ]);
  const aliases = a.aliases.map((x) => x.alias).filter((x) => x !== a.name);
  return (
    <article className="actor-page">
      <Breadcrumbs trail={[{ label: "Timeline", href: "/" }]} current="Actor" />
      <header className="actor-header">
        <h1>{a.name}</h1>
        <p className="actor-kind">
          {KIND[a.kind] ?? a.kind}
          {a.country && a.country !== a.name ? ` · ${countryName(a.country)}` : ""}
          {a.role ? ` · ${a.role}` : ""}
        </p>
      </header>
      <dl className="facts">
        {a.country ? (
          <>
            <dt>Country</dt>
            <dd>
              {countryName(a.country)} <span className="muted">({a.country})</span>
            </dd>
          </>
        ) : null}
        {a.roles.length ? (
          <>
            <dt>Roles</dt>
            <dd>
              <ul className="roles">
                {a.roles.map((r) => (
                  <li key={`${r.title}-${r.from ?? ""}`}>
                    {r.title}{" "}
                    <span className="muted">
                      ({r.from ? formatDate(r.from) : "…"} – {r.to ? formatDate(r.to) : "present"})
                    </span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {aliases.length ? (
          <>
            <dt>Also written</dt>
            <dd>{aliases.join(", ")}</dd>
          </>
        ) : null}
        <dt>Events</dt>
        <dd>{a.eventCount}</dd>
      </dl>
      <ExportLinks criteria={criteria} total={a.eventCount} />
      <Providers>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <ActorTimeline slug={a.slug} name={a.name} initialWindow={window} likelyNarrow={phone} />
        </HydrationBoundary>
      </Providers>
    </article>
  );
}
