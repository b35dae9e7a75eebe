// Paths and date values of events that the browser needs too: dependency-free, so a client
// component importing them does not pull the data layer (country lists, the article reader) into
// its bundle.

/** The event page: /events/<id>/<slug>. */
export function eventPath(e: { id: string; slug: string }): string {
  return `/events/${e.id}/${e.slug}`;
}

/** A stored start day as its precision writes it: YYYY, YYYY-MM or YYYY-MM-DD. */
export function formatStart(startDate: string, precision: string): string {
  return precision === "year" ? startDate.slice(0, 4) : precision === "month" ? startDate.slice(0, 7) : startDate;
}
