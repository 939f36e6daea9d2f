import { describe, expect, it } from "vitest";
import { ENT } from "@/tests/fixtures/entra-payloads";
import { scimErrorOf } from "@/tests/fixtures/scim-error-of";
import { sortToOrderBy } from "./sort-to-order-by";

const DEFAULT = '"OrgUser"."createdAt" ASC, "OrgUser"."id" ASC';
const u = (column: string, dir = "ASC") => `${column} ${dir}, "OrgUser"."id" ${dir}`;

describe("sortToOrderBy", () => {
  it.each([
    ["no sortBy: creation order", "User", undefined, "ascending", DEFAULT],
    ["userName sorts on its lowercased column", "User", "userName", "ascending", u('"OrgUser"."userNameLower"')],
    ["descending", "User", "USERNAME", "descending", u('"OrgUser"."userNameLower"', "DESC")],
    [
      "caseExact:false without a lowercased column",
      "User",
      "name.familyName",
      "ascending",
      u('lower("OrgUser"."familyName")'),
    ],
    ["meta.lastModified", "User", "meta.lastModified", "descending", u('"OrgUser"."updatedAt"', "DESC")],
    ["enterprise by URN", "User", `${ENT}:department`, "ascending", u('lower("OrgUser"."department")')],
    ["active (boolean)", "User", "active", "ascending", u('"OrgUser"."active"')],
    ["id alone, exact", "Group", "id", "descending", '"OrgGroup"."id" DESC'],
    [
      "group displayName",
      "Group",
      "displayName",
      "ascending",
      '"OrgGroup"."displayNameLower" ASC, "OrgGroup"."id" ASC',
    ],
    ["multi-valued: default order", "User", "emails.value", "ascending", DEFAULT],
    ["unindexed: default order", "User", "addresses.country", "ascending", DEFAULT],
  ] as const)("%s", (_name, type, sortBy, order, expected) => {
    expect(sortToOrderBy(type, sortBy, order)).toBe(expected);
  });

  it.each(["nope", "emails[type", "members"])("unknown sortBy %j on User is 400 invalidValue", (sortBy) => {
    const error = scimErrorOf(() => sortToOrderBy("User", sortBy));
    expect(error.scimType).toBe("invalidValue");
    expect(error.detail).toContain(sortBy);
  });
});

describe("sortToOrderBy with sortFound (a lookup's few rows are sorted, not walked in index order)", () => {
  it("writes every key as +key, which no index can order by", () => {
    expect(sortToOrderBy("User", undefined, "ascending", { sortFound: true })).toBe(
      '+"OrgUser"."createdAt" ASC, +"OrgUser"."id" ASC',
    );
    expect(sortToOrderBy("User", "name.familyName", "descending", { sortFound: true })).toBe(
      '+lower("OrgUser"."familyName") DESC, +"OrgUser"."id" DESC',
    );
  });
});
