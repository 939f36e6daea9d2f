// The inbound request log (PRODUCT.md §4): one ScimRequestLog row per SCIM request. The SCIM adapter hands each
// answered request here; rows are gathered for 25 ms and posted to the request-log thread
// (scim-request-log-thread.ts), which redacts and stores them, so none of that costs the requests' own thread.
// Few commits matter as much as off-thread work on SQLite: each commit on the thread's connection empties the page
// cache of the connection that serves SCIM (SQLite resets a WAL reader's cache when another connection committed),
// and a read after it costs about twice as much. Gathered for 1 ms, GET by id cost ~640 µs of the main thread; for
// 50 ms ~560 µs (lean server, same load).
// Every request is kept: the rows in flight are bounded (requests wait for room, scimRequestLogRoom()), a thread that
// dies is restarted with its unstored batches (ids are given here, so a batch stored just before its thread died is
// not stored twice), and shutdown waits for the promised rows (each caller's promise).
// API: writeScimRequestLog(request, at) → resolves once stored; startScimRequestLog(); scimRequestLogRoom() → null | Promise;
// scimRequestLogInFlight(); scimRequestLogThread() (the running thread, for tests and operators); ScimRequestToLog.
import { Worker } from "node:worker_threads";
import { v7 as newId } from "uuid";
import { handCheckpointsOff } from "@/lib/db/wal-checkpoints";
import { logger } from "@/lib/log/logger";
import { metrics } from "@/lib/ops/metrics";
import type { ScimRequestToStore } from "./store-scim-request-log";
import { createWriteBatcher } from "./write-batcher";

/** A request as the SCIM adapter saw it: query and bodies raw (redacted on the thread). */
export type ScimRequestToLog = Omit<ScimRequestToStore, "id" | "at" | "query"> & { query: URLSearchParams };

/** Rows handed over and not yet stored, past which new requests wait (scimRequestLogRoom): memory stays bounded. */
export const MAX_IN_FLIGHT = 5_000;

type Pending = { requests: ScimRequestToStore[]; settle: (error?: Error) => void };
type Stored = { seqs: number[]; stored?: number; error?: string; requestIds?: string[] } | { checkpointError: string };

let thread: Worker | null = null;
let seq = 0;
const pending = new Map<number, Pending>();
let inFlight = 0;
let room: { promise: Promise<void>; resolve: () => void } | null = null;

function startThread(): Worker {
  const worker = new Worker(new URL("./scim-request-log-thread.mjs", import.meta.url));
  worker.on("message", (message: Stored) => {
    if ("checkpointError" in message) {
      logger.warn({ component: "db" }, `WAL checkpoint failed (the next one retries): ${message.checkpointError}`);
      return;
    }
    if (message.error !== undefined)
      logger.error(
        { component: "scim", requestIds: message.requestIds },
        `Could not write ${message.requestIds?.length ?? 0} inbound request log row(s): ${message.error}`,
      );
    else metrics.logRowsWritten.inc({ log: "scim" }, message.stored ?? 0);
    for (const s of message.seqs) {
      const batch = pending.get(s);
      pending.delete(s);
      batch?.settle();
    }
    if (pending.size === 0) worker.unref();
  });
  worker.on("error", (error) => logger.error({ err: error, component: "scim" }, "The request-log thread failed"));
  worker.on("exit", () => {
    if (thread !== worker) return;
    thread = null;
    // Batches it had not stored yet go to a new thread.
    if (pending.size > 0) {
      const next = ensureThread();
      for (const [s, batch] of pending) next.postMessage({ seq: s, requests: batch.requests });
    }
  });
  return worker;
}

function ensureThread(): Worker {
  thread ??= startThread();
  thread.ref();
  return thread;
}

const batcher = createWriteBatcher<ScimRequestToStore>(
  (requests) =>
    new Promise<void>((resolve) => {
      const s = ++seq;
      pending.set(s, {
        requests,
        settle: () => {
          inFlight -= requests.length;
          if (room && inFlight < MAX_IN_FLIGHT / 2) {
            room.resolve();
            room = null;
          }
          resolve();
        },
      });
      ensureThread().postMessage({ seq: s, requests });
    }),
  { delayMs: 25 },
);

/** Resolves once the row is stored (or its failure reported on stderr): a log write never fails a request. */
export function writeScimRequestLog(request: ScimRequestToLog, at = new Date()): Promise<void> {
  inFlight++;
  return batcher.add({ ...request, id: newId(), at, query: request.query.toString() }).catch(() => undefined);
}

/** null while the log has room; else a promise that resolves once it has (a new request waits for it). */
export function scimRequestLogRoom(): Promise<void> | null {
  if (inFlight < MAX_IN_FLIGHT) return null;
  if (!room) {
    let resolve!: () => void;
    room = { promise: new Promise<void>((r) => (resolve = r)), resolve };
  }
  return room.promise;
}

/**
 * Starts the thread ahead of the first request (it takes a moment to load), without keeping the process alive. The
 * thread also runs this process's WAL checkpoints on SQLite, off the requests' thread (lib/db/wal-checkpoints.ts).
 */
export function startScimRequestLog(): void {
  handCheckpointsOff();
  ensureThread();
  if (pending.size === 0) thread?.unref();
}

/** Rows handed over and not yet stored. */
export function scimRequestLogInFlight(): number {
  return inFlight;
}

/** The thread storing the rows, if one runs. */
export function scimRequestLogThread(): Worker | null {
  return thread;
}
