// Saved mappings and scope reach the target (issue #6): a mapping change (userName from mail, a constant department,
// an expression) makes the next cycle full and lands in this app's own /scim/v2; the preview counts it first
// with read-only questions to the target; rollback restores the earlier version; on-demand reports each scoping clause.
import { describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { prisma, requestLogDb } from "@/lib/db/client";
import {
  exportMapping,
  getMapping,
  importMapping,
  listMappingVersions,
  rollbackMapping,
  saveMapping,
} from "@/lib/provisioning/mappings/mapping-store";
import { previewMapping } from "@/lib/provisioning/mappings/preview";
import type { TMappingDefinition } from "@/lib/mapping/types";
import { provisionOnDemand } from "@/lib/provisioning/provisioning-job/on-demand";
import { updateSourceUser } from "@/lib/source-directory/save-source-user";
import { provisioningScenario, runCycleNow, sourceUserId, targetUsers } from "./support/provisioning";

async function setMail(orgId: string, upn: string, mail: string) {
  const id = await sourceUserId(orgId, upn);
  const u = await prisma.sourceUser.findUniqueOrThrow({ where: { id } });
  await updateSourceUser(orgId, id, { ...u, mail }, CLI_ACTOR);
}

function changed(def: TMappingDefinition): TMappingDefinition {
  const next = structuredClone(def);
  next.user.attributes[0] = { ...next.user.attributes[0]!, source: "mail" };
  const dept = next.user.attributes.findIndex((a) => a.target.endsWith(":department"));
  next.user.attributes[dept] = {
    ...next.user.attributes[dept]!,
    type: "Constant",
    source: undefined,
    constant: "Engineering",
  };
  next.user.attributes.push({
    type: "Expression",
    expression: 'Join(", ", [surname], [givenName])',
    target: "displayName",
    targetType: "String",
    matching: false,
    apply: "Always",
  });
  return next;
}

describe("saved mappings drive the provisioning cycles", () => {
  it("a mapping change is previewed, reaches the target on the next (full) cycle, and rolls back", async () => {
    const s = await provisioningScenario({ users: 2 });
    await setMail(s.orgId, s.upn(0), `mail0@${s.domain}`);
    await setMail(s.orgId, s.upn(1), `mail1@${s.domain}`);
    expect((await runCycleNow(s.jobId)).type).toBe("initial");
    expect((await targetUsers(s.orgId)).map((u) => u.userName)).toEqual([s.upn(0), s.upn(1)]);

    const { definition, isDefault } = await getMapping(s.orgId, s.appId);
    expect(isDefault).toBe(true);
    const next = changed(definition);
    const previewStarted = new Date();
    const preview = await previewMapping(s.orgId, s.appId, next);
    expect(preview.counts).toMatchObject({ create: 0, update: 2, disable: 0, delete: 0, errors: 0 });
    expect(preview.examples.update[0]!.detail).toMatch(/userName: ".*" → "mail\d@/);
    // The preview only read from the target (the log is written just after each answer).
    await new Promise((r) => setTimeout(r, 300));
    const methods = await requestLogDb.scimRequestLog.findMany({
      where: { orgId: s.orgId, at: { gte: previewStarted } },
      select: { method: true },
    });
    expect(methods.length).toBeGreaterThan(0);
    expect(new Set(methods.map((m) => m.method))).toEqual(new Set(["GET"]));

    const saved = await saveMapping(s.orgId, s.appId, next, CLI_ACTOR, { comment: "userName from mail" });
    expect(saved.version).toBe(2);
    const cycle = await runCycleNow(s.jobId);
    expect(cycle.type).toBe("full");
    expect(cycle.counts.users).toMatchObject({ updated: 2, failed: 0, created: 0 });
    const users = await targetUsers(s.orgId);
    expect(users.map((u) => [u.userName, u.department, u.displayName])).toEqual([
      [`mail0@${s.domain}`, "Engineering", "0 Test, User"],
      [`mail1@${s.domain}`, "Engineering", "1 Test, User"],
    ]);
    expect((await runCycleNow(s.jobId)).type).toBe("incremental");

    const versions = await listMappingVersions(s.orgId, s.appId);
    expect(versions.map((v) => [v.number, v.action])).toEqual([
      [2, "save"],
      [1, "initial"],
    ]);
    await rollbackMapping(s.orgId, s.appId, 1, CLI_ACTOR);
    const back = await runCycleNow(s.jobId);
    expect(back.type).toBe("full");
    expect((await targetUsers(s.orgId)).map((u) => [u.userName, u.department])).toEqual([
      [s.upn(0), "Sales"],
      [s.upn(1), "Sales"],
    ]);
    const audit = await prisma.auditEvent.findMany({
      where: { orgId: s.orgId, action: { startsWith: "provisioning.mapping." } },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["provisioning.mapping.save", "provisioning.mapping.rollback"]);
  });

  it("rejects an invalid definition with field errors and imports an export as a new version", async () => {
    const s = await provisioningScenario({ users: 1 });
    const { definition } = await getMapping(s.orgId, s.appId);
    const bad = structuredClone(definition);
    bad.user.attributes.push({
      type: "Expression",
      expression: "ToLower([mail]",
      target: "nickName",
      targetType: "String",
      matching: false,
      apply: "Always",
    });
    await expect(saveMapping(s.orgId, s.appId, bad, CLI_ACTOR)).rejects.toMatchObject({
      code: "invalid_input",
      fieldErrors: { "user.attributes.9.expression": [expect.stringMatching(/column/)] },
    });
    const json = await exportMapping(s.orgId, s.appId);
    const imported = await importMapping(s.orgId, s.appId, json.replace('"userPrincipalName"', '"mail"'), CLI_ACTOR);
    expect(imported.definition.user.attributes[0]!.source).toBe("mail");
    await expect(importMapping(s.orgId, s.appId, "{not json", CLI_ACTOR)).rejects.toMatchObject({
      code: "invalid_input",
    });
  });

  it("scoping filters keep users out, disable them on the next cycle, and on-demand shows each clause", async () => {
    const s = await provisioningScenario({ users: 2 });
    await runCycleNow(s.jobId);
    const { definition } = await getMapping(s.orgId, s.appId);
    const scoped = structuredClone(definition);
    scoped.user.scopingFilters = [
      {
        name: "Only user0",
        clauses: [
          { attribute: "userPrincipalName", operator: "REGEX MATCH", value: "^user0@" },
          { attribute: "department", operator: "EQUALS", value: "Sales" },
        ],
      },
    ];
    // user1 is disabled; the group loses it as a member in the target, which the preview counts as the group's update.
    const preview = await previewMapping(s.orgId, s.appId, scoped);
    expect(preview.counts).toMatchObject({ disable: 1, update: 1 });
    expect(preview.examples.update.map((e) => e.kind)).toEqual(["group"]);
    await saveMapping(s.orgId, s.appId, scoped, CLI_ACTOR);
    const cycle = await runCycleNow(s.jobId);
    expect(cycle.type).toBe("full");
    expect(cycle.counts.users).toMatchObject({ disabled: 1 });
    expect((await targetUsers(s.orgId)).map((u) => [u.userName, u.active])).toEqual([
      [s.upn(0), true],
      [s.upn(1), false],
    ]);

    const { entries } = await provisionOnDemand(s.orgId, s.appId, { type: "user", ref: s.upn(1) });
    const scoping = entries[0]!.steps.find((x) => x.name === "Scoping")!;
    expect(scoping.detail).toContain(`[Only user0] userPrincipalName REGEX MATCH ^user0@ (value: ${s.upn(1)}) → false`);
    expect(scoping.detail).toContain("[Only user0] department EQUALS Sales (value: Sales) → true");
  });

  it("the group-membership clause decides scope in previews and cycles", async () => {
    const s = await provisioningScenario({ users: 2 });
    const team = await prisma.sourceGroup.findFirstOrThrow({ where: { orgId: s.orgId, displayName: s.group } });
    const { definition } = await getMapping(s.orgId, s.appId);
    const outside = structuredClone(definition);
    outside.user.scopingFilters = [
      { clauses: [{ attribute: "memberOf", operator: "NOT MEMBER OF", value: team.id, label: s.group }] },
    ];
    expect((await previewMapping(s.orgId, s.appId, outside)).counts).toMatchObject({ create: 1 }); // the group only
    await saveMapping(s.orgId, s.appId, outside, CLI_ACTOR);
    const first = await runCycleNow(s.jobId);
    expect(first.counts.users).toMatchObject({ created: 0 });
    const inside = structuredClone(outside);
    inside.user.scopingFilters[0]!.clauses[0]!.operator = "MEMBER OF";
    expect((await previewMapping(s.orgId, s.appId, inside)).counts).toMatchObject({ create: 2 });
    await saveMapping(s.orgId, s.appId, inside, CLI_ACTOR);
    const second = await runCycleNow(s.jobId);
    expect(second.type).toBe("full");
    expect(second.counts.users).toMatchObject({ created: 2, failed: 0 });
  });
});
