"use client";
// The error boundary of every page: says what happened in plain words and offers to try again
// (re-rendering the page on the server, since most errors here come from reading the data).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { startTransition, useEffect } from "react";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="error-page" role="alert">
      <h1>Something went wrong</h1>
      <p>This page could not be shown. It may be a passing problem with the server or the database; trying again usually helps.</p>
      {error.digest ? <p className="muted">Reference: {error.digest}</p> : null}
      <p className="button-row">
        <button
          type="button"
          className="primary"
          onClick={() =>
            startTransition(() => {
              router.refresh();
              reset();
            })
          }
        >
          Try again
        </button>
        <Link href="/" className="button-link">
          Back to the timeline
        </Link>
      </p>
    </section>
  );
}
