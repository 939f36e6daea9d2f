// GET /Users/{id} and GET /Users: filters, sorting and paging run in the database, scoped to the organization
// (list-resources.ts); the rows themselves are read in plain SQL (user-rows.ts).
// API: findUserRecord(orgId, id, withGroups?), getUser(orgId, id, options), listUsers(orgId, params, options).
import { sqlRead } from "@/lib/db/sql-session";
import type { JsonObject } from "@/lib/scim/json";
import type { ListParams } from "@/lib/scim/list-params";
import type { ScimListResponse } from "@/lib/scim/list-response";
import { isAttributeReturned, projectResource, type AttributeSelection } from "@/lib/scim/projection";
import { listResources } from "./list-resources";
import { notFound, type ReadOptions, type ResourceView } from "./resource-view";
import { toScimUser } from "./user-record";
import { loadUsers, loadUsersWhere, type UserWithGroups } from "./user-rows";

/** The stored user, with its groups when asked (for an answer that shows them), or null. */
export async function findUserRecord(orgId: string, id: string, withGroups = false): Promise<UserWithGroups | null> {
  const users = await sqlRead((db) => loadUsers(db, orgId, [id], withGroups));
  return users.get(id) ?? null;
}

function render(row: UserWithGroups, baseUrl: string, selection: AttributeSelection | undefined): JsonObject {
  const resource = toScimUser(row, baseUrl, row.groups);
  return selection ? projectResource("User", resource, selection) : resource;
}

/** The user with its groups unless `attributes`/`excludedAttributes` leave them out; 404 for other organizations' ids. */
export async function getUser(orgId: string, id: string, options: ReadOptions): Promise<ResourceView> {
  const withGroups = isAttributeReturned("User", options.selection ?? {}, "groups");
  const row = (await sqlRead((db) => loadUsers(db, orgId, [id], withGroups), options.reads)).get(id);
  if (!row) throw notFound("User", id);
  return {
    resource: render(row, options.baseUrl, options.selection),
    version: row.version,
    id: row.id,
    name: row.userName,
  };
}

export function listUsers(
  orgId: string,
  params: ListParams,
  options: ReadOptions,
): Promise<ScimListResponse<JsonObject>> {
  return listResources("User", orgId, params, {
    reads: options.reads,
    load: (db, ids, selection) => loadUsers(db, orgId, ids, isAttributeReturned("User", selection, "groups")),
    loadWhere: (db, where, selection) =>
      loadUsersWhere(db, orgId, where, isAttributeReturned("User", selection, "groups")),
    render: (row, selection) => render(row, options.baseUrl, selection),
  });
}
