// Issue 15 items 3 and 6 against a real cycle and the real pages: a group entry names the members it removed and
// says why each left, with links to their explanation and log entries; attributes read as people know them; an
// out-of-scope skip says what would bring the person into scope; the open tab comes from the URL; the help desk
// sees SCIM bodies with the organization's masked attributes, admins see them whole, and the change is audited.
import { beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "@/lib/accounts/create-account";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { prisma, requestLogDb } from "@/lib/db/client";
import { getHelpDeskMaskedAttributes, setHelpDeskMaskedAttributes } from "@/lib/logs/help-desk-masking";
import { assignPrincipal } from "@/lib/provisioning/apps/assignments";
import { provisionOnDemand } from "@/lib/provisioning/provisioning-job/on-demand";
import { setGroupMembership } from "@/lib/source-directory/save-source-group";
import { updateSourceUser } from "@/lib/source-directory/save-source-user";
import { unique } from "./support/cli";
import { PASSWORD, signedIn } from "./support/logs-org";
import { logEntries, provisioningScenario, runCycleNow, sourceUserId, type Scenario } from "./support/provisioning";

/** A help desk and an admin account in the scenario's organization. */
async function consoleAccounts(orgId: string) {
  const emails = { helpDesk: `${unique("hd")}@example.com`, admin: `${unique("adm")}@example.com` };
  for (const [key, role] of [
    ["helpDesk", "help-desk"],
    ["admin", "admin"],
  ] as const) {
    const account = await createAccount({ email: emails[key], name: `Readable ${key}`, password: PASSWORD });
    await prisma.membership.create({ data: { orgId, accountId: account.id, role } });
  }
  return emails;
}

const text = (html: string) =>
  html
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe("entries a person can read", () => {
  let s: Scenario;
  let slug: string;
  let emails: Awaited<ReturnType<typeof consoleAccounts>>;
  let ids: string[];
  beforeAll(async () => {
    s = await provisioningScenario({ users: 3 });
    slug = (await prisma.organization.findUniqueOrThrow({ where: { id: s.orgId } })).slug;
    emails = await consoleAccounts(s.orgId);
    ids = await Promise.all([0, 1, 2].map((i) => sourceUserId(s.orgId, s.upn(i))));
    // User 1 is also assigned directly, so leaving the group keeps them in scope.
    await assignPrincipal(s.orgId, s.appId, { type: "user", ref: s.upn(1) }, CLI_ACTOR);
    await runCycleNow(s.jobId);
  });

  it("a group entry names the members it removed and why each left, with links to their explanation and log entries", async () => {
    const group = await prisma.sourceGroup.findFirstOrThrow({ where: { orgId: s.orgId, displayName: s.group } });
    await setGroupMembership(s.orgId, group.id, { remove: [ids[1]!, ids[2]!] }, CLI_ACTOR);
    const { cycleId } = await runCycleNow(s.jobId);
    const entry = (await logEntries(cycleId)).find((e) => e.objectType === "Group")!;
    expect(entry).toMatchObject({ action: "Update", status: "Success" });
    const session = await signedIn(emails.helpDesk);
    const res = await session.fetch(`/o/${slug}/logs/entries/${entry.id}?tab=modified`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const page = text(html);
    expect(page).toContain("Members removed (2)");
    for (const i of [1, 2]) {
      expect(page).toContain(`User ${i} Test`);
      expect(page).toContain(s.upn(i));
      expect(html).toContain(`href="/o/${slug}/why/users/${ids[i]}"`);
      expect(html).toContain(`href="/o/${slug}/logs?range=all&amp;q=${ids[i]}"`);
    }
    expect(page).toContain(`No longer a member of ${s.group} in the identity source.`);
    expect(page).toMatch(
      /Their user in the target was disabled \(they are no longer assigned to the app or in its scope\)/,
    );
    // The open tab comes from the URL.
    expect(html).toMatch(/id="tab-modified"[^>]*aria-selected="true"|aria-selected="true"[^>]*id="tab-modified"/);
  });

  it("a changed attribute reads as people know it, with the SCIM path beside it", async () => {
    const u0 = await prisma.sourceUser.findUniqueOrThrow({ where: { id: ids[0]! } });
    await updateSourceUser(s.orgId, ids[0]!, { ...u0, department: "Legal" }, CLI_ACTOR);
    const { cycleId } = await runCycleNow(s.jobId);
    const entry = (await logEntries(cycleId)).find((e) => e.sourceId === ids[0])!;
    const html = await (
      await (await signedIn(emails.helpDesk)).fetch(`/o/${slug}/logs/entries/${entry.id}?tab=modified`)
    ).text();
    expect(html).toMatch(
      /<span class="font-medium">department<\/span><span[^>]*>urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department<\/span>/,
    );
  });

  it("an out-of-scope skip says what would bring the person into scope", async () => {
    const none = await provisioningScenario({ users: 1, assign: "none" });
    const noneSlug = (await prisma.organization.findUniqueOrThrow({ where: { id: none.orgId } })).slug;
    const accounts = await consoleAccounts(none.orgId);
    // A person nobody assigned: provisioned on demand, as an admin trying them would (cycles skip them silently).
    const { cycleId } = await provisionOnDemand(none.orgId, none.appId, { type: "user", ref: none.upn(0) });
    const skip = (await logEntries(cycleId)).find((e) => e.objectType === "User")!;
    expect(skip.status).toBe("Skipped");
    const page = text(
      await (
        await (await signedIn(accounts.helpDesk)).fetch(`/o/${noneSlug}/logs/entries/${skip.id}?tab=troubleshooting`)
      ).text(),
    );
    expect(page).toMatch(
      /What would bring them into scope: Assign the person to App-\S+, directly or through one of their groups/,
    );
  });
});

describe("what the help desk sees of SCIM bodies", () => {
  it("masks nothing by default; once configured, the help desk sees the attributes masked, admins see them whole, and the change is audited", async () => {
    const s = await provisioningScenario({ users: 1 });
    const slug = (await prisma.organization.findUniqueOrThrow({ where: { id: s.orgId } })).slug;
    const emails = await consoleAccounts(s.orgId);
    const id0 = await sourceUserId(s.orgId, s.upn(0));
    const u0 = await prisma.sourceUser.findUniqueOrThrow({ where: { id: id0 } });
    await updateSourceUser(s.orgId, id0, { ...u0, employeeId: "EMP-7731" }, CLI_ACTOR);
    const { cycleId } = await runCycleNow(s.jobId);
    const entry = (await logEntries(cycleId)).find((e) => e.objectType === "User")!;
    await expect
      .poll(() =>
        requestLogDb.scimRequestLog.count({ where: { orgId: s.orgId, requestId: entry.changeId, method: "POST" } }),
      )
      .toBe(1);
    const post = await requestLogDb.scimRequestLog.findFirstOrThrow({
      where: { orgId: s.orgId, requestId: entry.changeId, method: "POST" },
    });
    const helpDesk = await signedIn(emails.helpDesk);
    const admin = await signedIn(emails.admin);
    const requestPage = `/o/${slug}/logs/scim/${post.id}`;
    const exportUrl = `/api/orgs/${slug}/logs/scim/export?format=json&range=all&requestId=${entry.changeId}`;

    expect(await getHelpDeskMaskedAttributes(s.orgId)).toEqual([]);
    expect(await (await helpDesk.fetch(requestPage)).text()).toContain("EMP-7731");

    await expect(
      setHelpDeskMaskedAttributes(s.orgId, { attributes: "employee number" }, CLI_ACTOR),
    ).rejects.toMatchObject({ code: "invalid_input" });
    expect(await getHelpDeskMaskedAttributes(s.orgId)).toEqual([]);
    await setHelpDeskMaskedAttributes(s.orgId, { attributes: "employeeNumber, costCenter" }, CLI_ACTOR);
    const masked = await (await helpDesk.fetch(requestPage)).text();
    expect(masked).not.toContain("EMP-7731");
    expect(masked).toContain("[MASKED]");
    expect(masked).toContain(s.upn(0));
    expect(await (await admin.fetch(requestPage)).text()).toContain("EMP-7731");
    const exported = await (await helpDesk.fetch(exportUrl)).text();
    expect(exported).toContain(s.upn(0));
    expect(exported).not.toContain("EMP-7731");
    expect(await (await admin.fetch(exportUrl)).text()).toContain("EMP-7731");

    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { orgId: s.orgId, action: "logs.help-desk-masking.change" },
    });
    expect(JSON.parse(audit.oldValue!)).toEqual({ maskedForHelpDesk: [] });
    expect(JSON.parse(audit.newValue!)).toEqual({ maskedForHelpDesk: ["employeeNumber", "costCenter"] });

    // The Settings page says what the help desk sees (and only admins may open it).
    const settings = text(await (await admin.fetch(`/o/${slug}/settings`)).text());
    expect(settings).toContain("What the help desk sees");
    expect(settings).toContain("logs.help-desk-masking.change");
    expect((await helpDesk.fetch(`/o/${slug}/settings`)).status).toBe(403);
  });
});
