// Which SCIM attribute lives in which OrgUser / OrgGroup column (user-columns.ts, group-columns.ts), for filters and sorting.
// API: lookupColumn(resourceType, path) → ColumnTarget (throws 400 invalidFilter for attributes no schema defines), COLUMN_TABLES.
import { formatAttrPath, type AttrPath } from "@/lib/scim/attribute-paths";
import { ScimError } from "@/lib/scim/errors";
import type { AttrDef } from "@/lib/scim/schema-attribute";
import { findAttribute, resolveAttribute, type ResourceType } from "@/lib/scim/schema-registry";
import { ENTERPRISE_USER_SCHEMA as ENT } from "@/lib/scim/urns";
import type { GroupColumnName } from "./group-columns";
import type { UserColumnName } from "./user-columns";

/**
 * `lower`: the column holds the value lowercased by the writer (an indexed copy for a caseExact:false attribute), so
 * it is compared with the lowercased filter value; other string columns hold the value as written.
 */
export type ScalarColumn =
  | { kind: "string"; column: string; lower?: boolean; nullable?: boolean }
  | { kind: "boolean"; column: string }
  | { kind: "date"; column: string }
  | { kind: "constant"; value: string };

/** The rows of `table` whose `parentKey` is the resource's id (EXISTS / NOT EXISTS in SQL). */
export interface RelationColumn {
  kind: "relation";
  table: string;
  parentKey: string;
  subs: Record<string, ScalarColumn>;
  defaultSub: string;
}

export type Column = ScalarColumn | RelationColumn;

export interface ColumnTable {
  table: string;
  columns: Record<string, Column>;
}

/** Column constructors that accept only the names of one table (user-columns.ts, group-columns.ts). */
function columnsOf<C extends string>() {
  return {
    str: (column: C, lower = false, nullable = true): ScalarColumn => ({ kind: "string", column, lower, nullable }),
    bool: (column: C): ScalarColumn => ({ kind: "boolean", column }),
    date: (column: C): ScalarColumn => ({ kind: "date", column }),
  };
}
const user = columnsOf<UserColumnName>();
const group = columnsOf<GroupColumnName>();
/** OrgUserEmail and OrgGroupMember columns, reached through a relation. */
const related = columnsOf<"valueLower" | "type" | "primary" | "display" | "groupId" | "userId">();

const USER_ATTRIBUTES: ColumnTable = {
  table: "OrgUser",
  columns: {
    id: user.str("id", false, false),
    userName: user.str("userNameLower", true, false),
    externalId: user.str("externalIdLower", true),
    displayName: user.str("displayNameLower", true),
    "name.givenName": user.str("givenName"),
    "name.familyName": user.str("familyName"),
    nickName: user.str("nickName"),
    title: user.str("title"),
    active: user.bool("active"),
    emails: {
      kind: "relation",
      table: "OrgUserEmail",
      parentKey: "userId",
      defaultSub: "value",
      subs: {
        value: related.str("valueLower", true, false),
        type: related.str("type"),
        primary: related.bool("primary"),
        display: related.str("display"),
      },
    },
    groups: {
      kind: "relation",
      table: "OrgGroupMember",
      parentKey: "userId",
      defaultSub: "value",
      subs: { value: related.str("groupId", false, false) },
    },
    [`${ENT}:department`]: user.str("department"),
    [`${ENT}:employeeNumber`]: user.str("employeeNumber"),
    [`${ENT}:costCenter`]: user.str("costCenter"),
    [`${ENT}:division`]: user.str("division"),
    "meta.created": user.date("createdAt"),
    "meta.lastModified": user.date("updatedAt"),
    "meta.resourceType": { kind: "constant", value: "User" },
  },
};

const GROUP_ATTRIBUTES: ColumnTable = {
  table: "OrgGroup",
  columns: {
    id: group.str("id", false, false),
    displayName: group.str("displayNameLower", true, false),
    externalId: group.str("externalIdLower", true),
    members: {
      kind: "relation",
      table: "OrgGroupMember",
      parentKey: "groupId",
      defaultSub: "value",
      subs: { value: related.str("userId", false, false) },
    },
    "meta.created": group.date("createdAt"),
    "meta.lastModified": group.date("updatedAt"),
    "meta.resourceType": { kind: "constant", value: "Group" },
  },
};

export const COLUMN_TABLES: Record<ResourceType, ColumnTable> = { User: USER_ATTRIBUTES, Group: GROUP_ATTRIBUTES };

/**
 * column: a scalar column of the resource; relation: a sub-attribute column of a related model;
 * absent: a schema attribute this server keeps only in the JSON `attributes` blob (not queryable), treated as unassigned.
 */
export type ColumnTarget =
  | { kind: "column"; name: string; def: AttrDef; column: ScalarColumn }
  | { kind: "relation"; name: string; def: AttrDef; leaf: AttrDef; relation: RelationColumn; column: ScalarColumn }
  | { kind: "absent"; name: string; def: AttrDef };

export function lookupColumn(resourceType: ResourceType, path: AttrPath): ColumnTarget {
  const resolved = resolveAttribute(resourceType, path);
  if (!resolved) {
    throw new ScimError(
      400,
      "invalidFilter",
      `Unknown attribute "${formatAttrPath(path)}" for resource type ${resourceType}`,
    );
  }
  const { columns } = COLUMN_TABLES[resourceType];
  const name = resolved.canonical;
  const def = resolved.sub ?? resolved.def;
  const direct = columns[name];
  if (direct && direct.kind !== "relation") return { kind: "column", name, def, column: direct };
  const top = columns[resolved.isExtension ? `${resolved.schemaUrn}:${resolved.def.name}` : resolved.def.name];
  if (top?.kind === "relation") {
    const leaf = resolved.sub ?? findAttribute(resolved.def.subAttributes, top.defaultSub);
    const column = top.subs[leaf?.name ?? top.defaultSub];
    if (column && leaf) return { kind: "relation", name, def: resolved.def, leaf, relation: top, column };
  }
  return { kind: "absent", name, def };
}
