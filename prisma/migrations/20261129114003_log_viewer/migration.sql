-- CreateTable
CREATE TABLE "SavedLogView" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Organization" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "inboundEnabled" BOOLEAN NOT NULL DEFAULT true,
    "inboundFailureEmail" TEXT,
    "logRetentionDays" INTEGER NOT NULL DEFAULT 30
);
INSERT INTO "new_Organization" ("createdAt", "id", "inboundEnabled", "inboundFailureEmail", "name", "slug") SELECT "createdAt", "id", "inboundEnabled", "inboundFailureEmail", "name", "slug" FROM "Organization";
DROP TABLE "Organization";
ALTER TABLE "new_Organization" RENAME TO "Organization";
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
