// GET /api/events?actor=SLUG&actor=...&type=&status=&from=&to=&q=&limit=&cursor=
import type { NextRequest } from "next/server";
import { parseEventFilter } from "@/lib/data/event-filter";
import { listEvents } from "@/lib/data/events";
import { guarded, jsonError } from "@/lib/http/responses";
import { cachedJson } from "@/lib/http/cached-json";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  return guarded(async () => {
    const filter = parseEventFilter(request.nextUrl.searchParams);
    if (!filter.ok) return jsonError(400, filter.error, filter.param);
    return cachedJson(request, () => listEvents(filter.value));
  });
}
