// Runs a cycle phase's batches so that requests to the target do not stop while this side reads or stores a batch:
// batch N+1 is loaded while N is processed, and N is stored while N+1 is processed. Batches are stored one after the other in their
// order, so the cycle's cursor only ever moves past batches whose every outcome is stored: a cycle that stops (lease
// lost, crash) resumes after the last stored batch, and redoes at most the batches that were in flight.
// API: runBatches(batches, steps) → "finished" | "ended" | "stopped".

export type BatchSteps<Loaded, Processed> = {
  /** Reads what the batch needs; runs while the previous batch is processed, so it must not depend on its outcomes. */
  load(ids: string[]): Promise<Loaded>;
  /** Sends the batch to the target. */
  process(ids: string[], loaded: Loaded): Promise<Processed>;
  /**
   * Called synchronously right after the batch is processed (so it can take the cycle's counts as they stand then);
   * returns the write, which starts once the previous batch's write is done.
   */
  store(ids: string[], loaded: Loaded, processed: Processed): () => Promise<void>;
  /** After a batch is processed: true ends the phase once that batch is stored (a health verdict). */
  ends(processed: Processed): boolean;
  /** Checked before each batch is processed: true stops the phase once the batches processed so far are stored. */
  shouldStop?: () => boolean;
};

/** A promise started now whose failure surfaces where it is awaited, not as an unhandled rejection meanwhile. */
function deferFailure<T>(promise: Promise<T>): () => Promise<T> {
  const settled = promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  return async () => {
    const result = await settled;
    if (!result.ok) throw result.error;
    return result.value;
  };
}

export async function runBatches<Loaded, Processed>(
  batches: string[][],
  steps: BatchSteps<Loaded, Processed>,
): Promise<"finished" | "ended" | "stopped"> {
  let stored: () => Promise<void> = async () => undefined;
  let next = batches.length ? deferFailure(steps.load(batches[0]!)) : null;
  try {
    for (let i = 0; i < batches.length; i++) {
      const ids = batches[i]!;
      const loaded = await next!();
      next = null;
      if (steps.shouldStop?.()) {
        await stored();
        return "stopped";
      }
      if (i + 1 < batches.length) next = deferFailure(steps.load(batches[i + 1]!));
      const processed = await steps.process(ids, loaded);
      const write = steps.store(ids, loaded, processed);
      const previous = stored;
      stored = deferFailure(previous().then(write));
      if (steps.ends(processed)) {
        await stored();
        return "ended";
      }
      // The previous batch's write (overlapped with this batch): at most one write in flight, and a failed one stops
      // the phase here rather than after every batch.
      await previous();
    }
    await stored();
    return "finished";
  } finally {
    // Whatever ended the phase (a thrown error included), no write of this cycle is still running when it returns.
    await stored().catch(() => undefined);
  }
}
