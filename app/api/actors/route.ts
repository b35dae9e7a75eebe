// GET /api/actors?q=&limit=  Actors that take part in at least one event, most active first.
import type { NextRequest } from "next/server";
import { z } from "zod";
import { listActors } from "@/lib/data/actors";
import { fromZod } from "@/lib/data/event-filter";
import { guarded, jsonError } from "@/lib/http/responses";
import { cachedJson } from "@/lib/http/cached-json";

export const dynamic = "force-dynamic";

const schema = z.object({
  q: z.string().trim().max(100, "at most 100 characters").optional(),
  limit: z.coerce.number({ message: "must be a number" }).int("must be a whole number").min(1).max(5000).default(5000),
});

export async function GET(request: NextRequest): Promise<Response> {
  return guarded(async () => {
    const params = request.nextUrl.searchParams;
    for (const key of new Set(params.keys())) {
      if (key !== "q" && key !== "limit") return jsonError(400, `unknown parameter \`${key}\``, key);
      if (params.getAll(key).length > 1) return jsonError(400, `\`${key}\` may be given only once`, key);
    }
    const parsed = fromZod(schema.safeParse(Object.fromEntries(params)));
    if (!parsed.ok) return jsonError(400, parsed.error, parsed.param);
    return cachedJson(request, async () => ({ actors: await listActors(parsed.value) }));
  });
}
