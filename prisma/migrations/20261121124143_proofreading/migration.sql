-- AlterTable
ALTER TABLE "ProofRound" ADD COLUMN     "characters" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "handedOverAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ProofMark" ADD COLUMN     "fromCheck" TEXT;

-- CreateTable
CREATE TABLE "Correction" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,
    "wrong" TEXT NOT NULL,
    "corrected" TEXT NOT NULL,
    "note" TEXT,
    "correctedOn" DATE NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Correction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Correction_articleId_idx" ON "Correction"("articleId");

-- CreateIndex
CREATE INDEX "Correction_issueId_idx" ON "Correction"("issueId");

-- CreateIndex
CREATE INDEX "Correction_correctedOn_idx" ON "Correction"("correctedOn");

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
