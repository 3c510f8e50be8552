-- AlterTable
ALTER TABLE "Patch" ADD COLUMN     "commentCount" INTEGER;

-- Rows written before the count existed: counted once here (the series list also falls back to counting).
UPDATE "Patch" SET "commentCount" = json_array_length(comments) WHERE comments IS NOT NULL;
