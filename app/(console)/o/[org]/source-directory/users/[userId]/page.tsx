import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { getSourceUser } from "@/lib/source-directory/list-source-directory";
import { USER_FIELDS } from "@/lib/source-directory/schemas";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ActionButton } from "@/components/provisioning/action-button";
import { SourceUserForm } from "@/components/source-directory/source-user-form";
import { deleteSourceUserAction, saveSourceUserAction } from "../../actions";

export const metadata: Metadata = { title: "Source user" };

export default async function SourceUserPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; userId: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { org: slug, userId } = await params;
  const { org, role } = await requirePageAccess(slug, "directory:read");
  const user = await getSourceUser(org.id, userId);
  if (!user) notFound();
  const canWrite = can(role, "config:write");
  return (
    <>
      <PageHeader
        title={user.displayName}
        description={`Source user · objectId ${user.objectId}`}
        actions={
          canWrite && (
            <ActionButton
              action={deleteSourceUserAction.bind(null, slug, user.id)}
              label="Delete user"
              variant="danger"
              confirm={`Delete ${user.userPrincipalName}? Every app it was provisioned to deletes it in its next cycle.`}
            />
          )
        }
      />
      <nav aria-label="About this person" className="-mt-3 mb-6 flex flex-wrap gap-x-4 gap-y-2 text-sm">
        <Link className="font-medium text-brand-700 underline" href={`/o/${slug}/why/users/${user.id}`}>
          Why? Their access to every app
        </Link>
        <Link
          className="font-medium text-brand-700 underline"
          href={`/o/${slug}/logs?q=${encodeURIComponent(user.id)}&range=all`}
        >
          Their provisioning log entries
        </Link>
      </nav>
      {(await searchParams).saved && (
        <div className="mb-4">
          <Alert tone="success">Saved. Apps pick up the change in their next cycle.</Alert>
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title="Attributes">
            <SourceUserForm
              action={saveSourceUserAction.bind(null, slug, user.id)}
              user={Object.fromEntries(USER_FIELDS.map((f) => [f, user[f]]))}
              canWrite={canWrite}
            />
          </Card>
        </div>
        <Card title={`Groups (${user.memberships.length})`}>
          {user.memberships.length === 0 ? (
            <p className="text-sm text-slate-600">Not a member of any group.</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {user.memberships.map(({ group }) => (
                <li key={group.id}>
                  <Link
                    className="text-brand-700 hover:underline"
                    href={`/o/${slug}/source-directory/groups/${group.id}`}
                  >
                    {group.displayName}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
