// GET /Users/{id} and GET /Users: filters, sorting and paging run in the database, scoped to the organization.
// Prisma translates the filter into the page's ids; the rows themselves are read in plain SQL (user-rows.ts).
// API: findUserRecord(orgId, id), getUser(orgId, id, options), listUsers(orgId, params, baseUrl).
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { sqlRead } from "@/lib/db/sql";
import { filterToWhere } from "./filter-to-where";
import type { JsonObject } from "@/lib/scim/json";
import type { ListParams } from "@/lib/scim/list-params";
import { toListResponse, type ScimListResponse } from "@/lib/scim/list-response";
import { isAttributeReturned, projectResource } from "@/lib/scim/projection";
import { sortToOrderBy } from "./sort-to-order-by";
import { notFound, type ReadOptions, type ResourceView } from "./resource-view";
import { pageIds } from "./page-ids";
import { toScimUser, type UserRecord } from "./user-record";
import { loadUsers, type UserWithGroups } from "./user-rows";

export async function findUserRecord(orgId: string, id: string): Promise<UserRecord | null> {
  const users = await sqlRead((db) => loadUsers(db, orgId, [id], false));
  return users.get(id) ?? null;
}

function render(row: UserWithGroups, options: ReadOptions): JsonObject {
  const resource = toScimUser(row, options.baseUrl, row.groups);
  return options.selection ? projectResource("User", resource, options.selection) : resource;
}

/** The user with its groups unless `attributes`/`excludedAttributes` leave them out; 404 for other organizations' ids. */
export async function getUser(orgId: string, id: string, options: ReadOptions): Promise<ResourceView> {
  const withGroups = isAttributeReturned("User", options.selection ?? {}, "groups");
  const row = (await sqlRead((db) => loadUsers(db, orgId, [id], withGroups))).get(id);
  if (!row) throw notFound("User", id);
  return { resource: render(row, options), version: row.version, id: row.id, name: row.userName };
}

/** count + one page (skip/take); `count=0` asks for totalResults only and reads no rows. */
export async function listUsers(orgId: string, params: ListParams, options: ReadOptions): Promise<ScimListResponse<JsonObject>> {
  const where = filterToWhere("User", orgId, params.filter) as Prisma.OrgUserWhereInput;
  const orderBy = sortToOrderBy("User", params.sortBy, params.sortOrder) as Prisma.OrgUserOrderByWithRelationInput[];
  const selection = { attributes: params.attributes, excludedAttributes: params.excludedAttributes };
  const withGroups = isAttributeReturned("User", selection, "groups");
  const { rows: ids, totalResults } = await pageIds({
    table: "OrgUser",
    startIndex: params.startIndex,
    count: params.count,
    where,
    orderBy,
    prismaCount: () => prisma.orgUser.count({ where }),
    prismaIds: async (skip, take) => (await prisma.orgUser.findMany({ where, orderBy, skip, take, select: { id: true } })).map((r) => r.id),
  });
  const users = await sqlRead((db) => loadUsers(db, orgId, ids, withGroups));
  // A user deleted between the two reads is left out of the page.
  const resources = ids.flatMap((id) => {
    const row = users.get(id);
    return row ? [render(row, { ...options, selection })] : [];
  });
  return toListResponse({ resources, totalResults, startIndex: params.startIndex });
}
