// Gathers rows written at a high rate (one request-log row per SCIM request) and inserts them together:
// one transaction per few milliseconds instead of one per request. Each caller's promise settles with its batch
// (rejecting when the batch's write failed); flush() itself never rejects.
export type WriteBatcher<T> = { add: (row: T) => Promise<void>; flush: () => Promise<void> };

export function createWriteBatcher<T>(
  write: (rows: T[]) => Promise<void>,
  { maxRows = 500, delayMs = 5 } = {},
): WriteBatcher<T> {
  let pending: { rows: T[]; done: Promise<void>; settle: (error?: unknown) => void } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = pending;
    pending = null;
    if (!batch) return;
    try {
      await write(batch.rows);
      batch.settle();
    } catch (error) {
      batch.settle(error);
    }
  }

  function add(row: T): Promise<void> {
    if (!pending) {
      let settle!: (error?: unknown) => void;
      const done = new Promise<void>(
        (resolve, reject) => (settle = (error) => (error === undefined ? resolve() : reject(error))),
      );
      pending = { rows: [], done, settle };
    }
    const batch = pending;
    batch.rows.push(row);
    if (batch.rows.length >= maxRows) void flush();
    else timer ??= setTimeout(() => void flush(), delayMs);
    return batch.done;
  }

  return { add, flush };
}
