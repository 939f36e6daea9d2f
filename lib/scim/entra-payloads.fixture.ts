// Wire payloads from docs/entra-scim.md (catalogue entries E1–E21), shared by the lib/scim unit tests.
// Test data only: nothing in the SCIM core imports this file.

export const ENT = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
export const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

/** Filters Entra (and Microsoft docs) send on GET /Users and /Groups. */
export const FILTERS = {
  E1: 'userName eq "7b3e1c1a-0f7c-4d9a-9d0e-2c1f5a1b9e42"',
  E1_WIRE: 'userName+eq+"dale.mohr%40romaguera.uk"',
  E3: 'userName eq "Test_User_00aa00aa-bb11-cc22-dd33-44ee44ee44ee"',
  E3_NONE: 'userName eq "non-existent user"',
  E3_EMAIL: 'emails[type eq "work"].value eq "user@contoso.com"',
  E3B_UNQUOTED: "externalId eq jyoung",
  E3B_MANAGER: "id eq 54D382A4-2050-4C03-94D1-E769F1D15682 and manager eq 2819c223-7f76-453a-919d-413861904646",
  E16: 'displayName eq "displayName"',
} as const;

/** E4: Microsoft's create-user example. */
export const E4_CREATE_USER = {
  schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", ENT],
  externalId: "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef",
  userName: "Test_User_00aa00aa-bb11-cc22-dd33-44ee44ee44ee",
  active: true,
  emails: [{ primary: true, type: "work", value: "Test_User_11bb11bb-cc22-dd33-ee44-55ff55ff55ff@testuser.com" }],
  meta: { resourceType: "User" },
  name: { formatted: "givenName familyName", familyName: "familyName", givenName: "givenName" },
  roles: [],
};

/** E4b: older example with nulls, a typo'd schema URN and top-level department/manager. */
export const E4B_CREATE_USER = {
  schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0User"],
  externalId: "jyoung",
  userName: "jyoung@testuser.com",
  active: true,
  addresses: null,
  displayName: "Joy Young",
  emails: [{ type: "work", value: "jyoung@Contoso.com", primary: true }],
  meta: { resourceType: "User" },
  name: { familyName: "Young", givenName: "Joy" },
  phoneNumbers: null,
  preferredLanguage: null,
  title: null,
  department: null,
  manager: null,
};

/** E4c: the LogMeIn gallery mapping. */
export const E4C_CREATE_USER = {
  schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", ENT],
  externalId: "b6f5f3a2-3f1d-4a3e-9d2a-1c0b5e6f7a8b",
  userName: "alice@contoso.com",
  active: true,
  meta: { resourceType: "User" },
  name: { givenName: "Alice", familyName: "Smith" },
  [ENT]: { department: "Sales", employeeNumber: "10042", costCenter: "CC-200", division: "EMEA" },
};

/** E14: create group with the Microsoft ADSCIM schema URN. */
export const E14_CREATE_GROUP = {
  schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group", "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"],
  externalId: "8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159",
  displayName: "displayName",
  meta: { resourceType: "Group" },
};

/** The user as served before the PATCH examples (shape of the E4 response). */
export const STORED_USER = {
  schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
  id: "6764549bef60420686bc",
  externalId: "6c75de36-30fa-4d2d-a196-6bdcdb6b6539",
  meta: { resourceType: "User", created: "2018-03-27T19:59:26.000Z", lastModified: "2018-03-27T19:59:26.000Z" },
  userName: "Test_User_00aa00aa-bb11-cc22-dd33-44ee44ee44ee",
  name: { formatted: "givenName familyName", familyName: "familyName", givenName: "givenName" },
  active: true,
  emails: [{ value: "Test_User_11bb11bb-cc22-dd33-ee44-55ff55ff55ff@testuser.com", type: "work", primary: true }],
};

export const STORED_GROUP = {
  schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"],
  id: "a99962b9f99d4c4fac67",
  externalId: "60f1bb27-2e1e-402d-bcc4-ec999564a194",
  meta: { resourceType: "Group", created: "2018-03-27T19:59:26.000Z", lastModified: "2018-03-27T19:59:26.000Z" },
  displayName: "displayName",
};

const patch = (Operations: unknown[]) => ({ schemas: [PATCH_OP], Operations });

export const PATCHES = {
  E6: patch([
    { op: "Replace", path: 'emails[type eq "work"].value', value: "updatedEmail@microsoft.com" },
    { op: "Replace", path: "name.familyName", value: "updatedFamilyName" },
  ]),
  E7: patch([{ op: "Replace", path: "userName", value: "5b50642d-79fc-4410-9e90-4c077cdd1a59@testuser.com" }]),
  E8_LEGACY: patch([{ op: "Replace", path: "active", value: "False" }]),
  E8_FLAGGED: patch([{ op: "replace", path: "active", value: false }]),
  E8_TUTORIAL: { Operations: [{ op: "Replace", path: "active", value: false }], schemas: [PATCH_OP] },
  E9_LEGACY: patch([{ op: "Add", path: "nickName", value: "Babs" }]),
  E9_FLAGGED: patch([{ op: "add", path: "nickName", value: "Babs" }]),
  E9_ENTERPRISE: patch([
    { op: "Replace", path: 'emails[type eq "work"].value', value: "AdeleV2@REDACTED.onmicrosoft.com" },
    { op: "Replace", path: 'addresses[type eq "work"].formatted', value: "18/2111" },
    { op: "Add", path: `${ENT}:department`, value: "Retail" },
  ]),
  E10_LEGACY: patch([
    { op: "Replace", path: "displayName", value: "Pvlo" },
    { op: "Replace", path: 'emails[type eq "work"].value', value: "TestBcwqnm@test.microsoft.com" },
    { op: "Replace", path: "name.givenName", value: "Gtfd" },
    { op: "Replace", path: "name.familyName", value: "Pkqf" },
    { op: "Replace", path: "externalId", value: "Eqpj" },
    { op: "Replace", path: `${ENT}:employeeNumber`, value: "Eqpj" },
  ]),
  E10_FLAGGED: patch([
    { op: "replace", path: 'emails[type eq "work"].value', value: "TestMhvaes@test.microsoft.com" },
    {
      op: "replace",
      value: { displayName: "Bjfe", "name.givenName": "Kkom", "name.familyName": "Unua", [`${ENT}:employeeNumber`]: "Aklq" },
    },
  ]),
  E11: patch([
    { op: "replace", path: "emails[primary eq true].value", value: "dandre_kling@wintheiser.info" },
    { op: "replace", path: "phoneNumbers[primary eq true].value", value: "72-634-1548" },
    { op: "replace", path: "addresses[primary eq true].country", value: "Taiwan" },
    {
      op: "replace",
      value: {
        externalId: "7faaefb0-0774-4d8e-8f6d-863c361bc72c",
        "name.formatted": "Dell",
        "name.familyName": "Gay",
        "name.givenName": "Kyler",
        displayName: "DPRLIJSFQMTL",
        title: "NBZCOAXVYJUY",
        active: true,
        [`${ENT}:employeeNumber`]: "PDFWRRZBQOHB",
        [`${ENT}:costCenter`]: "HACMZWSEDOTQ",
        [`${ENT}:organization`]: "LXVHJUOLNCLS",
        [`${ENT}:division`]: "JASVTPKPBPMG",
        [`${ENT}:department`]: "GMSBFLMNPABY",
      },
    },
  ]),
  E11_EMPTY: patch([]),
  E12: patch([
    {
      op: "Add",
      path: "manager",
      value: [{ $ref: "http://.../scim/Users/00aa00aa-bb11-cc22-dd33-44ee44ee44ee", value: "00aa00aa-bb11-cc22-dd33-44ee44ee44ee" }],
    },
  ]),
  E17: patch([{ op: "Replace", path: "displayName", value: "1879db59-3bdf-4490-ad68-ab880a269474updatedDisplayName" }]),
  E18: patch([{ op: "Add", path: "members", value: [{ $ref: null, value: "f648f8d5ea4e4cd38e9c" }] }]),
  E18_REAL: patch([{ op: "Add", path: "members", value: [{ value: "8" }] }]),
  E19_LEGACY_REF: patch([{ op: "Remove", path: "members", value: [{ $ref: null, value: "f648f8d5ea4e4cd38e9c" }] }]),
  E19_LEGACY: patch([{ op: "Remove", path: "members", value: [{ value: "u1091" }] }]),
  E19_FLAGGED: patch([{ op: "remove", path: 'members[value eq "7f4bc1a3-285e-48ae-8202-5accb43efb0e"]' }]),
  E19_ALL: patch([{ op: "remove", path: "members" }]),
};
