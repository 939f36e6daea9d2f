// The operator CLI's domain commands (against a real DNS server) and the onboarding and console pages over
// real HTTP from the started app.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { prisma } from "@/lib/db/client";
import { createAccount } from "@/lib/accounts/create-account";
import { verifyDomain } from "@/lib/domains/verify-domain";
import { startDnsServer, type TestDnsServer } from "./support/dns-server";
import { HttpSession } from "./support/http-session";
import { runCli, unique } from "./support/cli";

let dns: TestDnsServer;
const PASSWORD = "long-enough-password";

beforeAll(async () => {
  dns = await startDnsServer();
  process.env.DNS_SERVERS = dns.server;
  process.env.DOMAIN_VERIFY_HTTP_PORT = "1";
});
afterAll(async () => {
  delete process.env.DNS_SERVERS;
  delete process.env.DOMAIN_VERIFY_HTTP_PORT;
  await dns.close();
});

describe("CLI: domain add, verify, list, remove, mark-verified", () => {
  let slug = "";
  beforeAll(async () => {
    const owner = `${unique("op")}@cli.test`;
    expect((await runCli("account", "create", "--email", owner, "--name", "Op", "--password", PASSWORD)).status).toBe(
      0,
    );
    slug = (await runCli("org", "create", "--name", unique("Cli Org"), "--owner", owner, "--json")).json<{
      slug: string;
    }>().slug;
  });

  it("adds a domain, prints its code, and verify prints every finding until the record is published", async () => {
    const name = `${unique("cli")}.test`;
    const added = await runCli("domain", "add", "--org", slug, "--domain", name);
    expect(added.status, added.stderr).toBe(0);
    const code = /^(logmein-verification-code=[0-9a-f-]{36})$/m.exec(added.stdout)![1]!;

    const early = await runCli("domain", "verify", "--org", slug, "--domain", name);
    expect(early.status).toBe(1);
    expect(early.stdout).toContain(`${name}: pending`);
    expect(early.stdout).toContain(`DNS TXT records at ${name}:\n  (none found)`);
    expect(early.stderr).toContain(`${name} is not verified yet.`);

    dns.set(name, { txt: [["v=spf1 -all"], [code]] });
    const verified = await runCli("domain", "verify", "--org", slug, "--domain", name);
    expect(verified.status, verified.stderr).toBe(0);
    expect(verified.stdout).toContain(`${name}: verified (by DNS TXT record)`);
    expect(verified.stdout).toContain(`✗ "v=spf1 -all"\n      Not a verification record; ignored.`);
    expect(verified.stdout).toContain(`✓ "${code}"\n      Matches this domain's code (logmein-verification-code=).`);

    const list = (await runCli("domain", "list", "--org", slug, "--json")).json<
      { name: string; status: string; method: string }[]
    >();
    expect(list.find((d) => d.name === name)).toMatchObject({ status: "verified", method: "dns" });

    const removeVerified = await runCli("domain", "remove", "--org", slug, "--domain", name);
    expect(removeVerified.status).toBe(1);
    expect(removeVerified.stderr).toContain("is verified and cannot be deleted");
  });

  it("removes a pending domain and marks another verified, both audited", async () => {
    const pending = `${unique("gone")}.test`;
    expect((await runCli("domain", "add", "--org", slug, "--domain", pending)).status).toBe(0);
    const removed = await runCli("domain", "remove", "--org", slug, "--domain", pending, "--json");
    expect(removed.json<{ removed: string }>().removed).toBe(pending);

    const airgapped = `${unique("airgap")}.test`;
    const marked = await runCli("domain", "mark-verified", "--org", slug, "--domain", airgapped, "--json");
    expect(marked.json<{ status: string }>().status).toBe("verified");
    const org = await prisma.organization.findUniqueOrThrow({ where: { slug } });
    const actions = (await prisma.auditEvent.findMany({ where: { orgId: org.id, actorLabel: "operator (CLI)" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(expect.arrayContaining(["domain.remove", "domain.mark-verified"]));
    expect((await prisma.domain.findFirstOrThrow({ where: { orgId: org.id, name: airgapped } })).method).toBe(
      "operator",
    );
  });
});

describe("onboarding and the Domains page over HTTP", () => {
  async function signedIn(email: string) {
    await createAccount({ email, name: "Page Tester", password: PASSWORD });
    const session = new HttpSession();
    expect(await session.signIn(email, PASSWORD, `198.51.100.${Math.floor(Math.random() * 200) + 20}`)).toBeNull();
    return session;
  }

  it("lands a new account on Verify your domain with its own code, hidden from other accounts", async () => {
    const name = `${unique("landing")}.test`;
    const first = await signedIn(`first@${name}`);
    const home = await first.fetch("/");
    expect(home.headers.get("location")).toMatch(/\/welcome$/);
    const page = await (await first.fetch("/welcome")).text();
    expect(page).toContain("Verify your domain");
    const mine = await prisma.domain.findFirstOrThrow({
      where: {
        name,
        ownerAccountId: (await prisma.account.findUniqueOrThrow({ where: { email: `first@${name}` } })).id,
      },
    });
    expect(page).toContain(mine.code);
    expect(page).toContain(`dig TXT ${name}`);
    expect(page).toContain(`nslookup -type=TXT ${name}`);
    expect(page).toContain(`http://${name}/logmein-verification-code.txt`);

    const second = await signedIn(`second@${name}`);
    const other = await (await second.fetch("/welcome")).text();
    expect(other).toContain("Verify your domain");
    expect(other).not.toContain(mine.code);
  });

  it("sends the verifier to the new organization, whose Domains page lists the domain; other organizations get 404", async () => {
    const name = `${unique("owner")}.test`;
    const session = await signedIn(`ada@${name}`);
    await session.fetch("/welcome");
    const account = await prisma.account.findUniqueOrThrow({ where: { email: `ada@${name}` } });
    const domain = await prisma.domain.findFirstOrThrow({ where: { ownerAccountId: account.id, name } });
    dns.set(name, { txt: [[domain.code]] });
    const { orgSlug } = await verifyDomain(domain.id, { id: account.id, label: account.email });

    expect((await session.fetch("/")).headers.get("location")).toMatch(new RegExp(`/o/${orgSlug}$`));
    expect((await session.fetch("/welcome")).headers.get("location")).toMatch(new RegExp(`/o/${orgSlug}$`));
    const list = await (await session.fetch(`/o/${orgSlug}/domains`)).text();
    expect(list).toContain(name);
    expect(list).toContain("Verified");
    const detail = await session.fetch(`/o/${orgSlug}/domains/${domain.id}`);
    expect(detail.status).toBe(200);
    expect(await detail.text()).toContain("Domain verified");

    const stranger = await signedIn(`eve@${unique("elsewhere")}.test`);
    expect((await stranger.fetch(`/o/${orgSlug}/domains/${domain.id}`)).status).toBe(404);
  });
});
