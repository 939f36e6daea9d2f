// Before acting, a cycle counts the disables and deletes it would perform (accidental-deletion prevention):
// scope evaluation only, from the database, no target calls.
import type { TMappingDefinition, TProvisioningScope } from "@/lib/mapping/types";
import { loadGroups, loadStates, loadUsers } from "./load-objects";
import { intentFor, scopeGroup, scopeUser } from "./scope";
import type { Assignments } from "./types";

export async function countDeprovisions(
  input: {
    orgId: string;
    jobId: string;
    scope: TProvisioningScope;
    assignments: Assignments;
    mapping: TMappingDefinition;
  },
  userIds: string[],
  groupIds: string[],
): Promise<number> {
  let count = 0;
  for (let i = 0; i < userIds.length; i += 500) {
    const ids = userIds.slice(i, i + 500);
    const [users, states] = await Promise.all([loadUsers(input.orgId, ids), loadStates(input.jobId, "user", ids)]);
    for (const u of users) {
      const intent = intentFor(
        "user",
        scopeUser(u, input),
        states.get(u.id) ?? null,
        input.mapping.user.actions.delete,
      );
      if (intent === "disable" || intent === "delete") count++;
    }
  }
  for (let i = 0; i < groupIds.length; i += 500) {
    const ids = groupIds.slice(i, i + 500);
    const [groups, states] = await Promise.all([loadGroups(input.orgId, ids), loadStates(input.jobId, "group", ids)]);
    for (const g of groups)
      if (
        intentFor("group", scopeGroup(g, input), states.get(g.id) ?? null, input.mapping.group.actions.delete) ===
        "delete"
      )
        count++;
  }
  return count;
}
