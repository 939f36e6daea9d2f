"use client";
// Provisioning outcomes per day (Success / Failure / Skipped / Warning, stacked) with the same numbers as a table
// for screen readers and anyone who prefers one. Used on the Overview (all apps) and an app's provisioning page.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ColumnDef } from "@tanstack/react-table";
import { formatShortDay } from "@/lib/console/format-date";
import type { OutcomeDay } from "@/lib/logs/time-buckets";
import { ChartTable } from "./chart-table";

const SERIES = [
  { key: "Success", color: "#15803d" },
  { key: "Failure", color: "#b91c1c" },
  { key: "Skipped", color: "#94a3b8" },
  { key: "Warning", color: "#d97706" },
] as const;

/** `logsHref`: the provisioning log's URL (with any filter, e.g. the app); each number links to its day and status there. */
export function OutcomeChart({ days, title, logsHref }: { days: OutcomeDay[]; title: string; logsHref: string }) {
  const entriesHref = (day: string, status: string) =>
    `${logsHref}${logsHref.includes("?") ? "&" : "?"}range=custom&from=${day}&to=${day}&status=${status}`;
  const total = days.reduce((sum, d) => sum + d.Success + d.Failure + d.Skipped + d.Warning, 0);
  const failures = days.reduce((sum, d) => sum + d.Failure, 0);
  const summary =
    total === 0
      ? "No provisioning in the last 14 days."
      : `${total.toLocaleString("en-US")} log entries in ${days.length} days, ${failures.toLocaleString("en-US")} failed.`;
  return (
    <figure className="space-y-3">
      <figcaption className="text-sm text-slate-600">{summary}</figcaption>
      <div
        role="img"
        aria-label={`${title}: ${summary} The table below has every number.`}
        className="h-64 w-full min-w-0"
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={days.map((d) => ({ ...d, label: formatShortDay(d.day) }))}
            margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {SERIES.map((s) => (
              <Bar key={s.key} dataKey={s.key} stackId="outcome" fill={s.color} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartTable
        caption={`${title}, per day (UTC)`}
        rows={days}
        columns={[
          {
            id: "day",
            header: "Day (UTC)",
            cell: ({ row }) => <span className="font-normal">{row.original.day}</span>,
          },
          ...SERIES.map((s): ColumnDef<OutcomeDay, unknown> => ({
            id: s.key,
            header: s.key,
            meta: { align: "right" },
            cell: ({ row: { original: d } }) => (
              <span className="tabular-nums">
                {d[s.key] > 0 ? (
                  <a href={entriesHref(d.day, s.key)} className="text-brand-700 hover:underline">
                    {d[s.key].toLocaleString("en-US")}
                  </a>
                ) : (
                  0
                )}
              </span>
            ),
          })),
        ]}
      />
    </figure>
  );
}
