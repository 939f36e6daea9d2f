// Quarantine on bad credentials, accidental-deletion holds with Allow deletes, and a cycle killed mid-way that
// resumes without creating anything twice.
import path from "node:path";
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db/client";
import { unassignPrincipal } from "@/lib/provisioning/apps/assignments";
import { allowDeletes } from "@/lib/provisioning/provisioning-job/controls";
import { saveProvisioningSettings } from "@/lib/provisioning/provisioning-job/save-settings";
import { runCli } from "./support/cli";
import { logEntries, provisioningScenario, runCycleNow, targetUsers } from "./support/provisioning";

const root = path.resolve(import.meta.dirname, "../..");
const base = {
  mode: "automatic" as const,
  scope: "assigned" as const,
  enabled: false,
  intervalMinutes: 40,
  preventDeletes: true,
};

describe("quarantine", () => {
  it("quarantines on refused credentials with the failing request, and recovers once they are fixed", async () => {
    const s = await provisioningScenario({ users: 2, token: "not-a-valid-token" });
    await saveProvisioningSettings(
      s.orgId,
      s.appId,
      { ...base, deleteThreshold: 500, notificationEmail: "ops@example.com", notifyOnFailure: true },
      CLI_ACTOR,
    );
    const result = await runCycleNow(s.jobId);
    expect(result.status).toBe("quarantined");
    const job = await prisma.provisioningJob.findUniqueOrThrow({ where: { id: s.jobId } });
    expect(job).toMatchObject({
      quarantineCode: "SystemForCrossDomainIdentityManagementUnauthorized",
      quarantineLevel: 1,
    });
    expect(job.quarantineReason).toMatch(/401/);
    expect(job.quarantineRequest).toMatchObject({
      method: "GET",
      path: "/Users",
      status: 401,
      body: { status: "401" },
    });
    const [entry] = await logEntries(result.cycleId);
    expect(entry).toMatchObject({ status: "Failure", errorCode: "SystemForCrossDomainIdentityManagementUnauthorized" });
    expect(entry!.recommendation).toMatch(/Secret Token/);
    const mail = await prisma.mailMessage.findFirstOrThrow({
      where: { orgId: s.orgId, kind: "provisioning.quarantine" },
    });
    expect(mail).toMatchObject({ to: "ops@example.com", status: "outbox" });
    expect(mail.text).toContain("GET /Users → 401");
    expect(mail.text).not.toContain("not-a-valid-token");
    expect(
      JSON.stringify(await prisma.provisioningLogEntry.findMany({ where: { cycleId: result.cycleId } })),
    ).not.toContain("not-a-valid-token");

    await saveProvisioningSettings(
      s.orgId,
      s.appId,
      { ...base, deleteThreshold: 500, secretToken: s.token, notifyOnFailure: false },
      CLI_ACTOR,
    );
    const again = await runCycleNow(s.jobId);
    expect(again).toMatchObject({ status: "completed", type: "initial" });
    expect(again.counts.users.created).toBe(2);
    expect((await prisma.provisioningJob.findUniqueOrThrow({ where: { id: s.jobId } })).quarantinedAt).toBeNull();
  });
});

describe("accidental-deletion prevention", () => {
  it("holds deprovisioning above the threshold as StagedDelete until Allow deletes", async () => {
    const s = await provisioningScenario({ users: 4 });
    await saveProvisioningSettings(
      s.orgId,
      s.appId,
      { ...base, deleteThreshold: 2, notificationEmail: "ops@example.com", notifyOnFailure: true },
      CLI_ACTOR,
    );
    await runCycleNow(s.jobId);
    await unassignPrincipal(s.orgId, s.appId, { type: "group", ref: s.group }, CLI_ACTOR);

    const held = await runCycleNow(s.jobId);
    expect(held).toMatchObject({ status: "quarantined", held: 5 });
    const staged = (await logEntries(held.cycleId)).filter((e) => e.action === "StagedDelete");
    expect(staged).toHaveLength(5);
    expect(staged[0]).toMatchObject({ status: "Skipped", errorCode: "AccidentalDeletionThresholdExceeded" });
    expect((await targetUsers(s.orgId)).every((u) => u.active)).toBe(true);
    const job = await prisma.provisioningJob.findUniqueOrThrow({ where: { id: s.jobId } });
    expect(job).toMatchObject({ heldDeleteCount: 5, quarantineCode: "AccidentalDeletionThresholdExceeded" });
    expect(await prisma.mailMessage.count({ where: { orgId: s.orgId, kind: "provisioning.deletion-hold" } })).toBe(1);

    // Still held on the next cycle, without a second notification.
    expect((await runCycleNow(s.jobId)).held).toBe(5);
    expect(await prisma.mailMessage.count({ where: { orgId: s.orgId, kind: "provisioning.deletion-hold" } })).toBe(1);

    await allowDeletes(s.orgId, s.appId, CLI_ACTOR);
    const allowed = await runCycleNow(s.jobId);
    expect(allowed.status).toBe("completed");
    expect(allowed.counts.users.disabled).toBe(4);
    expect(allowed.counts.groups.deleted).toBe(1);
    expect((await targetUsers(s.orgId)).every((u) => !u.active)).toBe(true);
    expect(await prisma.orgGroup.count({ where: { orgId: s.orgId } })).toBe(0);
    expect((await prisma.provisioningJob.findUniqueOrThrow({ where: { id: s.jobId } })).deletesHeldAt).toBeNull();
  });
});

describe("interrupted cycles", () => {
  // A 600-user cycle, killed and resumed by CLI processes: ~10 s alone, but over 60 s on PostgreSQL once, on a CI
  // machine running two other suites beside it.
  it("a cycle killed mid-way resumes where it stopped and creates nobody twice", async () => {
    const s = await provisioningScenario({ users: 600 });
    const org = (await prisma.organization.findUniqueOrThrow({ where: { id: s.orgId } })).slug;
    const child = spawn(
      process.execPath,
      [path.join(root, "bin/org-center.js"), "provisioning", "run", "--org", org, "--app", s.appId, "--wait"],
      {
        cwd: root,
        env: { ...process.env, PROVISIONING_LEASE_MS: "1500" },
        stdio: "ignore",
      },
    );
    let cycle = null;
    for (let i = 0; i < 1200; i++) {
      cycle = await prisma.provisioningCycle.findFirst({ where: { jobId: s.jobId } });
      if (cycle && cycle.processedUsers >= 100) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    expect(cycle?.status).toBe("running");
    const killedAt = (await prisma.provisioningCycle.findUniqueOrThrow({ where: { id: cycle!.id } })).processedUsers;
    expect(killedAt).toBeLessThan(600);

    const resumed = await runCli("provisioning", "run", "--org", org, "--app", s.appId, "--wait", "--json");
    expect(resumed.status, resumed.stderr).toBe(0);
    const result = resumed.json<{
      cycleId: string;
      status: string;
      counts: { users: { created: number; updated: number; failed: number } };
    }>();
    expect(result).toMatchObject({ cycleId: cycle!.id, status: "completed" });
    expect(result.counts.users.failed).toBe(0);
    expect(result.counts.users.created + result.counts.users.updated).toBeGreaterThanOrEqual(600 - killedAt);
    const final = await prisma.provisioningCycle.findUniqueOrThrow({ where: { id: cycle!.id } });
    expect(final).toMatchObject({ resumedCount: 1, processedUsers: 600, status: "completed" });

    const users = await prisma.orgUser.findMany({ where: { orgId: s.orgId }, select: { userNameLower: true } });
    expect(users).toHaveLength(600);
    expect(new Set(users.map((u) => u.userNameLower)).size).toBe(600);
    expect(
      await prisma.provisioningObjectState.count({ where: { jobId: s.jobId, kind: "user", targetId: { not: null } } }),
    ).toBe(600);
    const group = await prisma.orgGroup.findFirstOrThrow({
      where: { orgId: s.orgId },
      include: { _count: { select: { members: true } } },
    });
    expect(group._count.members).toBe(600);
  }, 180_000);
});
