import type { Metadata } from "next";
import { DateTime } from "@/components/ui/date-time";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { listApps } from "@/lib/provisioning/apps/find-app";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Enterprise apps" };

function status(app: Awaited<ReturnType<typeof listApps>>[number]) {
  const job = app.job;
  if (!job) return "—";
  if (job.quarantinedAt) return "Quarantined";
  if (job.mode !== "automatic") return "Manual";
  return job.enabled ? "On" : "Off";
}

export default async function AppsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, role } = await requirePageAccess(slug, "console:read");
  const apps = await listApps(org.id);
  return (
    <>
      <PageHeader title="Enterprise apps" description="Applications that users and groups of the source directory are provisioned to: the LogMeIn gallery app (an organization of this Org Center) or any SCIM 2.0 app."
        actions={can(role, "config:write") && <Link href={`/o/${slug}/apps/new`} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">New application</Link>} />
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Enterprise applications</caption>
          <thead className="bg-slate-50 text-left text-slate-700">
            <tr><th scope="col" className="px-4 py-2.5">Name</th><th scope="col" className="px-4">Type</th><th scope="col" className="px-4">Provisioning</th><th scope="col" className="px-4">Assigned</th><th scope="col" className="px-4">Last cycle</th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {apps.length === 0 && <tr><td colSpan={5} className="px-4 py-8 text-center text-slate-600">No applications yet.</td></tr>}
            {apps.map((a) => (
              <tr key={a.id}>
                <td className="px-4 py-2.5"><Link className="font-medium text-brand-700 hover:underline" href={`/o/${slug}/apps/${a.id}`}>{a.name}</Link></td>
                <td className="px-4">{a.kind === "logmein" ? "LogMeIn (gallery)" : "Custom SCIM"}</td>
                <td className="px-4">{status(a)}</td>
                <td className="px-4">{a.assignmentCount}</td>
                <td className="px-4"><DateTime value={a.job?.lastCycleFinishedAt} exact /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
