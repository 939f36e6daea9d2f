// The operator CLI for the provisioning service: directory import (all rows or none) / export / list, app create /
// list / assign, provisioning run --wait with its counts, status, start and stop.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { runCli, unique } from "./support/cli";
import { baseUrl, directoryCsv } from "./support/provisioning";
import { createScimOrg } from "./support/scim";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "prov-cli-"));
const file = (name: string, text: string) => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, text);
  return p;
};

describe("org-center directory", () => {
  it("imports nothing from a file with errors and says which rows are wrong", async () => {
    const org = await createScimOrg();
    const slug = (await prisma.organization.findUniqueOrThrow({ where: { id: org.orgId } })).slug;
    const bad = file(
      "bad.csv",
      `userPrincipalName,displayName,accountEnabled\nok@${org.domain},Ok User,true\nnot-an-upn,Bad,true\nx@${org.domain},,maybe\n`,
    );
    const r = await runCli("directory", "import", "--org", slug, "--file", bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("3 error(s)");
    expect(r.stderr).toContain("row 3 (userPrincipalName): userPrincipalName must look like name@domain.com.");
    expect(r.stderr).toContain('row 4 (accountEnabled): accountEnabled "maybe" is not true or false.');
    expect(await prisma.sourceUser.count({ where: { orgId: org.orgId } })).toBe(0);
  });

  it("imports, lists and exports a directory that round-trips", async () => {
    const org = await createScimOrg();
    const slug = (await prisma.organization.findUniqueOrThrow({ where: { id: org.orgId } })).slug;
    const csv = file(
      "ok.csv",
      directoryCsv([
        { upn: `ann@${org.domain}`, displayName: "Ann Lee", groups: ["Sales", "EMEA"] },
        { upn: `bo@${org.domain}`, displayName: "Bo Chan", department: "Legal", enabled: false },
      ]),
    );
    const r = await runCli("directory", "import", "--org", slug, "--file", csv, "--json");
    expect(r.status, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ applied: true, created: 2, groupsCreated: 2, membershipsAdded: 2 });
    const again = await runCli("directory", "import", "--org", slug, "--file", csv, "--json");
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 2 });

    const list = await runCli("directory", "list", "--org", slug);
    expect(list.stdout).toMatch(new RegExp(`ann@${org.domain}\\s+Ann Lee\\s+Sales\\s+yes`));
    expect(list.stdout).toContain("2 user(s)");
    expect((await runCli("directory", "list", "--org", slug, "--groups")).stdout).toMatch(/EMEA\s+1/);

    const out = path.join(tmp, "export.csv");
    expect((await runCli("directory", "export", "--org", slug, "--file", out)).status).toBe(0);
    const exported = fs.readFileSync(out, "utf8");
    expect(exported.split("\r\n")[0]).toBe(
      "objectId,userPrincipalName,displayName,givenName,surname,mail,mailNickname,department,jobTitle,employeeId,costCenter,division,companyName,officeLocation,accountEnabled,groups",
    );
    expect(exported).toContain(`ann@${org.domain},Ann Lee,Ann,Lee,,,Sales,,,,,,,true,EMEA;Sales`);
    const reimport = await runCli("directory", "import", "--org", slug, "--file", out, "--json");
    expect(reimport.json()).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 2 });
  });
});

describe("org-center app and provisioning", () => {
  it("creates a custom SCIM app, assigns a group and runs a cycle that prints its counts", async () => {
    const org = await createScimOrg();
    const slug = (await prisma.organization.findUniqueOrThrow({ where: { id: org.orgId } })).slug;
    await runCli(
      "directory",
      "import",
      "--org",
      slug,
      "--file",
      file(
        "d.csv",
        directoryCsv([
          { upn: `cy@${org.domain}`, displayName: "Cy Young", groups: ["Pitchers"] },
          { upn: `di@${org.domain}`, displayName: "Di Ross", groups: ["Pitchers"] },
        ]),
      ),
    );
    const name = unique("Example SCIM");
    const created = await runCli(
      "app",
      "create",
      "--org",
      slug,
      "--name",
      name,
      "--tenant-url",
      `${baseUrl()}/scim/v2`,
      "--token",
      org.token,
      "--json",
    );
    expect(created.status, created.stderr).toBe(0);
    expect(created.json()).toMatchObject({ name, kind: "custom", mode: "automatic" });
    expect(JSON.stringify(await prisma.enterpriseApp.findFirstOrThrow({ where: { orgId: org.orgId } }))).not.toContain(
      org.token,
    );
    expect((await runCli("app", "assign", "--org", slug, "--app", name, "--group", "Pitchers")).stdout).toContain(
      "Assigned group Pitchers.",
    );
    expect((await runCli("app", "list", "--org", slug)).stdout).toMatch(
      new RegExp(`${name}\\s+custom\\s+automatic\\s+Off\\s+1`),
    );

    const run = await runCli("provisioning", "run", "--org", slug, "--app", name, "--wait");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Initial cycle \S+ completed in \d+\.\d s\./);
    expect(run.stdout).toContain("Users:  2 created, 0 updated, 0 disabled, 0 deleted, 0 skipped, 0 failed");
    expect(run.stdout).toContain("Groups: 1 created");
    expect(run.stdout).toContain("Members: 2 added, 0 removed");

    const status = await runCli("provisioning", "status", "--org", slug, "--app", name);
    expect(status.stdout).toContain("mode automatic, status Off, scope assigned, every 40 min");
    expect(status.stdout).toMatch(/Last cycle: initial completed/);
    expect((await runCli("provisioning", "start", "--org", slug, "--app", name)).stdout).toContain(
      "Provisioning is On",
    );
    expect((await prisma.provisioningJob.findFirstOrThrow({ where: { orgId: org.orgId } })).enabled).toBe(true);
    expect((await runCli("provisioning", "stop", "--org", slug, "--app", name)).stdout).toContain(
      "Provisioning is Off.",
    );
    expect((await runCli("provisioning", "test", "--org", slug, "--app", name)).stdout).toMatch(/^OK: /);
  }, 180_000); // about ten CLI processes, each compiling its TypeScript on start

  it("explains wrong command lines", async () => {
    const r = await runCli("app", "create", "--org", "nope", "--name", "x");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not found|No organization/i);
    expect((await runCli("provisioning", "jump")).status).toBe(2);
  });
});
