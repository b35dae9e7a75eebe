// JSON responses for route handlers: every error is `{ error, param? }` with a 4xx status, never
// a stack trace.
import { NextResponse } from "next/server";

export function jsonError(status: number, error: string, param: string | null = null, headers?: HeadersInit): NextResponse {
  return NextResponse.json(param ? { error, param } : { error }, { status, headers });
}

export function json(data: unknown, init?: ResponseInit): NextResponse {
  return NextResponse.json(data, init);
}

/** Run a handler; an unexpected failure becomes a 500 with a generic message (logged on the server). */
export async function guarded(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (err) {
    console.error(err);
    return jsonError(500, "internal error");
  }
}

export const ID_PATTERN = /^[a-z0-9]{6,24}$/;
