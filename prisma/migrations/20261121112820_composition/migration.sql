-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "pageColumns" INTEGER NOT NULL DEFAULT 8,
ADD COLUMN     "pageHeightMm" INTEGER NOT NULL DEFAULT 530,
ADD COLUMN     "pageWidthMm" INTEGER NOT NULL DEFAULT 380;

-- AlterTable
ALTER TABLE "Page" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "PagePresence" (
    "pageId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PagePresence_pkey" PRIMARY KEY ("pageId","userId")
);

-- CreateIndex
CREATE INDEX "PagePresence_pageId_seenAt_idx" ON "PagePresence"("pageId", "seenAt");

-- AddForeignKey
ALTER TABLE "PagePresence" ADD CONSTRAINT "PagePresence_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PagePresence" ADD CONSTRAINT "PagePresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
