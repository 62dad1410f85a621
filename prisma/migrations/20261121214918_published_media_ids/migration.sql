-- AlterTable
ALTER TABLE "PublishedArticle" ADD COLUMN     "mediaIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Articles published before: their photos, read off their HTML (a figure's
-- image and srcset are /media/{id}/…).
UPDATE "PublishedArticle" SET "mediaIds" = ARRAY(SELECT DISTINCT m[1] FROM regexp_matches("html", '/media/([A-Za-z0-9]+)', 'g') AS m) WHERE "html" LIKE '%/media/%';

-- CreateIndex
CREATE INDEX "PublishedArticle_mediaIds_idx" ON "PublishedArticle" USING GIN ("mediaIds");
