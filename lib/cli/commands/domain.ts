import { getOrganization } from "@/lib/orgs/find-organization";
import { addDomain } from "@/lib/domains/add-domain";
import { listDomains } from "@/lib/domains/list-domains";
import { markDomainVerified } from "@/lib/domains/mark-domain-verified";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { table, type Output } from "../output";
import { requireOption, UsageError } from "../usage-error";

export async function domainCommand(sub: string | undefined, options: Record<string, unknown>, out: Output) {
  const usage = "Usage: org-center domain add|list|mark-verified --org ORG [--domain D]";
  if (!sub || !["add", "list", "mark-verified"].includes(sub)) throw new UsageError(usage);
  const org = await getOrganization(requireOption(options, "org"));
  if (sub === "list") {
    const domains = await listDomains(org.id);
    out.print(domains, () => table(domains, ["name", "status", "issuedAt", "expiresAt", "verifiedAt"]));
    return;
  }
  const name = requireOption(options, "domain");
  if (sub === "add") {
    const d = await addDomain(org.id, name, CLI_ACTOR);
    out.print({ name: d.name, status: d.status, code: d.code, expiresAt: d.expiresAt }, () =>
      `Added ${d.name} (pending until ${d.expiresAt.toISOString()}).\nPublish this TXT record at ${d.name}, or serve it at http://${d.name}/logmein-verification-code.txt:\n${d.code}`);
    return;
  }
  const d = await markDomainVerified(org.id, name, CLI_ACTOR);
  out.print({ name: d.name, status: d.status, verifiedAt: d.verifiedAt }, () => `${d.name} is verified in ${org.slug} (operator override, audited).`);
}
