"use client";
import { useEffect, useState } from "react";
import { timeLeft } from "@/lib/domains/domain-status";
import { formatUtc } from "@/lib/console/format-date";

/** "9 days 23 hours left", rendered with the server's clock first, then ticking in the browser. */
export function Countdown({ expiresAt, now }: { expiresAt: string; now: string }) {
  const deadline = new Date(expiresAt);
  const [text, setText] = useState(() => timeLeft(deadline, new Date(now)));
  useEffect(() => {
    const update = () => setText(timeLeft(new Date(expiresAt), new Date()));
    update();
    const timer = setInterval(update, 30_000);
    return () => clearInterval(timer);
  }, [expiresAt]);
  return (
    <time dateTime={expiresAt} title={`Deadline: ${formatUtc(expiresAt)}`}>
      {text}
    </time>
  );
}
