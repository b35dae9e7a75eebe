// GET /api/articles/:id
import { getArticle } from "@/lib/data/articles";
import { guarded, ID_PATTERN, json, jsonError } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return guarded(async () => {
    const { id } = await ctx.params;
    if (!ID_PATTERN.test(id)) return jsonError(400, "`id` is not an article id", "id");
    const article = await getArticle(id);
    return article ? json(article) : jsonError(404, `no article with id ${id}`, "id");
  });
}
