// A budget of log lines per window, so a flood (e.g. a client hammering with a wrong token) cannot fill the disk:
// up to `limit` lines per `windowMs`, then silence, and the next window's first line says how many were dropped.
// API: createLogBudget({ limit, windowMs, now? }) → take() → { allowed, suppressed }.
export type LogBudget = { take: () => { allowed: boolean; suppressed: number } };

export function createLogBudget({
  limit,
  windowMs,
  now = Date.now,
}: {
  limit: number;
  windowMs: number;
  now?: () => number;
}): LogBudget {
  let windowStart = -Infinity;
  let used = 0;
  let dropped = 0;
  return {
    take() {
      const t = now();
      if (t - windowStart >= windowMs) {
        windowStart = t;
        used = 0;
      }
      if (used >= limit) {
        dropped++;
        return { allowed: false, suppressed: 0 };
      }
      used++;
      const suppressed = dropped;
      dropped = 0;
      return { allowed: true, suppressed };
    },
  };
}
