import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireSignedIn } from "@/lib/auth/guard";
import { hasConsoleAccess } from "@/lib/auth/roles";
import { consoleHome } from "@/lib/auth/console-home";
import { listAccountOrganizations } from "@/lib/orgs/list-organizations";
import { startOnboarding } from "@/lib/domains/start-onboarding";
import { toDomainView } from "@/lib/domains/get-domain";
import { organizationNameFor } from "@/lib/domains/domain-status";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Alert } from "@/components/ui/alert";
import { VerifyDomainScreen } from "@/components/domains/verify-domain-screen";
import { restartOnboardingAction, verifyOnboardingAction } from "./actions";

export const metadata: Metadata = { title: "Verify your domain" };

export default async function WelcomePage() {
  const account = await requireSignedIn();
  const orgs = await listAccountOrganizations(account.id);
  const consoleOrg = orgs.find((o) => hasConsoleAccess(o.role));
  if (consoleOrg) redirect(consoleHome(consoleOrg.slug, consoleOrg.role));
  const onboarding = orgs.length > 0 ? null : await startOnboarding(account);
  return (
    <div>
      <h1 className="text-xl font-semibold">Welcome, {account.name}</h1>
      {orgs.length > 0 && (
        <p className="mt-4 text-sm text-slate-700">
          Your role in {orgs.map((o) => o.name).join(", ")} does not include the admin console. Ask an administrator of
          your organization for a console role.
        </p>
      )}
      {onboarding?.kind === "taken" && (
        <div className="mt-4">
          <Alert tone="info">
            <strong>{onboarding.name}</strong> is already verified by an organization in Org Center. A domain belongs to
            one organization: ask one of its administrators to give you a role.
          </Alert>
        </div>
      )}
      {onboarding?.kind === "invalid" && (
        <div className="mt-4">
          <Alert tone="error">
            The domain of your email, {onboarding.name}, cannot be verified. Sign up with your organization&apos;s email
            address.
          </Alert>
        </div>
      )}
      {onboarding?.kind === "pending" && (
        <VerifyDomainScreen
          domain={toDomainView(onboarding.domain)}
          now={new Date()}
          headingLevel="h2"
          intro={
            <>
              To create your organization, prove that you own <strong>{onboarding.domain.name}</strong>. Publish the
              code by one of the two methods below, then click Verify.
            </>
          }
          verifyAction={verifyOnboardingAction.bind(null, onboarding.domain.id)}
          restartAction={restartOnboardingAction.bind(null, onboarding.domain.id)}
          orgName={organizationNameFor(onboarding.domain.name)}
          canWrite
        />
      )}
      <div className="mt-6 border-t border-slate-200 pt-4">
        <SignOutButton />
      </div>
    </div>
  );
}
