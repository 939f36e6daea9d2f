// The newest provisioning log entry of one source object in one app (the "last action" a provisioning explanation
// shows and links to). Uses the (orgId, sourceId) index.
import { prisma } from "@/lib/db/client";

export type LastEntry = {
  id: string;
  at: Date;
  action: string;
  status: string;
  errorCode: string | null;
  errorReason: string | null;
  recommendation: string | null;
};

export async function lastEntryForSource(orgId: string, appId: string, sourceId: string): Promise<LastEntry | null> {
  return prisma.provisioningLogEntry.findFirst({
    where: { orgId, sourceId, appId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: {
      id: true,
      at: true,
      action: true,
      status: true,
      errorCode: true,
      errorReason: true,
      recommendation: true,
    },
  });
}
