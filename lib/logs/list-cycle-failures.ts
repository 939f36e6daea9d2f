// The failed entries of one provisioning cycle, oldest first, for the failure digest mail.
// API: listCycleFailures(cycleId, take) → CycleFailure[].
import { prisma } from "@/lib/db/client";

export type CycleFailure = {
  objectType: string;
  action: string;
  displayName: string | null;
  sourceIdentity: string | null;
  errorCode: string | null;
  errorReason: string | null;
  recommendation: string | null;
};

export async function listCycleFailures(cycleId: string, take: number): Promise<CycleFailure[]> {
  return prisma.provisioningLogEntry.findMany({
    where: { cycleId, status: "Failure" },
    orderBy: { at: "asc" },
    take,
    select: {
      objectType: true,
      action: true,
      displayName: true,
      sourceIdentity: true,
      errorCode: true,
      errorReason: true,
      recommendation: true,
    },
  });
}
