// One event: what, when (with precision, status and the phrase it was dated from), where, who
// (linked to their pages), and every evidence sentence with links to the stored article (the
// sentence highlighted) and to the original source. Only renders; used by the permalink page on
// the server and by the timeline's detail panel in the browser.
import Link from "next/link";
import { SourceLink } from "@/components/ui/source-link";
import type { ReactNode, Ref } from "react";
import type { EventDto, EventSourceDto } from "@/lib/data/event-dto";
import { PRECISION_TEXT, formatDate, formatEventDate } from "@/lib/format/dates";
import { statusLabel, typeLabel } from "@/lib/format/event-types";

const BASIS_TEXT: Record<string, string> = {
  stated: "The date is stated in the text",
  relative: "Worked out from a relative date and the publication date",
  publication: "No date in the text: the publication date is used",
};

const PART_TEXT: Record<string, string> = { source: "initiator", target: "counterpart" };

/** The quote with the date phrase marked (first occurrence), as React text. */
function QuoteText({ source }: { source: EventSourceDto }) {
  const phrase = source.datePhrase;
  const at = phrase ? source.quote.indexOf(phrase) : -1;
  if (!phrase || at < 0) return <>{source.quote}</>;
  return (
    <>
      {source.quote.slice(0, at)}
      <mark className="date-phrase">{phrase}</mark>
      {source.quote.slice(at + phrase.length)}
    </>
  );
}

/** Evidence grouped by article, in the order the sources come. */
function groupByArticle(sources: EventSourceDto[]) {
  const groups: Array<{ articleId: string; title: string; url: string | null; publishedAt: string; sources: EventSourceDto[] }> = [];
  for (const s of sources) {
    let g = groups.find((x) => x.articleId === s.articleId);
    if (!g) groups.push((g = { articleId: s.articleId, title: s.title, url: s.url, publishedAt: s.publishedAt, sources: [] }));
    g.sources.push(s);
  }
  return groups;
}

export interface EventDetailProps {
  event: EventDto;
  headingLevel?: 1 | 2;
  headingId?: string;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Buttons and links shown under the title (share, permalink, close). */
  actions?: ReactNode;
}

export function EventDetail({ event: e, headingLevel = 2, headingId, headingRef, actions }: EventDetailProps) {
  const H = headingLevel === 1 ? "h1" : "h2";
  const Sub = headingLevel === 1 ? "h2" : "h3";
  const dateText = formatEventDate(e.start, e.end, e.precision);
  const groups = groupByArticle(e.sources);
  return (
    <div className="event-detail">
      <p className="event-kicker">
        <span className={`badge type-${e.type}`}>{typeLabel(e.type)}</span>
        <span className={`status-pill status-${e.status}`}>{statusLabel(e.status)}</span>
      </p>
      <H id={headingId} ref={headingRef} tabIndex={headingRef ? -1 : undefined} className="event-title">
        {e.title}
      </H>
      <p className="event-when">
        <time dateTime={e.start}>{dateText}</time>
      </p>
      {actions ? <div className="event-actions">{actions}</div> : null}
      <dl className="facts">
        <dt>Date</dt>
        <dd>
          <time dateTime={e.start}>{dateText}</time> <span className="muted">({PRECISION_TEXT[e.precision] ?? e.precision})</span>
          <br />
          {e.status === "planned" ? "Planned — announced before it happened" : "Occurred"}
        </dd>
        <dt>Dated from</dt>
        <dd>
          {e.datePhrase ? (
            <>
              “<span className="date-phrase-text">{e.datePhrase}</span>”
              <br />
            </>
          ) : null}
          <span className="muted">{BASIS_TEXT[e.dateBasis] ?? e.dateBasis}</span>
        </dd>
        {e.place ? (
          <>
            <dt>Place</dt>
            <dd>
              {e.place.name}
              {e.place.countryName && e.place.countryName !== e.place.name ? `, ${e.place.countryName}` : ""}
            </dd>
          </>
        ) : null}
        <dt>Actors</dt>
        <dd>
          <ul className="actor-list">
            {e.actors.map((a) => (
              <li key={a.slug}>
                <Link href={`/actors/${a.slug}`}>{a.name}</Link>
                {a.role ? <span className="muted"> — {a.role}</span> : null}
                {PART_TEXT[a.part] ? <span className="muted"> ({PART_TEXT[a.part]})</span> : null}
              </li>
            ))}
          </ul>
        </dd>
        <dt>Type</dt>
        <dd>
          {typeLabel(e.type)} <span className="muted">(CAMEO {e.cameo})</span>
        </dd>
        <dt>Confidence</dt>
        <dd>{Math.round(e.confidence * 100)} % <span className="muted">(how sure the extraction is)</span></dd>
      </dl>
      <Sub className="evidence-heading">
        Evidence{" "}
        <span className="muted">
          ({e.sources.length === 1 ? "1 sentence" : `${e.sources.length} sentences`}
          {groups.length > 1 ? ` in ${groups.length} articles` : ""})
        </span>
      </Sub>
      <ol className="evidence">
        {groups.map((g) => (
          <li key={g.articleId} className="evidence-article">
            <p className="source">
              <Link href={`/articles/${g.articleId}`}>{g.title}</Link>
              <span className="muted">
                {" · "}
                <time dateTime={g.publishedAt}>{formatDate(g.publishedAt)}</time>
              </span>
              {g.url ? (
                <>
                  {" · "}
                  <SourceLink href={g.url} />
                </>
              ) : null}
            </p>
            <ul className="quotes">
              {g.sources.map((s, i) => (
                <li key={s.start}>
                  <blockquote cite={s.url ?? undefined}>
                    <p>
                      <QuoteText source={s} />
                    </p>
                  </blockquote>
                  <Link href={`/articles/${s.articleId}#s${s.start}`} className="in-context">
                    Read it in the article<span className="visually-hidden"> (sentence {i + 1} from “{g.title}”)</span>
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
