-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "conversionStatus" JSONB;

-- AlterTable
ALTER TABLE "Series" ADD COLUMN     "turnEvents" JSONB;
