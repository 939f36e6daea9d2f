-- CreateTable
CREATE TABLE "SourceDirectoryCounter" (
    "orgId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SourceDirectoryCounter_pkey" PRIMARY KEY ("orgId")
);

-- CreateTable
CREATE TABLE "SourceUser" (
    "id" TEXT NOT NULL,
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
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SourceUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceGroup" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "objectId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "displayNameLower" TEXT NOT NULL,
    "description" TEXT,
    "mailNickname" TEXT,
    "changeSeq" INTEGER NOT NULL DEFAULT 0,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SourceGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceGroupMember" (
    "groupId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceGroupMember_pkey" PRIMARY KEY ("groupId","userId")
);

-- CreateTable
CREATE TABLE "EnterpriseApp" (
    "id" TEXT NOT NULL,
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
    "pendingAuthExpires" TIMESTAMP(3),
    "targetOrgId" TEXT,
    "targetOrgName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EnterpriseApp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppAssignment" (
    "id" TEXT NOT NULL,
    "appId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "principalType" TEXT NOT NULL,
    "sourceUserId" TEXT,
    "sourceGroupId" TEXT,
    "changeSeq" INTEGER NOT NULL DEFAULT 0,
    "removedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProvisioningJob" (
    "id" TEXT NOT NULL,
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
    "nextRunAt" TIMESTAMP(3),
    "syncRequestedAt" TIMESTAMP(3),
    "leaseOwner" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "currentCycleId" TEXT,
    "quarantinedAt" TIMESTAMP(3),
    "quarantineReason" TEXT,
    "quarantineCode" TEXT,
    "quarantineRequest" JSONB,
    "quarantineLevel" INTEGER NOT NULL DEFAULT 0,
    "deletesHeldAt" TIMESTAMP(3),
    "heldDeleteCount" INTEGER NOT NULL DEFAULT 0,
    "allowDeletesOnce" BOOLEAN NOT NULL DEFAULT false,
    "stats" JSONB,
    "lastCycleFinishedAt" TIMESTAMP(3),
    "lastCycleDurationMs" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProvisioningJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProvisioningCycle" (
    "id" TEXT NOT NULL,
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
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "durationMs" INTEGER,

    CONSTRAINT "ProvisioningCycle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProvisioningObjectState" (
    "id" TEXT NOT NULL,
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
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProvisioningObjectState_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProvisioningLogEntry" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "appId" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "changeId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
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
    "requestIds" JSONB,

    CONSTRAINT "ProvisioningLogEntry_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "SourceGroupMember" ADD CONSTRAINT "SourceGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "SourceGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceGroupMember" ADD CONSTRAINT "SourceGroupMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "SourceUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppAssignment" ADD CONSTRAINT "AppAssignment_appId_fkey" FOREIGN KEY ("appId") REFERENCES "EnterpriseApp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppAssignment" ADD CONSTRAINT "AppAssignment_sourceUserId_fkey" FOREIGN KEY ("sourceUserId") REFERENCES "SourceUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppAssignment" ADD CONSTRAINT "AppAssignment_sourceGroupId_fkey" FOREIGN KEY ("sourceGroupId") REFERENCES "SourceGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvisioningJob" ADD CONSTRAINT "ProvisioningJob_appId_fkey" FOREIGN KEY ("appId") REFERENCES "EnterpriseApp"("id") ON DELETE CASCADE ON UPDATE CASCADE;
