// POST and PUT /Groups: displayName unique per organization (409), members only from the same organization.
// API: createGroup(), replaceGroup(), assertDisplayNameFree(), displayNameTaken(), mapGroupWriteError().
import { sqlSession, sqlTransaction, type SqlSession } from "@/lib/db/sql-session";
import { parseGroupBody } from "@/lib/scim/coerce";
import { ScimError } from "@/lib/scim/errors";
import type { JsonObject } from "@/lib/scim/json";
import { currentRow } from "./current-row";
import type { GroupColumns } from "./group-columns";
import { applyMemberDelta, assertMembersInOrg } from "./group-members";
import { toGroupColumns, toScimGroup, type GroupRecord } from "./group-record";
import { insertGroup, loadGroups, loadMembersOf, updateGroup } from "./group-rows";
import { findGroupRecord } from "./groups-read";
import { ConcurrentChange, isForeignKeyViolation, isUniqueViolation, withRetries } from "@/lib/db/db-errors";
import { notFound, type ResourceView } from "./resource-view";
import type { WriteOptions } from "./users-write";

export function displayNameTaken(displayName: string): ScimError {
  return new ScimError(409, "uniqueness", `Group with displayName ${displayName} already exists`);
}

export async function assertDisplayNameFree(orgId: string, columns: GroupColumns, selfId?: string): Promise<void> {
  const clash = await sqlSession().get<{ id: string }>(
    `SELECT "id" FROM "OrgGroup" WHERE "orgId" = ? AND "displayNameLower" = ?`,
    [orgId, columns.displayNameLower],
  );
  if (clash && clash.id !== selfId) throw displayNameTaken(columns.displayName);
}

function parse(body: unknown): { columns: GroupColumns; memberIds: string[] } {
  const group = parseGroupBody(body);
  return {
    columns: toGroupColumns(group as JsonObject),
    memberIds: [...new Set((group.members ?? []).map((m) => m.value))],
  };
}

export function mapGroupWriteError(error: unknown, columns: GroupColumns): unknown {
  if (isUniqueViolation(error)) return displayNameTaken(columns.displayName);
  if (isForeignKeyViolation(error))
    return new ScimError(400, "invalidValue", "A member was deleted while the group was being written; retry");
  return error;
}

/** The group and its members as stored now, read inside the writing transaction. */
async function reload(
  tx: SqlSession,
  orgId: string,
  id: string,
): Promise<{ row: GroupRecord; members: Awaited<ReturnType<typeof loadMembersOf>> }> {
  const row = (await loadGroups(tx, orgId, [id])).get(id);
  if (!row) throw notFound("Group", id);
  return { row, members: await loadMembersOf(tx, [id]) };
}

/** Entra creates groups without members (E14); members in the body are accepted too (RFC 7644 §3.3). */
export async function createGroup(orgId: string, body: unknown, options: WriteOptions): Promise<ResourceView> {
  const { columns, memberIds } = parse(body);
  await assertDisplayNameFree(orgId, columns);
  await assertMembersInOrg(orgId, memberIds);
  try {
    const { row, members } = await sqlTransaction(async (tx) => {
      const now = new Date();
      const id = await insertGroup(tx, orgId, options.source, columns, now);
      await applyMemberDelta(tx, id, { removeAll: false, remove: [], add: memberIds }, now);
      return reload(tx, orgId, id);
    });
    return {
      resource: toScimGroup(row, options.baseUrl, members.get(row.id)),
      version: row.version,
      id: row.id,
      name: row.displayName,
    };
  } catch (error) {
    throw mapGroupWriteError(error, columns);
  }
}

/** PUT replaces displayName, externalId and the whole member list (absent members = none). */
export async function replaceGroup(
  orgId: string,
  id: string,
  body: unknown,
  options: WriteOptions,
): Promise<ResourceView> {
  const { columns, memberIds } = parse(body);
  return withRetries(async () => {
    const row = currentRow("Group", id, options.ifMatch, await findGroupRecord(orgId, id));
    if (columns.displayNameLower !== row.displayName.toLowerCase()) await assertDisplayNameFree(orgId, columns, id);
    await assertMembersInOrg(orgId, memberIds);
    const attrsChanged = columns.displayName !== row.displayName || columns.externalId !== row.externalId;
    try {
      const saved = await sqlTransaction(async (tx) => {
        const current = await tx.all<{ userId: string }>(`SELECT "userId" FROM "OrgGroupMember" WHERE "groupId" = ?`, [
          id,
        ]);
        const wanted = new Set(memberIds);
        const remove = current.map((m) => m.userId).filter((userId) => !wanted.has(userId));
        const { added, removed } = await applyMemberDelta(tx, id, { removeAll: false, remove, add: memberIds });
        if ((attrsChanged || added + removed > 0) && !(await updateGroup(tx, orgId, id, row.version, columns)))
          throw new ConcurrentChange();
        return reload(tx, orgId, id);
      });
      return {
        resource: toScimGroup(saved.row, options.baseUrl, saved.members.get(id)),
        version: saved.row.version,
        id,
        name: saved.row.displayName,
      };
    } catch (error) {
      throw mapGroupWriteError(error, columns);
    }
  });
}
