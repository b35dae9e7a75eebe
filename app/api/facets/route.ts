// GET /api/facets?<filter>&actorQuery=&actorLimit=
// How many events each filter choice would give (see lib/data/facets.ts).
import type { NextRequest } from "next/server";
import { z } from "zod";
import { criteriaOf, fromZod, parseEventFilter } from "@/lib/data/event-filter";
import { eventFacets } from "@/lib/data/facets";
import { guarded, jsonError } from "@/lib/http/responses";
import { cachedJson } from "@/lib/http/cached-json";

export const dynamic = "force-dynamic";

const extra = z.object({
  actorQuery: z.string().trim().max(100, "at most 100 characters").optional(),
  actorLimit: z.coerce.number({ message: "must be a number" }).int("must be a whole number").min(1).max(200).default(30),
});

export async function GET(request: NextRequest): Promise<Response> {
  return guarded(async () => {
    const params = request.nextUrl.searchParams;
    const filter = parseEventFilter(params, { extra: ["actorQuery", "actorLimit"], paging: false });
    if (!filter.ok) return jsonError(400, filter.error, filter.param);
    const opts = fromZod(extra.safeParse({ actorQuery: params.get("actorQuery") ?? undefined, actorLimit: params.get("actorLimit") ?? undefined }));
    if (!opts.ok) return jsonError(400, opts.error, opts.param);
    return cachedJson(request, () => eventFacets(criteriaOf(filter.value), opts.value), { cacheControl: "private, max-age=30" });
  });
}
