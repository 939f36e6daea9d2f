-- DropIndex
DROP INDEX "ProvisioningLogEntry_orgId_status_at_idx";

-- CreateIndex
CREATE INDEX "ProvisioningLogEntry_orgId_status_at_appId_idx" ON "ProvisioningLogEntry"("orgId", "status", "at", "appId");
