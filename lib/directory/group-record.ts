// An OrgGroup row (group-rows.ts reads it) as the SCIM Group resource it serves, and a Group resource back into
// columns. API: GroupRecord, MemberRecord, toScimGroup(row, baseUrl, members?), toGroupColumns(resource).
import type { JsonObject } from "@/lib/scim/json";
import { GROUP_SCHEMA } from "@/lib/scim/urns";
import type { GroupColumns } from "./group-columns";
import { compact, resourceMeta } from "./resource-view";
import { checkIndexedLength } from "./user-data";

/** An OrgGroup row as read: the written columns but the lowercase copies. */
export type GroupRecord = Pick<GroupColumns, "displayName" | "externalId"> & {
  id: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export interface MemberRecord {
  userId: string;
  /** The member's displayName, or its userName when it has none. */
  display: string;
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
  return {
    displayName,
    displayNameLower: displayName.toLowerCase(),
    externalId,
    externalIdLower: externalId?.toLowerCase() ?? null,
  };
}
