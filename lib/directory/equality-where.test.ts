import { describe, expect, it } from "vitest";
import { parseFilter } from "@/lib/scim/filter-parser";
import { filterToWhere } from "./filter-to-where";
import { sortToOrderBy } from "./sort-to-order-by";
import { equalityQuery } from "./equality-where";

const COLUMNS = new Set(["id", "orgId", "userNameLower", "externalIdLower", "displayNameLower", "active", "createdAt"]);
const userQuery = (filter: string, sortBy?: string) =>
  equalityQuery(filterToWhere("User", "org-1", parseFilter(filter)), sortToOrderBy("User", sortBy, undefined), COLUMNS);

describe("equalityQuery", () => {
  it("turns the lookups Entra makes into column comparisons, in the default order", () => {
    expect(userQuery('userName eq "Ada@Contoso.com"')).toEqual({
      where: '"orgId" = ? AND "userNameLower" = ?',
      params: ["org-1", "ada@contoso.com"],
      orderBy: '"createdAt" ASC, "id" ASC',
    });
    expect(userQuery('externalId eq "E-1" and active eq true')?.params).toEqual(["org-1", "e-1", true]);
  });

  it("leaves everything else to Prisma", () => {
    for (const filter of [
      'userName sw "a"',
      'userName eq "a" or userName eq "b"',
      'not (userName eq "a")',
      'emails[type eq "work"].value eq "a@b.c"',
      "title pr",
    ]) {
      expect(userQuery(filter), filter).toBeNull();
    }
  });

  it("refuses columns it was not given, nulls and unknown orderings", () => {
    expect(equalityQuery({ orgId: "o", title: "x" }, [{ id: "asc" }], COLUMNS)).toBeNull();
    expect(equalityQuery({ orgId: "o", externalIdLower: null }, [{ id: "asc" }], COLUMNS)).toBeNull();
    expect(equalityQuery({ orgId: "o" }, [{ id: { sort: "asc", nulls: "last" } }], COLUMNS)).toBeNull();
    expect(equalityQuery({ orgId: "o" }, [{ 'id" --': "asc" }], COLUMNS)).toBeNull();
    expect(equalityQuery({ orgId: "o" }, [], COLUMNS)).toBeNull();
  });
});
