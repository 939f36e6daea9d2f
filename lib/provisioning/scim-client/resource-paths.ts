// Reading and building SCIM resources by attribute path: "userName", "name.givenName",
// "emails[type eq \"work\"].value", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department".
import type { ScimResource } from "./types";

type ParsedPath =
  | { kind: "simple"; attr: string; sub?: string }
  | { kind: "extension"; urn: string; attr: string; sub?: string }
  | { kind: "filtered"; attr: string; filterAttr: string; filterValue: string; sub: string };

const FILTERED = /^([A-Za-z][\w$-]*)\[\s*([A-Za-z][\w$-]*)\s+eq\s+"([^"]*)"\s*\]\.([A-Za-z][\w$-]*)$/i;

export function parsePath(path: string): ParsedPath {
  if (path.toLowerCase().startsWith("urn:")) {
    const i = path.lastIndexOf(":");
    const [attr, sub] = path.slice(i + 1).split(".");
    return { kind: "extension", urn: path.slice(0, i), attr: attr!, sub };
  }
  const filtered = FILTERED.exec(path);
  if (filtered)
    return {
      kind: "filtered",
      attr: filtered[1]!,
      filterAttr: filtered[2]!,
      filterValue: filtered[3]!,
      sub: filtered[4]!,
    };
  const [attr, sub] = path.split(".");
  return { kind: "simple", attr: attr!, sub };
}

function getKey(obj: unknown, key: string): unknown {
  if (typeof obj !== "object" || obj === null) return undefined;
  const record = obj as Record<string, unknown>;
  if (key in record) return record[key];
  const lower = key.toLowerCase();
  const found = Object.keys(record).find((k) => k.toLowerCase() === lower);
  return found === undefined ? undefined : record[found];
}

function scalar(value: unknown): string | boolean | undefined {
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return String(value);
  return undefined;
}

/** The value at `path` in a resource, or undefined when absent. */
export function readTargetValue(resource: ScimResource, path: string): string | boolean | undefined {
  const p = parsePath(path);
  if (p.kind === "filtered") {
    const list = getKey(resource, p.attr);
    if (!Array.isArray(list)) return undefined;
    const item = list.find((x) => String(getKey(x, p.filterAttr) ?? "").toLowerCase() === p.filterValue.toLowerCase());
    return scalar(getKey(item, p.sub));
  }
  const holder = p.kind === "extension" ? getKey(resource, p.urn) : resource;
  const value = getKey(holder, p.attr);
  return scalar(p.sub ? getKey(value, p.sub) : value);
}

/** A resource body from flat target values (for POST). */
export function valuesToResource(values: Record<string, string | boolean>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const child = (parent: Record<string, unknown>, key: string) => (parent[key] ??= {}) as Record<string, unknown>;
  for (const [path, value] of Object.entries(values)) {
    const p = parsePath(path);
    if (p.kind === "filtered") {
      const list = (out[p.attr] ??= []) as Record<string, unknown>[];
      let item = list.find((x) => x[p.filterAttr] === p.filterValue);
      if (!item) list.push((item = { [p.filterAttr]: p.filterValue, ...(list.length === 0 ? { primary: true } : {}) }));
      item[p.sub] = value;
    } else {
      const holder = p.kind === "extension" ? child(out, p.urn) : out;
      if (p.sub) child(holder, p.attr)[p.sub] = value;
      else holder[p.attr] = value;
    }
  }
  return out;
}

/** Loose equality as the engine needs it: booleans and their "True"/"False" spellings are the same value. */
export function sameValue(a: string | boolean | undefined, b: string | boolean | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (typeof a === "boolean" || typeof b === "boolean") return String(a).toLowerCase() === String(b).toLowerCase();
  return a === b;
}
