// Shared loading for the mapping screens: access check, the app and its current definition (404 when unknown).
import { notFound } from "next/navigation";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { isAppError } from "@/lib/errors/app-error";
import { getMapping } from "@/lib/provisioning/mappings/mapping-store";

export async function loadMappingPage(slug: string, appId: string) {
  const { org, role } = await requirePageAccess(slug, "console:read");
  try {
    const mapping = await getMapping(org.id, appId);
    return { org, canWrite: can(role, "config:write"), ...mapping };
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
