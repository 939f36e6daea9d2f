// Two app processes on one PostgreSQL database are both asked to run the same app's cycle at the same moment: an
// admin presses Sync now on each (the console's server action, over HTTP, as a browser posts it). Each process starts
// the cycle under the job's lease; the lease lets exactly one run it. The other finds the job leased, runs nothing
// and says a cycle is already running: one cycle record, one log entry per user, nobody created twice in the target.
// (The scheduler cannot show this: it skips jobs whose lease is held, so only the claim itself decides here.)
import { describe, expect, it } from "vitest";
import { createAccount } from "@/lib/accounts/create-account";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db/client";
import { setMemberRole } from "@/lib/orgs/set-member-role";
import { readStats } from "@/lib/provisioning/engine/counts";
import { waitFor } from "./support/app-process";
import { appProcesses, leaseOwnerPid, onPostgres, sampleLeaseOwners } from "./support/app-processes";
import { unique } from "./support/cli";
import { HttpSession } from "./support/http-session";
import { syncNow } from "./support/sync-now";
import { targetScenario } from "./support/target-scenario";

const USERS = 400;
const PASSWORD = "integration-password";

describe.runIf(onPostgres)("Sync now on two processes at once (PostgreSQL)", () => {
  const cluster = appProcesses("cluster_sync_race");
  const { apps } = cluster;

  it("exactly one process runs the cycle; the other runs nothing", async () => {
    const target = await cluster.target();
    // Provisioning Off and no schedulers: the two Sync now requests are the only things that start a cycle.
    const s = await targetScenario({ users: USERS, tenantUrl: target.url, token: "target-token" });
    const org = await prisma.organization.findUniqueOrThrow({ where: { id: s.orgId } });
    const email = `${unique("admin")}@example.com`;
    await createAccount({ email, name: "Race Admin", password: PASSWORD });
    await setMemberRole({ orgId: s.orgId, email, role: "admin" }, CLI_ACTOR);

    const env = { PROVISIONING_TARGET_CONCURRENCY: "4" };
    await cluster.start(env);
    await cluster.start(env);
    const sessions = apps.map((a) => new HttpSession(a.baseUrl));
    for (const [i, session] of sessions.entries())
      expect(await session.signIn(email, PASSWORD, `198.51.100.${30 + i}`)).toBeNull();
    // Each process loads the page once first, so both requests below reach the action equally fast.
    for (const session of sessions) {
      const page = await session.fetch(`/o/${org.slug}/apps/${s.appId}/provisioning`);
      expect(page.status).toBe(200);
      await page.arrayBuffer();
    }

    // Every owner seen holding the job's lease, sampled until the cycle ends.
    const sampler = sampleLeaseOwners(s.jobId);

    // The one whose claim won starts the cycle; the other says a cycle is already running.
    const answers = await Promise.all(sessions.map((session) => syncNow(session, org.slug, s.appId)));
    expect(answers.filter((a) => a.includes("Sync started."))).toHaveLength(1);
    expect(answers.filter((a) => a.includes("A cycle is already running, so no other was started."))).toHaveLength(1);

    // Done when a cycle was started and nobody holds the lease any more (a cycle is created under the lease, which is
    // released only when its runner stops): the loser gave up at its claim, the winner finished.
    const cycles = await waitFor(
      async () => {
        const job = await prisma.provisioningJob.findUniqueOrThrow({ where: { id: s.jobId } });
        const all = await prisma.provisioningCycle.findMany({ where: { jobId: s.jobId } });
        return { held: job.leaseOwner, all };
      },
      (v) => v.held === null && v.all.length > 0,
      { timeoutMs: 120_000, what: "the cycle to finish" },
    );
    const holders = new Set(await sampler.stop());

    // Both requests were taken (two Sync now audit events), one process ran the cycle, once.
    expect(
      await prisma.auditEvent.count({ where: { orgId: s.orgId, action: "provisioning.sync-now", targetId: s.appId } }),
    ).toBe(2);
    expect([...holders].map(leaseOwnerPid)).toHaveLength(1);
    expect(apps.map((a) => a.child.pid)).toContain(leaseOwnerPid([...holders][0]!));
    expect(cycles.all.map((c) => c.status)).toEqual(["completed"]);
    expect(cycles.all[0]).toMatchObject({ status: "completed", processedUsers: USERS, resumedCount: 0 });
    const entries = await prisma.provisioningLogEntry.findMany({
      where: { cycleId: cycles.all[0]!.id, objectType: "User" },
      select: { sourceId: true, status: true },
    });
    expect(entries).toHaveLength(USERS);
    expect(new Set(entries.map((e) => e.sourceId)).size).toBe(USERS);
    expect(entries.filter((e) => e.status === "Failure")).toEqual([]);
    expect(target.store.Users.size).toBe(USERS);
    expect(target.received.filter((r) => r.method === "POST" && r.answered === 409)).toEqual([]);
    const job = await prisma.provisioningJob.findUniqueOrThrow({ where: { id: s.jobId } });
    expect(readStats(job.stats).cycles).toBe(1);
  }, 240_000);
});
