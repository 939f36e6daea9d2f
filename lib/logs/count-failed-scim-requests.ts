// How many inbound SCIM requests of an organization failed (4xx or 5xx) after a moment, for the inbound-failure mail.
// API: countFailedScimRequests(orgId, since) → number.
import { requestLogDb } from "@/lib/db/client";

export async function countFailedScimRequests(orgId: string, since: Date): Promise<number> {
  return requestLogDb.scimRequestLog.count({ where: { orgId, status: { gte: 400 }, at: { gt: since } } });
}
