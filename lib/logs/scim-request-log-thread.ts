// The request-log thread: stores the batches of inbound SCIM requests the main thread hands over
// (write-scim-request-log.ts), so redaction, serialization and the inserts run on another core, off the requests'
// path (scim-request-log-queue.ts). On SQLite it also runs the process's WAL checkpoints of the database
// (lib/db/wal-checkpoints.ts) once a second; its commits checkpoint the request log's own file.
// Messages in: { seq, requests }; out: { seqs, stored }, { seqs, error, requestIds } or { checkpointError }.
import { parentPort } from "node:worker_threads";
import { dialect } from "@/lib/db/sql";
import { checkpointWal } from "@/lib/db/wal-checkpoints";
import { createScimRequestLogQueue } from "./scim-request-log-queue";

const port = parentPort;
if (!port) throw new Error("scim-request-log-thread.ts runs as a worker thread");

port.on(
  "message",
  createScimRequestLogQueue((stored) => port.postMessage(stored)),
);

const CHECKPOINT_EVERY_MS = 1000;
if (dialect() === "sqlite")
  setInterval(() => {
    checkpointWal().catch((error: Error) => port.postMessage({ checkpointError: error.message }));
  }, CHECKPOINT_EVERY_MS);
