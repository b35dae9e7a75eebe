// GET /api/actors/:slug
import { getActor } from "@/lib/data/actors";
import { guarded, json, jsonError } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ slug: string }> }): Promise<Response> {
  return guarded(async () => {
    const { slug } = await ctx.params;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 120) return jsonError(400, "`slug` is not an actor slug", "slug");
    const actor = await getActor(slug);
    return actor ? json(actor) : jsonError(404, `no actor with slug ${slug}`, "slug");
  });
}
