-- AlterTable
ALTER TABLE "Domain" ADD COLUMN "lastCheck" JSONB;
ALTER TABLE "Domain" ADD COLUMN "method" TEXT;
ALTER TABLE "Domain" ADD COLUMN "reminderSentAt" DATETIME;
ALTER TABLE "Domain" ADD COLUMN "verifiedName" TEXT;

-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT,
    "leaseUntil" DATETIME NOT NULL,
    "nextRunAt" DATETIME NOT NULL,
    "lastStartedAt" DATETIME,
    "lastFinishedAt" DATETIME,
    "lastOwner" TEXT,
    "lastError" TEXT,
    "lastSummary" TEXT,
    "runs" INTEGER NOT NULL DEFAULT 0
);

-- CreateIndex
CREATE UNIQUE INDEX "Domain_verifiedName_key" ON "Domain"("verifiedName");

-- CreateIndex
CREATE INDEX "Domain_status_lastCheckedAt_idx" ON "Domain"("status", "lastCheckedAt");
