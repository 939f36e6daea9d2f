import { describe, expect, it } from "vitest";
import { personName } from "./person-name";

describe("personName", () => {
  it.each([
    [
      { displayName: "Ada Lovelace", givenName: "Augusta", familyName: "King", userName: "ada@contoso.com" },
      "Ada Lovelace",
    ],
    [
      { displayName: null, givenName: "Bruno", familyName: "Rossi", userName: "bruno.rossi@contoso.com" },
      "Bruno Rossi",
    ],
    [{ displayName: "  ", givenName: "Kai", familyName: null, userName: "kai@contoso.com" }, "Kai"],
    [{ displayName: null, givenName: null, familyName: "Rossi", userName: "x@contoso.com" }, "Rossi"],
    [{ displayName: null, givenName: "", familyName: null, userName: "nobody@contoso.com" }, "nobody@contoso.com"],
  ])("%o → %s", (parts, expected) => expect(personName(parts)).toBe(expected));
});
