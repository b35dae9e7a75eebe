// The timeline: events of the current filter (all in the URL), prefetched on the server.
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import { getQueryClient } from "./get-query-client";
import { parseEventFilter } from "@/lib/data/event-filter";
import { listEvents } from "@/lib/data/events";
import { eventsQueryOptions } from "@/lib/queries/events";
import { TimelineView } from "@/components/timeline/timeline-view";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function toParams(sp: Record<string, string | string[] | undefined>): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) p.append(k, x);
  return p;
}

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const params = toParams(await searchParams);
  const selected = params.get("event");
  params.delete("event");
  if (!params.has("limit")) params.set("limit", "500");
  const parsed = parseEventFilter(params);
  if (!parsed.ok) {
    return (
      <section>
        <h1>Timeline</h1>
        <p role="alert">This link has a bad filter: {parsed.error}.</p>
      </section>
    );
  }
  const queryClient = getQueryClient();
  const options = eventsQueryOptions(parsed.value);
  await queryClient.prefetchQuery({ ...options, queryFn: () => listEvents(parsed.value) });
  return (
    <section>
      <h1>Timeline</h1>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <TimelineView filter={parsed.value} initialSelected={selected} />
      </HydrationBoundary>
    </section>
  );
}
