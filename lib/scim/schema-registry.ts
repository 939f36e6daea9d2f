// Looks attribute paths up in the schemas of a resource type: the one place that knows which attributes exist.
// API: resolveAttribute(resourceType, path) → ResolvedAttribute | undefined, coreSchemaOf(), extensionSchemasOf(), findAttribute().
import type { AttrPath } from "./attribute-paths";
import type { AttrDef } from "./schema-attribute";
import { COMMON_ATTRIBUTES, ENTERPRISE_USER_ATTRIBUTES, GROUP_ATTRIBUTES } from "./schema-enterprise-group";
import { USER_ATTRIBUTES } from "./schema-user";
import { ENTERPRISE_USER_SCHEMA, GROUP_SCHEMA, USER_SCHEMA } from "./urns";

export type ResourceType = "User" | "Group";

export interface ResolvedAttribute {
  /** The schema that defines the attribute (core URN for common attributes). */
  schemaUrn: string;
  isExtension: boolean;
  def: AttrDef;
  sub?: AttrDef;
  /** Canonical spelling: `name.givenName`, `urn:...:enterprise:2.0:User:department`, `manager.value` with URN prefix. */
  canonical: string;
}

const CORE: Record<ResourceType, string> = { User: USER_SCHEMA, Group: GROUP_SCHEMA };
const EXTENSIONS: Record<ResourceType, string[]> = { User: [ENTERPRISE_USER_SCHEMA], Group: [] };
const ATTRIBUTES: Record<string, AttrDef[]> = {
  [USER_SCHEMA]: USER_ATTRIBUTES,
  [GROUP_SCHEMA]: GROUP_ATTRIBUTES,
  [ENTERPRISE_USER_SCHEMA]: ENTERPRISE_USER_ATTRIBUTES,
};

export function coreSchemaOf(resourceType: ResourceType): string {
  return CORE[resourceType];
}

export function extensionSchemasOf(resourceType: ResourceType): string[] {
  return EXTENSIONS[resourceType];
}

export function schemaAttributes(schemaUrn: string): AttrDef[] {
  return ATTRIBUTES[schemaUrn] ?? [];
}

export function findAttribute(defs: readonly AttrDef[] | undefined, name: string): AttrDef | undefined {
  const lower = name.toLowerCase();
  return defs?.find((def) => def.name.toLowerCase() === lower);
}

function lookup(resourceType: ResourceType, path: AttrPath): { schemaUrn: string; def: AttrDef } | undefined {
  const core = CORE[resourceType];
  const inCore = () => {
    const def = findAttribute(ATTRIBUTES[core], path.attr) ?? findAttribute(COMMON_ATTRIBUTES, path.attr);
    return def && { schemaUrn: core, def };
  };
  const inExtension = (urn: string) => {
    const def = findAttribute(ATTRIBUTES[urn], path.attr);
    return def && { schemaUrn: urn, def };
  };
  if (path.urn === core) return inCore();
  if (path.urn) return EXTENSIONS[resourceType].includes(path.urn) ? inExtension(path.urn) : undefined;
  // Bare extension attribute names (`department`) are accepted for leniency; core names win on a clash.
  return inCore() ?? EXTENSIONS[resourceType].map(inExtension).find(Boolean);
}

/** Undefined for attributes no schema of the resource type defines (including unknown URNs and sub-attributes). */
export function resolveAttribute(resourceType: ResourceType, path: AttrPath): ResolvedAttribute | undefined {
  const found = lookup(resourceType, path);
  if (!found) return undefined;
  const { schemaUrn, def } = found;
  let sub: AttrDef | undefined;
  if (path.sub !== undefined) {
    sub = findAttribute(def.subAttributes, path.sub);
    if (!sub) return undefined;
  }
  const isExtension = schemaUrn !== CORE[resourceType];
  const base = sub ? `${def.name}.${sub.name}` : def.name;
  return { schemaUrn, isExtension, def, sub, canonical: isExtension ? `${schemaUrn}:${base}` : base };
}
