// A token that changes whenever the stored data may have changed, for ETags and the response
// cache of the read API (lib/http/cached-json.ts). Costs one PRAGMA, no table read.
//
// SQLite's `data_version` changes when another connection (another process, or Prisma's
// connection in this one) commits; this process's own commits on the direct connection are
// counted here. A random part per process keeps a token from one process life from ever meaning
// the same data in the next.
import { randomBytes } from "node:crypto";
import { sqlite } from "./sqlite";

const PROCESS_NONCE = randomBytes(6).toString("hex");
let ownCommits = 0;

/** Called by the data layer after each commit on the direct connection. */
export function noteOwnCommit(): void {
  ownCommits++;
}

export function dataVersion(): string {
  return `${PROCESS_NONCE}.${sqlite().pragma("data_version", { simple: true }) as number}.${ownCommits}`;
}
