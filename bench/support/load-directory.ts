// Fills an organization with N users and M groups (5 to 50 members each) in bulk, for benchmarks.
import { prisma } from "@/lib/db/client";

export async function loadDirectory(orgId: string, domain: string, users: number, groups: number) {
  const ids: string[] = [];
  for (let start = 0; start < users; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, users - start) }, (_, k) => {
      const i = start + k;
      const userName = `user${i}@${domain}`;
      return {
        orgId,
        userName,
        userNameLower: userName,
        externalId: `ext-${i}`,
        externalIdLower: `ext-${i}`,
        displayName: `User ${i}`,
        displayNameLower: `user ${i}`,
        givenName: "User",
        familyName: String(i),
        department: ["Sales", "Engineering", "Support"][i % 3],
        employeeNumber: String(100000 + i),
        source: "benchmark",
      };
    });
    const created = await prisma.orgUser.createManyAndReturn({ data: batch, select: { id: true, userName: true } });
    await prisma.orgUserEmail.createMany({
      data: created.map((u) => ({
        userId: u.id,
        value: u.userName,
        valueLower: u.userName,
        type: "work",
        primary: true,
      })),
    });
    ids.push(...created.map((u) => u.id));
  }
  const groupIds: string[] = [];
  for (let g = 0; g < groups; g++) {
    const size = 5 + ((g * 7919) % 46);
    const group = await prisma.orgGroup.create({
      data: {
        orgId,
        displayName: `Group ${g}`,
        displayNameLower: `group ${g}`,
        externalId: `gext-${g}`,
        externalIdLower: `gext-${g}`,
        source: "benchmark",
      },
    });
    const members = new Set<string>();
    for (let k = 0; k < size; k++) members.add(ids[(g * 131 + k * 977) % ids.length]!);
    await prisma.orgGroupMember.createMany({ data: [...members].map((userId) => ({ groupId: group.id, userId })) });
    groupIds.push(group.id);
  }
  return { userIds: ids, groupIds };
}
