// PATCH /Groups/{id}: attribute changes guarded by the version, membership changes applied in SQL as a delta so
// concurrent member adds never overwrite each other. API: patchGroup(orgId, id, body, options) → PatchedGroup.
import type { MemberDelta } from "@/lib/scim/patch-types";
import { sqlTransaction } from "@/lib/db/sql-session";
import { applyMemberDelta, assertMembersInOrg } from "./group-members";
import { toGroupColumns, toScimGroup } from "./group-record";
import { loadGroups, touchGroup, updateGroup } from "./group-rows";
import { findGroupRecord } from "./groups-read";
import { assertDisplayNameFree, mapGroupWriteError } from "./groups-write";
import { ConcurrentChange } from "@/lib/db/db-errors";
import { patchResource } from "./patch-resource";
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

export async function patchGroup(
  orgId: string,
  id: string,
  body: unknown,
  options: WriteOptions,
): Promise<PatchedGroup> {
  return patchResource("Group", id, body, options.ifMatch, {
    find: () => findGroupRecord(orgId, id),
    toScim: (row) => toScimGroup(row, options.baseUrl),
    save: async (row, _current, result) => {
      const delta = result.members ?? { removeAll: false, remove: [], add: [] };
      const columns = toGroupColumns(result.resource);
      const attributesChanged = columns.displayName !== row.displayName || columns.externalId !== row.externalId;
      if (attributesChanged && columns.displayNameLower !== row.displayName.toLowerCase())
        await assertDisplayNameFree(orgId, columns, id);
      if (delta.add.length > 0) await assertMembersInOrg(orgId, delta.add);
      if (!attributesChanged && !delta.removeAll && delta.remove.length === 0 && delta.add.length === 0) {
        return {
          id,
          name: row.displayName,
          version: row.version,
          attributesChanged,
          membersAdded: 0,
          membersRemoved: 0,
          delta,
        };
      }
      try {
        return await sqlTransaction(async (tx) => {
          if (attributesChanged && !(await updateGroup(tx, orgId, id, row.version, columns)))
            throw new ConcurrentChange();
          const { added, removed } = await applyMemberDelta(tx, id, delta);
          if (added + removed > 0 && !attributesChanged) await touchGroup(tx, id);
          const saved = (await loadGroups(tx, orgId, [id])).get(id);
          if (!saved) throw new ConcurrentChange();
          return {
            id,
            name: saved.displayName,
            version: saved.version,
            attributesChanged,
            membersAdded: added,
            membersRemoved: removed,
            delta,
          };
        });
      } catch (error) {
        throw mapGroupWriteError(error, columns);
      }
    },
  });
}
