-- DropIndex
DROP INDEX "ProvisioningLogEntry_orgId_sourceId_idx";

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "helpDeskMaskedAttributes" JSONB;

-- AlterTable
ALTER TABLE "ProvisioningLogEntry" ADD COLUMN     "sourceObjectId" TEXT;

-- CreateTable
CREATE TABLE "ProvisioningLogIdentity" (
    "orgId" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,

    CONSTRAINT "ProvisioningLogIdentity_pkey" PRIMARY KEY ("orgId","term","sourceId")
);

-- CreateIndex
CREATE INDEX "ProvisioningLogIdentity_orgId_sourceId_idx" ON "ProvisioningLogIdentity"("orgId", "sourceId");

-- CreateIndex
CREATE INDEX "ProvisioningLogEntry_orgId_sourceId_at_idx" ON "ProvisioningLogEntry"("orgId", "sourceId", "at");

-- Entries logged before: the objectId of their source object, when it is still in the identity source.
UPDATE "ProvisioningLogEntry" SET "sourceObjectId" = COALESCE(
  (SELECT "objectId" FROM "SourceUser" WHERE "SourceUser"."id" = "ProvisioningLogEntry"."sourceId"),
  (SELECT "objectId" FROM "SourceGroup" WHERE "SourceGroup"."id" = "ProvisioningLogEntry"."sourceId"))
WHERE "sourceId" IS NOT NULL;

-- ...and their terms: name, UPN, the UPN's domain part and ids (entries logged from now on get every word start).
INSERT INTO "ProvisioningLogIdentity" ("orgId", "term", "sourceId")
SELECT DISTINCT "orgId", "term", "sourceId" FROM (
  SELECT "orgId", lower("displayName") AS "term", "sourceId" FROM "ProvisioningLogEntry" WHERE "displayName" IS NOT NULL
  UNION SELECT "orgId", lower("sourceIdentity"), "sourceId" FROM "ProvisioningLogEntry" WHERE "sourceIdentity" IS NOT NULL
  UNION SELECT "orgId", substr(lower("sourceIdentity"), strpos(lower("sourceIdentity"), '@')), "sourceId" FROM "ProvisioningLogEntry" WHERE strpos(lower("sourceIdentity"), '@') > 0
  UNION SELECT "orgId", lower("sourceId"), "sourceId" FROM "ProvisioningLogEntry"
  UNION SELECT "orgId", lower("sourceObjectId"), "sourceId" FROM "ProvisioningLogEntry" WHERE "sourceObjectId" IS NOT NULL
  UNION SELECT "orgId", lower("targetId"), "sourceId" FROM "ProvisioningLogEntry" WHERE "targetId" IS NOT NULL
) AS "terms" WHERE "sourceId" IS NOT NULL AND "term" <> ''
ON CONFLICT DO NOTHING;
