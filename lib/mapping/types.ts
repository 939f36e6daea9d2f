// The mapping definition a provisioning job reads (PRODUCT.md §6): per object type, whether it is synced, which
// target actions are allowed, the attribute mappings and the scoping filters. Plain JSON, stored on the job.
import { z } from "zod";

export const MAPPING_TYPES = ["Direct", "Constant", "Expression", "None"] as const;
export const SCOPE_OPERATORS = [
  "EQUALS",
  "NOT EQUALS",
  "IS TRUE",
  "IS FALSE",
  "IS NULL",
  "IS NOT NULL",
  "REGEX MATCH",
  "NOT REGEX MATCH",
  "Greater_Than",
  "Greater_Than_OR_EQUALS",
  "Less_Than",
  "Less_Than_OR_EQUALS",
  "Includes",
  "ENDS_WITH",
  "&",
  "!&",
  // Beyond Entra: membership of a source group (value: the group's id in the source directory).
  "MEMBER OF",
  "NOT MEMBER OF",
] as const;
/** Operators that take no value. */
export const UNARY_SCOPE_OPERATORS: readonly string[] = ["IS TRUE", "IS FALSE", "IS NULL", "IS NOT NULL"];
export const TARGET_TYPES = ["String", "Boolean", "Reference", "Integer", "DateTime"] as const;

export const ZAttributeMapping = z.object({
  type: z.enum(MAPPING_TYPES),
  /** Source attribute name (Direct), e.g. "userPrincipalName". */
  source: z.string().optional(),
  constant: z.string().optional(),
  expression: z.string().optional(),
  defaultValue: z.string().optional(),
  /** Target attribute path: "userName", "name.givenName", "urn:…:enterprise:2.0:User:department". */
  target: z.string().min(1),
  targetType: z.enum(TARGET_TYPES).default("String"),
  matching: z.boolean().default(false),
  matchingPrecedence: z.number().int().min(1).optional(),
  apply: z.enum(["Always", "OnCreate"]).default("Always"),
});
export type TAttributeMapping = z.infer<typeof ZAttributeMapping>;

export const ZScopeClause = z.object({
  attribute: z.string().min(1),
  operator: z.enum(SCOPE_OPERATORS),
  value: z.string().optional(),
  /** What the value reads as (the group's name for MEMBER OF, whose value is the group's id); display only. */
  label: z.string().max(256).optional(),
});
export type TScopeClause = z.infer<typeof ZScopeClause>;

/** Clauses inside a filter are ANDed; the filters of an object mapping are ORed. */
export const ZScopingFilter = z.object({ name: z.string().optional(), clauses: z.array(ZScopeClause).min(1) });
export type TScopingFilter = z.infer<typeof ZScopingFilter>;

export const ZTargetAttribute = z.object({
  name: z.string().min(1),
  type: z.enum(TARGET_TYPES).default("String"),
  required: z.boolean().default(false),
  multiValued: z.boolean().default(false),
  caseExact: z.boolean().default(false),
});
export type TTargetAttribute = z.infer<typeof ZTargetAttribute>;

export const ZObjectMapping = z.object({
  enabled: z.boolean(),
  actions: z.object({ create: z.boolean(), update: z.boolean(), delete: z.boolean() }),
  attributes: z.array(ZAttributeMapping),
  scopingFilters: z.array(ZScopingFilter).default([]),
  /** The target's attribute list (Edit attribute list); absent: the default list for the object type. */
  targetAttributes: z.array(ZTargetAttribute).optional(),
});
export type TObjectMapping = z.infer<typeof ZObjectMapping>;

export const ZMappingDefinition = z.object({ version: z.literal(1), user: ZObjectMapping, group: ZObjectMapping });
export type TMappingDefinition = z.infer<typeof ZMappingDefinition>;

/** A source object as the mapping sees it: attribute name → value (null when empty). */
export type SourceAttributes = Record<string, string | boolean | null | undefined>;

/** Target attribute path → value. Nulls never appear: Entra skips attributes whose source is empty. */
export type TargetValues = Record<string, string | boolean>;

/** The provisioning scope (PRODUCT.md §5 Settings), versioned with the mappings: "Sync only assigned users and
 *  groups" or "Sync all users and groups". It lives on the job, not in the definition. */
export const ZProvisioningScope = z.enum(["assigned", "all"]);
export type TProvisioningScope = z.infer<typeof ZProvisioningScope>;

export const SCOPE_LABELS: Record<TProvisioningScope, string> = {
  assigned: "Sync only assigned users and groups",
  all: "Sync all users and groups",
};

/** What a mapping version records: the definition and the scope (null in versions saved before scope was versioned). */
export type TMappingSnapshot = { definition: TMappingDefinition; scope: TProvisioningScope | null };
