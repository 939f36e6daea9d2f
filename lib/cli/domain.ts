import { getOrganization } from "@/lib/orgs/find-organization";
import { addDomain, parseDomainName } from "@/lib/domains/add-domain";
import { listDomains } from "@/lib/domains/list-domains";
import { markDomainVerified } from "@/lib/domains/mark-domain-verified";
import { removeDomain } from "@/lib/domains/remove-domain";
import { verifyDomain } from "@/lib/domains/verify-domain";
import { effectiveStatus, timeLeft } from "@/lib/domains/domain-status";
import { formatUtc } from "@/lib/console/format-date";
import type { VerificationResult } from "@/lib/domains/check-domain";
import { verificationFileUrl } from "@/lib/domains/fetch-verification-file";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { table, type Output } from "./output";
import { requireOption, UsageError } from "./usage-error";

const SUBCOMMANDS = ["add", "list", "verify", "mark-verified", "remove"];

export async function domainCommand(sub: string | undefined, options: Record<string, unknown>, out: Output) {
  const usage = `Usage: org-center domain ${SUBCOMMANDS.join("|")} --org ORG [--domain D]`;
  if (!sub || !SUBCOMMANDS.includes(sub)) throw new UsageError(usage);
  const org = await getOrganization(requireOption(options, "org"));
  if (sub === "list") {
    const now = new Date();
    const domains = (await listDomains(org.id)).map((d) => {
      const status = effectiveStatus(d, now);
      return { ...d, status, timeLeft: status === "pending" ? timeLeft(d.expiresAt, now) : "" };
    });
    out.print(domains, () =>
      table(domains, ["name", "status", "timeLeft", "expiresAt", "verifiedAt", "method", "warning"]),
    );
    return;
  }
  const name = requireOption(options, "domain");
  if (sub === "add") {
    const d = await addDomain(org.id, name, CLI_ACTOR);
    out.print(
      { name: d.name, status: d.status, code: d.code, expiresAt: d.expiresAt },
      () =>
        `Added ${d.name} (pending until ${formatUtc(d.expiresAt)}).\nPublish this TXT record at ${d.name}, or serve it at ${verificationFileUrl(d.name, 80)}:\n${d.code}`,
    );
    return;
  }
  if (sub === "remove") {
    const d = await removeDomain(org.id, { name: parseDomainName(name) }, CLI_ACTOR);
    out.print({ removed: d.name, status: d.status }, () => `Removed ${d.name} (${d.status}) from ${org.slug}.`);
    return;
  }
  if (sub === "verify") {
    const row = await prisma.domain.findUnique({
      where: { orgId_name: { orgId: org.id, name: parseDomainName(name) } },
      select: { id: true, name: true },
    });
    if (!row) throw new AppError("not_found", `No domain ${name} in ${org.slug}. Add it first with "domain add".`);
    const outcome = await verifyDomain(row.id, CLI_ACTOR);
    out.print({ name: row.name, status: outcome.status, result: outcome.result }, () =>
      describe(row.name, outcome.status, outcome.result),
    );
    if (outcome.status !== "verified") throw new AppError("precondition_failed", `${row.name} is not verified yet.`);
    return;
  }
  const d = await markDomainVerified(org.id, name, CLI_ACTOR);
  out.print(
    { name: d.name, status: d.status, verifiedAt: d.verifiedAt },
    () => `${d.name} is verified in ${org.slug} (operator override, audited).`,
  );
}

/** Every finding, one per line, as the console's result panel shows them. */
function describe(name: string, status: string, result: VerificationResult | null): string {
  if (!result) return `${name} is ${status} (already verified; nothing checked).`;
  const lines = [
    `${name}: ${status}${result.method ? ` (by ${result.method === "dns" ? "DNS TXT record" : "HTTP file"})` : ""}`,
    `DNS TXT records at ${result.dns.name}:`,
  ];
  if (result.dns.error) lines.push(`  ! ${result.dns.error}`);
  else if (result.dns.records.length === 0) lines.push("  (none found)");
  for (const r of result.dns.records)
    lines.push(
      `  ${r.matched ? "✓" : "✗"} ${JSON.stringify(r.value)}${r.strings > 1 ? ` (${r.strings} strings)` : ""}`,
      `      ${r.reason}`,
    );
  const h = result.http;
  lines.push(`HTTP file ${h.url}${h.redirects.length ? ` → ${h.redirects.join(" → ")}` : ""}:`);
  lines.push(`  ${h.matched ? "✓" : "✗"} ${h.status !== undefined ? `HTTP ${h.status}. ` : ""}${h.reason}`);
  if (h.firstBytes !== undefined) lines.push(`      first bytes: ${JSON.stringify(h.firstBytes.slice(0, 120))}`);
  return lines.join("\n");
}
