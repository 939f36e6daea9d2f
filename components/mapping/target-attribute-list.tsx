"use client";
// Edit attribute list: the target's attributes with type, required, multi-valued and case-exact.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TARGET_TYPES, type TTargetAttribute } from "@/lib/mapping/types";

export function TargetAttributeList({ attributes, errors, onChange }: { attributes: TTargetAttribute[]; errors: Record<string, string>; onChange: (list: TTargetAttribute[]) => void }) {
  const [name, setName] = useState("");
  const update = (i: number, patch: Partial<TTargetAttribute>) => onChange(attributes.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const flag = (i: number, key: "required" | "multiValued" | "caseExact", text: string, a: TTargetAttribute) => (
    <td className="text-center"><input type="checkbox" aria-label={`${text}: ${a.name}`} checked={a[key]} onChange={(e) => update(i, { [key]: e.target.checked })} /></td>
  );
  return (
    <div>
      <table className="min-w-full text-sm">
        <caption className="sr-only">Target attribute list</caption>
        <thead><tr className="text-left text-slate-700"><th scope="col" className="py-1.5">Name</th><th scope="col">Type</th><th scope="col">Required</th><th scope="col">Multi-valued</th><th scope="col">Case exact</th><th scope="col"><span className="sr-only">Actions</span></th></tr></thead>
        <tbody className="divide-y divide-slate-100">
          {attributes.map((a, i) => (
            <tr key={`${a.name}-${i}`}>
              <td className="break-all py-1.5 pr-3">{a.name}{errors[`targetAttributes.${i}.name`] && <span className="block text-red-700">{errors[`targetAttributes.${i}.name`]}</span>}</td>
              <td className="pr-3">
                <select aria-label={`Type: ${a.name}`} className="rounded border border-slate-300 px-1 py-0.5" value={a.type} onChange={(e) => update(i, { type: e.target.value as TTargetAttribute["type"] })}>
                  {TARGET_TYPES.map((t) => <option key={t}>{t}</option>)}
                </select>
              </td>
              {flag(i, "required", "Required", a)}
              {flag(i, "multiValued", "Multi-valued", a)}
              {flag(i, "caseExact", "Case exact", a)}
              <td className="text-right"><button type="button" className="text-sm text-red-700 hover:underline" onClick={() => onChange(attributes.filter((_, j) => j !== i))}>Delete<span className="sr-only"> {a.name}</span></button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-3 flex items-end gap-2">
        <div>
          <label htmlFor="new-target-attribute" className="block text-sm font-medium text-slate-700">New target attribute</label>
          <input id="new-target-attribute" className="mt-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. urn:…:User:manager" />
        </div>
        <Button type="button" variant="secondary" disabled={!name.trim() || attributes.some((a) => a.name === name.trim())}
          onClick={() => { onChange([...attributes, { name: name.trim(), type: "String", required: false, multiValued: false, caseExact: false }]); setName(""); }}>Add attribute</Button>
      </div>
    </div>
  );
}
