// Reads and user edits of actors.
import { Prisma } from "@/lib/generated/prisma/client";
import { dbReady } from "./db";
import { rawAll } from "./raw-query";
import type { DatedRole } from "@/lib/pipeline/types";

export interface ActorSummaryDto {
  slug: string;
  name: string;
  kind: string;
  country: string | null;
  role: string | null;
  eventCount: number;
}

export interface ActorDto extends ActorSummaryDto {
  aliases: Array<{ alias: string; source: string }>;
  roles: DatedRole[];
}

export async function listActors(opts: { q?: string; limit?: number } = {}): Promise<ActorSummaryDto[]> {
  const prisma = await dbReady();
  // The text is matched here, literally and case-insensitively: Prisma's `contains` is a LIKE
  // that does not escape % and _ (a search for "_" matched every actor).
  const q = opts.q?.toLowerCase();
  const has = (s: string) => !q || s.toLowerCase().includes(q);
  const rows = await prisma.actor.findMany({
    select: { slug: true, name: true, kind: true, country: true, role: true, aliases: { select: { alias: true } }, _count: { select: { events: true } } },
  });
  return rows
    .filter((r) => r._count.events > 0 && (has(r.name) || has(r.slug) || r.aliases.some((a) => has(a.alias))))
    .map(({ _count, aliases: _aliases, ...r }) => ({ ...r, eventCount: _count.events }))
    .sort((a, b) => b.eventCount - a.eventCount || a.name.localeCompare(b.name))
    .slice(0, opts.limit ?? 5000);
}

export async function getActor(slug: string): Promise<ActorDto | null> {
  const prisma = await dbReady();
  const row = await prisma.actor.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      kind: true,
      country: true,
      role: true,
      roles: true,
      aliases: { select: { alias: true, source: true }, orderBy: { alias: "asc" } },
      _count: { select: { events: true } },
    },
  });
  if (!row) return null;
  const { _count, roles, ...rest } = row;
  return { ...rest, roles: parseRoles(roles), eventCount: _count.events };
}

function parseRoles(json: string): DatedRole[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? (v as DatedRole[]) : [];
  } catch {
    return [];
  }
}

/** Aliases users added (`npm run actors -- alias ...`); the ingest passes them to the actor dictionary. */
export async function userAliases(): Promise<Array<{ slug: string; alias: string }>> {
  // On the direct connection: the ingest CLI needs nothing else from Prisma, and starting
  // Prisma's client cost it most of a second.
  return rawAll<Array<{ slug: string; alias: string }>>(Prisma.sql`
    SELECT a."slug" AS slug, x."alias" AS alias FROM "ActorAlias" x JOIN "Actor" a ON a."id" = x."actorId"
    WHERE x."source" = 'user' ORDER BY x."id"`);
}

/** Add a user alias to an actor. The actor must exist (it is created when first seen in an event). */
export async function addUserAlias(slug: string, alias: string): Promise<"added" | "exists" | "no-actor"> {
  const prisma = await dbReady();
  const actor = await prisma.actor.findUnique({ where: { slug }, select: { id: true } });
  if (!actor) return "no-actor";
  const existing = await prisma.actorAlias.findUnique({ where: { actorId_alias: { actorId: actor.id, alias } } });
  if (existing) return "exists";
  await prisma.actorAlias.create({ data: { actorId: actor.id, alias, source: "user" } });
  return "added";
}

/** Display names of actors by slug (unknown slugs are left out). */
export async function actorNames(slugs: string[]): Promise<Record<string, string>> {
  if (!slugs.length) return {};
  const prisma = await dbReady();
  const rows = await prisma.actor.findMany({ where: { slug: { in: slugs } }, select: { slug: true, name: true } });
  return Object.fromEntries(rows.map((r) => [r.slug, r.name]));
}
