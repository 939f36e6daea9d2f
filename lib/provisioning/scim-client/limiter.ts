// A per-target concurrency limit with a shared pause: a 429 from the target holds every request to it until its
// Retry-After has passed, not just the one that was refused. One limiter per target per process.
export class TargetLimiter {
  private active = 0;
  private pausedUntil = 0;
  private waiters: (() => void)[] = [];
  private timer: NodeJS.Timeout | null = null;
  maxSeenInFlight = 0;

  constructor(
    readonly max: number,
    private readonly now: () => number = Date.now,
  ) {}

  get inFlight(): number {
    return this.active;
  }

  /** Stops new requests until `ms` from now (extends, never shortens, a running pause). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await task();
    } finally {
      this.active--;
      this.wake();
    }
  }

  private acquire(): Promise<void> {
    if (this.canStart()) {
      this.start();
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.waiters.push(() => {
        this.start();
        resolve();
      });
      this.wake();
    });
  }

  private canStart(): boolean {
    return this.active < this.max && this.now() >= this.pausedUntil && this.waiters.length === 0;
  }

  private start(): void {
    this.active++;
    this.maxSeenInFlight = Math.max(this.maxSeenInFlight, this.active);
  }

  private wake(): void {
    const wait = this.pausedUntil - this.now();
    if (wait > 0) {
      if (!this.timer && this.waiters.length) {
        this.timer = setTimeout(() => {
          this.timer = null;
          this.wake();
        }, wait);
      }
      return;
    }
    while (this.active < this.max && this.waiters.length) this.waiters.shift()!();
  }
}

const limiters = new Map<string, TargetLimiter>();

export function defaultConcurrency(): number {
  const n = Number(process.env.PROVISIONING_TARGET_CONCURRENCY);
  return Number.isInteger(n) && n >= 1 && n <= 64 ? n : 8;
}

/** The process-wide limiter of a target (keyed by its base URL): jobs that share a target share its limit. */
export function limiterFor(key: string, max = defaultConcurrency()): TargetLimiter {
  let limiter = limiters.get(key);
  if (!limiter || limiter.max !== max) {
    limiter = new TargetLimiter(max);
    limiters.set(key, limiter);
  }
  return limiter;
}
