// The download name of an export, saying what the file holds. Only slugs, type names, statuses
// and dates go in (all [a-z0-9-]), so the name needs no quoting in Content-Disposition.
import type { ExportFormat } from "./write-export";

/** "diplomatic-events_emmanuel-macron_joe-biden_call.csv": says what the file holds. */
export function exportFileName(params: URLSearchParams, format: ExportFormat): string {
  const parts = ["diplomatic-events", ...params.getAll("actor"), ...params.getAll("type"), params.get("status"), params.get("from") && `from-${params.get("from")}`, params.get("to") && `to-${params.get("to")}`]
    .filter((p): p is string => !!p)
    .join("_")
    .slice(0, 150);
  return `${parts}.${format}`;
}
