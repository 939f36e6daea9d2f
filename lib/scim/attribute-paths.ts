// Parsing of SCIM attribute paths (RFC 7644 §3.10) shared by filters, PATCH paths, sorting and projection.
// API: parseAttributePath(text), parseAttributeSelector(text), parseAttributeList(csv), matchSchemaUrn(text), formatAttrPath(p), findKey(obj, name).
import { ScimError } from "./errors";
import { ATTRIBUTE_SCHEMA_URNS } from "./urns";

/** `urn` is canonical when it is a known schema URN; `attr`/`sub` keep the caller's spelling (compare case-insensitively). */
export interface AttrPath {
  urn?: string;
  attr: string;
  sub?: string;
}

/** A whole schema named in `attributes`/`excludedAttributes`, e.g. the enterprise extension URN on its own. */
export interface SchemaRef {
  schemaUrn: string;
}

export type AttributeSelector = AttrPath | SchemaRef;

const ATTR_NAME = /^(?:\$ref|[A-Za-z][A-Za-z0-9_-]*)$/;
const URN_SHAPE = /^urn:[A-Za-z0-9][A-Za-z0-9-]*:\S+$/i;

export function isValidAttrName(name: string): boolean {
  return ATTR_NAME.test(name);
}

/** The canonical spelling of a known schema URN when `text` is exactly one (any case), else undefined. */
export function matchSchemaUrn(text: string): string | undefined {
  const lower = text.toLowerCase();
  return ATTRIBUTE_SCHEMA_URNS.find((urn) => urn.toLowerCase() === lower);
}

/**
 * `attr`, `attr.sub`, `urn:...:attr`, `urn:...:attr.sub`. A known schema URN prefix is matched whole (its "2.0"
 * contains a dot); for any other URN the last ':' separates URN from attribute. Undefined when malformed.
 */
export function parseAttributePath(text: string): AttrPath | undefined {
  let urn: string | undefined;
  let rest = text;
  if (/^urn:/i.test(text)) {
    const lower = text.toLowerCase();
    const known = ATTRIBUTE_SCHEMA_URNS.find((u) => lower.startsWith(u.toLowerCase()) && text[u.length] === ":");
    if (known) {
      urn = known;
      rest = text.slice(known.length + 1);
    } else {
      const colon = text.lastIndexOf(":");
      urn = text.slice(0, colon);
      rest = text.slice(colon + 1);
      if (!URN_SHAPE.test(urn)) return undefined;
    }
  }
  const parts = rest.split(".");
  if (parts.length > 2 || !parts.every(isValidAttrName)) return undefined;
  const path: AttrPath = { attr: parts[0] };
  if (urn) path.urn = urn;
  if (parts.length === 2) path.sub = parts[1];
  return path;
}

export function parseAttributeSelector(text: string): AttributeSelector | undefined {
  const schemaUrn = matchSchemaUrn(text);
  return schemaUrn ? { schemaUrn } : parseAttributePath(text);
}

export function isSchemaRef(selector: AttributeSelector): selector is SchemaRef {
  return "schemaUrn" in selector;
}

/** Comma-separated `attributes`/`excludedAttributes` value; blanks skipped; a malformed name is 400 invalidValue. */
export function parseAttributeList(csv: string | undefined, parameter = "attributes"): AttributeSelector[] {
  if (!csv) return [];
  const selectors: AttributeSelector[] = [];
  for (const raw of csv.split(",")) {
    const text = raw.trim();
    if (!text) continue;
    const selector = parseAttributeSelector(text);
    if (!selector) throw new ScimError(400, "invalidValue", `${parameter}: "${text}" is not a valid attribute path`);
    selectors.push(selector);
  }
  return selectors;
}

export function formatAttrPath(path: AttrPath): string {
  const base = path.sub ? `${path.attr}.${path.sub}` : path.attr;
  return path.urn ? `${path.urn}:${base}` : base;
}

/** The own key of `obj` equal to `name` ignoring case (exact match preferred), else undefined. */
export function findKey(obj: Record<string, unknown>, name: string): string | undefined {
  if (Object.hasOwn(obj, name)) return name;
  const lower = name.toLowerCase();
  return Object.keys(obj).find((key) => key.toLowerCase() === lower);
}
