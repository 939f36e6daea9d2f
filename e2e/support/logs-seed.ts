// Seeds provisioning log entries (and the inbound SCIM requests they caused) for one person, shaped as the engine
// writes them. Run by e2e/pages/logs-data.ts in a child process: JSON spec on stdin, created ids on stdout.
import { prisma } from "@/lib/db/client";
import {
  failedCreate,
  insertLogRows,
  outOfScopeSkip,
  successfulUpdate,
  type EntryRow,
  type ScimRow,
} from "@/tests/fixtures/sample-log-entries";

type Spec = {
  org: string;
  person: { displayName: string; upn: string };
  kinds: ("failure" | "update" | "skip")[];
  appId?: string;
};

const spec = JSON.parse(
  await new Promise<string>((resolve) => {
    let text = "";
    process.stdin.on("data", (c) => (text += c)).on("end", () => resolve(text));
  }),
) as Spec;
const org = await prisma.organization.findUniqueOrThrow({ where: { slug: spec.org }, select: { id: true } });
const entries: EntryRow[] = [];
const requests: ScimRow[] = [];
const sourceId = crypto.randomUUID();
spec.kinds.forEach((kind, i) => {
  // Oldest first, a minute apart, all within the last hour.
  const ctx = {
    orgId: org.id,
    appId: spec.appId ?? "e2e-app",
    at: new Date(Date.now() - (spec.kinds.length - i) * 60_000),
  };
  const person = { ...spec.person, sourceId };
  if (kind === "failure") {
    const f = failedCreate(ctx, person);
    entries.push(f.entry);
    requests.push(...f.requests);
  } else if (kind === "update")
    entries.push(successfulUpdate(ctx, person, [{ name: "title", oldValue: "Engineer", newValue: "Senior Engineer" }]));
  else entries.push(outOfScopeSkip(ctx, person));
});
await insertLogRows(entries, requests);
process.stdout.write(JSON.stringify({ changeIds: entries.map((e) => e.changeId), kinds: spec.kinds }));
await prisma.$disconnect();
