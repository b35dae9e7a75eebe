// GET /api/events/:id
import { getEvent } from "@/lib/data/events";
import { guarded, ID_PATTERN, json, jsonError } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return guarded(async () => {
    const { id } = await ctx.params;
    if (!ID_PATTERN.test(id)) return jsonError(400, "`id` is not an event id", "id");
    const event = await getEvent(id);
    return event ? json(event) : jsonError(404, `no event with id ${id}`, "id");
  });
}
