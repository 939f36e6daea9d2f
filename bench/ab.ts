// npm run bench:ab -- --base <git revision> [--scenarios lookup,get,post,patch,member,big-member,big-group]
//   [--rounds 6] [--seconds 4] [--users 10000] [--connections 10] — this tree's SCIM against another revision's, on
// SQLite, one process each, side by side: both serve copies of one database, and wrk runs against each in turn, the
// order swapped every round. This machine's figures drift ±10–20% between runs minutes apart; interleaved rounds share
// the drift, so a few per cent show. Prints req/s, the median of the rounds' p99 latencies, and the CPU per request of
// the main thread and of all threads, read from /proc. The base is checked out with `git worktree` and runs on this
// tree's node_modules, Next build and Prisma client (so its prisma/ must be this tree's); each server is bin/server.js,
// its SCIM loaded from its own lib/ (from its own bundle of lib/ when it has one, bin/lib/lib-bundle.js).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { countCpu } from "./support/cpu-spent";
import { hasWrk, runScenarioWrk } from "./support/wrk";
import { prepareTenant, scimScenarios } from "./support/scim-setup";

const SCENARIOS: Record<string, string> = {
  lookup: "filter lookup by userName",
  get: "GET user by id",
  post: "POST user",
  patch: "PATCH user (legacy dialect)",
  member: "PATCH group add member",
  "big-member": "PATCH big group add member",
  "big-group": "GET big group excl. members",
};

const { values: args } = parseArgs({
  options: {
    base: { type: "string" },
    scenarios: { type: "string", default: "lookup,get" },
    rounds: { type: "string", default: "6" },
    seconds: { type: "string", default: "4" },
    users: { type: "string", default: "10000" },
    connections: { type: "string", default: "10" },
  },
});
function fail(message: string): never {
  console.error(`bench:ab: ${message}`);
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, "..");
const whole = (flag: string, min: number) => {
  const value = (args as Record<string, string | undefined>)[flag]!;
  if (!/^\d+$/.test(value) || Number(value) < min) fail(`--${flag} takes a whole number ≥ ${min}; got "${value}"`);
  return Number(value);
};
if (!args.base) fail("--base <git revision> is required (the code to compare this tree with), e.g. --base HEAD~1");
const keys = args.scenarios!.split(",").map((k) => k.trim());
const unknown = keys.find((k) => !SCENARIOS[k]);
if (unknown) fail(`unknown scenario "${unknown}"; the scenarios are ${Object.keys(SCENARIOS).join(", ")}`);
const [rounds, seconds, users, connections] = [
  whole("rounds", 1),
  whole("seconds", 1),
  whole("users", 40),
  whole("connections", 1),
];
if (!hasWrk()) fail("needs wrk (apt-get install wrk)");
const git = (...a: string[]) => spawnSync("git", a, { cwd: root, encoding: "utf8" });
const base = git("rev-parse", "--verify", `${args.base}^{commit}`).stdout.trim();
if (!base) fail(`"${args.base}" is not a revision of this repository`);
if (git("diff", "--quiet", base, "--", "prisma").status !== 0)
  fail(`prisma/ differs between ${args.base} and this tree: the base would run on the wrong Prisma client`);

const work = fs.mkdtempSync(path.join(os.tmpdir(), "org-center-bench-ab-"));
const baseDir = path.join(work, "base");
const servers: ChildProcess[] = [];
function cleanUp() {
  for (const child of servers) child.kill("SIGTERM");
  git("worktree", "remove", "--force", baseDir);
  fs.rmSync(work, { recursive: true, force: true });
}

/** bin/server.js of `dir` on `port` and database file `db`, once it answers /healthz. */
async function startServer(dir: string, port: number, db: string) {
  const child = spawn(
    process.execPath,
    ["--max-http-header-size=262144", path.join(dir, "bin/server.js"), "-p", `${port}`],
    {
      cwd: dir,
      env: {
        ...process.env,
        DATABASE_URL: `file:${db}`,
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        NODE_ENV: "production",
        LOG_FORMAT: "json",
        ORG_CENTER_DATA_DIR: path.join(work, `data-${port}`),
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  servers.push(child);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server in ${dir} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`the server in ${dir} did not answer within 2 minutes`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return { url: `http://127.0.0.1:${port}`, pid: child.pid! };
}

try {
  const added = git("worktree", "add", "--detach", baseDir, base);
  if (added.status !== 0) throw new Error(`git worktree add failed: ${added.stderr}`);
  for (const shared of ["node_modules", "lib/db/generated"])
    fs.symlinkSync(path.join(root, shared), path.join(baseDir, shared));
  // This tree's Next build, entry by entry; the base's own bundle of lib/ (bin/lib/lib-bundle.js), if it has one,
  // built from its own sources: it runs the same way this tree does.
  fs.mkdirSync(path.join(baseDir, ".next"));
  for (const entry of fs.readdirSync(path.join(root, ".next")))
    if (entry !== "lib-bundle") fs.symlinkSync(path.join(root, ".next", entry), path.join(baseDir, ".next", entry));
  const baseBundler = path.join(baseDir, "bin/lib/lib-bundle.js");
  if (fs.existsSync(baseBundler)) (await import(pathToFileURL(baseBundler).href)).buildLibBundle(baseDir);
  const db = path.join(work, "bench.db");
  const tenant = await prepareTenant(`file:${db}`, users);
  for (const copy of ["base.db", "change.db"]) fs.copyFileSync(db, path.join(work, copy));
  const port = Number(process.env.BENCH_PORT ?? 3920);
  const sides = [
    { name: `base (${args.base})`, ...(await startServer(baseDir, port, path.join(work, "base.db"))) },
    { name: "this tree", ...(await startServer(root, port + 1, path.join(work, "change.db"))) },
  ];
  const all = scimScenarios(users, tenant);
  const warmUp = all.find((s) => s.name === SCENARIOS.get)!;
  for (const side of sides) await runScenarioWrk(side.url, tenant.token, warmUp, { duration: 2 });
  console.log(
    `bench:ab: ${users} users, SQLite, ${rounds} rounds of ${seconds} s per scenario, wrk ${connections} connections; ` +
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
  );
  for (const key of keys) {
    const scenario = all.find((s) => s.name === SCENARIOS[key])!;
    const figures = sides.map((s) => ({
      ...s,
      rps: [] as number[],
      p99: [] as number[],
      requests: 0,
      mainUs: 0,
      allUs: 0,
    }));
    for (let round = 0; round < rounds; round++) {
      for (const side of round % 2 ? [...figures].reverse() : figures) {
        const cpu = countCpu([side.pid]);
        const f = await runScenarioWrk(side.url, tenant.token, scenario, {
          duration: seconds,
          connections,
          unique: scenario.method !== "GET",
        });
        const spent = cpu.stop();
        if (f.unexpected + f.errors > 0)
          throw new Error(`${scenario.name}: ${f.unexpected + f.errors} unexpected answers`);
        side.rps.push(f.rps);
        side.p99.push(f.p99);
        side.requests += f.requests;
        side.mainUs += spent.mainUs;
        side.allUs += spent.allUs;
      }
    }
    console.log(`\n${scenario.name}`);
    const [a, b] = figures.map((s) => ({
      ...s,
      mean: s.rps.reduce((x, y) => x + y, 0) / s.rps.length,
      main: s.mainUs / s.requests,
      p99: [...s.p99].sort((x, y) => x - y)[Math.floor(s.p99.length / 2)]!,
      threads: s.allUs / s.requests,
    }));
    const change = (x: number, y: number) => `${y >= x ? "+" : ""}${(((y - x) / x) * 100).toFixed(1)}%`;
    for (const s of [a!, b!])
      console.log(
        `  ${s.name.padEnd(24)} ${Math.round(s.mean)} req/s, p99 ${s.p99} ms (median of rounds); ` +
          `main thread ${Math.round(s.main)} µs/request, ` +
          `all threads ${Math.round(s.threads)}; rounds ${s.rps.join(" ")}`,
      );
    console.log(
      `  this tree against base: req/s ${change(a!.mean, b!.mean)}, main thread ${change(a!.main, b!.main)}, ` +
        `all threads ${change(a!.threads, b!.threads)}`,
    );
  }
} finally {
  cleanUp();
}
process.exit(0);
