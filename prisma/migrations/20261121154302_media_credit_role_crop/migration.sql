-- CreateEnum
CREATE TYPE "MediaCreditRole" AS ENUM ('photo', 'courtesy');

-- AlterTable
ALTER TABLE "Media" ADD COLUMN     "creditRole" "MediaCreditRole" NOT NULL DEFAULT 'photo',
ADD COLUMN     "crop" JSONB;
