// Builds the provisioning log entry of one object as it moves through the pipeline.
import crypto from "node:crypto";
import type { Diagnosis } from "./diagnose";
import type { LogAction, LogDraft, LogStatus, ModifiedProperty, StepName } from "./types";

export function startLog(
  objectType: "User" | "Group",
  source: {
    id: string;
    identity: string | null;
    displayName: string | null;
    objectId?: string | null;
    mail?: string | null;
  },
): LogDraft & { started: number } {
  return {
    changeId: crypto.randomUUID(),
    at: new Date(),
    started: performance.now(),
    durationMs: 0,
    objectType,
    action: "Other",
    status: "Skipped",
    displayName: source.displayName,
    sourceId: source.id,
    sourceIdentity: source.identity,
    objectId: source.objectId ?? null,
    mail: source.mail ?? null,
    targetId: null,
    steps: [],
    modifiedProperties: [],
    requests: [],
  };
}

export function addStep(log: LogDraft, name: StepName, status: LogStatus, detail: string): void {
  log.steps.push({ name, status, detail });
}

export function finishLog(
  log: LogDraft & { started: number },
  fields: {
    action: LogAction;
    status: LogStatus;
    targetId?: string | null;
    modified?: ModifiedProperty[];
    diagnosis?: Diagnosis;
  },
): LogDraft {
  const { started, ...draft } = log;
  return {
    ...draft,
    durationMs: Math.round(performance.now() - started),
    action: fields.action,
    status: fields.status,
    targetId: fields.targetId ?? log.targetId,
    modifiedProperties: fields.modified ?? log.modifiedProperties,
    ...(fields.diagnosis
      ? {
          errorCode: fields.diagnosis.code,
          errorReason: fields.diagnosis.reason,
          recommendation: fields.diagnosis.recommendation,
        }
      : {}),
  };
}
