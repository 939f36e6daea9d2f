// Request bodies in the two Entra dialects (entra-scim.md §2): legacy (capitalised ops, one op per attribute,
// "True"/"False" strings, members removed by value array) and RFC (aadOptscim062020: lowercase ops, booleans,
// one path-less replace for plain attributes, members removed by filtered path).
import { ENTERPRISE_USER } from "@/lib/mapping/default-mappings";
import { parsePath, valuesToResource } from "./resource-paths";
import type { ScimDialect } from "./types";

export const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
export const USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
export const GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
export const MS_GROUP_SCHEMA = "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group";

export type AttributeChange = { path: string; value: string | boolean; existed: boolean };
export type PatchBody = { schemas: string[]; Operations: Record<string, unknown>[] };

const envelope = (Operations: Record<string, unknown>[]): PatchBody => ({ schemas: [PATCH_OP], Operations });
const legacyValue = (v: string | boolean) => (typeof v === "boolean" ? (v ? "True" : "False") : v);

export function attributesPatch(dialect: ScimDialect, changes: AttributeChange[]): PatchBody {
  if (dialect === "legacy") {
    return envelope(
      changes.map((c) => ({ op: c.existed ? "Replace" : "Add", path: c.path, value: legacyValue(c.value) })),
    );
  }
  const filtered = changes.filter((c) => parsePath(c.path).kind === "filtered");
  const plain = changes.filter((c) => parsePath(c.path).kind !== "filtered");
  const ops: Record<string, unknown>[] = filtered.map((c) => ({
    op: c.existed ? "replace" : "add",
    path: c.path,
    value: c.value,
  }));
  if (plain.length) ops.push({ op: "replace", value: Object.fromEntries(plain.map((c) => [c.path, c.value])) });
  return envelope(ops);
}

export function membersPatch(dialect: ScimDialect, op: "add" | "remove", memberIds: string[]): PatchBody {
  const values = memberIds.map((value) => ({ value }));
  if (dialect === "legacy") return envelope([{ op: op === "add" ? "Add" : "Remove", path: "members", value: values }]);
  if (op === "add") return envelope([{ op: "add", path: "members", value: values }]);
  return envelope(memberIds.map((id) => ({ op: "remove", path: `members[value eq "${escapeFilterValue(id)}"]` })));
}

export function userCreateBody(values: Record<string, string | boolean>): Record<string, unknown> {
  const resource = valuesToResource(values);
  const schemas = [USER_SCHEMA, ...(resource[ENTERPRISE_USER] ? [ENTERPRISE_USER] : [])];
  return { schemas, ...resource, meta: { resourceType: "User" } };
}

export function groupCreateBody(values: Record<string, string | boolean>): Record<string, unknown> {
  return { schemas: [GROUP_SCHEMA, MS_GROUP_SCHEMA], ...valuesToResource(values), meta: { resourceType: "Group" } };
}

export function escapeFilterValue(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
}

/** `attr eq "value"`, the only filter form Entra sends. */
export function eqFilter(attribute: string, value: string): string {
  return `${attribute} eq "${escapeFilterValue(value)}"`;
}

/** Splits ids into batches of at most `size` (membership changes go in several members per PATCH). */
export function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
