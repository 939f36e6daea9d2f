// The Verify-your-domain screen, shared by onboarding and the console: status and countdown, both methods
// with copy buttons, the Verify button and the result panel; Restart verification once the code expired.
import type { VerificationResult } from "@/lib/domains/check-domain";
import { effectiveStatus } from "@/lib/domains/domain-status";
import { formatUtc } from "@/lib/console/format-date";
import type { FormState } from "@/lib/errors/form-state";
import { Alert } from "@/components/ui/alert";
import { Countdown } from "./countdown";
import { DomainStatusBadge } from "./domain-status-badge";
import { VerificationMethods } from "./verification-methods";
import { VerificationResultPanel } from "./verification-result";
import { DomainActionButton } from "./domain-action-button";
import { VerifyForm, type VerifyState } from "./verify-form";

export type ScreenDomain = {
  id: string;
  name: string;
  code: string;
  status: string;
  issuedAt: Date;
  expiresAt: Date;
  verifiedAt: Date | null;
  method: string | null;
  warning: string | null;
  lastCheck: VerificationResult | null;
};

const METHOD_LABELS: Record<string, string> = {
  dns: "DNS TXT record",
  http: "HTTP file",
  operator: "operator override (CLI)",
};

type Props = {
  domain: ScreenDomain;
  now: Date;
  intro?: React.ReactNode;
  headingLevel?: "h2" | "h3";
  verifyAction: (prev: VerifyState, data: FormData) => Promise<VerifyState>;
  restartAction: (prev: FormState) => Promise<FormState>;
  orgName?: string;
  canWrite: boolean;
};

export function VerifyDomainScreen({
  domain,
  now,
  intro,
  headingLevel: Heading = "h2",
  verifyAction,
  restartAction,
  orgName,
  canWrite,
}: Props) {
  const status = effectiveStatus(domain, now);
  return (
    <section aria-labelledby="verify-heading" className="mt-4 space-y-5">
      <Heading id="verify-heading" className="text-lg font-semibold">
        {status === "verified" ? "Domain verified" : "Verify your domain"}
      </Heading>
      {intro && <p className="text-sm text-slate-700">{intro}</p>}
      <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="domain-status">
        <DomainStatusBadge status={status} />
        {status === "pending" && (
          <span>
            Code issued {formatUtc(domain.issuedAt)}:{" "}
            <Countdown expiresAt={domain.expiresAt.toISOString()} now={now.toISOString()} /> to verify (deadline{" "}
            {formatUtc(domain.expiresAt)}).
          </span>
        )}
        {status === "verified" && domain.verifiedAt && (
          <span>
            Verified {formatUtc(domain.verifiedAt)}
            {domain.method ? ` by ${METHOD_LABELS[domain.method] ?? domain.method}` : ""}.
          </span>
        )}
      </div>
      {status === "verified" && domain.warning && <Alert tone="warning">{domain.warning}</Alert>}
      {status === "expired" && (
        <div className="space-y-3">
          <Alert tone="warning">
            The code for {domain.name} expired on {formatUtc(domain.expiresAt)}: domains must be verified within 10 days
            of the code being issued. Restart verification to get a new code.
          </Alert>
          {canWrite && <DomainActionButton action={restartAction} label="Restart verification" tone="primary" />}
        </div>
      )}
      {status === "pending" && (
        <>
          <VerificationMethods name={domain.name} code={domain.code} />
          {canWrite ? (
            <VerifyForm action={verifyAction} lastResult={domain.lastCheck} orgName={orgName} />
          ) : (
            <p className="text-sm text-slate-600">Your role can see this verification but not run it.</p>
          )}
        </>
      )}
      {status !== "pending" && domain.lastCheck && (
        <div>
          <h3 className="mb-2 text-sm font-semibold">Last check</h3>
          <VerificationResultPanel result={domain.lastCheck} />
        </div>
      )}
    </section>
  );
}
