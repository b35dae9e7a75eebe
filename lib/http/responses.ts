// JSON responses for route handlers: every error is `{ error, param? }` with a 4xx status, never
// a stack trace.
import { NextResponse } from "next/server";
import { isBusyError } from "@/lib/data/busy-retry";

export function jsonError(status: number, error: string, param: string | null = null, headers?: HeadersInit): NextResponse {
  return NextResponse.json(param ? { error, param } : { error }, { status, headers });
}

export function json(data: unknown, init?: ResponseInit): NextResponse {
  return NextResponse.json(data, init);
}

/**
 * Run a handler. The database being locked by another writer for longer than the busy timeout
 * and all retries is a 503 with Retry-After; any other unexpected failure is a 500 with a generic
 * message. Either way the details are logged on the server, never sent.
 */
export async function guarded(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (err) {
    console.error(err);
    if (isBusyError(err)) return jsonError(503, "the database is busy; try again shortly", null, { "Retry-After": "5" });
    return jsonError(500, "internal error");
  }
}

export const ID_PATTERN = /^[a-z0-9]{6,24}$/;
