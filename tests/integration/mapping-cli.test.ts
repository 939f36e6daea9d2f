// org-center mapping: export, preview, import, versions, diff, rollback and restore from the command line.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./support/cli";
import { provisioningScenario } from "./support/provisioning";

describe("org-center mapping", () => {
  it("exports, previews and imports a changed mapping, lists and diffs versions, rolls back and restores", async () => {
    const s = await provisioningScenario({ users: 2 });
    const args = ["--org", s.orgId, "--app", s.appId];
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mapping-cli-")), "mappings.json");
    const exported = await runCli("mapping", "export", ...args, "--file", file);
    expect(exported.status, exported.stderr).toBe(0);
    const json = JSON.parse(fs.readFileSync(file, "utf8")) as {
      format: string;
      definition: { user: { scopingFilters: unknown[] } };
    };
    expect(json.format).toBe("org-center-mappings");
    json.definition.user.scopingFilters = [
      { clauses: [{ attribute: "userPrincipalName", operator: "ENDS_WITH", value: "nobody.example" }] },
    ];
    fs.writeFileSync(file, JSON.stringify(json));

    const preview = await runCli("mapping", "preview", ...args, "--file", file, "--json");
    expect(preview.status, preview.stderr).toBe(0);
    expect(preview.json<{ counts: Record<string, number> }>().counts).toMatchObject({
      create: 1,
      unchanged: 0,
      outOfScope: 2,
    }); // the assigned group; both users are out of scope

    const imported = await runCli("mapping", "import", ...args, "--file", file);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toContain("Imported as version 2.");

    const versions = await runCli("mapping", "versions", ...args, "--json");
    expect(versions.json<{ number: number; action: string }[]>().map((v) => [v.number, v.action])).toEqual([
      [2, "import"],
      [1, "initial"],
    ]);
    const diff = await runCli("mapping", "diff", ...args, "--from", "1");
    expect(diff.stdout).toContain("added    user Scoping filter: Filter 1: userPrincipalName ENDS_WITH nobody.example");

    const rollback = await runCli("mapping", "rollback", ...args, "--to", "1");
    expect(rollback.stdout).toContain("Rolled back (saved as version 3)");
    const restore = await runCli("mapping", "restore", ...args, "--json");
    expect(restore.json()).toEqual({ version: 4 });

    const bad = await runCli("mapping", "rollback", ...args, "--to", "99");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("No mapping version 99");
  }, 180_000); // about ten CLI processes, each compiling its TypeScript on start
});
