// Issue 15 item 2: the provisioning log's identity search finds a person by the start of any word of the name, the
// UPN or its domain part, and by every id the console shows, from entries the engine itself wrote; the Source ID
// the log shows is the identity source's objectId; the "starts with" rule stays on the page under the search box.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { listProvisioningLog } from "@/lib/logs/list-provisioning-log";
import { parseProvisioningLogFilters } from "@/lib/logs/provisioning-log-filters";
import { insertLogRows, outOfScopeSkip, successfulUpdate } from "@/tests/fixtures/sample-log-entries";
import { unique } from "./support/cli";
import { createLogsOrg, signedIn, type LogsOrg } from "./support/logs-org";
import { provisioningScenario, runCycleNow, type Scenario } from "./support/provisioning";

const search = async (orgId: string, q: string) =>
  (await listProvisioningLog(orgId, parseProvisioningLogFilters({ range: "all", q }))).rows;

describe("identity search over entries a cycle wrote", () => {
  let s: Scenario;
  let users: { id: string; objectId: string; userPrincipalName: string }[];
  beforeAll(async () => {
    s = await provisioningScenario({ users: 2 });
    await runCycleNow(s.jobId);
    users = await prisma.sourceUser.findMany({
      where: { orgId: s.orgId },
      orderBy: { upnLower: "asc" },
      select: { id: true, objectId: true, userPrincipalName: true },
    });
  });

  it("finds a person by the start of their objectId, in any case, and shows that objectId as the Source ID", async () => {
    const rows = await search(s.orgId, users[0]!.objectId.slice(0, 13).toUpperCase());
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.sourceId))).toEqual(new Set([users[0]!.id]));
    expect(rows.every((r) => r.sourceObjectId === users[0]!.objectId)).toBe(true);
  });

  it("finds everyone of a domain by @domain, and nobody by a word's middle", async () => {
    const domainWord = `@${s.upn(0).split("@")[1]!.split(".")[0]}`;
    const rows = await search(s.orgId, domainWord);
    expect(new Set(rows.map((r) => r.sourceIdentity))).toEqual(new Set([s.upn(0), s.upn(1)]));
    expect(await search(s.orgId, s.upn(0).split("@")[1]!.slice(3, 9))).toEqual([]);
  });

  it("finds a person by a later word of the name, the target id and the source record id", async () => {
    expect(new Set((await search(s.orgId, "test")).map((r) => r.sourceIdentity))).toEqual(
      new Set([s.upn(0), s.upn(1)]),
    );
    const created = await prisma.provisioningLogEntry.findFirstOrThrow({
      where: { orgId: s.orgId, sourceId: users[1]!.id, targetId: { not: null } },
    });
    expect(new Set((await search(s.orgId, created.targetId!)).map((r) => r.sourceId))).toEqual(new Set([users[1]!.id]));
    expect(new Set((await search(s.orgId, users[1]!.id)).map((r) => r.sourceId))).toEqual(new Set([users[1]!.id]));
  });

  it("finds the group by a word of its name", async () => {
    const word = s.group.slice(0, 4);
    const rows = await search(s.orgId, word);
    expect(rows.map((r) => r.objectType)).toContain("Group");
  });
});

describe("the help desk's search box", () => {
  let org: LogsOrg;
  const tag = unique("nw")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
  const mira = { displayName: "Mira López-Grant", upn: `mira.lopez@northwind${tag}.example` };
  const other = { displayName: "Mira Olsen", upn: `mira.olsen@contoso${tag}.example` };
  beforeAll(async () => {
    org = await createLogsOrg();
    const ctx = { orgId: org.id, appId: "app-search" };
    await insertLogRows([outOfScopeSkip(ctx, mira), successfulUpdate(ctx, other, [])]);
  });

  it("finds a person by @domain and by a later word of the name, and keeps the rule visible", async () => {
    const session = await signedIn(org.emails.helpDesk);
    const byDomain = await (
      await session.fetch(`/o/${org.slug}/logs?range=all&q=${encodeURIComponent(`@northwind${tag}`)}`)
    ).text();
    expect(byDomain).toContain("Mira López-Grant");
    expect(byDomain).not.toContain("Mira Olsen");
    expect(byDomain).toMatch(/Starts with: finds the start of any word of the name, email or UPN/);
    const byWord = await (await session.fetch(`/o/${org.slug}/logs?range=all&q=grant`)).text();
    expect(byWord).toContain("Mira López-Grant");
    const byMiddle = await (await session.fetch(`/o/${org.slug}/logs?range=all&q=rant`)).text();
    expect(byMiddle).not.toContain("Mira López-Grant");
  });
});
