// The dry-run preview: what the next cycle would do under the edited mapping, with examples.
import type { MappingPreview } from "@/lib/mapping/preview";

const LABELS = [["create", "Creates"], ["update", "Updates"], ["disable", "Disables"], ["delete", "Deletes"], ["errors", "Errors"]] as const;

export function PreviewPanel({ preview }: { preview: MappingPreview }) {
  return (
    <section aria-labelledby="preview-title" className="rounded-lg border border-slate-200 bg-white p-5">
      <h3 id="preview-title" className="text-base font-semibold">Preview of the next cycle</h3>
      <p className="mt-1 text-sm text-slate-600">Computed from the source directory and what was last provisioned ({preview.scanned.users} users, {preview.scanned.groups} groups); the target was not called, so SelectUniqueValue shows its first value without checking whether the target already has it.</p>
      <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-6">
        {LABELS.map(([key, label]) => (
          <div key={key} className="rounded-md bg-slate-50 p-3"><dt className="text-xs text-slate-600">{label}</dt><dd className="text-xl font-semibold" data-testid={`preview-${key}`}>{preview.counts[key]}</dd></div>
        ))}
        <div className="rounded-md bg-slate-50 p-3"><dt className="text-xs text-slate-600">Unchanged</dt><dd className="text-xl font-semibold">{preview.counts.unchanged}</dd></div>
      </dl>
      {LABELS.filter(([key]) => preview.examples[key].length > 0).map(([key, label]) => (
        <div key={key} className="mt-4">
          <h4 className="text-sm font-semibold">{label}: examples</h4>
          <ul className="mt-1 space-y-1 text-sm">
            {preview.examples[key].map((e, i) => <li key={i}><span className="font-medium">{e.name}</span> <span className="text-slate-600">({e.kind})</span>{e.detail && <span className="block break-all text-slate-700">{e.detail}</span>}</li>)}
          </ul>
        </div>
      ))}
    </section>
  );
}
