// The organization's source-directory change counter (SourceDirectoryCounter). Every write that can change what a
// provisioning job sees takes the next value inside its transaction; incremental cycles read what is above their
// watermark. Taking the value locks the counter row, so values commit in order.
import { prisma } from "@/lib/db/client";

type Tx = Pick<typeof prisma, "sourceDirectoryCounter">;

export async function takeChangeSeq(tx: Tx, orgId: string): Promise<number> {
  const row = await tx.sourceDirectoryCounter.upsert({
    where: { orgId },
    create: { orgId, seq: 1 },
    update: { seq: { increment: 1 } },
    select: { seq: true },
  });
  return row.seq;
}

export async function currentChangeSeq(orgId: string, db: Tx = prisma): Promise<number> {
  return (await db.sourceDirectoryCounter.findUnique({ where: { orgId }, select: { seq: true } }))?.seq ?? 0;
}
