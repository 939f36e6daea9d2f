/** A logged request or response body, pretty-printed when it is JSON (secrets were redacted before storage). */
export function BodyBlock({ text, label }: { text: string | null; label: string }) {
  if (!text) return <p className="text-sm text-slate-600">No body.</p>;
  let shown = text;
  try {
    shown = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    // not JSON: shown as stored
  }
  return (
    <pre
      aria-label={label}
      tabIndex={0}
      className="max-h-96 overflow-auto rounded-md bg-slate-50 p-3 font-mono text-xs break-all whitespace-pre-wrap"
    >
      {shown}
    </pre>
  );
}
