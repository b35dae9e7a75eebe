// A stored article with the sentences events were drawn from highlighted and linked.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getArticle, type ArticleDto } from "@/lib/data/articles";
import { ID_PATTERN } from "@/lib/http/responses";

type Params = Promise<{ id: string }>;
const load = cache(async (id: string) => (ID_PATTERN.test(id) ? getArticle(id) : null));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const a = await load((await params).id);
  return a ? { title: a.headline, description: `${a.publishedAt} — ${a.headline}` } : { title: "Article not found" };
}

/** The body split into plain and highlighted runs (overlapping evidence is merged). */
function bodyRuns(a: ArticleDto): Array<{ text: string; start: number; events: ArticleDto["evidence"][number]["event"][] | null }> {
  const spans = a.evidence.filter((e) => e.start >= a.bodyStart).sort((x, y) => x.start - y.start);
  const runs: Array<{ text: string; start: number; events: ArticleDto["evidence"][number]["event"][] | null }> = [];
  let pos = a.bodyStart;
  for (let i = 0; i < spans.length; ) {
    const s = spans[i]!;
    let end = s.end;
    const events = [s.event];
    let j = i + 1;
    while (j < spans.length && spans[j]!.start < end) {
      end = Math.max(end, spans[j]!.end);
      if (!events.some((x) => x.id === spans[j]!.event.id)) events.push(spans[j]!.event);
      j++;
    }
    if (s.start > pos) runs.push({ text: a.text.slice(pos, s.start), start: pos, events: null });
    if (s.start >= pos) runs.push({ text: a.text.slice(s.start, end), start: s.start, events });
    pos = Math.max(pos, end);
    i = j;
  }
  runs.push({ text: a.text.slice(pos), start: pos, events: null });
  return runs;
}

export default async function ArticlePage({ params }: { params: Params }) {
  const a = await load((await params).id);
  if (!a) notFound();
  const events = [...new Map(a.evidence.map((e) => [e.event.id, e.event])).values()];
  return (
    <article className="article">
      <h1>{a.headline}</h1>
      <p className="meta">
        <time dateTime={a.publishedAt}>{a.publishedAt}</time>
        {a.publisher ? ` · ${a.publisher}` : ""}
        {a.datelinePlace ? ` · ${a.datelinePlace}` : ""}
        {a.url ? (
          <>
            {" "}
            · <a href={a.url} rel="noopener noreferrer nofollow" target="_blank">original source</a>
          </>
        ) : null}
      </p>
      <div className="article-body">
        {bodyRuns(a).map((r) =>
          r.events ? (
            <mark key={r.start} id={`s${r.start}`} tabIndex={-1}>
              {r.text}
            </mark>
          ) : (
            <span key={r.start}>{r.text}</span>
          ),
        )}
      </div>
      <section aria-labelledby="events-heading">
        <h2 id="events-heading">Events drawn from this article</h2>
        {events.length ? (
          <ul>
            {events.map((e) => (
              <li key={e.id}>
                <time dateTime={e.start}>{e.start}</time> <Link href={e.path}>{e.title}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>No events were found in this article.</p>
        )}
      </section>
    </article>
  );
}
