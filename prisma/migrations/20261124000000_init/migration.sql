-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "contentHash" TEXT NOT NULL,
    "url" TEXT,
    "headline" TEXT NOT NULL,
    "publishedOn" TEXT NOT NULL,
    "publisher" TEXT,
    "datelinePlace" TEXT,
    "text" TEXT NOT NULL,
    "bodyStart" INTEGER NOT NULL,
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "country" TEXT,
    "role" TEXT,
    "roles" TEXT NOT NULL DEFAULT '[]'
);

-- CreateTable
CREATE TABLE "ActorAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actorId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'dictionary',
    CONSTRAINT "ActorAlias_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "cameo" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT,
    "lastDate" TEXT NOT NULL,
    "precision" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "dateBasis" TEXT NOT NULL,
    "datePhrase" TEXT,
    "placeName" TEXT,
    "placeCountry" TEXT,
    "confidence" REAL NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "EventActor" (
    "eventId" TEXT NOT NULL,
    "actorId" INTEGER NOT NULL,
    "part" TEXT NOT NULL,
    "title" TEXT,

    PRIMARY KEY ("eventId", "actorId"),
    CONSTRAINT "EventActor_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventActor_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "datePhrase" TEXT,
    CONSTRAINT "Evidence_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_url_key" ON "Article"("url");

-- CreateIndex
CREATE INDEX "Article_publishedOn_idx" ON "Article"("publishedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_slug_key" ON "Actor"("slug");

-- CreateIndex
CREATE INDEX "ActorAlias_alias_idx" ON "ActorAlias"("alias");

-- CreateIndex
CREATE UNIQUE INDEX "ActorAlias_actorId_alias_key" ON "ActorAlias"("actorId", "alias");

-- CreateIndex
CREATE INDEX "Event_startDate_idx" ON "Event"("startDate");

-- CreateIndex
CREATE INDEX "Event_type_startDate_idx" ON "Event"("type", "startDate");

-- CreateIndex
CREATE INDEX "EventActor_actorId_eventId_idx" ON "EventActor"("actorId", "eventId");

-- CreateIndex
CREATE INDEX "Evidence_articleId_idx" ON "Evidence"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_eventId_articleId_start_key" ON "Evidence"("eventId", "articleId", "start");

