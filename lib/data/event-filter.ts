// The filter every reader of events shares — the HTTP API, the export CLI and the pages — parsed
// from outside input by one zod schema, so "a bad parameter is a 400 with a message" holds everywhere.
import { z } from "@/lib/config/zod";
import { EVENT_TYPES } from "@/lib/pipeline/types";
import { isDay, firstDayOf, lastDayOf } from "@/lib/timeline/days";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Is this an actor slug ("emmanuel-macron"), as the filter and the actor routes accept them? */
export function isActorSlug(s: string): boolean {
  return SLUG.test(s) && s.length <= 120;
}

const isoDay = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((v) => v.length < 10 || isDay(v), "is not a real calendar date");

export const MAX_LIMIT = 500;

export const eventFilterSchema = z
  .object({
    actor: z.array(z.string().max(120).regex(SLUG, "must be an actor slug such as emmanuel-macron")).max(20, "at most 20 actors").default([]),
    /** "all" (default): events with every listed actor; "any": events with at least one. */
    actorMode: z.enum(["all", "any"]).default("all"),
    type: z.array(z.enum(EVENT_TYPES)).max(EVENT_TYPES.length).default([]),
    status: z.enum(["occurred", "planned"]).optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    q: z.string().trim().max(200, "at most 200 characters").optional(),
    limit: z.coerce.number({ message: "must be a number" }).int("must be a whole number").min(1).max(MAX_LIMIT).default(100),
    cursor: z.string().max(64).regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}~[a-z0-9]+$/, "is not a cursor from a previous page").optional(),
    /** Date order of a page: "asc" (default, oldest first) or "desc" (newest first). */
    order: z.enum(["asc", "desc"]).default("asc"),
  })
  .refine((f) => !f.from || !f.to || firstDayOf(f.from) <= lastDayOf(f.to), { message: "must not be after `to`", path: ["from"] });

export type EventFilter = z.infer<typeof eventFilterSchema>;

/** The part of a filter that decides which events match (not how a page of them is cut). */
export type EventCriteria = Pick<EventFilter, "actor" | "actorMode" | "type" | "status" | "from" | "to" | "q">;

/** Criteria with every field at its default: all events. */
export const NO_CRITERIA: EventCriteria = { actor: [], actorMode: "all", type: [] };

export function isEmptyCriteria(f: EventCriteria): boolean {
  return !f.actor.length && !f.type.length && !f.status && !f.from && !f.to && !f.q;
}

/** Only the matching part of a filter (drops limit, cursor, order). */
export function criteriaOf(f: Partial<EventCriteria>): EventCriteria {
  return {
    actor: f.actor ?? [],
    actorMode: f.actorMode ?? "all",
    type: f.type ?? [],
    ...(f.status ? { status: f.status } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.q ? { q: f.q } : {}),
  };
}

/** Criteria as query-string parameters, in a fixed order so equal criteria give equal strings. */
export function criteriaToParams(f: Partial<EventCriteria>): URLSearchParams {
  const p = new URLSearchParams();
  for (const a of f.actor ?? []) p.append("actor", a);
  if (f.actorMode && f.actorMode !== "all") p.set("actorMode", f.actorMode);
  for (const t of f.type ?? []) p.append("type", t);
  if (f.status) p.set("status", f.status);
  if (f.from) p.set("from", f.from);
  if (f.to) p.set("to", f.to);
  if (f.q) p.set("q", f.q);
  return p;
}

const MULTI = new Set(["actor", "type"]);
const PAGING = new Set(["limit", "cursor", "order"]);
const KNOWN = new Set(["actor", "actorMode", "type", "status", "from", "to", "q", ...PAGING]);

export interface ParseFilterOptions {
  /** Other parameters the caller reads itself; each may be given once. */
  extra?: readonly string[];
  /** Accept limit, cursor and order (the event list); other routes refuse them as unknown. Default true. */
  paging?: boolean;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string; param: string | null };

/**
 * Parse URLSearchParams into an EventFilter. Every parameter is checked here, the caller's own
 * (`extra`) included: an unknown one is refused by name, and one that may appear once is
 * refused when repeated.
 */
export function parseEventFilter(params: URLSearchParams, opts: ParseFilterOptions = {}): ParseResult<EventFilter> {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    const extra = opts.extra?.includes(key) ?? false;
    if (extra || !KNOWN.has(key) || (opts.paging === false && PAGING.has(key))) {
      if (!extra) return { ok: false, error: `unknown parameter \`${key}\``, param: key };
      if (params.getAll(key).length > 1) return { ok: false, error: `\`${key}\` may be given only once`, param: key };
      continue;
    }
    const values = params.getAll(key);
    if (MULTI.has(key)) raw[key] = values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
    else {
      if (values.length > 1) return { ok: false, error: `\`${key}\` may be given only once`, param: key };
      raw[key] = values[0];
    }
  }
  if (raw.q === "") delete raw.q;
  // Digits only: Number() would also take "1e2", "0x10" or " 5".
  if (typeof raw.limit === "string" && !/^[0-9]+$/.test(raw.limit)) return { ok: false, error: "`limit` must be a whole number", param: "limit" };
  return fromZod(eventFilterSchema.safeParse(raw));
}

export function fromZod<T>(r: { success: true; data: T } | { success: false; error: z.ZodError }): ParseResult<T> {
  if (r.success) return { ok: true, value: r.data };
  const issue = r.error.issues[0]!;
  const param = issue.path.length ? String(issue.path[0]) : null;
  return { ok: false, error: param ? `\`${param}\` ${issue.message}` : issue.message, param };
}
