// Writes a batch of provisioning log entries inside the engine's transaction: the entries, their day's and hour's
// counts and their identity-search terms, so they never disagree. API: writeProvisioningLog(tx, entries), ProvisioningLogInput.
import { v7 as newId } from "uuid";
import { sqlRows, type SqlSession, type SqlValue } from "@/lib/db/sql-session";
import { countLogEntriesPerHour } from "./count-log-entries-per-hour";
import { countLogEntries } from "./daily-outcome-counts";
import { PROVISIONING_LOG_COLUMNS as COLUMNS, type ProvisioningLogColumn } from "./provisioning-log-columns";
import { recordLogIdentities } from "./record-log-identities";

/** One processed object, as plain data: the entry's columns, plus its source mail (searchable, not a column). */
export type ProvisioningLogInput = {
  orgId: string;
  appId: string;
  jobId: string;
  cycleId: string;
  changeId: string;
  at: Date;
  durationMs: number;
  objectType: string;
  action: string;
  status: string;
  displayName: string | null;
  sourceId: string | null;
  sourceIdentity: string | null;
  sourceObjectId: string | null;
  targetId: string | null;
  mail: string | null;
  sourceSystem: string;
  targetSystem: string;
  steps: unknown[];
  modifiedProperties: unknown[];
  errorCode: string | null;
  errorReason: string | null;
  recommendation: string | null;
  /** The SCIM requests the change sent, kept with its change id (none: not stored). */
  requests: unknown[];
};

const INSERT = `INSERT INTO "ProvisioningLogEntry" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES `;
/** Rows per INSERT statement: well under both databases' limits on bound values. */
const CHUNK = 200;

/** The entry's row, by column; JSON columns as text (both databases parse it into the column). */
function entryRow({ mail: _mail, requests, ...e }: ProvisioningLogInput): Record<ProvisioningLogColumn, SqlValue> {
  return {
    id: newId(),
    orgId: e.orgId,
    appId: e.appId,
    jobId: e.jobId,
    cycleId: e.cycleId,
    changeId: e.changeId,
    at: e.at,
    durationMs: e.durationMs,
    objectType: e.objectType,
    action: e.action,
    status: e.status,
    displayName: e.displayName,
    identityLower: [e.displayName, e.sourceIdentity].filter(Boolean).join(" ").toLowerCase().slice(0, 500) || null,
    sourceId: e.sourceId,
    sourceIdentity: e.sourceIdentity,
    sourceObjectId: e.sourceObjectId,
    targetId: e.targetId,
    sourceSystem: e.sourceSystem,
    targetSystem: e.targetSystem,
    steps: JSON.stringify(e.steps),
    modifiedProperties: e.modifiedProperties.length ? JSON.stringify(e.modifiedProperties) : null,
    errorCode: e.errorCode,
    errorReason: e.errorReason?.slice(0, 2000) ?? null,
    recommendation: e.recommendation,
    requestIds: requests.length ? JSON.stringify({ changeId: e.changeId, requests }) : null,
  };
}

function entryValues(entry: ProvisioningLogInput): SqlValue[] {
  const row = entryRow(entry);
  return COLUMNS.map((c) => row[c]);
}

/** Stores the entries with their counts and identity terms, in the caller's transaction (`tx`). */
export async function writeProvisioningLog(tx: SqlSession, entries: ProvisioningLogInput[]): Promise<void> {
  if (entries.length === 0) return;
  for (let i = 0; i < entries.length; i += CHUNK) {
    const chunk = entries.slice(i, i + CHUNK);
    await tx.run(`${INSERT}${sqlRows(chunk.length, COLUMNS.length)}`, chunk.flatMap(entryValues));
  }
  await countLogEntries(tx, entries);
  await countLogEntriesPerHour(tx, entries);
  for (const orgId of new Set(entries.map((e) => e.orgId))) {
    const own = entries.filter((e) => e.orgId === orgId);
    await recordLogIdentities(
      tx,
      orgId,
      own.map((e) => ({
        sourceId: e.sourceId,
        displayName: e.displayName,
        identity: e.sourceIdentity,
        mail: e.mail,
        ids: [e.sourceObjectId, e.targetId],
      })),
    );
  }
}
