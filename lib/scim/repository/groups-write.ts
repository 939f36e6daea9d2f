// POST, PUT and DELETE /Groups: displayName unique per organization (409), members only from the same organization.
// API: createGroup(), replaceGroup(), deleteGroup(), assertDisplayNameFree().
import { prisma } from "@/lib/db/client";
import { parseGroupBody } from "../coerce";
import { ScimError } from "../errors";
import type { JsonObject } from "../json";
import { assertIfMatch } from "./etag";
import { applyMemberDelta, assertMembersInOrg } from "./group-members";
import { GROUP_SELECT, loadMembers, toGroupColumns, toScimGroup, type GroupColumns } from "./group-record";
import { findGroupRecord } from "./groups-read";
import { ConcurrentChange, isForeignKeyViolation, isUniqueViolation, TX_OPTIONS, withRetries } from "./prisma-errors";
import { notFound, type ResourceView } from "./resource-view";
import type { WriteOptions } from "./users-write";

export function displayNameTaken(displayName: string): ScimError {
  return new ScimError(409, "uniqueness", `Group with displayName ${displayName} already exists`);
}

export async function assertDisplayNameFree(orgId: string, columns: GroupColumns, selfId?: string): Promise<void> {
  const clash = await prisma.orgGroup.findFirst({ where: { orgId, displayNameLower: columns.displayNameLower }, select: { id: true } });
  if (clash && clash.id !== selfId) throw displayNameTaken(columns.displayName);
}

function parse(body: unknown): { columns: GroupColumns; memberIds: string[] } {
  const group = parseGroupBody(body);
  return { columns: toGroupColumns(group as JsonObject), memberIds: [...new Set((group.members ?? []).map((m) => m.value))] };
}

function mapWriteError(error: unknown, columns: GroupColumns): unknown {
  if (isUniqueViolation(error)) return displayNameTaken(columns.displayName);
  if (isForeignKeyViolation(error)) return new ScimError(400, "invalidValue", "A member was deleted while the group was being written; retry");
  return error;
}

/** Entra creates groups without members (E14); members in the body are accepted too (RFC 7644 §3.3). */
export async function createGroup(orgId: string, body: unknown, options: WriteOptions): Promise<ResourceView> {
  const { columns, memberIds } = parse(body);
  await assertDisplayNameFree(orgId, columns);
  await assertMembersInOrg(orgId, memberIds);
  try {
    const row = await prisma.$transaction(
      (tx) =>
        tx.orgGroup.create({
          data: { orgId, source: options.source, ...columns, members: { create: memberIds.map((userId) => ({ userId })) } },
          select: GROUP_SELECT,
        }),
      TX_OPTIONS,
    );
    const members = memberIds.length > 0 ? await loadMembers(row.id) : [];
    return { resource: toScimGroup(row, options.baseUrl, members), version: row.version, id: row.id, name: row.displayName };
  } catch (error) {
    throw mapWriteError(error, columns);
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
    const current = await prisma.orgGroupMember.findMany({ where: { groupId: id }, select: { userId: true } });
    const wanted = new Set(memberIds);
    const remove = current.map((m) => m.userId).filter((userId) => !wanted.has(userId));
    const attrsChanged = columns.displayName !== row.displayName || columns.externalId !== row.externalId;
    try {
      await prisma.$transaction(async (tx) => {
        const { added, removed } = await applyMemberDelta(tx, id, { removeAll: false, remove, add: memberIds });
        if (!attrsChanged && added + removed === 0) return;
        const { count } = await tx.orgGroup.updateMany({ where: { id, orgId, version: row.version }, data: { ...columns, version: { increment: 1 } } });
        if (count === 0) throw new ConcurrentChange();
      }, TX_OPTIONS);
    } catch (error) {
      throw mapWriteError(error, columns);
    }
    const saved = await findGroupRecord(orgId, id);
    if (!saved) throw notFound("Group", id);
    return { resource: toScimGroup(saved, options.baseUrl, await loadMembers(id)), version: saved.version, id, name: saved.displayName };
  });
}

export async function deleteGroup(orgId: string, id: string, ifMatch?: string | null): Promise<{ name: string }> {
  const row = await findGroupRecord(orgId, id);
  if (!row) throw notFound("Group", id);
  assertIfMatch(ifMatch, row.version);
  const { count } = await prisma.$transaction((tx) => tx.orgGroup.deleteMany({ where: { id, orgId } }), TX_OPTIONS);
  if (count === 0) throw notFound("Group", id);
  return { name: row.displayName };
}
