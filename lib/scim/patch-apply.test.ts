import { describe, expect, it } from "vitest";
import { ENT, PATCHES, PATCH_OP, STORED_USER } from "@/tests/fixtures/entra-payloads";
import { patchResource } from "./patch-apply";
import { scimErrorOf } from "@/tests/fixtures/scim-error-of";

const body = (...Operations: unknown[]) => ({ schemas: [PATCH_OP], Operations });
const patchUser = (patch: unknown, user: Record<string, unknown> = STORED_USER) => patchResource("User", user, patch);
const WORK = STORED_USER.emails[0];

describe("applyPatch on users: Entra catalogue", () => {
  it("E6: replaces the work email value and the family name", () => {
    const { resource, changed } = patchUser(PATCHES.E6);
    expect(changed).toBe(true);
    expect(resource.emails).toEqual([{ value: "updatedEmail@microsoft.com", type: "work", primary: true }]);
    expect(resource.name).toEqual({
      formatted: "givenName familyName",
      familyName: "updatedFamilyName",
      givenName: "givenName",
    });
    expect(resource.id).toBe(STORED_USER.id);
  });

  it("E6 without a work email yet: creates it, primary because it is the first", () => {
    const { emails: _e, ...noEmails } = STORED_USER;
    expect(patchUser(PATCHES.E6, noEmails).resource.emails).toEqual([
      { type: "work", value: "updatedEmail@microsoft.com", primary: true },
    ]);
  });

  it("E6 with only a home email: appends a non-primary work email", () => {
    const user = { ...STORED_USER, emails: [{ value: "h@x.com", type: "home", primary: true }] };
    expect(patchUser(PATCHES.E6, user).resource.emails).toEqual([
      { value: "h@x.com", type: "home", primary: true },
      { type: "work", value: "updatedEmail@microsoft.com" },
    ]);
  });

  it("E7: replaces userName", () => {
    expect(patchUser(PATCHES.E7).resource.userName).toBe("5b50642d-79fc-4410-9e90-4c077cdd1a59@testuser.com");
  });

  it.each([
    ["legacy", PATCHES.E8_LEGACY],
    ["flagged", PATCHES.E8_FLAGGED],
    ["tutorial", PATCHES.E8_TUTORIAL],
  ])("E8 %s: disables the user with a real boolean", (_name, patch) => {
    expect(patchUser(patch).resource.active).toBe(false);
  });

  it.each([
    ["legacy", PATCHES.E9_LEGACY],
    ["flagged", PATCHES.E9_FLAGGED],
  ])("E9 %s: add on a single-valued attribute sets it, and again replaces it", (_name, patch) => {
    const once = patchUser(patch).resource;
    expect(once.nickName).toBe("Babs");
    const twice = patchUser(body({ op: "Add", path: "nickName", value: "Barbara" }), once).resource;
    expect(twice.nickName).toBe("Barbara");
  });

  it("E9 enterprise capture: email, new work address, department; schemas lists the extension", () => {
    const { resource } = patchUser(PATCHES.E9_ENTERPRISE);
    expect(resource.emails).toEqual([{ ...WORK, value: "AdeleV2@REDACTED.onmicrosoft.com" }]);
    expect(resource.addresses).toEqual([{ type: "work", formatted: "18/2111", primary: true }]);
    expect(resource[ENT]).toEqual({ department: "Retail" });
    expect(resource.schemas).toEqual(["urn:ietf:params:scim:schemas:core:2.0:User", ENT]);
  });

  it.each([
    [
      "legacy",
      PATCHES.E10_LEGACY,
      { displayName: "Pvlo", email: "TestBcwqnm@test.microsoft.com", given: "Gtfd", family: "Pkqf", emp: "Eqpj" },
    ],
    [
      "flagged",
      PATCHES.E10_FLAGGED,
      { displayName: "Bjfe", email: "TestMhvaes@test.microsoft.com", given: "Kkom", family: "Unua", emp: "Aklq" },
    ],
  ])("E10 %s: several attributes at once, no literal dotted keys", (_name, patch, want) => {
    const { resource } = patchUser(patch);
    expect(resource.displayName).toBe(want.displayName);
    expect(resource.emails).toEqual([{ ...WORK, value: want.email }]);
    expect(resource.name).toMatchObject({ givenName: want.given, familyName: want.family });
    expect(resource[ENT]).toEqual({ employeeNumber: want.emp });
    expect(Object.keys(resource).filter((k) => k.includes(".") && !k.startsWith("urn:"))).toEqual([]);
  });

  it("E11: validator replace creates primary phone/address and fills everything", () => {
    const { resource } = patchUser(PATCHES.E11);
    expect(resource.emails).toEqual([{ ...WORK, value: "dandre_kling@wintheiser.info" }]);
    expect(resource.phoneNumbers).toEqual([{ primary: true, value: "72-634-1548" }]);
    expect(resource.addresses).toEqual([{ primary: true, country: "Taiwan" }]);
    expect(resource.name).toEqual({ formatted: "Dell", familyName: "Gay", givenName: "Kyler" });
    expect(resource).toMatchObject({
      externalId: "7faaefb0-0774-4d8e-8f6d-863c361bc72c",
      displayName: "DPRLIJSFQMTL",
      title: "NBZCOAXVYJUY",
      active: true,
    });
    expect(resource[ENT]).toEqual({
      employeeNumber: "PDFWRRZBQOHB",
      costCenter: "HACMZWSEDOTQ",
      organization: "LXVHJUOLNCLS",
      division: "JASVTPKPBPMG",
      department: "GMSBFLMNPABY",
    });
  });

  it("E11: empty Operations leaves the user unchanged", () => {
    const result = patchUser(PATCHES.E11_EMPTY);
    expect(result.changed).toBe(false);
    expect(result.resource).toEqual(STORED_USER);
    expect(result.members).toBeUndefined();
  });

  it("E12: manager is stored in the enterprise extension", () => {
    expect(patchUser(PATCHES.E12).resource[ENT]).toEqual({
      manager: {
        $ref: "http://.../scim/Users/00aa00aa-bb11-cc22-dd33-44ee44ee44ee",
        value: "00aa00aa-bb11-cc22-dd33-44ee44ee44ee",
      },
    });
  });

  it("does not mutate its input", () => {
    const input = structuredClone(STORED_USER);
    patchUser(PATCHES.E11, input);
    expect(input).toEqual(STORED_USER);
  });
});

describe("applyPatch on users: generic paths", () => {
  const user = {
    ...STORED_USER,
    emails: [
      { value: "w@x.com", type: "work", primary: true },
      { value: "h@x.com", type: "home" },
    ],
    [ENT]: { department: "Sales" },
  };
  const schemas = ["urn:ietf:params:scim:schemas:core:2.0:User", ENT];

  it.each([
    ["remove a filtered element", { op: "remove", path: 'emails[type eq "home"]' }, { emails: [user.emails[0]] }],
    ["remove nothing matched is a no-op", { op: "remove", path: 'emails[type eq "other"]' }, { emails: user.emails }],
    [
      "remove a sub-attribute of matched elements",
      { op: "remove", path: 'emails[type eq "home"].type' },
      { emails: [user.emails[0], { value: "h@x.com" }] },
    ],
    [
      "remove with a value list removes only those (any case)",
      { op: "remove", path: "emails", value: [{ value: "H@X.COM" }] },
      { emails: [user.emails[0]] },
    ],
    ["remove without a value removes the attribute", { op: "remove", path: "emails" }, { emails: undefined }],
    [
      "add appends a new email",
      { op: "add", path: "emails", value: [{ value: "o@x.com", type: "other" }] },
      { emails: [...user.emails, { value: "o@x.com", type: "other" }] },
    ],
    [
      "add of an existing email merges",
      { op: "add", path: "emails", value: [{ value: "W@X.com", type: "work", display: "W" }] },
      { emails: [{ value: "W@X.com", type: "work", primary: true, display: "W" }, user.emails[1]] },
    ],
    [
      "a new primary clears the old one",
      { op: "add", path: "emails", value: { value: "n@x.com", primary: true } },
      { emails: [{ ...user.emails[0], primary: false }, user.emails[1], { value: "n@x.com", primary: true }] },
    ],
    [
      "replace the primary via filter",
      { op: "replace", path: 'emails[type eq "home"].primary', value: "True" },
      {
        emails: [
          { ...user.emails[0], primary: false },
          { ...user.emails[1], primary: true },
        ],
      },
    ],
    [
      "replace a multi-valued attribute wholesale",
      { op: "replace", path: "emails", value: [{ value: "only@x.com" }] },
      { emails: [{ value: "only@x.com" }] },
    ],
    [
      "replace a filtered element with an object merges",
      { op: "replace", path: 'emails[value eq "h@x.com"]', value: { display: "Home" } },
      { emails: [user.emails[0], { ...user.emails[1], display: "Home" }] },
    ],
    [
      "emails.type without a filter sets all elements",
      { op: "replace", path: "emails.type", value: "other" },
      {
        emails: [
          { ...user.emails[0], type: "other" },
          { ...user.emails[1], type: "other" },
        ],
      },
    ],
    [
      "replace name merges sub-attributes",
      { op: "replace", path: "name", value: { givenName: "G" } },
      { name: { ...STORED_USER.name, givenName: "G" } },
    ],
    [
      "remove a sub-attribute",
      { op: "remove", path: "name.formatted" },
      { name: { familyName: "familyName", givenName: "givenName" } },
    ],
    [
      "remove an extension attribute drops the empty extension",
      { op: "remove", path: `${ENT}:department` },
      { [ENT]: undefined, schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"] },
    ],
    ["remove the whole extension", { op: "remove", path: ENT }, { [ENT]: undefined }],
    ["remove a title that is not there", { op: "remove", path: "title" }, { title: undefined }],
    ["read-only id is ignored", { op: "replace", path: "id", value: "hijack" }, { id: STORED_USER.id }],
    [
      "unknown attribute is ignored",
      { op: "add", path: "favouriteColour", value: "blue" },
      { favouriteColour: undefined },
    ],
  ])("%s", (_name, op, expected) => {
    const result = patchUser(body(op), { ...user, schemas });
    for (const [key, value] of Object.entries(expected)) expect(result.resource[key]).toEqual(value);
  });

  it("an element keyed in another case is rewritten to the canonical name", () => {
    const { resource } = patchUser(body({ op: "replace", path: "nickname", value: "N" }), {
      ...STORED_USER,
      NickName: "old",
    });
    expect(resource.nickName).toBe("N");
    expect(resource).not.toHaveProperty("NickName");
  });

  it("changed is false when a replace writes the same value", () => {
    expect(patchUser(body({ op: "replace", path: "active", value: "True" })).changed).toBe(false);
  });
});

describe("applyPatch errors", () => {
  it.each([
    [
      "removing userName",
      body({ op: "remove", path: "userName" }),
      "invalidValue",
      'Attribute "userName" is required and must be a non-empty string',
    ],
    [
      "emptying userName",
      body({ op: "replace", path: "userName", value: "" }),
      "invalidValue",
      'Attribute "userName" is required and must be a non-empty string',
    ],
    [
      "filtered replace that cannot create",
      body({ op: "replace", path: 'emails[type ne "work"].value', value: "x" }),
      "noTarget",
      'No emails value matches "emails[type ne "work"].value"',
    ],
    [
      "an email left without value",
      body({ op: "add", path: 'emails[type eq "home"].display', value: "H" }),
      "invalidValue",
      'Attribute "emails[1].value" is required and must be a non-empty string',
    ],
  ])("%s", (_name, patch, scimType, detail) => {
    const error = scimErrorOf(() => patchUser(patch));
    expect(error.status).toBe(400);
    expect(error.scimType).toBe(scimType);
    expect(error.detail).toBe(detail);
  });
});
