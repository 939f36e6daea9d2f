// The organization rule of PRODUCT.md §2: a provisioned user's userName and work email must be in a verified
// domain of the organization (exact match: a subdomain needs its own record). API: assertInVerifiedDomains().
import { sqlSession } from "@/lib/db/sql-session";
import { ScimError } from "@/lib/scim/errors";

export interface DomainCheck {
  /** What the value is, for the message: `userName`, `emails[type eq "work"].value`. */
  label: string;
  value: string;
}

export async function assertInVerifiedDomains(orgId: string, checks: DomainCheck[]): Promise<void> {
  if (checks.length === 0) return;
  const rows = await sqlSession().all<{ name: string }>(
    `SELECT "name" FROM "Domain" WHERE "orgId" = ? AND "status" = 'verified'`,
    [orgId],
  );
  const verified = new Set(rows.map((r) => r.name.toLowerCase()));
  const listed =
    rows.length > 0
      ? `verified domains: ${[...verified].sort().join(", ")}`
      : "the organization has no verified domain yet";
  for (const { label, value } of checks) {
    const at = value.lastIndexOf("@");
    if (at < 1 || at === value.length - 1) {
      throw new ScimError(
        400,
        "invalidValue",
        `${label} "${value}" must be an address in a verified domain of this organization (${listed})`,
      );
    }
    const domain = value
      .slice(at + 1)
      .toLowerCase()
      .replace(/\.$/, "");
    if (!verified.has(domain)) {
      throw new ScimError(
        400,
        "invalidValue",
        `${label} "${value}": the domain ${domain} is not a verified domain of this organization (${listed})`,
      );
    }
  }
}
