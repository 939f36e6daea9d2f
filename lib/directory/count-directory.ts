// How many users (and active users) and groups an organization has, for its Overview.
// API: countDirectory(orgId) → { users, activeUsers, groups }.
import { prisma } from "@/lib/db/client";

export async function countDirectory(orgId: string): Promise<{ users: number; activeUsers: number; groups: number }> {
  const [users, activeUsers, groups] = await Promise.all([
    prisma.orgUser.count({ where: { orgId } }),
    prisma.orgUser.count({ where: { orgId, active: true } }),
    prisma.orgGroup.count({ where: { orgId } }),
  ]);
  return { users, activeUsers, groups };
}
