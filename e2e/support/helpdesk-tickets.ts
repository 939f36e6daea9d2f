// Sets up the help desk's tickets (issue 15) in the demo organization the way an operator would, with the CLI: people
// in the identity source, a custom SCIM app provisioning into this instance's own SCIM endpoint, assignments, a
// scoping filter, and real cycles (run in the CLI, which may reach loopback; the app itself may not). Every name
// carries a unique tag, so specs run side by side.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { E2E_DATABASE_URL } from "@/playwright.config";
import { DEMO_ORG_SLUG } from "../fixtures/accounts";
import { uniqueName } from "./cli";

const root = path.resolve(import.meta.dirname, "../..");
const port = Number(process.env.E2E_PORT ?? 3100);

/** The CLI against the e2e database; cycles run in the CLI process and reach the app on loopback. */
function run<T = unknown>(...args: string[]): T {
  const out = execFileSync(process.execPath, [path.join(root, "bin/org-center.js"), ...args, "--json"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: E2E_DATABASE_URL,
      PROVISIONING_ALLOW_PRIVATE_TARGETS: "1",
      NEXTAUTH_URL: `http://localhost:${port}`,
    },
    encoding: "utf8",
  });
  return JSON.parse(out) as T;
}

export type Person = {
  first: string;
  last: string;
  upn: string;
  department?: string;
  enabled?: boolean;
  groups: string[];
};

export class Ticket {
  readonly tag = uniqueName("t")
    .replace(/[^a-z0-9]/gi, "")
    .toLowerCase();
  /** A surname no one else has: one search finds the person. */
  readonly surname = `Tk${this.tag.slice(-8)}`;
  readonly app = `Help desk app ${this.tag}`;
  readonly team = `Team ${this.tag}`;
  readonly bystanders = `Bystanders ${this.tag}`;
  readonly org = DEMO_ORG_SLUG;

  person(first: string, over: Partial<Person> = {}): Person {
    return {
      first,
      last: this.surname,
      upn: `${first.toLowerCase()}.${this.tag}@contoso.com`,
      groups: [this.team],
      ...over,
    };
  }

  importPeople(people: Person[]) {
    const cell = (v: string) => `"${v.replace(/"/g, '""')}"`;
    const rows = people.map((p) =>
      [
        p.upn,
        `${p.first} ${p.last}`,
        p.first,
        p.last,
        p.department ?? "Sales",
        String(p.enabled ?? true),
        p.groups.join(";"),
      ]
        .map(cell)
        .join(","),
    );
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "e2e-helpdesk-")), "people.csv");
    fs.writeFileSync(
      file,
      ["userPrincipalName,displayName,givenName,surname,department,accountEnabled,groups", ...rows].join("\n"),
    );
    run("directory", "import", "--org", this.org, "--file", file);
  }

  /** A custom SCIM app into this instance (the demo organization's own SCIM endpoint), the team assigned. */
  createApp({
    scopingFilter,
  }: { scopingFilter?: { name: string; attribute: string; operator: string; value: string } } = {}) {
    const { token } = run<{ token: string }>(
      "token",
      "create",
      "--org",
      this.org,
      "--name",
      `Provisioning ${this.tag}`,
    );
    run(
      "app",
      "create",
      "--org",
      this.org,
      "--name",
      this.app,
      "--tenant-url",
      `http://localhost:${port}/scim/v2`,
      "--token",
      token,
    );
    run("app", "assign", "--org", this.org, "--app", this.app, "--group", this.team);
    if (scopingFilter) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-mapping-"));
      const file = path.join(dir, "mapping.json");
      run("mapping", "export", "--org", this.org, "--app", this.app, "--file", file);
      const exported = JSON.parse(fs.readFileSync(file, "utf8")) as {
        definition: { user: { scopingFilters: unknown[] } };
      };
      const { name, ...clause } = scopingFilter;
      exported.definition.user.scopingFilters = [{ name, clauses: [clause] }];
      fs.writeFileSync(file, JSON.stringify(exported));
      run("mapping", "import", "--org", this.org, "--app", this.app, "--file", file);
    }
  }

  /** One cycle now, in the CLI process; after the first one provisioning is On with the next cycle an interval away. */
  cycle() {
    const result = run<{ status: string; counts: { users: Record<string, number> } }>(
      "provisioning",
      "run",
      "--org",
      this.org,
      "--app",
      this.app,
      "--wait",
    );
    if (!this.isOn) {
      execFileSync(process.execPath, ["--import", "tsx", path.join(root, "e2e/support/switch-on-job.ts")], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
        input: JSON.stringify({ org: this.org, app: this.app }),
        encoding: "utf8",
      });
      this.isOn = true;
    }
    return result;
  }

  private isOn = false;
}

export const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;
