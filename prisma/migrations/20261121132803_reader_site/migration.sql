-- AlterTable
ALTER TABLE "Issue" ADD COLUMN     "withdrawnAt" TIMESTAMP(3),
ADD COLUMN     "withdrawnReason" TEXT;

-- AlterTable
ALTER TABLE "PublishedArticle" ADD COLUMN     "current" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE INDEX "PublishedArticle_current_idx" ON "PublishedArticle"("current");

-- CreateIndex
CREATE INDEX "PublishedArticle_headline_trgm_idx" ON "PublishedArticle" USING GIN ("headline" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PublishedArticle_text_trgm_idx" ON "PublishedArticle" USING GIN ("text" gin_trgm_ops);
