// The event of a permalink, read once per request however many parts of the page ask for it.
import { cache } from "react";
import { getEvent } from "@/lib/data/events";
import { ID_PATTERN } from "@/lib/http/responses";

export const loadEvent = cache(async (id: string) => (ID_PATTERN.test(id) ? getEvent(id) : null));
