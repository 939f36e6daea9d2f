import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { MappingEditor } from "@/components/mapping/mapping-editor";
import { listEditorSources } from "@/lib/provisioning/mappings/editor-data";
import { SOURCE_GROUP_ATTRIBUTES, SOURCE_USER_ATTRIBUTES } from "@/lib/mapping/target-attributes";
import { previewObjectMappingAction, saveObjectMappingAction, testExpressionAction } from "../actions";
import { loadMappingPage } from "../load-mapping-page";
import { MappingsNav } from "../mappings-nav";

export const metadata: Metadata = { title: "Attribute Mapping" };

export default async function AttributeMappingPage({
  params,
}: {
  params: Promise<{ org: string; appId: string; kind: string }>;
}) {
  const { org: slug, appId, kind } = await params;
  if (kind !== "user" && kind !== "group") notFound();
  const { org, app, definition, canWrite } = await loadMappingPage(slug, appId);
  const sources = await listEditorSources(org.id);
  const title = kind === "user" ? "Provision users" : "Provision groups";
  return (
    <>
      <PageHeader
        title={`${app.name}: ${title}`}
        description="Attribute Mapping: how source objects become target objects, and which source objects are in scope. Preview the effect, then save."
      />
      <MappingsNav slug={slug} appId={appId} current={kind} />
      <MappingEditor
        kind={kind}
        initial={definition[kind]}
        canWrite={canWrite}
        sourceAttributes={kind === "user" ? SOURCE_USER_ATTRIBUTES : SOURCE_GROUP_ATTRIBUTES}
        suggestUsersUrl={`/api/orgs/${slug}/source-directory/suggest`}
        groups={sources.groups}
        save={saveObjectMappingAction.bind(null, slug, appId, kind)}
        preview={previewObjectMappingAction.bind(null, slug, appId, kind)}
        testExpression={testExpressionAction.bind(null, slug)}
      />
    </>
  );
}
