import { describe, expect, it } from "vitest";
import { ENT, PATCHES, PATCH_OP } from "@/tests/fixtures/entra-payloads";
import { normalizePatchRequest } from "./patch-normalize";
import { scimErrorOf } from "@/tests/fixtures/scim-error-of";

const ops = (body: unknown, type: "User" | "Group" = "User") =>
  normalizePatchRequest(type, body).operations.map(({ op, path, value }) => ({
    op,
    path: path.urn
      ? `${path.urn}:${path.attr}${path.sub ? `.${path.sub}` : ""}`
      : path.sub
        ? `${path.attr}.${path.sub}`
        : path.attr,
    filtered: Boolean(path.filter),
    value,
  }));

const body = (...Operations: unknown[]) => ({ schemas: [PATCH_OP], Operations });

describe("normalizePatchRequest: both Entra dialects give the same canonical operations", () => {
  it.each([
    ['E8 legacy ("False", Replace)', PATCHES.E8_LEGACY],
    ["E8 flagged (false, replace)", PATCHES.E8_FLAGGED],
    ["E8 tutorial (Operations before schemas)", PATCHES.E8_TUTORIAL],
  ])("%s", (_name, patch) => {
    expect(ops(patch)).toEqual([{ op: "replace", path: "active", filtered: false, value: false }]);
  });

  it.each([
    ["E9 legacy", PATCHES.E9_LEGACY],
    ["E9 flagged", PATCHES.E9_FLAGGED],
  ])("%s", (_name, patch) => {
    expect(ops(patch)).toEqual([{ op: "add", path: "nickName", filtered: false, value: "Babs" }]);
  });

  it("E10 legacy: one op per attribute, extension by URN path", () => {
    expect(ops(PATCHES.E10_LEGACY)).toEqual([
      { op: "replace", path: "displayName", filtered: false, value: "Pvlo" },
      { op: "replace", path: "emails.value", filtered: true, value: "TestBcwqnm@test.microsoft.com" },
      { op: "replace", path: "name.givenName", filtered: false, value: "Gtfd" },
      { op: "replace", path: "name.familyName", filtered: false, value: "Pkqf" },
      { op: "replace", path: "externalId", filtered: false, value: "Eqpj" },
      { op: "replace", path: `${ENT}:employeeNumber`, filtered: false, value: "Eqpj" },
    ]);
  });

  it("E10 flagged: path-less value keys are paths (dotted and URN-prefixed), never literal keys", () => {
    expect(ops(PATCHES.E10_FLAGGED)).toEqual([
      { op: "replace", path: "emails.value", filtered: true, value: "TestMhvaes@test.microsoft.com" },
      { op: "replace", path: "displayName", filtered: false, value: "Bjfe" },
      { op: "replace", path: "name.givenName", filtered: false, value: "Kkom" },
      { op: "replace", path: "name.familyName", filtered: false, value: "Unua" },
      { op: "replace", path: `${ENT}:employeeNumber`, filtered: false, value: "Aklq" },
    ]);
  });

  it("E11: the validator's large replace, including enterprise organization", () => {
    const result = ops(PATCHES.E11);
    expect(result).toHaveLength(15);
    expect(result).toContainEqual({
      op: "replace",
      path: `${ENT}:organization`,
      filtered: false,
      value: "LXVHJUOLNCLS",
    });
    expect(result).toContainEqual({ op: "replace", path: "active", filtered: false, value: true });
    expect(result).toContainEqual({ op: "replace", path: "addresses.country", filtered: true, value: "Taiwan" });
  });

  it("E11: an empty Operations array is a no-op", () => {
    expect(normalizePatchRequest("User", PATCHES.E11_EMPTY)).toEqual({ operations: [], ignored: [] });
    expect(normalizePatchRequest("User", { schemas: [PATCH_OP] })).toEqual({ operations: [], ignored: [] });
  });

  it("E12: manager accepted (value array becomes the single complex value)", () => {
    expect(ops(PATCHES.E12)).toEqual([
      {
        op: "add",
        path: `${ENT}:manager`,
        filtered: false,
        value: {
          $ref: "http://.../scim/Users/00aa00aa-bb11-cc22-dd33-44ee44ee44ee",
          value: "00aa00aa-bb11-cc22-dd33-44ee44ee44ee",
        },
      },
    ]);
  });

  it("E18: members add keeps only member values ($ref null dropped)", () => {
    expect(ops(PATCHES.E18, "Group")).toEqual([
      { op: "add", path: "members", filtered: false, value: [{ value: "f648f8d5ea4e4cd38e9c" }] },
    ]);
  });

  it("E19 legacy remove keeps the value list", () => {
    expect(ops(PATCHES.E19_LEGACY_REF, "Group")).toEqual([
      { op: "remove", path: "members", filtered: false, value: [{ value: "f648f8d5ea4e4cd38e9c" }] },
    ]);
  });

  it("E19 flagged remove has a filter and no value", () => {
    expect(ops(PATCHES.E19_FLAGGED, "Group")).toEqual([
      { op: "remove", path: "members", filtered: true, value: undefined },
    ]);
  });
});

describe("normalizePatchRequest: rules of entra-scim.md §3", () => {
  it.each([
    [
      "op in any case",
      body({ op: "REPLACE", path: "title", value: "x" }),
      [{ op: "replace", path: "title", filtered: false, value: "x" }],
    ],
    [
      "field names in any case",
      body({ OP: "add", Path: "title", Value: "x" }),
      [{ op: "add", path: "title", filtered: false, value: "x" }],
    ],
    [
      "attribute names in any case are canonicalised",
      body({ op: "add", path: "NAME.GIVENNAME", value: "x" }),
      [{ op: "add", path: "name.givenName", filtered: false, value: "x" }],
    ],
    [
      'primary "True" coerced',
      body({ op: "add", path: 'emails[type eq "work"].primary', value: "True" }),
      [{ op: "add", path: "emails.primary", filtered: true, value: true }],
    ],
    [
      "bare enterprise name",
      body({ op: "add", path: "department", value: "Retail" }),
      [{ op: "add", path: `${ENT}:department`, filtered: false, value: "Retail" }],
    ],
    [
      "extension URN as path with an object value",
      body({ op: "replace", path: ENT, value: { department: "R", costCenter: "C" } }),
      [
        { op: "replace", path: `${ENT}:department`, filtered: false, value: "R" },
        { op: "replace", path: `${ENT}:costCenter`, filtered: false, value: "C" },
      ],
    ],
    [
      "extension URN as a path-less key",
      body({ op: "add", value: { [ENT]: { division: "EMEA" } } }),
      [{ op: "add", path: `${ENT}:division`, filtered: false, value: "EMEA" }],
    ],
    [
      "a complex value under a path-less key",
      body({ op: "add", value: { name: { givenName: "A" } } }),
      [{ op: "add", path: "name", filtered: false, value: { givenName: "A" } }],
    ],
  ])("%s", (_name, patch, expected) => {
    expect(ops(patch)).toEqual(expected);
  });

  it("read-only, unknown and null operations are ignored and reported", () => {
    const result = normalizePatchRequest(
      "User",
      body(
        { op: "replace", path: "id", value: "x" },
        { op: "replace", path: "meta.lastModified", value: "2020-01-01" },
        { op: "add", value: { schemas: ["x"], "urn:example:ext:User:foo": 1, "http://weird key": 2 } },
        { op: "replace", path: "favouriteColour", value: "blue" },
        { op: "replace", path: "title", value: null },
        { op: "replace", path: "groups", value: [{ value: "g" }] },
        { op: "replace", path: "nickName", value: "ok" },
      ),
    );
    expect(result.operations.map((o) => o.path.attr)).toEqual(["nickName"]);
    expect(result.ignored).toEqual([
      { op: "replace", path: "id", reason: "readOnly" },
      { op: "replace", path: "meta.lastModified", reason: "readOnly" },
      { op: "add", path: "schemas", reason: "readOnly" },
      { op: "add", path: "urn:example:ext:User:foo", reason: "unknownAttribute" },
      { op: "add", path: "http://weird key", reason: "unknownAttribute" },
      { op: "replace", path: "favouriteColour", reason: "unknownAttribute" },
      { op: "replace", path: "title", reason: "nullValue" },
      { op: "replace", path: "groups", reason: "readOnly" },
    ]);
  });

  it("remove of the whole extension becomes one remove per extension attribute", () => {
    expect(ops(body({ op: "remove", path: ENT })).map((o) => o.path)).toEqual([
      `${ENT}:employeeNumber`,
      `${ENT}:costCenter`,
      `${ENT}:organization`,
      `${ENT}:division`,
      `${ENT}:department`,
      `${ENT}:manager`,
    ]);
  });
});

describe("normalizePatchRequest: errors", () => {
  it.each([
    [
      "op move",
      body({ op: "move", path: "title", value: "x" }),
      "invalidSyntax",
      /unsupported op "move"; expected add, replace or remove/,
    ],
    ["op missing", body({ path: "title", value: "x" }), "invalidSyntax", /Operations\[0\]: unsupported op undefined/],
    ["Operations not an array", { Operations: { op: "add" } }, "invalidSyntax", /"Operations" must be an array/],
    ["operation not an object", body("replace"), "invalidSyntax", /Operations\[0\] must be an object/],
    ["body not an object", "nope", "invalidSyntax", /must be a JSON object/],
    ["path-less remove", body({ op: "remove" }), "noTarget", /remove requires a path/],
    ["path-less add with a string", body({ op: "add", value: "x" }), "invalidValue", /needs an object value/],
    [
      "unclosed filter in path",
      body({ op: "replace", path: 'emails[type eq "work"', value: "x" }),
      "invalidPath",
      /expected '\]'/,
    ],
    ["path not a string", body({ op: "replace", path: 5, value: "x" }), "invalidPath", /"path" must be a string/],
    [
      "filter on a single-valued attribute",
      body({ op: "replace", path: 'userName[value eq "x"]', value: "x" }),
      "invalidPath",
      /userName is not multi-valued/,
    ],
    [
      "unknown attribute in a value filter",
      body({ op: "replace", path: 'emails[kind eq "work"].value', value: "x" }),
      "invalidPath",
      /"kind" is not a sub-attribute of emails/,
    ],
    [
      "active not a boolean",
      body({ op: "replace", path: "active", value: "nope" }),
      "invalidValue",
      /"active" must be a boolean/,
    ],
    [
      "remove the core schema",
      body({ op: "remove", path: "urn:ietf:params:scim:schemas:core:2.0:User" }),
      "invalidPath",
      /core schema cannot be removed/,
    ],
  ])("%s", (_name, patch, scimType, detail) => {
    const error = scimErrorOf(() => normalizePatchRequest("User", patch));
    expect(error.status).toBe(400);
    expect(error.scimType).toBe(scimType);
    expect(error.detail).toMatch(detail);
  });
});
