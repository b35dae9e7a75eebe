// /events/:id → the canonical /events/:id/:slug
import { notFound, permanentRedirect } from "next/navigation";
import { eventPath } from "@/lib/format/event-path";
import { loadEvent } from "./[slug]/load-event";

export default async function EventRedirect({ params }: { params: Promise<{ id: string }> }) {
  const event = await loadEvent((await params).id);
  if (!event) notFound();
  permanentRedirect(eventPath(event));
}
