// The quarantine banner (PRODUCT.md §5): the reason, since when, the next attempt, and beyond Entra the failing
// request itself (method, path, status, SCIM error body) one click away. Accidental-deletion holds offer Allow deletes.
import { Alert } from "@/components/ui/alert";
import { DateTime } from "@/components/ui/date-time";
import { formatUtc } from "@/lib/console/format-date";
import { ActionButton } from "./action-button";
import type { FormState } from "@/lib/errors/form-state";

type Quarantine = {
  since: string;
  reason: string | null;
  code: string | null;
  level: number;
  request: { method: string; path: string; status: number | null; body?: unknown; error?: string } | null;
};

export function QuarantineBanner({
  quarantine,
  hold,
  nextRunAt,
  logsHref,
  allowDeletes,
}: {
  quarantine: Quarantine | null;
  hold: { since: string; count: number } | null;
  nextRunAt: string | null;
  logsHref: string;
  allowDeletes?: (prev: FormState) => Promise<FormState>;
}) {
  if (!quarantine && !hold) return null;
  return (
    <div className="space-y-3">
      {quarantine && (
        <Alert tone="error">
          <p className="font-semibold">
            This application is in quarantine
            {quarantine.code === "AccidentalDeletionThresholdExceeded" ? " (accidental deletions held)" : ""}.
          </p>
          <p className="mt-1">{quarantine.reason}</p>
          <p className="mt-1 text-xs">
            Since <DateTime value={quarantine.since} /> · error code {quarantine.code}
            {nextRunAt && quarantine.level > 0
              ? ` · next attempt ${formatUtc(nextRunAt)} (retries slow down to once a day; after four weeks provisioning is turned off)`
              : ""}
          </p>
          {quarantine.request && (
            <details className="mt-2">
              <summary className="cursor-pointer font-medium underline">Show the failing request</summary>
              <div className="mt-2 rounded bg-white/70 p-3 font-mono text-xs text-slate-900">
                <p>
                  {quarantine.request.method} {quarantine.request.path} →{" "}
                  {quarantine.request.status ?? quarantine.request.error ?? "no answer"}
                </p>
                {quarantine.request.body !== undefined && (
                  <pre className="mt-2 max-h-60 overflow-auto break-all whitespace-pre-wrap">
                    {typeof quarantine.request.body === "string"
                      ? quarantine.request.body
                      : JSON.stringify(quarantine.request.body, null, 2)}
                  </pre>
                )}
              </div>
            </details>
          )}
          <p className="mt-2 text-xs">
            Fix the cause (credentials, Tenant URL or the target), then use Sync now or Restart provisioning. The{" "}
            <a className="underline" href={logsHref}>
              provisioning logs
            </a>{" "}
            have every failed object.
          </p>
        </Alert>
      )}
      {hold && (
        <Alert tone="warning">
          <p className="font-semibold">{hold.count} deletion(s) are held by accidental-deletion prevention.</p>
          <p className="mt-1">
            Held since <DateTime value={hold.since} />. They are logged as StagedDelete. If they are expected, allow
            them; otherwise fix the assignments or the source.
          </p>
          {allowDeletes && (
            <div className="mt-3">
              <ActionButton
                action={allowDeletes}
                label="Allow deletes"
                variant="danger"
                confirm={`Allow the ${hold.count} held deletion(s)? The next cycle disables or deletes them in the target.`}
              />
            </div>
          )}
        </Alert>
      )}
    </div>
  );
}
