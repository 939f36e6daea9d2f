// Cycle counters and the statistics to date kept on the job.
import type { CycleCounts, Outcome, Tally } from "./types";

export const emptyTally = (): Tally => ({
  created: 0,
  updated: 0,
  disabled: 0,
  deleted: 0,
  skipped: 0,
  failed: 0,
  staged: 0,
});
export const emptyCounts = (): CycleCounts => ({
  users: emptyTally(),
  groups: emptyTally(),
  members: { added: 0, removed: 0 },
});

export function readCounts(value: unknown): CycleCounts {
  const v = (value ?? {}) as Partial<CycleCounts>;
  return {
    users: { ...emptyTally(), ...v.users },
    groups: { ...emptyTally(), ...v.groups },
    members: { added: 0, removed: 0, ...v.members },
  };
}

export function addOutcome(counts: CycleCounts, o: Outcome): void {
  const tally = o.kind === "user" ? counts.users : counts.groups;
  tally[o.tally]++;
  if (o.members) {
    counts.members.added += o.members.added;
    counts.members.removed += o.members.removed;
  }
}

export function mergeCounts(a: CycleCounts, b: CycleCounts): CycleCounts {
  const sum = (x: Tally, y: Tally) =>
    Object.fromEntries(Object.keys(x).map((k) => [k, x[k as keyof Tally] + y[k as keyof Tally]])) as Tally;
  return {
    users: sum(a.users, b.users),
    groups: sum(a.groups, b.groups),
    members: { added: a.members.added + b.members.added, removed: a.members.removed + b.members.removed },
  };
}

export type JobStats = CycleCounts & { cycles: number; since: string | null };

export function readStats(value: unknown): JobStats {
  const v = (value ?? {}) as Partial<JobStats>;
  return { ...readCounts(v), cycles: v.cycles ?? 0, since: v.since ?? null };
}

export const failures = (c: CycleCounts) => c.users.failed + c.groups.failed;
export const deprovisions = (c: CycleCounts) => c.users.disabled + c.users.deleted + c.groups.deleted;
