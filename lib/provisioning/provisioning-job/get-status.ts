// What the provisioning page and its progress poll show (PRODUCT.md §5): settings, whether a cycle runs and how far
// it is, the last cycle, statistics to date, quarantine and held deletions. No secret leaves this function.
import { prisma } from "@/lib/db/client";
import { configHash } from "@/lib/mapping/config-hash";
import { describeCredentials } from "../app-credentials/app-credentials";
import { readCounts, readStats } from "../engine/counts";
import { readMapping } from "@/lib/mapping/read-mapping";
import { nextCycleType } from "../engine/start-cycle";
import type { FailingRequest } from "../engine/types";
import { findApp } from "../apps/find-app";
import { isLeaseHeld } from "./lease";

type CycleRow = NonNullable<Awaited<ReturnType<typeof prisma.provisioningCycle.findUnique>>>;

function cycleView(c: CycleRow) {
  const total = c.totalUsers + c.totalGroups;
  const done = c.processedUsers + c.processedGroups;
  const finished = c.status !== "running";
  return {
    id: c.id,
    type: c.type,
    status: c.status,
    trigger: c.trigger,
    totalUsers: c.totalUsers,
    totalGroups: c.totalGroups,
    processedUsers: c.processedUsers,
    processedGroups: c.processedGroups,
    percent: finished ? 100 : total === 0 ? 0 : Math.min(99, Math.floor((done / total) * 100)),
    counts: readCounts(c.counts),
    startedAt: c.startedAt.toISOString(),
    finishedAt: c.finishedAt?.toISOString() ?? null,
    durationMs: c.durationMs,
    error: c.error,
  };
}

export async function getProvisioningStatus(orgId: string, appRef: string, now = new Date()) {
  const app = await findApp(orgId, appRef);
  const job = app.job;
  const [current, last] = await Promise.all([
    job.currentCycleId ? prisma.provisioningCycle.findUnique({ where: { id: job.currentCycleId } }) : null,
    prisma.provisioningCycle.findFirst({
      where: { jobId: job.id, status: { not: "running" }, type: { not: "on-demand" } },
      orderBy: { startedAt: "desc" },
    }),
  ]);
  const running = isLeaseHeld(job, now) && current?.status === "running";
  const mapping = readMapping(job.mapping);
  return {
    app: {
      id: app.id,
      name: app.name,
      kind: app.kind,
      tenantUrl: app.tenantUrl,
      targetOrgName: app.targetOrgName,
      credentials: describeCredentials(app.credentials),
    },
    settings: {
      mode: job.mode,
      enabled: job.enabled,
      scope: job.scope,
      notificationEmail: job.notificationEmail,
      notifyOnFailure: job.notifyOnFailure,
      preventDeletes: job.preventDeletes,
      deleteThreshold: job.deleteThreshold,
      intervalMinutes: job.intervalMinutes,
    },
    running,
    current: current && current.status === "running" ? { ...cycleView(current), interrupted: !running } : null,
    last: last ? cycleView(last) : null,
    lastCycleFinishedAt: job.lastCycleFinishedAt?.toISOString() ?? null,
    lastCycleDurationMs: job.lastCycleDurationMs,
    nextRunAt: job.enabled && job.mode === "automatic" ? (job.nextRunAt?.toISOString() ?? now.toISOString()) : null,
    nextCycleType: nextCycleType(job, configHash(mapping, job.scope)),
    stats: readStats(job.stats),
    quarantine: job.quarantinedAt
      ? {
          since: job.quarantinedAt.toISOString(),
          reason: job.quarantineReason,
          code: job.quarantineCode,
          request: (job.quarantineRequest as FailingRequest | null) ?? null,
          level: job.quarantineLevel,
        }
      : null,
    hold: job.deletesHeldAt ? { since: job.deletesHeldAt.toISOString(), count: job.heldDeleteCount } : null,
    mapping,
  };
}

export type ProvisioningStatus = Awaited<ReturnType<typeof getProvisioningStatus>>;
