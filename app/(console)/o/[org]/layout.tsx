import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSignedIn } from "@/lib/auth/guard";
import { listAccountOrganizations } from "@/lib/orgs/list-organizations";
import { consoleNavigation } from "@/lib/console/navigation";
import { hasConsoleAccess, ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { ConsoleNav } from "@/components/console/console-nav";
import { OrgSwitcher } from "@/components/console/org-switcher";
import { SignOutButton } from "@/components/auth/sign-out-button";

export default async function ConsoleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const account = await requireSignedIn();
  const orgs = (await listAccountOrganizations(account.id)).filter((o) => hasConsoleAccess(o.role));
  const current = orgs.find((o) => o.slug === slug);
  if (!current) notFound();
  return (
    <div className="flex min-h-full flex-col">
      <header className="flex items-center justify-between gap-4 border-b border-slate-200 bg-white px-5 py-3">
        <div className="flex items-center gap-4">
          <Link href="/" className="text-lg font-semibold tracking-tight text-brand-800">Org Center</Link>
          <OrgSwitcher orgs={orgs} current={slug} />
        </div>
        <div className="flex items-center gap-3 text-sm">
          <span className="text-right leading-tight">
            <span className="block font-medium">{account.name}</span>
            <span className="block text-xs text-slate-600">{account.email} · {ROLE_LABELS[current.role as Role]}</span>
          </span>
          <SignOutButton />
        </div>
      </header>
      <div className="flex flex-1">
        <aside className="w-56 shrink-0 border-r border-slate-200 bg-white">
          <ConsoleNav items={consoleNavigation(slug, current.role)} base={`/o/${slug}`} />
        </aside>
        <main className="min-w-0 flex-1 p-8">{children}</main>
      </div>
    </div>
  );
}
