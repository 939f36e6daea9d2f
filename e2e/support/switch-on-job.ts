// Turns an app's provisioning On as if its scheduler had just run a cycle: On, Automatic, next run one interval away.
// The e2e server refuses loopback targets (as it should), so the help desk specs run their cycles in the CLI and the
// server must not find the job due. JSON { org, app } on stdin.
import { prisma } from "@/lib/db/client";

const spec = JSON.parse(
  await new Promise<string>((resolve) => {
    let text = "";
    process.stdin.on("data", (c) => (text += c)).on("end", () => resolve(text));
  }),
) as { org: string; app: string };
const org = await prisma.organization.findUniqueOrThrow({ where: { slug: spec.org }, select: { id: true } });
const app = await prisma.enterpriseApp.findFirstOrThrow({
  where: { name: spec.app, orgId: org.id },
  select: { id: true },
});
const job = await prisma.provisioningJob.findUniqueOrThrow({
  where: { appId: app.id },
  select: { id: true, intervalMinutes: true },
});
await prisma.provisioningJob.update({
  where: { id: job.id },
  data: { enabled: true, mode: "automatic", nextRunAt: new Date(Date.now() + job.intervalMinutes * 60_000) },
});
await prisma.$disconnect();
