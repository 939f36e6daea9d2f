// Writes one processed batch in a single transaction: object state, log entries (lib/logs writes them), groups to
// revisit, and the cycle's progress (phase, cursor, counts). A crash between batches loses nothing; within one it
// loses the batch, which the resumed cycle redoes (matching finds what was already created, so nothing is duplicated).
import { v7 as newId } from "uuid";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { sqlList, sqlRows, sqlTransaction, type SqlValue } from "@/lib/db/sql-session";
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

// ProvisioningObjectState's written columns, in the order of stateValues (prepared SQL: a batch writes up to a hundred).
const STATE_COLUMNS = [
  "targetId",
  "lifecycle",
  "exported",
  "members",
  "needsSync",
  "heldAction",
  "lastError",
  "failures",
];
const stateValues = (s: ObjectState): SqlValue[] => [
  s.targetId,
  s.lifecycle,
  s.exported ? JSON.stringify(s.exported) : null,
  s.members ? JSON.stringify(s.members) : null,
  s.needsSync,
  s.heldAction,
  s.lastError,
  s.failures,
];
const INSERT_STATES = `INSERT INTO "ProvisioningObjectState" ("id", "jobId", "kind", "sourceId", "updatedAt", ${STATE_COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES `;
const UPDATE_STATE = `UPDATE "ProvisioningObjectState" SET "updatedAt" = ?, ${STATE_COLUMNS.map((c) => `"${c}" = ?`).join(", ")}
  WHERE "jobId" = ? AND "kind" = ? AND "sourceId" = ?`;

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
  const now = new Date();
  await sqlTransaction(async (tx) => {
    for (let i = 0; i < creates.length; i += 100) {
      const chunk = creates.slice(i, i + 100);
      await tx.run(
        `${INSERT_STATES}${sqlRows(chunk.length, 5 + STATE_COLUMNS.length)}`,
        chunk.flatMap((o) => [newId(), ref.jobId, kind, o.state!.sourceId, now, ...stateValues(o.state!)]),
      );
    }
    for (const o of updates)
      await tx.run(UPDATE_STATE, [now, ...stateValues(o.state!), ref.jobId, kind, o.state!.sourceId]);
    if (affected.length)
      await tx.run(
        `UPDATE "ProvisioningObjectState" SET "needsSync" = ?, "updatedAt" = ?
          WHERE "jobId" = ? AND "kind" = 'group' AND "targetId" IS NOT NULL AND "sourceId" IN (${sqlList(affected.length)})`,
        [true, now, ref.jobId, ...affected],
      );
    await writeProvisioningLog(
      tx,
      outcomes.map((o) => logEntry(ref, o)),
    );
    if (progress) {
      await tx.run(
        `UPDATE "ProvisioningCycle" SET "phase" = ?, "cursor" = ?, "processedUsers" = ?, "processedGroups" = ?, "counts" = ?
          WHERE "id" = ?`,
        [
          progress.phase,
          progress.cursor,
          progress.processedUsers,
          progress.processedGroups,
          JSON.stringify(progress.counts),
          ref.cycleId,
        ],
      );
    }
  });
  if (outcomes.length) metrics.logRowsWritten.inc({ log: "provisioning" }, outcomes.length);
}
