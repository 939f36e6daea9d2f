import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/guard";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { SourceUserForm } from "@/components/source-directory/source-user-form";
import { saveSourceUserAction } from "../../actions";

export const metadata: Metadata = { title: "New source user" };

export default async function NewSourceUserPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  await requirePageAccess(slug, "config:write");
  return (
    <>
      <PageHeader
        title="New source user"
        description="A user of the source directory. Assign it (or one of its groups) to an app to provision it."
      />
      <Card>
        <SourceUserForm action={saveSourceUserAction.bind(null, slug, null)} canWrite />
      </Card>
    </>
  );
}
