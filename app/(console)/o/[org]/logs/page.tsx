import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/guard";
import { PageHeader } from "@/components/ui/page-header";
import { NotBuiltYet } from "@/components/console/not-built-yet";

export const metadata: Metadata = { title: "Provisioning logs" };

export default async function Page({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  await requirePageAccess(slug, "logs:read");
  return (
    <>
      <PageHeader title="Provisioning logs" />
      <NotBuiltYet what="The provisioning-log viewer comes with the provisioning service in a later version." />
    </>
  );
}
