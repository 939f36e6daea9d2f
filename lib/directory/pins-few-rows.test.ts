import { describe, expect, it } from "vitest";
import { parseFilter } from "@/lib/scim/filter-parser";
import { pinsFewRows, pinsOneRow } from "./pins-few-rows";

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

describe("pinsOneRow", () => {
  it.each([
    ["User", 'userName eq "a@b.example"', true],
    ["User", 'id eq "x"', true],
    ["Group", 'displayName eq "Sales"', true],
    ["Group", 'id eq "x"', true],
    ["User", 'userName eq "a" and active eq true', true],
    // Not unique: several users may share an externalId or a displayName, and those must come back in order.
    ["User", 'externalId eq "x"', false],
    ["User", 'displayName eq "Ann"', false],
    ["Group", 'externalId eq "x"', false],
    ["User", 'userName eq "a" or userName eq "b"', false],
    ["User", 'userName sw "a"', false],
  ] as const)("%s %s → %s", (resourceType, filter, expected) => {
    expect(pinsOneRow(resourceType, parseFilter(filter))).toBe(expected);
  });
});
