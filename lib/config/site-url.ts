// The public base URL used in permalinks, exports and Open Graph tags.

/** Why PUBLIC_URL cannot be used (the server refuses to start), or null when it is fine or unset. */
export function publicUrlProblem(env: NodeJS.ProcessEnv = process.env): string | null {
  const explicit = env.PUBLIC_URL?.trim();
  if (!explicit) return null;
  try {
    if (/^https?:\/\//.test(explicit) && new URL(explicit).host) return null;
  } catch {
    // not a URL: said below
  }
  return `PUBLIC_URL must be an http(s) URL such as https://timeline.example.org, got "${explicit}"`;
}

export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env.PUBLIC_URL?.trim();
  if (explicit && /^https?:\/\//.test(explicit)) return explicit.replace(/\/+$/, "");
  return `http://localhost:${env.PORT?.trim() || "3000"}`;
}
