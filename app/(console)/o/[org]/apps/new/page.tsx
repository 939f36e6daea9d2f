import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/guard";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CreateAppForm } from "@/components/provisioning/create-app-form";
import { createAppAction } from "../actions";

export const metadata: Metadata = { title: "New application" };

export default async function NewAppPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  await requirePageAccess(slug, "config:write");
  return (
    <>
      <PageHeader
        title="New application"
        description="Add an application, then set up its provisioning and assign users and groups to it."
      />
      <Card>
        <CreateAppForm action={createAppAction.bind(null, slug)} />
      </Card>
    </>
  );
}
