// The request-log thread: stores the batches of inbound SCIM requests the main thread hands over
// (write-scim-request-log.ts), so redaction, serialization and the inserts run on another core, off the requests'
// path (scim-request-log-queue.ts). Messages in: { seq, requests }; out: { seqs, stored } or { seqs, error, requestIds }.
import { parentPort } from "node:worker_threads";
import { createScimRequestLogQueue } from "./scim-request-log-queue";

const port = parentPort;
if (!port) throw new Error("scim-request-log-thread.ts runs as a worker thread");

port.on(
  "message",
  createScimRequestLogQueue((stored) => port.postMessage(stored)),
);
