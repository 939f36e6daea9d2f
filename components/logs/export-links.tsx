/** Downloads of every row matching the current filters (not just the page), streamed by the export route. */
export function ExportLinks({ href, what }: { href: (format: "csv" | "json") => string; what: string }) {
  const link = "rounded-md bg-white px-3 py-2 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50";
  return (
    <div className="flex items-center gap-2" role="group" aria-label={`Download ${what}`}>
      <a href={href("csv")} download className={link}>
        Download CSV
      </a>
      <a href={href("json")} download className={link}>
        Download JSON
      </a>
    </div>
  );
}
