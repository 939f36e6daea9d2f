// The stored row a write or delete starts from: 404 for an id not here (another organization's looks the same), 412
// when If-Match names another version. API: currentRow(resourceType, id, ifMatch, row) → row.
import type { ResourceType } from "@/lib/scim/schema-registry";
import { assertIfMatch } from "./etag";
import { notFound } from "./resource-view";

export function currentRow<Row extends { version: number }>(
  resourceType: ResourceType,
  id: string,
  ifMatch: string | null | undefined,
  row: Row | null,
): Row {
  if (!row) throw notFound(resourceType, id);
  assertIfMatch(ifMatch, row.version);
  return row;
}
