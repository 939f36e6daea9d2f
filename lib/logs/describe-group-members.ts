// The members a group entry added to or removed from the target, named (display name, UPN, identity source record)
// rather than as target ids, and why each removed one left (issue 15). API: describeGroupMembers(orgId, entry).
import { prisma } from "@/lib/db/client";
import type { ModifiedPropertyView } from "./log-entry-json";

export type GroupMemberView = {
  targetId: string;
  sourceUserId: string | null;
  displayName: string | null;
  upn: string | null;
  /** Removed members only: why they left the group in the target. */
  reason?: string;
};
export type GroupMembersView = {
  added: GroupMemberView[];
  removed: GroupMemberView[];
  addedMore: number;
  removedMore: number;
};

/** "t1, t2 … (45 in all)" as the engine logs member ids → the ids, and how many more were not listed. */
export function parseMemberIds(value: string | null): { ids: string[]; more: number } {
  if (!value) return { ids: [], more: 0 };
  const total = /\((\d+) in all\)\s*$/.exec(value);
  const ids = value
    .replace(/…?\s*\(\d+ in all\)\s*$/, "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return { ids, more: total ? Math.max(0, Number(total[1]) - ids.length) : 0 };
}

export async function describeGroupMembers(
  orgId: string,
  entry: {
    jobId: string;
    sourceId: string | null;
    displayName: string | null;
    modifiedProperties: ModifiedPropertyView[];
  },
): Promise<GroupMembersView | null> {
  const added = parseMemberIds(entry.modifiedProperties.find((p) => p.name === "members (added)")?.newValue ?? null);
  const removed = parseMemberIds(
    entry.modifiedProperties.find((p) => p.name === "members (removed)")?.oldValue ?? null,
  );
  if (!added.ids.length && !removed.ids.length) return null;
  const targetIds = [...new Set([...added.ids, ...removed.ids])];
  const states = await prisma.provisioningObjectState.findMany({
    where: { jobId: entry.jobId, kind: "user", targetId: { in: targetIds } },
    select: { sourceId: true, targetId: true, lifecycle: true },
  });
  const byTarget = new Map(states.map((s) => [s.targetId!, s]));
  const users = await prisma.sourceUser.findMany({
    where: { orgId, id: { in: states.map((s) => s.sourceId) } },
    select: {
      id: true,
      displayName: true,
      userPrincipalName: true,
      deletedAt: true,
      accountEnabled: true,
      memberships: { where: { groupId: entry.sourceId ?? "" }, select: { groupId: true } },
    },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  const group = entry.displayName ?? "the group";
  const view = (targetId: string, isRemoved: boolean): GroupMemberView => {
    const state = byTarget.get(targetId);
    const user = state ? byId.get(state.sourceId) : undefined;
    const base = {
      targetId,
      sourceUserId: user?.id ?? state?.sourceId ?? null,
      displayName: user?.displayName ?? null,
      upn: user?.userPrincipalName ?? null,
    };
    return isRemoved ? { ...base, reason: removalReason(group, state?.lifecycle ?? null, user) } : base;
  };
  return {
    added: added.ids.map((id) => view(id, false)),
    removed: removed.ids.map((id) => view(id, true)),
    addedMore: added.more,
    removedMore: removed.more,
  };
}

/** Why a member left the group in the target: as far as the job's state and the identity source tell now. */
function removalReason(
  group: string,
  lifecycle: string | null,
  user: { deletedAt: Date | null; accountEnabled: boolean; memberships: unknown[] } | undefined,
): string {
  if (!lifecycle)
    return "This app no longer provisions the person (their user was deleted from the target), so they left the group.";
  if (lifecycle === "deleted" || user?.deletedAt)
    return "The person was deleted from the identity source, so their user and membership went with them.";
  if (lifecycle === "disabled") {
    const why =
      user && !user.accountEnabled
        ? "their account is disabled in the identity source"
        : "they are no longer assigned to the app or in its scope";
    return `Their user in the target was disabled (${why}), and a disabled user leaves the app's groups.`;
  }
  if (user && user.memberships.length === 0) return `No longer a member of ${group} in the identity source.`;
  return `Was not a member of ${group} in the identity source when this ran (a member again since).`;
}
