import { CopyButton } from "@/components/ui/copy-button";

/** A value to paste somewhere (a record, a command), with its copy button. */
export function CodeLine({ value, copyLabel, testId }: { value: string; copyLabel: string; testId?: string }) {
  return (
    <div className="flex items-start gap-2">
      <code
        data-testid={testId}
        className="min-w-0 flex-1 rounded bg-slate-100 px-2 py-1 font-mono text-xs break-all text-slate-900"
      >
        {value}
      </code>
      <CopyButton value={value} label={copyLabel} />
    </div>
  );
}
