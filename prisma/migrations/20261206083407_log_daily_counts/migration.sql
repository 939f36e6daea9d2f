-- CreateTable
CREATE TABLE "ProvisioningLogDailyCount" (
    "orgId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "appId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("orgId", "day", "appId", "status")
);

-- Count the entries already in the log.
INSERT INTO "ProvisioningLogDailyCount" ("orgId", "day", "appId", "status", "count")
SELECT "orgId", substr("at", 1, 10), "appId", "status", count(*) FROM "ProvisioningLogEntry" GROUP BY 1, 2, 3, 4;
