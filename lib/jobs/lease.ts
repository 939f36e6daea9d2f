// Database leases: a job runs only where its lease was claimed, by one conditional UPDATE that succeeds for
// exactly one claimant (SQLite and PostgreSQL alike), so several instances never run the same job at once.
import { prisma } from "@/lib/db/client";

const NEVER = new Date(0);

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

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
export async function claimLease(name: string, owner: string, { now, ttlMs, force = false }: { now: Date; ttlMs: number; force?: boolean }): Promise<boolean> {
  await ensureLease(name, now);
  const { count } = await prisma.jobLease.updateMany({
    where: { name, leaseUntil: { lte: now }, ...(force ? {} : { nextRunAt: { lte: now } }) },
    data: { owner, leaseUntil: new Date(now.getTime() + ttlMs), lastStartedAt: now, lastOwner: owner },
  });
  return count === 1;
}

/** Extends a lease still held by `owner` (long runs); false when it was lost. */
export async function renewLease(name: string, owner: string, until: Date): Promise<boolean> {
  const { count } = await prisma.jobLease.updateMany({ where: { name, owner }, data: { leaseUntil: until } });
  return count === 1;
}

export async function releaseLease(name: string, owner: string, done: { now: Date; nextRunAt: Date; error?: string | null; summary?: string | null }): Promise<boolean> {
  const { count } = await prisma.jobLease.updateMany({
    where: { name, owner },
    data: { owner: null, leaseUntil: done.now, nextRunAt: done.nextRunAt, lastFinishedAt: done.now, lastError: done.error ?? null, lastSummary: done.summary ?? null, runs: { increment: 1 } },
  });
  return count === 1;
}
