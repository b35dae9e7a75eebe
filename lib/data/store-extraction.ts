// Writes one article and its events to the database in a single transaction, merging each event
// with the same real event already stored (from another article) instead of duplicating it.
//
// Concurrency: the transaction's first statement is a write, so SQLite takes the write lock
// before anything is read (a deferred transaction that reads first can fail with SQLITE_BUSY
// when another process commits in between); other writers wait up to the busy timeout. A
// transaction that still fails with SQLITE_BUSY is retried.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActorRecord, ExtractedEvent, Extraction } from "@/lib/pipeline/types";
import { articleId, contentHash, eventId, eventKey, slugify } from "@/lib/pipeline/ids";
import { betterDated, isSameEvent, lastDayOf, typeFamily, type MergeableEvent } from "@/lib/pipeline/merge";
import { buildEventTitle } from "@/lib/pipeline/events/title";
import { dbReady } from "./db";
import { withBusyRetry } from "./busy-retry";

/** What storing needs from an extraction (what the extraction worker sends back). */
export type StorableExtraction = Pick<Extraction, "article" | "events" | "actors">;

export type StoreStatus = "ingested" | "updated" | "unchanged";

export interface StoreResult {
  status: StoreStatus;
  articleId: string;
  events: number;
}

type Tx = Prisma.TransactionClient;

/** Is this exact article text already stored? Lets callers skip extraction for unchanged input. */
export async function storedArticleState(id: string, hash: string): Promise<"absent" | "same" | "changed"> {
  const prisma = await dbReady();
  const row = await prisma.article.findUnique({ where: { id }, select: { contentHash: true } });
  if (!row) return "absent";
  return row.contentHash === hash ? "same" : "changed";
}

export async function storeExtraction(x: StorableExtraction): Promise<StoreResult> {
  const prisma = await dbReady();
  const a = x.article;
  const id = articleId(a);
  const hash = contentHash(a);
  return withBusyRetry(() =>
    prisma.$transaction(
      async (tx) => {
        // Take the write lock first (see header), then look at what is stored.
        await tx.$executeRawUnsafe(`DELETE FROM "Article" WHERE 0`);
        const existing = await tx.article.findUnique({ where: { id }, select: { contentHash: true } });
        if (existing?.contentHash === hash) return { status: "unchanged" as const, articleId: id, events: 0 };
        if (existing) await removeArticleEvidence(tx, id);
        const data = {
          contentHash: hash,
          url: a.url,
          headline: a.headline,
          publishedOn: a.date,
          publisher: a.dateline?.publisher ?? null,
          datelinePlace: a.dateline?.place ?? null,
          text: a.text,
          bodyStart: a.bodySpan.start,
        };
        if (a.url) {
          // Same URL stored under another id (cannot happen with URL-derived ids, but an older
          // row without URL could collide on the unique index): replace it.
          await tx.article.deleteMany({ where: { url: a.url, NOT: { id } } });
        }
        await tx.article.upsert({ where: { id }, create: { id, ...data }, update: data });
        const actorIds = await upsertActors(tx, x.actors);
        for (const e of x.events) await storeEvent(tx, e, id, actorIds, x.actors);
        return { status: existing ? ("updated" as const) : ("ingested" as const), articleId: id, events: x.events.length };
      },
      { maxWait: 60_000, timeout: 120_000 },
    ),
  );
}

/** Drop an article's evidence, and the events that no other article supports. */
async function removeArticleEvidence(tx: Tx, id: string): Promise<void> {
  const rows = await tx.evidence.findMany({ where: { articleId: id }, select: { eventId: true } });
  await tx.evidence.deleteMany({ where: { articleId: id } });
  const eventIds = [...new Set(rows.map((r) => r.eventId))];
  if (eventIds.length) await tx.event.deleteMany({ where: { id: { in: eventIds }, evidence: { none: {} } } });
}

async function upsertActors(tx: Tx, records: ActorRecord[]): Promise<Map<string, { id: number; country: string | null }>> {
  const ids = new Map<string, { id: number; country: string | null }>();
  for (const r of records) {
    const role = currentRole(r);
    const data = {
      name: r.name,
      kind: r.kind,
      country: r.country,
      role,
      roles: JSON.stringify(r.roles),
    };
    const row = await tx.actor.upsert({ where: { slug: r.slug }, create: { slug: r.slug, ...data }, update: data, select: { id: true } });
    ids.set(r.slug, { id: row.id, country: r.country });
    if (r.aliases.length) {
      const known = await tx.actorAlias.findMany({ where: { actorId: row.id }, select: { alias: true } });
      const have = new Set(known.map((k) => k.alias));
      const add = [...new Set(r.aliases)].filter((al) => !have.has(al));
      if (add.length) await tx.actorAlias.createMany({ data: add.map((alias) => ({ actorId: row.id, alias, source: "dictionary" })) });
    }
  }
  return ids;
}

/** The latest role of an actor (open-ended or with the latest end). */
export function currentRole(r: ActorRecord): string | null {
  if (!r.roles.length) return null;
  const sorted = [...r.roles].sort((x, y) => (y.to ?? "9999") .localeCompare(x.to ?? "9999") || (y.from ?? "").localeCompare(x.from ?? ""));
  return sorted[0]!.title;
}

const FAMILY_TYPES: Record<string, string[]> = {
  encounter: ["meeting", "visit", "summit"],
  accord: ["statement", "agreement"],
};

async function storeEvent(
  tx: Tx,
  e: ExtractedEvent,
  articleIdValue: string,
  actorIds: Map<string, { id: number; country: string | null }>,
  records: ActorRecord[],
): Promise<void> {
  const family = typeFamily(e.type);
  const types = FAMILY_TYPES[family] ?? [e.type];
  const last = lastDayOf(e);
  const candidates = await tx.event.findMany({
    where: { type: { in: types }, startDate: { lte: last }, lastDate: { gte: e.start } },
    select: {
      id: true,
      type: true,
      startDate: true,
      endDate: true,
      precision: true,
      dateBasis: true,
      status: true,
      placeName: true,
      actors: { select: { part: true, actor: { select: { slug: true, country: true } } } },
    },
    take: 200,
  });
  const mine: MergeableEvent = {
    ...e,
    actors: e.actors.map((x) => ({ slug: x.slug, country: actorIds.get(x.slug)?.country ?? null, part: x.part })),
  };
  const match = candidates.find((c) => isSameEvent(storedAsMergeable(c), mine, { sameArticle: false }));
  const evidence = e.evidence.map((ev) => ({
    articleId: articleIdValue,
    quote: ev.quote,
    start: ev.start,
    end: ev.end,
    datePhrase: ev.datePhrase,
  }));

  if (match) {
    const stored = storedAsMergeable(match);
    const better = betterDated(stored, mine) === mine && (mine.dateBasis !== stored.dateBasis || mine.precision !== stored.precision);
    const have = new Set(match.actors.map((x) => x.actor.slug));
    const newActors = e.actors.filter((x) => !have.has(x.slug) && actorIds.has(x.slug));
    await tx.event.update({
      where: { id: match.id },
      data: {
        ...(better
          ? { startDate: e.start, endDate: e.end, lastDate: last, precision: e.precision, dateBasis: e.dateBasis, datePhrase: e.datePhrase }
          : {}),
        ...(match.status === "planned" && e.status === "occurred" ? { status: "occurred" } : {}),
        ...(match.placeName || !e.place ? {} : { placeName: e.place.name, placeCountry: e.place.country }),
      },
    });
    if (newActors.length) {
      await tx.eventActor.createMany({
        data: newActors.map((x) => ({ eventId: match.id, actorId: actorIds.get(x.slug)!.id, part: x.part, title: x.title })),
      });
    }
    await addEvidence(tx, match.id, evidence);
    return;
  }

  let id = eventId(eventKey(e));
  // A different event already holds this id (its date was refined after creation): derive anew.
  for (let n = 2; await tx.event.findUnique({ where: { id }, select: { id: true } }); n++) id = eventId(`${eventKey(e)}#${n}`);
  const names = new Map(records.map((r) => [r.slug, r.name]));
  const title = e.title || buildEventTitle(e, (slug) => names.get(slug) ?? slug);
  await tx.event.create({
    data: {
      id,
      slug: slugify(title),
      type: e.type,
      cameo: e.cameo,
      title,
      startDate: e.start,
      endDate: e.end,
      lastDate: last,
      precision: e.precision,
      status: e.status,
      dateBasis: e.dateBasis,
      datePhrase: e.datePhrase,
      placeName: e.place?.name ?? null,
      placeCountry: e.place?.country ?? null,
      confidence: e.confidence,
    },
  });
  const actorRows = e.actors.filter((x) => actorIds.has(x.slug));
  if (actorRows.length) {
    await tx.eventActor.createMany({
      data: actorRows.map((x) => ({ eventId: id, actorId: actorIds.get(x.slug)!.id, part: x.part, title: x.title })),
    });
  }
  await addEvidence(tx, id, evidence);
}

async function addEvidence(
  tx: Tx,
  eventIdValue: string,
  rows: Array<{ articleId: string; quote: string; start: number; end: number; datePhrase: string | null }>,
): Promise<void> {
  if (!rows.length) return;
  const existing = await tx.evidence.findMany({
    where: { eventId: eventIdValue, articleId: rows[0]!.articleId },
    select: { start: true },
  });
  const have = new Set(existing.map((r) => r.start));
  const fresh = rows.filter((r) => !have.has(r.start));
  if (fresh.length) await tx.evidence.createMany({ data: fresh.map((r) => ({ eventId: eventIdValue, ...r })) });
}

function storedAsMergeable(c: {
  type: string;
  startDate: string;
  endDate: string | null;
  precision: string;
  dateBasis: string;
  status: string;
  actors: Array<{ part: string; actor: { slug: string; country: string | null } }>;
}): MergeableEvent {
  return {
    type: c.type as MergeableEvent["type"],
    start: c.startDate,
    end: c.endDate,
    precision: c.precision as MergeableEvent["precision"],
    dateBasis: c.dateBasis as MergeableEvent["dateBasis"],
    status: c.status as MergeableEvent["status"],
    actors: c.actors.map((x) => ({ slug: x.actor.slug, country: x.actor.country, part: x.part })),
  };
}
