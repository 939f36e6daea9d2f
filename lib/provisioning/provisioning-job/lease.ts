// Database leases on provisioning jobs: one conditional UPDATE decides who runs a job, so two instances (or the app
// and the CLI) never run one job at once. A holder that dies frees the job when its lease runs out.
import { prisma } from "@/lib/db/client";
import { metrics } from "@/lib/ops/metrics";

export function leaseMs(): number {
  const n = Number(process.env.PROVISIONING_LEASE_MS);
  return Number.isFinite(n) && n >= 500 ? n : 60_000;
}

export async function claimJob(jobId: string, owner: string, now = new Date()): Promise<boolean> {
  const data = { leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs()) };
  const free = await prisma.provisioningJob.updateMany({ where: { id: jobId, leaseUntil: null }, data });
  if (free.count === 1) return true;
  // Released leases are null: one still set but expired belonged to a runner that died or stalled.
  const expired = await prisma.provisioningJob.updateMany({ where: { id: jobId, leaseUntil: { lte: now } }, data });
  if (expired.count === 1) metrics.leaseTakeovers.inc({ kind: "provisioning" });
  return expired.count === 1;
}

export async function renewJob(jobId: string, owner: string): Promise<boolean> {
  const { count } = await prisma.provisioningJob.updateMany({
    where: { id: jobId, leaseOwner: owner },
    data: { leaseUntil: new Date(Date.now() + leaseMs()) },
  });
  return count === 1;
}

export async function releaseJob(jobId: string, owner: string): Promise<void> {
  await prisma.provisioningJob.updateMany({
    where: { id: jobId, leaseOwner: owner },
    data: { leaseOwner: null, leaseUntil: null },
  });
}

export function isLeaseHeld(job: { leaseUntil: Date | null }, now = new Date()): boolean {
  return job.leaseUntil !== null && job.leaseUntil > now;
}
