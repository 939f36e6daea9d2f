// The result panel: every TXT string found at the name and why it did or did not match, and what the HTTP
// file request answered (status and first bytes).
import type { VerificationResult } from "@/lib/domains/check-domain";
import { formatUtc } from "@/lib/console/format-date";

function Mark({ ok }: { ok: boolean }) {
  return (
    <span aria-hidden className={`mr-1 font-bold ${ok ? "text-green-700" : "text-slate-400"}`}>
      {ok ? "✓" : "✗"}
    </span>
  );
}

export function VerificationResultPanel({ result }: { result: VerificationResult }) {
  const { dns, http } = result;
  return (
    <section
      aria-label="Verification result"
      className="space-y-4 rounded-md border border-slate-200 bg-slate-50 p-4 text-sm"
    >
      <p className="font-medium">
        {result.verified
          ? `Verified by ${result.method === "dns" ? "the DNS TXT record" : "the HTTP file"}.`
          : "No valid verification found yet."}{" "}
        <span className="font-normal text-slate-600">Checked {formatUtc(new Date(result.checkedAt))}.</span>
      </p>
      <div>
        <h4 className="font-semibold">DNS TXT records at {dns.name}</h4>
        {dns.error && <p className="mt-1 text-red-700">{dns.error}</p>}
        {!dns.error && dns.records.length === 0 && (
          <p className="mt-1 text-slate-700">No TXT records found at {dns.name}.</p>
        )}
        {dns.records.length > 0 && (
          <ul className="mt-1 space-y-2" aria-label="TXT records found">
            {dns.records.map((r, i) => (
              <li key={i} className={r.matched ? "text-green-800" : "text-slate-800"}>
                <Mark ok={r.matched} />
                <code className="font-mono text-xs break-all">{r.value}</code>
                {r.strings > 1 && <span className="text-xs text-slate-500"> ({r.strings} strings)</span>}
                <p className="ml-5 text-xs text-slate-600">{r.reason}</p>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h4 className="font-semibold">HTTP file</h4>
        <p className="mt-1 text-xs break-all text-slate-600">
          GET {http.url}
          {http.redirects.length > 0 && <> → {http.redirects.join(" → ")}</>}
        </p>
        <p className={`mt-1 ${http.matched ? "text-green-800" : "text-slate-800"}`}>
          <Mark ok={http.matched} />
          {http.status !== undefined && <span className="font-medium">HTTP {http.status}. </span>}
          {http.reason}
        </p>
        {http.firstBytes !== undefined && (
          <>
            <p className="mt-1 text-xs text-slate-600">First bytes of the answer:</p>
            <pre className="mt-1 max-h-40 overflow-auto rounded bg-white p-2 font-mono text-xs break-all whitespace-pre-wrap ring-1 ring-slate-200">
              {http.firstBytes || "(empty)"}
            </pre>
          </>
        )}
      </div>
    </section>
  );
}
