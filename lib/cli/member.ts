import { getOrganization } from "@/lib/orgs/find-organization";
import { setMemberRole } from "@/lib/orgs/set-member-role";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import type { Output } from "./output";
import { requireOption, UsageError } from "./usage-error";

export async function memberCommand(sub: string | undefined, options: Record<string, unknown>, out: Output) {
  if (sub !== "set-role")
    throw new UsageError(
      "Usage: org-center member set-role --org ORG --email E --role admin|admin-read-only|help-desk|user",
    );
  const org = await getOrganization(requireOption(options, "org"));
  const result = await setMemberRole(
    { orgId: org.id, email: requireOption(options, "email"), role: requireOption(options, "role") },
    CLI_ACTOR,
  );
  out.print(
    { org: org.slug, ...result },
    () => `${requireOption(options, "email")} is now ${result.role} in ${org.slug}.`,
  );
}
