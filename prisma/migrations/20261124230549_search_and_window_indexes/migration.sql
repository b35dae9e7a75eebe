-- DropIndex
DROP INDEX "Event_startDate_idx";

-- CreateIndex
CREATE INDEX "Event_startDate_id_idx" ON "Event"("startDate", "id");


-- Written by hand from here on (Prisma's schema cannot express these; `db:diff` leaves them be).

-- Events that span more than their first day. An event overlaps [from, to] when it starts in it,
-- or starts before it and is one of these and ends in or after it: two index ranges instead of a
-- scan of every event that starts before `to` (lib/data/event-filter-sql.ts, `overlapsSql`).
CREATE INDEX "Event_span_idx" ON "Event"("lastDate", "startDate") WHERE "lastDate" <> "startDate";

-- Full-text search of `q` (lib/data/event-filter-sql.ts): one document per event — its title,
-- place, actors' names and evidence sentences — in an FTS5 trigram index, so a substring of three
-- characters or more finds its candidates without reading every event; the exact LIKE test then
-- runs on those candidates only. Contentless (the text stays in its own tables); "EventSearch"
-- gives each event a stable integer rowid for it (the Event table's own rowid may change on VACUUM).
CREATE TABLE "EventSearch" (
    "docId" INTEGER NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL
);
CREATE UNIQUE INDEX "EventSearch_eventId_key" ON "EventSearch"("eventId");
CREATE VIRTUAL TABLE "EventText" USING fts5(title, place, actors, quotes, content='', contentless_delete=1, tokenize='trigram');

-- Kept up to date by triggers, so every writer (the ingest, tests, tools) keeps it right. Each
-- change rewrites the event's whole document.
-- A new event's document has its actors and evidence too when they were inserted before it (the
-- ingest does that, with foreign keys deferred, so that the document is written once, not once
-- per actor and sentence).
CREATE TRIGGER "Event_search_insert" AFTER INSERT ON "Event" BEGIN
  INSERT INTO "EventSearch" ("eventId") VALUES (NEW."id");
  INSERT INTO "EventText" (rowid, title, place, actors, quotes)
    SELECT s."docId", NEW."title", NEW."placeName",
      (SELECT group_concat(a."name", char(10)) FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId" WHERE ea."eventId" = NEW."id"),
      (SELECT group_concat(v."quote", char(10)) FROM "Evidence" v WHERE v."eventId" = NEW."id")
    FROM "EventSearch" s WHERE s."eventId" = NEW."id";
END;
CREATE TRIGGER "Event_search_update" AFTER UPDATE OF "title", "placeName" ON "Event"
  WHEN OLD."title" IS NOT NEW."title" OR OLD."placeName" IS NOT NEW."placeName" BEGIN
  DELETE FROM "EventText" WHERE rowid = (SELECT "docId" FROM "EventSearch" WHERE "eventId" = NEW."id");
  INSERT INTO "EventText" (rowid, title, place, actors, quotes)
    SELECT s."docId", e."title", e."placeName",
      (SELECT group_concat(a."name", char(10)) FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId" WHERE ea."eventId" = e."id"),
      (SELECT group_concat(v."quote", char(10)) FROM "Evidence" v WHERE v."eventId" = e."id")
    FROM "Event" e JOIN "EventSearch" s ON s."eventId" = e."id" WHERE e."id" = NEW."id";
END;
CREATE TRIGGER "Event_search_delete" AFTER DELETE ON "Event" BEGIN
  DELETE FROM "EventText" WHERE rowid = (SELECT "docId" FROM "EventSearch" WHERE "eventId" = OLD."id");
  DELETE FROM "EventSearch" WHERE "eventId" = OLD."id";
END;
CREATE TRIGGER "EventActor_search_insert" AFTER INSERT ON "EventActor" BEGIN
  DELETE FROM "EventText" WHERE rowid = (SELECT "docId" FROM "EventSearch" WHERE "eventId" = NEW."eventId");
  INSERT INTO "EventText" (rowid, title, place, actors, quotes)
    SELECT s."docId", e."title", e."placeName",
      (SELECT group_concat(a."name", char(10)) FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId" WHERE ea."eventId" = e."id"),
      (SELECT group_concat(v."quote", char(10)) FROM "Evidence" v WHERE v."eventId" = e."id")
    FROM "Event" e JOIN "EventSearch" s ON s."eventId" = e."id" WHERE e."id" = NEW."eventId";
END;
CREATE TRIGGER "EventActor_search_delete" AFTER DELETE ON "EventActor" BEGIN
  DELETE FROM "EventText" WHERE rowid = (SELECT "docId" FROM "EventSearch" WHERE "eventId" = OLD."eventId");
  INSERT INTO "EventText" (rowid, title, place, actors, quotes)
    SELECT s."docId", e."title", e."placeName",
      (SELECT group_concat(a."name", char(10)) FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId" WHERE ea."eventId" = e."id"),
      (SELECT group_concat(v."quote", char(10)) FROM "Evidence" v WHERE v."eventId" = e."id")
    FROM "Event" e JOIN "EventSearch" s ON s."eventId" = e."id" WHERE e."id" = OLD."eventId";
END;
CREATE TRIGGER "Evidence_search_insert" AFTER INSERT ON "Evidence" BEGIN
  DELETE FROM "EventText" WHERE rowid = (SELECT "docId" FROM "EventSearch" WHERE "eventId" = NEW."eventId");
  INSERT INTO "EventText" (rowid, title, place, actors, quotes)
    SELECT s."docId", e."title", e."placeName",
      (SELECT group_concat(a."name", char(10)) FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId" WHERE ea."eventId" = e."id"),
      (SELECT group_concat(v."quote", char(10)) FROM "Evidence" v WHERE v."eventId" = e."id")
    FROM "Event" e JOIN "EventSearch" s ON s."eventId" = e."id" WHERE e."id" = NEW."eventId";
END;
CREATE TRIGGER "Evidence_search_delete" AFTER DELETE ON "Evidence" BEGIN
  DELETE FROM "EventText" WHERE rowid = (SELECT "docId" FROM "EventSearch" WHERE "eventId" = OLD."eventId");
  INSERT INTO "EventText" (rowid, title, place, actors, quotes)
    SELECT s."docId", e."title", e."placeName",
      (SELECT group_concat(a."name", char(10)) FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId" WHERE ea."eventId" = e."id"),
      (SELECT group_concat(v."quote", char(10)) FROM "Evidence" v WHERE v."eventId" = e."id")
    FROM "Event" e JOIN "EventSearch" s ON s."eventId" = e."id" WHERE e."id" = OLD."eventId";
END;
CREATE TRIGGER "Actor_search_rename" AFTER UPDATE OF "name" ON "Actor" WHEN OLD."name" IS NOT NEW."name" BEGIN
  DELETE FROM "EventText" WHERE rowid IN (SELECT s."docId" FROM "EventSearch" s JOIN "EventActor" ea ON ea."eventId" = s."eventId" WHERE ea."actorId" = NEW."id");
  INSERT INTO "EventText" (rowid, title, place, actors, quotes)
    SELECT s."docId", e."title", e."placeName",
      (SELECT group_concat(a."name", char(10)) FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId" WHERE ea."eventId" = e."id"),
      (SELECT group_concat(v."quote", char(10)) FROM "Evidence" v WHERE v."eventId" = e."id")
    FROM "Event" e JOIN "EventSearch" s ON s."eventId" = e."id"
    WHERE e."id" IN (SELECT "eventId" FROM "EventActor" WHERE "actorId" = NEW."id");
END;

-- The events already stored.
INSERT INTO "EventSearch" ("eventId") SELECT "id" FROM "Event" ORDER BY "startDate", "id";
INSERT INTO "EventText" (rowid, title, place, actors, quotes)
  SELECT s."docId", e."title", e."placeName",
    (SELECT group_concat(a."name", char(10)) FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId" WHERE ea."eventId" = e."id"),
    (SELECT group_concat(v."quote", char(10)) FROM "Evidence" v WHERE v."eventId" = e."id")
  FROM "Event" e JOIN "EventSearch" s ON s."eventId" = e."id";
