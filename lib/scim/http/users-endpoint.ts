// /Users: the repository calls behind the shared method table, plus PATCH's request-log wording
// ("Disable User" when active went false). API: USER_OPS.
import { isJsonObject } from "../json";
import { patchUser } from "@/lib/directory/users-patch";
import { getUser, listUsers } from "@/lib/directory/users-read";
import { deleteResource } from "@/lib/directory/delete-resource";
import { createUser, replaceUser } from "@/lib/directory/users-write";
import { singleResource, type ResourceOps } from "./resource-endpoint";

export const USER_OPS: ResourceOps = {
  type: "User",
  list: listUsers,
  get: getUser,
  create: createUser,
  // Read back so the response carries the user's groups, like GET.
  replace: async (orgId, id, body, options) => {
    await replaceUser(orgId, id, body, options);
    return getUser(orgId, id, { baseUrl: options.baseUrl });
  },
  remove: (orgId, id, ifMatch) => deleteResource("User", orgId, id, ifMatch),
  nameOf: (body) => (isJsonObject(body) && typeof body.userName === "string" ? body.userName : undefined),
  async patch(ctx, id, options) {
    const patched = await patchUser(ctx.orgId, id, ctx.body(), options);
    ctx.log.resourceName = patched.name;
    if (patched.activeChange) ctx.log.action = patched.activeChange === "disabled" ? "Disable User" : "Enable User";
    else if (!patched.changed) ctx.log.action = "Update User (no change)";
    return singleResource(patched);
  },
};
