// Faults on purpose: PostgreSQL restarted under load (issue 14 item 6). The app runs on a PostgreSQL cluster of
// the test's own; while SCIM writers and readers keep going the cluster is stopped (fast shutdown) and started again.
// While it is down SCIM answers 503 with Retry-After and a SCIM body (never a hang, a 500 or HTML); afterwards the
// same process serves again, and every acknowledged write is stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, prisma } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { startAppProcess, waitFor, type AppProcess, removePrivateData } from "./support/app-process";
import { postgresBinaries, startPrivatePostgres } from "./support/private-postgres";
import { createScimOrg, ERROR_SCHEMA, ScimClient, USER_SCHEMA } from "./support/scim";

const bin = postgresBinaries();
const sharedUrl = process.env.DATABASE_URL;
let cluster: Awaited<ReturnType<typeof startPrivatePostgres>> | undefined;
let app: AppProcess | undefined;

beforeAll(async () => {
  if (!bin) return;
  cluster = await startPrivatePostgres();
  await migrateDatabase(cluster.url);
  process.env.DATABASE_URL = cluster.url;
}, 120_000);
afterAll(async () => {
  app?.child.kill("SIGKILL");
  await disconnectPrisma();
  process.env.DATABASE_URL = sharedUrl;
  await removePrivateData();
  await cluster?.destroy();
});

type Answer = {
  status: number;
  phase: string;
  userName?: string;
  body: string;
  type: string | null;
  retryAfter: string | null;
};

describe.skipIf(!bin)(
  "PostgreSQL restarted under load (skipped only when /usr/lib/postgresql/*/bin/initdb is absent: CI installs it)",
  () => {
    it("answers 503 fast while it is down and serves again after, without a process restart", async () => {
      const org = await createScimOrg();
      app = await startAppProcess({ databaseUrl: cluster!.url });
      const pid = app.child.pid;
      const client = new ScimClient(org.token, false, `${app.baseUrl}/scim/v2`);
      let phase = "up";
      let stop = false;
      let n = 0;
      const answers: Answer[] = [];
      const load = Promise.all(
        Array.from({ length: 4 }, async (_, w) => {
          while (!stop) {
            const userName = `load${n++}@${org.domain}`;
            const res =
              w === 3
                ? await client.get("/Users?count=5")
                : await client.post("/Users", { schemas: [USER_SCHEMA], userName, active: true });
            answers.push({
              status: res.status,
              phase,
              userName: w === 3 ? undefined : userName,
              body: res.text,
              type: res.headers.get("content-type"),
              retryAfter: res.headers.get("retry-after"),
            });
            if (res.status === 503) await new Promise((r) => setTimeout(r, 50));
          }
        }),
      );
      await waitFor(
        async () => answers.filter((a) => a.status === 201).length,
        (c) => c >= 30,
        { what: "writes before the restart" },
      );

      phase = "stopping";
      await cluster!.stop();
      phase = "down";
      // Requests keep being answered while the server is down: each one fails fast rather than hanging.
      await waitFor(
        async () => answers.filter((a) => a.phase === "down" && a.status === 503).length,
        (c) => c >= 20,
        { timeoutMs: 30_000, what: "503 answers while PostgreSQL is down" },
      );
      phase = "starting";
      await cluster!.start();
      phase = "up again";
      await waitFor(
        async () => answers.filter((a) => a.phase === "up again" && a.status === 201).length,
        (c) => c >= 30,
        { timeoutMs: 60_000, what: "writes after the restart" },
      );
      stop = true;
      await load;

      const down = answers.filter((a) => a.phase === "down");
      for (const a of down) {
        expect(a.status, a.body).toBe(503);
        expect(a.type).toContain("application/scim+json");
        expect(a.retryAfter).toMatch(/^\d+$/);
        expect(JSON.parse(a.body)).toMatchObject({ schemas: [ERROR_SCHEMA], status: "503" });
      }
      // Never a 500 or an HTML page, whatever the phase; once the last 503 is behind, everything succeeds.
      expect(
        answers
          .filter((a) => a.status !== 201 && a.status !== 200 && a.status !== 503)
          .map((a) => `${a.phase} ${a.status} ${a.body.slice(0, 200)}`),
      ).toEqual([]);
      const lastRefused = answers.map((a) => a.status).lastIndexOf(503);
      const after = answers.slice(lastRefused + 1);
      expect(after.length).toBeGreaterThanOrEqual(30);
      expect(after.every((a) => a.status === 201 || a.status === 200)).toBe(true);

      // The same process throughout, and every acknowledged write is stored.
      expect(app.child.exitCode).toBeNull();
      expect(app.child.pid).toBe(pid);
      await disconnectPrisma();
      const acked = answers.filter((a) => a.status === 201).map((a) => a.userName!.toLowerCase());
      const stored = new Set(
        (await prisma.orgUser.findMany({ where: { orgId: org.orgId }, select: { userNameLower: true } })).map(
          (u) => u.userNameLower,
        ),
      );
      for (const name of acked) expect(stored.has(name), name).toBe(true);
      app.child.kill("SIGTERM");
      expect(await app.exited).toBe(0);
      app = undefined;
    }, 240_000);
  },
);
