// The Overview's provisioning health (issue 11 item 9) against the real database and the started app: the 14-day
// outcome counts per day and status, the 24-hour inbound request counts with errors, each app's failures in 24 hours
// and quarantine, only the organization's own rows, and the page that shows them (with links and table alternatives).
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { provisioningOutcomesPerDay } from "@/lib/logs/outcomes-per-day";
import { scimRequestsPerHour } from "@/lib/logs/scim-requests-per-hour";
import { listAppHealth } from "@/lib/provisioning/provisioning-job/app-health";
import { failedCreate, insertLogRows, outOfScopeSkip, successfulUpdate, type ScimRow } from "@/tests/fixtures/sample-log-entries";
import { createApp } from "@/lib/provisioning/apps/create-app";
import { unique } from "./support/cli";
import { createLogsOrg, signedIn, type LogsOrg } from "./support/logs-org";
import { logEntries, provisioningScenario, runCycleNow } from "./support/provisioning";
import { purgeExpiredLogs, setLogRetentionDays } from "@/lib/logs/retention";

const DAY = 86_400_000;
const now = new Date();
const today = now.toISOString().slice(0, 10);
const daysAgo = (n: number, minutes = 0) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - n * DAY + 60_000 + minutes * 60_000);
let org: LogsOrg;
let other: LogsOrg;
let hr: { id: string };
let crm: { id: string };

const person = (i: number) => ({ displayName: `Health ${i}`, upn: `health${i}@example.com` });
const request = (orgId: string, at: Date, status: number): ScimRow => ({ orgId, at, method: "GET", path: "/scim/v2/Users", status, durationMs: 5, requestId: crypto.randomUUID() });

beforeAll(async () => {
  [org, other] = [await createLogsOrg(), await createLogsOrg()];
  const options = { baseUrl: "http://localhost", actor: CLI_ACTOR };
  hr = await createApp(org.id, { name: unique("HR health"), kind: "custom", tenantUrl: "https://scim.example.com/v2", secretToken: "not-used" }, options);
  crm = await createApp(org.id, { name: unique("CRM health"), kind: "custom", tenantUrl: "https://crm.example.com/scim", secretToken: "not-used" }, options);
  await prisma.provisioningJob.update({ where: { appId: crm.id }, data: { quarantinedAt: new Date(now.getTime() - 3_600_000), quarantineReason: "The target refused the credentials (401)." } });
  const ctx = (appId: string, at: Date, orgId = org.id) => ({ orgId, appId, at });
  // Today (the earliest minutes of the UTC day, so "today" and "last 24 hours" both hold them): HR 2 failures,
  // 1 success, 1 skip; CRM 1 failure. Three days ago: HR 2 successes. Twenty days ago (outside 14 days): 5 successes.
  const todayAt = new Date(Math.min(now.getTime() - 60_000, daysAgo(0).getTime()));
  const failures = [failedCreate(ctx(hr.id, todayAt), person(1)), failedCreate(ctx(hr.id, todayAt), person(2)), failedCreate(ctx(crm.id, todayAt), person(3))];
  await insertLogRows([
    ...failures.map((f) => f.entry),
    successfulUpdate(ctx(hr.id, todayAt), person(4), []),
    outOfScopeSkip(ctx(hr.id, todayAt), person(5)),
    successfulUpdate(ctx(hr.id, daysAgo(3)), person(6), []),
    successfulUpdate(ctx(hr.id, daysAgo(3, 5)), person(7), []),
    ...Array.from({ length: 5 }, (_, i) => successfulUpdate(ctx(hr.id, daysAgo(20)), person(10 + i), [])),
    // Another organization's entries never count.
    ...Array.from({ length: 4 }, (_, i) => failedCreate(ctx("elsewhere", todayAt, other.id), person(20 + i)).entry),
  ], [
    // This hour: 3 requests, 1 failed; five hours ago: 4 requests, 2 failed (409 and 500); 30 hours ago: ignored.
    request(org.id, new Date(now.getTime() - 1_000), 200), request(org.id, new Date(now.getTime() - 2_000), 201), request(org.id, new Date(now.getTime() - 3_000), 404),
    ...[200, 200, 409, 500].map((s) => request(org.id, new Date(now.getTime() - 5 * 3_600_000), s)),
    request(org.id, new Date(now.getTime() - 30 * 3_600_000), 500),
    request(other.id, new Date(now.getTime() - 1_000), 500),
  ]);
});

describe("aggregate queries", () => {
  it("counts outcomes per UTC day and status for 14 days, for the organization and for one app", async () => {
    const days = await provisioningOutcomesPerDay(org.id, { now });
    expect(days).toHaveLength(14);
    expect(days.at(-1)).toEqual({ day: today, Success: 1, Failure: 3, Skipped: 1, Warning: 0 });
    expect(days.at(-4)).toEqual({ day: daysAgo(3).toISOString().slice(0, 10), Success: 2, Failure: 0, Skipped: 0, Warning: 0 });
    expect(days.reduce((n, d) => n + d.Success + d.Failure + d.Skipped + d.Warning, 0)).toBe(7);
    const crmDays = await provisioningOutcomesPerDay(org.id, { appId: crm.id, now });
    expect(crmDays.at(-1)).toEqual({ day: today, Success: 0, Failure: 1, Skipped: 0, Warning: 0 });
    expect(crmDays.reduce((n, d) => n + d.Success + d.Failure + d.Skipped + d.Warning, 0)).toBe(1);
  });

  it("counts inbound SCIM requests per hour for 24 hours with the failed ones (4xx and 5xx)", async () => {
    const hours = await scimRequestsPerHour(org.id, { now });
    expect(hours).toHaveLength(24);
    expect(hours.at(-1)).toMatchObject({ total: 3, errors: 1 });
    const fiveAgo = new Date(now.getTime() - 5 * 3_600_000).toISOString().slice(0, 13);
    expect(hours.find((h) => h.hour === fiveAgo)).toEqual({ hour: fiveAgo, total: 4, errors: 2, errorRate: 0.5 });
    expect(hours.reduce((n, h) => n + h.total, 0)).toBe(7);
  });

  it("gives each app its status, failures in the last 24 hours and quarantine", async () => {
    const apps = await listAppHealth(org.id, now);
    const byId = new Map(apps.map((a) => [a.id, a]));
    expect(byId.get(hr.id)).toMatchObject({ status: "Off", failures24h: 2, quarantine: null, lastCycle: null, nextCycleAt: null });
    expect(byId.get(crm.id)).toMatchObject({ status: "Quarantined", failures24h: 1, quarantine: { reason: "The target refused the credentials (401)." } });
  });
});

describe("the daily counts behind the outcome chart", () => {
  it("are written with the entries a real provisioning cycle logs", async () => {
    const scenario = await provisioningScenario({ users: 3 });
    // The app's overview says what to do next until a cycle has run, then points to its status and log instead.
    const account = await prisma.account.findUniqueOrThrow({ where: { email: org.emails.admin }, select: { id: true } });
    await prisma.membership.create({ data: { orgId: scenario.orgId, accountId: account.id, role: "admin" } });
    const { slug } = await prisma.organization.findUniqueOrThrow({ where: { id: scenario.orgId }, select: { slug: true } });
    const session = await signedIn(org.emails.admin);
    const appPage = async () => (await (await session.fetch(`/o/${slug}/apps/${scenario.appId}`)).text()).replace(/<!-- -->/g, "");
    expect(await appPage()).toContain("Next: ");
    const result = await runCycleNow(scenario.jobId);
    const after = await appPage();
    expect(after).not.toContain("Next: ");
    expect(after).toContain("Provisioning has run");
    const entries = await logEntries(result.cycleId);
    expect(entries.length).toBeGreaterThan(0);
    const days = await provisioningOutcomesPerDay(scenario.orgId, { appId: scenario.appId });
    const counted = days.at(-1)!;
    for (const status of ["Success", "Failure", "Skipped", "Warning"] as const) {
      expect(counted[status], status).toBe(entries.filter((e) => e.status === status && e.at.toISOString().slice(0, 10) === counted.day).length);
    }
  });

  it("forget the days the retention purge removed", async () => {
    const purged = await createLogsOrg();
    await insertLogRows([successfulUpdate({ orgId: purged.id, appId: "app-old", at: daysAgo(10) }, person(30), []), successfulUpdate({ orgId: purged.id, appId: "app-old", at: daysAgo(1) }, person(31), [])]);
    expect((await provisioningOutcomesPerDay(purged.id, { now })).reduce((n, d) => n + d.Success, 0)).toBe(2);
    await setLogRetentionDays(purged.id, { days: 5 }, CLI_ACTOR);
    await purgeExpiredLogs(new Date());
    const days = await provisioningOutcomesPerDay(purged.id, { now });
    expect(days.reduce((n, d) => n + d.Success, 0)).toBe(1);
    expect(days.find((d) => d.day === daysAgo(1).toISOString().slice(0, 10))!.Success).toBe(1);
  });
});

describe("the Overview page", () => {
  it("shows each app's health with a link to its failures, both charts' tables and nothing of another organization", async () => {
    const session = await signedIn(org.emails.admin);
    const res = await session.fetch(`/o/${org.slug}`);
    expect(res.status).toBe(200);
    const html = (await res.text()).replace(/&amp;/g, "&");
    expect(html).toContain("Provisioning by app");
    expect(html).toContain(`/o/${org.slug}/logs?app=${hr.id}&status=Failure&range=24h`);
    expect(html).toMatch(/>2(<!-- -->)? failed</);
    expect(html).toContain("Quarantined");
    expect(html).toMatch(/Provisioning outcomes(<!-- -->)?, per day \(UTC\)/);
    expect(html).toContain("7 requests in 24 hours, 3 failed");
    expect(html).not.toContain("elsewhere");
  });

  it("is not for the help desk (403), like the rest of the Overview", async () => {
    expect((await (await signedIn(org.emails.helpDesk)).fetch(`/o/${org.slug}`)).status).toBe(403);
  });
});
