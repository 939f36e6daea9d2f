// GET /Users/{id} and GET /Users: filters, sorting and paging run in the database, scoped to the organization.
// API: findUserRecord(orgId, id), getUser(orgId, id, options), listUsers(orgId, params, baseUrl).
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { filterToWhere } from "../filter-to-where";
import type { JsonObject } from "../json";
import type { ListParams } from "../list-params";
import { toListResponse, type ScimListResponse } from "../list-response";
import { isAttributeReturned, projectResource } from "../projection";
import { sortToOrderBy } from "../sort-to-order-by";
import { notFound, type ReadOptions, type ResourceView } from "./resource-view";
import { pageWithTotal } from "./page-with-total";
import { toScimUser, USER_GROUPS_SELECT, USER_SELECT, type UserGroupRef, type UserRecord } from "./user-record";

export function findUserRecord(orgId: string, id: string): Promise<UserRecord | null> {
  return prisma.orgUser.findFirst({ where: { id, orgId }, select: USER_SELECT });
}

type WithGroups = UserRecord & { memberships?: { group: UserGroupRef }[] };

function render(row: WithGroups, options: ReadOptions): JsonObject {
  const groups = row.memberships?.map((m) => m.group);
  const resource = toScimUser(row, options.baseUrl, groups);
  return options.selection ? projectResource("User", resource, options.selection) : resource;
}

/** The user with its groups unless `attributes`/`excludedAttributes` leave them out; 404 for other organizations' ids. */
export async function getUser(orgId: string, id: string, options: ReadOptions): Promise<ResourceView> {
  const withGroups = isAttributeReturned("User", options.selection ?? {}, "groups");
  const row: WithGroups | null = await prisma.orgUser.findFirst({
    where: { id, orgId },
    select: withGroups ? { ...USER_SELECT, ...USER_GROUPS_SELECT } : USER_SELECT,
  });
  if (!row) throw notFound("User", id);
  return { resource: render(row, options), version: row.version, id: row.id, name: row.userName };
}

/** count + one page (skip/take); `count=0` asks for totalResults only and reads no rows. */
export async function listUsers(orgId: string, params: ListParams, options: ReadOptions): Promise<ScimListResponse<JsonObject>> {
  const where = filterToWhere("User", orgId, params.filter) as Prisma.OrgUserWhereInput;
  const orderBy = sortToOrderBy("User", params.sortBy, params.sortOrder) as Prisma.OrgUserOrderByWithRelationInput[];
  const selection = { attributes: params.attributes, excludedAttributes: params.excludedAttributes };
  const withGroups = isAttributeReturned("User", selection, "groups");
  const { rows, totalResults } = await pageWithTotal<WithGroups>(
    params.startIndex,
    params.count,
    () => prisma.orgUser.count({ where }),
    (skip, take) => prisma.orgUser.findMany({ where, orderBy, skip, take, select: withGroups ? { ...USER_SELECT, ...USER_GROUPS_SELECT } : USER_SELECT }),
  );
  const resources = rows.map((row) => render(row, { ...options, selection }));
  return toListResponse({ resources, totalResults, startIndex: params.startIndex });
}
