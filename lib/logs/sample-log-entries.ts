// Log rows shaped exactly as the provisioning engine (lib/provisioning/engine/persist.ts) and the SCIM endpoint
// (lib/scim/http/request-log.ts) write them, for tests, demos and the benchmark. Not used by the app itself.
import crypto from "node:crypto";
import { v7 as newId } from "uuid";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { recordLogIdentities } from "./record-log-identities";
import { countLogEntries } from "./daily-outcome-counts";
import { countLogEntriesPerHour } from "./count-log-entries-per-hour";
import { countScimRequests } from "./count-scim-requests";
import { sqlList, sqlTransaction, type SqlValue } from "@/lib/db/sql";

export type EntryRow = Prisma.ProvisioningLogEntryCreateManyInput;
export type ScimRow = Prisma.ScimRequestLogCreateManyInput;
type Person = { displayName: string; upn: string; sourceId?: string; targetId?: string | null };
type Context = { orgId: string; appId: string; jobId?: string; cycleId?: string; at?: Date; sourceSystem?: string; targetSystem?: string };

const BAD_DOMAIN = "SystemForCrossDomainIdentityManagementBadRequest";

function base(ctx: Context, person: Person, changeId: string) {
  return {
    orgId: ctx.orgId, appId: ctx.appId, jobId: ctx.jobId ?? `job-${ctx.appId}`, cycleId: ctx.cycleId ?? crypto.randomUUID(), changeId,
    at: ctx.at ?? new Date(), durationMs: 120, objectType: "User", displayName: person.displayName,
    identityLower: `${person.displayName} ${person.upn}`.toLowerCase(), sourceId: person.sourceId ?? crypto.randomUUID(), sourceIdentity: person.upn,
    sourceSystem: ctx.sourceSystem ?? "Contoso directory", targetSystem: ctx.targetSystem ?? "LogMeIn",
  };
}

const importStep = (p: Person) => ({ name: "Import", status: "Success", detail: `Retrieved user ${p.upn} from the source directory.` });

/** A create the target refused: the user's domain is not verified there (the help desk's classic case). */
export function failedCreate(ctx: Context, person: Person): { entry: EntryRow; requests: ScimRow[] } {
  const changeId = crypto.randomUUID();
  const filterPath = `/Users?filter=${encodeURIComponent(`userName eq "${person.upn}"`)}`;
  const reason = `userName ${person.upn} is not in a verified domain of this organization`;
  const sent = [
    { method: "GET", path: filterPath, requestId: changeId, attempt: 1, status: 200, durationMs: 12, responseBody: { totalResults: 0, Resources: [] } },
    { method: "POST", path: "/Users", requestId: changeId, attempt: 1, status: 400, durationMs: 18, responseBody: { status: "400", scimType: "invalidValue", detail: reason } },
  ];
  const entry: EntryRow = {
    ...base(ctx, person, changeId), action: "Create", status: "Failure", targetId: null,
    steps: [
      importStep(person),
      { name: "Scoping", status: "Success", detail: "The user is assigned to the application. The user is in scope." },
      { name: "Matching", status: "Success", detail: `No user in the target has userName "${person.upn}".` },
      { name: "Evaluation", status: "Success", detail: "The user does not exist in the target: it will be created." },
      { name: "Action", status: "Failure", detail: reason },
    ],
    modifiedProperties: undefined,
    errorCode: BAD_DOMAIN, errorReason: reason,
    recommendation: "Verify the user's domain in the target organization, or keep users of other domains out of scope (assignment or scoping filter).",
    requestIds: { changeId, requests: sent },
  };
  const at = (entry.at as Date).getTime();
  const requests: ScimRow[] = sent.map((r, i) => ({
    orgId: ctx.orgId, at: new Date(at - 40 + i * 20), method: r.method, path: `/scim/v2${r.path.split("?")[0]}`, query: r.path.includes("?") ? r.path.split("?")[1]! : null,
    status: r.status, durationMs: r.durationMs, tokenName: "LogMeIn (Authorize)", clientIp: "127.0.0.1", userAgent: "OrgCenter-Provisioning/1.0",
    action: r.method === "GET" ? "Query Users" : "Create User", resourceType: "User", resourceId: null, resourceName: r.method === "POST" ? person.upn : null, requestId: changeId,
    requestBody: r.method === "POST" ? JSON.stringify({ schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: person.upn, active: true, password: "[REDACTED]" }) : null,
    responseBody: JSON.stringify(r.responseBody),
  }));
  return { entry, requests };
}

export function successfulUpdate(ctx: Context, person: Person, changes: { name: string; oldValue: string | null; newValue: string | null }[]): EntryRow {
  const changeId = crypto.randomUUID();
  const targetId = person.targetId ?? crypto.randomUUID();
  return {
    ...base(ctx, person, changeId), action: "Update", status: "Success", targetId,
    steps: [
      importStep(person),
      { name: "Scoping", status: "Success", detail: "The user is assigned to the application. The user is in scope." },
      { name: "Matching", status: "Success", detail: `Matched target user ${targetId} by userName.` },
      { name: "Evaluation", status: "Success", detail: `${changes.length} attribute(s) differ: they will be updated.` },
      { name: "Action", status: "Success", detail: `Updated ${changes.length} attribute(s) of user ${targetId} in the target.` },
    ],
    modifiedProperties: changes,
    requestIds: { changeId, requests: [{ method: "PATCH", path: `/Users/${targetId}`, requestId: changeId, attempt: 1, status: 200, durationMs: 15 }] },
  };
}

/** Skipped because the user is not assigned: the entries the "hide out-of-scope" toggle hides. */
export function outOfScopeSkip(ctx: Context, person: Person): EntryRow {
  return {
    ...base(ctx, person, crypto.randomUUID()), action: "Other", status: "Skipped", targetId: null,
    steps: [
      importStep(person),
      { name: "Scoping", status: "Skipped", detail: "The user is not assigned to the application, directly or through a group." },
      { name: "Action", status: "Skipped", detail: "Nothing to do: the user is out of scope and was never provisioned." },
    ],
  };
}

export async function insertLogRows(entries: EntryRow[], requests: ScimRow[] = []): Promise<void> {
  for (let i = 0; i < entries.length; i += 500) {
    const batch = entries.slice(i, i + 500);
    await prisma.$transaction(async (tx) => {
      await tx.provisioningLogEntry.createMany({ data: batch });
      await countLogEntries(tx, batch);
      await countLogEntriesPerHour(tx, batch);
    });
  }
  // As persistBatch does, the identity search's terms beside the entries.
  for (const orgId of new Set(entries.map((e) => e.orgId))) {
    const own = entries.filter((e) => e.orgId === orgId);
    await recordLogIdentities(prisma, orgId, own.map((e) => ({ sourceId: e.sourceId ?? null, displayName: e.displayName, identity: e.sourceIdentity, ids: [e.targetId] })));
  }
  // As the SCIM endpoint's request log does (lib/scim/http/request-log.ts): rows and their hourly counts together.
  for (let i = 0; i < requests.length; i += 500) {
    const batch = requests.slice(i, i + 500).map((r) => ({ ...r, at: r.at ? new Date(r.at) : new Date() }));
    await sqlTransaction(async (tx) => {
      for (const r of batch) await tx.run(INSERT_REQUEST, [r.id ?? newId(), ...REQUEST_COLUMNS.map((c) => (r[c] ?? null) as SqlValue)]);
      await countScimRequests(tx, batch.map((r) => ({ orgId: r.orgId ?? null, at: r.at, status: r.status })));
    });
  }
}

const REQUEST_COLUMNS = [
  "orgId", "at", "method", "path", "query", "status", "durationMs", "tokenName", "clientIp", "userAgent", "action",
  "resourceType", "resourceId", "resourceName", "requestId", "requestBody", "responseBody",
] as const satisfies readonly (keyof ScimRow)[];
const INSERT_REQUEST = `INSERT INTO "ScimRequestLog" ("id", ${REQUEST_COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES (${sqlList(REQUEST_COLUMNS.length + 1)})`;
