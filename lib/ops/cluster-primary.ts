// The primary of WEB_CONCURRENCY=N (node:cluster): forks N workers that each run bin/server.js on the one shared
// port, restarts a worker that dies, forwards SIGTERM/SIGINT so every worker shuts down gracefully, and sums the
// workers' metrics for /metrics. It never loads Next. API: runClusterPrimary({ workers, shutdownTimeoutMs }).
import cluster, { type Worker } from "node:cluster";
import { childLogger } from "@/lib/log/logger";
import { serveClusterMetrics } from "./cluster-metrics";

const log = childLogger({ component: "cluster" });
/** A worker that lived less than this before dying counts as a crash loop: its restart waits, doubling each time. */
const STABLE_MS = 10_000;
const MAX_RESTART_DELAY_MS = 30_000;

export function runClusterPrimary({ workers, shutdownTimeoutMs }: { workers: number; shutdownTimeoutMs: number }) {
  const startedAt = new Map<number, number>();
  let served = false;
  let stopping = false;
  let failed = false;
  let quickDeaths = 0;

  const liveWorkers = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
  const fork = () => {
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
  };

  cluster.on("listening", () => {
    if (served) return;
    served = true;
    log.info(`Serving with ${workers} worker processes (WEB_CONCURRENCY).`);
  });

  cluster.on("exit", (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker.id) ?? Date.now());
    startedAt.delete(worker.id);
    if (stopping) {
      if (code !== 0) failed = true;
      if (liveWorkers().length === 0) process.exit(failed ? 1 : 0);
      return;
    }
    const how = signal ? `signal ${signal}` : `code ${code}`;
    // Before any worker ever served, a death is a configuration error (no build, bad database URL): stop.
    if (!served) {
      log.error(`A worker exited (${how}) before the app served any request: stopping.`);
      stopping = failed = true;
      for (const other of liveWorkers()) other.process.kill("SIGTERM");
      if (liveWorkers().length === 0) process.exit(1);
      return;
    }
    quickDeaths = lived < STABLE_MS ? quickDeaths + 1 : 0;
    const delay = quickDeaths === 0 ? 0 : Math.min(MAX_RESTART_DELAY_MS, 1000 * 2 ** (quickDeaths - 1));
    log.error(`Worker ${worker.process.pid} exited (${how}): starting another${delay ? ` in ${delay} ms` : ""}.`);
    setTimeout(() => {
      if (!stopping) fork();
    }, delay);
  });

  async function shutdown(signal: NodeJS.Signals) {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received: stopping ${liveWorkers().length} worker(s).`);
    const all = liveWorkers();
    if (all.length === 0) process.exit(failed ? 1 : 0);
    for (const worker of all) worker.process.kill(signal);
    // Each worker stops within its own SHUTDOWN_TIMEOUT_MS; one that hangs past that is killed.
    setTimeout(() => {
      for (const worker of liveWorkers()) worker.process.kill("SIGKILL");
      process.exit(1);
    }, shutdownTimeoutMs + 15_000).unref();
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(signal));

  serveClusterMetrics(liveWorkers);
  for (let i = 0; i < workers; i++) fork();
}
