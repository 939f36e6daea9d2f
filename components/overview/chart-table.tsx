// A chart's accessible alternative: its numbers as a table behind "Show the numbers as a table".
import type { ReactNode } from "react";

export function ChartTable({ caption, head, children }: { caption: string; head: ReactNode; children: ReactNode }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-brand-700">Show the numbers as a table</summary>
      <div className="relative mt-2 overflow-x-auto">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead><tr className="text-left text-slate-700">{head}</tr></thead>
          <tbody className="divide-y divide-slate-100">{children}</tbody>
        </table>
      </div>
    </details>
  );
}
