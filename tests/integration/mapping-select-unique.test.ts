// SelectUniqueValue against a real target (issue #6): on create the cycle asks this app's own /scim/v2 whether each
// candidate userName is taken (`GET /Users?filter=userName eq "…"`), takes the first free one, fails the user when
// none is free, and leaves the value alone on later updates.
import { describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { prisma, requestLogDb } from "@/lib/db/client";
import { getMapping, saveMapping } from "@/lib/provisioning/mappings/mapping-store";
import { updateSourceUser } from "@/lib/source-directory/save-source-user";
import { logEntries, provisioningScenario, runCycleNow, sourceUserId, targetUsers } from "./support/provisioning";
import { ScimClient, USER_SCHEMA } from "./support/scim";

const CANDIDATES = 'SelectUniqueValue([userPrincipalName], Join("", "alt.", [userPrincipalName]))';

describe("SelectUniqueValue asks the target on create", () => {
  it("takes the second candidate when the first userName is taken, fails when both are, and keeps it on update", async () => {
    const s = await provisioningScenario({ users: 2 });
    const scim = new ScimClient(s.token);
    for (const userName of [s.upn(0), s.upn(1), `alt.${s.upn(1)}`]) {
      expect(
        (await scim.post("/Users", { schemas: [USER_SCHEMA], userName, externalId: `other-${userName}`, active: true }))
          .status,
      ).toBe(201);
    }
    const { definition } = await getMapping(s.orgId, s.appId);
    definition.user.attributes = definition.user.attributes.map((a) =>
      a.target === "userName"
        ? {
            ...a,
            type: "Expression" as const,
            source: undefined,
            expression: CANDIDATES,
            matching: false,
            matchingPrecedence: undefined,
          }
        : a.target === "externalId"
          ? { ...a, matchingPrecedence: 1 }
          : a,
    );
    await saveMapping(s.orgId, s.appId, definition, CLI_ACTOR, { comment: "userName by SelectUniqueValue" });

    const cycle = await runCycleNow(s.jobId);
    expect(cycle.counts.users).toMatchObject({ created: 1, failed: 1 });
    const objectId0 = (
      await prisma.sourceUser.findUniqueOrThrow({ where: { id: await sourceUserId(s.orgId, s.upn(0)) } })
    ).objectId;
    const created = (await targetUsers(s.orgId)).find((u) => u.externalId === objectId0)!;
    expect(created.userName).toBe(`alt.${s.upn(0)}`);

    const entries = (await logEntries(cycle.cycleId)).filter((e) => e.objectType === "User");
    const create = entries.find((e) => e.sourceIdentity === s.upn(0))!;
    expect(create).toMatchObject({ action: "Create", status: "Success" });
    const steps = create.steps as { name: string; detail: string }[];
    expect(steps.find((x) => x.name === "Evaluation")!.detail).toContain(
      `"${s.upn(0)}" is taken in the target, chose "alt.${s.upn(0)}"`,
    );
    // The server writes its request log after answering, so wait for the entries.
    const queries = (changeId: string) =>
      requestLogDb.scimRequestLog
        .findMany({ where: { requestId: changeId, method: "GET" }, orderBy: { at: "asc" } })
        .then((rows) => rows.map((r) => decodeURIComponent(r.query ?? "").replace(/\+/g, " ")));
    await expect
      .poll(() => queries(create.changeId))
      .toEqual([
        `filter=externalId eq "${objectId0}"`,
        `filter=userName eq "${s.upn(0)}"`,
        `filter=userName eq "alt.${s.upn(0)}"`,
      ]);

    const failed = entries.find((e) => e.sourceIdentity === s.upn(1))!;
    expect(failed).toMatchObject({ status: "Failure", errorCode: "SelectUniqueValueNoUniqueValue" });
    expect(failed.errorReason).toContain("every generated value already exists in the target");
    const objectId1 = (
      await prisma.sourceUser.findUniqueOrThrow({ where: { id: await sourceUserId(s.orgId, s.upn(1)) } })
    ).objectId;
    expect((await targetUsers(s.orgId)).some((u) => u.externalId === objectId1)).toBe(false);
    await expect
      .poll(() => queries(failed.changeId))
      .toEqual([
        `filter=externalId eq "${objectId1}"`,
        `filter=userName eq "${s.upn(1)}"`,
        `filter=userName eq "alt.${s.upn(1)}"`,
      ]);

    // An update never re-evaluates SelectUniqueValue: the user keeps alt.…, and the target is not asked about userName.
    const id0 = await sourceUserId(s.orgId, s.upn(0));
    const u0 = await prisma.sourceUser.findUniqueOrThrow({ where: { id: id0 } });
    await updateSourceUser(s.orgId, id0, { ...u0, department: "Legal" }, CLI_ACTOR);
    const next = await runCycleNow(s.jobId);
    const update = (await logEntries(next.cycleId)).find((e) => e.sourceIdentity === s.upn(0))!;
    expect(update).toMatchObject({ action: "Update", status: "Success" });
    expect((await targetUsers(s.orgId)).find((u) => u.externalId === objectId0)).toMatchObject({
      userName: `alt.${s.upn(0)}`,
      department: "Legal",
    });
    await expect
      .poll(() => requestLogDb.scimRequestLog.count({ where: { requestId: update.changeId, method: "PATCH" } }))
      .toBe(1);
    expect((await queries(update.changeId)).some((q) => q.includes("userName"))).toBe(false);
  });
});
