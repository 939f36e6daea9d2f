// Real provisioning cycles over HTTP against this app's own /scim/v2: initial, incremental updates that PATCH only
// what differs, disable on unassignment and re-enable, delete, group membership, scope change, matching.
import { describe, it, expect, vi } from "vitest";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { prisma, requestLogDb } from "@/lib/db/client";
import { assignPrincipal, unassignPrincipal } from "@/lib/provisioning/apps/assignments";
import { saveProvisioningSettings } from "@/lib/provisioning/provisioning-job/save-settings";
import { deleteSourceUser, updateSourceUser } from "@/lib/source-directory/save-source-user";
import { setGroupMembership } from "@/lib/source-directory/save-source-group";
import { createUser, ENT } from "./support/scim";
import {
  importRows,
  logEntries,
  provisioningScenario,
  runCycleNow,
  sourceUserId,
  targetUsers,
} from "./support/provisioning";

const settings = {
  mode: "automatic" as const,
  notifyOnFailure: false,
  preventDeletes: true,
  deleteThreshold: 500,
  enabled: false,
  intervalMinutes: 40,
};

describe("provisioning cycles against the Org Center SCIM endpoint", () => {
  it("an initial cycle creates the assigned users and the group with its members, then nothing is left to do", async () => {
    const s = await provisioningScenario({ users: 3 });
    const first = await runCycleNow(s.jobId);
    expect(first).toMatchObject({ type: "initial", status: "completed" });
    expect(first.counts.users).toMatchObject({ created: 3, failed: 0 });
    expect(first.counts.groups).toMatchObject({ created: 1, failed: 0 });
    expect(first.counts.members.added).toBe(3);

    const users = await targetUsers(s.orgId);
    expect(users.map((u) => u.userName)).toEqual([s.upn(0), s.upn(1), s.upn(2)]);
    expect(users[0]).toMatchObject({
      active: true,
      givenName: "User",
      department: "Sales",
      source: "SCIM (Org Center provisioning)",
    });
    expect(users.every((u) => u.memberships.some((m) => m.group.displayName === s.group))).toBe(true);

    const entries = await logEntries(first.cycleId);
    const create = entries.find((e) => e.objectType === "User" && e.action === "Create")!;
    expect(create.status).toBe("Success");
    expect((create.steps as { name: string }[]).map((x) => x.name)).toEqual([
      "Import",
      "Scoping",
      "Matching",
      "Evaluation",
      "Action",
    ]);
    // Every SCIM request the entry caused carries its change id (client-request-id) into the inbound request log.
    // The server writes its request log just after answering, so wait for the rows.
    await expect
      .poll(async () =>
        (
          await requestLogDb.scimRequestLog.findMany({ where: { requestId: create.changeId }, orderBy: { at: "asc" } })
        ).map((r) => `${r.method} ${r.status}`),
      )
      .toEqual(["GET 200", "GET 200", "POST 201"]);

    const second = await runCycleNow(s.jobId);
    expect(second.type).toBe("incremental");
    expect(second.counts.users).toMatchObject({ created: 0, updated: 0, failed: 0, skipped: 0 });
  });

  it("an incremental cycle PATCHes only the attributes that changed (legacy dialect)", async () => {
    const s = await provisioningScenario({ users: 2 });
    await runCycleNow(s.jobId);
    const id = await sourceUserId(s.orgId, s.upn(1));
    const u = await prisma.sourceUser.findUniqueOrThrow({ where: { id } });
    await updateSourceUser(s.orgId, id, { ...u, department: "Legal", employeeId: "E-77" }, CLI_ACTOR);

    const cycle = await runCycleNow(s.jobId);
    expect(cycle.type).toBe("incremental");
    expect(cycle.counts.users).toMatchObject({ updated: 1, created: 0 });
    const [entry] = (await logEntries(cycle.cycleId)).filter((e) => e.objectType === "User");
    expect(entry!.action).toBe("Update");
    expect(entry!.modifiedProperties).toEqual([
      { name: `${ENT}:department`, oldValue: "Sales", newValue: "Legal" },
      { name: `${ENT}:employeeNumber`, oldValue: null, newValue: "E-77" },
    ]);
    const patch = await vi.waitFor(() =>
      requestLogDb.scimRequestLog.findFirstOrThrow({ where: { requestId: entry!.changeId, method: "PATCH" } }),
    );
    expect(JSON.parse(patch.requestBody!).Operations).toEqual([
      { op: "Replace", path: `${ENT}:department`, value: "Legal" },
      { op: "Add", path: `${ENT}:employeeNumber`, value: "E-77" },
    ]);
    const target = (await targetUsers(s.orgId)).find((x) => x.userName === s.upn(1))!;
    expect(target).toMatchObject({ department: "Legal", employeeNumber: "E-77" });
  });

  it("disables a user when unassigned and re-enables it when assigned again (RFC dialect)", async () => {
    const s = await provisioningScenario({ users: 2, assign: "none", flagged: true });
    await assignPrincipal(s.orgId, s.appId, { type: "user", ref: s.upn(0) }, CLI_ACTOR);
    await runCycleNow(s.jobId);
    await unassignPrincipal(s.orgId, s.appId, { type: "user", ref: s.upn(0) }, CLI_ACTOR);
    const off = await runCycleNow(s.jobId);
    expect(off.counts.users.disabled).toBe(1);
    const [entry] = await logEntries(off.cycleId);
    expect(entry).toMatchObject({ action: "Disable", status: "Success" });
    const patch = await vi.waitFor(() =>
      requestLogDb.scimRequestLog.findFirstOrThrow({ where: { requestId: entry!.changeId, method: "PATCH" } }),
    );
    expect(patch.query).toMatch(/^aadOptscim062020=?$/);
    expect(JSON.parse(patch.requestBody!).Operations).toEqual([{ op: "replace", value: { active: false } }]);
    expect((await targetUsers(s.orgId))[0]!.active).toBe(false);

    await assignPrincipal(s.orgId, s.appId, { type: "user", ref: s.upn(0) }, CLI_ACTOR);
    const on = await runCycleNow(s.jobId);
    expect(on.counts.users.updated).toBe(1);
    expect((await targetUsers(s.orgId))[0]!.active).toBe(true);
    expect((await targetUsers(s.orgId)).map((u) => u.userName)).toEqual([s.upn(0)]);
  });

  it("deletes in the target a user deleted in the source", async () => {
    const s = await provisioningScenario({ users: 2 });
    await runCycleNow(s.jobId);
    await deleteSourceUser(s.orgId, await sourceUserId(s.orgId, s.upn(0)), CLI_ACTOR);
    const cycle = await runCycleNow(s.jobId);
    expect(cycle.counts.users.deleted).toBe(1);
    expect((await targetUsers(s.orgId)).map((u) => u.userName)).toEqual([s.upn(1)]);
    const entries = await logEntries(cycle.cycleId);
    expect(entries.find((e) => e.action === "Delete")).toMatchObject({ status: "Success", objectType: "User" });
  });

  it("adds and removes group members in the target as membership changes in the source", async () => {
    const s = await provisioningScenario({ users: 3 });
    await runCycleNow(s.jobId);
    await importRows(s.orgId, [{ upn: `new@${s.domain}`, displayName: "New Member", groups: [s.group] }]);
    const group = await prisma.sourceGroup.findFirstOrThrow({ where: { orgId: s.orgId, displayName: s.group } });
    await setGroupMembership(s.orgId, group.id, { remove: [await sourceUserId(s.orgId, s.upn(2))] }, CLI_ACTOR);

    const cycle = await runCycleNow(s.jobId);
    expect(cycle.counts.users).toMatchObject({ created: 1, disabled: 1 });
    expect(cycle.counts.members).toEqual({ added: 1, removed: 1 });
    const targetGroup = await prisma.orgGroup.findFirstOrThrow({
      where: { orgId: s.orgId },
      include: { members: { include: { user: true } } },
    });
    expect(targetGroup.members.map((m) => m.user.userName).sort()).toEqual(
      [`new@${s.domain}`, s.upn(0), s.upn(1)].sort(),
    );
  });

  it("a scope change to all users makes the next cycle a full one", async () => {
    const s = await provisioningScenario({ users: 2, assign: "none" });
    await assignPrincipal(s.orgId, s.appId, { type: "user", ref: s.upn(0) }, CLI_ACTOR);
    await runCycleNow(s.jobId);
    expect((await targetUsers(s.orgId)).length).toBe(1);
    await saveProvisioningSettings(s.orgId, s.appId, { ...settings, scope: "all" }, CLI_ACTOR);
    const cycle = await runCycleNow(s.jobId);
    expect(cycle.type).toBe("full");
    expect(cycle.counts.users.created).toBe(1);
    expect(cycle.counts.groups.created).toBe(1);
    expect((await targetUsers(s.orgId)).length).toBe(2);
    expect((await runCycleNow(s.jobId)).type).toBe("incremental");
  });

  it("matches an existing target user by userName instead of creating a duplicate", async () => {
    const s = await provisioningScenario({ users: 1, assign: "none" });
    const existing = await createUser(s.client, {
      userName: s.upn(0).toUpperCase(),
      name: { givenName: "Old", familyName: "Name" },
    });
    await assignPrincipal(s.orgId, s.appId, { type: "user", ref: s.upn(0) }, CLI_ACTOR);
    const cycle = await runCycleNow(s.jobId);
    expect(cycle.counts.users).toMatchObject({ created: 0, updated: 1 });
    const users = await targetUsers(s.orgId);
    expect(users).toHaveLength(1);
    expect(users[0]!.id).toBe(existing.id);
    expect(users[0]).toMatchObject({ userName: s.upn(0), givenName: "User", familyName: "0 Test" });
    const [entry] = await logEntries(cycle.cycleId);
    expect((entry!.steps as { name: string; detail: string }[]).find((x) => x.name === "Matching")!.detail).toContain(
      `Matched target object ${existing.id} with userName eq`,
    );
  });
});
