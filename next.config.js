// @ts-check
const fs = require("node:fs");
const path = require("node:path");

/**
 * The folder Turbopack may read files from. Normally the project itself; when `node_modules` is a
 * symlink to an install elsewhere (git worktrees sharing one install), the nearest folder that
 * holds both, or Turbopack cannot find `next` ("Could not find the Next.js package").
 */
function workspaceRoot() {
  const own = __dirname;
  let modules;
  try {
    modules = fs.realpathSync(path.join(own, "node_modules"));
  } catch {
    return own;
  }
  let root = own;
  while (!(modules + path.sep).startsWith(root + path.sep) && path.dirname(root) !== root) root = path.dirname(root);
  return root;
}

const root = workspaceRoot();

/**
 * Security headers on every response: pages, API and static files. (The per-request
 * Content-Security-Policy of pages, with its nonce, is set in proxy.ts.)
 * - X-Content-Type-Options: browsers must not guess a type (JSON holding markup stays JSON).
 * - Referrer-Policy: other sites see our origin, never our paths and query strings.
 * - X-Frame-Options: no page may be framed (older browsers; CSP frame-ancestors for the rest).
 *   No route is meant to be embedded; one that is would need its own policy here and in proxy.ts.
 * - Permissions-Policy: the app uses no powerful browser features.
 * - Cross-Origin-Opener-Policy: a page opened from here cannot reach back through window.opener.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** API answers (JSON, CSV, ICS) are data: nothing in them may run, even if opened directly. */
const apiCsp = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The SQLite driver is a native module: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  turbopack: { root },
  outputFileTracingRoot: root,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiCsp }] },
    ];
  },
};

module.exports = nextConfig;
