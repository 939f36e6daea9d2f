import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/guard";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { SourceGroupForm } from "@/components/source-directory/source-group-form";
import { saveSourceGroupAction } from "../../actions";

export const metadata: Metadata = { title: "New source group" };

export default async function NewSourceGroupPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  await requirePageAccess(slug, "config:write");
  return (
    <>
      <PageHeader title="New source group" />
      <Card>
        <SourceGroupForm action={saveSourceGroupAction.bind(null, slug, null)} canWrite />
      </Card>
    </>
  );
}
