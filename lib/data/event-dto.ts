// The public shape of an event — the contract of the JSON export and the HTTP API — and the
// conversion from stored rows. Other tools depend on this shape: change it only by adding fields.
import type { Precision } from "@/lib/pipeline/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { safeHttpUrl } from "@/lib/pipeline/read-article";
import { countryName } from "./countries";
import { eventPath, formatStart } from "@/lib/format/event-path";

export interface EventActorDto {
  name: string;
  slug: string;
  kind: string;
  country: string | null;
  /** The actor's title on the event's date ("President of France"). */
  role: string | null;
  /** How the actor takes part: source, target or participant. */
  part: string;
}

export interface EventSourceDto {
  articleId: string;
  url: string | null;
  title: string;
  publishedAt: string;
  /** The sentence, verbatim from the article. */
  quote: string;
  /** Offsets of the quote in the stored article text. */
  start: number;
  end: number;
  datePhrase: string | null;
}

export interface EventDto {
  id: string;
  slug: string;
  permalink: string;
  title: string;
  type: string;
  cameo: string;
  status: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY according to precision. */
  start: string;
  end: string | null;
  precision: Precision;
  dateBasis: string;
  datePhrase: string | null;
  /** `countryName` spells out `country` ("RUS" → "Russia"). */
  place: { name: string; country: string | null; countryName: string | null } | null;
  confidence: number;
  actors: EventActorDto[];
  sources: EventSourceDto[];
}

export const eventDtoSelect = {
  id: true,
  slug: true,
  title: true,
  type: true,
  cameo: true,
  status: true,
  startDate: true,
  endDate: true,
  precision: true,
  dateBasis: true,
  datePhrase: true,
  placeName: true,
  placeCountry: true,
  confidence: true,
  actors: {
    select: {
      part: true,
      title: true,
      actor: { select: { slug: true, name: true, kind: true, country: true, role: true } },
    },
  },
  evidence: {
    select: {
      quote: true,
      start: true,
      end: true,
      datePhrase: true,
      article: { select: { id: true, url: true, headline: true, publishedOn: true } },
    },
    orderBy: [{ articleId: "asc" }, { start: "asc" }],
  },
} satisfies Prisma.EventSelect;

export type StoredEventRow = Prisma.EventGetPayload<{ select: typeof eventDtoSelect }>;

const PART_ORDER: Record<string, number> = { source: 0, participant: 1, target: 2 };

export { eventPath, formatStart };

export function toEventDto(row: StoredEventRow, baseUrl: string): EventDto {
  return {
    id: row.id,
    slug: row.slug,
    permalink: `${baseUrl}${eventPath(row)}`,
    title: row.title,
    type: row.type,
    cameo: row.cameo,
    status: row.status,
    start: formatStart(row.startDate, row.precision),
    end: row.endDate,
    precision: row.precision as Precision,
    dateBasis: row.dateBasis,
    datePhrase: row.datePhrase,
    place: row.placeName ? { name: row.placeName, country: row.placeCountry, countryName: row.placeCountry ? countryName(row.placeCountry) : null } : null,
    confidence: row.confidence,
    actors: [...row.actors]
      .sort((a, b) => (PART_ORDER[a.part] ?? 3) - (PART_ORDER[b.part] ?? 3))
      .map((a) => ({
        name: a.actor.name,
        slug: a.actor.slug,
        kind: a.actor.kind,
        country: a.actor.country,
        role: a.title ?? a.actor.role,
        part: a.part,
      })),
    sources: [...row.evidence]
      .sort((a, b) => a.article.publishedOn.localeCompare(b.article.publishedOn) || a.article.id.localeCompare(b.article.id) || a.start - b.start)
      .map((ev) => ({
        articleId: ev.article.id,
        // Checked again on the way out: only http(s) links ever reach a page, export or API client.
        url: ev.article.url ? safeHttpUrl(ev.article.url) : null,
        title: ev.article.headline,
        publishedAt: ev.article.publishedOn,
        quote: ev.quote,
        start: ev.start,
        end: ev.end,
        datePhrase: ev.datePhrase,
      })),
  };
}
