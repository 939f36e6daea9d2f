// The transport the engine uses: HTTP, each attempt holding a slot of the target's concurrency limit, wrapped
// in the retry policy (backoff waits hold no slot; a 429 pauses the whole target).
import { createHttpTransport, type HttpTransportOptions } from "./http-transport";
import { limiterFor } from "./limiter";
import { defaultRetryPolicy, withRetries, type RetryPolicy } from "./retry";
import type { ScimTransport } from "./types";

export function createScimTransport(
  options: HttpTransportOptions & { concurrency?: number; retry?: RetryPolicy },
): ScimTransport {
  const http = createHttpTransport(options);
  const limiter = limiterFor(options.target.base, options.concurrency);
  const limited: ScimTransport = { send: (request) => limiter.run(() => http.send(request)) };
  return withRetries(limited, options.retry ?? defaultRetryPolicy(), { limiter });
}
