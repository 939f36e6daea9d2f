// Starts a cycle, or resumes the job's unfinished one. Initial: never synced (or restarted); full: the mapping or
// scope changed since the last cycle; incremental: what changed after the watermark.
import { prisma } from "@/lib/db/client";
import { currentChangeSeq } from "@/lib/source-directory/change-seq";
import type { ProvisioningCycle, ProvisioningJob } from "@/lib/db/generated/sqlite/client";

export type CycleType = "initial" | "full" | "incremental" | "on-demand";

export function nextCycleType(
  job: Pick<ProvisioningJob, "watermark" | "fullSyncRequired" | "configHash" | "syncedConfigHash">,
  hash: string,
): CycleType {
  if (job.watermark === 0 && job.syncedConfigHash === null) return "initial";
  if (job.fullSyncRequired || job.syncedConfigHash !== hash) return "full";
  return "incremental";
}

export async function startOrResumeCycle(
  job: ProvisioningJob,
  hash: string,
  trigger: string,
): Promise<{ cycle: ProvisioningCycle; resumed: boolean }> {
  if (job.currentCycleId) {
    const open = await prisma.provisioningCycle.findUnique({ where: { id: job.currentCycleId } });
    if (open?.status === "running") {
      const cycle = await prisma.provisioningCycle.update({
        where: { id: open.id },
        data: { resumedCount: { increment: 1 } },
      });
      return { cycle, resumed: true };
    }
  }
  const type = nextCycleType(job, hash);
  const toSeq = await currentChangeSeq(job.orgId);
  const cycle = await prisma.$transaction(async (tx) => {
    const cycle = await tx.provisioningCycle.create({
      data: {
        jobId: job.id,
        orgId: job.orgId,
        type,
        trigger,
        fromSeq: type === "incremental" ? job.watermark : 0,
        toSeq,
      },
    });
    await tx.provisioningJob.update({
      where: { id: job.id },
      data: { currentCycleId: cycle.id, syncRequestedAt: null },
    });
    return cycle;
  });
  return { cycle, resumed: false };
}
