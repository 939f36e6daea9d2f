// Provision on demand (PRODUCT.md §5): one user, or one group with up to five of its members, through the same
// pipeline right now, outside the schedule. Every step comes back for the page; the log gets the entries too.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { findSourceGroup, findSourceUser } from "@/lib/source-directory/find-source-principal";
import { findApp } from "../apps/find-app";
import { emptyCounts, addOutcome } from "../engine/counts";
import { loadAssignments, loadGroups, loadMemberTargets, loadStates, loadUsers } from "../engine/load-objects";
import { persistBatch, type CycleRef } from "../engine/persist";
import { processGroup } from "../engine/process-group";
import { processUser } from "../engine/process-user";
import { readMapping } from "@/lib/mapping/read-mapping";
import { SOURCE_SYSTEM } from "../engine/run-cycle";
import type { CycleContext, LogDraft, Outcome } from "../engine/types";
import { targetForApp } from "../apps/target-for-app";
import { readJobScope } from "@/lib/mapping/version-snapshot";

export const ON_DEMAND_MEMBER_LIMIT = 5;

export async function provisionOnDemand(
  orgId: string,
  appRef: string,
  principal: { type: "user" | "group"; ref: string; memberRefs?: string[] },
): Promise<{ cycleId: string; entries: LogDraft[] }> {
  const app = await findApp(orgId, appRef);
  const { target } = targetForApp(app);
  const job = app.job;
  const ctx: CycleContext = {
    target,
    mapping: readMapping(job.mapping),
    scope: readJobScope(job.scope),
    assignments: await loadAssignments(app.id),
    holdDeprovisions: false,
    memberBatchSize: 50,
  };
  const cycle = await prisma.provisioningCycle.create({
    data: { jobId: job.id, orgId, type: "on-demand", trigger: "on-demand", fromSeq: 0, toSeq: 0, phase: "users" },
  });
  const ref: CycleRef = {
    cycleId: cycle.id,
    jobId: job.id,
    orgId,
    appId: app.id,
    sourceSystem: SOURCE_SYSTEM,
    targetSystem: app.name,
  };
  const outcomes: Outcome[] = [];
  const runUsers = async (ids: string[]) => {
    const [users, states] = await Promise.all([loadUsers(orgId, ids), loadStates(job.id, "user", ids)]);
    const results: Outcome[] = [];
    for (const u of users) results.push(await processUser(ctx, u, states.get(u.id) ?? null));
    await persistBatch(ref, results, new Set(states.keys()), "user", null);
    outcomes.push(...results);
  };
  if (principal.type === "user") {
    await runUsers([(await findSourceUser(orgId, principal.ref)).id]);
  } else {
    const group = (await loadGroups(orgId, [(await findSourceGroup(orgId, principal.ref)).id]))[0]!;
    const chosen = principal.memberRefs?.length
      ? await Promise.all(principal.memberRefs.map((r) => findSourceUser(orgId, r).then((u) => u.id)))
      : group.memberIds.slice(0, ON_DEMAND_MEMBER_LIMIT);
    if (chosen.length > ON_DEMAND_MEMBER_LIMIT)
      throw new AppError(
        "invalid_input",
        `Provision on demand takes at most ${ON_DEMAND_MEMBER_LIMIT} members of a group.`,
      );
    const outside = chosen.filter((id) => !group.memberIds.includes(id));
    if (outside.length) throw new AppError("invalid_input", "Choose members of the group.");
    await runUsers(chosen);
    const states = await loadStates(job.id, "group", [group.id]);
    // Members provisioned before stay; of the others only the chosen ones exist in the target yet.
    const memberTargets = await loadMemberTargets(job.id, group.memberIds);
    const result = await processGroup(ctx, group, states.get(group.id) ?? null, memberTargets);
    await persistBatch(ref, [result], new Set(states.keys()), "group", null);
    outcomes.push(result);
  }
  const counts = emptyCounts();
  for (const o of outcomes) addOutcome(counts, o);
  await prisma.provisioningCycle.update({
    where: { id: cycle.id },
    data: {
      status: "completed",
      phase: "done",
      finishedAt: new Date(),
      durationMs: Date.now() - cycle.startedAt.getTime(),
      counts,
      processedUsers:
        counts.users.created +
        counts.users.updated +
        counts.users.skipped +
        counts.users.failed +
        counts.users.disabled +
        counts.users.deleted,
      processedGroups: outcomes.filter((o) => o.kind === "group").length,
    },
  });
  return { cycleId: cycle.id, entries: outcomes.map((o) => o.log) };
}
