// The one place that decides which SQLite file the app, the CLIs and Prisma's CLI use.
import { mkdirSync } from "node:fs";
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./.data/app.db";

const madeFolders = new Set<string>();

/** DATABASE_URL (a `file:` URL) or the git-ignored default; creates the parent folder (once per process). */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite "file:" URL, got "${url}"`);
  }
  const file = databaseFile(url);
  if (file !== ":memory:" && !madeFolders.has(path.dirname(file))) {
    mkdirSync(path.dirname(file), { recursive: true });
    madeFolders.add(path.dirname(file));
  }
  return url;
}

/** The filesystem path of a `file:` URL (relative paths are relative to the working directory). */
export function databaseFile(url: string): string {
  const rest = url.slice("file:".length).replace(/\?.*$/, "");
  return rest === ":memory:" ? rest : path.resolve(rest);
}
