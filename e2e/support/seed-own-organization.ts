// Seeds one spec's organization in a single process (account, organization, verified domain, identity source and,
// when asked, a LogMeIn app with assignments): the same domain code the CLI runs, without a process per step.
// Usage: tsx e2e/support/seed-own-organization.ts '<json>' → prints { slug, appId? } as JSON.
import { createAccount } from "@/lib/accounts/create-account";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db/client";
import { markDomainVerified } from "@/lib/domains/mark-domain-verified";
import { createOrganization } from "@/lib/orgs/create-organization";
import { assignPrincipal } from "@/lib/provisioning/apps/assignments";
import { createApp } from "@/lib/provisioning/apps/create-app";
import { importDirectoryCsv } from "@/lib/source-directory/import-directory";

type Spec = {
  email: string;
  name: string;
  password: string;
  orgName: string;
  domain: string;
  csv: string;
  app?: { name: string; baseUrl: string; groups: string[] };
};

const spec = JSON.parse(process.argv[2] ?? "{}") as Spec;
await createAccount({ email: spec.email, name: spec.name, password: spec.password });
const org = await createOrganization({ name: spec.orgName, ownerEmail: spec.email }, CLI_ACTOR);
await markDomainVerified(org.id, spec.domain, CLI_ACTOR);
const imported = await importDirectoryCsv(org.id, spec.csv, CLI_ACTOR);
if (!imported.applied) throw new Error(`import failed: ${JSON.stringify(imported.errors)}`);
let appId: string | undefined;
if (spec.app) {
  appId = (
    await createApp(org.id, { name: spec.app.name, kind: "logmein" }, { baseUrl: spec.app.baseUrl, actor: CLI_ACTOR })
  ).id;
  for (const group of spec.app.groups) await assignPrincipal(org.id, appId, { type: "group", ref: group }, CLI_ACTOR);
}
process.stdout.write(JSON.stringify({ slug: org.slug, appId }));
await prisma.$disconnect();
