// POST, PUT and DELETE /Groups: displayName unique per organization (409), members only from the same organization.
// API: createGroup(), replaceGroup(), deleteGroup(), assertDisplayNameFree(), displayNameTaken(), mapGroupWriteError().
import { v7 as newId } from "uuid";
import { sql, sqlTransaction, type Sql } from "@/lib/db/sql";
import { parseGroupBody } from "@/lib/scim/coerce";
import { ScimError } from "@/lib/scim/errors";
import type { JsonObject } from "@/lib/scim/json";
import { assertIfMatch } from "./etag";
import { applyMemberDelta, assertMembersInOrg } from "./group-members";
import { loadGroups, loadMembersOf, toGroupColumns, toScimGroup, type GroupColumns, type GroupRecord } from "./group-record";
import { findGroupRecord } from "./groups-read";
import { ConcurrentChange, isForeignKeyViolation, isUniqueViolation, withRetries } from "../db/db-errors";
import { notFound, type ResourceView } from "./resource-view";
import type { WriteOptions } from "./users-write";

export function displayNameTaken(displayName: string): ScimError {
  return new ScimError(409, "uniqueness", `Group with displayName ${displayName} already exists`);
}

export async function assertDisplayNameFree(orgId: string, columns: GroupColumns, selfId?: string): Promise<void> {
  const clash = await sql().get<{ id: string }>(`SELECT "id" FROM "OrgGroup" WHERE "orgId" = ? AND "displayNameLower" = ?`, [orgId, columns.displayNameLower]);
  if (clash && clash.id !== selfId) throw displayNameTaken(columns.displayName);
}

function parse(body: unknown): { columns: GroupColumns; memberIds: string[] } {
  const group = parseGroupBody(body);
  return { columns: toGroupColumns(group as JsonObject), memberIds: [...new Set((group.members ?? []).map((m) => m.value))] };
}

export function mapGroupWriteError(error: unknown, columns: GroupColumns): unknown {
  if (isUniqueViolation(error)) return displayNameTaken(columns.displayName);
  if (isForeignKeyViolation(error)) return new ScimError(400, "invalidValue", "A member was deleted while the group was being written; retry");
  return error;
}

/** Sets the columns and moves the version on if the row is still at `version`; false when another write got there first. */
export async function updateGroup(tx: Sql, orgId: string, id: string, version: number, columns: GroupColumns, now = new Date()): Promise<boolean> {
  const changed = await tx.run(
    `UPDATE "OrgGroup" SET "displayName" = ?, "displayNameLower" = ?, "externalId" = ?, "externalIdLower" = ?, "version" = "version" + 1, "updatedAt" = ?
     WHERE "id" = ? AND "orgId" = ? AND "version" = ?`,
    [columns.displayName, columns.displayNameLower, columns.externalId, columns.externalIdLower, now, id, orgId, version],
  );
  return changed > 0;
}

/** The group and its members as stored now, read inside the writing transaction. */
async function reload(tx: Sql, orgId: string, id: string): Promise<{ row: GroupRecord; members: Awaited<ReturnType<typeof loadMembersOf>> }> {
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
      const id = newId();
      const now = new Date();
      await tx.run(
        `INSERT INTO "OrgGroup" ("id", "orgId", "source", "displayName", "displayNameLower", "externalId", "externalIdLower", "version", "createdAt", "updatedAt")
         VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
        [id, orgId, options.source, columns.displayName, columns.displayNameLower, columns.externalId, columns.externalIdLower, now, now],
      );
      await applyMemberDelta(tx, id, { removeAll: false, remove: [], add: memberIds }, now);
      return reload(tx, orgId, id);
    });
    return { resource: toScimGroup(row, options.baseUrl, members.get(row.id)), version: row.version, id: row.id, name: row.displayName };
  } catch (error) {
    throw mapGroupWriteError(error, columns);
  }
}

/** PUT replaces displayName, externalId and the whole member list (absent members = none). */
export async function replaceGroup(orgId: string, id: string, body: unknown, options: WriteOptions): Promise<ResourceView> {
  const { columns, memberIds } = parse(body);
  return withRetries(async () => {
    const row = await findGroupRecord(orgId, id);
    if (!row) throw notFound("Group", id);
    assertIfMatch(options.ifMatch, row.version);
    if (columns.displayNameLower !== row.displayName.toLowerCase()) await assertDisplayNameFree(orgId, columns, id);
    await assertMembersInOrg(orgId, memberIds);
    const attrsChanged = columns.displayName !== row.displayName || columns.externalId !== row.externalId;
    try {
      const saved = await sqlTransaction(async (tx) => {
        const current = await tx.all<{ userId: string }>(`SELECT "userId" FROM "OrgGroupMember" WHERE "groupId" = ?`, [id]);
        const wanted = new Set(memberIds);
        const remove = current.map((m) => m.userId).filter((userId) => !wanted.has(userId));
        const { added, removed } = await applyMemberDelta(tx, id, { removeAll: false, remove, add: memberIds });
        if ((attrsChanged || added + removed > 0) && !(await updateGroup(tx, orgId, id, row.version, columns))) throw new ConcurrentChange();
        return reload(tx, orgId, id);
      });
      return { resource: toScimGroup(saved.row, options.baseUrl, saved.members.get(id)), version: saved.row.version, id, name: saved.row.displayName };
    } catch (error) {
      throw mapGroupWriteError(error, columns);
    }
  });
}

export async function deleteGroup(orgId: string, id: string, ifMatch?: string | null): Promise<{ name: string }> {
  const row = await findGroupRecord(orgId, id);
  if (!row) throw notFound("Group", id);
  assertIfMatch(ifMatch, row.version);
  const count = await sql().run(`DELETE FROM "OrgGroup" WHERE "id" = ? AND "orgId" = ?`, [id, orgId]);
  if (count === 0) throw notFound("Group", id);
  return { name: row.displayName };
}
