// Shared endings of the pipeline: the outcome of an object (its log entry, the state to keep, what to count).
import { readTargetValue } from "../scim-client/resource-paths";
import type { ScimResource } from "../scim-client/types";
import { diagnose } from "./diagnose";
import { addStep, finishLog, type startLog } from "./log-draft";
import type { Lifecycle, ObjectKind, ObjectState, Outcome, StepName } from "./types";

export type OpenLog = ReturnType<typeof startLog>;

export function baseState(kind: ObjectKind, sourceId: string, state: ObjectState | null): ObjectState {
  return (
    state ?? {
      kind,
      sourceId,
      targetId: null,
      lifecycle: "active",
      exported: null,
      members: null,
      needsSync: false,
      heldAction: null,
      lastError: null,
      failures: 0,
    }
  );
}

export function lifecycleOf(resource: ScimResource | null, desiredActive: string | boolean | undefined): Lifecycle {
  const active = desiredActive ?? (resource ? readTargetValue(resource, "active") : undefined);
  return active === false || String(active).toLowerCase() === "false" ? "disabled" : "active";
}

/** Settled: clear the retry flags. */
export function settled(state: ObjectState, changes: Partial<ObjectState>): ObjectState {
  return { ...state, ...changes, needsSync: false, heldAction: null, lastError: null, failures: 0 };
}

export function failed(
  kind: ObjectKind,
  log: OpenLog,
  error: unknown,
  step: StepName,
  state: ObjectState | null,
  sourceId: string,
): Outcome {
  const diagnosis = diagnose(error);
  addStep(log, step, "Failure", diagnosis.reason);
  const base = baseState(kind, sourceId, state);
  return {
    kind,
    log: finishLog(log, { action: log.action, status: "Failure", targetId: base.targetId, diagnosis }),
    state: {
      ...base,
      needsSync: true,
      failures: base.failures + 1,
      lastError: `${diagnosis.code}: ${diagnosis.reason}`.slice(0, 1000),
    },
    tally: "failed",
    ...(diagnosis.fatal
      ? { fatal: { code: diagnosis.code, reason: diagnosis.reason, request: diagnosis.request } }
      : {}),
  };
}

export function staged(kind: ObjectKind, log: OpenLog, state: ObjectState, intent: "disable" | "delete"): Outcome {
  addStep(
    log,
    "Action",
    "Skipped",
    `The ${intent} is held: this cycle would delete or disable more objects than the accidental-deletion threshold allows.`,
  );
  return {
    kind,
    log: finishLog(log, {
      action: "StagedDelete",
      status: "Skipped",
      targetId: state.targetId,
      diagnosis: {
        code: "AccidentalDeletionThresholdExceeded",
        reason: `The ${intent} of this ${kind} was held by accidental-deletion prevention.`,
        recommendation:
          "Review the held changes; if they are expected, choose Allow deletes on the provisioning page (or raise the threshold).",
        fatal: false,
      },
    }),
    state: { ...state, needsSync: true, heldAction: intent },
    tally: "staged",
  };
}

export function skipped(
  kind: ObjectKind,
  log: OpenLog,
  state: ObjectState | null,
  detail: string,
  step: StepName = "Action",
): Outcome {
  addStep(log, step, "Skipped", detail);
  return {
    kind,
    log: finishLog(log, { action: "Other", status: "Skipped", targetId: state?.targetId ?? null }),
    state: state ? settled(state, {}) : null,
    tally: "skipped",
  };
}
