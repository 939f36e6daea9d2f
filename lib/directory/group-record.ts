// Reads OrgGroup rows (and, when asked, their members) in plain SQL as the SCIM Group resource they serve, and turns
// a Group resource back into columns. API: GroupRecord, MemberRecord, toScimGroup(), toGroupColumns(),
// loadGroups(db, orgId, ids), loadMembersOf(db, groupIds).
import { asDate, sqlList, type Sql } from "@/lib/db/sql";
import type { JsonObject } from "@/lib/scim/json";
import { GROUP_SCHEMA } from "@/lib/scim/urns";
import { compact, resourceMeta } from "./resource-view";
import { checkIndexedLength } from "./user-data";

export interface GroupRecord {
  id: string;
  displayName: string;
  externalId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface MemberRecord {
  userId: string;
  /** The member's displayName, or its userName when it has none. */
  display: string;
}

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
    members: members?.map((m) => ({ value: m.userId, display: m.display, type: "User" })),
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

/** The organization's groups among `ids` (others are simply absent). */
export async function loadGroups(db: Sql, orgId: string, ids: string[]): Promise<Map<string, GroupRecord>> {
  const byId = new Map<string, GroupRecord>();
  if (ids.length === 0) return byId;
  const rows = await db.all(
    `SELECT "id", "displayName", "externalId", "version", "createdAt", "updatedAt" FROM "OrgGroup" WHERE "orgId" = ? AND "id" IN (${sqlList(ids.length)})`,
    [orgId, ...ids],
  );
  for (const r of rows) {
    byId.set(r.id as string, {
      id: r.id as string,
      displayName: r.displayName as string,
      externalId: r.externalId as string | null,
      version: Number(r.version),
      createdAt: asDate(r.createdAt),
      updatedAt: asDate(r.updatedAt),
    });
  }
  return byId;
}

/** One query for the members of a page of groups, each in the order they were added. */
export async function loadMembersOf(db: Sql, groupIds: string[]): Promise<Map<string, MemberRecord[]>> {
  const byGroup = new Map<string, MemberRecord[]>(groupIds.map((id) => [id, []]));
  if (groupIds.length === 0) return byGroup;
  const rows = await db.all(
    `SELECT m."groupId", m."userId", u."displayName", u."userName" FROM "OrgGroupMember" m JOIN "OrgUser" u ON u."id" = m."userId"
     WHERE m."groupId" IN (${sqlList(groupIds.length)}) ORDER BY m."createdAt", m."userId"`,
    groupIds,
  );
  for (const r of rows) byGroup.get(r.groupId as string)?.push({ userId: r.userId as string, display: (r.displayName ?? r.userName) as string });
  return byGroup;
}
