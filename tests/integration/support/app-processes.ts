// For test files that run app processes of their own on one private database (on PostgreSQL several processes
// share it), and a slow SCIM target for their cycles: made before the file's tests, all removed after them.
// API: onPostgres, appProcesses(name) → { apps, start(env), target() }, leaseOwnerPid(owner), sampleLeaseOwners(jobId).
import { afterAll, beforeAll } from "vitest";
import { disconnectPrisma, prisma } from "@/lib/db/client";
import { privateDatabase, removePrivateData, startAppProcess, type AppProcess } from "./app-process";
import { startFaultyScimServer } from "./faulty-scim-server";

export const onPostgres = process.env.INTEGRATION_DATABASE_URL?.startsWith("postgres") ?? false;

type Target = Awaited<ReturnType<typeof startFaultyScimServer>>;

/** The process id in a lease owner (`…:<pid>:<random hex>`, lib/ops/owner-id.ts). */
export const leaseOwnerPid = (owner: string | null) => Number(/:(\d+):[0-9a-f]+$/.exec(owner ?? "")?.[1]);

/** Call inside the describe block: this process's prisma points at the private database during its tests. */
export function appProcesses(name: string) {
  const sharedUrl = process.env.DATABASE_URL;
  const apps: AppProcess[] = [];
  let target: Target | undefined;
  beforeAll(async () => {
    process.env.DATABASE_URL = await privateDatabase(name);
  });
  afterAll(async () => {
    for (const app of apps) app.child.kill("SIGKILL");
    await target?.close();
    await disconnectPrisma();
    process.env.DATABASE_URL = sharedUrl;
    await removePrivateData();
  });
  return {
    apps,
    /** Starts one more app process on the private database. */
    async start(env: Record<string, string>): Promise<AppProcess> {
      const app = await startAppProcess({ databaseUrl: process.env.DATABASE_URL!, env });
      apps.push(app);
      return app;
    },
    /** A SCIM target (token "target-token") that answers every request 5 ms late, so a cycle lasts a while. */
    async target(): Promise<Target> {
      target = await startFaultyScimServer({ token: "target-token", fault: () => ({ delayMs: 5 }), uniqueNames: true });
      return target;
    },
  };
}

/** Samples the job's lease owner every 50 ms until stop(), which resolves with each owner seen, in turn. */
export function sampleLeaseOwners(jobId: string): { stop: () => Promise<string[]> } {
  const owners: string[] = [];
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const job = await prisma.provisioningJob.findUniqueOrThrow({ where: { id: jobId } });
      if (job.leaseOwner && owners.at(-1) !== job.leaseOwner) owners.push(job.leaseOwner);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return {
    stop: async () => {
      sampling = false;
      await sampler;
      return owners;
    },
  };
}
