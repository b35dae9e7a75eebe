// Reads of stored articles, with the evidence sentences that events were drawn from.
import { dbReady } from "./db";
import { safeHttpUrl } from "@/lib/pipeline/read-article";
import { eventPath, formatStart } from "./event-dto";

export interface ArticleDto {
  id: string;
  url: string | null;
  headline: string;
  publishedAt: string;
  publisher: string | null;
  datelinePlace: string | null;
  text: string;
  bodyStart: number;
  ingestedAt: string;
  evidence: Array<{ start: number; end: number; quote: string; event: { id: string; title: string; path: string; type: string; status: string; precision: string; start: string } }>;
}

export async function getArticle(id: string): Promise<ArticleDto | null> {
  const prisma = await dbReady();
  const row = await prisma.article.findUnique({
    where: { id },
    select: {
      id: true,
      url: true,
      headline: true,
      publishedOn: true,
      publisher: true,
      datelinePlace: true,
      text: true,
      bodyStart: true,
      ingestedAt: true,
      evidence: {
        select: { start: true, end: true, quote: true, event: { select: { id: true, slug: true, title: true, type: true, status: true, precision: true, startDate: true } } },
        orderBy: { start: "asc" },
      },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    url: row.url ? safeHttpUrl(row.url) : null,
    headline: row.headline,
    publishedAt: row.publishedOn,
    publisher: row.publisher,
    datelinePlace: row.datelinePlace,
    text: row.text,
    bodyStart: row.bodyStart,
    ingestedAt: row.ingestedAt.toISOString(),
    evidence: row.evidence.map((e) => ({
      start: e.start,
      end: e.end,
      quote: e.quote,
      event: {
        id: e.event.id,
        title: e.event.title,
        path: eventPath(e.event),
        type: e.event.type,
        status: e.event.status,
        precision: e.event.precision,
        start: formatStart(e.event.startDate, e.event.precision),
      },
    })),
  };
}
