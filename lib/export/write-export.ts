// Streams events in one of the export formats; shared by the CLI and the HTTP export route.
import type { EventDto } from "@/lib/data/event-dto";
import { csvHeader, csvRow } from "./csv";
import { icsEvent, icsFooter, icsHeader } from "./ics";

export const EXPORT_FORMATS = ["json", "csv", "ics"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  ics: "text/calendar; charset=utf-8",
};

/** Yields the export as text chunks; `host` names the calendar UID domain. */
export async function* renderExport(format: ExportFormat, events: AsyncIterable<EventDto>, host: string): AsyncGenerator<string> {
  if (format === "json") {
    yield "[";
    let first = true;
    for await (const e of events) {
      yield (first ? "\n" : ",\n") + JSON.stringify(e);
      first = false;
    }
    yield first ? "]\n" : "\n]\n";
  } else if (format === "csv") {
    yield csvHeader();
    for await (const e of events) yield csvRow(e);
  } else {
    yield icsHeader();
    const now = new Date();
    for await (const e of events) yield icsEvent(e, host, now);
    yield icsFooter();
  }
}
