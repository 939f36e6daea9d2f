// A few named people in a fresh SCIM organization, for the filter suites: each one's userName is
// `<local>@<the org's domain>`, and what a filter finds is read back as the sorted local parts.
// API: createPeople(people, resource, { spacingMs }) → { org, byName }, filteredLocals(org, filter, extra?).
import { expect } from "vitest";
import { createScimOrg, createUser, LIST_SCHEMA, type Json, type ScimOrg } from "./scim";

/**
 * Creates one user per person through SCIM, as `resource` describes it (userName given), `spacingMs` apart (their
 * meta.created differ); returns the organization and each created resource by local part.
 */
export async function createPeople<P extends { local: string }>(
  people: readonly P[],
  resource: (person: P, userName: string, org: ScimOrg) => Record<string, unknown>,
  { spacingMs = 0 } = {},
): Promise<{ org: ScimOrg; byName: Record<string, Json> }> {
  const org = await createScimOrg();
  const byName: Record<string, Json> = {};
  for (const person of people) {
    const userName = `${person.local}@${org.domain}`;
    byName[person.local] = await createUser(org.client, { userName, ...resource(person, userName, org) });
    if (spacingMs) await new Promise((r) => setTimeout(r, spacingMs));
  }
  return { org, byName };
}

/** The local parts of the users `filter` finds (a 200 list response expected), sorted. */
export async function filteredLocals(org: ScimOrg, filter: string, extra = ""): Promise<string[]> {
  const res = await org.client.filter("Users", filter, extra);
  expect(res.status, `${filter}: ${res.text}`).toBe(200);
  expect(res.body.schemas).toEqual([LIST_SCHEMA]);
  return (res.body.Resources as Json[]).map((u) => u.userName.split("@")[0]).sort();
}
