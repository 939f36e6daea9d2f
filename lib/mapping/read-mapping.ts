// The job's mapping definition: the stored JSON when valid, else the default LogMeIn mappings.
import { defaultMappings } from "@/lib/mapping/default-mappings";
import { ZMappingDefinition, type TMappingDefinition } from "@/lib/mapping/types";
import { logger } from "@/lib/log/logger";

export function readMapping(stored: unknown): TMappingDefinition {
  if (stored === null || stored === undefined) return defaultMappings();
  const parsed = ZMappingDefinition.safeParse(stored);
  if (!parsed.success) {
    logger.error(
      { component: "provisioning", issues: parsed.error.issues.slice(0, 3) },
      "Provisioning: the stored mapping is invalid; using the default mappings.",
    );
    return defaultMappings();
  }
  return parsed.data;
}
