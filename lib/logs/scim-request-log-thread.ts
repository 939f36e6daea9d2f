// The request-log thread: stores the batches of inbound SCIM requests the main thread hands over
// (write-scim-request-log.ts), so redaction, serialization and the inserts run on another core, off the requests'
// path. Batches that arrive while one is being written are stored together in the next transaction. On SQLite it
// also runs the process's WAL checkpoints (lib/db/wal-checkpoints.ts): at its commits, and once a second.
// Messages in: { seq, requests }; out: { seqs, stored }, { seqs, error, requestIds } or { checkpointError }.
import { parentPort } from "node:worker_threads";
import { checkpointWal } from "@/lib/db/wal-checkpoints";
import { storeScimRequests, type ScimRequestToStore } from "./store-scim-request-log";

type Batch = { seq: number; requests: ScimRequestToStore[] };

const port = parentPort;
if (!port) throw new Error("scim-request-log-thread.ts runs as a worker thread");

const queue: Batch[] = [];
let writing = false;

async function writeQueued(): Promise<void> {
  writing = true;
  while (queue.length > 0) {
    const batches = queue.splice(0);
    const requests = batches.flatMap((b) => b.requests);
    const seqs = batches.map((b) => b.seq);
    try {
      port!.postMessage({ seqs, stored: await storeScimRequests(requests) });
    } catch (error) {
      port!.postMessage({ seqs, error: (error as Error).message, requestIds: requests.map((r) => r.requestId) });
    }
  }
  writing = false;
}

port.on("message", (batch: Batch) => {
  queue.push(batch);
  if (!writing) void writeQueued();
});

const CHECKPOINT_EVERY_MS = 1000;
const checkpoints = setInterval(() => {
  checkpointWal().then(
    (result) => {
      if (result === null) clearInterval(checkpoints); // PostgreSQL: nothing to do
    },
    (error: Error) => port.postMessage({ checkpointError: error.message }),
  );
}, CHECKPOINT_EVERY_MS);
