// The benchmarks' SCIM tenant and requests: prepareTenant() makes an account, an organization with a verified domain,
// N users (N/20 groups and one group of N/2 members) and a SCIM token; scimScenarios() are the requests each scenario
// sends. Used by bench/scim.ts and bench/ab.ts. API: BENCH_EMAIL, BENCH_PASSWORD, BENCH_DOMAIN, prepareTenant(url,
// users), patchBody(operations), scimScenarios(users, tenant), BenchTenant.
import type { Scenario } from "./load";

export const BENCH_EMAIL = "bench-admin@bench.example";
export const BENCH_PASSWORD = "Bench-password-1";
export const BENCH_DOMAIN = "bench.example";
const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;

/** A fresh tenant on `url`'s database (migrated here): `users` users, users/20 groups and one group of users/2. */
export async function prepareTenant(url: string, users: number) {
  process.env.DATABASE_URL = url;
  const { migrateDatabase } = await import("@/lib/db/migrate");
  const { disconnectPrisma } = await import("@/lib/db/client");
  const { createAccount } = await import("@/lib/accounts/create-account");
  const { createOrganization } = await import("@/lib/orgs/create-organization");
  const { markDomainVerified } = await import("@/lib/domains/mark-domain-verified");
  const { createScimToken } = await import("@/lib/scim-tokens/create-scim-token");
  const { loadDirectory } = await import("./load-directory");
  await migrateDatabase();
  const actor = { id: null, label: "benchmark" };
  await createAccount({ email: BENCH_EMAIL, name: "Bench Admin", password: BENCH_PASSWORD });
  const org = await createOrganization({ name: "Bench", ownerEmail: BENCH_EMAIL }, actor);
  await markDomainVerified(org.id, BENCH_DOMAIN, actor);
  const started = Date.now();
  const directory = await loadDirectory(org.id, BENCH_DOMAIN, users);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Loaded ${users} users, ${directory.groupIds.length} groups and a group of ${users / 2} in ${seconds} s`);
  const { token } = await createScimToken(org.id, { name: "bench" }, actor);
  await disconnectPrisma();
  return { slug: org.slug, token, ...directory };
}

/** A PatchOp request body. */
export const patchBody = (operations: unknown[]) =>
  JSON.stringify({ schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: operations });

export type BenchTenant = Awaited<ReturnType<typeof prepareTenant>>;

/** The SCIM scenarios bench:scim runs, in its order; bench:ab picks among them by name. */
export function scimScenarios(users: number, d: BenchTenant): Scenario[] {
  let created = 0;
  let outside = 0;
  return [
    {
      name: "filter lookup by userName",
      method: "GET",
      expectStatus: 200,
      path: () =>
        `/scim/v2/Users?filter=${encodeURIComponent(`userName eq "user${Math.floor(Math.random() * users)}@${BENCH_DOMAIN}"`)}`,
    },
    { name: "GET user by id", method: "GET", expectStatus: 200, path: () => `/scim/v2/Users/${pick(d.userIds)}` },
    {
      name: "POST user",
      method: "POST",
      expectStatus: 201,
      path: () => "/scim/v2/Users",
      body: () => {
        const n = created++;
        return JSON.stringify({
          schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
          userName: `new${n}-${process.pid}-${Date.now()}@${BENCH_DOMAIN}`,
          externalId: `new-${n}`,
          active: true,
          name: { givenName: "New", familyName: String(n) },
        });
      },
    },
    {
      name: "PATCH user (legacy dialect)",
      method: "PATCH",
      expectStatus: 200,
      path: () => `/scim/v2/Users/${pick(d.userIds)}`,
      body: () =>
        patchBody([
          { op: "Replace", path: "name.givenName", value: `G${Math.random().toString(36).slice(2, 8)}` },
          {
            op: "Replace",
            path: "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
            value: pick(["Sales", "Legal", "Finance"]),
          },
        ]),
    },
    {
      name: "PATCH group add member",
      method: "PATCH",
      expectStatus: 204,
      path: () => `/scim/v2/Groups/${pick(d.groupIds)}`,
      body: () => patchBody([{ op: "Add", path: "members", value: [{ value: pick(d.userIds) }] }]),
    },
    {
      // Users not yet in the group, each once (then again, as no-ops, if the run outlasts them).
      name: `PATCH big group add member`,
      method: "PATCH",
      expectStatus: 204,
      path: () => `/scim/v2/Groups/${d.bigGroupId}`,
      body: () =>
        patchBody([
          { op: "Add", path: "members", value: [{ value: d.outsideBigGroup[outside++ % d.outsideBigGroup.length] }] },
        ]),
    },
    {
      name: "GET big group excl. members",
      method: "GET",
      expectStatus: 200,
      path: () => `/scim/v2/Groups/${d.bigGroupId}?excludedAttributes=members`,
    },
  ];
}
