// The inbound request log (PRODUCT.md §4): one ScimRequestLog row per SCIM request. The SCIM adapter hands each
// answered request here; rows are gathered for a few ms (BATCH_MS) and posted to the request-log thread
// (scim-request-log-thread.ts), which redacts and stores them, so none of that costs the requests' own thread.
// The rows live on this thread until the log thread has stored them. On SQLite, where the log has a file of its own
// (request-log-file.ts), batches of 10 ms instead of 50 make them wait a fifth as long for their batch, and the tails
// shrank: the big group's GET one request at a time went from p99 7.9 to 4.4 ms at 10,000 users and 6.1 to 4.5 at
// 100,000 (bench:ab, wrk on 1 connection), for 3–6% more CPU on the log thread and no change in req/s on 10
// connections. PostgreSQL keeps 50 ms: each of its commits is a round trip and a WAL flush on the database server.
// Every request is kept: the rows in flight are bounded (requests wait for room, scimRequestLogRoom()), a thread that
// dies is restarted with its unstored batches (ids are given here, so a batch stored just before its thread died is
// not stored twice), and shutdown waits for the promised rows (each caller's promise). A thread that dies
// MAX_THREAD_DEATHS times within a minute is given up: the main thread then runs the thread's own queue (and its own
// WAL checkpoints again).
// API: writeScimRequestLog(request, at) → resolves once stored; startScimRequestLog(); scimRequestLogRoom() → null | Promise;
// scimRequestLogInFlight(); scimRequestLogThread() (the running thread, for tests and operators); ScimRequestToLog.
import { Worker } from "node:worker_threads";
import { v7 as newId } from "uuid";
import { dialect } from "@/lib/db/sql";
import { handCheckpointsOff, takeCheckpointsBack } from "@/lib/db/wal-checkpoints";
import { logger } from "@/lib/log/logger";
import { metrics } from "@/lib/ops/metrics";
import {
  createScimRequestLogQueue,
  type ScimRequestLogBatch,
  type ScimRequestLogStored,
} from "./scim-request-log-queue";
import type { ScimRequestToStore } from "./store-scim-request-log";
import { createWriteBatcher } from "./write-batcher";

/** A request as the SCIM adapter saw it: query and bodies raw (redacted on the thread). */
export type ScimRequestToLog = Omit<ScimRequestToStore, "id" | "at" | "query"> & { query: URLSearchParams };

/** How long rows are gathered before they are posted to the thread (see above). */
const BATCH_MS = dialect() === "sqlite" ? 10 : 50;

/** Rows handed over and not yet stored, past which new requests wait (scimRequestLogRoom): memory stays bounded. */
export const MAX_IN_FLIGHT = 5_000;

/** Thread deaths within DEATH_WINDOW_MS past which it is not restarted: the main thread stores the log instead. */
export const MAX_THREAD_DEATHS = 5;
const DEATH_WINDOW_MS = 60_000;

type Pending = { requests: ScimRequestToStore[]; settle: (error?: Error) => void };
type FromThread = ScimRequestLogStored | { checkpointError: string };

let thread: Worker | null = null;
/** Set once the thread is given up: the thread's own queue, run here. */
let inline: ((batch: ScimRequestLogBatch) => void) | null = null;
let seq = 0;
const pending = new Map<number, Pending>();
let inFlight = 0;
let room: { promise: Promise<void>; resolve: () => void } | null = null;
const deaths: number[] = [];
let lastThreadError: Error | undefined;

function onStored(message: ScimRequestLogStored): void {
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
}

/** Stops using a thread: every batch posted from now on is stored on this thread, by the thread's own queue. */
function giveUpThread(reason: string): void {
  logger.error(
    { component: "scim", err: lastThreadError },
    `The inbound request log's thread ${reason}; it is not started again and this process now stores the log on its main thread (slower under load). Fix the cause and restart the process.`,
  );
  inline = createScimRequestLogQueue(onStored);
  // Nothing else checkpoints this process's WAL now: its own connection does again (SQLite's default).
  takeCheckpointsBack();
}

function startThread(): Worker {
  const worker = new Worker(new URL("./scim-request-log-thread.mjs", import.meta.url));
  worker.on("message", (message: FromThread) => {
    if ("checkpointError" in message) {
      logger.warn({ component: "db" }, `WAL checkpoint failed (the next one retries): ${message.checkpointError}`);
      return;
    }
    onStored(message);
    if (pending.size === 0) worker.unref();
  });
  worker.on("error", (error) => {
    lastThreadError = error;
    logger.error({ err: error, component: "scim" }, "The request-log thread failed");
  });
  worker.on("exit", () => {
    if (thread !== worker) return;
    thread = null;
    const now = Date.now();
    deaths.push(now);
    while (deaths[0]! <= now - DEATH_WINDOW_MS) deaths.shift();
    // A thread that keeps dying (it cannot load, say) would be restarted forever: past the limit, store here.
    if (deaths.length >= MAX_THREAD_DEATHS)
      giveUpThread(`died ${deaths.length} times within ${DEATH_WINDOW_MS / 1000} s`);
    // Batches it had not stored yet go to a new thread (or are stored here).
    for (const [s, batch] of pending) post({ seq: s, requests: batch.requests });
  });
  return worker;
}

/** Hands a batch to the thread (started if none runs), or stores it here once the thread is given up. */
function post(batch: ScimRequestLogBatch): void {
  if (!inline && !thread) {
    try {
      thread = startThread();
    } catch (error) {
      lastThreadError = error as Error;
      giveUpThread("could not be started");
    }
  }
  if (inline) return inline(batch);
  thread!.ref();
  thread!.postMessage(batch);
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
      post({ seq: s, requests });
    }),
  { delayMs: BATCH_MS },
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
  if (inline) return;
  try {
    thread ??= startThread();
    if (pending.size === 0) thread.unref();
  } catch (error) {
    lastThreadError = error as Error;
    giveUpThread("could not be started");
    return;
  }
  handCheckpointsOff();
}

/** Rows handed over and not yet stored. */
export function scimRequestLogInFlight(): number {
  return inFlight;
}

/** The thread storing the rows, if one runs (none once it is given up: see MAX_THREAD_DEATHS). */
export function scimRequestLogThread(): Worker | null {
  return thread;
}
