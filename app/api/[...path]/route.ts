// Any other /api path: a JSON 404 like every other API error (instead of the HTML not-found page).
import { jsonError } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

function notFound(): Response {
  return jsonError(404, "no such API endpoint; see README.md, section HTTP API");
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
