-- CreateTable
CREATE TABLE "SourceDirectoryCounter" (
    "orgId" TEXT NOT NULL PRIMARY KEY,
    "seq" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "SourceUser" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "objectId" TEXT NOT NULL,
    "userPrincipalName" TEXT NOT NULL,
    "upnLower" TEXT NOT NULL,
    "mail" TEXT,
    "mailNickname" TEXT,
    "givenName" TEXT,
    "surname" TEXT,
    "displayName" TEXT NOT NULL,
    "displayNameLower" TEXT NOT NULL,
    "department" TEXT,
    "jobTitle" TEXT,
    "employeeId" TEXT,
    "costCenter" TEXT,
    "division" TEXT,
    "companyName" TEXT,
    "officeLocation" TEXT,
    "accountEnabled" BOOLEAN NOT NULL DEFAULT true,
    "changeSeq" INTEGER NOT NULL DEFAULT 0,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SourceGroup" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "objectId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "displayNameLower" TEXT NOT NULL,
    "description" TEXT,
    "mailNickname" TEXT,
    "changeSeq" INTEGER NOT NULL DEFAULT 0,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SourceGroupMember" (
    "groupId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("groupId", "userId"),
    CONSTRAINT "SourceGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "SourceGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SourceGroupMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "SourceUser" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EnterpriseApp" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "tenantUrl" TEXT,
    "credentials" TEXT,
    "credentialsVersion" INTEGER NOT NULL DEFAULT 0,
    "oauthClientId" TEXT,
    "oauthRedirectUri" TEXT,
    "pendingAuthState" TEXT,
    "pendingAuth" TEXT,
    "pendingAuthExpires" DATETIME,
    "targetOrgId" TEXT,
    "targetOrgName" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AppAssignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "appId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "principalType" TEXT NOT NULL,
    "sourceUserId" TEXT,
    "sourceGroupId" TEXT,
    "changeSeq" INTEGER NOT NULL DEFAULT 0,
    "removedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AppAssignment_appId_fkey" FOREIGN KEY ("appId") REFERENCES "EnterpriseApp" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AppAssignment_sourceUserId_fkey" FOREIGN KEY ("sourceUserId") REFERENCES "SourceUser" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AppAssignment_sourceGroupId_fkey" FOREIGN KEY ("sourceGroupId") REFERENCES "SourceGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProvisioningJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "appId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "mode" TEXT NOT NULL DEFAULT 'manual',
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "scope" TEXT NOT NULL DEFAULT 'assigned',
    "notificationEmail" TEXT,
    "notifyOnFailure" BOOLEAN NOT NULL DEFAULT false,
    "preventDeletes" BOOLEAN NOT NULL DEFAULT true,
    "deleteThreshold" INTEGER NOT NULL DEFAULT 500,
    "intervalMinutes" INTEGER NOT NULL DEFAULT 40,
    "mapping" JSONB,
    "configHash" TEXT,
    "syncedConfigHash" TEXT,
    "watermark" INTEGER NOT NULL DEFAULT 0,
    "fullSyncRequired" BOOLEAN NOT NULL DEFAULT true,
    "nextRunAt" DATETIME,
    "syncRequestedAt" DATETIME,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "currentCycleId" TEXT,
    "quarantinedAt" DATETIME,
    "quarantineReason" TEXT,
    "quarantineCode" TEXT,
    "quarantineRequest" JSONB,
    "quarantineLevel" INTEGER NOT NULL DEFAULT 0,
    "deletesHeldAt" DATETIME,
    "heldDeleteCount" INTEGER NOT NULL DEFAULT 0,
    "allowDeletesOnce" BOOLEAN NOT NULL DEFAULT false,
    "stats" JSONB,
    "lastCycleFinishedAt" DATETIME,
    "lastCycleDurationMs" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ProvisioningJob_appId_fkey" FOREIGN KEY ("appId") REFERENCES "EnterpriseApp" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProvisioningCycle" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "jobId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "fromSeq" INTEGER NOT NULL,
    "toSeq" INTEGER NOT NULL,
    "phase" TEXT NOT NULL DEFAULT 'users',
    "cursor" TEXT,
    "totalUsers" INTEGER NOT NULL DEFAULT 0,
    "totalGroups" INTEGER NOT NULL DEFAULT 0,
    "processedUsers" INTEGER NOT NULL DEFAULT 0,
    "processedGroups" INTEGER NOT NULL DEFAULT 0,
    "counts" JSONB,
    "error" TEXT,
    "resumedCount" INTEGER NOT NULL DEFAULT 0,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "durationMs" INTEGER
);

-- CreateTable
CREATE TABLE "ProvisioningObjectState" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "jobId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "targetId" TEXT,
    "lifecycle" TEXT NOT NULL DEFAULT 'active',
    "exported" JSONB,
    "members" JSONB,
    "needsSync" BOOLEAN NOT NULL DEFAULT false,
    "heldAction" TEXT,
    "lastError" TEXT,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ProvisioningLogEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "appId" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "changeId" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "durationMs" INTEGER NOT NULL DEFAULT 0,
    "objectType" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "displayName" TEXT,
    "identityLower" TEXT,
    "sourceId" TEXT,
    "sourceIdentity" TEXT,
    "targetId" TEXT,
    "sourceSystem" TEXT NOT NULL,
    "targetSystem" TEXT NOT NULL,
    "steps" JSONB NOT NULL,
    "modifiedProperties" JSONB,
    "errorCode" TEXT,
    "errorReason" TEXT,
    "recommendation" TEXT,
    "requestIds" JSONB
);

-- CreateIndex
CREATE INDEX "SourceUser_orgId_upnLower_idx" ON "SourceUser"("orgId", "upnLower");

-- CreateIndex
CREATE INDEX "SourceUser_orgId_displayNameLower_idx" ON "SourceUser"("orgId", "displayNameLower");

-- CreateIndex
CREATE INDEX "SourceUser_orgId_changeSeq_idx" ON "SourceUser"("orgId", "changeSeq");

-- CreateIndex
CREATE INDEX "SourceUser_orgId_deletedAt_idx" ON "SourceUser"("orgId", "deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SourceUser_orgId_objectId_key" ON "SourceUser"("orgId", "objectId");

-- CreateIndex
CREATE INDEX "SourceGroup_orgId_displayNameLower_idx" ON "SourceGroup"("orgId", "displayNameLower");

-- CreateIndex
CREATE INDEX "SourceGroup_orgId_changeSeq_idx" ON "SourceGroup"("orgId", "changeSeq");

-- CreateIndex
CREATE UNIQUE INDEX "SourceGroup_orgId_objectId_key" ON "SourceGroup"("orgId", "objectId");

-- CreateIndex
CREATE INDEX "SourceGroupMember_userId_idx" ON "SourceGroupMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "EnterpriseApp_pendingAuthState_key" ON "EnterpriseApp"("pendingAuthState");

-- CreateIndex
CREATE UNIQUE INDEX "EnterpriseApp_orgId_name_key" ON "EnterpriseApp"("orgId", "name");

-- CreateIndex
CREATE INDEX "AppAssignment_appId_changeSeq_idx" ON "AppAssignment"("appId", "changeSeq");

-- CreateIndex
CREATE INDEX "AppAssignment_sourceGroupId_idx" ON "AppAssignment"("sourceGroupId");

-- CreateIndex
CREATE UNIQUE INDEX "AppAssignment_appId_sourceUserId_key" ON "AppAssignment"("appId", "sourceUserId");

-- CreateIndex
CREATE UNIQUE INDEX "AppAssignment_appId_sourceGroupId_key" ON "AppAssignment"("appId", "sourceGroupId");

-- CreateIndex
CREATE UNIQUE INDEX "ProvisioningJob_appId_key" ON "ProvisioningJob"("appId");

-- CreateIndex
CREATE INDEX "ProvisioningJob_enabled_nextRunAt_idx" ON "ProvisioningJob"("enabled", "nextRunAt");

-- CreateIndex
CREATE INDEX "ProvisioningCycle_jobId_startedAt_idx" ON "ProvisioningCycle"("jobId", "startedAt");

-- CreateIndex
CREATE INDEX "ProvisioningObjectState_jobId_needsSync_idx" ON "ProvisioningObjectState"("jobId", "needsSync");

-- CreateIndex
CREATE UNIQUE INDEX "ProvisioningObjectState_jobId_kind_sourceId_key" ON "ProvisioningObjectState"("jobId", "kind", "sourceId");

-- CreateIndex
CREATE INDEX "ProvisioningLogEntry_orgId_at_idx" ON "ProvisioningLogEntry"("orgId", "at");

-- CreateIndex
CREATE INDEX "ProvisioningLogEntry_orgId_status_at_idx" ON "ProvisioningLogEntry"("orgId", "status", "at");

-- CreateIndex
CREATE INDEX "ProvisioningLogEntry_orgId_action_at_idx" ON "ProvisioningLogEntry"("orgId", "action", "at");

-- CreateIndex
CREATE INDEX "ProvisioningLogEntry_orgId_appId_at_idx" ON "ProvisioningLogEntry"("orgId", "appId", "at");

-- CreateIndex
CREATE INDEX "ProvisioningLogEntry_orgId_identityLower_idx" ON "ProvisioningLogEntry"("orgId", "identityLower");

-- CreateIndex
CREATE INDEX "ProvisioningLogEntry_orgId_sourceId_idx" ON "ProvisioningLogEntry"("orgId", "sourceId");

-- CreateIndex
CREATE INDEX "ProvisioningLogEntry_orgId_targetId_idx" ON "ProvisioningLogEntry"("orgId", "targetId");

-- CreateIndex
CREATE INDEX "ProvisioningLogEntry_cycleId_idx" ON "ProvisioningLogEntry"("cycleId");

-- CreateIndex
CREATE INDEX "ProvisioningLogEntry_changeId_idx" ON "ProvisioningLogEntry"("changeId");
