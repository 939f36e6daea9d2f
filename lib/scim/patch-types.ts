// The canonical PATCH operation list that normalizePatchRequest() produces and applyPatch() consumes.
// Every operation has a path (path-less add/replace is expanded per key) with canonical attribute names.
import type { FilterNode } from "./filter-ast";

export type PatchOpName = "add" | "replace" | "remove";

export interface PatchTarget {
  /** The extension schema URN when the attribute lives in an extension; undefined for core/common attributes. */
  urn?: string;
  /** Canonical attribute name from the schema (`name`, `emails`, `employeeNumber`). */
  attr: string;
  /** Canonical sub-attribute; with a filter it is the part after the bracket (`emails[type eq "work"].value`). */
  sub?: string;
  /** Value-selection filter; its attribute paths are relative to the elements (`type`, `value`, `primary`). */
  filter?: FilterNode;
  /** The path as the client wrote it, for messages and logs. */
  text: string;
}

export interface PatchOperation {
  op: PatchOpName;
  path: PatchTarget;
  /** Coerced to the schema ("True" → true); absent for remove unless the client listed values to remove. */
  value?: unknown;
}

export type IgnoredReason = "readOnly" | "unknownAttribute" | "nullValue";

export interface IgnoredPatchOperation {
  op: PatchOpName;
  path: string;
  reason: IgnoredReason;
}

export interface NormalizedPatch {
  operations: PatchOperation[];
  /** Operations dropped on purpose (read-only, unknown attribute, null value): worth a line in the request log. */
  ignored: IgnoredPatchOperation[];
}

/** Group membership changes for the repository to run in SQL, in this order: removeAll, remove, add (add is idempotent). */
export interface MemberDelta {
  removeAll: boolean;
  remove: string[];
  add: string[];
}

export interface PatchResult {
  resource: Record<string, unknown>;
  /** False when the operations left the resource (and membership) exactly as it was. */
  changed: boolean;
  /** Present for Groups. */
  members?: MemberDelta;
}
