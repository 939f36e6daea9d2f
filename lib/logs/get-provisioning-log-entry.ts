// One provisioning log entry with everything its four tabs show, and the inbound SCIM requests it caused; a group
// entry's members named, and for an out-of-scope skip what would bring the object into scope (issue 15).
import { prisma, requestLogDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { describeGroupMembers } from "./describe-group-members";
import { readModifiedProperties, readSentRequests, readSteps, requestIdsOf } from "./log-entry-json";
import { maskScimBody } from "./mask-scim-body";
import { scopeHint } from "./scope-hint";

/** `mask`: attributes masked in the kept SCIM bodies for this viewer (the help desk, when the organization says so). */
export async function getProvisioningLogEntry(orgId: string, id: string, { mask = [] as readonly string[] } = {}) {
  const entry = await prisma.provisioningLogEntry.findFirst({ where: { id, orgId } });
  if (!entry)
    throw new AppError("not_found", "This log entry does not exist, or it was purged after the retention period.");
  const requestIds = requestIdsOf(entry);
  const [app, scimRequests] = await Promise.all([
    prisma.enterpriseApp.findFirst({ where: { id: entry.appId, orgId }, select: { id: true, name: true } }),
    // Requests that reached this organization's own SCIM endpoint (a LogMeIn app provisioning into Org Center).
    requestLogDb.scimRequestLog.findMany({
      where: { orgId, requestId: { in: requestIds } },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      take: 50,
      select: {
        id: true,
        at: true,
        method: true,
        path: true,
        status: true,
        durationMs: true,
        action: true,
        resourceName: true,
      },
    }),
  ]);
  const steps = readSteps(entry.steps);
  const modifiedProperties = readModifiedProperties(entry.modifiedProperties);
  const scoping = steps.find((s) => s.name === "Scoping" && s.status === "Skipped");
  return {
    ...entry,
    appName: app?.name ?? null,
    steps,
    modifiedProperties,
    members: entry.objectType === "Group" ? await describeGroupMembers(orgId, { ...entry, modifiedProperties }) : null,
    scopeHint: scoping ? scopeHint(scoping.detail, { objectType: entry.objectType, appName: app?.name ?? null }) : null,
    sentRequests: readSentRequests(entry.requestIds).map((r) => ({
      ...r,
      responseBody: maskScimBody(r.responseBody, mask),
    })),
    requestIds,
    scimRequests,
  };
}

export type ProvisioningLogEntryDetail = Awaited<ReturnType<typeof getProvisioningLogEntry>>;
