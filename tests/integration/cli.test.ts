import { describe, it, expect } from "vitest";
import { runCli, unique } from "./support/cli";

describe("operator CLI", () => {
  it("creates an account and an organization, printing JSON with the id and slug", async () => {
    const email = `${unique("owner")}@example.com`;
    const account = await runCli(
      "account",
      "create",
      "--email",
      email.toUpperCase(),
      "--name",
      "Olga Owner",
      "--password",
      "long-enough-pw",
      "--json",
    );
    expect(account.status, account.stderr).toBe(0);
    expect(account.json<{ email: string }>().email).toBe(email);

    const name = unique("Northwind Traders");
    const org = await runCli("org", "create", "--name", name, "--owner", email, "--json");
    expect(org.status, org.stderr).toBe(0);
    const created = org.json<{ id: string; slug: string; name: string }>();
    expect(created.slug).toBe(name.toLowerCase().replace(/[^a-z0-9]+/g, "-"));

    const list = (await runCli("org", "list", "--json")).json<{ id: string; slug: string; members: number }[]>();
    expect(list.find((o) => o.id === created.id)).toMatchObject({ slug: created.slug, members: 1 });

    const text = await runCli("org", "list");
    expect(text.stdout).toContain(created.slug);
  });

  it("sets a member's role by org id or slug and rejects unknown roles", async () => {
    const owner = `${unique("o")}@example.com`;
    const other = `${unique("m")}@example.com`;
    for (const email of [owner, other])
      expect(
        (await runCli("account", "create", "--email", email, "--name", "N", "--password", "long-enough-pw")).status,
      ).toBe(0);
    const org = (await runCli("org", "create", "--name", unique("Org"), "--owner", owner, "--json")).json<{
      id: string;
      slug: string;
    }>();

    const byId = await runCli(
      "member",
      "set-role",
      "--org",
      org.id,
      "--email",
      other,
      "--role",
      "admin-read-only",
      "--json",
    );
    expect(byId.status, byId.stderr).toBe(0);
    expect(byId.json<{ role: string; previousRole: string | null }>()).toMatchObject({
      role: "admin-read-only",
      previousRole: null,
    });

    const bySlug = await runCli(
      "member",
      "set-role",
      "--org",
      org.slug,
      "--email",
      other,
      "--role",
      "help-desk",
      "--json",
    );
    expect(bySlug.json<{ previousRole: string }>().previousRole).toBe("admin-read-only");

    const bad = await runCli("member", "set-role", "--org", org.slug, "--email", other, "--role", "superuser");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Unknown role "superuser"');
  });

  it("explains mistakes and exits non-zero", async () => {
    const missing = await runCli("org", "create", "--name", "No Owner");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("Missing --owner.");

    const unknownOrg = await runCli(
      "member",
      "set-role",
      "--org",
      "no-such-org",
      "--email",
      "x@example.com",
      "--role",
      "user",
      "--json",
    );
    expect(unknownOrg.status).toBe(1);
    expect(JSON.parse(unknownOrg.stderr)).toMatchObject({
      error: { code: "not_found", message: 'No organization with id or slug "no-such-org".' },
    });

    const weak = await runCli("account", "create", "--email", "bad-email", "--name", "X", "--password", "short");
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain("--email: Enter a valid email address.");
    expect(weak.stderr).toContain("--password: Use at least 10 characters.");

    const flag = await runCli("org", "list", "--bogus");
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain("bogus");

    const dup = `${unique("dup")}@example.com`;
    expect(
      (await runCli("account", "create", "--email", dup, "--name", "D", "--password", "long-enough-pw")).status,
    ).toBe(0);
    const again = await runCli("account", "create", "--email", dup, "--name", "D", "--password", "long-enough-pw");
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("An account with this email already exists.");
  });

  it("seeds the demo organization only into a database without organizations", async () => {
    const seed = await runCli("db", "seed", "--json");
    expect(seed.status, seed.stderr).toBe(0);
    expect(seed.json<{ created: boolean }>().created).toBe(false);
  });
});
