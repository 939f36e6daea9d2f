// PATCH /Users/{id} in either Entra dialect: normalise once, then read-patch-write with the version as guard,
// retried when a concurrent write got in first. API: patchUser(orgId, id, body, options) → PatchedUser.
import { ScimError } from "@/lib/scim/errors";
import { applyPatch } from "@/lib/scim/patch-apply";
import { normalizePatchRequest } from "@/lib/scim/patch-normalize";
import { assertIfMatch } from "./etag";
import { withRetries } from "../db/db-errors";
import { toUserData } from "./user-data";
import { toScimUser } from "./user-record";
import { notFound, type ResourceView } from "./resource-view";
import { findUserRecord } from "./users-read";
import { checkUserChange, isSameUser, saveUser, type WriteOptions } from "./users-write";

export interface PatchedUser extends ResourceView {
  changed: boolean;
  /** Set when the PATCH switched `active`, for the request log ("Disable User" / "Enable User"). */
  activeChange?: "disabled" | "enabled";
}

export async function patchUser(orgId: string, id: string, body: unknown, options: WriteOptions): Promise<PatchedUser> {
  const { operations } = normalizePatchRequest("User", body);
  return withRetries(async () => {
    const row = await findUserRecord(orgId, id);
    if (!row) throw notFound("User", id);
    assertIfMatch(options.ifMatch, row.version);
    const current = toScimUser(row, options.baseUrl);
    const result = applyPatch("User", current, operations);
    const data = toUserData(result.resource);
    if (!result.changed || isSameUser(row, data, options.baseUrl)) {
      return { resource: current, version: row.version, id: row.id, name: row.userName, changed: false };
    }
    if (!data.columns.userName) throw new ScimError(400, "invalidValue", 'Attribute "userName" is required and must be a non-empty string');
    await checkUserChange(orgId, data, row);
    const saved = await saveUser(orgId, row, data);
    const activeChange = row.active === saved.active ? undefined : saved.active ? "enabled" : "disabled";
    return {
      resource: toScimUser(saved, options.baseUrl),
      version: saved.version,
      id: saved.id,
      name: saved.userName,
      changed: true,
      ...(activeChange ? { activeChange } : {}),
    };
  });
}
