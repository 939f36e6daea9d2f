// The attribute mappings of one object type, with Edit and Delete per row.
import { describeMapping } from "@/lib/mapping/diff-definitions";
import type { TAttributeMapping } from "@/lib/mapping/types";

export function AttributeTable({ attributes, errors, canWrite, onEdit, onDelete }: {
  attributes: TAttributeMapping[];
  errors: Record<string, string>;
  canWrite: boolean;
  onEdit: (i: number) => void;
  onDelete: (i: number) => void;
}) {
  const source = (a: TAttributeMapping) => (a.type === "Direct" ? a.source : a.type === "Constant" ? `"${a.constant ?? ""}"` : a.type === "Expression" ? a.expression : "—");
  return (
    <div className="relative overflow-x-auto"><table className="min-w-full text-sm">
      <caption className="sr-only">Attribute mappings</caption>
      <thead><tr className="text-left text-slate-700"><th scope="col" className="py-1.5 pr-3">Source attribute</th><th scope="col" className="pr-3">Type</th><th scope="col" className="pr-3">Target attribute</th><th scope="col" className="pr-3">Matching precedence</th><th scope="col" className="pr-3">Apply</th>{canWrite && <th scope="col"><span className="sr-only">Actions</span></th>}</tr></thead>
      <tbody className="divide-y divide-slate-100">
        {attributes.map((a, i) => {
          const rowErrors = Object.entries(errors).filter(([k]) => k.startsWith(`attributes.${i}.`)).map(([, v]) => v);
          return (
            <tr key={`${a.target}-${i}`} title={describeMapping(a)}>
              <td className="break-all py-1.5 pr-3 font-mono text-xs">{source(a)}{rowErrors.length > 0 && <span className="block font-sans text-sm text-red-700">{rowErrors.join(" ")}</span>}</td>
              <td className="pr-3">{a.type}</td>
              <td className="break-all pr-3">{a.target}</td>
              <td className="pr-3">{a.matching ? a.matchingPrecedence ?? 1 : ""}</td>
              <td className="pr-3">{a.apply === "OnCreate" ? "Only during creation" : "Always"}</td>
              {canWrite && (
                <td className="whitespace-nowrap text-right">
                  <button type="button" className="text-brand-700 hover:underline" onClick={() => onEdit(i)}>Edit<span className="sr-only"> {a.target}</span></button>
                  <button type="button" className="ml-3 text-red-700 hover:underline" onClick={() => onDelete(i)}>Delete<span className="sr-only"> {a.target}</span></button>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table></div>
  );
}
