-- AlterTable
ALTER TABLE "Patch" DROP COLUMN "files",
ADD COLUMN     "reviewKey" TEXT;

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "coverReviewKey" TEXT;

-- DropTable
DROP TABLE "ReviewCache";
