// The newest inbound SCIM requests of an organization (the full viewer is the logs section's).
import { requestLogDb } from "@/lib/db/client";

export async function listRecentScimRequests(orgId: string, take = 25) {
  return requestLogDb.scimRequestLog.findMany({
    where: { orgId },
    orderBy: { at: "desc" },
    take,
    select: {
      id: true,
      at: true,
      method: true,
      path: true,
      query: true,
      status: true,
      durationMs: true,
      tokenName: true,
      action: true,
      resourceType: true,
      resourceName: true,
      clientIp: true,
      userAgent: true,
    },
  });
}
