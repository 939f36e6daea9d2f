"use client";
// The console's one date component: relative time ("5 minutes ago") with the exact UTC time on hover, or
// `exact` for tables (the exact UTC time). The relative text refreshes every 30 s.
import { useSyncExternalStore } from "react";
import { formatRelative, formatUtc, type DateInput } from "@/lib/console/format-date";

// One 30-second clock for every relative date on the page.
let clockNow = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void) {
  if (listeners.size === 0) {
    clockNow = Date.now();
    timer = setInterval(() => {
      clockNow = Date.now();
      for (const l of listeners) l();
    }, 30_000);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) clearInterval(timer);
  };
}

export function DateTime({
  value,
  exact = false,
  className,
}: {
  value: DateInput | null | undefined;
  exact?: boolean;
  className?: string;
}) {
  const now = useSyncExternalStore(
    subscribe,
    () => clockNow,
    () => clockNow,
  );
  if (value === null || value === undefined) return <span className={className}>—</span>;
  const iso = new Date(value).toISOString();
  const utc = formatUtc(value);
  if (exact)
    return (
      <time dateTime={iso} className={className}>
        {utc}
      </time>
    );
  return (
    <time dateTime={iso} title={utc} className={className} suppressHydrationWarning>
      {formatRelative(value, now)}
    </time>
  );
}
