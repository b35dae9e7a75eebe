import Link from "next/link";

export default function NotFound() {
  return (
    <section>
      <h1>Not found</h1>
      <p>There is nothing at this address. The event or article may never have existed, or its link was mistyped.</p>
      <p>
        <Link href="/">Back to the timeline</Link>
      </p>
    </section>
  );
}
