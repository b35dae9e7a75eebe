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

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The SQLite driver is a native module: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  turbopack: { root },
  outputFileTracingRoot: root,
};

module.exports = nextConfig;
