// A stored article: its text with the sentences events were drawn from highlighted (each one an
// anchor, `#s<offset>`, that event pages link to, and followed by numbered links to its events),
// and the list of those events. All text is rendered as React text.
import type { Metadata } from "next";
import Link from "next/link";
import { SourceLink } from "@/components/ui/source-link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { notFound } from "next/navigation";
import { cache, Fragment } from "react";
import { getArticle, type ArticleDto } from "@/lib/data/articles";
import { formatDate, formatEventDate } from "@/lib/format/dates";
import { typeLabel } from "@/lib/format/event-types";
import { ID_PATTERN } from "@/lib/http/responses";

type Params = Promise<{ id: string }>;
type ArticleEvent = ArticleDto["evidence"][number]["event"];

const load = cache(async (id: string) => (ID_PATTERN.test(id) ? getArticle(id) : null));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const a = await load((await params).id);
  if (!a) return { title: "Article not found", robots: { index: false } };
  const description = `${formatDate(a.publishedAt)}${a.publisher ? `, ${a.publisher}` : ""}: ${a.headline}. The article with the sentences diplomatic events were found in.`;
  return { title: a.headline, description, alternates: { canonical: `/articles/${a.id}` }, openGraph: { type: "article", title: a.headline, description } };
}

interface Run {
  text: string;
  start: number;
  /** Offsets of every evidence sentence starting in this run (each gets an anchor). */
  anchors: number[];
  events: ArticleEvent[] | null;
}

/** The body split into plain and highlighted runs (overlapping evidence is merged into one run). */
function bodyRuns(a: ArticleDto): Run[] {
  const spans = a.evidence.filter((e) => e.start >= a.bodyStart).sort((x, y) => x.start - y.start);
  const runs: Run[] = [];
  let pos = a.bodyStart;
  for (let i = 0; i < spans.length; ) {
    const s = spans[i]!;
    let end = s.end;
    const events = [s.event];
    const anchors = [s.start];
    let j = i + 1;
    while (j < spans.length && spans[j]!.start < end) {
      const t = spans[j]!;
      end = Math.max(end, t.end);
      if (!events.some((x) => x.id === t.event.id)) events.push(t.event);
      if (!anchors.includes(t.start)) anchors.push(t.start);
      j++;
    }
    const from = Math.max(s.start, pos);
    if (from > pos) runs.push({ text: a.text.slice(pos, from), start: pos, anchors: [], events: null });
    if (end > from) runs.push({ text: a.text.slice(from, end), start: from, anchors, events });
    pos = Math.max(pos, end);
    i = j;
  }
  runs.push({ text: a.text.slice(pos), start: pos, anchors: [], events: null });
  return runs;
}

export default async function ArticlePage({ params }: { params: Params }) {
  const a = await load((await params).id);
  if (!a) notFound();
  const events = [...new Map(a.evidence.map((e) => [e.event.id, e.event])).values()].sort((x, y) => x.start.localeCompare(y.start) || x.title.localeCompare(y.title));
  const number = new Map(events.map((e, i) => [e.id, i + 1]));
  const headlineEvidence = a.evidence.filter((e) => e.start < a.bodyStart);
  const headlineEvents = [...new Map(headlineEvidence.map((e) => [e.event.id, e.event])).values()];

  const eventRefs = (list: ArticleEvent[]) => (
    <sup className="event-refs">
      {list.map((e) => (
        <Fragment key={e.id}>
          {" "}
          <Link href={e.path} aria-label={`Event ${number.get(e.id)}: ${e.title}`}>
            [{number.get(e.id)}]
          </Link>
        </Fragment>
      ))}
    </sup>
  );

  return (
    <article className="article-page">
      <Breadcrumbs trail={[{ label: "Timeline", href: "/" }]} current="Article" />
      <h1>
        {headlineEvidence.length ? (
          <mark id={`s${headlineEvidence[0]!.start}`} className="headline-mark">
            {a.headline}
          </mark>
        ) : (
          a.headline
        )}
        {headlineEvents.length ? eventRefs(headlineEvents) : null}
      </h1>
      <p className="article-meta">
        <time dateTime={a.publishedAt}>{formatDate(a.publishedAt)}</time>
        {a.publisher ? ` · ${a.publisher}` : ""}
        {a.datelinePlace ? ` · ${a.datelinePlace}` : ""}
        {a.url ? (
          <>
            {" · "}
            <SourceLink href={a.url} />
          </>
        ) : null}
        {" · "}
        <a href="#events-heading">{events.length === 1 ? "1 event" : `${events.length} events`} found</a>
      </p>
      <p className="muted">Highlighted: the sentences events were found in. The numbers link to those events.</p>
      <div className="article-body">
        {bodyRuns(a).map((r) =>
          r.events ? (
            <Fragment key={r.start}>
              <mark id={`s${r.anchors[0]}`}>
                {r.anchors.slice(1).map((x) => (
                  <span key={x} id={`s${x}`} />
                ))}
                {r.text}
              </mark>
              {eventRefs(r.events)}
            </Fragment>
          ) : (
            <span key={r.start}>{r.text}</span>
          ),
        )}
      </div>
      <section aria-labelledby="events-heading">
        <h2 id="events-heading">Events found in this article</h2>
        {events.length ? (
          <ol className="article-events">
            {events.map((e) => (
              <li key={e.id}>
                <span className="num">{number.get(e.id)}.</span>
                <time dateTime={e.start}>{formatEventDate(e.start, null, e.precision)}</time>
                <span>
                  <span className={`badge type-${e.type}`}>{typeLabel(e.type)}</span> <Link href={e.path}>{e.title}</Link>
                  {e.status === "planned" ? <span className="status-pill status-planned">Planned</span> : null}
                </span>
              </li>
            ))}
          </ol>
        ) : (
          <p>No events were found in this article.</p>
        )}
      </section>
    </article>
  );
}
