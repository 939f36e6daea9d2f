-- CreateTable
CREATE TABLE "ScimRequestHourlyCount" (
    "orgId" TEXT NOT NULL,
    "hour" TEXT NOT NULL,
    "requests" INTEGER NOT NULL DEFAULT 0,
    "errors" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ScimRequestHourlyCount_pkey" PRIMARY KEY ("orgId","hour")
);

-- CreateTable
CREATE TABLE "ProvisioningLogHourlyCount" (
    "orgId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "hour" TEXT NOT NULL,
    "appId" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProvisioningLogHourlyCount_pkey" PRIMARY KEY ("orgId","status","hour","appId")
);

-- Count the entries and requests already in the logs.
INSERT INTO "ProvisioningLogHourlyCount" ("orgId", "status", "hour", "appId", "count")
SELECT "orgId", "status", to_char("at", 'YYYY-MM-DD"T"HH24'), "appId", count(*) FROM "ProvisioningLogEntry" GROUP BY 1, 2, 3, 4;
INSERT INTO "ScimRequestHourlyCount" ("orgId", "hour", "requests", "errors")
SELECT "orgId", to_char("at", 'YYYY-MM-DD"T"HH24'), count(*), sum(CASE WHEN "status" >= 400 THEN 1 ELSE 0 END) FROM "ScimRequestLog" WHERE "orgId" IS NOT NULL GROUP BY 1, 2;
