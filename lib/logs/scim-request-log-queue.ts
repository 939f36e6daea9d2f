// Stores batches of inbound SCIM requests one transaction at a time: batches that arrive while one is being written
// are stored together next. Run by the request-log thread, and by the main thread once that thread is given up.
// API: createScimRequestLogQueue(report) → enqueue(batch); ScimRequestLogBatch, ScimRequestLogStored.
import { storeScimRequests, type ScimRequestToStore } from "./store-scim-request-log";

export type ScimRequestLogBatch = { seq: number; requests: ScimRequestToStore[] };
/** What became of some batches: `stored` rows were new, or `error` with the request ids that were not stored. */
export type ScimRequestLogStored = { seqs: number[]; stored?: number; error?: string; requestIds?: (string | null)[] };

export function createScimRequestLogQueue(
  report: (stored: ScimRequestLogStored) => void,
): (batch: ScimRequestLogBatch) => void {
  const queue: ScimRequestLogBatch[] = [];
  let writing = false;

  async function writeQueued(): Promise<void> {
    writing = true;
    while (queue.length > 0) {
      const batches = queue.splice(0);
      const requests = batches.flatMap((b) => b.requests);
      const seqs = batches.map((b) => b.seq);
      try {
        report({ seqs, stored: await storeScimRequests(requests) });
      } catch (error) {
        report({ seqs, error: (error as Error).message, requestIds: requests.map((r) => r.requestId) });
      }
    }
    writing = false;
  }

  return (batch) => {
    queue.push(batch);
    if (!writing) void writeQueued();
  };
}
