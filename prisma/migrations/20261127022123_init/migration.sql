-- CreateTable
CREATE TABLE "MailingList" (
    "id" SERIAL NOT NULL,
    "listId" TEXT NOT NULL,

    CONSTRAINT "MailingList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonAddress" (
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "personId" INTEGER NOT NULL,

    CONSTRAINT "PersonAddress_pkey" PRIMARY KEY ("email")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" SERIAL NOT NULL,
    "messageId" TEXT NOT NULL,
    "messageIdSynthesized" BOOLEAN NOT NULL DEFAULT false,
    "subject" TEXT NOT NULL,
    "fromName" TEXT NOT NULL,
    "fromEmail" TEXT NOT NULL,
    "personId" INTEGER,
    "date" TIMESTAMPTZ(3),
    "dateSource" TEXT NOT NULL,
    "inReplyTo" TEXT,
    "references" TEXT[],
    "kind" TEXT NOT NULL,
    "rawRef" TEXT NOT NULL,
    "rawSize" INTEGER NOT NULL,
    "threadId" INTEGER,
    "facts" JSON,
    "ingestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MessageCopy" (
    "messageId" INTEGER NOT NULL,
    "listId" INTEGER NOT NULL,

    CONSTRAINT "MessageCopy_pkey" PRIMARY KEY ("messageId","listId")
);

-- CreateTable
CREATE TABLE "Quarantine" (
    "id" SERIAL NOT NULL,
    "sha256" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "rawRef" TEXT NOT NULL,
    "rawSize" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Quarantine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceCursor" (
    "id" SERIAL NOT NULL,
    "location" TEXT NOT NULL,
    "lastCommit" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SourceCursor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Thread" (
    "id" SERIAL NOT NULL,
    "rootMessageId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "lastDate" TIMESTAMPTZ(3),

    CONSTRAINT "Thread_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Series" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "authorEmail" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'new',
    "stateManual" BOOLEAN NOT NULL DEFAULT false,
    "lastActivity" TIMESTAMPTZ(3),
    "turnEvents" JSON,

    CONSTRAINT "Series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" SERIAL NOT NULL,
    "seriesId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "versionInferred" BOOLEAN NOT NULL,
    "postingKey" TEXT NOT NULL,
    "date" TIMESTAMPTZ(3),
    "coverMessageId" TEXT,
    "coverSubject" TEXT,
    "patchCount" INTEGER NOT NULL,
    "linkEvidence" JSON,
    "changelog" JSON,
    "conversionStatus" JSON,
    "comments" JSON,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Patch" (
    "id" SERIAL NOT NULL,
    "revisionId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "messageRow" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "patchId" TEXT,
    "previous" JSON,
    "files" JSON,
    "trailers" JSON,
    "comments" JSON,

    CONSTRAINT "Patch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StateChange" (
    "id" SERIAL NOT NULL,
    "seriesId" INTEGER NOT NULL,
    "fromState" TEXT NOT NULL,
    "toState" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StateChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RawBlob" (
    "id" SERIAL NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "RawBlob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meta" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "Meta_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ReviewCache" (
    "key" TEXT NOT NULL,
    "comments" JSON NOT NULL,

    CONSTRAINT "ReviewCache_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "MailingList_listId_key" ON "MailingList"("listId");

-- CreateIndex
CREATE INDEX "PersonAddress_personId_idx" ON "PersonAddress"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Message_messageId_key" ON "Message"("messageId");

-- CreateIndex
CREATE INDEX "Message_threadId_idx" ON "Message"("threadId");

-- CreateIndex
CREATE INDEX "Message_date_idx" ON "Message"("date");

-- CreateIndex
CREATE INDEX "Message_inReplyTo_idx" ON "Message"("inReplyTo");

-- CreateIndex
CREATE INDEX "Message_personId_idx" ON "Message"("personId");

-- CreateIndex
CREATE INDEX "MessageCopy_listId_idx" ON "MessageCopy"("listId");

-- CreateIndex
CREATE UNIQUE INDEX "Quarantine_sha256_key" ON "Quarantine"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "SourceCursor_location_key" ON "SourceCursor"("location");

-- CreateIndex
CREATE UNIQUE INDEX "Thread_rootMessageId_key" ON "Thread"("rootMessageId");

-- CreateIndex
CREATE UNIQUE INDEX "Series_key_key" ON "Series"("key");

-- CreateIndex
CREATE INDEX "Series_lastActivity_idx" ON "Series"("lastActivity");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_postingKey_key" ON "Revision"("postingKey");

-- CreateIndex
CREATE INDEX "Revision_seriesId_version_idx" ON "Revision"("seriesId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Patch_messageRow_key" ON "Patch"("messageRow");

-- CreateIndex
CREATE INDEX "Patch_revisionId_number_idx" ON "Patch"("revisionId", "number");

-- CreateIndex
CREATE INDEX "Patch_patchId_idx" ON "Patch"("patchId");

-- CreateIndex
CREATE INDEX "StateChange_seriesId_idx" ON "StateChange"("seriesId");

-- AddForeignKey
ALTER TABLE "PersonAddress" ADD CONSTRAINT "PersonAddress_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "Thread"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageCopy" ADD CONSTRAINT "MessageCopy_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageCopy" ADD CONSTRAINT "MessageCopy_listId_fkey" FOREIGN KEY ("listId") REFERENCES "MailingList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Patch" ADD CONSTRAINT "Patch_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Patch" ADD CONSTRAINT "Patch_messageRow_fkey" FOREIGN KEY ("messageRow") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StateChange" ADD CONSTRAINT "StateChange_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series"("id") ON DELETE CASCADE ON UPDATE CASCADE;
