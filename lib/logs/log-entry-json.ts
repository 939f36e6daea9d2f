// Reads the JSON columns of a provisioning log entry as the engine writes them (steps, modified properties and the
// SCIM requests sent), tolerating older or hand-made shapes: lowercase step names, {old,new}, a bare list of ids.
export const STEP_ORDER = ["Import", "Scoping", "Matching", "Evaluation", "Action"] as const;

export type StepView = { name: string; status: string; detail: string };
export type ModifiedPropertyView = { name: string; oldValue: string | null; newValue: string | null };
export type SentRequestView = {
  requestId: string | null;
  method: string;
  path: string;
  status: number | null;
  attempt: number | null;
  durationMs: number | null;
  error: string | null;
  responseBody: string | null;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null =>
  v === undefined || v === null ? null : typeof v === "string" ? v : JSON.stringify(v);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

function stepName(v: unknown): string {
  const name = String(v ?? "");
  return STEP_ORDER.find((s) => s.toLowerCase() === name.toLowerCase()) ?? name;
}

export function readSteps(value: unknown): StepView[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(isObject)
    .map((s) => ({ name: stepName(s.name), status: String(s.status ?? ""), detail: text(s.detail) ?? "" }));
}

export function readModifiedProperties(value: unknown): ModifiedPropertyView[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((p) => ({
    name: String(p.name ?? ""),
    oldValue: text(p.oldValue ?? p.old),
    newValue: text(p.newValue ?? p.new),
  }));
}

/** The SCIM requests the action sent: the engine stores { changeId, requests: [...] }; a plain list of request ids also works. */
export function readSentRequests(value: unknown): SentRequestView[] {
  const list = Array.isArray(value) ? value : isObject(value) && Array.isArray(value.requests) ? value.requests : [];
  return list.map((r): SentRequestView => {
    if (!isObject(r))
      return {
        requestId: text(r),
        method: "",
        path: "",
        status: null,
        attempt: null,
        durationMs: null,
        error: null,
        responseBody: null,
      };
    return {
      requestId: text(r.requestId),
      method: String(r.method ?? ""),
      path: String(r.path ?? ""),
      status: num(r.status),
      attempt: num(r.attempt),
      durationMs: num(r.durationMs),
      error: text(r.error),
      responseBody: text(r.responseBody),
    };
  });
}

/** Every X-Request-Id the entry's requests carried (the engine sends its change id), for the link to the inbound log. */
export function requestIdsOf(entry: { changeId: string; requestIds: unknown }): string[] {
  const ids = readSentRequests(entry.requestIds)
    .map((r) => r.requestId)
    .filter((id): id is string => Boolean(id));
  if (isObject(entry.requestIds) && typeof entry.requestIds.changeId === "string") ids.push(entry.requestIds.changeId);
  return [...new Set(ids.length ? ids : [entry.changeId])].slice(0, 20);
}
