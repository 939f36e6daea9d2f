// Writes a batch of provisioning log entries inside the engine's transaction: the entries, their day's and hour's
// counts and their identity-search terms, so they never disagree. API: writeProvisioningLog(tx, entries), ProvisioningLogInput.
import type { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { countLogEntriesPerHour } from "./count-log-entries-per-hour";
import { countLogEntries } from "./daily-outcome-counts";
import { recordLogIdentities } from "./record-log-identities";

type Tx = Pick<typeof prisma, "provisioningLogEntry" | "$executeRaw">;

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

/** Plain data into a Json column (undefined stays "not set"). */
const json = (value: unknown) => value as Prisma.InputJsonValue;

function entryRow({ mail: _mail, requests, ...e }: ProvisioningLogInput) {
  return {
    ...e,
    identityLower: [e.displayName, e.sourceIdentity].filter(Boolean).join(" ").toLowerCase().slice(0, 500) || null,
    steps: json(e.steps),
    modifiedProperties: e.modifiedProperties.length ? json(e.modifiedProperties) : undefined,
    errorReason: e.errorReason?.slice(0, 2000) ?? null,
    requestIds: requests.length ? json({ changeId: e.changeId, requests }) : undefined,
  };
}

export async function writeProvisioningLog(tx: Tx, entries: ProvisioningLogInput[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map(entryRow);
  await tx.provisioningLogEntry.createMany({ data: rows });
  await countLogEntries(tx, rows);
  await countLogEntriesPerHour(tx, rows);
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
