// PATCH /Groups/{id}: attribute changes guarded by the version, membership changes applied in SQL as a delta so
// concurrent member adds never overwrite each other. API: patchGroup(orgId, id, body, options) → PatchedGroup.
import { applyPatch } from "@/lib/scim/patch-apply";
import { normalizePatchRequest } from "@/lib/scim/patch-normalize";
import type { MemberDelta } from "@/lib/scim/patch-types";
import { sqlTransaction } from "@/lib/db/sql";
import { assertIfMatch } from "./etag";
import { applyMemberDelta, assertMembersInOrg } from "./group-members";
import { loadGroups, toGroupColumns, toScimGroup } from "./group-record";
import { findGroupRecord } from "./groups-read";
import { assertDisplayNameFree, mapGroupWriteError, updateGroup } from "./groups-write";
import { ConcurrentChange, withRetries } from "../db/db-errors";
import { notFound } from "./resource-view";
import type { WriteOptions } from "./users-write";

export interface PatchedGroup {
  id: string;
  name: string;
  version: number;
  attributesChanged: boolean;
  membersAdded: number;
  membersRemoved: number;
  delta: MemberDelta;
}

export async function patchGroup(orgId: string, id: string, body: unknown, options: WriteOptions): Promise<PatchedGroup> {
  const { operations } = normalizePatchRequest("Group", body);
  return withRetries(async () => {
    const row = await findGroupRecord(orgId, id);
    if (!row) throw notFound("Group", id);
    assertIfMatch(options.ifMatch, row.version);
    const current = toScimGroup(row, options.baseUrl);
    const result = applyPatch("Group", current, operations);
    const delta = result.members ?? { removeAll: false, remove: [], add: [] };
    const columns = toGroupColumns(result.resource);
    const attributesChanged = columns.displayName !== row.displayName || columns.externalId !== row.externalId;
    if (attributesChanged && columns.displayNameLower !== row.displayName.toLowerCase()) await assertDisplayNameFree(orgId, columns, id);
    if (delta.add.length > 0) await assertMembersInOrg(orgId, delta.add);
    if (!attributesChanged && !delta.removeAll && delta.remove.length === 0 && delta.add.length === 0) {
      return { id, name: row.displayName, version: row.version, attributesChanged, membersAdded: 0, membersRemoved: 0, delta };
    }
    try {
      return await sqlTransaction(async (tx) => {
        if (attributesChanged && !(await updateGroup(tx, orgId, id, row.version, columns))) throw new ConcurrentChange();
        const { added, removed } = await applyMemberDelta(tx, id, delta);
        if (added + removed > 0 && !attributesChanged) {
          await tx.run(`UPDATE "OrgGroup" SET "version" = "version" + 1, "updatedAt" = ? WHERE "id" = ?`, [new Date(), id]);
        }
        const saved = (await loadGroups(tx, orgId, [id])).get(id);
        if (!saved) throw new ConcurrentChange();
        return { id, name: saved.displayName, version: saved.version, attributesChanged, membersAdded: added, membersRemoved: removed, delta };
      });
    } catch (error) {
      throw mapGroupWriteError(error, columns);
    }
  });
}
