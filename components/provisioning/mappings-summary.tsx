// The job's attribute mappings, read-only (the mapping editor is its own screen).
import type { TMappingDefinition } from "@/lib/mapping/types";

export function MappingsSummary({ mapping }: { mapping: TMappingDefinition }) {
  const section = (title: string, m: TMappingDefinition["user"]) => (
    <div>
      <h3 className="text-sm font-semibold">{title} <span className="font-normal text-slate-600">({m.enabled ? "enabled" : "disabled"}; actions: {Object.entries(m.actions).filter(([, on]) => on).map(([a]) => a).join(", ") || "none"})</span></h3>
      <div className="relative overflow-x-auto"><table className="mt-2 min-w-full text-sm">
        <caption className="sr-only">{title}</caption>
        <thead><tr className="text-left text-slate-700"><th scope="col" className="py-1.5 pr-4">Source attribute</th><th scope="col" className="pr-4">Target attribute</th><th scope="col" className="pr-4">Matching precedence</th><th scope="col">Apply</th></tr></thead>
        <tbody className="divide-y divide-slate-100">
          {m.attributes.map((a) => (
            <tr key={a.target}>
              <td className="py-1.5 pr-4">{a.type === "Direct" ? a.source : a.type === "Constant" ? `"${a.constant}"` : a.type === "Expression" ? a.expression : "—"}</td>
              <td className="break-all pr-4">{a.target}</td>
              <td className="pr-4">{a.matching ? a.matchingPrecedence ?? 1 : ""}</td>
              <td>{a.apply === "OnCreate" ? "Only during creation" : "Always"}</td>
            </tr>
          ))}
        </tbody>
      </table></div>
    </div>
  );
  return <div className="space-y-6">{section("Provision users", mapping.user)}{section("Provision groups", mapping.group)}</div>;
}
