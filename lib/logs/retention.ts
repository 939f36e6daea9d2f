// Log retention (PRODUCT.md §7, beyond Entra's fixed 30 days): per organization, for the provisioning log and the
// inbound SCIM request log alike; a background job (logs.purge-expired) deletes what is older, in small batches.
import { z } from "zod";
import { prisma, requestLogDb } from "@/lib/db/client";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/parse-input";
import { refreshStatistics } from "@/lib/db/refresh-statistics";
import { purgeDailyCounts } from "./daily-outcome-counts";
import { sql } from "@/lib/db/sql";
import { purgeHourlyCounts } from "./purge-hourly-counts";
import { metrics } from "@/lib/ops/metrics";

export const DEFAULT_RETENTION_DAYS = 30;
export const ZLogRetention = z.object({
  days: z.coerce
    .number({ error: "Enter a number of days." })
    .int("Enter whole days.")
    .min(1, "Keep logs at least 1 day.")
    .max(3650, "Keep logs at most 3650 days (10 years)."),
});

const DAY_MS = 86_400_000;
const PURGE_BATCH = 5000;

export async function getLogRetentionDays(orgId: string): Promise<number> {
  const org = await prisma.organization.findUnique({ where: { id: orgId }, select: { logRetentionDays: true } });
  return org?.logRetentionDays ?? DEFAULT_RETENTION_DAYS;
}

export async function setLogRetentionDays(
  orgId: string,
  input: unknown,
  actor: Actor,
): Promise<{ days: number; previous: number }> {
  const { days } = parseInput(ZLogRetention, input, { message: "Check the retention period." });
  return prisma.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({ where: { id: orgId }, select: { logRetentionDays: true } });
    if (!org) throw new AppError("not_found", "Organization not found.");
    if (org.logRetentionDays !== days) {
      await tx.organization.update({ where: { id: orgId }, data: { logRetentionDays: days } });
      await recordAuditEvent(
        {
          orgId,
          actor,
          action: "logs.retention.change",
          targetType: "organization",
          targetId: orgId,
          oldValue: { logRetentionDays: org.logRetentionDays },
          newValue: { logRetentionDays: days },
        },
        tx,
      );
    }
    return { days, previous: org.logRetentionDays };
  });
}

/** Deletes up to PURGE_BATCH rows per statement, so writers (the engine, the SCIM endpoint) never wait long. */
async function purgeTable(
  table: "ProvisioningLogEntry" | "ScimRequestLog",
  orgId: string | null,
  before: Date,
): Promise<number> {
  const scope = orgId === null ? sql`"orgId" IS NULL` : sql`"orgId" = ${orgId}`;
  const t = table === "ProvisioningLogEntry" ? sql`"ProvisioningLogEntry"` : sql`"ScimRequestLog"`;
  const db = table === "ProvisioningLogEntry" ? prisma : requestLogDb;
  let total = 0;
  for (;;) {
    const n = await db.$executeRaw(
      sql`DELETE FROM ${t} WHERE "id" IN (SELECT "id" FROM ${t} WHERE ${scope} AND "at" < ${before} LIMIT ${PURGE_BATCH})`,
    );
    total += n;
    if (n < PURGE_BATCH) return total;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export type PurgeSummary = { provisioning: number; scim: number; statistics: boolean };

/**
 * Run hourly by the background job (and once at start-up): deletes what is past retention, then refreshes the
 * query planner's statistics. Requests with no organization (refused tokens) are kept the default period.
 */
export async function purgeExpiredLogs(now: Date): Promise<PurgeSummary> {
  const orgs = await prisma.organization.findMany({ select: { id: true, logRetentionDays: true } });
  const summary: PurgeSummary = { provisioning: 0, scim: 0, statistics: false };
  for (const org of orgs) {
    const before = new Date(now.getTime() - org.logRetentionDays * DAY_MS);
    summary.provisioning += await purgeTable("ProvisioningLogEntry", org.id, before);
    await purgeDailyCounts(org.id, before);
    summary.scim += await purgeTable("ScimRequestLog", org.id, before);
    await purgeHourlyCounts(org.id, before);
  }
  summary.scim += await purgeTable("ScimRequestLog", null, new Date(now.getTime() - DEFAULT_RETENTION_DAYS * DAY_MS));
  metrics.logRowsPurged.inc({ log: "provisioning" }, summary.provisioning);
  metrics.logRowsPurged.inc({ log: "scim" }, summary.scim);
  summary.statistics = await refreshStatistics();
  return summary;
}
