// Writes one processed batch in a single transaction: object state, log entries (lib/logs writes them), groups to
// revisit, and the cycle's progress (phase, cursor, counts). A crash between batches loses nothing; within one it
// loses the batch, which the resumed cycle redoes (matching finds what was already created, so nothing is duplicated).
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { writeProvisioningLog, type ProvisioningLogInput } from "@/lib/logs/write-provisioning-log";
import type { CycleCounts, ObjectKind, ObjectState, Outcome } from "./types";
import { metrics } from "@/lib/ops/metrics";

/** Plain data into a Json column (undefined stays "not set"). */
export const json = (value: unknown) => value as Prisma.InputJsonValue;

export type CycleRef = {
  cycleId: string;
  jobId: string;
  orgId: string;
  appId: string;
  sourceSystem: string;
  targetSystem: string;
};
export type Progress = {
  phase: "users" | "groups";
  cursor: string;
  processedUsers: number;
  processedGroups: number;
  counts: CycleCounts & { plan?: unknown };
};

const stateData = (s: ObjectState) => ({
  targetId: s.targetId,
  lifecycle: s.lifecycle,
  exported: s.exported ? json(s.exported) : undefined,
  members: s.members ? json(s.members) : undefined,
  needsSync: s.needsSync,
  heldAction: s.heldAction,
  lastError: s.lastError,
  failures: s.failures,
});

/** The plain log entry of one outcome, for lib/logs to store. */
export function logEntry(ref: CycleRef, o: Outcome): ProvisioningLogInput {
  const l = o.log;
  return {
    orgId: ref.orgId,
    appId: ref.appId,
    jobId: ref.jobId,
    cycleId: ref.cycleId,
    changeId: l.changeId,
    at: l.at,
    durationMs: l.durationMs,
    objectType: l.objectType,
    action: l.action,
    status: l.status,
    displayName: l.displayName,
    sourceId: l.sourceId,
    sourceIdentity: l.sourceIdentity,
    sourceObjectId: l.objectId ?? null,
    targetId: l.targetId,
    mail: l.mail ?? null,
    sourceSystem: ref.sourceSystem,
    targetSystem: ref.targetSystem,
    steps: l.steps,
    modifiedProperties: l.modifiedProperties,
    errorCode: l.errorCode ?? null,
    errorReason: l.errorReason ?? null,
    recommendation: l.recommendation ?? null,
    requests: l.requests.map(requestSummary),
  };
}

// The SCIM requests an entry caused: method, path, status, time. Bodies (large, and in the target's own request log
// under the same change id) are kept only for failed requests, to troubleshoot.
function requestSummary({ requestBody: _request, responseBody, ...r }: Outcome["log"]["requests"][number]) {
  const failed = r.error !== undefined || (r.status !== undefined && r.status >= 400);
  return failed ? { ...r, responseBody: summarize(responseBody) } : r;
}

function summarize(body: unknown): unknown {
  if (body === undefined) return undefined;
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return text.length > 1500 ? `${text.slice(0, 1500)}…` : body;
}

export async function persistBatch(
  ref: CycleRef,
  outcomes: Outcome[],
  existing: ReadonlySet<string>,
  kind: ObjectKind,
  progress: Progress | null,
): Promise<void> {
  const creates = outcomes.filter((o) => o.state && !existing.has(o.state.sourceId));
  const updates = outcomes.filter((o) => o.state && existing.has(o.state.sourceId));
  const affected = [...new Set(outcomes.flatMap((o) => o.affectsGroups ?? []))];
  await prisma.$transaction(
    async (tx) => {
      if (creates.length)
        await tx.provisioningObjectState.createMany({
          data: creates.map((o) => ({ jobId: ref.jobId, kind, sourceId: o.state!.sourceId, ...stateData(o.state!) })),
        });
      for (const o of updates)
        await tx.provisioningObjectState.update({
          where: { jobId_kind_sourceId: { jobId: ref.jobId, kind, sourceId: o.state!.sourceId } },
          data: stateData(o.state!),
        });
      if (affected.length)
        await tx.provisioningObjectState.updateMany({
          where: { jobId: ref.jobId, kind: "group", sourceId: { in: affected }, targetId: { not: null } },
          data: { needsSync: true },
        });
      await writeProvisioningLog(
        tx,
        outcomes.map((o) => logEntry(ref, o)),
      );
      if (progress) {
        await tx.provisioningCycle.update({
          where: { id: ref.cycleId },
          data: {
            phase: progress.phase,
            cursor: progress.cursor,
            processedUsers: progress.processedUsers,
            processedGroups: progress.processedGroups,
            counts: json(progress.counts),
          },
        });
      }
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  if (outcomes.length) metrics.logRowsWritten.inc({ log: "provisioning" }, outcomes.length);
}
