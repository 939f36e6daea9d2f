// Download of every provisioning log entry matching the filters (PRODUCT.md §7), as CSV or JSON, streamed.
// Written for throughput (a million rows is a normal export): JSON columns are read as text, CSV parses only the
// steps and modified properties it summarises, and JSON embeds the stored JSON verbatim.
import { prisma } from "@/lib/db/client";
import { toIsoUtc } from "@/lib/console/format-date";
import { formatExport, keysetBatches, type ExportFormat, type ExportProgress } from "./export-stream";
import type { TProvisioningLogFilters } from "./provisioning-log-filters";
import { provisioningLogWhere } from "./provisioning-log-where";
import { maskSentRequestsJson } from "./mask-scim-body";
import { sql } from "@/lib/db/sql";

const SCALARS = `"id", "at", "displayName", "sourceId", "sourceIdentity", "targetId", "objectType", "action", "status", "sourceSystem", "targetSystem", "appId", "cycleId", "changeId", "jobId", "durationMs", "errorCode", "errorReason", "recommendation"`;
// JSON columns come back as text (cast): decoding them in the driver adapter costs more than the rest of the export.
const CSV_COLUMNS = sql([
  `${SCALARS}, CAST("steps" AS TEXT) AS "steps", CAST("modifiedProperties" AS TEXT) AS "modifiedProperties"`,
]);
const JSON_COLUMNS = sql([
  `${SCALARS}, CAST("steps" AS TEXT) AS "steps", CAST("modifiedProperties" AS TEXT) AS "modifiedProperties", CAST("requestIds" AS TEXT) AS "requestIds"`,
]);

type Row = {
  id: string;
  at: Date | string;
  displayName: string | null;
  sourceId: string | null;
  sourceIdentity: string | null;
  targetId: string | null;
  objectType: string;
  action: string;
  status: string;
  sourceSystem: string;
  targetSystem: string;
  appId: string;
  cycleId: string;
  changeId: string;
  jobId: string;
  durationMs: number | bigint;
  errorCode: string | null;
  errorReason: string | null;
  recommendation: string | null;
  steps: string | null;
  modifiedProperties: string | null;
  requestIds?: string | null;
};

export const PROVISIONING_CSV_HEADER = [
  "Date (UTC)",
  "Identity",
  "Source ID",
  "Source identity",
  "Target ID",
  "Object type",
  "Action",
  "Status",
  "Source system",
  "Target system",
  "Application",
  "Cycle ID",
  "Change ID",
  "Job ID",
  "Duration (ms)",
  "Error code",
  "Error reason",
  "Recommendation",
  "Steps",
  "Modified properties",
];

function parseArray(text: string | null): Record<string, unknown>[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value)
      ? value.filter((v): v is Record<string, unknown> => typeof v === "object" && v !== null)
      : [];
  } catch {
    return [];
  }
}

const str = (v: unknown) => (v === null || v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v));

/** "Import: Success - detail | Scoping: …" */
export function stepsText(text: string | null): string {
  let out = "";
  for (const s of parseArray(text))
    out += `${out ? " | " : ""}${str(s.name)}: ${str(s.status)}${s.detail ? ` - ${str(s.detail)}` : ""}`;
  return out;
}

/** "title: Engineer -> Senior Engineer; …" (old/new also read under their short names). */
export function modifiedText(text: string | null): string {
  let out = "";
  for (const p of parseArray(text))
    out += `${out ? "; " : ""}${str(p.name)}: ${str(p.oldValue ?? p.old) || "(none)"} -> ${str(p.newValue ?? p.new) || "(none)"}`;
  return out;
}

const q = JSON.stringify;

/** `mask`: attributes masked in the kept SCIM bodies for this viewer (the help desk, when the organization says so). */
export async function* exportProvisioningLog(
  orgId: string,
  filters: TProvisioningLogFilters,
  format: ExportFormat,
  now = new Date(),
  progress?: ExportProgress,
  mask: readonly string[] = [],
): AsyncGenerator<string> {
  const apps = new Map(
    (await prisma.enterpriseApp.findMany({ where: { orgId }, select: { id: true, name: true } })).map((a) => [
      a.id,
      a.name,
    ]),
  );
  const where = provisioningLogWhere(orgId, filters, now);
  yield* formatExport(
    keysetBatches<Row>("ProvisioningLogEntry", format === "csv" ? CSV_COLUMNS : JSON_COLUMNS, where, filters.sort),
    format,
    {
      header: PROVISIONING_CSV_HEADER,
      csvRow: (r) => [
        toIsoUtc(r.at),
        r.displayName,
        r.sourceId,
        r.sourceIdentity,
        r.targetId,
        r.objectType,
        r.action,
        r.status,
        r.sourceSystem,
        r.targetSystem,
        apps.get(r.appId) ?? r.appId,
        r.cycleId,
        r.changeId,
        r.jobId,
        Number(r.durationMs),
        r.errorCode,
        r.errorReason,
        r.recommendation,
        stepsText(r.steps),
        modifiedText(r.modifiedProperties),
      ],
      // The JSON columns are embedded as stored (valid JSON: Prisma and PostgreSQL wrote them).
      jsonRow: (r) =>
        `{"id":${q(r.id)},"date":${q(toIsoUtc(r.at))},"identity":{"displayName":${q(r.displayName)},"sourceId":${q(r.sourceId)},"sourceIdentity":${q(r.sourceIdentity)},"targetId":${q(r.targetId)}},` +
        `"objectType":${q(r.objectType)},"action":${q(r.action)},"status":${q(r.status)},"sourceSystem":${q(r.sourceSystem)},"targetSystem":${q(r.targetSystem)},` +
        `"appId":${q(r.appId)},"application":${q(apps.get(r.appId) ?? null)},"cycleId":${q(r.cycleId)},"changeId":${q(r.changeId)},"jobId":${q(r.jobId)},"durationMs":${Number(r.durationMs)},` +
        `"steps":${r.steps ?? "[]"},"modifiedProperties":${r.modifiedProperties ?? "[]"},` +
        `"troubleshooting":${r.errorCode || r.errorReason || r.recommendation ? q({ errorCode: r.errorCode, reason: r.errorReason, recommendation: r.recommendation }) : "null"},` +
        `"sentRequests":${(mask.length ? maskSentRequestsJson(r.requestIds ?? null, mask) : r.requestIds) ?? "null"}}`,
    },
    progress,
  );
}
