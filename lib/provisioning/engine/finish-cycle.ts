// The end of a cycle: its record, the job's watermark and statistics, quarantine (with escalating retries) or an
// accidental-deletion hold, the next run, and the notifications. Only while the runner still holds the job's lease:
// one that lost it (stalled past its lease) leaves the cycle to the process that took over, which finishes it once.
import { prisma } from "@/lib/db/client";
import { Prisma, type ProvisioningJob } from "@/lib/db/generated/sqlite/client";
import { mergeCounts, readStats } from "./counts";
import { quarantineDelayMs, shouldGiveUp, type Verdict } from "./health";
import { notifyCycle } from "./notify-cycle";
import type { CycleCounts } from "./types";
import { logger } from "@/lib/log/logger";
import { metrics } from "@/lib/ops/metrics";

export type CycleResult = {
  cycleId: string;
  type: string;
  status: "completed" | "quarantined" | "interrupted";
  counts: CycleCounts;
  durationMs: number;
  verdict?: Verdict;
  held?: number;
};

type FinishInput = {
  job: ProvisioningJob;
  cycleId: string;
  type: string;
  toSeq: number;
  hash: string;
  counts: CycleCounts;
  plan: { deprovisions: number; hold: boolean };
  verdict: Verdict | null;
  startedAt: Date;
  appName: string;
  runMs: number;
};

export const HOLD_CODE = "AccidentalDeletionThresholdExceeded";

export async function finishCycle(input: FinishInput): Promise<CycleResult> {
  const { cycleId, counts, plan, verdict } = input;
  const now = new Date();
  const durationMs = now.getTime() - input.startedAt.getTime();
  const fresh = (await prisma.provisioningJob.findUnique({ where: { id: input.job.id } }))!;
  const held = plan.hold ? counts.users.staged + counts.groups.staged : 0;
  const status = verdict || plan.hold ? "quarantined" : "completed";
  const holdReason = `This cycle would disable or delete ${plan.deprovisions} objects, more than the accidental-deletion threshold of ${fresh.deleteThreshold}. They are held until an admin allows them.`;
  const stats = readStats(fresh.stats);
  const nextStats = {
    ...mergeCounts(stats, counts),
    cycles: stats.cycles + 1,
    since: stats.since ?? input.startedAt.toISOString(),
  };
  const interval = fresh.intervalMinutes * 60_000;
  const requestedDuring = fresh.syncRequestedAt !== null && fresh.syncRequestedAt > input.startedAt;

  const common = { currentCycleId: null, lastCycleFinishedAt: now, lastCycleDurationMs: durationMs, stats: nextStats };
  let data: Parameters<typeof prisma.provisioningJob.updateMany>[0]["data"];
  if (verdict) {
    const level = fresh.quarantineLevel + 1;
    const since = fresh.quarantinedAt ?? now;
    const giveUp = shouldGiveUp(since, now);
    data = {
      ...common,
      quarantinedAt: since,
      quarantineReason: giveUp
        ? `${verdict.reason} Provisioning was turned off after four weeks in quarantine.`
        : verdict.reason,
      quarantineCode: verdict.code,
      quarantineRequest: verdict.request ? (verdict.request as object) : undefined,
      quarantineLevel: level,
      nextRunAt: new Date(now.getTime() + quarantineDelayMs(level, fresh.intervalMinutes)),
      ...(giveUp ? { enabled: false } : {}),
    };
  } else {
    data = {
      ...common,
      watermark: input.toSeq,
      syncedConfigHash: input.hash,
      fullSyncRequired: false,
      allowDeletesOnce: false,
      nextRunAt: new Date(now.getTime() + (requestedDuring ? 0 : interval)),
      ...(plan.hold
        ? {
            quarantinedAt: fresh.quarantinedAt ?? now,
            quarantineReason: holdReason,
            quarantineCode: HOLD_CODE,
            quarantineRequest: Prisma.DbNull,
            deletesHeldAt: fresh.deletesHeldAt ?? now,
            heldDeleteCount: held,
          }
        : {
            quarantinedAt: null,
            quarantineReason: null,
            quarantineCode: null,
            quarantineRequest: Prisma.DbNull,
            quarantineLevel: 0,
            deletesHeldAt: null,
            heldDeleteCount: 0,
          }),
    };
  }
  // The job row moves only where this runner's lease is still recorded (input.job was read after the claim), and
  // the cycle is recorded as ended in the same transaction: a runner that lost the lease changes neither.
  const finished = await prisma.$transaction(async (tx) => {
    const owned = await tx.provisioningJob.updateMany({
      where: { id: fresh.id, leaseOwner: input.job.leaseOwner },
      data,
    });
    if (owned.count === 0) return false;
    await tx.provisioningCycle.update({
      where: { id: cycleId },
      data: {
        status,
        phase: "done",
        finishedAt: now,
        durationMs,
        counts: { ...counts, plan },
        error: verdict ? `${verdict.code}: ${verdict.reason}` : plan.hold ? holdReason : null,
      },
    });
    return true;
  });
  if (!finished) {
    logger.warn(
      { component: "provisioning", cycleId, jobId: fresh.id },
      "Provisioning: this process lost the job's lease before finishing the cycle; the process holding it finishes it",
    );
    return { cycleId, type: input.type, status: "interrupted", counts, durationMs };
  }
  // Counted when the job enters quarantine (or a deletion hold), not for each cycle it spends there.
  if (verdict && !fresh.quarantinedAt) metrics.quarantines.inc({ code: verdict.code });
  else if (plan.hold && !fresh.quarantinedAt) metrics.quarantines.inc({ code: HOLD_CODE });
  await notifyCycle({
    job: fresh,
    appName: input.appName,
    cycleId,
    type: input.type,
    counts,
    quarantine: verdict && !fresh.quarantinedAt ? verdict : null,
    hold: plan.hold && !fresh.deletesHeldAt ? { count: held, reason: holdReason } : null,
  }).catch((error) =>
    logger.error(
      { err: error, component: "provisioning", cycleId },
      "Provisioning: sending the cycle's notifications failed",
    ),
  );
  return {
    cycleId,
    type: input.type,
    status,
    counts,
    durationMs,
    ...(verdict ? { verdict } : {}),
    ...(plan.hold ? { held } : {}),
  };
}
