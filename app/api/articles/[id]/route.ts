// GET /api/articles/:id
import { getArticle } from "@/lib/data/articles";
import type { NextRequest } from "next/server";
import { guarded, ID_PATTERN, jsonError } from "@/lib/http/responses";
import { cachedJson } from "@/lib/http/cached-json";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return guarded(async () => {
    const { id } = await ctx.params;
    if (!ID_PATTERN.test(id)) return jsonError(400, "`id` is not an article id", "id");
    return cachedJson(request, async () => (await getArticle(id)) ?? jsonError(404, `no article with id ${id}`, "id"));
  });
}
