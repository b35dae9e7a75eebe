// Writes articles and their events to the database, merging each event with the same real event
// already stored (from another article) instead of duplicating it.
//
// Batches: `storeExtractions` stores many articles in ONE transaction (one fsync, one lock), each
// article inside its own savepoint — an article whose writes fail is rolled back alone and
// reported, the others are kept. An article is stored completely or not at all, and a batch is
// committed completely or not at all (a process killed mid-batch loses only that batch's work,
// which the next run redoes: nothing half-written is ever visible).
//
// Speed: prepared better-sqlite3 statements on the data layer's direct connection (sqlite.ts)
// instead of Prisma's interactive transaction (~30 small queries per article, each a round trip
// through the query compiler); the ids of actors already written in this process are kept in
// memory, so an actor's row and aliases are written once per process, not once per article.
//
// Concurrency: the transaction starts with BEGIN IMMEDIATE, so SQLite takes the write lock before
// anything is read (a deferred transaction that reads first can fail with SQLITE_BUSY when
// another process commits in between); other writers wait up to the busy timeout. A transaction
// that still fails with SQLITE_BUSY is retried whole. Within a transaction the articles are
// checked again ("unchanged" if another process stored the same text first), so two ingests of
// the same files store each article once.
import type { ActorRecord, ExtractedEvent, Extraction } from "@/lib/pipeline/types";
import { EVENT_TYPES } from "@/lib/pipeline/types";
import { articleId, contentHash, eventId, eventKey, slugify } from "@/lib/pipeline/ids";
import { betterDated, isSameEvent, lastDayOf, typeFamily, type MergeableEvent } from "@/lib/pipeline/merge";
import { buildEventTitle } from "@/lib/pipeline/events/title";
import { cachedStatements, prismaDateTime, sqlite, type Sqlite } from "./sqlite";
import { isBusyError, withBusyRetry } from "./busy-retry";
import { noteOwnCommit } from "./data-version";

/** What storing needs from an extraction (what the extraction worker sends back). */
export type StorableExtraction = Pick<Extraction, "article" | "events" | "actors">;

export type StoreStatus = "ingested" | "updated" | "unchanged";

export interface StoreResult {
  status: StoreStatus;
  articleId: string;
  events: number;
}

/** One article of a batch: stored, or rolled back alone with the reason. */
export type BatchResult = StoreResult | { status: "failed"; articleId: string; message: string };

/** Is this exact article text already stored? Lets callers skip extraction for unchanged input. */
export function storedArticleState(id: string, hash: string): "absent" | "same" | "changed" {
  const row = statements(sqlite()).articleHash.get(id) as { contentHash: string } | undefined;
  if (!row) return "absent";
  return row.contentHash === hash ? "same" : "changed";
}

/** Store one article and its events in one transaction. Throws what the batch would report. */
export async function storeExtraction(x: StorableExtraction): Promise<StoreResult> {
  const [r] = await storeExtractions([x]);
  if (r!.status === "failed") throw new Error(`storing article ${r!.articleId} failed: ${(r as { message: string }).message}`);
  return r as StoreResult;
}

/**
 * Store a batch of articles in one transaction, each in its own savepoint; results in input
 * order. Errors that are not about one article (the disk, the lock past every retry) reject the
 * whole call, and nothing of the batch is stored.
 */
export async function storeExtractions(xs: StorableExtraction[]): Promise<BatchResult[]> {
  if (!xs.length) return [];
  const conn = sqlite();
  return withBusyRetry(async () => storeBatch(conn, xs));
}

// ------------------------------------------------------------------ the transaction

interface ActorRef {
  id: number;
  country: string | null;
}

/**
 * Actor ids written (or confirmed) by this process, per connection, with the data they were
 * written with: an actor is written again only when its dictionary record changed. Actors are
 * never deleted, so an id once seen stays valid for the connection's file.
 */
const actorCache = new WeakMap<Sqlite, Map<string, ActorRef & { sig: string }>>();

function storeBatch(conn: Sqlite, xs: StorableExtraction[]): BatchResult[] {
  let cache = actorCache.get(conn);
  if (!cache) actorCache.set(conn, (cache = new Map()));
  // Actors written by this batch join the cache only once it commits.
  const written = new Map<string, ActorRef & { sig: string }>();
  const s = statements(conn);
  const results: BatchResult[] = [];
  const run = conn.transaction(() => {
    results.length = 0;
    written.clear();
    // Checked at COMMIT instead of per statement (reset by every commit): lets a new event's
    // actors and evidence go in before the event itself (see storeEvent).
    conn.pragma("defer_foreign_keys = ON");
    for (const x of xs) {
      const id = articleId(x.article);
      const mine = new Map<string, ActorRef & { sig: string }>();
      try {
        const r = conn.transaction(() => storeOne(s, x, id, (slug) => mine.get(slug) ?? written.get(slug) ?? cache!.get(slug), mine))();
        for (const [k, v] of mine) written.set(k, v);
        results.push(r);
      } catch (err) {
        // Rolled back to the article's savepoint. A locked or broken database is not the
        // article's fault: give up the whole batch (the caller retries or stops).
        if (!isArticleError(err)) throw err;
        results.push({ status: "failed", articleId: id, message: (err as Error)?.message ?? String(err) });
      }
    }
  });
  run.immediate();
  noteOwnCommit();
  for (const [k, v] of written) cache.set(k, v);
  return results;
}

/** An error caused by one article's data (a constraint, a value too big), not by the database. */
function isArticleError(err: unknown): boolean {
  if (isBusyError(err)) return false;
  const code = (err as { code?: unknown })?.code;
  if (typeof code !== "string" || !code.startsWith("SQLITE_")) return true;
  return /^SQLITE_(CONSTRAINT|TOOBIG|MISMATCH|RANGE)/.test(code);
}

function storeOne(
  s: Statements,
  x: StorableExtraction,
  id: string,
  knownActor: (slug: string) => (ActorRef & { sig: string }) | undefined,
  mine: Map<string, ActorRef & { sig: string }>,
): StoreResult {
  const a = x.article;
  const hash = contentHash(a);
  const existing = s.articleHash.get(id) as { contentHash: string } | undefined;
  if (existing?.contentHash === hash) return { status: "unchanged", articleId: id, events: 0 };
  if (existing) removeArticleEvidence(s, id);
  if (a.url) {
    // Same URL stored under another id (cannot happen with URL-derived ids, but an older row
    // without URL could collide on the unique index): replace it, and what only it supported.
    for (const other of s.articlesByUrl.all(a.url, id) as Array<{ id: string }>) {
      removeArticleEvidence(s, other.id);
      s.deleteArticle.run(other.id);
    }
  }
  const now = prismaDateTime();
  s.upsertArticle.run({
    id,
    contentHash: hash,
    url: a.url,
    headline: a.headline,
    publishedOn: a.date,
    publisher: a.dateline?.publisher ?? null,
    datelinePlace: a.dateline?.place ?? null,
    text: a.text,
    bodyStart: a.bodySpan.start,
    now,
  });
  const actorIds = upsertActors(s, x.actors, knownActor, mine);
  for (const e of x.events) storeEvent(s, e, id, actorIds, x.actors, now);
  return { status: existing ? "updated" : "ingested", articleId: id, events: x.events.length };
}

/** Drop an article's evidence, and the events that no other article supports. */
function removeArticleEvidence(s: Statements, id: string): void {
  const eventIds = (s.evidenceEventsOfArticle.all(id) as Array<{ eventId: string }>).map((r) => r.eventId);
  s.deleteEvidenceOfArticle.run(id);
  for (const eventIdValue of eventIds) s.deleteEventWithoutEvidence.run(eventIdValue);
}

function upsertActors(
  s: Statements,
  records: ActorRecord[],
  knownActor: (slug: string) => (ActorRef & { sig: string }) | undefined,
  mine: Map<string, ActorRef & { sig: string }>,
): Map<string, ActorRef> {
  const ids = new Map<string, ActorRef>();
  for (const r of records) {
    const data = { slug: r.slug, name: r.name, kind: r.kind, country: r.country, role: currentRole(r), roles: JSON.stringify(r.roles) };
    const aliases = [...new Set(r.aliases)];
    const sig = JSON.stringify([data, aliases]);
    const known = knownActor(r.slug);
    if (known && known.sig === sig) {
      ids.set(r.slug, known);
      continue;
    }
    const row = s.upsertActor.get(data) as { id: number };
    for (const alias of aliases) s.insertAlias.run(row.id, alias);
    const ref = { id: row.id, country: r.country, sig };
    mine.set(r.slug, ref);
    ids.set(r.slug, ref);
  }
  return ids;
}

/** The latest role of an actor (open-ended or with the latest end). */
export function currentRole(r: ActorRecord): string | null {
  if (!r.roles.length) return null;
  const sorted = [...r.roles].sort((x, y) => (y.to ?? "9999").localeCompare(x.to ?? "9999") || (y.from ?? "").localeCompare(x.from ?? ""));
  return sorted[0]!.title;
}


interface CandidateRow {
  id: string;
  type: string;
  startDate: string;
  endDate: string | null;
  precision: string;
  dateBasis: string;
  status: string;
  placeName: string | null;
  actors: string;
}

function storeEvent(s: Statements, e: ExtractedEvent, articleIdValue: string, actorIds: Map<string, ActorRef>, records: ActorRecord[], now: string): void {
  const family = typeFamily(e.type);
  const types = EVENT_TYPES.filter((t) => typeFamily(t) === family);
  const last = lastDayOf(e);
  // Stored events of the same type family whose span overlaps this one's.
  const candidates = s.candidates.all(JSON.stringify(types), last, e.start) as CandidateRow[];
  const mine: MergeableEvent = {
    ...e,
    actors: e.actors.map((x) => ({ slug: x.slug, country: actorIds.get(x.slug)?.country ?? null, part: x.part })),
  };
  let match: { row: CandidateRow; stored: MergeableEvent } | null = null;
  for (const row of candidates) {
    const stored = storedAsMergeable(row);
    if (isSameEvent(stored, mine, { sameArticle: false })) {
      match = { row, stored };
      break;
    }
  }

  if (match) {
    const { row, stored } = match;
    const better = betterDated(stored, mine) === mine && (mine.dateBasis !== stored.dateBasis || mine.precision !== stored.precision);
    s.updateMergedEvent.run({
      id: row.id,
      better: better ? 1 : 0,
      startDate: e.start,
      endDate: e.end,
      lastDate: last,
      precision: e.precision,
      dateBasis: e.dateBasis,
      datePhrase: e.datePhrase,
      occurred: row.status === "planned" && e.status === "occurred" ? 1 : 0,
      place: !row.placeName && e.place ? 1 : 0,
      placeName: e.place?.name ?? null,
      placeCountry: e.place?.country ?? null,
      now,
    });
    const have = new Set(stored.actors.map((x) => x.slug));
    for (const x of e.actors) if (!have.has(x.slug) && actorIds.has(x.slug)) s.insertEventActor.run(row.id, actorIds.get(x.slug)!.id, x.part, x.title);
    addEvidence(s, row.id, articleIdValue, e);
    return;
  }

  let id = eventId(eventKey(e));
  // A different event already holds this id (its date was refined after creation): derive anew.
  for (let n = 2; s.eventExists.get(id); n++) id = eventId(`${eventKey(e)}#${n}`);
  const names = new Map(records.map((r) => [r.slug, r.name]));
  const title = e.title || buildEventTitle(e, (slug) => names.get(slug) ?? slug);
  // Actors and evidence first (foreign keys are deferred to the commit, see storeBatch): the
  // event's insert trigger then writes its full-text document once, with all of them.
  for (const x of e.actors) if (actorIds.has(x.slug)) s.insertEventActor.run(id, actorIds.get(x.slug)!.id, x.part, x.title);
  addEvidence(s, id, articleIdValue, e);
  s.insertEvent.run({
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
    now,
  });
}

/** The event's evidence sentences from this article, each once (by its offset). */
function addEvidence(s: Statements, eventIdValue: string, articleIdValue: string, e: ExtractedEvent): void {
  for (const ev of e.evidence) s.insertEvidence.run(eventIdValue, articleIdValue, ev.quote, ev.start, ev.end, ev.datePhrase);
}

function storedAsMergeable(c: CandidateRow): MergeableEvent {
  const actors = JSON.parse(c.actors) as Array<[string, string | null, string]>;
  return {
    type: c.type as MergeableEvent["type"],
    start: c.startDate,
    end: c.endDate,
    precision: c.precision as MergeableEvent["precision"],
    dateBasis: c.dateBasis as MergeableEvent["dateBasis"],
    status: c.status as MergeableEvent["status"],
    actors: actors.map(([slug, country, part]) => ({ slug, country, part })),
  };
}

// ------------------------------------------------------------------ statements

type Statements = ReturnType<typeof buildStatements>;

function statements(conn: Sqlite): Statements {
  return cachedStatements(conn, buildStatements);
}

function buildStatements(c: Sqlite) {
  return {
    articleHash: c.prepare(`SELECT "contentHash" FROM "Article" WHERE "id" = ?`),
    articlesByUrl: c.prepare(`SELECT "id" FROM "Article" WHERE "url" = ? AND "id" <> ?`),
    deleteArticle: c.prepare(`DELETE FROM "Article" WHERE "id" = ?`),
    upsertArticle: c.prepare(`INSERT INTO "Article" ("id", "contentHash", "url", "headline", "publishedOn", "publisher", "datelinePlace", "text", "bodyStart", "ingestedAt", "updatedAt")
      VALUES (:id, :contentHash, :url, :headline, :publishedOn, :publisher, :datelinePlace, :text, :bodyStart, :now, :now)
      ON CONFLICT ("id") DO UPDATE SET "contentHash" = excluded."contentHash", "url" = excluded."url", "headline" = excluded."headline",
        "publishedOn" = excluded."publishedOn", "publisher" = excluded."publisher", "datelinePlace" = excluded."datelinePlace",
        "text" = excluded."text", "bodyStart" = excluded."bodyStart", "updatedAt" = excluded."updatedAt"`),
    evidenceEventsOfArticle: c.prepare(`SELECT DISTINCT "eventId" FROM "Evidence" WHERE "articleId" = ?`),
    deleteEvidenceOfArticle: c.prepare(`DELETE FROM "Evidence" WHERE "articleId" = ?`),
    deleteEventWithoutEvidence: c.prepare(`DELETE FROM "Event" WHERE "id" = ? AND NOT EXISTS (SELECT 1 FROM "Evidence" v WHERE v."eventId" = "Event"."id")`),
    upsertActor: c.prepare(`INSERT INTO "Actor" ("slug", "name", "kind", "country", "role", "roles") VALUES (:slug, :name, :kind, :country, :role, :roles)
      ON CONFLICT ("slug") DO UPDATE SET "name" = excluded."name", "kind" = excluded."kind", "country" = excluded."country",
        "role" = excluded."role", "roles" = excluded."roles"
      RETURNING "id"`),
    insertAlias: c.prepare(`INSERT OR IGNORE INTO "ActorAlias" ("actorId", "alias", "source") VALUES (?, ?, 'dictionary')`),
    // Overlapping events of the family, by id (the order the merge has always tried them in: the
    // first that is the same event wins); each with its actors as a JSON array of [slug, country, part].
    candidates: c.prepare(`SELECT e."id", e."type", e."startDate", e."endDate", e."precision", e."dateBasis", e."status", e."placeName",
        (SELECT json_group_array(json_array(a."slug", a."country", ea."part")) FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId" WHERE ea."eventId" = e."id") AS "actors"
      FROM "Event" e
      WHERE e."type" IN (SELECT value FROM json_each(?)) AND e."startDate" <= ? AND e."lastDate" >= ?
      ORDER BY e."id"
      LIMIT 200`),
    updateMergedEvent: c.prepare(`UPDATE "Event" SET
        "startDate" = CASE WHEN :better THEN :startDate ELSE "startDate" END,
        "endDate" = CASE WHEN :better THEN :endDate ELSE "endDate" END,
        "lastDate" = CASE WHEN :better THEN :lastDate ELSE "lastDate" END,
        "precision" = CASE WHEN :better THEN :precision ELSE "precision" END,
        "dateBasis" = CASE WHEN :better THEN :dateBasis ELSE "dateBasis" END,
        "datePhrase" = CASE WHEN :better THEN :datePhrase ELSE "datePhrase" END,
        "status" = CASE WHEN :occurred THEN 'occurred' ELSE "status" END,
        "placeName" = CASE WHEN :place THEN :placeName ELSE "placeName" END,
        "placeCountry" = CASE WHEN :place THEN :placeCountry ELSE "placeCountry" END,
        "updatedAt" = :now
      WHERE "id" = :id`),
    eventExists: c.prepare(`SELECT 1 FROM "Event" WHERE "id" = ?`),
    insertEvent: c.prepare(`INSERT INTO "Event" ("id", "slug", "type", "cameo", "title", "startDate", "endDate", "lastDate", "precision", "status", "dateBasis",
        "datePhrase", "placeName", "placeCountry", "confidence", "createdAt", "updatedAt")
      VALUES (:id, :slug, :type, :cameo, :title, :startDate, :endDate, :lastDate, :precision, :status, :dateBasis,
        :datePhrase, :placeName, :placeCountry, :confidence, :now, :now)`),
    insertEventActor: c.prepare(`INSERT OR IGNORE INTO "EventActor" ("eventId", "actorId", "part", "title") VALUES (?, ?, ?, ?)`),
    insertEvidence: c.prepare(`INSERT OR IGNORE INTO "Evidence" ("eventId", "articleId", "quote", "start", "end", "datePhrase") VALUES (?, ?, ?, ?, ?, ?)`),
  };
}
