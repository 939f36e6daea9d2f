// Provision on demand: one user, or a group with up to five of its members, right away, with every step returned
// (and written to the provisioning log under an on-demand cycle).
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { provisionOnDemand } from "@/lib/provisioning/provisioning-job/on-demand";
import { provisioningScenario, targetUsers } from "./support/provisioning";

describe("provision on demand", () => {
  it("provisions one user now and returns each step", async () => {
    const s = await provisioningScenario({ users: 3 });
    const { cycleId, entries } = await provisionOnDemand(s.orgId, s.appId, { type: "user", ref: s.upn(1) });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      objectType: "User",
      action: "Create",
      status: "Success",
      sourceIdentity: s.upn(1),
    });
    expect(entries[0]!.steps.map((x) => `${x.name}:${x.status}`)).toEqual([
      "Import:Success",
      "Scoping:Success",
      "Matching:Success",
      "Evaluation:Success",
      "Action:Success",
    ]);
    expect((await targetUsers(s.orgId)).map((u) => u.userName)).toEqual([s.upn(1)]);
    expect(await prisma.provisioningCycle.findUniqueOrThrow({ where: { id: cycleId } })).toMatchObject({
      type: "on-demand",
      status: "completed",
    });
    expect(await prisma.provisioningLogEntry.count({ where: { cycleId } })).toBe(1);
  });

  it("provisions a group with the chosen members only, and refuses more than five", async () => {
    const s = await provisioningScenario({ users: 7 });
    const { entries } = await provisionOnDemand(s.orgId, s.appId, {
      type: "group",
      ref: s.group,
      memberRefs: [s.upn(0), s.upn(4)],
    });
    expect(entries.map((e) => `${e.objectType} ${e.action} ${e.status}`)).toEqual([
      "User Create Success",
      "User Create Success",
      "Group Create Success",
    ]);
    const group = await prisma.orgGroup.findFirstOrThrow({
      where: { orgId: s.orgId },
      include: { members: { include: { user: true } } },
    });
    expect(group.members.map((m) => m.user.userName).sort()).toEqual([s.upn(0), s.upn(4)]);
    await expect(
      provisionOnDemand(s.orgId, s.appId, { type: "group", ref: s.group, memberRefs: [0, 1, 2, 3, 5, 6].map(s.upn) }),
    ).rejects.toThrow(/at most 5 members/);
  });

  it("shows why an unassigned user is skipped", async () => {
    const s = await provisioningScenario({ users: 1, assign: "none" });
    const { entries } = await provisionOnDemand(s.orgId, s.appId, { type: "user", ref: s.upn(0) });
    expect(entries[0]).toMatchObject({ action: "Other", status: "Skipped" });
    expect(entries[0]!.steps[1]).toMatchObject({
      name: "Scoping",
      status: "Skipped",
      detail: expect.stringMatching(/not assigned/),
    });
    expect(await prisma.orgUser.count({ where: { orgId: s.orgId } })).toBe(0);
  });
});
