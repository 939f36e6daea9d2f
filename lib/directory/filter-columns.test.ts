import { describe, expect, it } from "vitest";
import { parseAttributePath } from "@/lib/scim/attribute-paths";
import { resolveAttribute, type ResourceType } from "@/lib/scim/schema-registry";
import { COLUMN_TABLES, type ScalarColumn } from "./filter-columns";

/** Every string column with the attribute it holds: `emails.value` → OrgUserEmail.valueLower. */
function stringColumns(type: ResourceType): [string, ScalarColumn & { kind: "string" }][] {
  return Object.entries(COLUMN_TABLES[type].columns).flatMap(([name, column]) => {
    const subs: [string, ScalarColumn][] =
      column.kind === "relation"
        ? Object.entries(column.subs).map(([sub, c]) => [`${name}.${sub}`, c])
        : [[name, column]];
    return subs.filter((e): e is [string, ScalarColumn & { kind: "string" }] => e[1].kind === "string");
  });
}

describe("filter columns agree with the schema's caseExact", () => {
  it.each(["User", "Group"] as const)("%s: only caseExact:false attributes live in lowercased columns", (type) => {
    const columns = stringColumns(type);
    expect(columns.length).toBeGreaterThan(2);
    for (const [name, column] of columns) {
      const resolved = resolveAttribute(type, parseAttributePath(name)!);
      const def = resolved?.sub ?? resolved?.def;
      expect(def, name).toBeDefined();
      if (column.lower) expect(def!.caseExact, `${name} is in ${column.column}`).toBe(false);
    }
  });

  it("id and members.value are caseExact, userName/externalId/displayName/emails.value are not", () => {
    const caseExact = (type: ResourceType, name: string) => {
      const r = resolveAttribute(type, parseAttributePath(name)!);
      return (r?.sub ?? r?.def)?.caseExact;
    };
    expect(caseExact("User", "id")).toBe(true);
    expect(caseExact("Group", "members.value")).toBe(true);
    for (const name of ["userName", "externalId", "displayName", "emails.value", "name.familyName"]) {
      expect(caseExact("User", name), name).toBe(false);
    }
  });
});
