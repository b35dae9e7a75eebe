// GET /api/events/:id
import { getEvent } from "@/lib/data/events";
import type { NextRequest } from "next/server";
import { guarded, ID_PATTERN, jsonError } from "@/lib/http/responses";
import { cachedJson } from "@/lib/http/cached-json";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return guarded(async () => {
    const { id } = await ctx.params;
    if (!ID_PATTERN.test(id)) return jsonError(400, "`id` is not an event id", "id");
    return cachedJson(request, async () => (await getEvent(id)) ?? jsonError(404, `no event with id ${id}`, "id"));
  });
}
