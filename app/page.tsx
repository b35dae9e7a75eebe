// The timeline page. Reads the view from the URL, prefetches on the server exactly what the
// browser would ask for first (the timeline's fetch window, the list, the filter counts, the
// selected event) and hands it over hydrated, so the first paint has data and no request repeats.
// `/?event=<id>` opens the timeline on that event; an unknown id is a 404.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import { getQueryClient } from "./get-query-client";
import { Providers } from "./providers";
import { actorNames } from "@/lib/data/actors";
import { getEvent, listEvents } from "@/lib/data/events";
import { eventFacets } from "@/lib/data/facets";
import { getTimeline, timelineSuggestedWindow } from "@/lib/data/timeline";
import { describeCriteria } from "@/lib/format/criteria";
import { criteriaInWindow, eventListQueryOptions, eventQueryOptions, facetsQueryOptions, LIST_PAGE_SIZE, timelineQueryOptions } from "@/lib/queries/events";
import { firstDayOf, lastDayOf } from "@/lib/timeline/days";
import { parseExplorerParams, toSearchParams } from "@/lib/timeline/url-state";
import { centreOn, fetchWindowFor, paddedWindow, spanDays, type DayWindow } from "@/lib/timeline/window";
import { TimelineExplorer } from "@/components/timeline/timeline-explorer";
import { likelyPhone } from "@/lib/http/likely-phone";
import type { EventPage } from "@/lib/data/events";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Actor names for the metadata and the page of one request, read once (by a string key: React's cache compares arguments by identity). */
const namesOf = cache((slugs: string) => actorNames(slugs ? slugs.split(",") : []));

/** Around an event: a month, or its whole span with some room. */
function windowAround(start: string, last: string): DayWindow {
  return spanDays({ from: start, to: last }) > 20 ? paddedWindow(start, last) : centreOn(start, 31);
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { state } = parseExplorerParams(toSearchParams(await searchParams));
  const names = await namesOf(state.criteria.actor.join(","));
  const summary = describeCriteria(state.criteria, (s) => names[s] ?? s);
  const title = summary ? `${summary} — Timeline` : "Timeline";
  const description = summary
    ? `Diplomatic events ${summary}: calls, meetings, visits, sanctions and more on an interactive timeline, each with its sources.`
    : "Calls, meetings, visits, summits, sanctions, aid and warnings drawn from news articles, on an interactive timeline with their sources.";
  return { title, description, openGraph: { title, description, type: "website" }, twitter: { card: "summary", title, description } };
}

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const { state } = parseExplorerParams(toSearchParams(await searchParams));
  const queryClient = getQueryClient();

  const selected = state.event ? await getEvent(state.event) : null;
  if (state.event && !selected) notFound();
  if (selected) queryClient.setQueryData(eventQueryOptions(selected.id).queryKey, selected);

  const window: DayWindow =
    state.window ??
    (selected ? windowAround(firstDayOf(selected.start), selected.end ?? lastDayOf(selected.start)) : await timelineSuggestedWindow(state.criteria));

  const fetchWindow = fetchWindowFor(window);
  const phone = likelyPhone(await headers());
  const density = phone ? "compact" : "normal";
  const listCriteria = state.list === "window" ? criteriaInWindow(state.criteria, window) : state.criteria;
  await Promise.all([
    queryClient.prefetchQuery({
      ...timelineQueryOptions({ criteria: state.criteria, groupBy: state.groupBy, window: fetchWindow, density }),
      queryFn: () => getTimeline({ criteria: state.criteria, groupBy: state.groupBy, window: fetchWindow, density }),
    }),
    queryClient.prefetchQuery({ ...facetsQueryOptions(state.criteria), queryFn: () => eventFacets(state.criteria) }),
    listCriteria
      ? queryClient.prefetchInfiniteQuery({
          ...eventListQueryOptions(listCriteria, state.sort),
          queryFn: (): Promise<EventPage> => listEvents({ ...listCriteria, order: state.sort, limit: LIST_PAGE_SIZE }),
        })
      : null,
  ]);
  const names = await namesOf(state.criteria.actor.join(","));

  return (
    <Providers>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <TimelineExplorer initialWindow={window} initialNames={names} likelyNarrow={phone} />
      </HydrationBoundary>
    </Providers>
  );
}
