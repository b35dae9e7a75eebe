// A link to an article's original, off-site page. The URL has passed safeHttpUrl (http(s) only)
// in the data layer; the link opens in a new tab without leaking this page to it.
export function SourceLink({ href }: { href: string }) {
  return (
    <a href={href} rel="noopener noreferrer nofollow" target="_blank">
      Original source<span className="visually-hidden"> (opens in a new tab)</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}
