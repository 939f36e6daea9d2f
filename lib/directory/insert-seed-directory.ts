// Writes a ready-made directory (the demo organization's users and groups) inside the caller's transaction.
// API: insertSeedDirectory(tx, orgId, { users, groups, source }); groups name their members by department.
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { userSearchTerms } from "./user-search-terms";

export type SeedUser = {
  userName: string;
  displayName: string;
  givenName: string;
  familyName: string;
  title: string;
  active: boolean;
  department: string;
  employeeNumber: string;
  costCenter: string;
  division: string;
};
export type SeedGroup = { displayName: string; department: string };

export async function insertSeedDirectory(
  tx: Prisma.TransactionClient,
  orgId: string,
  { users, groups, source }: { users: SeedUser[]; groups: readonly SeedGroup[]; source: string },
): Promise<void> {
  const created = [];
  for (const u of users) {
    created.push(
      await tx.orgUser.create({
        data: {
          orgId,
          userName: u.userName,
          userNameLower: u.userName.toLowerCase(),
          externalId: u.employeeNumber,
          externalIdLower: u.employeeNumber.toLowerCase(),
          displayName: u.displayName,
          displayNameLower: u.displayName.toLowerCase(),
          givenName: u.givenName,
          familyName: u.familyName,
          title: u.title,
          active: u.active,
          department: u.department,
          employeeNumber: u.employeeNumber,
          costCenter: u.costCenter,
          division: u.division,
          source,
          emails: {
            create: [{ value: u.userName, valueLower: u.userName.toLowerCase(), type: "work", primary: true }],
          },
          searchTerms: { create: userSearchTerms({ ...u, emails: [u.userName] }).map((term) => ({ orgId, term })) },
        },
        select: { id: true, department: true },
      }),
    );
  }
  for (const g of groups) {
    const members = created.filter((u) => u.department === g.department);
    await tx.orgGroup.create({
      data: {
        orgId,
        displayName: g.displayName,
        displayNameLower: g.displayName.toLowerCase(),
        source,
        members: { create: members.map((m) => ({ userId: m.id })) },
      },
    });
  }
}
