// The bench's large database: the dev corpus as ingested (a seed database), replayed with shifted
// dates and remapped actors until it holds TARGET_EVENTS events and about TARGET_ACTORS actors.
//
// How: replica r (0, 1, 2, …) copies every event of the seed shifted by r × SHIFT_DAYS days (the
// seed's ~9 dense months then overlap into ~8 years of about a thousand events a month, the
// density the issue measured: ~1,040 events in a one-month window). Month and year events stay
// on their period. The most active actors (heads of state, the big states) stay themselves in
// every replica; the others are split into "eras" of consecutive replicas, each era its own actor
// (a minister, spokesman or envoy is replaced over the years), which brings the actors to about
// TARGET_ACTORS with the seed's skew. Evidence rows are copied with their events and keep pointing
// at the seed's articles (copying 200,000 article texts would only make the file large).
//
// Everything is SQL in one transaction on a copy of the seed; the full-text index and any other
// trigger-maintained structure fills itself as the rows go in. The result is cached under
// .data/bench/ by a key of this builder's version, the migrations and the seed's events, so
// repeated bench runs reuse it.
import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

const BUILDER_VERSION = 2;
export const TARGET_EVENTS = 100_000;
export const TARGET_ACTORS = 2_000;
const SHIFT_DAYS = 21;
/** Actors that stay themselves in every replica (at least; see eraPlan). */
const KEEP_AT_LEAST = 20;
const MIGRATIONS = path.resolve(__dirname, "../prisma/migrations");

export interface BuiltData {
  file: string;
  cached: boolean;
  seconds: number;
  events: number;
  actors: number;
  links: number;
  evidence: number;
  replicas: number;
  from: string;
  to: string;
}

function migrationsHash(): string {
  const h = createHash("sha256");
  for (const d of readdirSync(MIGRATIONS).sort()) {
    const f = path.join(MIGRATIONS, d, "migration.sql");
    if (existsSync(f)) h.update(d).update(readFileSync(f));
  }
  return h.digest("hex");
}

function seedHash(seed: string): string {
  const db = new Database(seed, { readonly: true, fileMustExist: true });
  try {
    const h = createHash("sha256");
    for (const r of db.prepare(`SELECT id, type, startDate, lastDate FROM "Event" ORDER BY id`).raw().iterate()) h.update(JSON.stringify(r));
    return h.digest("hex");
  } finally {
    db.close();
  }
}

function counts(file: string): Omit<BuiltData, "file" | "cached" | "seconds" | "replicas"> & { replicas: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const span = db.prepare(`SELECT MIN(startDate) AS "from", MAX(lastDate) AS "to" FROM "Event"`).get() as { from: string; to: string };
    const meta = db.prepare(`SELECT value FROM "BenchMeta" WHERE key = 'replicas'`).get() as { value: string } | undefined;
    return {
      events: n(`SELECT COUNT(*) AS n FROM "Event"`),
      actors: n(`SELECT COUNT(*) AS n FROM "Actor"`),
      links: n(`SELECT COUNT(*) AS n FROM "EventActor"`),
      evidence: n(`SELECT COUNT(*) AS n FROM "Evidence"`),
      replicas: Number(meta?.value ?? 0),
      ...span,
    };
  } finally {
    db.close();
  }
}

/** The cached database for this seed, built when missing. `seed` is a migrated, ingested database. */
export function buildBenchData(seed: string, outDir: string, log: (s: string) => void = () => {}): BuiltData {
  const key = createHash("sha256").update(`${BUILDER_VERSION}|${TARGET_EVENTS}|${TARGET_ACTORS}|${SHIFT_DAYS}|${migrationsHash()}|${seedHash(seed)}`).digest("hex").slice(0, 12);
  const file = path.join(outDir, `events-${TARGET_EVENTS / 1000}k-${key}.db`);
  if (existsSync(file)) return { file, cached: true, seconds: 0, ...counts(file) };
  const t0 = performance.now();
  const tmp = `${file}.building`;
  for (const s of ["", "-wal", "-shm", "-journal"]) rmSync(tmp + s, { force: true });
  {
    const src = new Database(seed, { readonly: true, fileMustExist: true });
    src.prepare(`VACUUM INTO ?`).run(tmp);
    src.close();
  }
  const db = new Database(tmp);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  db.pragma("foreign_keys = ON");
  const baseEvents = (db.prepare(`SELECT COUNT(*) AS n FROM "Event"`).get() as { n: number }).n;
  if (!baseEvents) throw new Error(`the seed database ${seed} holds no events`);
  const replicas = Math.ceil(TARGET_EVENTS / baseEvents);
  log(`building ${path.basename(file)}: ${baseEvents} seed events × ${replicas} replicas`);

  const now = new Date().toISOString().replace("Z", "+00:00");
  let restoreTriggers = () => {};
  db.transaction(() => {
    db.exec(`CREATE TABLE "BenchMeta" (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    db.prepare(`INSERT INTO "BenchMeta" VALUES ('replicas', ?), ('seed', ?)`).run(String(replicas), path.basename(seed));
    // Actors by activity in the seed: the first `keep` stay themselves, the others get one actor per era.
    const actors = db.prepare(`SELECT a.id, COUNT(ea.eventId) AS n FROM "Actor" a LEFT JOIN "EventActor" ea ON ea.actorId = a.id GROUP BY a.id ORDER BY n DESC, a.id`).all() as Array<{ id: number }>;
    const A = actors.length;
    const eras = Math.max(1, Math.ceil((TARGET_ACTORS - KEEP_AT_LEAST) / Math.max(1, A - KEEP_AT_LEAST)));
    const keep = eras > 1 ? Math.min(A, Math.max(KEEP_AT_LEAST, Math.floor((A * eras - TARGET_ACTORS) / (eras - 1)))) : A;
    db.exec(`CREATE TEMP TABLE actor_map (era INTEGER, old INTEGER, new INTEGER, PRIMARY KEY (era, old))`);
    const insertMap = db.prepare(`INSERT INTO actor_map VALUES (?, ?, ?)`);
    const cloneActor = db.prepare(`INSERT INTO "Actor" (slug, name, kind, country, role, roles)
      SELECT slug || '-' || ?, name || ' (' || ? || ')', kind, country, role, roles FROM "Actor" WHERE id = ? RETURNING id`);
    actors.forEach(({ id }, i) => {
      for (let era = 0; era < eras; era++) {
        // Era 0 of every actor is the seed's own actor.
        const to = i < keep || era === 0 ? id : (cloneActor.get(String(era + 1), `era ${era + 1}`, id) as { id: number }).id;
        insertMap.run(era, id, to);
      }
    });

    db.exec(`CREATE TEMP TABLE seed_events AS SELECT id FROM "Event"`);
    // Row-by-row triggers (the full-text index) would make the copy ten times slower: set them
    // aside, copy, fill what they maintain in bulk below, and put them back as they were.
    const triggers = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger'`).all() as Array<{ name: string; sql: string }>;
    for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
    restoreTriggers = () => {
      for (const t of triggers) db.exec(t.sql);
    };
    const copyEvents = db.prepare(`INSERT INTO "Event" (id, slug, type, cameo, title, startDate, endDate, lastDate, precision, status, dateBasis, datePhrase, placeName, placeCountry, confidence, createdAt, updatedAt)
      SELECT id || :suffix, slug, type, cameo, title, s, e, l, precision, status, dateBasis, datePhrase, placeName, placeCountry, confidence, :now, :now FROM (
        SELECT *,
          CASE precision WHEN 'year' THEN substr(date(startDate, :shift), 1, 4) || '-01-01'
                         WHEN 'month' THEN substr(date(startDate, :shift), 1, 7) || '-01'
                         ELSE date(startDate, :shift) END AS s,
          CASE WHEN endDate IS NULL THEN NULL ELSE date(endDate, :shift) END AS e,
          CASE precision WHEN 'year' THEN substr(date(startDate, :shift), 1, 4) || '-12-31'
                         WHEN 'month' THEN date(substr(date(startDate, :shift), 1, 7) || '-01', '+1 month', '-1 day')
                         ELSE date(lastDate, :shift) END AS l
        FROM "Event" WHERE id IN (SELECT id FROM seed_events))`);
    const copyLinks = db.prepare(`INSERT INTO "EventActor" (eventId, actorId, part, title)
      SELECT ea.eventId || :suffix, m.new, ea.part, ea.title FROM "EventActor" ea
      JOIN actor_map m ON m.old = ea.actorId AND m.era = :era
      WHERE ea.eventId IN (SELECT id FROM seed_events)`);
    const copyEvidence = db.prepare(`INSERT INTO "Evidence" (eventId, articleId, quote, start, "end", datePhrase)
      SELECT v.eventId || :suffix, v.articleId, v.quote, v.start, v."end", v.datePhrase FROM "Evidence" v
      WHERE v.eventId IN (SELECT id FROM seed_events)`);
    for (let r = 1; r < replicas; r++) {
      const params = { suffix: r.toString(36).padStart(2, "0"), shift: `+${r * SHIFT_DAYS} days`, now, era: Math.floor((r * eras) / replicas) };
      copyEvents.run(params);
      copyLinks.run({ suffix: params.suffix, era: params.era });
      copyEvidence.run({ suffix: params.suffix });
    }
    // The full-text documents of the copied events (what the migration does for existing rows).
    const hasSearch = db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'EventSearch'`).get();
    if (hasSearch) {
      db.exec(`INSERT INTO "EventSearch" ("eventId") SELECT "id" FROM "Event" WHERE "id" NOT IN (SELECT "eventId" FROM "EventSearch") ORDER BY "startDate", "id"`);
      db.exec(`INSERT INTO "EventText" (rowid, title, place, actors, quotes)
        SELECT s."docId", e."title", e."placeName",
          (SELECT group_concat(a."name", char(10)) FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId" WHERE ea."eventId" = e."id"),
          (SELECT group_concat(v."quote", char(10)) FROM "Evidence" v WHERE v."eventId" = e."id")
        FROM "Event" e JOIN "EventSearch" s ON s."eventId" = e."id" WHERE e."id" NOT IN (SELECT "id" FROM seed_events)`);
    }
    restoreTriggers();
  })();
  db.pragma("optimize");
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  renameSync(tmp, file);
  for (const s of ["-wal", "-shm"]) rmSync(tmp + s, { force: true });
  const c = counts(file);
  return { file, cached: false, seconds: (performance.now() - t0) / 1000, ...c };
}

if (require.main === module) {
  const [seed, out] = process.argv.slice(2);
  if (!seed) {
    console.error("usage: tsx bench/build-data.ts <seed.db> [outDir]");
    process.exit(2);
  }
  console.log(JSON.stringify(buildBenchData(path.resolve(seed), path.resolve(out ?? ".data/bench"), console.error)));
}
