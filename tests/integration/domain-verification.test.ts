// Verification against a real DNS server (dns2) and a real HTTP server on loopback: both methods, the
// findings, the organization the first verified domain creates, and who may see and claim what.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { prisma } from "@/lib/db/client";
import { createAccount } from "@/lib/accounts/create-account";
import { startOnboarding } from "@/lib/domains/start-onboarding";
import { verifyDomain } from "@/lib/domains/verify-domain";
import { getOnboardingDomain } from "@/lib/domains/get-domain";
import { addDomain } from "@/lib/domains/add-domain";
import { markDomainVerified } from "@/lib/domains/mark-domain-verified";
import { removeDomain } from "@/lib/domains/remove-domain";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { startDnsServer, type TestDnsServer } from "./support/dns-server";
import { startHttpFileServer } from "./support/http-file-server";
import { unique } from "./support/cli";

let dns: TestDnsServer;
let web: Awaited<ReturnType<typeof startHttpFileServer>>;

beforeAll(async () => {
  dns = await startDnsServer();
  web = await startHttpFileServer();
  process.env.DNS_SERVERS = dns.server;
  process.env.DOMAIN_VERIFY_HTTP_PORT = String(web.port);
  process.env.DOMAIN_VERIFY_ALLOW_PRIVATE = "1";
});
afterAll(async () => {
  delete process.env.DNS_SERVERS;
  delete process.env.DOMAIN_VERIFY_HTTP_PORT;
  delete process.env.DOMAIN_VERIFY_ALLOW_PRIVATE;
  await dns.close();
  await web.close();
});

async function newAccount(domain: string, local = "nia") {
  return createAccount({ email: `${local}@${domain}`, name: "Nia New", password: "long-enough-password" });
}

async function onboard(domain: string, local?: string) {
  const account = await newAccount(domain, local);
  const started = await startOnboarding(account);
  if (started.kind !== "pending") throw new Error(`expected a pending domain, got ${started.kind}`);
  return { account, domain: started.domain, actor: { id: account.id, label: account.email } };
}

describe("Verify your domain (onboarding)", () => {
  it("issues a logmein-verification-code with a uuid v4 and a 10-day deadline for the email's domain, once", async () => {
    const name = `${unique("fabrikam")}.test`;
    const { account, domain } = await onboard(name);
    expect(domain.name).toBe(name);
    expect(domain.orgId).toBeNull();
    expect(domain.code).toMatch(
      /^logmein-verification-code=[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(domain.expiresAt.getTime() - domain.issuedAt.getTime()).toBe(10 * 86_400_000);
    const again = await startOnboarding(account);
    expect(again.kind === "pending" && again.domain.id).toBe(domain.id);
  });

  it("reports nothing found before the record is published, then verifies by DNS and creates the organization", async () => {
    const name = `${unique("northwind")}.test`;
    const { account, domain, actor } = await onboard(name);

    const before = await verifyDomain(domain.id, actor, { orgName: "Northwind Traders" });
    expect(before.status).toBe("pending");
    expect(before.result!.dns).toMatchObject({ name, records: [], matched: false });
    expect(before.result!.http.matched).toBe(false);
    expect(
      await prisma.organization.count({
        where: { name: "Northwind Traders", memberships: { some: { accountId: account.id } } },
      }),
    ).toBe(0);

    dns.set(name, {
      txt: [
        ["v=spf1 include:_spf.example.com ~all"],
        [`logmein-verification-code=${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}`],
        [`"${domain.code}"`],
        ["google-site-verification=abc123"],
      ],
    });
    const after = await verifyDomain(domain.id, actor, { orgName: "Northwind Traders" });
    expect(after.status).toBe("verified");
    expect(after.justVerified).toBe(true);
    expect(after.result!.method).toBe("dns");
    expect(after.result!.dns.records.map((r) => r.matched)).toEqual([false, false, true, false]);
    expect(after.result!.dns.records[1]!.reason).toMatch(/not this domain's current one/);

    const membership = await prisma.membership.findFirstOrThrow({
      where: { accountId: account.id },
      include: { org: true },
    });
    expect(membership.role).toBe("admin");
    expect(membership.org).toMatchObject({ name: "Northwind Traders", slug: after.orgSlug });
    const row = await prisma.domain.findUniqueOrThrow({ where: { id: domain.id } });
    expect(row).toMatchObject({ orgId: membership.orgId, status: "verified", method: "dns", verifiedName: name });
    expect((row.lastCheck as { verified: boolean }).verified).toBe(true);
    const audit = await prisma.auditEvent.findMany({
      where: { orgId: membership.orgId },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((e) => e.action)).toEqual(["organization.create", "domain.verify"]);
    expect(audit[1]!.actorLabel).toBe(account.email);
  });

  it("verifies by the HTTP file, reporting its status and first bytes", async () => {
    const name = `${unique("contoso-web")}.test`;
    const { domain, actor } = await onboard(name);
    dns.set(name, { a: ["127.0.0.1"] });
    web.serve(name, { body: `${domain.code}\n` }, "/logmein-verification-code.txt");
    const outcome = await verifyDomain(domain.id, actor);
    expect(outcome.status).toBe("verified");
    expect(outcome.result!.method).toBe("http");
    expect(outcome.result!.http).toMatchObject({
      status: 200,
      matched: true,
      firstBytes: `${domain.code}\n`,
      url: `http://${name}:${web.port}/logmein-verification-code.txt`,
    });
    expect(web.requests).toContainEqual({ host: name, path: "/logmein-verification-code.txt" });
  });

  it("accepts goto-verification-code= in an upper-case, multi-string record", async () => {
    const name = `${unique("goto")}.test`;
    const { domain, actor } = await onboard(name);
    const uuid = domain.code.split("=")[1]!.toUpperCase();
    dns.set(name, { txt: [["GOTO-VERIFICATION-CODE=", uuid.slice(0, 10), uuid.slice(10)]] });
    const outcome = await verifyDomain(domain.id, actor);
    expect(outcome.status).toBe("verified");
    expect(outcome.result!.dns.records[0]).toMatchObject({ strings: 3, matched: true });
  });

  it("explains a wrong prefix and a 404 file without verifying", async () => {
    const name = `${unique("typo")}.test`;
    const { domain, actor } = await onboard(name);
    dns.set(name, { txt: [[`logmein-verification=${domain.code.split("=")[1]}`]], a: ["127.0.0.1"] });
    const outcome = await verifyDomain(domain.id, actor);
    expect(outcome.status).toBe("pending");
    expect(outcome.result!.dns.records[0]!.reason).toMatch(/prefix "logmein-verification" is not accepted/);
    expect(outcome.result!.http).toMatchObject({ status: 404, matched: false, firstBytes: "no such site" });
    expect(outcome.result!.http.reason).toMatch(/HTTP 404/);
  });

  it("reports a failing DNS server instead of 'no records'", async () => {
    const name = `${unique("servfail")}.test`;
    const { domain, actor } = await onboard(name);
    dns.set(name, { rcode: "SERVFAIL" });
    const outcome = await verifyDomain(domain.id, actor);
    expect(outcome.result!.dns.error).toMatch(/SERVFAIL|failure/);
  });
});

describe("who may see and claim a domain", () => {
  it("gives each account its own code, invisible to the others; the first to verify owns the domain", async () => {
    const name = `${unique("shared")}.test`;
    const first = await onboard(name, "first");
    const second = await onboard(name, "second");
    expect(second.domain.code).not.toBe(first.domain.code);
    await expect(getOnboardingDomain(second.account.id, first.domain.id)).rejects.toMatchObject({ code: "not_found" });

    dns.set(name, { txt: [[first.domain.code], [second.domain.code]] });
    expect((await verifyDomain(first.domain.id, first.actor)).status).toBe("verified");
    await expect(verifyDomain(second.domain.id, second.actor)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/already verified by another organization/),
    });
    expect(await startOnboarding(second.account)).toEqual({ kind: "taken", name });
  });

  it("lets admins add further domains, verifies a subdomain only with its own record, and refuses names another organization owns", async () => {
    const name = `${unique("parent")}.test`;
    const { domain, actor } = await onboard(name);
    dns.set(name, { txt: [[domain.code]] });
    const { orgSlug } = await verifyDomain(domain.id, actor);
    const org = await prisma.organization.findUniqueOrThrow({ where: { slug: orgSlug! } });

    const sub = await addDomain(org.id, `SALES.${name}`, actor);
    expect(sub.name).toBe(`sales.${name}`);
    expect(sub.code).not.toBe(domain.code);
    // The parent's record does not count for the subdomain.
    expect((await verifyDomain(sub.id, actor)).status).toBe("pending");
    dns.set(`sales.${name}`, { txt: [[sub.code]] });
    expect((await verifyDomain(sub.id, actor)).status).toBe("verified");

    const other = await prisma.organization.create({ data: { name: "Other", slug: unique("other") } });
    await expect(addDomain(other.id, name, CLI_ACTOR)).rejects.toMatchObject({ code: "conflict" });
    await expect(markDomainVerified(other.id, `sales.${name}`, CLI_ACTOR)).rejects.toMatchObject({ code: "conflict" });
    await expect(addDomain(org.id, name, actor)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/already in this organization/),
    });
  });

  it("deletes pending domains but never verified ones", async () => {
    const org = await prisma.organization.create({ data: { name: "Deleter", slug: unique("deleter") } });
    const pending = await addDomain(org.id, `${unique("pending")}.test`, CLI_ACTOR);
    const verified = await markDomainVerified(org.id, `${unique("kept")}.test`, CLI_ACTOR);
    await expect(removeDomain(org.id, { id: verified.id }, CLI_ACTOR)).rejects.toMatchObject({
      code: "precondition_failed",
      message: expect.stringMatching(/cannot be deleted/),
    });
    await removeDomain(org.id, { id: pending.id }, CLI_ACTOR);
    expect(await prisma.domain.findMany({ where: { orgId: org.id }, select: { name: true } })).toEqual([
      { name: verified.name },
    ]);
    expect(
      await prisma.auditEvent.count({ where: { orgId: org.id, action: "domain.remove", targetId: pending.id } }),
    ).toBe(1);
  });
});
