// Provisioning integration helpers: an organization whose source directory provisions, through a custom SCIM app,
// into its own users over real HTTP (this app's /scim/v2), and shortcuts to run cycles and read the results.
import { inject } from "vitest";
import { INTEGRATION_ENV } from "../global-setup";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db/client";
import { assignPrincipal } from "@/lib/provisioning/apps/assignments";
import { createApp } from "@/lib/provisioning/apps/create-app";
import { runProvisioningJob } from "@/lib/provisioning/provisioning-job/run-provisioning-job";
import { importDirectoryCsv } from "@/lib/source-directory/import-directory";
import { createScimOrg, FLAG, type ScimOrg } from "./scim";
import { unique } from "./cli";

Object.assign(process.env, INTEGRATION_ENV);

export const baseUrl = () => inject("baseUrl");

export type SourceRow = { upn: string; displayName: string; department?: string; groups?: string[]; enabled?: boolean };

export function directoryCsv(rows: SourceRow[]): string {
  const lines = rows.map((r) =>
    [
      r.upn,
      r.displayName,
      r.displayName.split(" ")[0],
      r.displayName.split(" ").slice(1).join(" ") || "X",
      r.department ?? "Sales",
      String(r.enabled ?? true),
      (r.groups ?? []).join(";"),
    ]
      .map((v) => `"${v}"`)
      .join(","),
  );
  return ["userPrincipalName,displayName,givenName,surname,department,accountEnabled,groups", ...lines].join("\n");
}

export async function importRows(orgId: string, rows: SourceRow[]) {
  const result = await importDirectoryCsv(orgId, directoryCsv(rows), CLI_ACTOR);
  if (!result.applied) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result;
}

export type Scenario = ScimOrg & { appId: string; jobId: string; group: string; upn: (i: number) => string };

/** An org with `users` source users in one group; the group (or nobody) assigned to a custom SCIM app. */
export async function provisioningScenario(
  options: { users?: number; assign?: "group" | "none"; flagged?: boolean; token?: string; tenantPath?: string } = {},
): Promise<Scenario> {
  const org = await createScimOrg({ tokenName: "Org Center provisioning" });
  const group = unique("Team");
  const upn = (i: number) => `user${i}@${org.domain}`;
  const rows = Array.from({ length: options.users ?? 3 }, (_, i) => ({
    upn: upn(i),
    displayName: `User ${i} Test`,
    groups: [group],
  }));
  if (rows.length) await importRows(org.orgId, rows);
  const tenantUrl = `${baseUrl()}${options.tenantPath ?? "/scim/v2"}${options.flagged ? `?${FLAG}` : ""}`;
  const app = await createApp(
    org.orgId,
    { name: unique("App"), kind: "custom", tenantUrl, secretToken: options.token ?? org.token },
    { baseUrl: baseUrl(), actor: CLI_ACTOR },
  );
  if ((options.assign ?? "group") === "group" && rows.length)
    await assignPrincipal(org.orgId, app.id, { type: "group", ref: group }, CLI_ACTOR);
  return { ...org, appId: app.id, jobId: app.jobId, group, upn };
}

export async function runCycleNow(jobId: string) {
  const r = await runProvisioningJob(jobId, { trigger: "test" });
  if (r.status !== "done") throw new Error(`cycle did not run: ${JSON.stringify(r)}`);
  return r.result;
}

export async function targetUsers(orgId: string) {
  return prisma.orgUser.findMany({
    where: { orgId },
    orderBy: { userNameLower: "asc" },
    include: { memberships: { include: { group: true } } },
  });
}

export async function logEntries(cycleId: string) {
  return prisma.provisioningLogEntry.findMany({ where: { cycleId }, orderBy: { at: "asc" } });
}

export async function sourceUserId(orgId: string, upn: string) {
  return (await prisma.sourceUser.findFirstOrThrow({ where: { orgId, upnLower: upn.toLowerCase() } })).id;
}

/** A loopback port nothing listens on (connections are refused). */
export async function closedPort(): Promise<number> {
  const net = await import("node:net");
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}
