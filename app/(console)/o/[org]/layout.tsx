import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSignedIn } from "@/lib/auth/guard";
import { listAccountOrganizations } from "@/lib/orgs/list-organizations";
import { consoleNavigation } from "@/lib/console/navigation";
import { hasConsoleAccess, ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { ConsoleNav } from "@/components/console/console-nav";
import { OrgSwitcher } from "@/components/console/org-switcher";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ConsoleFrame } from "@/components/console/console-frame";

export default async function ConsoleLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ org: string }>;
}) {
  const { org: slug } = await params;
  const account = await requireSignedIn();
  const orgs = (await listAccountOrganizations(account.id)).filter((o) => hasConsoleAccess(o.role));
  const current = orgs.find((o) => o.slug === slug);
  if (!current) notFound();
  return (
    <ConsoleFrame
      brand={
        <>
          <Link href="/" className="shrink-0 text-lg font-semibold tracking-tight text-brand-800">
            Org Center
          </Link>
          <OrgSwitcher orgs={orgs} current={slug} />
        </>
      }
      account={
        <>
          <span className="leading-tight sm:text-right">
            <span className="block font-medium">{account.name}</span>
            <span className="block text-xs break-all text-slate-600">
              {account.email} · {ROLE_LABELS[current.role as Role]}
            </span>
          </span>
          <SignOutButton className="self-start sm:self-auto" />
        </>
      }
      menu={<ConsoleNav items={consoleNavigation(slug, current.role)} base={`/o/${slug}`} />}
    >
      {children}
    </ConsoleFrame>
  );
}
