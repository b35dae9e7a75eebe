// GET /api/actors/:slug
import { getActor } from "@/lib/data/actors";
import { isActorSlug } from "@/lib/data/event-filter";
import type { NextRequest } from "next/server";
import { guarded, jsonError } from "@/lib/http/responses";
import { cachedJson } from "@/lib/http/cached-json";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, ctx: { params: Promise<{ slug: string }> }): Promise<Response> {
  return guarded(async () => {
    const { slug } = await ctx.params;
    if (!isActorSlug(slug)) return jsonError(400, "`slug` is not an actor slug", "slug");
    return cachedJson(request, async () => (await getActor(slug)) ?? jsonError(404, `no actor with slug ${slug}`, "slug"));
  });
}
