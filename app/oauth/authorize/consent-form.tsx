"use client";
// The consent screen's form: the organization to connect, then Allow or Deny (a server action decides).
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/errors/form-state";

type Action = (prev: FormState, data: FormData) => Promise<FormState>;
type Org = { id: string; name: string };

export function ConsentForm({
  action,
  hidden,
  orgs,
  clientName,
  grantDescription,
}: {
  action: Action;
  hidden: Record<string, string>;
  orgs: Org[];
  clientName: string;
  grantDescription: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const canAllow = orgs.length > 0;
  return (
    <form action={formAction} className="mt-6 space-y-5">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.message && <Alert tone="error">{state.message}</Alert>}
      {orgs.length === 1 && (
        <div className="text-sm">
          <p className="font-medium text-slate-700">Organization</p>
          <p className="mt-1 text-slate-900">{orgs[0]!.name}</p>
          <input type="hidden" name="orgId" value={orgs[0]!.id} />
        </div>
      )}
      {orgs.length > 1 && (
        <div>
          <label htmlFor="consent-org" className="block text-sm font-medium text-slate-700">
            Organization
          </label>
          <select
            id="consent-org"
            name="orgId"
            required
            defaultValue={orgs[0]!.id}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:ring-2 focus:ring-brand-600 focus:outline-none"
          >
            {orgs.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {canAllow && (
        <div className="rounded-md border border-slate-200 bg-slate-50 px-4 py-3 text-sm">
          <p className="font-medium text-slate-700">{clientName} will be able to:</p>
          <ul className="mt-2 list-disc pl-5 text-slate-800">
            <li>{grantDescription}</li>
          </ul>
          <p className="mt-2 text-xs text-slate-600">
            An admin can revoke this access at any time on the SCIM page of the console.
          </p>
        </div>
      )}
      <div className="flex justify-end gap-3">
        <Button type="submit" name="decision" value="deny" variant="secondary" disabled={pending}>
          {canAllow ? "Deny" : "Cancel"}
        </Button>
        {canAllow && (
          <Button type="submit" name="decision" value="allow" disabled={pending}>
            Allow
          </Button>
        )}
      </div>
    </form>
  );
}
