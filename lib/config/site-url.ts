// The public base URL used in permalinks, exports and Open Graph tags.
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env.PUBLIC_URL?.trim();
  if (explicit && /^https?:\/\//.test(explicit)) return explicit.replace(/\/+$/, "");
  return `http://localhost:${env.PORT?.trim() || "3000"}`;
}
