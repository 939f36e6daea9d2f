import type { Metadata } from "next";
import { requireSignedIn } from "@/lib/auth/guard";
import { listAccountOrganizations } from "@/lib/orgs/list-organizations";
import { SignOutButton } from "@/components/auth/sign-out-button";

export const metadata: Metadata = { title: "Welcome" };

export default async function WelcomePage() {
  const account = await requireSignedIn();
  const orgs = await listAccountOrganizations(account.id);
  const domain = account.email.split("@")[1];
  return (
    <div>
      <h1 className="text-xl font-semibold">Welcome, {account.name}</h1>
      {orgs.length > 0 ? (
        <p className="mt-4 text-sm text-slate-700">
          Your role in {orgs.map((o) => o.name).join(", ")} does not include the admin console. Ask an administrator of your
          organization for a console role.
        </p>
      ) : (
        <p className="mt-4 text-sm text-slate-700">
          You are not a member of an organization yet. Verifying your domain <strong>{domain}</strong> creates one: that screen
          is not built yet in this version. Until then an operator can create the organization with{" "}
          <code className="rounded bg-slate-100 px-1">npx org-center org create --name NAME --owner {account.email}</code>.
        </p>
      )}
      <div className="mt-6"><SignOutButton /></div>
    </div>
  );
}
