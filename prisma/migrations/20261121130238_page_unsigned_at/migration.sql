-- AlterTable
ALTER TABLE "Page" ADD COLUMN     "unsignedAt" TIMESTAMP(3);
