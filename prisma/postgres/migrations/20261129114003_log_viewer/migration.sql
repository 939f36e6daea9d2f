-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "logRetentionDays" INTEGER NOT NULL DEFAULT 30;

-- CreateTable
CREATE TABLE "SavedLogView" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SavedLogView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SavedLogView_orgId_accountId_kind_name_key" ON "SavedLogView"("orgId", "accountId", "kind", "name");

-- CreateIndex
CREATE INDEX "ProvisioningLogEntry_orgId_sourceIdentity_idx" ON "ProvisioningLogEntry"("orgId", "sourceIdentity");

-- CreateIndex
CREATE INDEX "ScimRequestLog_orgId_resourceName_idx" ON "ScimRequestLog"("orgId", "resourceName");

-- CreateIndex
CREATE INDEX "ScimRequestLog_orgId_resourceId_idx" ON "ScimRequestLog"("orgId", "resourceId");

-- CreateIndex
CREATE INDEX "ScimRequestLog_orgId_status_at_idx" ON "ScimRequestLog"("orgId", "status", "at");
