// npm run bench:scim — SCIM throughput and latency against `npm start` on SQLite with 10,000 users and 500 groups.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startApp } from "./support/start-app";
import { runScenario, printFigures, type Figures, type Scenario } from "./support/load";
import { hasWrk, runScenarioWrk } from "./support/wrk";

const USERS = Number(process.env.BENCH_USERS ?? 10_000);
const GROUPS = Number(process.env.BENCH_GROUPS ?? 500);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3900);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "org-center-bench-"));
const databaseUrl = `file:${path.join(dir, "bench.db")}`;
process.env.DATABASE_URL = databaseUrl;

const { migrateDatabase } = await import("@/lib/db/migrate");
const { prisma } = await import("@/lib/db/client");
const { markDomainVerified } = await import("@/lib/domains/mark-domain-verified");
const { createScimToken } = await import("@/lib/scim-tokens/create-scim-token");
const { loadDirectory } = await import("./support/load-directory");

await migrateDatabase();
const actor = { id: null, label: "benchmark" };
const org = await prisma.organization.create({ data: { name: "Bench", slug: "bench" } });
const domain = "bench.example";
await markDomainVerified(org.id, domain, actor);
let started = Date.now();
const { userIds, groupIds } = await loadDirectory(org.id, domain, USERS, GROUPS);
console.log(`Loaded ${USERS} users and ${GROUPS} groups in ${((Date.now() - started) / 1000).toFixed(1)} s`);
const { token } = await createScimToken(org.id, { name: "bench" }, actor);
await prisma.$disconnect();

started = Date.now();
const app = await startApp(databaseUrl, PORT);
// wrk (apt-get install wrk) leaves the cores to the server; autocannon, in Node, takes most of one itself.
const useWrk = process.env.BENCH_LOAD !== "autocannon" && hasWrk();
console.log(
  `npm start answered after ${((Date.now() - started) / 1000).toFixed(1)} s; load generator ${useWrk ? "wrk (1 thread)" : "autocannon (wrk not found)"}, ${CONNECTIONS} connections, ${DURATION} s per scenario\n`,
);
const run = (s: Scenario, duration: number) =>
  useWrk
    ? runScenarioWrk(app.url, token, s, { connections: CONNECTIONS, duration, unique: s.method === "POST" })
    : runScenario(app.url, token, s, { connections: CONNECTIONS, duration });

const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;
let created = 0;
const scenarios: Scenario[] = [
  {
    name: "filter lookup by userName",
    method: "GET",
    expectStatus: 200,
    path: () =>
      `/scim/v2/Users?filter=${encodeURIComponent(`userName eq "user${Math.floor(Math.random() * USERS)}@${domain}"`)}`,
  },
  { name: "GET user by id", method: "GET", expectStatus: 200, path: () => `/scim/v2/Users/${pick(userIds)}` },
  {
    name: "POST user",
    method: "POST",
    expectStatus: 201,
    path: () => "/scim/v2/Users",
    body: () => {
      const n = created++;
      return JSON.stringify({
        schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
        userName: `new${n}-${process.pid}@${domain}`,
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
    path: () => `/scim/v2/Users/${pick(userIds)}`,
    body: () =>
      JSON.stringify({
        schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        Operations: [
          { op: "Replace", path: "name.givenName", value: `G${Math.random().toString(36).slice(2, 8)}` },
          {
            op: "Replace",
            path: "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
            value: pick(["Sales", "Legal", "Finance"]),
          },
        ],
      }),
  },
  {
    name: "PATCH group add member",
    method: "PATCH",
    expectStatus: 204,
    path: () => `/scim/v2/Groups/${pick(groupIds)}`,
    body: () =>
      JSON.stringify({
        schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        Operations: [{ op: "Add", path: "members", value: [{ value: pick(userIds) }] }],
      }),
  },
];

console.log(
  `load average before the runs: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")} on ${os.cpus().length} cores`,
);
const results: Figures[] = [];
try {
  await run(scenarios[1]!, 2); // warm-up
  for (const s of scenarios) results.push(await run(s, DURATION));
} finally {
  app.stop();
}
printFigures(results, {
  "filter lookup by userName": { rps: 1500, p99: 50 },
  "GET user by id": { rps: 1500, p99: 50 },
  "POST user": { rps: 500, p99: 50 },
  "PATCH user (legacy dialect)": { rps: 500, p99: 50 },
  "PATCH group add member": { rps: 500, p99: 50 },
});
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);
