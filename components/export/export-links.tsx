// Download the events of the current filter: JSON (the API's shape), CSV (spreadsheets), or an
// iCalendar file to import into a calendar. Plain links to GET /api/export, so they also work
// without JavaScript and can be copied.
import { criteriaToParams, type EventCriteria } from "@/lib/data/event-filter";

const FORMATS = [
  ["csv", "CSV", "spreadsheet"],
  ["json", "JSON", "data"],
  ["ics", "Calendar", "ICS file"],
] as const;

export function exportHref(criteria: EventCriteria, format: string): string {
  const p = criteriaToParams(criteria);
  p.set("format", format);
  return `/api/export?${p.toString()}`;
}

export function ExportLinks({ criteria, total }: { criteria: EventCriteria; total?: number }) {
  return (
    <div className="export-links">
      <span className="field-label" id="export-label">
        Download{typeof total === "number" ? ` ${total.toLocaleString("en-GB")} events` : ""}
      </span>
      <ul aria-labelledby="export-label">
        {FORMATS.map(([format, label, detail]) => (
          <li key={format}>
            <a href={exportHref(criteria, format)} download>
              {label}
              <span className="visually-hidden"> ({detail})</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
