// PATCH's read-patch step shared by /Users and /Groups: the body is normalised once (either Entra dialect); each try
// reads the row (404, If-Match), applies the operations to its SCIM form and hands both to `save`, retried when a
// concurrent write got in first. API: patchResource(resourceType, id, body, ifMatch, steps) → what `save` returns.
import type { JsonObject } from "@/lib/scim/json";
import { applyPatch } from "@/lib/scim/patch-apply";
import { normalizePatchRequest } from "@/lib/scim/patch-normalize";
import type { ResourceType } from "@/lib/scim/schema-registry";
import { currentRow } from "./current-row";
import { withRetries } from "@/lib/db/db-errors";

export interface PatchSteps<Row, T> {
  find(): Promise<Row | null>;
  toScim(row: Row): JsonObject;
  /** `current`: the row's SCIM form; `result`: it with the operations applied. Throws ConcurrentChange to try again. */
  save(row: Row, current: JsonObject, result: ReturnType<typeof applyPatch>): Promise<T>;
}

export async function patchResource<Row extends { version: number }, T>(
  resourceType: ResourceType,
  id: string,
  body: unknown,
  ifMatch: string | null | undefined,
  steps: PatchSteps<Row, T>,
): Promise<T> {
  const { operations } = normalizePatchRequest(resourceType, body);
  return withRetries(async () => {
    const row = currentRow(resourceType, id, ifMatch, await steps.find());
    const current = steps.toScim(row);
    return steps.save(row, current, applyPatch(resourceType, current, operations));
  });
}
