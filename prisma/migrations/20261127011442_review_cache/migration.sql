-- CreateTable
CREATE TABLE "ReviewCache" (
    "key" TEXT NOT NULL,
    "comments" JSONB NOT NULL,

    CONSTRAINT "ReviewCache_pkey" PRIMARY KEY ("key")
);
