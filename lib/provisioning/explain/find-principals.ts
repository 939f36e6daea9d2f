// The help desk's one search box (issue 15): people and groups of the identity source by the start of any word of
// the name, the email or UPN (its domain part too: "@fabrikam"), or any id the console shows (the source id the
// log shows, the objectId, the id in a target app).
import { z } from "zod";
import { prisma } from "@/lib/db/client";

export const ZWhyQuery = z.string().trim().max(200, "Search for at most 200 characters.");

export type FoundPerson = {
  id: string;
  displayName: string;
  userPrincipalName: string;
  department: string | null;
  accountEnabled: boolean;
};
export type FoundGroup = { id: string; displayName: string; description: string | null };

/** Source ids of the objects some app of the organization provisioned with this target id. */
async function sourceIdsByTargetId(orgId: string, targetId: string, kind: "user" | "group"): Promise<string[]> {
  const jobs = await prisma.provisioningJob.findMany({ where: { orgId }, select: { id: true } });
  if (jobs.length === 0) return [];
  const rows = await prisma.provisioningObjectState.findMany({
    where: { jobId: { in: jobs.map((j) => j.id) }, kind, targetId },
    select: { sourceId: true },
    take: 20,
  });
  return rows.map((r) => r.sourceId);
}

export async function findPrincipals(
  orgId: string,
  query: string,
  limit = 25,
): Promise<{ people: FoundPerson[]; groups: FoundGroup[] }> {
  const q = query.trim();
  if (!q) return { people: [], groups: [] };
  const lower = q.toLowerCase();
  const [userIds, groupIds] = await Promise.all([
    sourceIdsByTargetId(orgId, q, "user"),
    sourceIdsByTargetId(orgId, q, "group"),
  ]);
  const nameWord = [
    { displayNameLower: { startsWith: lower } },
    { displayNameLower: { contains: ` ${lower}` } },
    { displayNameLower: { contains: `-${lower}` } },
  ];
  const ids = (extra: string[]) => [{ id: { in: [q, ...extra] } }, { objectId: lower }];
  const [people, groups] = await Promise.all([
    prisma.sourceUser.findMany({
      where: {
        orgId,
        deletedAt: null,
        OR: [
          ...nameWord,
          ...ids(userIds),
          { upnLower: lower.includes("@") ? { contains: lower } : { startsWith: lower } },
          { mail: { startsWith: q } },
          { mail: { startsWith: lower } },
        ],
      },
      select: { id: true, displayName: true, userPrincipalName: true, department: true, accountEnabled: true },
      orderBy: [{ displayNameLower: "asc" }, { id: "asc" }],
      take: limit,
    }),
    prisma.sourceGroup.findMany({
      where: { orgId, deletedAt: null, OR: [...nameWord, ...ids(groupIds)] },
      select: { id: true, displayName: true, description: true },
      orderBy: [{ displayNameLower: "asc" }, { id: "asc" }],
      take: limit,
    }),
  ]);
  return { people, groups };
}

/** The explanation a log entry's source object has, when that object is still in the identity source. */
export async function explainableSource(
  orgId: string,
  objectType: string,
  sourceId: string | null,
): Promise<{ kind: "users" | "groups"; id: string } | null> {
  if (!sourceId) return null;
  if (objectType === "Group") {
    const g = await prisma.sourceGroup.findFirst({ where: { orgId, id: sourceId }, select: { id: true } });
    return g ? { kind: "groups", id: g.id } : null;
  }
  const u = await prisma.sourceUser.findFirst({ where: { orgId, id: sourceId }, select: { id: true } });
  return u ? { kind: "users", id: u.id } : null;
}

/** Identity-source people a console Directory user corresponds to: provisioned as that target id, or the same UPN. */
export async function sourcePeopleForDirectoryUser(
  orgId: string,
  user: { id: string; userName: string },
): Promise<FoundPerson[]> {
  const byTarget = await sourceIdsByTargetId(orgId, user.id, "user");
  return prisma.sourceUser.findMany({
    where: { orgId, deletedAt: null, OR: [{ id: { in: byTarget } }, { upnLower: user.userName.toLowerCase() }] },
    select: { id: true, displayName: true, userPrincipalName: true, department: true, accountEnabled: true },
    take: 5,
  });
}
