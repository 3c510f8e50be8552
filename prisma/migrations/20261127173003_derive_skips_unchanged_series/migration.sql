-- AlterTable
ALTER TABLE "Patch" ADD COLUMN     "openObjection" BOOLEAN;

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "coverOpenObjection" BOOLEAN;

-- AlterTable
ALTER TABLE "Series" ADD COLUMN     "derivedHash" TEXT;
