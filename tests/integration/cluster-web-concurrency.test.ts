// WEB_CONCURRENCY=2 (node:cluster, one port) on PostgreSQL: /metrics sums both workers, a console session and a
// SCIM token work whichever worker answers, a worker killed with SIGKILL is replaced, and SIGTERM stops every
// worker gracefully. (On SQLite several workers are refused: tests/integration/cluster-instances.test.ts.)
import { execFileSync } from "node:child_process";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { requestLogDb } from "@/lib/db/client";
import { createAccount } from "@/lib/accounts/create-account";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { createOrganization } from "@/lib/orgs/create-organization";
import { startAppProcess, waitFor, type AppProcess } from "./support/app-process";
import { HttpSession } from "./support/http-session";
import { createScimOrg } from "./support/scim";
import { unique } from "./support/cli";

const onPostgres = process.env.INTEGRATION_DATABASE_URL?.startsWith("postgres") ?? false;
const METRICS_TOKEN = "cluster-metrics-token";
let app: AppProcess;

/** The primary's worker processes (bin/server.js children; tsx also starts an esbuild service). */
function workerPids(): number[] {
  const out = execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(app.child.pid)], { encoding: "utf8" });
  return out
    .split("\n")
    .filter((line) => line.includes("bin/server.js"))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

const readyLines = () =>
  app
    .output()
    .split("\n")
    .filter((l) => l.includes("Ready on")).length;

/** A GET on a connection of its own, so the primary hands each to the next worker in turn. */
function fresh(path: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(new URL(path, app.baseUrl), { agent: false, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, text }));
    });
    req.on("error", reject);
  });
}

async function counted(resource: string): Promise<number> {
  const res = await fresh("/metrics", { authorization: `Bearer ${METRICS_TOKEN}` });
  expect(res.status).toBe(200);
  const line = res.text
    .split("\n")
    .find((l) =>
      l.startsWith(`org_center_scim_requests_total{method="GET",resource="${resource}",status_class="4xx"}`),
    );
  return line ? Number(line.split(" ").at(-1)) : 0;
}

describe.runIf(onPostgres)("WEB_CONCURRENCY=2 (PostgreSQL)", () => {
  beforeAll(async () => {
    app = await startAppProcess({
      databaseUrl: inject("databaseUrl"),
      env: { WEB_CONCURRENCY: "2", METRICS_TOKEN },
    });
    await waitFor(
      async () => readyLines(),
      (n) => n >= 2,
      { what: "both workers to be ready" },
    );
  });
  afterAll(() => {
    if (app?.child.exitCode === null) app.child.kill("SIGKILL");
  });

  it("runs two workers on one port, and /metrics counts the requests both answered", async () => {
    expect(workerPids()).toHaveLength(2);
    const before = await counted("Schemas");
    const answers = await Promise.all(Array.from({ length: 20 }, () => fresh("/scim/v2/Schemas")));
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(401));
    // One worker alone saw about half of them: the scrape must show the sum, whichever worker answers it.
    expect((await counted("Schemas")) - before).toBe(20);
    expect((await counted("Schemas")) - before).toBe(20);
  });

  it("accepts a session and a SCIM token on every worker, and logs the requests each answered", async () => {
    const email = `${unique("cluster-admin")}@example.com`;
    await createAccount({ email, name: "Cluster Admin", password: "integration-password" });
    const org = await createOrganization({ name: unique("Cluster Org"), ownerEmail: email }, CLI_ACTOR);
    const session = new HttpSession(app.baseUrl);
    expect(await session.signIn(email, "integration-password", "198.51.100.77")).toBeNull();
    const cookie = (session as unknown as { cookies: Map<string, string> }).cookies;
    const header = [...cookie].map(([k, v]) => `${k}=${v}`).join("; ");
    for (let i = 0; i < 4; i++) {
      const page = await fresh(`/o/${org.slug}`, { cookie: header });
      expect(page.status).toBe(200);
      expect(page.text).toContain("Cluster Admin");
    }
    const scim = await createScimOrg();
    const ids = Array.from({ length: 4 }, () => unique("cluster-rid"));
    for (const id of ids)
      expect(
        (await fresh("/scim/v2/Users?count=1", { authorization: `Bearer ${scim.token}`, "x-request-id": id })).status,
      ).toBe(200);
    const logged = await waitFor(
      () => requestLogDb.scimRequestLog.count({ where: { requestId: { in: ids } } }),
      (n) => n === ids.length,
      { what: "the four requests in the request log" },
    );
    expect(logged).toBe(4);
  });

  it("replaces a worker killed with SIGKILL and keeps serving", async () => {
    const [victim, other] = workerPids();
    const readyBefore = readyLines();
    process.kill(victim!, "SIGKILL");
    // A worker that dies soon after it started is replaced after a short delay (the primary's backoff).
    await waitFor(
      async () => readyLines(),
      (n) => n > readyBefore,
      { what: "a replacement worker" },
    );
    const now = await waitFor(
      async () => workerPids(),
      (pids) => pids.length === 2,
      { what: "two workers again" },
    );
    expect(now).toContain(other);
    expect(now).not.toContain(victim);
    expect(app.output()).toContain(`Worker ${victim} exited (signal SIGKILL): starting another`);
    const answers = await Promise.all(Array.from({ length: 6 }, () => fresh("/healthz")));
    expect(answers.map((r) => r.status)).toEqual(Array(6).fill(200));
  });

  it("stops every worker gracefully on SIGTERM and exits 0", async () => {
    const workers = workerPids();
    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);
    expect(app.output().match(/Shut down cleanly/g)).toHaveLength(2);
    for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
  });
});
