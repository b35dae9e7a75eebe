import Link from "next/link";

export default function NotFound() {
  return (
    <section className="not-found">
      <h1>Not found</h1>
      <p>There is nothing at this address. The event, article or actor may never have existed, or the link was mistyped or cut short.</p>
      <p className="button-row">
        <Link href="/" className="button-link">
          Back to the timeline
        </Link>
      </p>
    </section>
  );
}
