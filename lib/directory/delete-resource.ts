// DELETE /Users/{id} and /Groups/{id}: the row goes (emails and memberships with it, by the foreign keys) if it is
// this organization's and at the If-Match version. API: deleteResource(resourceType, orgId, id, ifMatch) → { name }.
import { sqlSession } from "@/lib/db/sql-session";
import type { ResourceType } from "@/lib/scim/schema-registry";
import { currentRow } from "./current-row";
import { findGroupRecord } from "./groups-read";
import { notFound } from "./resource-view";
import { findUserRecord } from "./users-read";

const DELETE = {
  User: `DELETE FROM "OrgUser" WHERE "id" = ? AND "orgId" = ?`,
  Group: `DELETE FROM "OrgGroup" WHERE "id" = ? AND "orgId" = ?`,
};

/** `name`: the userName or displayName, for the request log. */
export async function deleteResource(
  resourceType: ResourceType,
  orgId: string,
  id: string,
  ifMatch?: string | null,
): Promise<{ name: string }> {
  const found = resourceType === "User" ? await findUserRecord(orgId, id) : await findGroupRecord(orgId, id);
  const row = currentRow(resourceType, id, ifMatch, found);
  if ((await sqlSession().run(DELETE[resourceType], [id, orgId])) === 0) throw notFound(resourceType, id);
  return { name: "userName" in row ? row.userName : row.displayName };
}
