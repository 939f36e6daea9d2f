// The log viewers' pages and domain functions against the real database: who may open which page, keyset paging
// that visits every row once in both directions, links between an entry and its SCIM requests, retention with
// the background purge, and saved views (each change audited).
import { beforeAll, describe, expect, it } from "vitest";
import { prisma, requestLogDb } from "@/lib/db/client";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { getProvisioningLogEntry } from "@/lib/logs/get-provisioning-log-entry";
import { getScimRequest } from "@/lib/logs/get-scim-request";
import { listProvisioningLog } from "@/lib/logs/list-provisioning-log";
import { parseProvisioningLogFilters } from "@/lib/logs/provisioning-log-filters";
import { purgeExpiredLogs, setLogRetentionDays } from "@/lib/logs/retention";
import { deleteView, listSavedViews, saveView } from "@/lib/logs/saved-views";
import { failedCreate, insertLogRows, outOfScopeSkip, successfulUpdate } from "@/tests/fixtures/sample-log-entries";
import { unique } from "./support/cli";
import { createLogsOrg, signedIn, type LogsOrg } from "./support/logs-org";

let org: LogsOrg;
const tag = unique("view").toLowerCase();
const person = { displayName: `${tag} Grace Hopper`, upn: `${tag}.grace@example.com` };
let failure: ReturnType<typeof failedCreate>;

beforeAll(async () => {
  org = await createLogsOrg();
  failure = failedCreate({ orgId: org.id, appId: "app-view", at: new Date(Date.now() - 5 * 60_000) }, person);
  await insertLogRows([failure.entry, outOfScopeSkip({ orgId: org.id, appId: "app-view" }, person)], failure.requests);
});

describe("who sees the log viewers", () => {
  const pages = () => [
    `/o/${org.slug}/logs`,
    `/o/${org.slug}/logs/scim`,
    `/o/${org.slug}/logs/entries/${failure.entry.id ?? ""}`,
  ];
  it("Help desk and Admin (Read Only) read both viewers and the entry; a User (no console) and an outsider get 404", async () => {
    const entry = await prisma.provisioningLogEntry.findFirstOrThrow({
      where: { changeId: failure.entry.changeId },
      select: { id: true },
    });
    failure.entry.id = entry.id;
    for (const email of [org.emails.helpDesk, org.emails.adminReadOnly, org.emails.admin]) {
      const session = await signedIn(email);
      for (const path of pages()) expect((await session.fetch(path)).status, `${email} ${path}`).toBe(200);
    }
    const list = await (
      await signedIn(org.emails.helpDesk)
    ).fetch(`/o/${org.slug}/logs?q=${encodeURIComponent(person.displayName)}&status=Failure`);
    const html = await list.text();
    expect(html).toContain(person.displayName);
    expect(html).toContain("1–1 of 1 entries");
    const user = await signedIn(org.emails.user);
    const outsider = await signedIn(org.emails.outsider);
    for (const path of pages()) {
      expect((await user.fetch(path)).status, path).toBe(404);
      expect((await outsider.fetch(path)).status, path).toBe(404);
    }
  });

  it("Help desk gets 403 on every admin page", async () => {
    const session = await signedIn(org.emails.helpDesk);
    for (const path of ["", "/settings", "/domains", "/scim", "/apps"])
      expect((await session.fetch(`/o/${org.slug}${path}`)).status, path).toBe(403);
    expect((await session.fetch(`/o/${org.slug}/directory/users`)).status).toBe(200);
  });
});

describe("keyset paging", () => {
  it("visits every row exactly once forwards and backwards, in both sort orders", async () => {
    const at = Date.now() - 3_600_000;
    // 130 rows on 40 distinct instants: ties everywhere.
    const rows = Array.from({ length: 130 }, (_, i) =>
      successfulUpdate(
        { orgId: org.id, appId: "app-page", at: new Date(at - (i % 40) * 1000) },
        { displayName: `${tag} pager ${i}`, upn: `${tag}.pager${i}@example.com` },
        [],
      ),
    );
    await insertLogRows(rows);
    for (const sort of ["desc", "asc"] as const) {
      const filters = parseProvisioningLogFilters({ app: "app-page", range: "all", sort: `at:${sort}` });
      const pages: string[][] = [];
      let cursor: string | null = null;
      let page = await listProvisioningLog(org.id, filters, null, { pageSize: 25 });
      for (;;) {
        pages.push(page.rows.map((r) => r.id));
        expect(page.links.offset).toBe((pages.length - 1) * 25);
        if (!page.links.next) break;
        cursor = page.links.next;
        page = await listProvisioningLog(org.id, filters, cursor, { pageSize: 25 });
      }
      const ids = pages.flat();
      expect(ids).toHaveLength(130);
      expect(new Set(ids).size).toBe(130);
      expect(page.total).toBe(130);
      // Back from the last page to the first, through the "previous" cursors.
      for (let i = pages.length - 2; i >= 0; i--) {
        page = await listProvisioningLog(org.id, filters, page.links.previous, { pageSize: 25 });
        expect(page.rows.map((r) => r.id)).toEqual(pages[i]);
      }
      expect(page.links.previous).toBeNull();
    }
  });

  it("hides out-of-scope skipped entries with the toggle", async () => {
    const q = person.displayName;
    const all = await listProvisioningLog(org.id, parseProvisioningLogFilters({ q }));
    const shown = await listProvisioningLog(org.id, parseProvisioningLogFilters({ q, hideOutOfScope: "1" }));
    expect(all.rows.map((r) => r.status).sort()).toEqual(["Failure", "Skipped"]);
    expect(shown.rows.map((r) => r.status)).toEqual(["Failure"]);
  });
});

describe("links between an entry and its SCIM requests", () => {
  it("finds the requests an entry caused, and the entry from each request", async () => {
    const entry = await getProvisioningLogEntry(org.id, failure.entry.id!);
    expect(entry.recommendation).toMatch(/^Verify the user's domain/);
    expect(entry.steps.map((s) => s.name)).toEqual(["Import", "Scoping", "Matching", "Evaluation", "Action"]);
    expect(entry.scimRequests.map((r) => `${r.method} ${r.status}`)).toEqual(["GET 200", "POST 400"]);
    for (const r of entry.scimRequests) {
      const request = await getScimRequest(org.id, r.id);
      expect(request.causedBy.map((e) => e.id)).toEqual([entry.id]);
    }
    // An entry listing request ids other than its change id is still found from the request, by its time.
    const other = failedCreate(
      { orgId: org.id, appId: "app-view" },
      { displayName: `${tag} Other`, upn: `${tag}.other@example.com` },
    );
    const rid = unique("rid");
    other.entry.requestIds = [rid];
    other.requests[0]!.requestId = rid;
    await insertLogRows([other.entry], [other.requests[0]!]);
    const request = await requestLogDb.scimRequestLog.findFirstOrThrow({ where: { requestId: rid } });
    expect((await getScimRequest(org.id, request.id)).causedBy.map((e) => e.displayName)).toEqual([`${tag} Other`]);
    // Another organization cannot open either.
    const stranger = await prisma.organization.create({ data: { name: "Stranger", slug: unique("stranger") } });
    await expect(getProvisioningLogEntry(stranger.id, entry.id)).rejects.toThrow(/does not exist/);
    await expect(getScimRequest(stranger.id, request.id)).rejects.toThrow(/not in the log/);
  });
});

describe("retention", () => {
  it("purges entries and requests older than each organization's period, and audits the setting", async () => {
    const keeper = await prisma.organization.create({ data: { name: "Keeper", slug: unique("keeper") } });
    const old = new Date(Date.now() - 40 * 86_400_000);
    const stale = failedCreate({ orgId: org.id, appId: "app-old", at: old }, person);
    const kept = failedCreate({ orgId: keeper.id, appId: "app-old", at: old }, person);
    await insertLogRows(
      [stale.entry, kept.entry],
      [...stale.requests, ...kept.requests].map((r) => ({ ...r, at: old })),
    );
    await setLogRetentionDays(keeper.id, { days: "60" }, CLI_ACTOR);
    await expect(setLogRetentionDays(keeper.id, { days: "0" }, CLI_ACTOR)).rejects.toThrow(
      /Check the retention period/,
    );

    const summary = await purgeExpiredLogs(new Date());
    expect(summary.provisioning).toBeGreaterThanOrEqual(1);
    expect(await prisma.provisioningLogEntry.count({ where: { changeId: stale.entry.changeId } })).toBe(0);
    expect(await requestLogDb.scimRequestLog.count({ where: { requestId: stale.entry.changeId } })).toBe(0);
    expect(await prisma.provisioningLogEntry.count({ where: { changeId: kept.entry.changeId } })).toBe(1);
    expect(await requestLogDb.scimRequestLog.count({ where: { requestId: kept.entry.changeId } })).toBe(2);
    // Recent entries stay.
    expect(await prisma.provisioningLogEntry.count({ where: { changeId: failure.entry.changeId } })).toBe(1);
    const audit = await prisma.auditEvent.findMany({ where: { orgId: keeper.id, action: "logs.retention.change" } });
    expect(audit.map((a) => [a.oldValue, a.newValue])).toEqual([
      ['{"logRetentionDays":30}', '{"logRetentionDays":60}'],
    ]);
  });
});

describe("saved views", () => {
  it("are personal, canonical, overwritten by name, deleted by their owner only, and audited", async () => {
    const [admin, help] = await Promise.all([
      prisma.account.findUniqueOrThrow({ where: { email: org.emails.admin } }),
      prisma.account.findUniqueOrThrow({ where: { email: org.emails.helpDesk } }),
    ]);
    const actor = { id: help.id, label: org.emails.helpDesk };
    const view = await saveView(
      org.id,
      help.id,
      { kind: "provisioning", name: "Failures", query: "?status=failure&cursor=a1.0.x&junk=1" },
      actor,
    );
    expect(view.query).toBe("status=Failure");
    await saveView(
      org.id,
      help.id,
      { kind: "provisioning", name: "Failures", query: "status=Failure&range=30d" },
      actor,
    );
    expect((await listSavedViews(org.id, help.id, "provisioning")).map((v) => [v.name, v.query])).toEqual([
      ["Failures", "range=30d&status=Failure"],
    ]);
    expect(await listSavedViews(org.id, admin.id, "provisioning")).toEqual([]);
    await expect(saveView(org.id, help.id, { kind: "provisioning", name: " ", query: "" }, actor)).rejects.toThrow(
      /Check the view's name/,
    );
    await expect(deleteView(org.id, admin.id, view.id, { id: admin.id, label: org.emails.admin })).rejects.toThrow(
      /does not exist/,
    );
    await deleteView(org.id, help.id, view.id, actor);
    expect(await listSavedViews(org.id, help.id, "provisioning")).toEqual([]);
    const audit = await prisma.auditEvent.findMany({ where: { orgId: org.id, targetType: "saved-log-view" } });
    expect(audit.map((a) => `${a.action} by ${a.actorLabel}`).sort()).toEqual(
      ["create", "delete", "update"].map((a) => `logs.view.${a} by ${org.emails.helpDesk}`),
    );
  });
});
