import { describe, expect, it } from "vitest";
import { defaultMappings, ENTERPRISE_USER } from "@/lib/mapping/default-mappings";
import { scopeUser, userAttributes } from "../engine/scope";
import type { ObjectState, SourceUserRecord } from "../engine/types";
import { predict } from "./predict";

const mapping = defaultMappings();
const user = (over: Partial<SourceUserRecord> = {}): SourceUserRecord => ({
  id: "u1",
  objectId: "o1",
  userPrincipalName: "mira@contoso.com",
  mail: null,
  mailNickname: null,
  givenName: "Mira",
  surname: "Quinn",
  displayName: "Mira Quinn",
  department: "Sales",
  jobTitle: null,
  employeeId: null,
  costCenter: null,
  division: null,
  companyName: null,
  officeLocation: null,
  accountEnabled: true,
  deletedAt: null,
  groupIds: ["g1"],
  ...over,
});
const assigned = {
  scope: "assigned" as const,
  assignments: { users: new Set<string>(), groups: new Set(["g1"]) },
  mapping,
};
const exportedFor = (u: SourceUserRecord) => ({
  userName: u.userPrincipalName,
  externalId: u.objectId,
  active: u.accountEnabled,
  "name.givenName": u.givenName!,
  "name.familyName": u.surname!,
  [`${ENTERPRISE_USER}:department`]: u.department!,
});
const state = (u: SourceUserRecord, lifecycle: ObjectState["lifecycle"] = "active"): ObjectState => ({
  kind: "user",
  sourceId: u.id,
  targetId: "t1",
  lifecycle,
  exported: exportedFor(u),
  members: null,
  needsSync: false,
  heldAction: null,
  lastError: null,
  failures: 0,
});
const run = (u: SourceUserRecord, s: ObjectState | null, input = assigned) =>
  predict("user", mapping.user, scopeUser(u, input), s, userAttributes(u));

describe("predict: what the next cycle does with a person", () => {
  it("creates an assigned person who is not there yet, but not when their account is disabled in the source", () => {
    expect(run(user(), null)).toMatchObject({ action: "Create", reason: "Create" });
    expect(run(user({ accountEnabled: false }), null)).toMatchObject({ action: "None", reason: "DisabledInSource" });
  });

  it("does nothing for a person who is not assigned and was never provisioned; disables one who was", () => {
    const outside = { ...assigned, assignments: { users: new Set<string>(), groups: new Set<string>() } };
    expect(run(user(), null, outside)).toMatchObject({ action: "None", reason: "OutOfScopeNeverProvisioned" });
    expect(run(user(), state(user()), outside)).toMatchObject({ action: "Disable" });
    expect(run(user(), state(user(), "disabled"), outside)).toMatchObject({
      action: "None",
      reason: "OutOfScopeAlreadyOff",
    });
  });

  it("updates only what differs from what was exported, with the attribute named as people know it", () => {
    const before = user();
    const p = run(user({ department: "Marketing" }), state(before));
    expect(p).toMatchObject({
      action: "Update",
      changes: [{ path: `${ENTERPRISE_USER}:department`, label: "department", from: "Sales", to: "Marketing" }],
    });
    expect(run(before, state(before))).toMatchObject({ action: "None", reason: "UpToDate" });
  });

  it("disables a provisioned person whose account was disabled in the source, and re-enables one enabled again", () => {
    const u = user();
    expect(run(user({ accountEnabled: false }), state(u))).toMatchObject({ action: "Disable", reason: "Disable" });
    const off = state(user({ accountEnabled: false }), "disabled");
    expect(run(u, off)).toMatchObject({
      action: "Update",
      changes: [expect.objectContaining({ path: "active", to: "True" })],
    });
  });

  it("deletes a person deleted from the source", () => {
    expect(run(user({ deletedAt: new Date("2026-12-01T00:00:00Z") }), state(user()))).toMatchObject({
      action: "Delete",
    });
  });
});
