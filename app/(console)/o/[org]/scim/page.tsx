import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/guard";
import { PageHeader } from "@/components/ui/page-header";
import { NotBuiltYet } from "@/components/console/not-built-yet";

export const metadata: Metadata = { title: "SCIM" };

export default async function Page({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  await requirePageAccess(slug, "console:read");
  return (
    <>
      <PageHeader title="SCIM" />
      <NotBuiltYet what="The SCIM 2.0 endpoint, its secret tokens, the Authorize flow and the inbound request log come in the next version." />
    </>
  );
}
