// Sync now answers the truth (the console's server action, posted over HTTP as the page posts it): "Sync started."
// when its process claimed the job and started a cycle; while a cycle of the app is already running (here, in this
// test's process, as another instance would) it says so, whether another cycle follows, and starts none.
import { afterAll, describe, expect, it } from "vitest";
import { createAccount } from "@/lib/accounts/create-account";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db/client";
import { setMemberRole } from "@/lib/orgs/set-member-role";
import { runProvisioningJob } from "@/lib/provisioning/provisioning-job/run-provisioning-job";
import { waitFor } from "./support/app-process";
import { unique } from "./support/cli";
import { startFaultyScimServer } from "./support/faulty-scim-server";
import { HttpSession } from "./support/http-session";
import { syncNow } from "./support/sync-now";
import { targetScenario } from "./support/target-scenario";

const PASSWORD = "integration-password";
const RUNNING = "A cycle is already running, so no other was started.";
let target: Awaited<ReturnType<typeof startFaultyScimServer>> | undefined;
afterAll(() => target?.close());

describe("Sync now", () => {
  it("says a cycle is already running while one runs, starts none, and starts one once it has finished", async () => {
    // While `holding`, the target answers 3 s late: the cycle is still running while Sync now is pressed.
    let holding = true;
    target = await startFaultyScimServer({
      token: "target-token",
      fault: () => (holding ? { delayMs: 3_000 } : undefined),
      uniqueNames: true,
    });
    const s = await targetScenario({ users: 3, tenantUrl: target.url, token: "target-token" });
    const { slug } = await prisma.organization.findUniqueOrThrow({ where: { id: s.orgId } });
    const email = `${unique("admin")}@example.com`;
    await createAccount({ email, name: "Sync Admin", password: PASSWORD });
    await setMemberRole({ orgId: s.orgId, email, role: "admin" }, CLI_ACTOR);
    const session = new HttpSession();
    expect(await session.signIn(email, PASSWORD, "198.51.100.61")).toBeNull();

    const running = runProvisioningJob(s.jobId, { trigger: "test" });
    await waitFor(
      async () => target!.received.length,
      (n) => n > 0,
      { what: "the cycle to reach the target" },
    );
    // Provisioning Off: nothing runs the job after this cycle unless the admin presses Sync now again.
    const off = await syncNow(session, slug, s.appId);
    expect(off).toContain(`${RUNNING} Sync now again once it has finished.`);
    expect(off).not.toContain("Sync started.");
    // On (automatic): the scheduler runs the requested cycle as soon as this one finishes.
    await prisma.provisioningJob.update({ where: { id: s.jobId }, data: { enabled: true } });
    const on = await syncNow(session, slug, s.appId);
    expect(on).toContain(`${RUNNING} Another cycle follows when it finishes.`);
    await prisma.provisioningJob.update({ where: { id: s.jobId }, data: { enabled: false } });

    holding = false;
    expect(await running).toMatchObject({ status: "done", result: { status: "completed" } });
    expect(await prisma.provisioningCycle.count({ where: { jobId: s.jobId } })).toBe(1);

    // Nothing running now: the app's process claims the job and runs a cycle.
    expect(await syncNow(session, slug, s.appId)).toContain("Sync started.");
    const cycles = await waitFor(
      async () => {
        const job = await prisma.provisioningJob.findUniqueOrThrow({ where: { id: s.jobId } });
        const all = await prisma.provisioningCycle.findMany({
          where: { jobId: s.jobId },
          orderBy: { startedAt: "asc" },
        });
        return { held: job.leaseOwner, all };
      },
      (v) => v.held === null && v.all.length === 2,
      { what: "the second cycle to finish" },
    );
    expect(cycles.all.map((c) => c.status)).toEqual(["completed", "completed"]);
    expect(cycles.all[1]!.trigger).toBe("manual");
    expect(
      await prisma.auditEvent.count({ where: { orgId: s.orgId, action: "provisioning.sync-now", targetId: s.appId } }),
    ).toBe(3);
  });
});
