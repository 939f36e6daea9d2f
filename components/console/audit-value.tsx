// An audit event's old or new value as "name: value" lines instead of raw JSON.
import { describeAuditValue } from "@/lib/audit/describe-audit-value";

export function AuditValue({ json }: { json: string | null }) {
  const lines = describeAuditValue(json);
  if (!lines) return <span className="text-slate-400">—</span>;
  return (
    <dl className="space-y-0.5 text-xs">
      {lines.map((l, i) => (
        <div key={i} className="[overflow-wrap:anywhere]">
          <dt className="inline font-medium text-slate-700">{l.name}:</dt>{" "}
          <dd className="inline text-slate-900">{l.value}</dd>
        </div>
      ))}
    </dl>
  );
}
