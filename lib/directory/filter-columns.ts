// Which SCIM attribute lives in which OrgUser / OrgGroup column (prisma/schema.prisma), for filters and sorting.
// API: lookupColumn(resourceType, path) → ColumnTarget (throws 400 invalidFilter for attributes no schema defines).
import { formatAttrPath, type AttrPath } from "@/lib/scim/attribute-paths";
import { ScimError } from "@/lib/scim/errors";
import type { AttrDef } from "@/lib/scim/schema-attribute";
import { resolveAttribute, type ResourceType } from "@/lib/scim/schema-registry";
import { ENTERPRISE_USER_SCHEMA as ENT } from "@/lib/scim/urns";

export type PrismaWhere = { [key: string]: unknown };

/** `lower`: the column holds the lowercased value, so compare with the lowercased filter value (caseExact=false). */
export type ScalarColumn =
  | { kind: "string"; column: string; lower?: boolean; nullable?: boolean }
  | { kind: "boolean"; column: string }
  | { kind: "date"; column: string }
  | { kind: "constant"; value: string };

/** A one-to-many relation filtered with `some`/`none`; `none` is a where that matches no row of the related model. */
export interface RelationColumn {
  kind: "relation";
  relation: string;
  subs: Record<string, ScalarColumn>;
  defaultSub: string;
  matchNothing: PrismaWhere;
}

export type Column = ScalarColumn | RelationColumn;

export interface ColumnTable {
  columns: Record<string, Column>;
  matchNothing: PrismaWhere;
}

const str = (column: string, lower = false, nullable = true): ScalarColumn => ({ kind: "string", column, lower, nullable });
const bool = (column: string): ScalarColumn => ({ kind: "boolean", column });
const date = (column: string): ScalarColumn => ({ kind: "date", column });

export const USER_COLUMNS: ColumnTable = {
  matchNothing: { id: { in: [] } },
  columns: {
    id: str("id", false, false),
    userName: str("userNameLower", true, false),
    externalId: str("externalIdLower", true),
    displayName: str("displayNameLower", true),
    "name.givenName": str("givenName"),
    "name.familyName": str("familyName"),
    nickName: str("nickName"),
    title: str("title"),
    active: bool("active"),
    emails: {
      kind: "relation",
      relation: "emails",
      defaultSub: "value",
      matchNothing: { id: { in: [] } },
      subs: { value: str("valueLower", true, false), type: str("type"), primary: bool("primary"), display: str("display") },
    },
    groups: {
      kind: "relation",
      relation: "memberships",
      defaultSub: "value",
      matchNothing: { groupId: { in: [] } },
      subs: { value: str("groupId", false, false) },
    },
    [`${ENT}:department`]: str("department"),
    [`${ENT}:employeeNumber`]: str("employeeNumber"),
    [`${ENT}:costCenter`]: str("costCenter"),
    [`${ENT}:division`]: str("division"),
    "meta.created": date("createdAt"),
    "meta.lastModified": date("updatedAt"),
    "meta.resourceType": { kind: "constant", value: "User" },
  },
};

export const GROUP_COLUMNS: ColumnTable = {
  matchNothing: { id: { in: [] } },
  columns: {
    id: str("id", false, false),
    displayName: str("displayNameLower", true, false),
    externalId: str("externalIdLower", true),
    members: {
      kind: "relation",
      relation: "members",
      defaultSub: "value",
      matchNothing: { userId: { in: [] } },
      subs: { value: str("userId", false, false) },
    },
    "meta.created": date("createdAt"),
    "meta.lastModified": date("updatedAt"),
    "meta.resourceType": { kind: "constant", value: "Group" },
  },
};

export const COLUMN_TABLES: Record<ResourceType, ColumnTable> = { User: USER_COLUMNS, Group: GROUP_COLUMNS };

/**
 * column: a scalar column of the resource; relation: a sub-attribute column of a related model;
 * absent: a schema attribute this server keeps only in the JSON `attributes` blob (not queryable), treated as unassigned.
 */
export type ColumnTarget =
  | { kind: "column"; name: string; def: AttrDef; column: ScalarColumn }
  | { kind: "relation"; name: string; def: AttrDef; relation: RelationColumn; column: ScalarColumn }
  | { kind: "absent"; name: string; def: AttrDef };

export function lookupColumn(resourceType: ResourceType, path: AttrPath): ColumnTarget {
  const resolved = resolveAttribute(resourceType, path);
  if (!resolved) {
    throw new ScimError(400, "invalidFilter", `Unknown attribute "${formatAttrPath(path)}" for resource type ${resourceType}`);
  }
  const { columns } = COLUMN_TABLES[resourceType];
  const name = resolved.canonical;
  const def = resolved.sub ?? resolved.def;
  const direct = columns[name];
  if (direct && direct.kind !== "relation") return { kind: "column", name, def, column: direct };
  const top = columns[resolved.isExtension ? `${resolved.schemaUrn}:${resolved.def.name}` : resolved.def.name];
  if (top?.kind === "relation") {
    const column = top.subs[resolved.sub?.name ?? top.defaultSub];
    if (column) return { kind: "relation", name, def: resolved.def, relation: top, column };
  }
  return { kind: "absent", name, def };
}
