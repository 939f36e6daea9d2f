// GET /Groups/{id} and GET /Groups: members are read in one query, and not at all when the response leaves them
// out (`excludedAttributes=members`, what Entra sends). API: getGroup(), listGroups(), findGroupRecord().
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { pageWithTotal } from "./page-with-total";
import { filterToWhere } from "../filter-to-where";
import type { JsonObject } from "../json";
import type { ListParams } from "../list-params";
import { toListResponse, type ScimListResponse } from "../list-response";
import { isAttributeReturned, projectResource, type AttributeSelection } from "../projection";
import { sortToOrderBy } from "../sort-to-order-by";
import { GROUP_SELECT, loadMembers, loadMembersOf, toScimGroup, type GroupRecord, type MemberRecord } from "./group-record";
import { notFound, type ReadOptions, type ResourceView } from "./resource-view";

export function findGroupRecord(orgId: string, id: string): Promise<GroupRecord | null> {
  return prisma.orgGroup.findFirst({ where: { id, orgId }, select: GROUP_SELECT });
}

function render(row: GroupRecord, members: MemberRecord[] | undefined, options: ReadOptions, selection: AttributeSelection): JsonObject {
  const resource = toScimGroup(row, options.baseUrl, members);
  return projectResource("Group", resource, selection);
}

export async function getGroup(orgId: string, id: string, options: ReadOptions): Promise<ResourceView> {
  const selection = options.selection ?? {};
  const row = await findGroupRecord(orgId, id);
  if (!row) throw notFound("Group", id);
  const members = isAttributeReturned("Group", selection, "members") ? await loadMembers(row.id) : undefined;
  return { resource: render(row, members, options, selection), version: row.version, id: row.id, name: row.displayName };
}

export async function listGroups(orgId: string, params: ListParams, options: ReadOptions): Promise<ScimListResponse<JsonObject>> {
  const where = filterToWhere("Group", orgId, params.filter) as Prisma.OrgGroupWhereInput;
  const orderBy = sortToOrderBy("Group", params.sortBy, params.sortOrder) as Prisma.OrgGroupOrderByWithRelationInput[];
  const selection = { attributes: params.attributes, excludedAttributes: params.excludedAttributes };
  const { rows, totalResults } = await pageWithTotal(
    params.startIndex,
    params.count,
    () => prisma.orgGroup.count({ where }),
    (skip, take) => prisma.orgGroup.findMany({ where, orderBy, skip, take, select: GROUP_SELECT }),
  );
  const members = isAttributeReturned("Group", selection, "members") ? await loadMembersOf(rows.map((r) => r.id)) : undefined;
  const resources = rows.map((row) => render(row, members?.get(row.id), options, selection));
  return toListResponse({ resources, totalResults, startIndex: params.startIndex });
}
