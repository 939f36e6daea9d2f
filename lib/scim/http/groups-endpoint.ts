// /Groups: the repository calls behind the shared method table; PATCH answers 204 (entra-scim.md E17/E18) and
// names the membership change in the request log ("Add members", "Remove members"). API: GROUP_OPS.
import { isJsonObject } from "../json";
import { etagOf } from "@/lib/directory/etag";
import { patchGroup, type PatchedGroup } from "@/lib/directory/groups-patch";
import { getGroup, listGroups } from "@/lib/directory/groups-read";
import { deleteResource } from "@/lib/directory/delete-resource";
import { createGroup, replaceGroup } from "@/lib/directory/groups-write";
import type { ResourceOps } from "./resource-endpoint";

function patchAction(patched: PatchedGroup): string {
  const parts: string[] = [];
  if (patched.attributesChanged) parts.push("Update Group");
  if (patched.delta.removeAll || patched.delta.remove.length > 0)
    parts.push(patched.delta.removeAll ? "Remove all members" : "Remove members");
  if (patched.delta.add.length > 0) parts.push("Add members");
  return parts.length > 0 ? parts.join(", ") : "Update Group (no change)";
}

export const GROUP_OPS: ResourceOps = {
  type: "Group",
  list: listGroups,
  get: getGroup,
  create: createGroup,
  replace: replaceGroup,
  remove: (orgId, id, ifMatch) => deleteResource("Group", orgId, id, ifMatch),
  nameOf: (body) => (isJsonObject(body) && typeof body.displayName === "string" ? body.displayName : undefined),
  async patch(ctx, id, options) {
    const patched = await patchGroup(ctx.orgId, id, ctx.body(), options);
    ctx.log.resourceName = patched.name;
    ctx.log.action = patchAction(patched);
    return { status: 204, headers: { ETag: etagOf(patched.version) } };
  },
};
