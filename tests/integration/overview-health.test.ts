// The Overview's provisioning health (issue 11 item 9) against the real database and the started app: the 14-day
// outcome counts per day and status, the 24-hour inbound request counts with errors, each app's failures in 24 hours
// and quarantine, only the organization's own rows, and the page that shows them (with links and table alternatives).
// The counts behind them (daily and hourly outcomes, hourly inbound requests) are kept beside the logs: they must
// equal the logs' rows after a real cycle and real SCIM requests, forget what retention purges, and the failures in
// 24 hours must match the log filtered the same way to the millisecond.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma, requestLogDb } from "@/lib/db/client";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { provisioningOutcomesPerDay } from "@/lib/logs/outcomes-per-day";
import { scimRequestsPerHour } from "@/lib/logs/scim-requests-per-hour";
import { listAppHealth } from "@/lib/provisioning/provisioning-job/app-health";
import {
  failedCreate,
  insertLogRows,
  outOfScopeSkip,
  successfulUpdate,
  type ScimRow,
} from "@/tests/fixtures/sample-log-entries";
import { createApp } from "@/lib/provisioning/apps/create-app";
import { unique } from "./support/cli";
import { createLogsOrg, signedIn, type LogsOrg } from "./support/logs-org";
import { logEntries, provisioningScenario, runCycleNow } from "./support/provisioning";
import { purgeExpiredLogs, setLogRetentionDays } from "@/lib/logs/retention";
import { listProvisioningLog } from "@/lib/logs/list-provisioning-log";
import { parseProvisioningLogFilters } from "@/lib/logs/provisioning-log-filters";
import { assignPrincipal } from "@/lib/provisioning/apps/assignments";
import { importRows } from "./support/provisioning";
import { createScimOrg, USER_SCHEMA } from "./support/scim";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const now = new Date();
const today = now.toISOString().slice(0, 10);
const daysAgo = (n: number, minutes = 0) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - n * DAY + 60_000 + minutes * 60_000);
let org: LogsOrg;
let other: LogsOrg;
let hr: { id: string };
let crm: { id: string };

const person = (i: number) => ({ displayName: `Health ${i}`, upn: `health${i}@example.com` });
const request = (orgId: string, at: Date, status: number): ScimRow => ({
  orgId,
  at,
  method: "GET",
  path: "/scim/v2/Users",
  status,
  durationMs: 5,
  requestId: crypto.randomUUID(),
});
const hourOf = (at: Date) => at.toISOString().slice(0, 13);

/** The organization's provisioning log entries counted by status, UTC hour and app, from the rows themselves. */
async function entriesPerHour(orgId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const e of await prisma.provisioningLogEntry.findMany({
    where: { orgId },
    select: { status: true, at: true, appId: true },
  })) {
    const key = `${e.status} ${hourOf(e.at)} ${e.appId}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}
async function countedEntriesPerHour(orgId: string): Promise<Record<string, number>> {
  const rows = await prisma.provisioningLogHourlyCount.findMany({ where: { orgId } });
  return Object.fromEntries(rows.map((r) => [`${r.status} ${r.hour} ${r.appId}`, r.count]));
}
/** The organization's inbound requests per UTC hour, with the 4xx and 5xx ones, from the request log's rows. */
async function requestsPerHour(orgId: string): Promise<Record<string, { requests: number; errors: number }>> {
  const out: Record<string, { requests: number; errors: number }> = {};
  for (const r of await requestLogDb.scimRequestLog.findMany({
    where: { orgId },
    select: { at: true, status: true },
  })) {
    const hour = (out[hourOf(r.at)] ??= { requests: 0, errors: 0 });
    hour.requests++;
    if (r.status >= 400) hour.errors++;
  }
  return out;
}
async function countedRequestsPerHour(orgId: string): Promise<Record<string, { requests: number; errors: number }>> {
  const rows = await requestLogDb.scimRequestHourlyCount.findMany({ where: { orgId } });
  return Object.fromEntries(rows.map((r) => [r.hour, { requests: r.requests, errors: r.errors }]));
}
/** The app writes a request's log row (and its count) in a batch just after answering: wait until the log has `n`. */
async function requestLogHolds(orgId: string, n: number) {
  for (let i = 0; i < 100 && (await requestLogDb.scimRequestLog.count({ where: { orgId } })) < n; i++)
    await new Promise((r) => setTimeout(r, 50));
  expect(await requestLogDb.scimRequestLog.count({ where: { orgId } })).toBe(n);
}
/**
 * The organization's request-log rows once the app has stored the last of them: it stores them in batches just after
 * answering (every 50 ms), so the count is read until it is above 0 and the same three times 100 ms apart.
 */
async function settledRequestCount(orgId: string): Promise<number> {
  const seen: number[] = [];
  for (let i = 0; i < 100; i++) {
    seen.push(await requestLogDb.scimRequestLog.count({ where: { orgId } }));
    const last = seen.slice(-3);
    if (last.length === 3 && last[0]! > 0 && last.every((n) => n === last[0])) return last[0]!;
    await new Promise((r) => setTimeout(r, 100));
  }
  return seen.at(-1)!;
}
/** What the Overview's failures link opens: the log filtered by app, Failure and the last 24 hours (its total). */
async function failuresInLog(orgId: string, appId: string, now: Date) {
  return (
    await listProvisioningLog(
      orgId,
      parseProvisioningLogFilters({ app: appId, status: "Failure", range: "24h" }),
      null,
      { now },
    )
  ).total;
}

beforeAll(async () => {
  [org, other] = [await createLogsOrg(), await createLogsOrg()];
  const options = { baseUrl: "http://localhost", actor: CLI_ACTOR };
  hr = await createApp(
    org.id,
    { name: unique("HR health"), kind: "custom", tenantUrl: "https://scim.example.com/v2", secretToken: "not-used" },
    options,
  );
  crm = await createApp(
    org.id,
    { name: unique("CRM health"), kind: "custom", tenantUrl: "https://crm.example.com/scim", secretToken: "not-used" },
    options,
  );
  await prisma.provisioningJob.update({
    where: { appId: crm.id },
    data: {
      quarantinedAt: new Date(now.getTime() - 3_600_000),
      quarantineReason: "The target refused the credentials (401).",
    },
  });
  const ctx = (appId: string, at: Date, orgId = org.id) => ({ orgId, appId, at });
  // Today (the earliest minutes of the UTC day, so "today" and "last 24 hours" both hold them): HR 2 failures,
  // 1 success, 1 skip; CRM 1 failure. Three days ago: HR 2 successes. Twenty days ago (outside 14 days): 5 successes.
  const todayAt = new Date(Math.min(now.getTime() - 60_000, daysAgo(0).getTime()));
  const failures = [
    failedCreate(ctx(hr.id, todayAt), person(1)),
    failedCreate(ctx(hr.id, todayAt), person(2)),
    failedCreate(ctx(crm.id, todayAt), person(3)),
  ];
  await insertLogRows(
    [
      ...failures.map((f) => f.entry),
      successfulUpdate(ctx(hr.id, todayAt), person(4), []),
      outOfScopeSkip(ctx(hr.id, todayAt), person(5)),
      successfulUpdate(ctx(hr.id, daysAgo(3)), person(6), []),
      successfulUpdate(ctx(hr.id, daysAgo(3, 5)), person(7), []),
      ...Array.from({ length: 5 }, (_, i) => successfulUpdate(ctx(hr.id, daysAgo(20)), person(10 + i), [])),
      // Another organization's entries never count.
      ...Array.from({ length: 4 }, (_, i) => failedCreate(ctx("elsewhere", todayAt, other.id), person(20 + i)).entry),
    ],
    [
      // This hour: 3 requests, 1 failed; five hours ago: 4 requests, 2 failed (409 and 500); 30 hours ago: ignored.
      request(org.id, new Date(now.getTime() - 1_000), 200),
      request(org.id, new Date(now.getTime() - 2_000), 201),
      request(org.id, new Date(now.getTime() - 3_000), 404),
      ...[200, 200, 409, 500].map((s) => request(org.id, new Date(now.getTime() - 5 * 3_600_000), s)),
      request(org.id, new Date(now.getTime() - 30 * 3_600_000), 500),
      request(other.id, new Date(now.getTime() - 1_000), 500),
    ],
  );
});

describe("aggregate queries", () => {
  it("counts outcomes per UTC day and status for 14 days, for the organization and for one app", async () => {
    const days = await provisioningOutcomesPerDay(org.id, { now });
    expect(days).toHaveLength(14);
    expect(days.at(-1)).toEqual({ day: today, Success: 1, Failure: 3, Skipped: 1, Warning: 0 });
    expect(days.at(-4)).toEqual({
      day: daysAgo(3).toISOString().slice(0, 10),
      Success: 2,
      Failure: 0,
      Skipped: 0,
      Warning: 0,
    });
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
    expect(byId.get(hr.id)).toMatchObject({
      status: "Off",
      failures24h: 2,
      quarantine: null,
      lastCycle: null,
      nextCycleAt: null,
    });
    expect(byId.get(crm.id)).toMatchObject({
      status: "Quarantined",
      failures24h: 1,
      quarantine: { reason: "The target refused the credentials (401)." },
    });
  });
});

describe("the daily counts behind the outcome chart", () => {
  it("are written with the entries a real provisioning cycle logs", async () => {
    const scenario = await provisioningScenario({ users: 3 });
    // The app's overview says what to do next until a cycle has run, then points to its status and log instead.
    const account = await prisma.account.findUniqueOrThrow({
      where: { email: org.emails.admin },
      select: { id: true },
    });
    await prisma.membership.create({ data: { orgId: scenario.orgId, accountId: account.id, role: "admin" } });
    const { slug } = await prisma.organization.findUniqueOrThrow({
      where: { id: scenario.orgId },
      select: { slug: true },
    });
    const session = await signedIn(org.emails.admin);
    const appPage = async () =>
      (await (await session.fetch(`/o/${slug}/apps/${scenario.appId}`)).text()).replace(/<!-- -->/g, "");
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
      expect(counted[status], status).toBe(
        entries.filter((e) => e.status === status && e.at.toISOString().slice(0, 10) === counted.day).length,
      );
    }
  });

  it("forget the days the retention purge removed", async () => {
    const purged = await createLogsOrg();
    await insertLogRows([
      successfulUpdate({ orgId: purged.id, appId: "app-old", at: daysAgo(10) }, person(30), []),
      successfulUpdate({ orgId: purged.id, appId: "app-old", at: daysAgo(1) }, person(31), []),
    ]);
    expect((await provisioningOutcomesPerDay(purged.id, { now })).reduce((n, d) => n + d.Success, 0)).toBe(2);
    await setLogRetentionDays(purged.id, { days: 5 }, CLI_ACTOR);
    await purgeExpiredLogs(new Date());
    const days = await provisioningOutcomesPerDay(purged.id, { now });
    expect(days.reduce((n, d) => n + d.Success, 0)).toBe(1);
    expect(days.find((d) => d.day === daysAgo(1).toISOString().slice(0, 10))!.Success).toBe(1);
  });
});

describe("the hourly counts behind the failures in 24 hours and the request chart", () => {
  it("are written with the entries and the inbound requests of a real provisioning cycle, failures included", async () => {
    const scenario = await provisioningScenario({ users: 0 });
    // Three people the target takes and two in a domain it has not verified, which it refuses (400): Failures.
    const unverified = `${unique("unverified")}.example.org`;
    await importRows(scenario.orgId, [
      ...[0, 1, 2].map((i) => ({ upn: scenario.upn(i), displayName: `Hourly ${i} Test`, groups: [scenario.group] })),
      ...[3, 4].map((i) => ({
        upn: `hourly${i}@${unverified}`,
        displayName: `Hourly ${i} Test`,
        groups: [scenario.group],
      })),
    ]);
    await assignPrincipal(scenario.orgId, scenario.appId, { type: "group", ref: scenario.group }, CLI_ACTOR);
    const result = await runCycleNow(scenario.jobId);
    const entries = await logEntries(result.cycleId);
    expect(entries.filter((e) => e.status === "Failure").length).toBeGreaterThanOrEqual(2);
    expect(await countedEntriesPerHour(scenario.orgId)).toEqual(await entriesPerHour(scenario.orgId));

    // The cycle's SCIM requests to this app's own /scim/v2 were logged, and counted, by the app under test.
    const logged = await settledRequestCount(scenario.orgId);
    expect(logged).toBeGreaterThan(0);
    const requests = await requestsPerHour(scenario.orgId);
    expect(Object.values(requests).reduce((n, h) => n + h.errors, 0)).toBeGreaterThanOrEqual(2);
    expect(await countedRequestsPerHour(scenario.orgId)).toEqual(requests);
    const chart = await scimRequestsPerHour(scenario.orgId);
    expect(chart.reduce((n, h) => n + h.total, 0)).toBe(logged);

    const at = new Date();
    const app = (await listAppHealth(scenario.orgId, at)).find((a) => a.id === scenario.appId)!;
    expect(app.failures24h).toBe(entries.filter((e) => e.status === "Failure").length);
    expect(app.failures24h).toBe(await failuresInLog(scenario.orgId, scenario.appId, at));
  });

  it("count the requests the SCIM endpoint answers, with the failed ones, and nothing of other organizations", async () => {
    const scim = await createScimOrg();
    const answers = [
      await scim.client.get("/Users"),
      await scim.client.get(`/Users/${crypto.randomUUID()}`),
      await scim.client.post("/Users", {
        schemas: [USER_SCHEMA],
        userName: `someone@${unique("nowhere")}.example.org`,
        active: true,
      }),
      await scim.client.post("/Users", { schemas: [USER_SCHEMA], userName: scim.email(), active: true }),
      await scim.client.get("/Groups"),
    ];
    const failed = answers.filter((a) => a.status >= 400).length;
    expect(failed).toBeGreaterThanOrEqual(2);
    await requestLogHolds(scim.orgId, answers.length);
    expect(await countedRequestsPerHour(scim.orgId)).toEqual(await requestsPerHour(scim.orgId));
    const chart = await scimRequestsPerHour(scim.orgId);
    expect(chart.reduce((n, h) => n + h.total, 0)).toBe(answers.length);
    expect(chart.reduce((n, h) => n + h.errors, 0)).toBe(failed);
  });

  it("count an app's failures in exactly the last 24 hours, as its filtered log shows them", async () => {
    const edge = await createLogsOrg();
    const app = await createApp(
      edge.id,
      { name: unique("Edge app"), kind: "custom", tenantUrl: "https://edge.example.com/scim", secretToken: "not-used" },
      { baseUrl: "http://localhost", actor: CLI_ACTOR },
    );
    const at = new Date();
    const since = at.getTime() - 24 * HOUR;
    // Around the 24-hour edge (which falls inside an hour: its counts cannot tell the two apart), whole hours
    // inside, this minute, and two days ago; plus another app's failure and a success, which do not count.
    const times = [
      since - 2 * DAY,
      since - 60_000,
      since - 1,
      since,
      since + 1,
      since + 60_000,
      since + HOUR,
      since + 12 * HOUR,
      at.getTime() - 1_000,
    ];
    await insertLogRows([
      ...times.map((ms, i) => failedCreate({ orgId: edge.id, appId: app.id, at: new Date(ms) }, person(50 + i)).entry),
      failedCreate({ orgId: edge.id, appId: "another-app", at: new Date(since + HOUR) }, person(60)).entry,
      successfulUpdate({ orgId: edge.id, appId: app.id, at: new Date(since + HOUR) }, person(61), []),
    ]);
    const health = (await listAppHealth(edge.id, at)).find((a) => a.id === app.id)!;
    expect(health.failures24h).toBe(times.filter((ms) => ms >= since).length);
    expect(health.failures24h).toBe(await failuresInLog(edge.id, app.id, at));
    // An hour later the oldest of them have left the window, on both sides alike.
    const later = new Date(at.getTime() + HOUR);
    const laterHealth = (await listAppHealth(edge.id, later)).find((a) => a.id === app.id)!;
    expect(laterHealth.failures24h).toBe(times.filter((ms) => ms >= since + HOUR).length);
    expect(laterHealth.failures24h).toBe(await failuresInLog(edge.id, app.id, later));
  });

  it("forget the hours the retention purge removed", async () => {
    const purged = await createLogsOrg();
    const [old, recent] = [daysAgo(10), daysAgo(1)];
    await insertLogRows(
      [
        failedCreate({ orgId: purged.id, appId: "app-old", at: old }, person(70)).entry,
        failedCreate({ orgId: purged.id, appId: "app-old", at: recent }, person(71)).entry,
      ],
      [request(purged.id, old, 500), request(purged.id, recent, 200), request(purged.id, recent, 409)],
    );
    expect(await countedEntriesPerHour(purged.id)).toEqual({
      [`Failure ${hourOf(old)} app-old`]: 1,
      [`Failure ${hourOf(recent)} app-old`]: 1,
    });
    expect(await countedRequestsPerHour(purged.id)).toEqual({
      [hourOf(old)]: { requests: 1, errors: 1 },
      [hourOf(recent)]: { requests: 2, errors: 1 },
    });
    await setLogRetentionDays(purged.id, { days: 5 }, CLI_ACTOR);
    await purgeExpiredLogs(new Date());
    expect(await countedEntriesPerHour(purged.id)).toEqual({ [`Failure ${hourOf(recent)} app-old`]: 1 });
    expect(await countedEntriesPerHour(purged.id)).toEqual(await entriesPerHour(purged.id));
    expect(await countedRequestsPerHour(purged.id)).toEqual({ [hourOf(recent)]: { requests: 2, errors: 1 } });
    expect(await countedRequestsPerHour(purged.id)).toEqual(await requestsPerHour(purged.id));
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
