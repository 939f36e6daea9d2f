-- CreateIndex
CREATE INDEX "OrgGroupMember_groupId_createdAt_userId_idx" ON "OrgGroupMember"("groupId", "createdAt", "userId");

-- CreateIndex
CREATE INDEX "OrgUser_orgId_source_idx" ON "OrgUser"("orgId", "source");
