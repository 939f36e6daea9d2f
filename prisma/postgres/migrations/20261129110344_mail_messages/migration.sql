-- CreateTable
CREATE TABLE "MailMessage" (
    "id" TEXT NOT NULL,
    "orgId" TEXT,
    "kind" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "MailMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MailMessage_orgId_createdAt_idx" ON "MailMessage"("orgId", "createdAt");

-- CreateIndex
CREATE INDEX "MailMessage_orgId_kind_createdAt_idx" ON "MailMessage"("orgId", "kind", "createdAt");
