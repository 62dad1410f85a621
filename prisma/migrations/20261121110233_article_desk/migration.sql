-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- AlterEnum
ALTER TYPE "RevisionKind" ADD VALUE 'conflict';

-- AlterTable
ALTER TABLE "ArticleComment" DROP COLUMN "anchor",
ADD COLUMN     "mentionIds" TEXT[],
ADD COLUMN     "parentId" TEXT,
ADD COLUMN     "quote" TEXT,
ADD COLUMN     "resolvedById" TEXT;

-- CreateIndex
CREATE INDEX "Article_headline_trgm_idx" ON "Article" USING GIN ("headline" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ArticleComment_parentId_idx" ON "ArticleComment"("parentId");

-- AddForeignKey
ALTER TABLE "ArticleComment" ADD CONSTRAINT "ArticleComment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ArticleComment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleComment" ADD CONSTRAINT "ArticleComment_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
