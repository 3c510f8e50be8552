-- A message's thread and person move to a narrow table (see schema.prisma, MessageLink): rewriting them in
-- the wide Message rows was the dearest write of a derive. Links already derived are carried over.

-- CreateTable
CREATE TABLE "MessageLink" (
    "messageRow" INTEGER NOT NULL,
    "threadId" INTEGER NOT NULL,
    "personId" INTEGER,

    CONSTRAINT "MessageLink_pkey" PRIMARY KEY ("messageRow")
);

-- Keep the links of an existing store
INSERT INTO "MessageLink" ("messageRow", "threadId", "personId")
SELECT "id", "threadId", "personId" FROM "Message" WHERE "threadId" IS NOT NULL;

-- DropForeignKey
ALTER TABLE "Message" DROP CONSTRAINT "Message_personId_fkey";

-- DropForeignKey
ALTER TABLE "Message" DROP CONSTRAINT "Message_threadId_fkey";

-- DropIndex
DROP INDEX "Message_personId_idx";

-- DropIndex
DROP INDEX "Message_threadId_idx";

-- AlterTable
ALTER TABLE "Message" DROP COLUMN "personId",
DROP COLUMN "threadId";

-- CreateIndex
CREATE INDEX "MessageLink_threadId_idx" ON "MessageLink"("threadId");

-- CreateIndex
CREATE INDEX "MessageLink_personId_idx" ON "MessageLink"("personId");

-- AddForeignKey
ALTER TABLE "MessageLink" ADD CONSTRAINT "MessageLink_messageRow_fkey" FOREIGN KEY ("messageRow") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;
