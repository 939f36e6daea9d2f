// The scope ("Sync only assigned users and groups" / "Sync all users and groups") is versioned with the mappings
// (issue #6): a change on the provisioning page is a version with a diff, rollback restores it, export and import
// carry it, and each change makes the next cycle a full one that applies it.
import { describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db/client";
import { diffVersions } from "@/lib/mapping/diff-definitions";
import {
  exportMapping,
  getMapping,
  importMapping,
  listMappingVersions,
  rollbackMapping,
  saveMapping,
} from "@/lib/provisioning/mappings/mapping-store";
import { saveProvisioningSettings } from "@/lib/provisioning/provisioning-job/save-settings";
import { runCli } from "./support/cli";
import { importRows, provisioningScenario, runCycleNow, targetUsers } from "./support/provisioning";

const settings = {
  mode: "automatic" as const,
  notifyOnFailure: false,
  preventDeletes: true,
  deleteThreshold: 500,
  enabled: false,
  intervalMinutes: 40,
};

describe("the scope is versioned with the mappings", () => {
  it("a scope change is a version with a diff; rollback, export and import carry it, and each change runs a full cycle", async () => {
    const s = await provisioningScenario({ users: 2 });
    await importRows(s.orgId, [{ upn: `outsider@${s.domain}`, displayName: "Out Sider" }]); // in no assigned group
    expect((await runCycleNow(s.jobId)).type).toBe("initial");
    expect((await targetUsers(s.orgId)).map((u) => u.userName)).toEqual([s.upn(0), s.upn(1)]);

    await saveProvisioningSettings(s.orgId, s.appId, { ...settings, scope: "all" }, CLI_ACTOR);
    const versions = await listMappingVersions(s.orgId, s.appId);
    expect(versions.map((v) => [v.number, v.action, v.scope])).toEqual([
      [2, "scope", "all"],
      [1, "initial", "assigned"],
    ]);
    expect(diffVersions(versions[1]!, versions[0]!)).toEqual([
      {
        kind: "changed",
        object: "settings",
        what: "Scope",
        before: "Sync only assigned users and groups",
        after: "Sync all users and groups",
      },
    ]);
    const cli = await runCli("mapping", "diff", "--org", s.orgId, "--app", s.appId, "--from", "1");
    expect(cli.stdout).toContain(
      "changed  settings Scope: Sync only assigned users and groups → Sync all users and groups",
    );
    const all = await runCycleNow(s.jobId);
    expect(all.type).toBe("full");
    expect(all.counts.users).toMatchObject({ created: 1, failed: 0 });

    // Saving the settings again without a scope change adds no version.
    await saveProvisioningSettings(s.orgId, s.appId, { ...settings, scope: "all", intervalMinutes: 60 }, CLI_ACTOR);
    expect((await listMappingVersions(s.orgId, s.appId)).length).toBe(2);

    const exported = JSON.parse(await exportMapping(s.orgId, s.appId));
    expect(exported.scope).toBe("all");

    const back = await rollbackMapping(s.orgId, s.appId, 1, CLI_ACTOR);
    expect(back.scope).toBe("assigned");
    expect((await getMapping(s.orgId, s.appId)).scope).toBe("assigned");
    const assigned = await runCycleNow(s.jobId);
    expect(assigned.type).toBe("full");
    expect(assigned.counts.users).toMatchObject({ disabled: 1 });
    expect((await targetUsers(s.orgId)).find((u) => u.userName === `outsider@${s.domain}`)?.active).toBe(false);

    const imported = await importMapping(s.orgId, s.appId, JSON.stringify(exported), CLI_ACTOR);
    expect(imported.scope).toBe("all");
    expect((await prisma.provisioningJob.findUniqueOrThrow({ where: { id: s.jobId } })).scope).toBe("all");
    expect((await runCycleNow(s.jobId)).type).toBe("full");
    expect((await listMappingVersions(s.orgId, s.appId)).map((v) => [v.action, v.scope])).toEqual([
      ["import", "all"],
      ["rollback", "assigned"],
      ["scope", "all"],
      ["initial", "assigned"],
    ]);

    await expect(
      importMapping(s.orgId, s.appId, JSON.stringify({ ...exported, scope: "everyone" }), CLI_ACTOR),
    ).rejects.toMatchObject({ code: "invalid_input", fieldErrors: { scope: [expect.any(String)] } });
  });

  it("mapping saves keep the scope; rolling back to a version that recorded none keeps the current scope", async () => {
    const s = await provisioningScenario({ users: 1 });
    await saveProvisioningSettings(s.orgId, s.appId, { ...settings, scope: "all" }, CLI_ACTOR);
    const { definition } = await getMapping(s.orgId, s.appId);
    definition.user.actions.delete = false;
    expect((await saveMapping(s.orgId, s.appId, definition, CLI_ACTOR)).scope).toBe("all");
    // Version 1 as saved before the scope was versioned: the definition alone.
    const first = await prisma.mappingVersion.findFirstOrThrow({ where: { jobId: s.jobId, number: 1 } });
    const { scope: _scope, ...bare } = first.definition as Record<string, unknown>;
    await prisma.mappingVersion.update({ where: { id: first.id }, data: { definition: bare as object } });
    const back = await rollbackMapping(s.orgId, s.appId, 1, CLI_ACTOR);
    expect(back.scope).toBe("all");
    expect(back.definition.user.actions.delete).toBe(true);
  });
});
