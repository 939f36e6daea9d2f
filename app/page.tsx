import { redirect } from "next/navigation";
import { requireSignedIn } from "@/lib/auth/guard";
import { listAccountOrganizations } from "@/lib/orgs/list-organizations";
import { hasConsoleAccess } from "@/lib/auth/roles";
import { consoleHome } from "@/lib/auth/console-home";

export default async function Home() {
  const account = await requireSignedIn();
  const orgs = await listAccountOrganizations(account.id);
  const first = orgs.find((o) => hasConsoleAccess(o.role));
  redirect(first ? consoleHome(first.slug, first.role) : "/welcome");
}
