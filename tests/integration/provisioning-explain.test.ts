// "Why?" (issue 15) against real cycles: the help desk's ticket scenarios (never assigned, kept out by a scoping
// filter, failing on an unverified domain, disabled, a department change, a group membership change) are explained,
// then the cycle runs over HTTP into this app's own SCIM endpoint, and the two must agree for every person and group.
import { beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db/client";
import { saveMapping, getMapping } from "@/lib/provisioning/mappings/mapping-store";
import { assignPrincipal } from "@/lib/provisioning/apps/assignments";
import { createApp } from "@/lib/provisioning/apps/create-app";
import { setProvisioningEnabled } from "@/lib/provisioning/provisioning-job/controls";
import { explainGroup } from "@/lib/provisioning/explain/explain-group";
import { explainUser, type UserExplanation } from "@/lib/provisioning/explain/explain-user";
import { findPrincipals } from "@/lib/provisioning/explain/find-principals";
import { updateSourceUser } from "@/lib/source-directory/save-source-user";
import { setGroupMembership } from "@/lib/source-directory/save-source-group";
import { unique } from "./support/cli";
import { createLogsOrg, signedIn, type LogsOrg } from "./support/logs-org";
import { baseUrl, importRows, runCycleNow, sourceUserId } from "./support/provisioning";
import { createScimOrg, type ScimOrg } from "./support/scim";
import { createScimToken } from "@/lib/scim-tokens/create-scim-token";
import { markDomainVerified } from "@/lib/domains/mark-domain-verified";

type Person = "never" | "scoped" | "unverified" | "disabled" | "department" | "joiner";

let org: ScimOrg;
let appId: string;
let appName: string;
const team = unique("Team");
const bystanders = unique("Bystanders");
const ids = {} as Record<Person, string>;
const upns = {} as Record<Person, string>;

/** What the cycle logged for one source object: its action, or "None" when it logged nothing or only a Skipped Other. */
async function loggedAction(cycleId: string, sourceId: string): Promise<{ action: string; status: string | null }> {
  const entries = await prisma.provisioningLogEntry.findMany({ where: { cycleId, sourceId }, orderBy: { at: "asc" } });
  const acted = entries.find((e) => e.action !== "Other");
  return acted
    ? { action: acted.action, status: acted.status }
    : { action: "None", status: entries[0]?.status ?? null };
}

async function explainAll(): Promise<Record<Person, UserExplanation["apps"][number]>> {
  const out = {} as Record<Person, UserExplanation["apps"][number]>;
  for (const p of Object.keys(ids) as Person[])
    out[p] = (await explainUser(org.orgId, ids[p])).apps.find((a) => a.app.id === appId)!;
  return out;
}

async function expectCycleAgrees(before: Record<Person, UserExplanation["apps"][number]>, cycleId: string) {
  for (const p of Object.keys(ids) as Person[]) {
    expect((await loggedAction(cycleId, ids[p])).action, `${p}: ${before[p].answer}`).toBe(before[p].prediction.action);
  }
}

beforeAll(async () => {
  org = await createScimOrg({ tokenName: "Org Center provisioning" });
  const other = `${unique("unverified")}.example.org`;
  const rows: Record<Person, { first: string; upn: string; department?: string; groups: string[] }> = {
    never: { first: "Nora", upn: org.email(unique("nora")), groups: [bystanders] },
    scoped: { first: "Sid", upn: org.email(unique("sid")), department: "Contractors", groups: [team] },
    unverified: { first: "Uma", upn: `${unique("uma")}@${other}`, groups: [team] },
    disabled: { first: "Dina", upn: org.email(unique("dina")), groups: [team] },
    department: { first: "Dev", upn: org.email(unique("dev")), groups: [team] },
    joiner: { first: "Gil", upn: org.email(unique("gil")), groups: [bystanders] },
  };
  await importRows(
    org.orgId,
    Object.values(rows).map((r) => ({
      upn: r.upn,
      displayName: `${r.first} Ticket`,
      department: r.department ?? "Sales",
      groups: r.groups,
    })),
  );
  for (const [p, r] of Object.entries(rows) as [Person, (typeof rows)[Person]][]) {
    upns[p] = r.upn;
    ids[p] = await sourceUserId(org.orgId, r.upn);
  }
  appName = unique("Helpdesk App");
  const app = await createApp(
    org.orgId,
    { name: appName, kind: "custom", tenantUrl: `${baseUrl()}/scim/v2`, secretToken: org.token },
    { baseUrl: baseUrl(), actor: CLI_ACTOR },
  );
  appId = app.id;
  await assignPrincipal(org.orgId, appId, { type: "group", ref: team }, CLI_ACTOR);
  const { definition } = await getMapping(org.orgId, appId);
  definition.user.scopingFilters = [
    { name: "No contractors", clauses: [{ attribute: "department", operator: "NOT EQUALS", value: "Contractors" }] },
  ];
  await saveMapping(org.orgId, appId, definition, CLI_ACTOR);
  await setProvisioningEnabled(org.orgId, appId, true, CLI_ACTOR);
});

describe("the explanation agrees with the cycle on the help desk's tickets", () => {
  it("before the first cycle: who will be created, who stays out and why; the cycle does exactly that", async () => {
    const before = await explainAll();
    expect(before.never.scope.code).toBe("NotEffectivelyEntitled");
    expect(before.never.answer).toBe(
      `Nora is not assigned to ${appName}, directly or through a group: an admin must assign them or one of their groups.`,
    );
    expect(before.scoped.scope.code).toBe("ScopingFilter");
    expect(before.scoped.clauses).toEqual([
      expect.objectContaining({ filterName: "No contractors", value: "Contractors", passes: false }),
    ]);
    expect(before.scoped.answer).toBe(
      `Sid is assigned to ${appName} but left out by a scoping rule: department is "Contractors", and the rule "No contractors" needs department other than "Contractors", so ${appName} does not provision them.`,
    );
    expect(before.disabled.assignedVia.groups.map((g) => g.name)).toEqual([team]);
    expect(before.disabled.answer).toMatch(
      new RegExp(
        `^Dina is assigned to ${appName} through the group "${team}" and is created there in the next cycle \\(`,
      ),
    );
    for (const p of ["unverified", "disabled", "department"] as const)
      expect(before[p].prediction.action).toBe("Create");

    const cycle = await runCycleNow((await prisma.provisioningJob.findUniqueOrThrow({ where: { appId } })).id);
    await expectCycleAgrees(before, cycle.cycleId);
    expect((await loggedAction(cycle.cycleId, ids.unverified)).status).toBe("Failure");

    const after = await explainAll();
    expect(after.unverified.answer).toBe(
      `${appName} refused Uma because ${upns.unverified.split("@")[1]} is not a verified domain of the organization it provisions into: an admin must verify ${upns.unverified.split("@")[1]} there, or keep ${upns.unverified.split("@")[1]} people out of ${appName}.`,
    );
    expect(after.unverified.lastEntry).toMatchObject({ action: "Create", status: "Failure" });
    expect(after.department.answer).toBe(
      `Dev has access to ${appName} (assigned through the group "${team}") and the account there is up to date.`,
    );
    expect(after.department.lastEntry).toMatchObject({ action: "Create", status: "Success" });
  });

  it("after a department change, a disabled account and a new group member: the explanation predicts the next cycle", async () => {
    const source = async (p: Person) => prisma.sourceUser.findUniqueOrThrow({ where: { id: ids[p] } });
    const dina = await source("disabled");
    await updateSourceUser(org.orgId, dina.id, { ...dina, accountEnabled: false }, CLI_ACTOR);
    const dev = await source("department");
    await updateSourceUser(org.orgId, dev.id, { ...dev, department: "Marketing" }, CLI_ACTOR);
    const teamGroup = await prisma.sourceGroup.findFirstOrThrow({ where: { orgId: org.orgId, displayName: team } });
    await setGroupMembership(org.orgId, teamGroup.id, { add: [ids.joiner] }, CLI_ACTOR);

    const before = await explainAll();
    expect(before.disabled.prediction.action).toBe("Disable");
    expect(before.disabled.answer).toMatch(
      new RegExp(
        `^Dina's account is disabled in the identity source: ${appName} disables it too in the next cycle \\(`,
      ),
    );
    expect(before.department.prediction).toMatchObject({
      action: "Update",
      changes: [expect.objectContaining({ label: "department", from: "Sales", to: "Marketing" })],
    });
    expect(before.department.answer).toMatch(
      new RegExp(
        `^Dev's department changed from "Sales" to "Marketing" in the identity source: ${appName} gets the change in the next cycle \\(`,
      ),
    );
    expect(before.joiner.prediction.action).toBe("Create");
    expect(before.unverified.prediction.action).toBe("Create");
    const group = (await explainGroup(org.orgId, teamGroup.id)).apps.find((a) => a.app.id === appId)!;
    expect(group.prediction.action).toBe("Update");
    expect(group.membersToAdd.map((m) => m.id)).toEqual([ids.joiner]);
    expect(group.membersToRemove).toHaveLength(1);
    expect(group.answer).toMatch(
      new RegExp(
        `^The group "${team}" is assigned to ${appName}: in the next cycle \\(.*\\), ${appName} adds Gil Ticket and removes 1 person\\.`,
      ),
    );

    const cycle = await runCycleNow((await prisma.provisioningJob.findUniqueOrThrow({ where: { appId } })).id);
    await expectCycleAgrees(before, cycle.cycleId);
    const groupEntry = await prisma.provisioningLogEntry.findFirstOrThrow({
      where: { cycleId: cycle.cycleId, sourceId: teamGroup.id },
    });
    expect(groupEntry.action).toBe(group.prediction.action);
    expect(groupEntry.modifiedProperties).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "members (added)" }),
        expect.objectContaining({ name: "members (removed)" }),
      ]),
    );

    const after = await explainAll();
    expect(after.disabled.answer).toBe(
      `Dina's account is disabled in the identity source, so it is disabled in ${appName} too: an admin must enable it in the identity source.`,
    );
    expect(after.joiner.answer).toBe(
      `Gil has access to ${appName} (assigned through the group "${team}") and the account there is up to date.`,
    );
    const groupAfter = (await explainGroup(org.orgId, teamGroup.id)).apps.find((a) => a.app.id === appId)!;
    expect(groupAfter.prediction.action).toBe("None");
    // Nothing was pending: a further cycle does nothing for anyone the explanation calls up to date.
    const idle = await explainAll();
    const third = await runCycleNow((await prisma.provisioningJob.findUniqueOrThrow({ where: { appId } })).id);
    await expectCycleAgrees(idle, third.cycleId);
  });
});

describe("the one search box", () => {
  it("finds a person by any word of the name, the email or its domain, the objectId, the log's source id and the target id", async () => {
    const state = await prisma.provisioningObjectState.findFirstOrThrow({
      where: { sourceId: ids.department, kind: "user" },
    });
    const dev = await prisma.sourceUser.findUniqueOrThrow({ where: { id: ids.department } });
    const domain = upns.unverified.split("@")[1]!;
    for (const q of [
      "Dev",
      "ticket",
      upns.department.slice(0, 6),
      upns.department.toUpperCase(),
      dev.objectId,
      dev.id,
      state.targetId!,
    ]) {
      expect(
        (await findPrincipals(org.orgId, q)).people.map((p) => p.id),
        q,
      ).toContain(ids.department);
    }
    expect((await findPrincipals(org.orgId, `@${domain.slice(0, 12)}`)).people.map((p) => p.id)).toEqual([
      ids.unverified,
    ]);
    expect((await findPrincipals(org.orgId, "icket")).people).toEqual([]);
    expect((await findPrincipals(org.orgId, team.split("-")[0]!)).groups.map((g) => g.displayName)).toContain(team);
  });
});

describe("who may read an explanation", () => {
  let roles: LogsOrg;
  beforeAll(async () => {
    roles = await createLogsOrg();
  });

  it("Help desk, Admin (Read Only) and Admin read the search and explanation pages; a User and another organization do not", async () => {
    await importRows(roles.id, [{ upn: `${unique("mira")}@example.com`, displayName: "Mira Quinn" }]);
    const mira = await prisma.sourceUser.findFirstOrThrow({ where: { orgId: roles.id, displayName: "Mira Quinn" } });
    const pages = [`/o/${roles.slug}/why?q=quinn`, `/o/${roles.slug}/why/users/${mira.id}`];
    for (const email of [roles.emails.helpDesk, roles.emails.adminReadOnly, roles.emails.admin]) {
      const session = await signedIn(email);
      for (const path of pages) expect((await session.fetch(path)).status, `${email} ${path}`).toBe(200);
    }
    const html = await (await (await signedIn(roles.emails.helpDesk)).fetch(pages[0]!)).text();
    expect(html).toContain(`/o/${roles.slug}/why/users/${mira.id}`);
    for (const email of [roles.emails.user, roles.emails.outsider]) {
      const session = await signedIn(email);
      for (const path of pages) expect((await session.fetch(path)).status, `${email} ${path}`).toBe(404);
    }
    // Another organization's person is not found through this organization's URL.
    const admin = await signedIn(roles.emails.admin);
    expect((await admin.fetch(`/o/${roles.slug}/why/users/${ids.never}`)).status).toBe(404);
  });

  it("links between the screens: identity source, log entry and Directory lead to the explanation; the counts to their entries", async () => {
    const domain = `${unique("links")}.example.com`;
    await markDomainVerified(roles.id, domain, CLI_ACTOR);
    const { token } = await createScimToken(roles.id, { name: "links" }, CLI_ACTOR);
    const group = unique("Linked");
    await importRows(roles.id, [{ upn: `ana@${domain}`, displayName: "Ana Linked", groups: [group] }]);
    const app = await createApp(
      roles.id,
      { name: unique("Links App"), kind: "custom", tenantUrl: `${baseUrl()}/scim/v2`, secretToken: token },
      { baseUrl: baseUrl(), actor: CLI_ACTOR },
    );
    await assignPrincipal(roles.id, app.id, { type: "group", ref: group }, CLI_ACTOR);
    const cycle = await runCycleNow(app.jobId);
    const ana = await prisma.sourceUser.findFirstOrThrow({ where: { orgId: roles.id, upnLower: `ana@${domain}` } });
    const entry = await prisma.provisioningLogEntry.findFirstOrThrow({
      where: { cycleId: cycle.cycleId, sourceId: ana.id },
    });
    const directoryUser = await prisma.orgUser.findFirstOrThrow({
      where: { orgId: roles.id, userNameLower: `ana@${domain}` },
    });
    const why = `/o/${roles.slug}/why/users/${ana.id}`;
    const logs = `/o/${roles.slug}/logs?q=${ana.id}&amp;range=all`;
    const helpDesk = await signedIn(roles.emails.helpDesk);
    for (const path of [
      `/o/${roles.slug}/source-directory/users/${ana.id}`,
      `/o/${roles.slug}/directory/users/${directoryUser.id}`,
    ]) {
      const html = await (await helpDesk.fetch(path)).text();
      expect(html, path).toContain(`href="${why}"`);
      expect(html, path).toContain(`href="${logs}"`);
    }
    expect(await (await helpDesk.fetch(`/o/${roles.slug}/logs/entries/${entry.id}`)).text()).toContain(`href="${why}"`);
    const explanation = await (await helpDesk.fetch(why)).text();
    expect(explanation).toContain(`href="/o/${roles.slug}/logs/entries/${entry.id}"`);
    // The help desk sees each app's status read-only, with the last cycle's entries one click away.
    const search = await (await helpDesk.fetch(`/o/${roles.slug}/why`)).text();
    expect(search).toContain(app.name);
    expect(search).toContain(`/o/${roles.slug}/logs?cycle=${cycle.cycleId}&amp;range=all`);
    const admin = await signedIn(roles.emails.admin);
    const status = await (await admin.fetch(`/o/${roles.slug}/apps/${app.id}/provisioning`)).text();
    expect(status).toContain(`/o/${roles.slug}/logs?cycle=${cycle.cycleId}&amp;range=all&amp;action=Create`);
  });
});
