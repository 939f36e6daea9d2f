// Database leases: a job runs only where its lease was claimed, by one conditional UPDATE that succeeds for
// exactly one claimant (SQLite and PostgreSQL alike), so several instances never run the same job at once.
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/db-errors";
import { metrics } from "@/lib/ops/metrics";

const NEVER = new Date(0);

/** Creates the job's lease row on first sight (due at once). */
export async function ensureLease(name: string, now: Date): Promise<void> {
  if (await prisma.jobLease.findUnique({ where: { name }, select: { name: true } })) return;
  try {
    await prisma.jobLease.create({ data: { name, leaseUntil: NEVER, nextRunAt: now } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}

/** Claims the lease when the job is due and nobody holds an unexpired lease; true for exactly one caller. */
export async function claimLease(
  name: string,
  owner: string,
  { now, ttlMs, force = false }: { now: Date; ttlMs: number; force?: boolean },
): Promise<boolean> {
  await ensureLease(name, now);
  const where = { name, leaseUntil: { lte: now }, ...(force ? {} : { nextRunAt: { lte: now } }) };
  const data = { owner, leaseUntil: new Date(now.getTime() + ttlMs), lastStartedAt: now, lastOwner: owner };
  const free = await prisma.jobLease.updateMany({ where: { ...where, owner: null }, data });
  if (free.count === 1) return true;
  // A released lease has no owner: one that still names an owner past its time was left by a runner that died.
  const expired = await prisma.jobLease.updateMany({ where: { ...where, owner: { not: null } }, data });
  if (expired.count === 1) metrics.leaseTakeovers.inc({ kind: "background-job" });
  return expired.count === 1;
}

/** Extends a lease still held by `owner` (long runs); false when it was lost. */
export async function renewLease(name: string, owner: string, until: Date): Promise<boolean> {
  const { count } = await prisma.jobLease.updateMany({ where: { name, owner }, data: { leaseUntil: until } });
  return count === 1;
}

export async function releaseLease(
  name: string,
  owner: string,
  done: { now: Date; nextRunAt: Date; error?: string | null; summary?: string | null },
): Promise<boolean> {
  const { count } = await prisma.jobLease.updateMany({
    where: { name, owner },
    data: {
      owner: null,
      leaseUntil: done.now,
      nextRunAt: done.nextRunAt,
      lastFinishedAt: done.now,
      lastError: done.error ?? null,
      lastSummary: done.summary ?? null,
      runs: { increment: 1 },
    },
  });
  return count === 1;
}
