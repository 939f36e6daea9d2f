import { describe, expect, it } from "vitest";
import { ENT } from "@/tests/fixtures/entra-payloads";
import { scimErrorOf } from "@/tests/fixtures/scim-error-of";
import { sortToOrderBy } from "./sort-to-order-by";

describe("sortToOrderBy", () => {
  it.each([
    ["no sortBy: creation order", "User", undefined, "ascending", [{ createdAt: "asc" }, { id: "asc" }]],
    ["userName sorts case-insensitively", "User", "userName", "ascending", [{ userNameLower: "asc" }, { id: "asc" }]],
    ["descending", "User", "USERNAME", "descending", [{ userNameLower: "desc" }, { id: "desc" }]],
    ["sub-attribute", "User", "name.familyName", "ascending", [{ familyName: "asc" }, { id: "asc" }]],
    ["meta.lastModified", "User", "meta.lastModified", "descending", [{ updatedAt: "desc" }, { id: "desc" }]],
    ["enterprise by URN", "User", `${ENT}:department`, "ascending", [{ department: "asc" }, { id: "asc" }]],
    ["id alone", "Group", "id", "descending", [{ id: "desc" }]],
    ["group displayName", "Group", "displayName", "ascending", [{ displayNameLower: "asc" }, { id: "asc" }]],
    ["multi-valued: default order", "User", "emails.value", "ascending", [{ createdAt: "asc" }, { id: "asc" }]],
    ["unindexed: default order", "User", "addresses.country", "ascending", [{ createdAt: "asc" }, { id: "asc" }]],
  ] as const)("%s", (_name, type, sortBy, order, expected) => {
    expect(sortToOrderBy(type, sortBy, order)).toEqual(expected);
  });

  it.each(["nope", "emails[type", "members"])("unknown sortBy %j on User is 400 invalidValue", (sortBy) => {
    const error = scimErrorOf(() => sortToOrderBy("User", sortBy));
    expect(error.scimType).toBe("invalidValue");
    expect(error.detail).toContain(sortBy);
  });
});
