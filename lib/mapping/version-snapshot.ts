// How a mapping version's JSON holds the scope beside the definition: `{ ...definition, scope }`. Versions saved
// before the scope was versioned have none; reading them gives scope null.
import { readMapping } from "@/lib/mapping/read-mapping";
import { ZProvisioningScope, type TMappingDefinition, type TMappingSnapshot, type TProvisioningScope } from "./types";

export function versionJson(
  definition: TMappingDefinition,
  scope: TProvisioningScope,
): TMappingDefinition & { scope: TProvisioningScope } {
  return { ...definition, scope };
}

export function readVersionSnapshot(stored: unknown): TMappingSnapshot {
  const scope = ZProvisioningScope.safeParse(
    stored && typeof stored === "object" ? (stored as { scope?: unknown }).scope : undefined,
  );
  return { definition: readMapping(stored), scope: scope.success ? scope.data : null };
}

/** The job's scope column as a scope ("assigned" unless it says "all"). */
export function readJobScope(scope: string): TProvisioningScope {
  return scope === "all" ? "all" : "assigned";
}
