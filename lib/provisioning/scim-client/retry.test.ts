import { describe, expect, it } from "vitest";
import { TargetLimiter } from "./limiter";
import { backoffMs, parseRetryAfter, withRetries, type RetryPolicy } from "./retry";
import { ScimTransportError, type ScimRequest, type ScimResponse, type ScimTransport } from "./types";

const policy: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 100,
  maxDelayMs: 1000,
  max429Attempts: 4,
  maxRetryAfterMs: 5000,
};
const res = (status: number, retryAfterMs?: number): ScimResponse => ({
  status,
  body: undefined,
  text: "",
  contentType: null,
  retryAfterMs,
  durationMs: 1,
});

function scripted(steps: (ScimResponse | Error)[]) {
  const calls: ScimRequest[] = [];
  const transport: ScimTransport = {
    async send(request) {
      calls.push(request);
      const step = steps.shift();
      if (!step) throw new Error("no more scripted answers");
      if (step instanceof Error) throw step;
      return step;
    },
  };
  return { transport, calls };
}

function run(steps: (ScimResponse | Error)[], limiter?: TargetLimiter) {
  const sleeps: number[] = [];
  const { transport, calls } = scripted(steps);
  const retrying = withRetries(transport, policy, {
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 1,
    limiter,
  });
  return { send: () => retrying.send({ method: "GET", path: "/Users" }), sleeps, calls };
}

describe("withRetries", () => {
  it("waits Retry-After on 429, pausing the target, then returns the answer", async () => {
    const limiter = new TargetLimiter(2);
    const r = run([res(429, 2000), res(429, 1000), res(200)], limiter);
    expect((await r.send()).status).toBe(200);
    expect(r.sleeps).toEqual([2000, 1000]);
    expect(r.calls).toHaveLength(3);
  });

  it("backs off exponentially on 5xx and gives the last answer after maxAttempts", async () => {
    const r = run([res(500), res(503), res(502)]);
    expect((await r.send()).status).toBe(502);
    expect(r.sleeps).toEqual([100, 200]);
  });

  it("numbers the attempts of one request, and starts again at 1 for the next request to the same path", async () => {
    const { transport, calls } = scripted([
      res(503),
      res(429, 10),
      new ScimTransportError("timeout", "slow"),
      res(200),
      res(200),
    ]);
    const retrying = withRetries(transport, policy, { sleep: async () => undefined, random: () => 1 });
    expect((await retrying.send({ method: "PATCH", path: "/Groups/g1" })).status).toBe(200);
    expect((await retrying.send({ method: "PATCH", path: "/Groups/g1" })).status).toBe(200);
    expect(calls.map((c) => c.attempt)).toEqual([1, 2, 3, 4, 1]);
  });

  it("retries timeouts and connection failures, then throws", async () => {
    const ok = run([new ScimTransportError("timeout", "slow"), res(201)]);
    expect((await ok.send()).status).toBe(201);
    const ko = run([
      new ScimTransportError("network", "refused"),
      new ScimTransportError("timeout", "slow"),
      new ScimTransportError("timeout", "slow"),
    ]);
    await expect(ko.send()).rejects.toThrow("slow");
    expect(ko.calls).toHaveLength(3);
  });

  it("does not retry 4xx answers or refused (blocked) targets", async () => {
    const r = run([res(400)]);
    expect((await r.send()).status).toBe(400);
    const blocked = run([new ScimTransportError("blocked", "private address")]);
    await expect(blocked.send()).rejects.toThrow("private address");
    expect(blocked.calls).toHaveLength(1);
  });

  it("gives up on 429 after max429Attempts and clamps huge Retry-After values", async () => {
    const r = run([res(429, 999_999), res(429), res(429), res(429)]);
    expect((await r.send()).status).toBe(429);
    expect(r.sleeps).toEqual([5000, 500, 500]);
  });
});

describe("parseRetryAfter and backoffMs", () => {
  it("reads delta-seconds and HTTP dates", () => {
    expect(parseRetryAfter("3")).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
  it("caps the exponential delay and jitters down to half", () => {
    expect(backoffMs(policy, 10, () => 1)).toBe(1000);
    expect(backoffMs(policy, 1, () => 0)).toBe(50);
  });
});

describe("TargetLimiter", () => {
  it("never runs more than max tasks at once and holds new ones during a pause", async () => {
    const limiter = new TargetLimiter(3);
    let running = 0;
    let peak = 0;
    const task = () =>
      limiter.run(async () => {
        peak = Math.max(peak, ++running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
      });
    await Promise.all(Array.from({ length: 12 }, task));
    expect(peak).toBe(3);

    limiter.pause(60);
    const started = Date.now();
    await limiter.run(async () => undefined);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });
});
