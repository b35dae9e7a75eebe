// The Content-Security-Policy of HTML pages, set per request by proxy.ts with a fresh nonce.
// (Headers that are the same on every response are in next.config.js.)

/** A fresh nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts: only Next's own, each carrying this response's nonce ('strict-dynamic' lets them load
 * their chunks), so no injected inline script, event-handler attribute or javascript: URL can
 * run. Styles: our stylesheets and Next's nonced inline styles; vis-timeline styles its elements
 * through the CSSOM (element.style), which CSP does not restrict, so no 'unsafe-inline' is needed.
 * No page is meant to be embedded (frame-ancestors 'none'); a route that is would get its own
 * policy. In development React needs eval for its debugging aids.
 */
export function pageCsp(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
