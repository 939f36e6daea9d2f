// npm run bench:provision — an initial provisioning cycle of 10,000 users and 500 groups (5 to 50 members each)
// from the source directory into this instance's SCIM endpoint (`npm start` on SQLite), then an incremental cycle
// after 1% of the users changed. Prints objects per second and wall time of each.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startApp } from "./support/start-app";

const USERS = Number(process.env.BENCH_USERS ?? 10_000);
const GROUPS = Number(process.env.BENCH_GROUPS ?? 500);
const PORT = Number(process.env.BENCH_PORT ?? 3910);
const TARGETS = { initialSeconds: 180, incrementalSeconds: 10 };

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
const { directoryCsv } = await import("./support/directory-csv");

await migrateDatabase();
const actor = { id: null, label: "benchmark" };
const org = await prisma.organization.create({ data: { name: "Bench", slug: "bench" } });
await markDomainVerified(org.id, "bench.example", actor);
const { token } = await createScimToken(org.id, { name: "provisioning bench" }, actor);

let started = Date.now();
const imported = await importDirectoryCsv(org.id, directoryCsv(USERS, GROUPS, "bench.example"), actor);
if (!imported.applied) throw new Error(`import failed: ${JSON.stringify(imported.errors.slice(0, 5))}`);
const memberships = await prisma.sourceGroupMember.count();
console.log(
  `Source directory: ${USERS} users, ${imported.groupsCreated} groups, ${memberships} memberships imported from CSV in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
await disconnectPrisma();

started = Date.now();
const app = await startApp(databaseUrl, PORT);
console.log(`npm start answered after ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

type Row = { cycle: string; objects: number; seconds: number; detail: string; target: number };
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

  const cycle = async (label: string, target: number) => {
    const t0 = Date.now();
    const cpu0 = process.cpuUsage();
    const r = await runProvisioningJob(created.jobId, { trigger: "bench" });
    const seconds = (Date.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    if (process.env.BENCH_VERBOSE)
      console.log(
        `${label}: engine process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of ${seconds.toFixed(1)} s`,
      );
    if (r.status !== "done") throw new Error(`${label}: ${JSON.stringify(r)}`);
    const c = r.result.counts;
    const objects =
      Object.values(c.users).reduce((a, b) => a + b, 0) + Object.values(c.groups).reduce((a, b) => a + b, 0);
    rows.push({
      cycle: `${label} (${r.result.type})`,
      objects,
      seconds,
      target,
      detail: `users +${c.users.created} ~${c.users.updated} failed ${c.users.failed}; groups +${c.groups.created} ~${c.groups.updated} failed ${c.groups.failed}; members +${c.members.added} -${c.members.removed}`,
    });
  };
  await cycle("initial", TARGETS.initialSeconds);

  const changed = await prisma.sourceUser.findMany({
    where: { orgId: org.id },
    orderBy: { id: "asc" },
    take: Math.round(USERS / 100),
    select: { id: true },
  });
  const { takeChangeSeq } = await import("@/lib/source-directory/change-seq");
  await prisma.$transaction(async (tx) => {
    const changeSeq = await takeChangeSeq(tx, org.id);
    await tx.sourceUser.updateMany({
      where: { id: { in: changed.map((u) => u.id) } },
      data: { department: "Changed", jobTitle: "Benchmark", changeSeq },
    });
  });
  await cycle(`incremental after ${changed.length} users changed`, TARGETS.incrementalSeconds);
} finally {
  app.stop();
}

const line = (cells: (string | number)[]) => cells.map((c, i) => String(c).padEnd(i === 0 ? 44 : 14)).join("");
console.log(line(["cycle", "objects", "objects/s", "wall time s", "target"]));
for (const r of rows) {
  console.log(
    line([
      r.cycle,
      r.objects,
      Math.round(r.objects / r.seconds),
      r.seconds.toFixed(1),
      `${r.seconds < r.target ? "met" : "MISSED"} (<${r.target} s)`,
    ]),
  );
  console.log(`  ${r.detail}`);
}
await disconnectPrisma();
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);
