// PATCH /Users/{id} in either Entra dialect: normalise once, then read-patch-write with the version as guard,
// retried when a concurrent write got in first. API: patchUser(orgId, id, body, options) → PatchedUser.
import { ScimError } from "@/lib/scim/errors";
import { patchResource } from "./patch-resource";
import { toUserData } from "./user-data";
import { toScimUser } from "./user-record";
import type { ResourceView } from "./resource-view";
import { findUserRecord } from "./users-read";
import { checkUserChange, isSameUser, saveUser, type WriteOptions } from "./users-write";

export interface PatchedUser extends ResourceView {
  changed: boolean;
  /** Set when the PATCH switched `active`, for the request log ("Disable User" / "Enable User"). */
  activeChange?: "disabled" | "enabled";
}

export async function patchUser(orgId: string, id: string, body: unknown, options: WriteOptions): Promise<PatchedUser> {
  return patchResource("User", id, body, options.ifMatch, {
    // With groups: the answer shows them, like GET, without reading the user again.
    find: () => findUserRecord(orgId, id, true),
    toScim: (row) => toScimUser(row, options.baseUrl),
    save: async (row, current, result) => {
      const data = toUserData(result.resource);
      if (!result.changed || isSameUser(row, data, options.baseUrl)) {
        const resource = toScimUser(row, options.baseUrl, row.groups);
        return { resource, version: row.version, id: row.id, name: row.userName, changed: false };
      }
      if (!data.columns.userName)
        throw new ScimError(400, "invalidValue", 'Attribute "userName" is required and must be a non-empty string');
      await checkUserChange(orgId, data, row);
      const saved = await saveUser(orgId, row, data);
      const activeChange = row.active === saved.active ? undefined : saved.active ? "enabled" : "disabled";
      return {
        resource: toScimUser(saved, options.baseUrl, saved.groups),
        version: saved.version,
        id: saved.id,
        name: saved.userName,
        changed: true,
        ...(activeChange ? { activeChange } : {}),
      };
    },
  });
}
