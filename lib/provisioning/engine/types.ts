// Plain data the pipeline passes along (import → scope → match → evaluate → act → log).
import type { TargetValues, TMappingDefinition, TProvisioningScope } from "@/lib/mapping/types";
import type { ScimTarget } from "../scim-client/scim-target";
import type { ExchangeRecord } from "../scim-client/types";

export type SourceUserRecord = {
  id: string;
  objectId: string;
  userPrincipalName: string;
  mail: string | null;
  mailNickname: string | null;
  givenName: string | null;
  surname: string | null;
  displayName: string;
  department: string | null;
  jobTitle: string | null;
  employeeId: string | null;
  costCenter: string | null;
  division: string | null;
  companyName: string | null;
  officeLocation: string | null;
  accountEnabled: boolean;
  deletedAt: Date | null;
  groupIds: string[];
};

export type SourceGroupRecord = {
  id: string;
  objectId: string;
  displayName: string;
  description: string | null;
  mailNickname: string | null;
  deletedAt: Date | null;
  memberIds: string[];
};

export type ObjectKind = "user" | "group";
export type Lifecycle = "active" | "disabled" | "deleted";

export type ObjectState = {
  kind: ObjectKind;
  sourceId: string;
  targetId: string | null;
  lifecycle: Lifecycle;
  exported: TargetValues | null;
  /** Groups: target ids of the members this job added. */
  members: string[] | null;
  needsSync: boolean;
  heldAction: string | null;
  lastError: string | null;
  failures: number;
};

export type Assignments = { users: ReadonlySet<string>; groups: ReadonlySet<string> };

export type ScopeCode = "InScope" | "NotEffectivelyEntitled" | "ScopingFilter" | "SourceDeleted" | "MappingDisabled";
export type ScopeResult = { inScope: boolean; code: ScopeCode; detail: string };

/** What the job should do with the object before looking at the target. */
export type Intent = "provision" | "disable" | "delete" | "skip";

export type LogAction = "Create" | "Update" | "Delete" | "Disable" | "StagedDelete" | "Other";
export type LogStatus = "Success" | "Failure" | "Skipped" | "Warning";
export type StepName = "Import" | "Scoping" | "Matching" | "Evaluation" | "Action";
export type Step = { name: StepName; status: LogStatus; detail: string };
export type ModifiedProperty = { name: string; oldValue: string | null; newValue: string | null };

export type LogDraft = {
  changeId: string;
  at: Date;
  durationMs: number;
  objectType: "User" | "Group";
  action: LogAction;
  status: LogStatus;
  displayName: string | null;
  sourceId: string;
  sourceIdentity: string | null;
  /** The identity source's objectId and mail: searchable in the log (issue 15), not columns of the entry. */
  objectId?: string | null;
  mail?: string | null;
  targetId: string | null;
  steps: Step[];
  modifiedProperties: ModifiedProperty[];
  errorCode?: string;
  errorReason?: string;
  recommendation?: string;
  requests: ExchangeRecord[];
};

/** The counters a cycle keeps per object type; "staged" are held deletions. */
export type Tally = {
  created: number;
  updated: number;
  disabled: number;
  deleted: number;
  skipped: number;
  failed: number;
  staged: number;
};
export type CycleCounts = { users: Tally; groups: Tally; members: { added: number; removed: number } };

export type Outcome = {
  kind: ObjectKind;
  log: LogDraft;
  /** The state to store, or null to leave it as it was (nothing known about the target). */
  state: ObjectState | null;
  tally: keyof Tally;
  members?: { added: number; removed: number };
  /** Groups whose membership in the target changes because this user appeared or went away. */
  affectsGroups?: string[];
  /** A failure that means the target as a whole is unusable (quarantine now). */
  fatal?: { code: string; reason: string; request?: FailingRequest };
};

export type FailingRequest = { method: string; path: string; status: number | null; body?: unknown; error?: string };

export type CycleContext = {
  target: ScimTarget;
  mapping: TMappingDefinition;
  scope: TProvisioningScope;
  assignments: Assignments;
  /** True while an accidental-deletion hold is in force: disables and deletes are staged, not sent. */
  holdDeprovisions: boolean;
  memberBatchSize: number;
};
