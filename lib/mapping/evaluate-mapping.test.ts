import { describe, expect, it } from "vitest";
import { defaultMappings, ENTERPRISE_USER } from "./default-mappings";
import {
  evaluateMapping,
  evaluateMappingForTarget,
  isUniqueValueMapping,
  mapsMembers,
  matchingAttributes,
} from "./evaluate-mapping";
import type { TObjectMapping } from "./types";

const alice = {
  objectId: "b6f5f3a2-3f1d-4a3e-9d2a-1c0b5e6f7a8b",
  userPrincipalName: "alice@contoso.com",
  givenName: "Alice",
  surname: "Smith",
  department: "Sales",
  employeeId: "10042",
  costCenter: "CC-200",
  division: "EMEA",
  accountEnabled: true,
  mail: null,
};

describe("evaluateMapping with the default LogMeIn user mapping", () => {
  it("produces the E4c create payload's attributes", () => {
    const { values, errors } = evaluateMapping(defaultMappings().user, alice, { forCreate: true });
    expect(errors).toEqual([]);
    expect(values).toEqual({
      userName: "alice@contoso.com",
      externalId: alice.objectId,
      active: true,
      "name.givenName": "Alice",
      "name.familyName": "Smith",
      [`${ENTERPRISE_USER}:department`]: "Sales",
      [`${ENTERPRISE_USER}:employeeNumber`]: "10042",
      [`${ENTERPRISE_USER}:costCenter`]: "CC-200",
      [`${ENTERPRISE_USER}:division`]: "EMEA",
    });
  });

  it("skips empty sources instead of sending null, and coerces booleans", () => {
    const { values } = evaluateMapping(
      defaultMappings().user,
      { ...alice, department: "", division: null, accountEnabled: false },
      { forCreate: false },
    );
    expect(values).not.toHaveProperty(`${ENTERPRISE_USER}:department`);
    expect(values).not.toHaveProperty(`${ENTERPRISE_USER}:division`);
    expect(values.active).toBe(false);
  });

  it("applies defaults, constants, create-only mappings and expressions", () => {
    const mapping: TObjectMapping = {
      enabled: true,
      actions: { create: true, update: true, delete: true },
      scopingFilters: [],
      attributes: [
        {
          type: "Direct",
          source: "jobTitle",
          target: "title",
          targetType: "String",
          matching: false,
          apply: "Always",
          defaultValue: "Staff",
        },
        {
          type: "Constant",
          constant: "en-US",
          target: "preferredLanguage",
          targetType: "String",
          matching: false,
          apply: "OnCreate",
        },
        {
          type: "Expression",
          expression: "ToLower([mail])",
          target: "nickName",
          targetType: "String",
          matching: false,
          apply: "Always",
        },
        { type: "None", target: "locale", targetType: "String", matching: false, apply: "Always" },
      ],
    };
    expect(evaluateMapping(mapping, {}, { forCreate: true }).values).toEqual({
      title: "Staff",
      preferredLanguage: "en-US",
    });
    const update = evaluateMapping(mapping, { jobTitle: "Engineer", mail: "Alice@Contoso.com" }, { forCreate: false });
    expect(update.values).toEqual({ title: "Engineer", nickName: "alice@contoso.com" });
    expect(update.errors).toEqual([]);
  });

  const expr = (expression: string, extra: Partial<TObjectMapping["attributes"][number]> = {}): TObjectMapping => ({
    enabled: true,
    actions: { create: true, update: true, delete: true },
    scopingFilters: [],
    attributes: [
      { type: "Expression", expression, target: "x", targetType: "String", matching: false, apply: "Always", ...extra },
    ],
  });
  it.each([
    ['Join(", ", [surname], [givenName])', { surname: "Doe", givenName: "Jane" }, { x: "Doe, Jane" }],
    ['Switch([IsSoftDeleted], , "False", "True", "True", "False")', { IsSoftDeleted: false }, { x: "True" }],
    ["IgnoreFlowIfNullOrEmpty([mail])", { mail: null }, {}],
    ["[mail]", { mail: null }, {}],
  ])("evaluates %s", (expression, source, expected) => {
    expect(evaluateMapping(expr(expression), source, { forCreate: true })).toEqual({
      values: expected,
      errors: [],
      notes: [],
      exhausted: [],
    });
  });

  it("uses the default value when an expression yields null, and converts to Boolean targets", () => {
    expect(evaluateMapping(expr("[mail]", { defaultValue: "none" }), {}, { forCreate: true }).values).toEqual({
      x: "none",
    });
    expect(
      evaluateMapping(
        expr("Not([accountEnabled])", { targetType: "Boolean" }),
        { accountEnabled: false },
        { forCreate: true },
      ).values,
    ).toEqual({ x: true });
  });

  it("reports parse and evaluation errors per attribute", () => {
    const { values, errors } = evaluateMapping(expr("ToLower([mail]"), { mail: "a" }, { forCreate: true });
    expect(values).toEqual({});
    expect(errors[0]).toMatch(/^x: /);
    expect(evaluateMapping(expr("Nope([mail])"), {}, { forCreate: true }).errors[0]).toMatch(/Unknown function/);
  });
});

describe("SelectUniqueValue in a mapping", () => {
  const upn =
    'SelectUniqueValue(Join("@", Join(".", [givenName], [surname]), "contoso.com"), Join("@", Join(".", Mid([givenName], 1, 1), [surname]), "contoso.com"), Join("@", Join(".", Mid([givenName], 1, 2), [surname]), "contoso.com"))';
  const mapping: TObjectMapping = {
    enabled: true,
    actions: { create: true, update: true, delete: true },
    scopingFilters: [],
    attributes: [
      {
        type: "Direct",
        source: "objectId",
        target: "externalId",
        targetType: "String",
        matching: true,
        matchingPrecedence: 1,
        apply: "Always",
      },
      {
        type: "Expression",
        expression: upn,
        target: "userName",
        targetType: "String",
        matching: false,
        apply: "Always",
      },
    ],
  };
  const source = { objectId: "o-1", givenName: "John", surname: "Smith" };
  /** A checker over a set of taken values that records what it was asked. */
  const target = (taken: string[]) => {
    const asked: [string, string][] = [];
    return {
      asked,
      isUnique: async (attribute: string, value: string) => (asked.push([attribute, value]), !taken.includes(value)),
    };
  };

  it("recognises SelectUniqueValue mappings only at the top of an expression", () => {
    expect(mapping.attributes.map(isUniqueValueMapping)).toEqual([false, true]);
    expect(isUniqueValueMapping({ ...mapping.attributes[1]!, expression: "ToLower(SelectUniqueValue([a]))" })).toBe(
      false,
    );
  });

  it("asks the target for each candidate on create and takes the first free one", async () => {
    const t = target(["John.Smith@contoso.com"]);
    const out = await evaluateMappingForTarget(mapping, source, { forCreate: true, isUnique: t.isUnique });
    expect(out.values).toEqual({ externalId: "o-1", userName: "J.Smith@contoso.com" });
    expect(t.asked).toEqual([
      ["userName", "John.Smith@contoso.com"],
      ["userName", "J.Smith@contoso.com"],
    ]);
    expect(out.notes).toEqual([
      'userName: "John.Smith@contoso.com" is taken in the target, chose "J.Smith@contoso.com"',
    ]);
  });

  it("fails the attribute when every candidate is taken", async () => {
    const t = target(["John.Smith@contoso.com", "J.Smith@contoso.com", "Jo.Smith@contoso.com"]);
    const out = await evaluateMappingForTarget(mapping, source, { forCreate: true, isUnique: t.isUnique });
    expect(out.values).toEqual({ externalId: "o-1" });
    expect(out.exhausted).toEqual(["userName"]);
    expect(out.errors[0]).toMatch(
      /^userName: .*every generated value already exists in the target \("John.Smith@contoso.com", "J.Smith@contoso.com", "Jo.Smith@contoso.com"\)/,
    );
  });

  it("is not evaluated on update: the target keeps its value and is not asked", async () => {
    const t = target([]);
    const out = await evaluateMappingForTarget(mapping, source, { forCreate: false, isUnique: t.isUnique });
    expect(out.values).toEqual({ externalId: "o-1" });
    expect(t.asked).toEqual([]);
    expect(evaluateMapping(mapping, source, { forCreate: false }).values).toEqual({ externalId: "o-1" });
  });

  it("previews (no checker) take the first candidate", () => {
    expect(evaluateMapping(mapping, source, { forCreate: true }).values.userName).toBe("John.Smith@contoso.com");
  });

  it("passes a failing target check through instead of reporting a mapping error", async () => {
    const failure = new Error("GET /Users answered 500");
    await expect(
      evaluateMappingForTarget(mapping, source, { forCreate: true, isUnique: async () => Promise.reject(failure) }),
    ).rejects.toBe(failure);
  });
});

describe("matchingAttributes", () => {
  it("lists the matching attributes in precedence order, skipping those without a value", () => {
    const user = defaultMappings().user;
    user.attributes.reverse();
    expect(matchingAttributes(user, alice)).toEqual([
      { target: "userName", value: "alice@contoso.com" },
      { target: "externalId", value: alice.objectId },
    ]);
    expect(matchingAttributes(user, { ...alice, userPrincipalName: "" })).toEqual([
      { target: "externalId", value: alice.objectId },
    ]);
  });

  it("knows the group mapping syncs members", () => {
    expect(mapsMembers(defaultMappings().group)).toBe(true);
    expect(mapsMembers(defaultMappings().user)).toBe(false);
  });
});
