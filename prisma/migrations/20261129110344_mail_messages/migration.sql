-- CreateTable
CREATE TABLE "MailMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT,
    "kind" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME
);

-- CreateIndex
CREATE INDEX "MailMessage_orgId_createdAt_idx" ON "MailMessage"("orgId", "createdAt");

-- CreateIndex
CREATE INDEX "MailMessage_orgId_kind_createdAt_idx" ON "MailMessage"("orgId", "kind", "createdAt");
