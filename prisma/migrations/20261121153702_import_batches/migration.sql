-- CreateEnum
CREATE TYPE "ImportBatchStatus" AS ENUM ('pending', 'imported', 'undone');

-- AlterTable
ALTER TABLE "Page" ADD COLUMN     "importBatchId" TEXT;

-- AlterTable
ALTER TABLE "Contributor" ADD COLUMN     "importBatchId" TEXT;

-- AlterTable
ALTER TABLE "ImportBatch" ADD COLUMN     "draft" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "importedAt" TIMESTAMP(3),
ADD COLUMN     "masthead" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "sourceText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "status" "ImportBatchStatus" NOT NULL DEFAULT 'pending',
ADD COLUMN     "undoneById" TEXT;

-- CreateIndex
CREATE INDEX "ImportBatch_status_createdAt_idx" ON "ImportBatch"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "Page" ADD CONSTRAINT "Page_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contributor" ADD CONSTRAINT "Contributor_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_undoneById_fkey" FOREIGN KEY ("undoneById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
