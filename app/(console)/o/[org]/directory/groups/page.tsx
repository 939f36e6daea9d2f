import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/guard";
import { PageHeader } from "@/components/ui/page-header";
import { NotBuiltYet } from "@/components/console/not-built-yet";

export const metadata: Metadata = { title: "Groups" };

export default async function Page({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  await requirePageAccess(slug, "directory:read");
  return (
    <>
      <PageHeader title="Groups" />
      <NotBuiltYet what="The groups table and group details come with the SCIM service in the next version." />
    </>
  );
}
