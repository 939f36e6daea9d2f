import { createOrganization } from "@/lib/orgs/create-organization";
import { listOrganizations } from "@/lib/orgs/list-organizations";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { table, type Output } from "./output";
import { requireOption, UsageError } from "./usage-error";

export async function orgCommand(sub: string | undefined, options: Record<string, unknown>, out: Output) {
  if (sub === "create") {
    const org = await createOrganization(
      { name: requireOption(options, "name"), ownerEmail: requireOption(options, "owner") },
      CLI_ACTOR,
    );
    out.print(
      { id: org.id, slug: org.slug, name: org.name },
      () => `Created organization ${org.name}\nid:   ${org.id}\nslug: ${org.slug}`,
    );
    return;
  }
  if (sub === "list") {
    const orgs = await listOrganizations();
    out.print(orgs, () => table(orgs, ["id", "slug", "name", "members", "users", "groups"]));
    return;
  }
  throw new UsageError("Usage: org-center org create --name N --owner EMAIL | org list");
}
