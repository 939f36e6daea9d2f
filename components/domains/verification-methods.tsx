// The two ways to prove ownership, as the GoTo screen shows them: a DNS TXT record or an HTTP file.
import { VERIFICATION_FILE } from "@/lib/domains/fetch-verification-file";
import { CodeLine } from "./code-line";

export function VerificationMethods({ name, code }: { name: string; code: string }) {
  return (
    <div className="space-y-5 text-sm">
      <section aria-labelledby="method-dns">
        <h3 id="method-dns" className="font-semibold">
          Method 1: DNS TXT record
        </h3>
        <p className="mt-1 text-slate-600">
          At your DNS provider, add a TXT record at the domain itself (host <code>@</code>) with this value:
        </p>
        <dl className="mt-2 grid grid-cols-[5rem_1fr] gap-x-3 gap-y-2">
          <dt className="text-slate-600">Type</dt>
          <dd>TXT</dd>
          <dt className="text-slate-600">Host</dt>
          <dd>
            <code>@</code>
          </dd>
          <dt className="text-slate-600">Value</dt>
          <dd>
            <CodeLine value={code} copyLabel="Copy TXT value" testId="verification-code" />
          </dd>
        </dl>
        <p className="mt-3 text-slate-600">In a zone file, either form:</p>
        <div className="mt-1 space-y-1">
          <CodeLine value={`@ IN TXT "${code}"`} copyLabel="Copy @ line" />
          <CodeLine value={`${name}. IN TXT "${code}"`} copyLabel="Copy full-name line" />
        </div>
        <p className="mt-3 text-slate-600">
          Check that it is published (changes can take a while to reach every DNS server):
        </p>
        <div className="mt-1 space-y-1">
          <CodeLine value={`dig TXT ${name}`} copyLabel="Copy dig command" />
          <CodeLine value={`nslookup -type=TXT ${name}`} copyLabel="Copy nslookup command" />
        </div>
      </section>
      <section aria-labelledby="method-http">
        <h3 id="method-http" className="font-semibold">
          Method 2: HTTP file
        </h3>
        <p className="mt-1 text-slate-600">
          Or serve a plain-text file at this address whose whole content is the code line:
        </p>
        <div className="mt-2 space-y-1">
          <CodeLine value={`http://${name}${VERIFICATION_FILE}`} copyLabel="Copy file URL" />
          <CodeLine value={code} copyLabel="Copy file content" />
        </div>
        <p className="mt-2 text-xs text-slate-500">
          Status 200, at most 4 KiB; redirects are followed only within {name}.
        </p>
      </section>
      <p className="text-xs text-slate-500">
        Both <code>logmein-verification-code=</code> and <code>goto-verification-code=</code> are accepted. A subdomain
        needs its own record.
      </p>
    </div>
  );
}
