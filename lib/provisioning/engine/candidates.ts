// Which objects a cycle looks at. Initial and full cycles: everything in scope plus everything the job provisioned.
// Incremental cycles: what changed in the source after the watermark (fromSeq, toSeq], what assignment changes
// brought in or out, and what earlier cycles left to retry (failures, held deletions).
import type { TProvisioningScope } from "@/lib/mapping/types";
import { prisma } from "@/lib/db/client";
import type { Assignments } from "./types";

export type CycleWindow = {
  orgId: string;
  appId: string;
  jobId: string;
  scope: TProvisioningScope;
  full: boolean;
  fromSeq: number;
  toSeq: number;
};

const sortIds = (ids: Iterable<string>) => [...new Set(ids)].sort();

async function stateIds(jobId: string, kind: "user" | "group", onlyPending: boolean): Promise<string[]> {
  const rows = await prisma.provisioningObjectState.findMany({
    where: onlyPending
      ? { jobId, kind, needsSync: true }
      : { jobId, kind, OR: [{ needsSync: true }, { lifecycle: { not: "deleted" }, targetId: { not: null } }] },
    select: { sourceId: true },
  });
  return rows.map((r) => r.sourceId);
}

async function membersOf(groupIds: string[]): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < groupIds.length; i += 500) {
    const rows = await prisma.sourceGroupMember.findMany({
      where: { groupId: { in: groupIds.slice(i, i + 500) } },
      select: { userId: true },
    });
    out.push(...rows.map((r) => r.userId));
  }
  return out;
}

async function changedAssignments(w: CycleWindow) {
  const rows = await prisma.appAssignment.findMany({
    where: { appId: w.appId, changeSeq: { gt: w.fromSeq, lte: w.toSeq } },
    select: { sourceUserId: true, sourceGroupId: true },
  });
  return {
    users: rows.flatMap((r) => (r.sourceUserId ? [r.sourceUserId] : [])),
    groups: rows.flatMap((r) => (r.sourceGroupId ? [r.sourceGroupId] : [])),
  };
}

export async function userCandidates(w: CycleWindow, assignments: Assignments): Promise<string[]> {
  if (w.full) {
    const inScope =
      w.scope === "all"
        ? (await prisma.sourceUser.findMany({ where: { orgId: w.orgId, deletedAt: null }, select: { id: true } })).map(
            (u) => u.id,
          )
        : [...assignments.users, ...(await membersOf([...assignments.groups]))];
    return sortIds([...inScope, ...(await stateIds(w.jobId, "user", false))]);
  }
  const changed = await prisma.sourceUser.findMany({
    where: { orgId: w.orgId, changeSeq: { gt: w.fromSeq, lte: w.toSeq } },
    select: { id: true },
  });
  const assigned = await changedAssignments(w);
  return sortIds([
    ...changed.map((u) => u.id),
    ...assigned.users,
    ...(await membersOf(assigned.groups)),
    ...(await stateIds(w.jobId, "user", true)),
  ]);
}

export async function groupCandidates(w: CycleWindow, assignments: Assignments): Promise<string[]> {
  if (w.full) {
    const inScope =
      w.scope === "all"
        ? (await prisma.sourceGroup.findMany({ where: { orgId: w.orgId, deletedAt: null }, select: { id: true } })).map(
            (g) => g.id,
          )
        : [...assignments.groups];
    return sortIds([...inScope, ...(await stateIds(w.jobId, "group", false))]);
  }
  const changed = await prisma.sourceGroup.findMany({
    where: { orgId: w.orgId, changeSeq: { gt: w.fromSeq, lte: w.toSeq } },
    select: { id: true },
  });
  const assigned = await changedAssignments(w);
  return sortIds([...changed.map((g) => g.id), ...assigned.groups, ...(await stateIds(w.jobId, "group", true))]);
}
