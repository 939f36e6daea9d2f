"use client";
// The console's one date component: relative time ("5 minutes ago") with the exact UTC time on hover, or
// `exact` for tables (the exact UTC time). The relative text refreshes every 30 s.
import { useEffect, useState } from "react";
import { formatRelative, formatUtc, type DateInput } from "@/lib/console/format-date";

export function DateTime({ value, exact = false, className }: { value: DateInput | null | undefined; exact?: boolean; className?: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (exact || value === null || value === undefined) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, [exact, value]);
  if (value === null || value === undefined) return <span className={className}>—</span>;
  const iso = new Date(value).toISOString();
  const utc = formatUtc(value);
  if (exact) return <time dateTime={iso} className={className}>{utc}</time>;
  return <time dateTime={iso} title={utc} className={className} suppressHydrationWarning>{formatRelative(value, now)}</time>;
}
