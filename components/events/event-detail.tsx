// One event with its date, actors, place and every evidence quote with links to the stored
// article (sentence highlighted) and to the original source. Renders on the server or client.
import Link from "next/link";
import type { EventDto } from "@/lib/data/event-dto";

const PRECISION_LABEL: Record<string, string> = { day: "", month: " (month)", year: " (year)" };
const BASIS_LABEL: Record<string, string> = {
  stated: "stated in the text",
  relative: "resolved from a relative date",
  publication: "not stated: the publication date is used",
};

export function EventDetail({ event: e, headingLevel = 2 }: { event: EventDto; headingLevel?: 1 | 2 }) {
  const H = headingLevel === 1 ? "h1" : "h2";
  const Sub = headingLevel === 1 ? "h2" : "h3";
  return (
    <div className="event-detail">
      <H>{e.title}</H>
      <dl className="facts">
        <dt>Date</dt>
        <dd>
          <time dateTime={e.start}>{e.end ? `${e.start} – ${e.end}` : e.start}</time>
          {PRECISION_LABEL[e.precision]} · {e.status}
          <br />
          <small>
            {BASIS_LABEL[e.dateBasis] ?? e.dateBasis}
            {e.datePhrase ? <> — dated from “{e.datePhrase}”</> : null}
          </small>
        </dd>
        <dt>Type</dt>
        <dd>
          <span className={`badge type-${e.type}`}>{e.type}</span> <small>CAMEO {e.cameo}</small>
        </dd>
        {e.place ? (
          <>
            <dt>Place</dt>
            <dd>
              {e.place.name}
              {e.place.country ? ` (${e.place.country})` : ""}
            </dd>
          </>
        ) : null}
        <dt>Actors</dt>
        <dd>
          <ul className="actors">
            {e.actors.map((a) => (
              <li key={a.slug}>
                <Link href={`/actors/${a.slug}`}>{a.name}</Link>
                {a.role ? <small> — {a.role}</small> : null}
                {a.part !== "participant" ? <small> ({a.part})</small> : null}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <Sub>Evidence</Sub>
      <ul className="evidence">
        {e.sources.map((s) => (
          <li key={`${s.articleId}-${s.start}`}>
            <blockquote>{s.quote}</blockquote>
            <p className="source">
              <Link href={`/articles/${s.articleId}#s${s.start}`}>{s.title}</Link> · <time dateTime={s.publishedAt}>{s.publishedAt}</time>
              {s.url ? (
                <>
                  {" "}
                  · <a href={s.url} rel="noopener noreferrer nofollow" target="_blank">original source</a>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
