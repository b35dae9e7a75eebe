// GET /api/timeline?window=2022-01-01..2022-03-31&groupBy=actor|country&density=normal|compact&<filter>
// What the timeline draws for one window: rows, and events or clusters (see lib/data/timeline.ts).
// `window` may be left out: the answer then uses the filter's suggested window and says which.
import type { NextRequest } from "next/server";
import { criteriaOf, parseEventFilter } from "@/lib/data/event-filter";
import { getTimeline } from "@/lib/data/timeline";
import { guarded, jsonError } from "@/lib/http/responses";
import { cachedJson } from "@/lib/http/cached-json";
import { DENSITIES, GROUP_BYS, type Density, type GroupBy } from "@/lib/timeline/types";
import { parseWindowParam } from "@/lib/timeline/window";

export const dynamic = "force-dynamic";


export async function GET(request: NextRequest): Promise<Response> {
  return guarded(async () => {
    const params = request.nextUrl.searchParams;
    const filter = parseEventFilter(params, { extra: ["window", "groupBy", "density"], paging: false });
    if (!filter.ok) return jsonError(400, filter.error, filter.param);
    const groupBy = params.get("groupBy") ?? "actor";
    if (!(GROUP_BYS as readonly string[]).includes(groupBy)) return jsonError(400, "`groupBy` must be actor or country", "groupBy");
    const density = params.get("density") ?? "normal";
    if (!(DENSITIES as readonly string[]).includes(density)) return jsonError(400, "`density` must be normal or compact", "density");
    const rawWindow = params.get("window");
    const window = parseWindowParam(rawWindow, { normalise: false });
    if (rawWindow && !window) return jsonError(400, "`window` must be FROM..TO, two dates such as 2022-01-01..2022-03-31", "window");
    return cachedJson(request, () => getTimeline({ criteria: criteriaOf(filter.value), groupBy: groupBy as GroupBy, window, density: density as Density }), {
      cacheControl: "private, max-age=30",
    });
  });
}
