// The request a piece of work belongs to, carried through async calls (AsyncLocalStorage), so every log line of a
// request names it. API: runWithRequestId(id, fn), currentRequestId(), newRequestId(given?).
import { AsyncLocalStorage } from "node:async_hooks";
import { v7 as timeOrderedUuid } from "uuid";

type RequestContext = { requestId: string };

// On globalThis: bin/server.js loads lib/ apart from Next, which loads its own bundle; both must share one store.
const holder = globalThis as typeof globalThis & { __orgCenterRequestContext?: AsyncLocalStorage<RequestContext> };
const storage = (holder.__orgCenterRequestContext ??= new AsyncLocalStorage<RequestContext>());

/** A client's own request id (X-Request-Id, client-request-id) is kept when it is short and plain. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The client's id when kept, else a new UUID, time-ordered (v7): the request log indexes request ids, and ids that
 * grow with time go at the index's end instead of on a random page each (one page written per request at every
 * commit of the log).
 */
export function newRequestId(given?: string | null): string {
  const trimmed = given?.trim();
  return trimmed && REQUEST_ID.test(trimmed) ? trimmed : timeOrderedUuid();
}

export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
