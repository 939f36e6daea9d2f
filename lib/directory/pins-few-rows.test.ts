import { describe, expect, it } from "vitest";
import { parseFilter } from "@/lib/scim/filter-parser";
import { pinsFewRows } from "./pins-few-rows";

describe("pinsFewRows", () => {
  it.each([
    ["User", 'userName eq "a@b.example"', true],
    ["User", 'externalId eq "x"', true],
    ["User", 'id eq "x"', true],
    ["Group", 'displayName eq "Sales"', true],
    ["User", 'externalId eq "x" and title co "y"', true],
    ["User", 'title eq "x" and (userName eq "a" or active eq true)', false],
    ["User", 'externalId eq "x" or userName eq "y"', false],
    ["User", 'not (externalId eq "x")', false],
    ["User", 'externalId ne "x"', false],
    ["User", "externalId eq null", false],
    ["User", 'externalId sw "x"', false],
    ["User", 'name.familyName eq "Smith"', false],
    ["User", 'emails.value eq "a@b.example"', false],
  ] as const)("%s %s → %s", (resourceType, filter, expected) => {
    expect(pinsFewRows(resourceType, parseFilter(filter))).toBe(expected);
  });

  it("no filter pins nothing", () => {
    expect(pinsFewRows("User", undefined)).toBe(false);
  });
});
