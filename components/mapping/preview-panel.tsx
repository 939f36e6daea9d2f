// The dry-run preview: what the next cycle would do under the edited mapping, object by object, with examples.
// Out-of-scope objects are counted apart from the unchanged ones.
import type { MappingPreview } from "@/lib/provisioning/mappings/preview";

const LABELS = [
  ["create", "Creates"],
  ["update", "Updates"],
  ["disable", "Disables"],
  ["delete", "Deletes"],
  ["held", "Held deletions"],
  ["errors", "Errors"],
] as const;

export function PreviewPanel({ preview }: { preview: MappingPreview }) {
  const { asked, estimated, note } = preview.target;
  return (
    <section aria-labelledby="preview-title" className="rounded-lg border border-slate-200 bg-white p-5">
      <h3 id="preview-title" className="text-base font-semibold">
        Preview of the next cycle
      </h3>
      <p className="mt-1 text-sm text-slate-600">
        The next cycle is{" "}
        {preview.cycleType === "incremental"
          ? "an incremental"
          : `a${preview.cycleType === "initial" ? "n" : ""} ${preview.cycleType}`}{" "}
        cycle over {preview.scanned.users} users and {preview.scanned.groups} groups.{" "}
        {asked > 0 &&
          `The target was asked read-only questions about ${asked} of them (matching lookups), as the cycle will.`}
        {estimated > 0 && ` ${estimated} were estimated from what was provisioned last.`}
      </p>
      {note && (
        <p role="status" className="mt-2 text-sm text-amber-800">
          {note}
        </p>
      )}
      <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
        {LABELS.map(([key, label]) => (
          <div key={key} className="rounded-md bg-slate-50 p-3">
            <dt className="text-xs text-slate-600">{label}</dt>
            <dd className="text-xl font-semibold" data-testid={`preview-${key}`}>
              {preview.counts[key]}
            </dd>
          </div>
        ))}
        <div className="rounded-md bg-slate-50 p-3">
          <dt className="text-xs text-slate-600">Unchanged</dt>
          <dd className="text-xl font-semibold" data-testid="preview-unchanged">
            {preview.counts.unchanged}
          </dd>
        </div>
      </dl>
      <p className="mt-3 text-sm text-slate-700" data-testid="preview-out-of-scope">
        Out of scope: <strong>{preview.counts.outOfScope}</strong> object(s) the cycle looks at and leaves alone (not
        assigned, or filtered out by a scoping filter).
        {preview.notLookedAt > 0 && (
          <> {preview.notLookedAt} other object(s) of the identity source are not part of this cycle.</>
        )}
      </p>
      {[...LABELS, ["outOfScope", "Out of scope"] as const]
        .filter(([key]) => preview.examples[key].length > 0)
        .map(([key, label]) => (
          <div key={key} className="mt-4">
            <h4 className="text-sm font-semibold">{label}: examples</h4>
            <ul className="mt-1 space-y-1 text-sm">
              {preview.examples[key].map((e, i) => (
                <li key={i}>
                  <span className="font-medium">{e.name}</span> <span className="text-slate-600">({e.kind})</span>
                  {e.detail && <span className="block break-all text-slate-700">{e.detail}</span>}
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
