// /events/:id → the canonical /events/:id/:slug
import { notFound, permanentRedirect } from "next/navigation";
import { getEvent } from "@/lib/data/events";
import { eventPath } from "@/lib/data/event-dto";
import { ID_PATTERN } from "@/lib/http/responses";

export default async function EventRedirect({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!ID_PATTERN.test(id)) notFound();
  const event = await getEvent(id);
  if (!event) notFound();
  permanentRedirect(eventPath(event));
}
