// What the repositories hand back for one User or Group, and helpers shared by both serializers.
// API: ResourceView, ReadOptions, notFound(type, id), compact(obj), resourceMeta(type, row, baseUrl).
import { ScimError } from "@/lib/scim/errors";
import type { JsonObject } from "@/lib/scim/json";
import type { JsonStream } from "@/lib/scim/json-stream";
import type { AttributeSelection } from "@/lib/scim/projection";
import type { SqlSession } from "@/lib/db/sql-session";
import { etagOf } from "./etag";

export interface ReadOptions {
  baseUrl: string;
  selection?: AttributeSelection;
  /** The request's read (sqlRead), when it holds one: every read of the answer is made in it. */
  reads?: SqlSession;
}

export interface ResourceView {
  resource: JsonObject;
  version: number;
  id: string;
  /** userName or displayName, for the request log. */
  name: string;
  /** When set, the answer's body: `resource` written in pieces (a group's members read as they are sent). */
  stream?: JsonStream;
}

/** Also the answer for another organization's ids: nothing tells them apart. */
export function notFound(resourceType: "User" | "Group", id: string): ScimError {
  return new ScimError(404, undefined, `${resourceType} ${id} not found`);
}

/** Drops null/undefined values (unassigned attributes are omitted, never sent as null). */
export function compact(obj: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    if (value !== null && value !== undefined) out[key] = value;
  }
  return out;
}

export function resourceMeta(
  resourceType: "User" | "Group",
  row: { id: string; version: number; createdAt: Date; updatedAt: Date },
  baseUrl: string,
) {
  return {
    resourceType,
    created: row.createdAt.toISOString(),
    lastModified: row.updatedAt.toISOString(),
    location: `${baseUrl}/${resourceType}s/${row.id}`,
    version: etagOf(row.version),
  };
}
