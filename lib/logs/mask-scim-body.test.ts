import { describe, expect, it } from "vitest";
import { MASK, maskScimBody } from "./mask-scim-body";

const ENT = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

describe("maskScimBody", () => {
  const user = JSON.stringify({
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", ENT],
    userName: "mira@northwind.example",
    name: { givenName: "Mira", familyName: "Lopez" },
    [ENT]: { employeeNumber: "E-1234", department: "Sales" },
  });

  it("masks nothing when no attribute is configured (the default)", () => {
    expect(maskScimBody(user, [])).toBe(user);
    expect(maskScimBody(null, ["employeeNumber"])).toBeNull();
  });

  it("masks an attribute by its name or its full SCIM path, inside the enterprise extension, and nothing else", () => {
    for (const attribute of ["employeeNumber", `${ENT}:employeeNumber`, "EMPLOYEENUMBER"]) {
      const masked = JSON.parse(maskScimBody(user, [attribute])!);
      expect(masked[ENT]).toEqual({ employeeNumber: MASK, department: "Sales" });
      expect(masked.userName).toBe("mira@northwind.example");
    }
    expect(JSON.parse(maskScimBody(user, ["name.familyName"])!).name).toEqual({ givenName: "Mira", familyName: MASK });
  });

  it("masks the value of a PATCH operation whose path names the attribute, in both Entra dialects", () => {
    const patch = JSON.stringify({
      schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
      Operations: [
        { op: "Replace", path: `${ENT}:employeeNumber`, value: "E-9" },
        { op: "replace", value: { [`${ENT}:employeeNumber`]: "E-9", displayName: "Mira L" } },
        { op: "Add", path: 'emails[type eq "work"].value', value: "m@x.example" },
      ],
    });
    const ops = JSON.parse(maskScimBody(patch, ["employeeNumber"])!).Operations;
    expect(ops[0].value).toBe(MASK);
    expect(ops[1].value).toEqual({ [`${ENT}:employeeNumber`]: MASK, displayName: "Mira L" });
    expect(ops[2].value).toBe("m@x.example");
  });

  it("masks list answers and bodies that were cut short (not JSON any more)", () => {
    const list = JSON.stringify({ Resources: [JSON.parse(user), JSON.parse(user)] });
    expect(maskScimBody(list, ["employeeNumber"])).not.toContain("E-1234");
    const cut = `{"userName":"a@b.example","${ENT}":{"employeeNumber":"E-1234","department":"Sa…`;
    const masked = maskScimBody(cut, ["employeeNumber"])!;
    expect(masked).not.toContain("E-1234");
    expect(masked).toContain(`"employeeNumber":"${MASK}"`);
  });
});

describe("maskSentRequestsJson", () => {
  it("masks the kept response bodies of a log entry's requests, whole or cut short", async () => {
    const { maskSentRequestsJson } = await import("./mask-scim-body");
    const kept = JSON.stringify({
      changeId: "c1",
      requests: [
        {
          method: "POST",
          path: "/Users",
          status: 400,
          responseBody: { detail: "bad", [ENT]: { employeeNumber: "E-77" } },
        },
        {
          method: "PATCH",
          path: "/Users/1",
          status: 500,
          responseBody: `{"${ENT}":{"employeeNumber":"E-77","department":"Sal…`,
        },
        { method: "GET", path: "/Users/1", status: 200 },
      ],
    });
    const masked = maskSentRequestsJson(kept, ["employeeNumber"])!;
    expect(masked).not.toContain("E-77");
    expect(JSON.parse(masked).requests[2]).toEqual({ method: "GET", path: "/Users/1", status: 200 });
    expect(maskSentRequestsJson(kept, [])).toBe(kept);
  });
});
