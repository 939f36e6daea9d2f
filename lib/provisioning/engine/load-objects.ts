// Import: reads source objects, the app's assignments and the job's object state from the database as plain data.
import { prisma } from "@/lib/db/client";
import type { TargetValues } from "@/lib/mapping/types";
import type { Assignments, Lifecycle, ObjectKind, ObjectState, SourceGroupRecord, SourceUserRecord } from "./types";

const USER_SELECT = {
  id: true,
  objectId: true,
  userPrincipalName: true,
  mail: true,
  mailNickname: true,
  givenName: true,
  surname: true,
  displayName: true,
  department: true,
  jobTitle: true,
  employeeId: true,
  costCenter: true,
  division: true,
  companyName: true,
  officeLocation: true,
  accountEnabled: true,
  deletedAt: true,
} as const;

export async function loadUsers(orgId: string, ids: string[]): Promise<SourceUserRecord[]> {
  const rows = await prisma.sourceUser.findMany({
    where: { orgId, id: { in: ids } },
    select: { ...USER_SELECT, memberships: { where: { group: { deletedAt: null } }, select: { groupId: true } } },
  });
  return rows.map(({ memberships, ...u }) => ({ ...u, groupIds: memberships.map((m) => m.groupId) }));
}

export async function loadGroups(orgId: string, ids: string[]): Promise<SourceGroupRecord[]> {
  const rows = await prisma.sourceGroup.findMany({
    where: { orgId, id: { in: ids } },
    select: {
      id: true,
      objectId: true,
      displayName: true,
      description: true,
      mailNickname: true,
      deletedAt: true,
      members: { where: { user: { deletedAt: null } }, select: { userId: true } },
    },
  });
  return rows.map(({ members, ...g }) => ({ ...g, memberIds: members.map((m) => m.userId) }));
}

type StateRow = {
  kind: string;
  sourceId: string;
  targetId: string | null;
  lifecycle: string;
  exported: unknown;
  members: unknown;
  needsSync: boolean;
  heldAction: string | null;
  lastError: string | null;
  failures: number;
};

export function toState(row: StateRow): ObjectState {
  return {
    kind: row.kind as ObjectKind,
    sourceId: row.sourceId,
    targetId: row.targetId,
    lifecycle: row.lifecycle as Lifecycle,
    exported: (row.exported as TargetValues | null) ?? null,
    members: (row.members as string[] | null) ?? null,
    needsSync: row.needsSync,
    heldAction: row.heldAction,
    lastError: row.lastError,
    failures: row.failures,
  };
}

export async function loadStates(
  jobId: string,
  kind: ObjectKind,
  sourceIds: string[],
): Promise<Map<string, ObjectState>> {
  const rows = await prisma.provisioningObjectState.findMany({ where: { jobId, kind, sourceId: { in: sourceIds } } });
  return new Map(rows.map((r) => [r.sourceId, toState(r)]));
}

/** Live assignments: users and groups that still exist in the source. */
export async function loadAssignments(appId: string): Promise<Assignments> {
  const rows = await prisma.appAssignment.findMany({
    where: { appId, removedAt: null, OR: [{ sourceUser: { deletedAt: null } }, { sourceGroup: { deletedAt: null } }] },
    select: { sourceUserId: true, sourceGroupId: true },
  });
  return {
    users: new Set(rows.flatMap((r) => (r.sourceUserId ? [r.sourceUserId] : []))),
    groups: new Set(rows.flatMap((r) => (r.sourceGroupId ? [r.sourceGroupId] : []))),
  };
}

/** Source user id → target id of the members that are provisioned and active (the group's desired members). */
export async function loadMemberTargets(jobId: string, userIds: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < userIds.length; i += 900) {
    const rows = await prisma.provisioningObjectState.findMany({
      where: {
        jobId,
        kind: "user",
        lifecycle: "active",
        targetId: { not: null },
        sourceId: { in: userIds.slice(i, i + 900) },
      },
      select: { sourceId: true, targetId: true },
    });
    for (const r of rows) out.set(r.sourceId, r.targetId!);
  }
  return out;
}
