"use client";
// Inbound SCIM requests per hour for the last 24 hours (bars: answered fine / failed) with the error rate as a
// line, and the same numbers as a table.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ColumnDef } from "@tanstack/react-table";
import { formatRate, type RequestHour } from "@/lib/logs/time-buckets";
import { ChartTable } from "./chart-table";

const hourLabel = (hour: string) => `${hour.slice(11, 13)}:00`;
const count = (n: number) => <span className="tabular-nums">{n.toLocaleString("en-US")}</span>;

const COLUMNS: ColumnDef<RequestHour, unknown>[] = [
  {
    id: "hour",
    header: "Hour (UTC)",
    cell: ({ row }) => <span className="font-normal">{row.original.hour.replace("T", " ")}:00</span>,
  },
  { id: "total", header: "Requests", meta: { align: "right" }, cell: ({ row }) => count(row.original.total) },
  {
    id: "errors",
    header: "Failed (4xx, 5xx)",
    meta: { align: "right" },
    cell: ({ row }) => count(row.original.errors),
  },
  {
    id: "errorRate",
    header: "Error rate",
    meta: { align: "right" },
    cell: ({ row }) => <span className="tabular-nums">{formatRate(row.original.errorRate)}</span>,
  },
];

export function ScimRequestsChart({ hours }: { hours: RequestHour[] }) {
  const total = hours.reduce((sum, h) => sum + h.total, 0);
  const errors = hours.reduce((sum, h) => sum + h.errors, 0);
  const summary =
    total === 0
      ? "No inbound SCIM requests in the last 24 hours."
      : `${total.toLocaleString("en-US")} requests in 24 hours, ${errors.toLocaleString("en-US")} failed (error rate ${formatRate(errors / total)}).`;
  const data = hours.map((h) => ({
    label: hourLabel(h.hour),
    OK: h.total - h.errors,
    Failed: h.errors,
    "Error rate (%)": Math.round(h.errorRate * 1000) / 10,
  }));
  return (
    <figure className="space-y-3">
      <figcaption className="text-sm text-slate-600">{summary}</figcaption>
      <div
        role="img"
        aria-label={`Inbound SCIM requests per hour: ${summary} The table below has every number.`}
        className="h-64 w-full min-w-0"
      >
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 8, right: 0, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
            <YAxis yAxisId="n" allowDecimals={false} tick={{ fontSize: 11 }} />
            <YAxis yAxisId="rate" orientation="right" domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} width={44} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar yAxisId="n" dataKey="OK" stackId="req" fill="#1f5eff" isAnimationActive={false} />
            <Bar yAxisId="n" dataKey="Failed" stackId="req" fill="#b91c1c" isAnimationActive={false} />
            <Line
              yAxisId="rate"
              dataKey="Error rate (%)"
              stroke="#d97706"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ChartTable caption="Inbound SCIM requests per hour (UTC)" columns={COLUMNS} rows={hours} />
    </figure>
  );
}
