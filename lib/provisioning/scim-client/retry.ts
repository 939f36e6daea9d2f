// Retries as Entra does: 429 waits for Retry-After (and pauses the whole target), 5xx and timeouts back off
// exponentially with jitter; after the last attempt the answer (or the error) goes back to the engine.
import type { TargetLimiter } from "./limiter";
import { ScimTransportError, type ScimRequest, type ScimResponse, type ScimTransport } from "./types";
import { metrics } from "@/lib/ops/metrics";

export type RetryPolicy = {
  /** Attempts for 5xx, timeouts and connection failures (1 = no retry). */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Attempts when the target keeps answering 429. */
  max429Attempts: number;
  /** Retry-After without a value, or above this, is clamped to it. */
  maxRetryAfterMs: number;
};

export function defaultRetryPolicy(): RetryPolicy {
  const env = (name: string, fallback: number) => {
    const n = Number(process.env[name]);
    return Number.isFinite(n) && n >= 0 ? n : fallback;
  };
  return {
    maxAttempts: env("PROVISIONING_MAX_ATTEMPTS", 4),
    baseDelayMs: env("PROVISIONING_RETRY_BASE_MS", 1000),
    maxDelayMs: 30_000,
    max429Attempts: 8,
    maxRetryAfterMs: env("PROVISIONING_MAX_RETRY_AFTER_MS", 120_000),
  };
}

export const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);

export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(exp * (0.5 + random() / 2));
}

type Deps = { sleep?: (ms: number) => Promise<void>; random?: () => number; limiter?: TargetLimiter };

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function withRetries(inner: ScimTransport, policy: RetryPolicy, deps: Deps = {}): ScimTransport {
  const sleep = deps.sleep ?? defaultSleep;
  return {
    async send(request: ScimRequest): Promise<ScimResponse> {
      let failures = 0;
      let throttled = 0;
      for (let attempt = 1; ; attempt++) {
        let response: ScimResponse;
        try {
          response = await inner.send({ ...request, attempt });
        } catch (error) {
          if (!(error instanceof ScimTransportError) || error.kind === "blocked") throw error;
          if (++failures >= policy.maxAttempts) throw error;
          metrics.targetRetries.inc({ reason: error.kind });
          await sleep(backoffMs(policy, failures, deps.random));
          continue;
        }
        if (response.status === 429) {
          metrics.targetThrottled.inc();
          if (++throttled >= policy.max429Attempts) return response;
          metrics.targetRetries.inc({ reason: "429" });
          const wait = Math.min(response.retryAfterMs ?? policy.baseDelayMs * 5, policy.maxRetryAfterMs);
          deps.limiter?.pause(wait);
          await sleep(wait);
          continue;
        }
        if (RETRYABLE_STATUS.has(response.status)) {
          if (++failures >= policy.maxAttempts) return response;
          metrics.targetRetries.inc({ reason: "5xx" });
          const wait = Math.max(
            backoffMs(policy, failures, deps.random),
            Math.min(response.retryAfterMs ?? 0, policy.maxRetryAfterMs),
          );
          await sleep(wait);
          continue;
        }
        return response;
      }
    },
  };
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
