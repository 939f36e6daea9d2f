import { getOrganization } from "@/lib/orgs/find-organization";
import { createScimToken } from "@/lib/scim-tokens/create-scim-token";
import { listScimTokens } from "@/lib/scim-tokens/list-scim-tokens";
import { revokeScimToken } from "@/lib/scim-tokens/revoke-scim-token";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { table, type Output } from "./output";
import { requireOption, UsageError } from "./usage-error";

export async function tokenCommand(sub: string | undefined, options: Record<string, unknown>, out: Output) {
  if (!sub || !["create", "list", "revoke"].includes(sub)) {
    throw new UsageError(
      "Usage: org-center token create --org ORG --name N [--expires-days D] | token list --org ORG | token revoke --org ORG --token ID|NAME",
    );
  }
  const org = await getOrganization(requireOption(options, "org"));
  if (sub === "create") {
    const t = await createScimToken(
      org.id,
      { name: requireOption(options, "name"), expiresInDays: options["expires-days"] as string | undefined },
      CLI_ACTOR,
    );
    out.print(t, () => `Created SCIM token "${t.name}" (${t.id}). It is shown only now:\n${t.token}`);
    return;
  }
  if (sub === "list") {
    const tokens = await listScimTokens(org.id);
    out.print(tokens, () =>
      table(tokens, ["id", "name", "prefix", "createdAt", "lastUsedAt", "expiresAt", "revokedAt"]),
    );
    return;
  }
  const r = await revokeScimToken(org.id, requireOption(options, "token"), CLI_ACTOR);
  out.print(r, () => `Revoked token "${r.name}" (${r.id}).`);
}
