// Download of every provisioning log entry matching the filters (PRODUCT.md §7), as CSV or JSON, streamed.
import { prisma } from "@/lib/db/client";
import { keysetBatches, formatExport, type ExportFormat, type ExportProgress } from "./export-stream";
import { modifiedSummary, readModifiedProperties, readSentRequests, readSteps, stepsSummary } from "./log-entry-json";
import type { TProvisioningLogFilters } from "./provisioning-log-filters";
import { provisioningLogWhere } from "./provisioning-log-where";
import { sql } from "./sql";

const COLUMNS = sql`"id", "at", "displayName", "sourceId", "sourceIdentity", "targetId", "objectType", "action", "status", "sourceSystem", "targetSystem", "appId", "cycleId", "changeId", "jobId", "durationMs", "errorCode", "errorReason", "recommendation", "steps", "modifiedProperties", "requestIds"`;

type Row = {
  id: string; at: Date; displayName: string | null; sourceId: string | null; sourceIdentity: string | null; targetId: string | null;
  objectType: string; action: string; status: string; sourceSystem: string; targetSystem: string; appId: string; cycleId: string;
  changeId: string; jobId: string; durationMs: number | bigint; errorCode: string | null; errorReason: string | null;
  recommendation: string | null; steps: unknown; modifiedProperties: unknown; requestIds: unknown;
};

export const PROVISIONING_CSV_HEADER = [
  "Date (UTC)", "Identity", "Source ID", "Source identity", "Target ID", "Object type", "Action", "Status", "Source system", "Target system",
  "Application", "Cycle ID", "Change ID", "Job ID", "Duration (ms)", "Error code", "Error reason", "Recommendation", "Steps", "Modified properties",
];

/** JSON columns arrive parsed from PostgreSQL and from SQLite's JSONB declared type; text is parsed here just in case. */
const parsed = (v: unknown): unknown => {
  if (typeof v !== "string") return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
};

export async function* exportProvisioningLog(orgId: string, filters: TProvisioningLogFilters, format: ExportFormat, now = new Date(), progress?: ExportProgress): AsyncGenerator<string> {
  const apps = new Map((await prisma.enterpriseApp.findMany({ where: { orgId }, select: { id: true, name: true } })).map((a) => [a.id, a.name]));
  const where = provisioningLogWhere(orgId, filters, now);
  yield* formatExport(keysetBatches<Row>("ProvisioningLogEntry", COLUMNS, where, filters.sort), format, {
    header: PROVISIONING_CSV_HEADER,
    csvRow: (r) => [
      r.at, r.displayName, r.sourceId, r.sourceIdentity, r.targetId, r.objectType, r.action, r.status, r.sourceSystem, r.targetSystem,
      apps.get(r.appId) ?? r.appId, r.cycleId, r.changeId, r.jobId, Number(r.durationMs), r.errorCode, r.errorReason, r.recommendation,
      stepsSummary(readSteps(parsed(r.steps))), modifiedSummary(readModifiedProperties(parsed(r.modifiedProperties))),
    ],
    jsonRow: (r) => ({
      id: r.id, date: r.at.toISOString(), identity: { displayName: r.displayName, sourceId: r.sourceId, sourceIdentity: r.sourceIdentity, targetId: r.targetId },
      objectType: r.objectType, action: r.action, status: r.status, sourceSystem: r.sourceSystem, targetSystem: r.targetSystem,
      appId: r.appId, application: apps.get(r.appId) ?? null, cycleId: r.cycleId, changeId: r.changeId, jobId: r.jobId, durationMs: Number(r.durationMs),
      steps: readSteps(parsed(r.steps)), modifiedProperties: readModifiedProperties(parsed(r.modifiedProperties)),
      troubleshooting: r.errorCode || r.errorReason || r.recommendation ? { errorCode: r.errorCode, reason: r.errorReason, recommendation: r.recommendation } : null,
      requests: readSentRequests(parsed(r.requestIds)),
    }),
  }, progress);
}
