// One inbound SCIM request (bodies as stored: redacted when written) and the provisioning log entries that sent it.
import { prisma, requestLogDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { redactBody } from "./redact-scim-request";
import { maskScimBody } from "./mask-scim-body";
import { jsonTextContains, sql } from "@/lib/db/sql";

/** How far from the request's time to look for an entry that lists its id (entries are logged when the object finishes). */
const LINK_WINDOW_MS = 60 * 60_000;

/** `mask`: attributes masked in the bodies for this viewer (the help desk, when the organization says so). */
export async function getScimRequest(orgId: string, id: string, { mask = [] as readonly string[] } = {}) {
  const request = await requestLogDb.scimRequestLog.findFirst({ where: { id, orgId } });
  if (!request)
    throw new AppError("not_found", "This request is not in the log, or it was purged after the retention period.");
  return {
    ...request,
    // Redacted when written; redacted again here in case a row came from elsewhere (imports, older versions).
    requestBody: maskScimBody(redactBody(request.requestBody ?? undefined), mask),
    responseBody: maskScimBody(redactBody(request.responseBody ?? undefined), mask),
    causedBy: request.requestId ? await findCausingEntries(orgId, request.requestId, request.at) : [],
  };
}

export type CausingEntry = { id: string; at: Date; displayName: string | null; action: string; status: string };

/** The engine sends its change id as the request id; entries that list other ids are found in a bounded time window. */
export async function findCausingEntries(orgId: string, requestId: string, at: Date): Promise<CausingEntry[]> {
  const select = { id: true, at: true, displayName: true, action: true, status: true } as const;
  const byChange = await prisma.provisioningLogEntry.findMany({
    where: { orgId, changeId: requestId },
    select,
    orderBy: { at: "asc" },
    take: 20,
  });
  if (byChange.length) return byChange;
  const from = new Date(at.getTime() - LINK_WINDOW_MS);
  const to = new Date(at.getTime() + LINK_WINDOW_MS);
  return prisma.$queryRaw<
    CausingEntry[]
  >(sql`SELECT "id", "at", "displayName", "action", "status" FROM "ProvisioningLogEntry"
    WHERE "orgId" = ${orgId} AND "at" >= ${from} AND "at" <= ${to} AND ${jsonTextContains("requestIds", requestId)} ORDER BY "at" ASC LIMIT 20`);
}
