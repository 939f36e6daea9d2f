// npm run bench:provision [-- --users 1000|10000|100000[,…]] — per size: a source directory of N users, N/20 groups
// of 5 to 50 members and one group of half the users; an initial cycle into this instance's SCIM endpoint (`npm start`
// on SQLite, over loopback HTTP), then an incremental cycle after 1% of the users changed. Prints, per cycle, the
// objects, objects/s, wall time, CPU of the engine (this process) and of the app, and the peak RSS of each.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { startApp } from "./support/start-app";
import { cpuSeconds, descendants, sampleRss } from "./support/process-stats";

// The targets (#13): seconds per cycle, by size; sizes without one print "—".
const TARGETS: Record<number, { initial?: number; incremental?: number }> = {
  10_000: { initial: 30, incremental: 10 },
  100_000: { initial: 600, incremental: 15 },
};
const APP_RSS_LIMIT = 1024 ** 3;

const { values } = parseArgs({ options: { users: { type: "string", default: "10000" } } });
const sizes = values.users.split(",").map((s) => Number(s.trim()));
const bad = sizes.find((n) => !Number.isInteger(n) || n < 100 || n > 1_000_000);
if (bad !== undefined) {
  console.error(
    `--users takes whole numbers from 100 to 1000000 (e.g. 1000, 10000, 100000), comma-separated; got "${values.users}".`,
  );
  process.exit(2);
}
// One process per size: each has its own database, app and Prisma client.
if (sizes.length > 1) {
  for (const n of sizes) {
    const r = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, "--users", String(n)], {
      stdio: "inherit",
    });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  process.exit(0);
}

const USERS = sizes[0]!;
const GROUPS = Math.floor(USERS / 20);
const PORT = Number(process.env.BENCH_PORT ?? 3910);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "org-center-bench-prov-"));
const databaseUrl = `file:${path.join(dir, "bench.db")}`;
Object.assign(process.env, {
  DATABASE_URL: databaseUrl,
  ORG_CENTER_DATA_DIR: dir,
  PROVISIONING_ALLOW_PRIVATE_TARGETS: "1",
});

const { migrateDatabase } = await import("@/lib/db/migrate");
const { prisma, disconnectPrisma } = await import("@/lib/db/client");
const { markDomainVerified } = await import("@/lib/domains/mark-domain-verified");
const { createScimToken } = await import("@/lib/scim-tokens/create-scim-token");
const { importDirectoryCsv } = await import("@/lib/source-directory/import-directory");
const { createApp } = await import("@/lib/provisioning/apps/create-app");
const { saveProvisioningSettings } = await import("@/lib/provisioning/provisioning-job/save-settings");
const { runProvisioningJob } = await import("@/lib/provisioning/provisioning-job/run-provisioning-job");
const { takeChangeSeq } = await import("@/lib/source-directory/change-seq");
const { checkpointOnTimer } = await import("@/lib/db/wal-checkpoints");
const { directoryCsv } = await import("./support/directory-csv");

await migrateDatabase();
const actor = { id: null, label: "benchmark" };
const org = await prisma.organization.create({ data: { name: "Bench", slug: "bench" } });
await markDomainVerified(org.id, "bench.example", actor);
const { token } = await createScimToken(org.id, { name: "provisioning bench" }, actor);

let started = Date.now();
const csv = directoryCsv(USERS, GROUPS, "bench.example", { halfGroup: true });
const imported = await importDirectoryCsv(org.id, csv, actor);
if (!imported.applied) throw new Error(`import failed: ${JSON.stringify(imported.errors.slice(0, 5))}`);
const memberships = await prisma.sourceGroupMember.count();
console.log(
  `Source directory: ${USERS} users, ${imported.groupsCreated} groups (one of ${Math.ceil(USERS / 2)} members), ${memberships} memberships imported from CSV in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
await disconnectPrisma();

started = Date.now();
const app = await startApp(databaseUrl, PORT);
const serverPid = descendants(app.pid).find((p) => /server\.js/.test(fs.readFileSync(`/proc/${p}/cmdline`, "utf8")));
if (!serverPid) throw new Error("could not find the app's server process (bin/server.js)");
console.log(`npm start answered after ${((Date.now() - started) / 1000).toFixed(1)} s`);

type Row = {
  cycle: string;
  objects: number;
  seconds: number;
  engineCpu: number;
  appCpu: number;
  peak: Record<string, number>;
  detail: string;
  target?: number;
};
const rows: Row[] = [];
try {
  const created = await createApp(
    org.id,
    { name: "Bench SCIM", kind: "custom", tenantUrl: `${app.url}/scim/v2`, secretToken: token },
    { baseUrl: app.url, actor },
  );
  await saveProvisioningSettings(
    org.id,
    created.id,
    {
      mode: "automatic",
      scope: "all",
      enabled: false,
      intervalMinutes: 40,
      preventDeletes: true,
      deleteThreshold: 500,
      notifyOnFailure: false,
    },
    actor,
  );

  // The engine runs in this process, beside the app, as in `npm run worker`, whose WAL checkpoints run on a timer.
  checkpointOnTimer();
  const cycle = async (label: string, target: number | undefined) => {
    const rss = sampleRss({ app: serverPid, engine: process.pid });
    const appCpu0 = cpuSeconds(serverPid);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const r = await runProvisioningJob(created.jobId, { trigger: "bench" });
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const appCpu = cpuSeconds(serverPid) - appCpu0;
    const peak = rss.stop();
    if (r.status !== "done") throw new Error(`${label}: ${JSON.stringify(r)}`);
    const c = r.result.counts;
    const objects =
      Object.values(c.users).reduce((a, b) => a + b, 0) + Object.values(c.groups).reduce((a, b) => a + b, 0);
    rows.push({
      cycle: `${label} (${r.result.type})`,
      objects,
      seconds,
      engineCpu: (cpu.user + cpu.system) / 1e6,
      appCpu,
      peak,
      target,
      detail: `users +${c.users.created} ~${c.users.updated} failed ${c.users.failed}; groups +${c.groups.created} ~${c.groups.updated} failed ${c.groups.failed}; members +${c.members.added} -${c.members.removed}`,
    });
  };
  await cycle("initial", TARGETS[USERS]?.initial);

  const changed = await prisma.sourceUser.findMany({
    where: { orgId: org.id },
    orderBy: { id: "asc" },
    take: Math.round(USERS / 100),
    select: { id: true },
  });
  await prisma.$transaction(async (tx) => {
    const changeSeq = await takeChangeSeq(tx, org.id);
    await tx.sourceUser.updateMany({
      where: { id: { in: changed.map((u) => u.id) } },
      data: { department: "Changed", jobTitle: "Benchmark", changeSeq },
    });
  });
  await cycle(`incremental after ${changed.length} changes`, TARGETS[USERS]?.incremental);
} finally {
  app.stop();
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MB`;
const header = [
  "cycle",
  "objects",
  "objects/s",
  "wall s",
  "engine CPU s",
  "app CPU s",
  "engine RSS",
  "app RSS",
  "target",
];
const table = rows.map((r) => [
  r.cycle,
  String(r.objects),
  String(Math.round(r.objects / r.seconds)),
  r.seconds.toFixed(1),
  r.engineCpu.toFixed(1),
  r.appCpu.toFixed(1),
  mb(r.peak.engine!),
  mb(r.peak.app!),
  r.target === undefined ? "—" : `${r.seconds < r.target ? "met" : "MISSED"} (<${r.target} s)`,
]);
// Each column as wide as its widest cell, two spaces apart.
const widths = header.map((h, i) => Math.max(h.length, ...table.map((cells) => cells[i]!.length)) + 2);
const line = (cells: string[]) =>
  cells
    .map((c, i) => c.padEnd(widths[i]!))
    .join("")
    .trimEnd();
console.log(
  `\n${USERS} users, ${GROUPS + 1} groups — load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
console.log(line(header));
for (const [i, r] of rows.entries()) {
  console.log(line(table[i]!));
  console.log(`  ${r.detail}`);
}
const appPeak = Math.max(...rows.map((r) => r.peak.app!));
console.log(`app peak RSS ${mb(appPeak)}: ${appPeak < APP_RSS_LIMIT ? "met" : "MISSED"} (<1 GB)`);
await disconnectPrisma();
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);
