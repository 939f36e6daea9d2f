// One provisioning log entry with everything its four tabs show, and the inbound SCIM requests it caused.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { readModifiedProperties, readSentRequests, readSteps, requestIdsOf } from "./log-entry-json";

export async function getProvisioningLogEntry(orgId: string, id: string) {
  const entry = await prisma.provisioningLogEntry.findFirst({ where: { id, orgId } });
  if (!entry) throw new AppError("not_found", "This log entry does not exist, or it was purged after the retention period.");
  const requestIds = requestIdsOf(entry);
  const [app, scimRequests] = await Promise.all([
    prisma.enterpriseApp.findFirst({ where: { id: entry.appId, orgId }, select: { id: true, name: true } }),
    // Requests that reached this organization's own SCIM endpoint (a LogMeIn app provisioning into Org Center).
    prisma.scimRequestLog.findMany({
      where: { orgId, requestId: { in: requestIds } },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      take: 50,
      select: { id: true, at: true, method: true, path: true, status: true, durationMs: true, action: true, resourceName: true },
    }),
  ]);
  return {
    ...entry,
    appName: app?.name ?? null,
    steps: readSteps(entry.steps),
    modifiedProperties: readModifiedProperties(entry.modifiedProperties),
    sentRequests: readSentRequests(entry.requestIds),
    requestIds,
    scimRequests,
  };
}

export type ProvisioningLogEntryDetail = Awaited<ReturnType<typeof getProvisioningLogEntry>>;
