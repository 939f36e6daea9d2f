import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/guard";
import { PageHeader } from "@/components/ui/page-header";
import { NotBuiltYet } from "@/components/console/not-built-yet";

export const metadata: Metadata = { title: "Enterprise apps" };

export default async function Page({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  await requirePageAccess(slug, "console:read");
  return (
    <>
      <PageHeader title="Enterprise apps" />
      <NotBuiltYet what="Enterprise applications and their provisioning jobs (Entra-style SCIM provisioning) come in a later version." />
    </>
  );
}
