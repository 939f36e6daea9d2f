import type { Metadata } from "next";
import Link from "next/link";

import { formatUtc } from "@/lib/console/format-date";
import { notFound } from "next/navigation";
import { requirePageAccess } from "@/lib/auth/guard";
import { getUserDetails } from "@/lib/directory/get-user-details";
import { can } from "@/lib/auth/roles";
import { sourcePeopleForDirectoryUser } from "@/lib/provisioning/explain/find-principals";
import { personName } from "@/lib/directory/person-name";
import { sourceLabel } from "@/lib/directory/source-labels";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "User" };

/** Attribute name and value pairs; an empty value reads "—". */
function Rows({ rows }: { rows: [label: string, value: React.ReactNode][] }) {
  return (
    <dl className="divide-y divide-slate-100">
      {rows.map(([label, value]) => (
        <div key={label} className="grid grid-cols-3 gap-4 py-2">
          <dt className="text-sm font-medium text-slate-600">{label}</dt>
          <dd className="col-span-2 text-sm break-all">{value ?? "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function UserPage({ params }: { params: Promise<{ org: string; userId: string }> }) {
  const { org: slug, userId } = await params;
  const { org, role } = await requirePageAccess(slug, "directory:read");
  const user = await getUserDetails(org.id, userId);
  if (!user) notFound();
  const source = await sourceLabel(user.source);
  // Who in the identity source this user is, for the links to their explanation and log entries.
  const sources = can(role, "logs:read") ? await sourcePeopleForDirectoryUser(org.id, user) : [];
  return (
    <>
      <PageHeader title={personName(user)} description={user.userName} />
      {can(role, "logs:read") && (
        <nav aria-label="About this user" className="-mt-3 mb-6 flex flex-wrap gap-x-4 gap-y-2 text-sm">
          {sources.map((s) => (
            <Link key={s.id} className="font-medium text-brand-700 underline" href={`/o/${slug}/why/users/${s.id}`}>
              Why? {sources.length > 1 ? `${s.userPrincipalName}'s` : "Their"} access to every app
            </Link>
          ))}
          <Link
            className="font-medium text-brand-700 underline"
            href={`/o/${slug}/logs?q=${encodeURIComponent(sources[0]?.id ?? user.id)}&range=all`}
          >
            Their provisioning log entries
          </Link>
        </nav>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Core attributes">
          <Rows
            rows={[
              ["id", user.id],
              ["userName", user.userName],
              ["externalId", user.externalId],
              ["displayName", user.displayName],
              ["name.givenName", user.givenName],
              ["name.familyName", user.familyName],
              ["title", user.title],
              ["active", String(user.active)],
              [
                "emails",
                user.emails
                  .map((e) => `${e.value}${e.type ? ` (${e.type})` : ""}${e.primary ? " primary" : ""}`)
                  .join(", ") || null,
              ],
              ["nickName", user.nickName],
              ["Source (who provisioned it)", source],
              ["version", user.version],
              ["Created", formatUtc(user.createdAt)],
              ["Last modified", formatUtc(user.updatedAt)],
            ]}
          />
        </Card>
        <div className="space-y-6">
          <Card title="Enterprise extension">
            <Rows
              rows={[
                ["department", user.department],
                ["employeeNumber", user.employeeNumber],
                ["costCenter", user.costCenter],
                ["division", user.division],
              ]}
            />
          </Card>
          <Card title="Other SCIM attributes">
            {user.attributes && typeof user.attributes === "object" && Object.keys(user.attributes).length > 0 ? (
              <pre className="overflow-x-auto rounded bg-slate-50 p-3 font-mono text-xs break-all whitespace-pre-wrap">
                {JSON.stringify(user.attributes, null, 2)}
              </pre>
            ) : (
              <p className="text-sm text-slate-600">
                None (phone numbers, addresses, manager and the like appear here when provisioned).
              </p>
            )}
          </Card>
          <Card title={`Groups (${user.memberships.length})`}>
            {user.memberships.length === 0 ? (
              <p className="text-sm text-slate-600">Not a member of any group.</p>
            ) : (
              <ul className="list-disc pl-5 text-sm">
                {user.memberships.map((m) => (
                  <li key={m.group.id}>{m.group.displayName}</li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
