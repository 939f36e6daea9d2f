// What a console page shows while its data loads: a quiet skeleton of a page header and a table, announced once
// as "Loading…" (role="status"). Used by each console section's loading.tsx and the Overview's Suspense.
/** `hasHeader`: false when the page has already shown its own header and only its body is loading. */
export function ConsoleLoading({ hasHeader = true }: { hasHeader?: boolean }) {
  return (
    <div role="status" className="motion-safe:animate-pulse">
      <span className="sr-only">Loading…</span>
      <div aria-hidden="true">
        {hasHeader && (
          <div className="mb-6 space-y-2">
            <div className="h-7 w-48 max-w-full rounded bg-slate-200" />
            <div className="h-4 w-96 max-w-full rounded bg-slate-100" />
          </div>
        )}
        <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          {[0, 1, 2, 3, 4].map((i) => (
            <div key={i} className="h-4 rounded bg-slate-100" />
          ))}
        </div>
      </div>
    </div>
  );
}
