import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/guard";
import { can, ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { listMembers } from "@/lib/orgs/list-members";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { listMail } from "@/lib/mail/list-mail";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { MemberRoleForm } from "@/components/console/member-role-form";
import { HelpDeskMaskingForm } from "@/components/console/help-desk-masking-form";
import { getHelpDeskMaskedAttributes } from "@/lib/logs/help-desk-masking";
import { AuditValue } from "@/components/console/audit-value";
import { DateTime } from "@/components/ui/date-time";
import { saveHelpDeskMaskingAction, setMemberRoleAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, account, role } = await requirePageAccess(slug, "console:read");
  const canWrite = can(role, "config:write");
  const [members, audit, mail, masked] = await Promise.all([listMembers(org.id), listAuditEvents(org.id, { take: 50 }), listMail(org.id), getHelpDeskMaskedAttributes(org.id)]);
  const action = setMemberRoleAction.bind(null, slug);
  return (
    <>
      <PageHeader title="Settings" description={`Organization ${org.name} (${org.slug}, id ${org.id}).`} />
      <div className="space-y-6">
        <Card title="Members and roles">
          <div className="relative overflow-x-auto"><table className="min-w-full text-sm">
            <caption className="sr-only">Members and roles</caption>
            <thead><tr className="text-left text-slate-700"><th scope="col" className="py-2">Name</th><th scope="col">Email</th><th scope="col">Role</th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {members.map((m) => (
                <tr key={m.id}>
                  <td className="py-2 font-medium">{m.account.name}</td>
                  <td>{m.account.email}</td>
                  <td>
                    {m.account.id === account.id ? (
                      <span title="You cannot change your own role">{ROLE_LABELS[m.role as Role]} (you)</span>
                    ) : (
                      <MemberRoleForm action={action} email={m.account.email} role={m.role} disabled={!canWrite} label={`Role of ${m.account.email}`} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table></div>
          {canWrite && (
            <div className="mt-5 border-t border-slate-200 pt-4">
              <h3 className="mb-2 text-sm font-semibold">Add a member</h3>
              <p className="mb-2 text-xs text-slate-600">The person needs an Org Center account first.</p>
              <MemberRoleForm action={action} label="Role of the new member" />
            </div>
          )}
        </Card>
        <Card title="What the help desk sees">
          <HelpDeskMaskingForm action={saveHelpDeskMaskingAction.bind(null, slug)} attributes={masked} canWrite={canWrite} />
        </Card>
        <Card title="Email notifications">
          <p className="mb-3 text-sm text-slate-600">
            {process.env.SMTP_URL ? "Sent over SMTP." : "SMTP is not configured (SMTP_URL), so notifications wait here in the outbox."}
          </p>
          {mail.length === 0 ? <p className="text-sm text-slate-600">No notifications yet.</p> : (
            <ul className="divide-y divide-slate-100 text-sm">
              {mail.map((m) => (
                <li key={m.id} className="py-2">
                  <details>
                    <summary className="cursor-pointer"><span className="font-medium">{m.subject}</span> · to {m.to} · {m.status} · <DateTime value={m.createdAt} /></summary>
                    <pre className="mt-2 whitespace-pre-wrap rounded bg-slate-50 p-3 text-xs">{m.text}</pre>
                    {m.error && <p className="mt-1 text-xs text-red-700">Delivery error: {m.error}</p>}
                  </details>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Audit trail">
          {audit.rows.length === 0 ? <p className="text-sm text-slate-600">No configuration changes yet.</p> : (
            <div className="relative overflow-x-auto"><table className="min-w-full text-sm">
              <caption className="sr-only">Audit trail, newest first</caption>
              <thead><tr className="text-left text-slate-700"><th scope="col" className="py-2">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Old value</th><th scope="col">New value</th></tr></thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {audit.rows.map((e) => (
                  <tr key={e.id}>
                    <td className="whitespace-nowrap py-2 pr-3"><DateTime value={e.createdAt} exact /></td>
                    <td className="pr-3">{e.actorLabel}</td>
                    <td className="pr-3">{e.action}</td>
                    <td className="min-w-48 max-w-xs py-2 pr-3"><AuditValue json={e.oldValue} /></td>
                    <td className="min-w-48 max-w-xs py-2"><AuditValue json={e.newValue} /></td>
                  </tr>
                ))}
              </tbody>
            </table></div>
          )}
        </Card>
      </div>
    </>
  );
}
