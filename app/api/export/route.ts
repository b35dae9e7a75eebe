// GET /api/export?format=json|csv|ics&<filter>
// Every event of a filter as a download: JSON (the API's event shape), CSV, or an iCalendar file.
import type { NextRequest } from "next/server";
import { criteriaOf, criteriaToParams, parseEventFilter } from "@/lib/data/event-filter";
import { allEvents } from "@/lib/data/events";
import { siteUrl } from "@/lib/config/site-url";
import { guarded, jsonError } from "@/lib/http/responses";
import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, renderExport, type ExportFormat } from "@/lib/export/write-export";
import { exportFileName } from "@/lib/export/file-name";

export const dynamic = "force-dynamic";


export async function GET(request: NextRequest): Promise<Response> {
  return guarded(async () => {
    const params = request.nextUrl.searchParams;
    const filter = parseEventFilter(params, { extra: ["format"], paging: false });
    if (!filter.ok) return jsonError(400, filter.error, filter.param);
    const format = params.get("format");
    if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) return jsonError(400, `\`format\` must be one of ${EXPORT_FORMATS.join(", ")}`, "format");
    const criteria = criteriaOf(filter.value);
    const chunks = renderExport(format as ExportFormat, allEvents(criteria), new URL(siteUrl()).host);
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = await chunks.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (err) {
          console.error(err);
          controller.error(err);
        }
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    const name = exportFileName(criteriaToParams(criteria), format as ExportFormat);
    return new Response(body, {
      headers: {
        "content-type": EXPORT_CONTENT_TYPES[format as ExportFormat],
        "content-disposition": `attachment; filename="${name}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  });
}
