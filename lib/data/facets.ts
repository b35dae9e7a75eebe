// Facet counts for the filter controls: how many events each choice would give, given the rest
// of the filter. Types and statuses are counted without their own constraint (so ticking a second
// type shows what it adds); actors are counted within the whole filter when events must have every
// chosen actor ("between"), since adding one narrows the result, and without the actor constraint
// when any chosen actor will do.
import { Prisma } from "@/lib/generated/prisma/client";
import type { EventType } from "@/lib/pipeline/types";
import type { EventCriteria } from "./event-filter";
import { containsPattern, eventCriteriaSql, planCriteria } from "./event-filter-sql";
import { rawAll } from "./raw-query";
import { memoByDataVersion } from "./memo";

export interface ActorFacet {
  slug: string;
  name: string;
  kind: string;
  country: string | null;
  role: string | null;
  /** Events of the filter this actor takes part in. */
  count: number;
}

export interface FacetsDto {
  /** Events matching the whole filter. */
  total: number;
  types: Partial<Record<EventType, number>>;
  statuses: { occurred: number; planned: number };
  /** The most active actors of the filter (matching `actorQuery` when given), most events first. */
  actors: ActorFacet[];
}

type Num = number | bigint;

/** Facet counts of a filter; remembered until the data changes (lib/data/memo.ts). */
export function eventFacets(criteria: EventCriteria, opts: { actorQuery?: string; actorLimit?: number } = {}): Promise<FacetsDto> {
  return memoByDataVersion(`facets\n${JSON.stringify([criteria, opts])}`, () => computeFacets(criteria, opts));
}

async function computeFacets(criteria: EventCriteria, opts: { actorQuery?: string; actorLimit?: number }): Promise<FacetsDto> {
  // One plan for all four counts (what leads them is the same: see event-filter-sql.ts).
  const plan = planCriteria(criteria);
  const [totalRow] = rawAll<Array<{ n: Num }>>(Prisma.sql`SELECT COUNT(*) AS n FROM "Event" e WHERE ${eventCriteriaSql(criteria, plan)}`);
  const typeRows = rawAll<Array<{ k: string; n: Num }>>(Prisma.sql`
    SELECT e."type" AS k, COUNT(*) AS n FROM "Event" e WHERE ${eventCriteriaSql({ ...criteria, type: [] }, plan)} GROUP BY e."type"`);
  const statusRows = rawAll<Array<{ k: string; n: Num }>>(Prisma.sql`
    SELECT e."status" AS k, COUNT(*) AS n FROM "Event" e WHERE ${eventCriteriaSql({ ...criteria, status: undefined }, plan)} GROUP BY e."status"`);
  const actorCriteria = criteria.actorMode === "any" ? { ...criteria, actor: [] } : criteria;
  const q = opts.actorQuery?.trim();
  const nameMatch = q
    ? Prisma.sql`AND (a."name" LIKE ${containsPattern(q)} ESCAPE '\\' OR a."slug" LIKE ${containsPattern(q.toLowerCase())} ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM "ActorAlias" al WHERE al."actorId" = a."id" AND al."alias" LIKE ${containsPattern(q)} ESCAPE '\\'))`
    : Prisma.empty;
  const actorRows = rawAll<Array<{ slug: string; name: string; kind: string; country: string | null; role: string | null; n: Num }>>(Prisma.sql`
    SELECT a."slug" AS slug, a."name" AS name, a."kind" AS kind, a."country" AS country, a."role" AS role, COUNT(*) AS n
    FROM "Event" e JOIN "EventActor" ea ON ea."eventId" = e."id" JOIN "Actor" a ON a."id" = ea."actorId"
    WHERE ${eventCriteriaSql(actorCriteria, actorCriteria === criteria ? plan : planCriteria(actorCriteria))} ${nameMatch}
    GROUP BY a."id" ORDER BY n DESC, a."name" ASC LIMIT ${opts.actorLimit ?? 30}`);
  const statuses = { occurred: 0, planned: 0 };
  for (const r of statusRows) if (r.k === "occurred" || r.k === "planned") statuses[r.k] = Number(r.n);
  return {
    total: Number(totalRow?.n ?? 0),
    types: Object.fromEntries(typeRows.map((r) => [r.k, Number(r.n)])) as Partial<Record<EventType, number>>,
    statuses,
    actors: actorRows.map(({ n, ...a }) => ({ ...a, count: Number(n) })),
  };
}
