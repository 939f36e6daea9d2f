const TONES: Record<string, string> = {
  Success: "bg-green-100 text-green-800",
  Failure: "bg-red-100 text-red-800",
  Skipped: "bg-slate-200 text-slate-700",
  Warning: "bg-amber-100 text-amber-900",
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${TONES[status] ?? "bg-slate-100 text-slate-700"}`}>
      {status}
    </span>
  );
}

export function HttpStatus({ status }: { status: number }) {
  return (
    <span className={`font-mono font-semibold ${status >= 400 ? "text-red-700" : "text-green-700"}`}>{status}</span>
  );
}
