// GET /Groups/{id} and GET /Groups: members are not read at all when the response leaves them out (what Entra sends);
// one group streams them (group-stream.ts), a page reads them in one query. Filter, sort, page: list-resources.ts.
// API: findGroupRecord(orgId, id), getGroup(orgId, id, options), listGroups(orgId, params, options).
import { sqlRead, type SqlSession } from "@/lib/db/sql-session";
import type { JsonObject } from "@/lib/scim/json";
import type { ListParams } from "@/lib/scim/list-params";
import type { ScimListResponse } from "@/lib/scim/list-response";
import { isAttributeReturned, projectResource, type AttributeSelection } from "@/lib/scim/projection";
import { toScimGroup, type GroupRecord, type MemberRecord } from "./group-record";
import { loadGroups, loadMembersOf } from "./group-rows";
import { listResources } from "./list-resources";
import { MEMBERS_PLACEHOLDER, streamGroupResource } from "./group-stream";
import { notFound, type ReadOptions, type ResourceView } from "./resource-view";

type GroupWithMembers = { row: GroupRecord; members: MemberRecord[] | undefined };

export async function findGroupRecord(orgId: string, id: string): Promise<GroupRecord | null> {
  return (await sqlRead((db) => loadGroups(db, orgId, [id]))).get(id) ?? null;
}

function render({ row, members }: GroupWithMembers, baseUrl: string, selection: AttributeSelection): JsonObject {
  return projectResource("Group", toScimGroup(row, baseUrl, members), selection);
}

/** The groups among `ids` with their members when the response shows them. */
async function loadPage(
  db: SqlSession,
  orgId: string,
  ids: string[],
  selection: AttributeSelection,
): Promise<Map<string, GroupWithMembers>> {
  const withMembers = isAttributeReturned("Group", selection, "members");
  const groups = await loadGroups(db, orgId, ids);
  const members = withMembers ? await loadMembersOf(db, [...groups.keys()]) : undefined;
  return new Map([...groups].map(([id, row]) => [id, { row, members: members?.get(id) }]));
}

/** A group's members are streamed from the database as the answer is written, never loaded at once. */
export async function getGroup(orgId: string, id: string, options: ReadOptions): Promise<ResourceView> {
  const selection = options.selection ?? {};
  const withMembers = isAttributeReturned("Group", selection, "members");
  const row = (await sqlRead((db) => loadGroups(db, orgId, [id]), options.reads)).get(id);
  if (!row) throw notFound("Group", id);
  const resource = render({ row, members: withMembers ? MEMBERS_PLACEHOLDER : undefined }, options.baseUrl, selection);
  const view: ResourceView = { resource, version: row.version, id: row.id, name: row.displayName };
  return resource.members ? { ...view, stream: streamGroupResource(resource, row.id) } : view;
}

export function listGroups(
  orgId: string,
  params: ListParams,
  options: ReadOptions,
): Promise<ScimListResponse<JsonObject>> {
  return listResources("Group", orgId, params, {
    reads: options.reads,
    load: (db, ids, selection) => loadPage(db, orgId, ids, selection),
    render: (group, selection) => render(group, options.baseUrl, selection),
  });
}
