// Two app processes on one PostgreSQL database are both asked to run the same app's cycle at the same moment: an
// admin presses Sync now on each (the console's server action, over HTTP, as a browser posts it). Each process starts
// the cycle in the background under the job's lease; the lease lets exactly one run it. The other finds the job
// leased and runs nothing: one cycle record, one log entry per user, nobody created twice in the target.
// (The scheduler cannot show this: it skips jobs whose lease is held, so only the claim itself decides here.)
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "@/lib/accounts/create-account";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { disconnectPrisma, prisma } from "@/lib/db/client";
import { setMemberRole } from "@/lib/orgs/set-member-role";
import { readStats } from "@/lib/provisioning/engine/counts";
import { privateDatabase, removePrivateData, startAppProcess, waitFor, type AppProcess } from "./support/app-process";
import { unique } from "./support/cli";
import { startFaultyScimServer } from "./support/faulty-scim-server";
import { HttpSession } from "./support/http-session";
import { targetScenario } from "./support/target-scenario";

const USERS = 400;
const PASSWORD = "integration-password";
const onPostgres = process.env.INTEGRATION_DATABASE_URL?.startsWith("postgres") ?? false;
const sharedUrl = process.env.DATABASE_URL;
const apps: AppProcess[] = [];
let target: Awaited<ReturnType<typeof startFaultyScimServer>> | undefined;

const pidOf = (owner: string | null) => Number(/:(\d+):[0-9a-f]+$/.exec(owner ?? "")?.[1]);

/** The id the production build gave the provisioning page's Sync now action (what the page's form posts). */
function syncNowActionId(): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, "../../.next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const found = Object.entries(manifest.node).find(
    ([, a]) => a.exportedName === "syncNowAction" && a.filename?.endsWith("provisioning/actions.ts"),
  );
  if (!found) throw new Error("syncNowAction is not in .next/server/server-reference-manifest.json (npm run build)");
  return found[0];
}

/** Posts the Sync now server action as the page does; resolves with the action's answer (its message). */
async function syncNow(session: HttpSession, actionId: string, slug: string, appId: string): Promise<string> {
  const res = await session.fetch(`/o/${slug}/apps/${appId}/provisioning`, {
    method: "POST",
    headers: {
      "next-action": actionId,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: session.baseUrl,
    },
    body: JSON.stringify([slug, appId]),
  });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`Sync now answered ${res.status}: ${body.slice(0, 500)}`);
  return body;
}

describe.runIf(onPostgres)("Sync now on two processes at once (PostgreSQL)", () => {
  beforeAll(async () => {
    process.env.DATABASE_URL = await privateDatabase("cluster_sync_race");
  });
  afterAll(async () => {
    for (const app of apps) app.child.kill("SIGKILL");
    await target?.close();
    await disconnectPrisma();
    process.env.DATABASE_URL = sharedUrl;
    await removePrivateData();
  });

  it("exactly one process runs the cycle; the other runs nothing", async () => {
    target = await startFaultyScimServer({ token: "target-token", fault: () => ({ delayMs: 5 }), uniqueNames: true });
    // Provisioning Off and no schedulers: the two Sync now requests are the only things that start a cycle.
    const s = await targetScenario({ users: USERS, tenantUrl: target.url, token: "target-token" });
    const org = await prisma.organization.findUniqueOrThrow({ where: { id: s.orgId } });
    const email = `${unique("admin")}@example.com`;
    await createAccount({ email, name: "Race Admin", password: PASSWORD });
    await setMemberRole({ orgId: s.orgId, email, role: "admin" }, CLI_ACTOR);

    const env = { PROVISIONING_TARGET_CONCURRENCY: "4" };
    apps.push(await startAppProcess({ databaseUrl: process.env.DATABASE_URL!, env }));
    apps.push(await startAppProcess({ databaseUrl: process.env.DATABASE_URL!, env }));
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
    const holders = new Set<string>();
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const job = await prisma.provisioningJob.findUniqueOrThrow({ where: { id: s.jobId } });
        if (job.leaseOwner) holders.add(job.leaseOwner);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();

    const actionId = syncNowActionId();
    const answers = await Promise.all(sessions.map((session) => syncNow(session, actionId, org.slug, s.appId)));
    for (const answer of answers) expect(answer).toContain("Sync started.");

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
    ).finally(async () => {
      sampling = false;
      await sampler;
    });

    // Both requests were taken (two Sync now audit events), one process ran the cycle, once.
    expect(
      await prisma.auditEvent.count({ where: { orgId: s.orgId, action: "provisioning.sync-now", targetId: s.appId } }),
    ).toBe(2);
    expect([...holders].map(pidOf)).toHaveLength(1);
    expect(apps.map((a) => a.child.pid)).toContain(pidOf([...holders][0]!));
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
