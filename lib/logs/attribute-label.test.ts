import { describe, expect, it } from "vitest";
import { attributeLabel } from "./attribute-label";

describe("attributeLabel", () => {
  it.each([
    ["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", "department"],
    ["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber", "employee number"],
    ["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:costCenter", "cost center"],
    ["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager", "manager"],
    ["urn:ietf:params:scim:schemas:core:2.0:User:userName", "user name (sign-in)"],
    ["userName", "user name (sign-in)"],
    ["active", "account enabled"],
    ["name.givenName", "first name"],
    ["name.familyName", "last name"],
    ["externalId", "external ID"],
    ['emails[type eq "work"].value', "work email"],
    ['phoneNumbers[type eq "mobile"].value', "mobile phone"],
    ['addresses[type eq "work"].postalCode', "work address (postal code)"],
    ["members (added)", "members added"],
    ["urn:example:params:custom:1.0:User:badgeColour", "badge colour"],
    ["preferredLanguage", "preferred language"],
    ["title", "job title"],
  ])("%s → %s", (path, label) => {
    expect(attributeLabel(path)).toBe(label);
  });
});
