// When a cycle stops and the job goes into quarantine (PRODUCT.md §5): a fatal failure (credentials refused, target
// unreachable or not SCIM), or most calls failing. Then escalating retry intervals, down to once a day, and after
// four weeks the job is turned off. Pure.
import type { CycleCounts, FailingRequest } from "./types";

export type Verdict = { code: string; reason: string; request?: FailingRequest };

export const MIN_ATTEMPTS_FOR_RATIO = 10;
export const FAILURE_RATIO = 0.8;
export const DAY_MS = 86_400_000;
export const QUARANTINE_GIVE_UP_MS = 28 * DAY_MS;

export function healthVerdict(counts: CycleCounts, fatal?: Verdict): Verdict | null {
  if (fatal) return fatal;
  const t = (k: "users" | "groups") =>
    counts[k].created + counts[k].updated + counts[k].disabled + counts[k].deleted + counts[k].failed;
  const attempted = t("users") + t("groups");
  const failed = counts.users.failed + counts.groups.failed;
  if (attempted >= MIN_ATTEMPTS_FOR_RATIO && failed / attempted >= FAILURE_RATIO) {
    return {
      code: "MostRequestsFailed",
      reason: `${failed} of ${attempted} objects failed in this cycle: the target rejects most of what is sent.`,
    };
  }
  return null;
}

/** Delay before the next attempt at quarantine level n (1, 2, ...): the interval doubled per level, at most a day. */
export function quarantineDelayMs(level: number, intervalMinutes: number): number {
  return Math.min(DAY_MS, intervalMinutes * 60_000 * 2 ** Math.max(0, level));
}

export function shouldGiveUp(quarantinedAt: Date | null, now: Date): boolean {
  return Boolean(quarantinedAt) && now.getTime() - quarantinedAt!.getTime() >= QUARANTINE_GIVE_UP_MS;
}
