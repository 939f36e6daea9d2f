// The ProvisioningLogEntry columns (prisma/schema.prisma) the engine's log writer and the log benchmark's loader
// insert, listed once. API: PROVISIONING_LOG_COLUMNS, ProvisioningLogColumn.
export const PROVISIONING_LOG_COLUMNS = [
  "id",
  "orgId",
  "appId",
  "jobId",
  "cycleId",
  "changeId",
  "at",
  "durationMs",
  "objectType",
  "action",
  "status",
  "displayName",
  "identityLower",
  "sourceId",
  "sourceIdentity",
  "sourceObjectId",
  "targetId",
  "sourceSystem",
  "targetSystem",
  "steps",
  "modifiedProperties",
  "errorCode",
  "errorReason",
  "recommendation",
  "requestIds",
] as const;

export type ProvisioningLogColumn = (typeof PROVISIONING_LOG_COLUMNS)[number];
