// The job's mapping definition: the stored JSON when valid, else the default LogMeIn mappings.
import { defaultMappings } from "@/lib/mapping/default-mappings";
import { ZMappingDefinition, type TMappingDefinition } from "@/lib/mapping/types";

export function readMapping(stored: unknown): TMappingDefinition {
  if (stored === null || stored === undefined) return defaultMappings();
  const parsed = ZMappingDefinition.safeParse(stored);
  if (!parsed.success) {
    console.error("Provisioning: the stored mapping is invalid; using the default mappings.", parsed.error.issues.slice(0, 3));
    return defaultMappings();
  }
  return parsed.data;
}
