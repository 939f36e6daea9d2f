-- CreateIndex
CREATE INDEX "OrgGroupMember_groupId_createdAt_userId_idx" ON "OrgGroupMember"("groupId", "createdAt", "userId");
