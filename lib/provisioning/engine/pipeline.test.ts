import { describe, expect, it } from "vitest";
import { defaultMappings } from "@/lib/mapping/default-mappings";
import { createFakeTarget } from "@/tests/fixtures/fake-target";
import { processGroup } from "./process-group";
import { processUser } from "./process-user";
import { targetUniqueness } from "./target-uniqueness";
import type { CycleContext, ObjectState, SourceGroupRecord, SourceUserRecord } from "./types";

const ENT = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

function user(n: number, extra: Partial<SourceUserRecord> = {}): SourceUserRecord {
  return {
    id: `u${n}`,
    objectId: `obj-${n}`,
    userPrincipalName: `user${n}@contoso.com`,
    mail: null,
    mailNickname: null,
    givenName: `Given${n}`,
    surname: `Sur${n}`,
    displayName: `User ${n}`,
    department: "Sales",
    jobTitle: null,
    employeeId: String(1000 + n),
    costCenter: null,
    division: null,
    companyName: null,
    officeLocation: null,
    accountEnabled: true,
    deletedAt: null,
    groupIds: [],
    ...extra,
  };
}

function context(fake: ReturnType<typeof createFakeTarget>, extra: Partial<CycleContext> = {}): CycleContext {
  return {
    target: fake.target,
    mapping: defaultMappings(),
    scope: "assigned",
    assignments: { users: new Set(["u1", "u2", "u3"]), groups: new Set(["g1"]) },
    holdDeprovisions: false,
    memberBatchSize: 2,
    ...extra,
  };
}

describe("processUser", () => {
  it("creates an assigned user after matching by userName then externalId finds nothing", async () => {
    const fake = createFakeTarget();
    const out = await processUser(context(fake), user(1), null);
    expect(out.log).toMatchObject({ action: "Create", status: "Success", objectType: "User" });
    expect(out.log.steps.map((s) => s.name)).toEqual(["Import", "Scoping", "Matching", "Evaluation", "Action"]);
    expect(fake.calls.map((c) => c.filter ?? c.method)).toEqual([
      'userName eq "user1@contoso.com"',
      'externalId eq "obj-1"',
      "POST",
    ]);
    expect(fake.calls[2]!.body).toMatchObject({
      userName: "user1@contoso.com",
      active: true,
      [ENT]: { department: "Sales", employeeNumber: "1001" },
    });
    expect(out.state).toMatchObject({ targetId: "t1", lifecycle: "active", needsSync: false });
    expect(out.affectsGroups).toEqual([]);
    expect(out.log.requests).toEqual([]); // the fake transport records nothing; HTTP traces are covered in integration
  });

  it("matches an existing target user instead of creating a duplicate, and PATCHes only what differs", async () => {
    const fake = createFakeTarget();
    fake.store.Users.set("x9", {
      id: "x9",
      userName: "USER2@contoso.com",
      externalId: "obj-2",
      active: true,
      name: { givenName: "Given2", familyName: "Old" },
      [ENT]: { department: "Sales", employeeNumber: "1002" },
    });
    const out = await processUser(context(fake), user(2), null);
    expect(out.log.action).toBe("Update");
    const patch = fake.calls.find((c) => c.method === "PATCH")!.body as { Operations: unknown[] };
    expect(patch.Operations).toEqual([
      { op: "Replace", path: "userName", value: "user2@contoso.com" },
      { op: "Replace", path: "name.familyName", value: "Sur2" },
    ]);
    expect(out.log.modifiedProperties).toContainEqual({ name: "name.familyName", oldValue: "Old", newValue: "Sur2" });
    expect(fake.calls.some((c) => c.method === "POST")).toBe(false);
  });

  it("skips an unchanged user found by its stored id", async () => {
    const fake = createFakeTarget();
    const first = await processUser(context(fake), user(1), null);
    fake.calls.length = 0;
    const again = await processUser(context(fake), user(1), first.state);
    expect(again.log).toMatchObject({ action: "Other", status: "Skipped" });
    expect(fake.calls.map((c) => `${c.method} ${c.id ?? ""}`)).toEqual(["GET t1"]);
  });

  it("disables when unassigned (RFC dialect sends boolean false) and re-enables when assigned again", async () => {
    const fake = createFakeTarget("rfc");
    const created = await processUser(context(fake), user(3, { groupIds: ["g7"] }), null);
    const unassigned = context(fake, { assignments: { users: new Set(), groups: new Set() } });
    const off = await processUser(unassigned, user(3, { groupIds: ["g7"] }), created.state);
    expect(off.log).toMatchObject({ action: "Disable", status: "Success" });
    expect(fake.calls.at(-1)!.body).toEqual({
      schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
      Operations: [{ op: "replace", value: { active: false } }],
    });
    expect(off.affectsGroups).toEqual(["g7"]);
    expect(fake.store.Users.get("t1")!.active).toBe(false);
    const on = await processUser(context(fake), user(3), off.state);
    expect(on.log.action).toBe("Update");
    expect(on.log.modifiedProperties).toContainEqual({ name: "active", oldValue: "false", newValue: "true" });
    expect(on.state!.lifecycle).toBe("active");
  });

  it("deletes a user deleted in the source, or stages it while deletions are held", async () => {
    const fake = createFakeTarget();
    const created = await processUser(context(fake), user(1), null);
    const held = await processUser(
      context(fake, { holdDeprovisions: true }),
      user(1, { deletedAt: new Date() }),
      created.state,
    );
    expect(held.log).toMatchObject({
      action: "StagedDelete",
      status: "Skipped",
      errorCode: "AccidentalDeletionThresholdExceeded",
    });
    expect(held.state).toMatchObject({ needsSync: true, heldAction: "delete" });
    expect(fake.store.Users.size).toBe(1);
    const gone = await processUser(context(fake), user(1, { deletedAt: new Date() }), held.state);
    expect(gone.log).toMatchObject({ action: "Delete", status: "Success", targetId: "t1" });
    expect(fake.store.Users.size).toBe(0);
    expect(gone.state).toMatchObject({ lifecycle: "deleted", targetId: null, needsSync: false });
  });

  it("logs a skip for a user that is neither assigned nor provisioned, without calling the target", async () => {
    const fake = createFakeTarget();
    const out = await processUser(context(fake), user(9), null);
    expect(out.log).toMatchObject({ action: "Other", status: "Skipped" });
    expect(out.log.steps[1]).toMatchObject({ name: "Scoping", status: "Skipped" });
    expect(fake.calls).toEqual([]);
  });

  it("turns a 409 on create into a match (an interrupted earlier attempt created it)", async () => {
    const fake = createFakeTarget();
    fake.store.Users.set("x1", { id: "x1", userName: "user1@contoso.com", active: true });
    let hidden = true;
    const query = fake.target.query;
    fake.target.query = async (e, f, c) =>
      hidden ? ((hidden = f.startsWith("userName") ? hidden : false), []) : query(e, f, c);
    const out = await processUser(context(fake), user(1), null);
    expect(out.log.action).toBe("Update");
    expect(out.state!.targetId).toBe("x1");
  });

  it("records a failure with its diagnosis, flags the object for retry, and marks 401 as fatal", async () => {
    const fake = createFakeTarget();
    fake.failWhen((c) => c.method === "POST", 401);
    const out = await processUser(context(fake), user(1), null);
    expect(out.log).toMatchObject({
      action: "Create",
      status: "Failure",
      errorCode: "SystemForCrossDomainIdentityManagementUnauthorized",
    });
    expect(out.state).toMatchObject({ needsSync: true, failures: 1 });
    expect(out.fatal?.code).toBe("SystemForCrossDomainIdentityManagementUnauthorized");
  });
});

describe("processUser with SelectUniqueValue", () => {
  const upn =
    'SelectUniqueValue(Join("@", [givenName], "contoso.com"), Join("@", Join(".", [givenName], [surname]), "contoso.com"))';
  function uniqueMapping() {
    const mapping = defaultMappings();
    mapping.user.attributes = mapping.user.attributes.map((a) =>
      a.target === "userName"
        ? {
            ...a,
            type: "Expression" as const,
            source: undefined,
            expression: upn,
            matching: false,
            matchingPrecedence: undefined,
          }
        : a.target === "externalId"
          ? { ...a, matchingPrecedence: 1 }
          : a,
    );
    return mapping;
  }

  it("creates with the second candidate when the first is taken in the target", async () => {
    const fake = createFakeTarget();
    fake.store.Users.set("x1", { id: "x1", userName: "Given1@contoso.com", externalId: "someone-else" });
    const out = await processUser(context(fake, { mapping: uniqueMapping() }), user(1), null);
    expect(out.log).toMatchObject({ action: "Create", status: "Success" });
    expect(fake.calls.map((c) => c.filter ?? c.method)).toEqual([
      'externalId eq "obj-1"',
      'userName eq "Given1@contoso.com"',
      'userName eq "Given1.Sur1@contoso.com"',
      "POST",
    ]);
    expect(fake.calls.at(-1)!.body).toMatchObject({ userName: "Given1.Sur1@contoso.com" });
    expect(out.log.steps.find((s) => s.name === "Evaluation")!.detail).toContain(
      '"Given1@contoso.com" is taken in the target, chose "Given1.Sur1@contoso.com"',
    );
  });

  it("does not count the object itself as taking the value", async () => {
    const fake = createFakeTarget();
    fake.store.Users.set("t7", { id: "t7", userName: "Given1@contoso.com", externalId: "obj-1" });
    expect(await targetUniqueness(fake.target, "Users", {}, "t7")("userName", "Given1@contoso.com")).toBe(true);
    expect(await targetUniqueness(fake.target, "Users", {}, "t8")("userName", "given1@contoso.com")).toBe(false);
    expect(await targetUniqueness(fake.target, "Users", {}, null)("userName", "free@contoso.com")).toBe(true);
  });

  it("fails the user, without creating it, when every candidate is taken", async () => {
    const fake = createFakeTarget();
    fake.store.Users.set("x1", { id: "x1", userName: "Given2@contoso.com" });
    fake.store.Users.set("x2", { id: "x2", userName: "Given2.Sur2@contoso.com" });
    const out = await processUser(context(fake, { mapping: uniqueMapping() }), user(2), null);
    expect(out.log).toMatchObject({ status: "Failure", errorCode: "SelectUniqueValueNoUniqueValue" });
    expect(out.log.errorReason).toContain("every generated value already exists in the target");
    expect(out.tally).toBe("failed");
    expect(fake.calls.some((c) => c.method === "POST")).toBe(false);
  });

  it("does not ask the target on update: the user keeps its userName", async () => {
    const fake = createFakeTarget();
    const created = await processUser(context(fake, { mapping: uniqueMapping() }), user(1), null);
    fake.store.Users.set("x1", { id: "x1", userName: "Given1.Sur1@contoso.com" });
    fake.calls.length = 0;
    const again = await processUser(
      context(fake, { mapping: uniqueMapping() }),
      user(1, { department: "Support" }),
      created.state,
    );
    expect(again.log).toMatchObject({ action: "Update", status: "Success" });
    expect(fake.calls.map((c) => c.filter ?? c.method)).toEqual(["GET", "PATCH"]);
    expect(JSON.stringify(fake.calls[1]!.body)).not.toContain("userName");
  });
});

describe("processGroup", () => {
  const group = (memberIds: string[], extra: Partial<SourceGroupRecord> = {}): SourceGroupRecord => ({
    id: "g1",
    objectId: "gobj-1",
    displayName: "Sales",
    description: null,
    mailNickname: null,
    deletedAt: null,
    memberIds,
    ...extra,
  });

  it("creates the group without members, then adds members in batches", async () => {
    const fake = createFakeTarget();
    const targets = new Map([
      ["u1", "t1"],
      ["u2", "t2"],
      ["u3", "t3"],
    ]);
    const out = await processGroup(context(fake), group(["u1", "u2", "u3", "u4"]), null, targets);
    expect(out.log).toMatchObject({ action: "Create", status: "Success" });
    expect(fake.calls.find((c) => c.method === "POST")!.body).not.toHaveProperty("members");
    const patches = fake.calls.filter((c) => c.method === "PATCH");
    expect(patches).toHaveLength(2);
    expect(out.members).toEqual({ added: 3, removed: 0 });
    expect(out.state!.members).toEqual(["t1", "t2", "t3"]);
  });

  it("removes members that left and renames, touching nothing else", async () => {
    const fake = createFakeTarget("rfc");
    const first = await processGroup(
      context(fake),
      group(["u1", "u2"]),
      null,
      new Map([
        ["u1", "t1"],
        ["u2", "t2"],
      ]),
    );
    fake.calls.length = 0;
    const out = await processGroup(
      context(fake),
      group(["u1"], { displayName: "Sales EMEA" }),
      first.state,
      new Map([["u1", "t1"]]),
    );
    expect(out.log.action).toBe("Update");
    expect(
      fake.calls.filter((c) => c.method === "PATCH").map((c) => (c.body as { Operations: unknown[] }).Operations),
    ).toEqual([
      [{ op: "replace", value: { displayName: "Sales EMEA" } }],
      [{ op: "remove", path: 'members[value eq "t2"]' }],
    ]);
    expect(out.members).toEqual({ added: 0, removed: 1 });
  });

  it("deletes a group that is no longer assigned", async () => {
    const fake = createFakeTarget();
    const first = await processGroup(context(fake), group([]), null, new Map());
    const out = await processGroup(
      context(fake, { assignments: { users: new Set(), groups: new Set() } }),
      group([]),
      first.state,
      new Map(),
    );
    expect(out.log).toMatchObject({ action: "Delete", status: "Success" });
    expect(fake.store.Groups.size).toBe(0);
  });

  it("keeps the members applied before a failing batch", async () => {
    const fake = createFakeTarget();
    const first = await processGroup(context(fake), group([]), null, new Map());
    let n = 0;
    fake.failWhen((c) => c.method === "PATCH" && ++n === 2, 500);
    const targets = new Map([
      ["u1", "t1"],
      ["u2", "t2"],
      ["u3", "t3"],
    ]);
    const out = await processGroup(context(fake), group(["u1", "u2", "u3"]), first.state as ObjectState, targets);
    expect(out.log.status).toBe("Failure");
    expect(out.state).toMatchObject({ members: ["t1", "t2"], needsSync: true });
  });
});
