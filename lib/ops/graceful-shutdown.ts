// Graceful shutdown of the app process (bin/server.js) on SIGTERM or SIGINT: running cycles stop at a safe point and
// hand their lease back, the listener closes, in-flight requests finish, the request log is flushed, the database
// closed. API: createRequestTracker(), shutdownGracefully({ server, requests, drainRequestLog, closeNext }) → exit code.
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { disconnectPrisma } from "@/lib/db/client";
import { beginShutdown, isShuttingDown, runShutdownHooks } from "./shutdown-state";
import { logger } from "@/lib/log/logger";

const DEFAULT_TIMEOUT_MS = 20_000;

/** SHUTDOWN_TIMEOUT_MS: the longest a shutdown waits for cycles and requests (below Kubernetes' 30 s grace period). */
export function shutdownTimeoutMs(): number {
  const n = Number(process.env.SHUTDOWN_TIMEOUT_MS);
  return Number.isFinite(n) && n >= 0 ? n : DEFAULT_TIMEOUT_MS;
}

export type RequestTracker = ReturnType<typeof createRequestTracker>;

/** Counts requests in flight; once shutdown has begun each answer closes its connection. */
export function createRequestTracker() {
  const open = new Set<ServerResponse>();
  const waiters: Array<() => void> = [];
  return {
    track(_req: IncomingMessage, res: ServerResponse): void {
      if (isShuttingDown()) res.shouldKeepAlive = false;
      open.add(res);
      res.once("close", () => {
        open.delete(res);
        if (open.size === 0) for (const wake of waiters.splice(0)) wake();
      });
    },
    get inFlight(): number {
      return open.size;
    },
    /** Answers not yet started will close their connection (Connection: close). */
    closeConnectionsAfterAnswers(): void {
      for (const res of open) if (!res.headersSent) res.shouldKeepAlive = false;
    },
    idle(): Promise<void> {
      return open.size === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
  };
}

type Options = {
  server: Server;
  requests: RequestTracker;
  /** Resolves once the SCIM request-log rows already promised are written. */
  drainRequestLog: () => Promise<void>;
  closeNext: () => Promise<void>;
  timeoutMs?: number;
  log?: (line: string) => void;
};

const TIMED_OUT = Symbol("timed out");
function within<T>(promise: Promise<T>, deadline: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout;
  const late = new Promise<typeof TIMED_OUT>(
    (resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - Date.now()), TIMED_OUT)),
  );
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The shutdown sequence; resolves with the exit code: 0 when everything ended in time, 1 when the deadline cut something off. */
export async function shutdownGracefully({
  server,
  requests,
  drainRequestLog,
  closeNext,
  timeoutMs = shutdownTimeoutMs(),
  log = (line) => logger.info(line),
}: Options): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let clean = true;
  beginShutdown();
  // Cycles first, while the listener still answers: a cycle may be provisioning into this very instance (the
  // LogMeIn app), and its requests must not meet a closed port before the batch under way is stored.
  const work = await within(runShutdownHooks(), deadline);
  if (work === TIMED_OUT) {
    clean = false;
    log(
      "[shutdown] running cycles did not reach a safe point in time; their leases expire on their own (PROVISIONING_LEASE_MS).",
    );
  } else if (work.length > 0) clean = false;

  server.close();
  requests.closeConnectionsAfterAnswers();
  server.closeIdleConnections();
  if ((await within(requests.idle(), deadline)) === TIMED_OUT) {
    clean = false;
    log(
      `[shutdown] ${requests.inFlight} request(s) still running after ${timeoutMs} ms: their connections are closed.`,
    );
  }
  server.closeAllConnections();

  // The request log is written after each answer: wait for the rows already promised (a few ms of batching).
  if ((await within(drainRequestLog(), Date.now() + 5_000)) === TIMED_OUT) {
    clean = false;
    log("[shutdown] the SCIM request log could not be flushed within 5 s.");
  }
  await closeNext().catch((error) => log(`[shutdown] Next.js did not close cleanly: ${(error as Error).message}`));
  await disconnectPrisma().catch((error) => log(`[shutdown] closing the database failed: ${(error as Error).message}`));
  return clean ? 0 : 1;
}
