import type { Metadata } from "next";
import type { ColumnDef } from "@tanstack/react-table";
import { requirePageAccess } from "@/lib/auth/guard";
import { can, ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { listMembers } from "@/lib/orgs/list-members";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { listMail } from "@/lib/mail/list-mail";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { DataTable, type CellRow } from "@/components/data-table/data-table";
import { MemberRoleForm } from "@/components/console/member-role-form";
import { HelpDeskMaskingForm } from "@/components/console/help-desk-masking-form";
import { getHelpDeskMaskedAttributes } from "@/lib/logs/help-desk-masking";
import { AuditValue } from "@/components/console/audit-value";
import { DateTime } from "@/components/ui/date-time";
import { saveHelpDeskMaskingAction, setMemberRoleAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

const MEMBER_COLUMNS: ColumnDef<CellRow>[] = [
  { accessorKey: "name", header: "Name" },
  { accessorKey: "email", header: "Email" },
  { accessorKey: "role", header: "Role" },
];
const AUDIT_COLUMNS: ColumnDef<CellRow>[] = [
  { accessorKey: "createdAt", header: "When" },
  { accessorKey: "actor", header: "Who" },
  { accessorKey: "action", header: "What" },
  { accessorKey: "oldValue", header: "Old value", meta: { isWrapping: true } },
  { accessorKey: "newValue", header: "New value", meta: { isWrapping: true } },
];

export default async function SettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, account, role } = await requirePageAccess(slug, "console:read");
  const canWrite = can(role, "config:write");
  const [members, audit, mail, masked] = await Promise.all([
    listMembers(org.id),
    listAuditEvents(org.id, { take: 50 }),
    listMail(org.id),
    getHelpDeskMaskedAttributes(org.id),
  ]);
  const action = setMemberRoleAction.bind(null, slug);
  return (
    <>
      <PageHeader title="Settings" description={`Organization ${org.name} (${org.slug}, id ${org.id}).`} />
      <div className="space-y-6">
        <Card title="Members and roles">
          <DataTable
            caption="Members and roles"
            columns={MEMBER_COLUMNS}
            rows={members.map((m) => ({
              name: <span className="font-medium">{m.account.name}</span>,
              email: m.account.email,
              role:
                m.account.id === account.id ? (
                  <span title="You cannot change your own role">{ROLE_LABELS[m.role as Role]} (you)</span>
                ) : (
                  <MemberRoleForm
                    action={action}
                    email={m.account.email}
                    role={m.role}
                    disabled={!canWrite}
                    label={`Role of ${m.account.email}`}
                  />
                ),
            }))}
          />
          {canWrite && (
            <div className="mt-5 border-t border-slate-200 pt-4">
              <h3 className="mb-2 text-sm font-semibold">Add a member</h3>
              <p className="mb-2 text-xs text-slate-600">The person needs an Org Center account first.</p>
              <MemberRoleForm action={action} label="Role of the new member" />
            </div>
          )}
        </Card>
        <Card title="What the help desk sees">
          <HelpDeskMaskingForm
            action={saveHelpDeskMaskingAction.bind(null, slug)}
            attributes={masked}
            canWrite={canWrite}
          />
        </Card>
        <Card title="Email notifications">
          <p className="mb-3 text-sm text-slate-600">
            {process.env.SMTP_URL
              ? "Sent over SMTP."
              : "SMTP is not configured (SMTP_URL), so notifications wait here in the outbox."}
          </p>
          {mail.length === 0 ? (
            <p className="text-sm text-slate-600">No notifications yet.</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {mail.map((m) => (
                <li key={m.id} className="py-2">
                  <details>
                    <summary className="cursor-pointer">
                      <span className="font-medium">{m.subject}</span> · to {m.to} · {m.status} ·{" "}
                      <DateTime value={m.createdAt} />
                    </summary>
                    <pre className="mt-2 rounded bg-slate-50 p-3 text-xs whitespace-pre-wrap">{m.text}</pre>
                    {m.error && <p className="mt-1 text-xs text-red-700">Delivery error: {m.error}</p>}
                  </details>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Audit trail">
          <DataTable
            caption="Audit trail, newest first"
            columns={AUDIT_COLUMNS}
            emptyMessage="No configuration changes yet."
            rows={audit.rows.map((e) => ({
              createdAt: <DateTime value={e.createdAt} exact />,
              actor: e.actorLabel,
              action: e.action,
              oldValue: <AuditValue json={e.oldValue} />,
              newValue: <AuditValue json={e.newValue} />,
            }))}
          />
        </Card>
      </div>
    </>
  );
}
