import { describe, expect, it } from "vitest";
import type { ObjectState, ScopeResult } from "@/lib/provisioning/engine/types";
import { defaultMappings } from "@/lib/mapping/default-mappings";
import { classify } from "./preview";

const inScope: ScopeResult = { inScope: true, code: "InScope", detail: "in scope" };
const filtered: ScopeResult = { inScope: false, code: "ScopingFilter", detail: "No scoping filter matched." };
const source = {
  userPrincipalName: "a@contoso.com",
  objectId: "o1",
  accountEnabled: true,
  givenName: "Ann",
  surname: "Lee",
};
const exported = {
  userName: "a@contoso.com",
  externalId: "o1",
  active: true,
  "name.givenName": "Ann",
  "name.familyName": "Lee",
};
const state = (extra: Partial<ObjectState> = {}): ObjectState => ({
  kind: "user",
  sourceId: "u1",
  targetId: "t1",
  lifecycle: "active",
  exported,
  members: null,
  needsSync: false,
  heldAction: null,
  lastError: null,
  failures: 0,
  ...extra,
});

describe("preview classification", () => {
  const user = defaultMappings().user;
  const noCreate = { ...user, actions: { ...user.actions, create: false } };
  const bad = {
    ...user,
    attributes: [
      ...user.attributes,
      {
        type: "Expression" as const,
        expression: "Nope()",
        target: "title",
        targetType: "String" as const,
        matching: false,
        apply: "Always" as const,
      },
    ],
  };
  const cases: [string, Parameters<typeof classify>, string, RegExp | string][] = [
    [
      "never provisioned, in scope → create",
      ["user", user, inScope, null, source],
      "create",
      /userName="a@contoso.com"/,
    ],
    ["provisioned, values equal → unchanged", ["user", user, inScope, state(), source], "unchanged", ""],
    [
      "provisioned, a value differs → update",
      ["user", user, inScope, state(), { ...source, givenName: "Anna" }],
      "update",
      'name.givenName: "Ann" → "Anna"',
    ],
    [
      "disabled in the target, back in scope → update",
      ["user", user, inScope, state({ lifecycle: "disabled" }), source],
      "update",
      "re-enabled",
    ],
    [
      "provisioned, now out of scope → disable",
      ["user", user, filtered, state(), source],
      "disable",
      "No scoping filter matched.",
    ],
    [
      "group out of scope → delete",
      ["group", defaultMappings().group, filtered, state({ kind: "group" }), { displayName: "G" }],
      "delete",
      /scoping/,
    ],
    ["never provisioned, out of scope → unchanged", ["user", user, filtered, null, source], "unchanged", /scoping/],
    ["create not allowed", ["user", noCreate, inScope, null, source], "unchanged", "Create is not allowed."],
    ["expression error", ["user", bad, inScope, null, source], "errors", /title: Unknown function/],
  ];
  it.each(cases)("%s", (_name, args, action, detail) => {
    const result = classify(...args);
    expect(result.action).toBe(action);
    if (typeof detail === "string") expect(result.detail).toContain(detail);
    else expect(result.detail).toMatch(detail);
  });
});
