import { describe, expect, it } from "vitest";
import { parseFilter } from "@/lib/scim/filter-parser";
import { pinsFewRows, pinsOneRow } from "./pins-few-rows";

describe("pinsFewRows and pinsOneRow", () => {
  // One row at most only on a column unique in the organization: several users may share an externalId or a
  // displayName, and those must come back in order.
  it.each([
    ["User", 'userName eq "a@b.example"', true, true],
    ["User", 'externalId eq "x"', true, false],
    ["User", 'id eq "x"', true, true],
    ["User", 'displayName eq "Ann"', true, false],
    ["Group", 'displayName eq "Sales"', true, true],
    ["Group", 'id eq "x"', true, true],
    ["Group", 'externalId eq "x"', true, false],
    ["User", 'userName eq "a" and active eq true', true, true],
    ["User", 'externalId eq "x" and title co "y"', true, false],
    ["User", 'title eq "x" and (userName eq "a" or active eq true)', false, false],
    ["User", 'externalId eq "x" or userName eq "y"', false, false],
    ["User", 'userName eq "a" or userName eq "b"', false, false],
    ["User", 'not (externalId eq "x")', false, false],
    ["User", 'externalId ne "x"', false, false],
    ["User", "externalId eq null", false, false],
    ["User", 'externalId sw "x"', false, false],
    ["User", 'userName sw "a"', false, false],
    ["User", 'name.familyName eq "Smith"', false, false],
    ["User", 'emails.value eq "a@b.example"', false, false],
  ] as const)("%s %s → few rows %s, one row %s", (resourceType, filter, few, one) => {
    expect(pinsFewRows(resourceType, parseFilter(filter))).toBe(few);
    expect(pinsOneRow(resourceType, parseFilter(filter))).toBe(one);
  });

  it("no filter pins nothing", () => {
    expect(pinsFewRows("User", undefined)).toBe(false);
    expect(pinsOneRow("User", undefined)).toBe(false);
  });
});
