// org-center provisioning start|stop|status|run|restart|allow-deletes|test --org ORG --app APP.
// `run --wait` runs one cycle in this process (waiting for the job's lease if a cycle runs elsewhere) and prints its counts.
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { getOrganization } from "@/lib/orgs/find-organization";
import { findApp } from "@/lib/provisioning/apps/find-app";
import type { CycleResult } from "@/lib/provisioning/engine/finish-cycle";
import {
  allowDeletes,
  requestSync,
  restartProvisioning,
  setProvisioningEnabled,
} from "@/lib/provisioning/provisioning-job/controls";
import { getProvisioningStatus } from "@/lib/provisioning/provisioning-job/get-status";
import { testConnection } from "@/lib/provisioning/provisioning-job/test-connection";
import { runProvisioningJob } from "@/lib/provisioning/provisioning-job/run-provisioning-job";
import type { Output } from "./output";
import { requireOption, UsageError } from "./usage-error";

const SUBS = ["start", "stop", "status", "run", "restart", "allow-deletes", "test"];

export function describeCycle(r: CycleResult): string {
  const u = r.counts.users;
  const g = r.counts.groups;
  const head =
    r.status === "interrupted"
      ? `Cycle ${r.cycleId} was interrupted (lease lost); it resumes on the next run.`
      : `${r.type[0]!.toUpperCase()}${r.type.slice(1)} cycle ${r.cycleId} ${r.status} in ${(r.durationMs / 1000).toFixed(1)} s.`;
  return [
    head,
    `Users:  ${u.created} created, ${u.updated} updated, ${u.disabled} disabled, ${u.deleted} deleted, ${u.skipped} skipped, ${u.failed} failed${u.staged ? `, ${u.staged} held` : ""}`,
    `Groups: ${g.created} created, ${g.updated} updated, ${g.deleted} deleted, ${g.skipped} skipped, ${g.failed} failed${g.staged ? `, ${g.staged} held` : ""}`,
    `Members: ${r.counts.members.added} added, ${r.counts.members.removed} removed`,
    ...(r.verdict ? [`Quarantined: ${r.verdict.code}: ${r.verdict.reason}`] : []),
    ...(r.held ? [`${r.held} deletion(s) held: review them, then run \`provisioning allow-deletes\`.`] : []),
  ].join("\n");
}

export async function provisioningCommand(sub: string | undefined, options: Record<string, unknown>, out: Output) {
  if (!sub || !SUBS.includes(sub))
    throw new UsageError(`Usage: org-center provisioning ${SUBS.join("|")} --org ORG --app APP [--wait]`);
  const org = await getOrganization(requireOption(options, "org"));
  const appRef = requireOption(options, "app");
  if (sub === "start" || sub === "stop") {
    const r = await setProvisioningEnabled(org.id, appRef, sub === "start", CLI_ACTOR);
    out.print(r, () =>
      r.enabled
        ? "Provisioning is On: the first cycle starts shortly."
        : `Provisioning is Off.${r.running ? " The running cycle finishes first." : ""}`,
    );
    return;
  }
  if (sub === "restart") {
    const r = await restartProvisioning(org.id, appRef, CLI_ACTOR);
    out.print(r, () => "Provisioning state cleared: the next cycle is an initial cycle.");
    return;
  }
  if (sub === "allow-deletes") {
    const r = await allowDeletes(org.id, appRef, CLI_ACTOR);
    out.print(r, () => `Allowed the ${r.held} held deletion(s): the next cycle performs them.`);
    return;
  }
  if (sub === "test") {
    const r = await testConnection(org.id, appRef);
    out.print(r, () => `${r.ok ? "OK" : "FAILED"}: ${r.message}`);
    if (!r.ok) throw new AppError("precondition_failed", "Test Connection failed.");
    return;
  }
  if (sub === "status") {
    const s = await getProvisioningStatus(org.id, appRef);
    const { mapping: _m, ...rest } = s;
    out.print(rest, () =>
      [
        `${s.app.name} (${s.app.kind}): mode ${s.settings.mode}, status ${s.settings.enabled ? "On" : "Off"}, scope ${s.settings.scope}, every ${s.settings.intervalMinutes} min`,
        s.running && s.current
          ? `Running: ${s.current.type} cycle, ${s.current.percent}% (${s.current.processedUsers}/${s.current.totalUsers} users, ${s.current.processedGroups}/${s.current.totalGroups} groups)`
          : "Not running.",
        s.last
          ? `Last cycle: ${s.last.type} ${s.last.status}, finished ${s.last.finishedAt}, ${((s.last.durationMs ?? 0) / 1000).toFixed(1)} s`
          : "No cycle has run yet.",
        `To date: ${s.stats.cycles} cycles; users ${s.stats.users.created} created, ${s.stats.users.updated} updated, ${s.stats.users.disabled} disabled, ${s.stats.users.deleted} deleted, ${s.stats.users.failed} failed`,
        ...(s.quarantine ? [`QUARANTINED since ${s.quarantine.since}: ${s.quarantine.reason}`] : []),
        ...(s.hold ? [`${s.hold.count} deletion(s) held since ${s.hold.since}.`] : []),
      ].join("\n"),
    );
    return;
  }
  // run
  const app = await findApp(org.id, appRef);
  if (!options.wait) {
    await requestSync(org.id, app.id, CLI_ACTOR);
    out.print(
      { requested: true },
      () => "Sync requested: the app's scheduler runs the cycle (use --wait to run it here and see its counts).",
    );
    return;
  }
  for (;;) {
    const r = await runProvisioningJob(app.job.id, { trigger: "cli" });
    if (r.status === "busy") {
      await new Promise((resolve) => setTimeout(resolve, 500));
      continue;
    }
    if (r.status === "failed") throw new AppError("precondition_failed", `The cycle stopped: ${r.error}`);
    out.print(r.result, () => describeCycle(r.result));
    if (r.result.status === "interrupted") throw new AppError("precondition_failed", "The cycle was interrupted.");
    return;
  }
}
