// Reads an OrgGroup row (and, when asked, its members) as the SCIM Group resource it serves, and turns a Group
// resource back into columns. API: GROUP_SELECT, GroupRecord, toScimGroup(), toGroupColumns(), loadMembers().
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import type { JsonObject } from "../json";
import { GROUP_SCHEMA } from "../urns";
import { compact, resourceMeta } from "./resource-view";
import { checkIndexedLength } from "./user-data";

export const GROUP_SELECT = {
  id: true,
  displayName: true,
  externalId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.OrgGroupSelect;

export const MEMBER_SELECT = {
  userId: true,
  user: { select: { displayName: true, userName: true } },
} satisfies Prisma.OrgGroupMemberSelect;

export type GroupRecord = Prisma.OrgGroupGetPayload<{ select: typeof GROUP_SELECT }>;
export type MemberRecord = Prisma.OrgGroupMemberGetPayload<{ select: typeof MEMBER_SELECT }>;

export interface GroupColumns {
  displayName: string;
  displayNameLower: string;
  externalId: string | null;
  externalIdLower: string | null;
}

/** `members` is included when given, as `[]` for an empty group (the E14 response shape). */
export function toScimGroup(row: GroupRecord, baseUrl: string, members?: MemberRecord[]): JsonObject {
  return compact({
    schemas: [GROUP_SCHEMA],
    id: row.id,
    externalId: row.externalId,
    displayName: row.displayName,
    members: members?.map((m) => ({ value: m.userId, display: m.user.displayName ?? m.user.userName, type: "User" })),
    meta: resourceMeta("Group", row, baseUrl),
  });
}

export function toGroupColumns(resource: JsonObject): GroupColumns {
  const displayName = typeof resource.displayName === "string" ? resource.displayName : "";
  const externalId = typeof resource.externalId === "string" ? resource.externalId : null;
  checkIndexedLength("displayName", displayName);
  checkIndexedLength("externalId", externalId);
  return { displayName, displayNameLower: displayName.toLowerCase(), externalId, externalIdLower: externalId?.toLowerCase() ?? null };
}

/** One query for the members of one group, in the order they were added. */
export function loadMembers(groupId: string): Promise<MemberRecord[]> {
  return prisma.orgGroupMember.findMany({ where: { groupId }, select: MEMBER_SELECT, orderBy: [{ createdAt: "asc" }, { userId: "asc" }] });
}

/** One query for the members of a page of groups. */
export async function loadMembersOf(groupIds: string[]): Promise<Map<string, MemberRecord[]>> {
  const byGroup = new Map<string, MemberRecord[]>(groupIds.map((id) => [id, []]));
  if (groupIds.length === 0) return byGroup;
  const rows = await prisma.orgGroupMember.findMany({
    where: { groupId: { in: groupIds } },
    select: { ...MEMBER_SELECT, groupId: true },
    orderBy: [{ createdAt: "asc" }, { userId: "asc" }],
  });
  for (const row of rows) byGroup.get(row.groupId)?.push(row);
  return byGroup;
}
