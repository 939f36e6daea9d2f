// A provisioning cycle, top to bottom: start or resume → plan (candidates, accidental-deletion check) → users in
// batches → groups in batches (membership needs the users' target ids) → finish (watermark, quarantine, mail).
import { prisma } from "@/lib/db/client";
import { configHash } from "@/lib/mapping/config-hash";
import type { EnterpriseApp, ProvisioningJob } from "@/lib/db/generated/sqlite/client";
import type { ScimTarget } from "../scim-client/scim-target";
import { groupCandidates, userCandidates, type CycleWindow } from "./candidates";
import { addOutcome, readCounts } from "./counts";
import { finishCycle, type CycleResult } from "./finish-cycle";
import { healthVerdict, type Verdict } from "./health";
import { loadAssignments, loadGroups, loadMemberTargets, loadStates, loadUsers } from "./load-objects";
import { mapLimit } from "./map-limit";
import { persistBatch, type CycleRef, type Progress } from "./persist";
import { countDeprovisions } from "./plan-deprovisions";
import { processGroup } from "./process-group";
import { processUser } from "./process-user";
import { readMapping } from "@/lib/mapping/read-mapping";
import { startOrResumeCycle } from "./start-cycle";
import type { CycleContext, ObjectKind, Outcome } from "./types";
import { readJobScope } from "@/lib/mapping/version-snapshot";
import { recordOutcomes } from "./cycle-metrics";
import { runBatches } from "./run-batches";

export type RunCycleOptions = {
  job: ProvisioningJob;
  app: Pick<EnterpriseApp, "id" | "orgId" | "name">;
  target: ScimTarget;
  trigger: string;
  /** Checked between batches: true when the lease was lost (another instance takes over). */
  shouldStop?: () => boolean;
  batchSize?: number;
  concurrency?: number;
};

export const SOURCE_SYSTEM = "Org Center source directory";
type Plan = { deprovisions: number; hold: boolean };

export async function runCycle(options: RunCycleOptions): Promise<CycleResult> {
  const { job, app, target } = options;
  const batchSize = options.batchSize ?? 100;
  const concurrency = options.concurrency ?? 16;
  const mapping = readMapping(job.mapping);
  const hash = configHash(mapping, job.scope);
  const { cycle } = await startOrResumeCycle(job, hash, options.trigger);
  const started = Date.now();
  const scope = readJobScope(job.scope);
  const window: CycleWindow = {
    orgId: job.orgId,
    appId: app.id,
    jobId: job.id,
    scope,
    full: cycle.type !== "incremental",
    fromSeq: cycle.fromSeq,
    toSeq: cycle.toSeq,
  };
  const assignments = await loadAssignments(app.id);
  const counts = readCounts(cycle.counts);
  let plan = (cycle.counts as { plan?: Plan } | null)?.plan;
  const userIds = await userCandidates(window, assignments);
  let groupIds = await groupCandidates(window, assignments);
  if (!plan) {
    const deprovisions = await countDeprovisions(
      { orgId: job.orgId, jobId: job.id, scope, assignments, mapping },
      userIds,
      groupIds,
    );
    plan = { deprovisions, hold: job.preventDeletes && !job.allowDeletesOnce && deprovisions > job.deleteThreshold };
    await prisma.provisioningCycle.update({
      where: { id: cycle.id },
      data: { counts: { ...counts, plan }, totalUsers: userIds.length, totalGroups: groupIds.length },
    });
  }
  const ctx: CycleContext = {
    target,
    mapping,
    scope,
    assignments,
    holdDeprovisions: plan.hold,
    memberBatchSize: Number(process.env.PROVISIONING_MEMBER_BATCH ?? 50),
  };
  const ref: CycleRef = {
    cycleId: cycle.id,
    jobId: job.id,
    orgId: job.orgId,
    appId: app.id,
    sourceSystem: SOURCE_SYSTEM,
    targetSystem: app.name,
  };
  let { processedUsers, processedGroups } = cycle;
  let verdict: Verdict | null = null;
  const finish = () =>
    finishCycle({
      job,
      cycleId: cycle.id,
      type: cycle.type,
      toSeq: cycle.toSeq,
      hash,
      counts,
      plan: plan!,
      verdict,
      startedAt: cycle.startedAt,
      appName: app.name,
      runMs: Date.now() - started,
    });
  const check = (outcomes: Outcome[]) => {
    const fatal = outcomes.find((o) => o.fatal)?.fatal;
    verdict = healthVerdict(counts, fatal);
    return verdict !== null;
  };
  // A processed batch: its outcomes counted and the cycle's progress taken now (batches are processed in order); the
  // write runs when runBatches says so.
  const store = (kind: ObjectKind, ids: string[], existing: Map<string, unknown>, outcomes: Outcome[]) => {
    for (const o of outcomes) addOutcome(counts, o);
    recordOutcomes(outcomes);
    if (kind === "user") processedUsers += ids.length;
    else processedGroups += ids.length;
    const progress: Progress = {
      phase: kind === "user" ? "users" : "groups",
      cursor: ids.at(-1)!,
      processedUsers,
      processedGroups,
      counts: { ...counts, plan },
    };
    return () => persistBatch(ref, outcomes, new Set(existing.keys()), kind, progress);
  };

  if (cycle.phase === "users") {
    const todo = userIds.filter((id) => !cycle.cursor || id > cycle.cursor);
    const ended = await runBatches(chunks(todo, batchSize), {
      load: (ids) => Promise.all([loadUsers(job.orgId, ids), loadStates(job.id, "user", ids)]),
      process: (_ids, [users, states]) =>
        mapLimit(users, concurrency, (u) => processUser(ctx, u, states.get(u.id) ?? null)),
      store: (ids, [, states], outcomes) => store("user", ids, states, outcomes),
      ends: check,
      shouldStop: options.shouldStop,
    });
    if (ended === "stopped") return interrupted(cycle.id, cycle.type);
    if (ended === "ended") return finish();
    // Users provisioned or removed above flagged their groups; the group list is taken again.
    groupIds = await groupCandidates(window, assignments);
    await prisma.provisioningCycle.update({
      where: { id: cycle.id },
      data: { phase: "groups", cursor: null, totalGroups: groupIds.length },
    });
    cycle.cursor = null;
  }

  const todo = groupIds.filter((id) => !cycle.cursor || id > cycle.cursor);
  const ended = await runBatches(chunks(todo, Math.max(1, Math.floor(batchSize / 4))), {
    load: async (ids) => {
      const [groups, states] = await Promise.all([loadGroups(job.orgId, ids), loadStates(job.id, "group", ids)]);
      const memberTargets = await loadMemberTargets(job.id, [...new Set(groups.flatMap((g) => g.memberIds))]);
      return { groups, states, memberTargets };
    },
    process: (_ids, { groups, states, memberTargets }) =>
      mapLimit(groups, concurrency, (g) => processGroup(ctx, g, states.get(g.id) ?? null, memberTargets)),
    store: (ids, { states }, outcomes) => store("group", ids, states, outcomes),
    ends: check,
    shouldStop: options.shouldStop,
  });
  if (ended === "stopped") return interrupted(cycle.id, cycle.type);
  return finish();
}

function chunks(ids: string[], size: number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < ids.length; i += size) out.push(ids.slice(i, i + size));
  return out;
}

function interrupted(cycleId: string, type: string): CycleResult {
  return { cycleId, type, status: "interrupted", counts: readCounts(null), durationMs: 0 };
}
