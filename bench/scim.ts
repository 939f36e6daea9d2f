// npm run bench:scim [-- --users 1000,10000,100000 --database sqlite,postgres --processes 1,2] — SCIM throughput and
// latency against `npm start`, the 50%-of-users group, and the console's Directory page, per size, database and
// process count. Each size gets a fresh database (N users, N/20 groups and one group of N/2 members), dropped after.
import os from "node:os";
import { parseArgs } from "node:util";
import { startApp } from "./support/start-app";
import { runScenario, type Figures, type Scenario } from "./support/load";
import { hasWrk, runScenarioWrk } from "./support/wrk";
import { holdWriteLock } from "./support/hold-write-lock";
import { createBenchDatabase, type BenchDatabaseKind } from "./support/bench-database";
import { signInToConsole, timePage } from "./support/console-timing";
import { countCpu, describePerRequest } from "./support/cpu-spent";
import { peakGrowthBytes, processTree, residentBytes, resetPeaks, sampleAnonymousPeak } from "./support/process-memory";
import { printTable, type Row } from "./support/figures-table";
import {
  BENCH_DOMAIN,
  BENCH_EMAIL,
  BENCH_PASSWORD,
  patchBody,
  prepareTenant,
  scimScenarios,
  type BenchTenant,
} from "./support/scim-setup";

const { values: args } = parseArgs({
  options: {
    users: { type: "string", default: process.env.BENCH_USERS ?? "10000" },
    database: { type: "string", default: "sqlite" },
    processes: { type: "string" },
    seconds: { type: "string", default: process.env.BENCH_SECONDS ?? "10" },
  },
});
function list(flag: string, value: string, check: (v: string) => boolean): string[] {
  const items = value.split(",").map((v) => v.trim());
  const bad = items.find((v) => !check(v));
  if (bad !== undefined) throw new Error(`--${flag}: "${bad}" is not valid (got "${value}")`);
  return items;
}
const count = (v: string) => /^\d+$/.test(v) && Number(v) > 0;
const SIZES = list("users", args.users!, (v) => count(v) && Number(v) >= 40).map(Number);
const DATABASES = list("database", args.database!, (v) => v === "sqlite" || v === "postgres") as BenchDatabaseKind[];
// PostgreSQL is where several processes share a database: compare 1 and 2 unless told otherwise.
const PROCESSES = list("processes", args.processes ?? (DATABASES.includes("postgres") ? "1,2" : "1"), count).map(
  Number,
);
// bin/server.js refuses WEB_CONCURRENCY > 1 on SQLite (one writer at a time): those runs are left out, said so.
const runsFor = (database: BenchDatabaseKind) => (database === "sqlite" ? PROCESSES.filter((p) => p === 1) : PROCESSES);
if (DATABASES.includes("sqlite") && PROCESSES.some((p) => p > 1))
  console.log("SQLite runs with 1 process only: several processes need PostgreSQL (WEB_CONCURRENCY > 1 is refused)");
const DURATION = Number(list("seconds", args.seconds!, count)[0]);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3900);
const CONSOLE_RUNS = 50;

const { disconnectPrisma } = await import("@/lib/db/client");

// wrk (apt-get install wrk) leaves the cores to the server; autocannon, in Node, takes most of one itself.
const useWrk = process.env.BENCH_LOAD !== "autocannon" && hasWrk();
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
console.log(
  `bench:scim: users ${SIZES.join(", ")}; database ${DATABASES.join(", ")}; processes ${PROCESSES.join(", ")}; ` +
    `load generator ${useWrk ? "wrk (1 thread)" : "autocannon (wrk not found)"}, ${CONNECTIONS} connections, ` +
    `${DURATION} s per scenario; ${os.cpus().length} cores`,
);

const rows: Row[] = [];
/** Keeps the figure for the final table and shows it at once (a 100,000-user run takes a while). */
function record(row: Row) {
  rows.push(row);
  console.log(
    `  ${row.scenario}: ${row.rps ?? "-"} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms ${row.note} (load ${row.load})`,
  );
}

/** Latency of `runs` requests sent one at a time (no queueing behind other connections): p50 and p99 in ms. */
async function timeOneAtATime(
  baseUrl: string,
  token: string,
  request: (i: number) => { method: string; path: string; body?: string; expectStatus: number },
  runs = 200,
) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = request(i);
    const started = performance.now();
    const res = await fetch(`${baseUrl}${r.path}`, {
      method: r.method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/scim+json" },
      body: r.body,
    });
    await res.arrayBuffer();
    times.push(performance.now() - started);
    if (res.status !== r.expectStatus) throw new Error(`${r.method} ${r.path} answered ${res.status}`);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(runs - 1, Math.floor(runs * q))]! * 10) / 10;
  return { p50: at(0.5), p99: at(0.99) };
}

/** GET of the big group with its members, one request at a time: latency and the server's peak memory growth. */
async function timeGroupWithMembers(baseUrl: string, token: string, groupId: string, serverPid: number, runs = 10) {
  const pids = processTree(serverPid);
  const before = residentBytes(pids);
  resetPeaks(pids);
  const anonymous = sampleAnonymousPeak(pids);
  const times: number[] = [];
  let members = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const res = await fetch(`${baseUrl}/scim/v2/Groups/${groupId}`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await res.json()) as { members?: unknown[] };
    times.push(performance.now() - started);
    if (res.status !== 200) throw new Error(`GET /Groups/${groupId} answered ${res.status}`);
    members = body.members?.length ?? 0;
  }
  times.sort((a, b) => a - b);
  const anonymousMb = anonymous.stop() / 2 ** 20;
  const mb = peakGrowthBytes(pids, before) / 2 ** 20;
  return {
    p50: Math.round(times[Math.floor(runs / 2)]! * 10) / 10,
    max: Math.round(times[runs - 1]! * 10) / 10,
    // The rest of the peak is file pages: SQLite maps the database file (mmap_size), and the pages read count in RSS.
    note: `${members} members; server peak RSS +${mb.toFixed(0)} MB, of it anonymous (heap) +${anonymousMb.toFixed(0)} MB`,
  };
}

/**
 * Lookups and member adds at once (half the connections each) while another process takes the write lock 40 ms of
 * every 200 ms (a provisioning batch, the CLI): a write that waits for the lock must not stop the reads beside it.
 */
async function readsBesideWrites(
  baseUrl: string,
  token: string,
  url: string,
  scenarios: Scenario[],
  at: Pick<Row, "users" | "database" | "processes">,
) {
  const byName = (name: string) => scenarios.find((s) => s.name === name)!;
  const half = Math.max(1, Math.floor(CONNECTIONS / 2));
  const holder = holdWriteLock(url.slice("file:".length), { holdMs: 40, everyMs: 200 });
  try {
    const [reads, writes] = await Promise.all([
      runScenarioWrk(baseUrl, token, byName("filter lookup by userName"), { connections: half, duration: DURATION }),
      runScenarioWrk(baseUrl, token, byName("PATCH group add member"), {
        connections: half,
        duration: DURATION,
        unique: true,
      }),
    ]);
    const failed = reads.unexpected + reads.errors + writes.unexpected + writes.errors;
    record({
      ...at,
      load: loadAverage(),
      scenario: "lookup beside member adds, held lock",
      rps: reads.rps,
      p50: reads.p50,
      p99: reads.p99,
      note: `member adds ${writes.rps} req/s, p99 ${writes.p99} ms; another process holds the write lock 40 of 200 ms${failed ? `; ${failed} unexpected` : ""}`,
    });
  } finally {
    holder.stop();
  }
}

async function runOne(users: number, database: BenchDatabaseKind, processes: number, d: BenchTenant, url: string) {
  const at = { users, database, processes };
  const load = loadAverage();
  const app = await startApp(url, PORT, { env: { WEB_CONCURRENCY: String(processes) } });
  const run = (s: Scenario, duration: number): Promise<Figures> =>
    useWrk
      ? runScenarioWrk(app.url, d.token, s, { connections: CONNECTIONS, duration, unique: s.method !== "GET" })
      : runScenario(app.url, d.token, s, { connections: CONNECTIONS, duration });
  try {
    const scenarios = scimScenarios(users, d);
    // Warm-up: every scenario for a moment, so none is measured while its code is still being compiled (the first
    // one measured read up to 25% low without it).
    for (const s of scenarios) await run(s, 1);
    // Taken after the warm-up: with WEB_CONCURRENCY the workers are up by then.
    const serverPids = processTree(app.pid);
    for (const s of scenarios) {
      const cpu = countCpu(serverPids);
      const f = await run(s, DURATION);
      const failed = f.unexpected + f.errors;
      record({
        ...at,
        load: loadAverage(),
        scenario: s.name,
        rps: f.rps,
        p50: f.p50,
        p99: f.p99,
        note: [failed ? `${failed} not ${s.expectStatus}` : "", describePerRequest(cpu.stop(), f.requests)]
          .filter(Boolean)
          .join("; "),
      });
    }
    if (database === "sqlite" && useWrk) await readsBesideWrites(app.url, d.token, url, scenarios, at);
    // The big group's figures one request at a time too: the wrk rows above include queueing behind 10 connections.
    // wrk on 1 connection when there is one: fetch's own cost in this process (0.5–1.5 ms a request, and its
    // garbage collections) would be most of what a request of ~0.5 ms measures.
    const bigGroupGet = scenarios.find((s) => s.name === "GET big group excl. members")!;
    const single = useWrk
      ? await runScenarioWrk(app.url, d.token, bigGroupGet, { connections: 1, duration: DURATION })
      : {
          ...(await timeOneAtATime(app.url, d.token, () => ({
            method: "GET",
            path: bigGroupGet.path(),
            expectStatus: 200,
          }))),
          requests: 200,
        };
    record({
      ...at,
      load: loadAverage(),
      scenario: "GET big group excl. members, one at a time",
      p50: single.p50,
      p99: single.p99,
      note: `of ${single.requests}${useWrk ? " (wrk, 1 connection)" : ""}`,
    });
    const adds = await timeOneAtATime(app.url, d.token, (i) => ({
      method: "PATCH",
      // From the end of the list: the wrk run above took its users from the start.
      path: `/scim/v2/Groups/${d.bigGroupId}`,
      body: patchBody([
        { op: "Add", path: "members", value: [{ value: d.outsideBigGroup[d.outsideBigGroup.length - 1 - i]! }] },
      ]),
      expectStatus: 204,
    }));
    record({
      ...at,
      load: loadAverage(),
      scenario: "PATCH big group add member, one at a time",
      ...adds,
      note: "of 200",
    });
    const big = await timeGroupWithMembers(app.url, d.token, d.bigGroupId, app.pid);
    record({
      ...at,
      load: loadAverage(),
      scenario: "GET big group with members",
      p50: big.p50,
      p99: big.max,
      note: `max of 10; ${big.note}`,
    });
    const session = await signInToConsole(app.url, BENCH_EMAIL, BENCH_PASSWORD);
    const first = await timePage(session, `/o/${d.slug}/directory/users`, `@${BENCH_DOMAIN}</td>`, CONSOLE_RUNS);
    record({
      ...at,
      load: loadAverage(),
      scenario: "console users first page",
      p50: first.p50,
      p99: first.p95,
      note: `p95 of ${CONSOLE_RUNS}`,
    });
    const k = Math.floor(users * 0.73);
    const search = await timePage(
      session,
      `/o/${d.slug}/directory/users?q=${encodeURIComponent(`User ${k}`)}`,
      `>user${k}@${BENCH_DOMAIN}</td>`,
      CONSOLE_RUNS,
    );
    record({
      ...at,
      load: loadAverage(),
      scenario: "console users name search",
      p50: search.p50,
      p99: search.p95,
      note: `p95 of ${CONSOLE_RUNS}`,
    });
  } finally {
    app.stop();
    await app.exited;
  }
  console.log(`done: ${users} users, ${database}, ${processes} process(es); load average before: ${load}`);
}

for (const database of DATABASES) {
  for (const users of SIZES) {
    const db = await createBenchDatabase(database, `${users}`);
    try {
      const directory = await prepareTenant(db.url, users);
      for (const processes of runsFor(database)) await runOne(users, database, processes, directory, db.url);
    } finally {
      await disconnectPrisma();
      await db.drop();
    }
  }
}
printTable(rows);
process.exit(0);
