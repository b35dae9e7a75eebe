// iCalendar export (RFC 5545): one all-day VEVENT per event. Text values are escaped (backslash,
// comma, semicolon, line breaks; control characters, which TEXT may not hold, are dropped) and
// content lines are folded at 75 octets without splitting a UTF-8 character or an escape pair.
import type { EventDto } from "@/lib/data/event-dto";
import { addDays, firstDayOf, lastDayOf } from "@/lib/timeline/days";

export function icsEscape(text: string): string {
  return (
    text
      .replace(/\\/g, "\\\\")
      .replace(/;/g, "\\;")
      .replace(/,/g, "\\,")
      .replace(/\r\n|\r|\n|\u2028|\u2029/g, "\\n")
      // RFC 5545 CONTROL (all but HTAB), and C1 controls.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, "")
  );
}

/** Fold a content line to 75 octets per physical line (continuations start with a space). */
export function icsFold(line: string): string {
  const out: string[] = [];
  let current = "";
  let bytes = 0;
  // Units that must stay on one line: a code point, or a backslash with the character it escapes.
  for (const unit of line.match(/\\[\s\S]|[\s\S]/gu) ?? []) {
    const size = Buffer.byteLength(unit);
    const limit = out.length === 0 ? 75 : 74; // continuation lines carry a leading space
    if (bytes + size > limit && current) {
      out.push(current);
      current = "";
      bytes = 0;
    }
    current += unit;
    bytes += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

function compactDate(iso: string): string {
  return iso.replace(/-/g, "");
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

export function icsHeader(): string {
  return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Diplomatic Event Timeline//EN", "CALSCALE:GREGORIAN", "X-WR-CALNAME:Diplomatic events"]
    .map((l) => l + "\r\n")
    .join("");
}

export function icsFooter(): string {
  return "END:VCALENDAR\r\n";
}

export function icsEvent(e: EventDto, host: string, now = new Date()): string {
  const first = firstDayOf(e.start);
  const last = e.end ?? lastDayOf(e.start);
  const description = [
    `${e.type} (CAMEO ${e.cameo}), ${e.status}; dated ${e.precision === "day" ? "to the day" : `to the ${e.precision}`}.`,
    `Actors: ${e.actors.map((a) => a.name).join(", ")}`,
    ...e.sources.slice(0, 5).map((s) => `“${s.quote}” — ${s.title} (${s.publishedAt})${s.url ? ` ${s.url}` : ""}`),
  ].join("\n");
  const lines = [
    "BEGIN:VEVENT",
    `UID:${e.id}@${host}`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART;VALUE=DATE:${compactDate(first)}`,
    `DTEND;VALUE=DATE:${compactDate(addDays(last, 1))}`,
    `SUMMARY:${icsEscape(e.title)}`,
    `DESCRIPTION:${icsEscape(description)}`,
    ...(e.place ? [`LOCATION:${icsEscape(e.place.name)}`] : []),
    `URL:${e.permalink}`,
    `CATEGORIES:${icsEscape(e.type)}`,
    `STATUS:${e.status === "planned" ? "TENTATIVE" : "CONFIRMED"}`,
    "END:VEVENT",
  ];
  return lines.map((l) => icsFold(l) + "\r\n").join("");
}
