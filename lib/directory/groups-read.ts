// GET /Groups/{id} and GET /Groups: members are read in one query, and not at all when the response leaves them
// out (`excludedAttributes=members`, what Entra sends). Prisma translates the filter into the page's ids; the rows
// are read in plain SQL (group-record.ts). API: getGroup(), listGroups(), findGroupRecord().
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { sqlRead } from "@/lib/db/sql";
import { pageIds } from "./page-ids";
import { filterToWhere } from "./filter-to-where";
import type { JsonObject } from "@/lib/scim/json";
import type { ListParams } from "@/lib/scim/list-params";
import { toListResponse, type ScimListResponse } from "@/lib/scim/list-response";
import { isAttributeReturned, projectResource, type AttributeSelection } from "@/lib/scim/projection";
import { sortToOrderBy } from "./sort-to-order-by";
import { loadGroups, loadMembersOf, toScimGroup, type GroupRecord, type MemberRecord } from "./group-record";
import { notFound, type ReadOptions, type ResourceView } from "./resource-view";

export async function findGroupRecord(orgId: string, id: string): Promise<GroupRecord | null> {
  return (await sqlRead((db) => loadGroups(db, orgId, [id]))).get(id) ?? null;
}

function render(row: GroupRecord, members: MemberRecord[] | undefined, options: ReadOptions, selection: AttributeSelection): JsonObject {
  const resource = toScimGroup(row, options.baseUrl, members);
  return projectResource("Group", resource, selection);
}

export async function getGroup(orgId: string, id: string, options: ReadOptions): Promise<ResourceView> {
  const selection = options.selection ?? {};
  const withMembers = isAttributeReturned("Group", selection, "members");
  const { row, members } = await sqlRead(async (db) => {
    const found = (await loadGroups(db, orgId, [id])).get(id);
    return { row: found, members: found && withMembers ? (await loadMembersOf(db, [id])).get(id) : undefined };
  });
  if (!row) throw notFound("Group", id);
  return { resource: render(row, members, options, selection), version: row.version, id: row.id, name: row.displayName };
}

export async function listGroups(orgId: string, params: ListParams, options: ReadOptions): Promise<ScimListResponse<JsonObject>> {
  const where = filterToWhere("Group", orgId, params.filter) as Prisma.OrgGroupWhereInput;
  const orderBy = sortToOrderBy("Group", params.sortBy, params.sortOrder) as Prisma.OrgGroupOrderByWithRelationInput[];
  const selection = { attributes: params.attributes, excludedAttributes: params.excludedAttributes };
  const withMembers = isAttributeReturned("Group", selection, "members");
  const { rows: ids, totalResults } = await pageIds({
    table: "OrgGroup",
    startIndex: params.startIndex,
    count: params.count,
    where,
    orderBy,
    prismaCount: () => prisma.orgGroup.count({ where }),
    prismaIds: async (skip, take) => (await prisma.orgGroup.findMany({ where, orderBy, skip, take, select: { id: true } })).map((r) => r.id),
  });
  const { groups, members } = await sqlRead(async (db) => ({
    groups: await loadGroups(db, orgId, ids),
    members: withMembers ? await loadMembersOf(db, ids) : undefined,
  }));
  // A group deleted between the two reads is left out of the page.
  const resources = ids.flatMap((id) => {
    const row = groups.get(id);
    return row ? [render(row, members?.get(id), options, selection)] : [];
  });
  return toListResponse({ resources, totalResults, startIndex: params.startIndex });
}
