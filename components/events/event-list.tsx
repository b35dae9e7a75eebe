// The accessible list view of events: a table in date order, linked to each event's permalink.
import Link from "next/link";
import type { EventDto } from "@/lib/data/event-dto";
import { eventPath } from "@/lib/data/event-dto";

export function EventList({ events, selectedId }: { events: EventDto[]; selectedId?: string | null }) {
  return (
    <table className="event-table">
      <caption className="visually-hidden">Events in date order</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Event</th>
          <th scope="col">Type</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id} aria-current={e.id === selectedId ? "true" : undefined}>
            <td>
              <time dateTime={e.start}>{e.start}</time>
            </td>
            <td>
              <Link href={eventPath(e)}>{e.title}</Link>
            </td>
            <td>
              <span className={`badge type-${e.type}`}>{e.type}</span>
            </td>
            <td>{e.status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
