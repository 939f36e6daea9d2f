// CSV export of the source directory, in the format import reads (groups joined with ";").
import { prisma } from "@/lib/db/client";
import { toCsv } from "./csv";
import { CSV_COLUMNS } from "./directory-csv";

export async function exportDirectoryCsv(orgId: string): Promise<string> {
  const users = await prisma.sourceUser.findMany({
    where: { orgId, deletedAt: null },
    orderBy: { upnLower: "asc" },
    include: {
      memberships: { where: { group: { deletedAt: null } }, select: { group: { select: { displayName: true } } } },
    },
  });
  const rows = users.map((u) =>
    CSV_COLUMNS.map((c) => {
      if (c === "groups")
        return u.memberships
          .map((m) => m.group.displayName)
          .sort()
          .join(";");
      if (c === "accountEnabled") return u.accountEnabled ? "true" : "false";
      return u[c];
    }),
  );
  return toCsv(CSV_COLUMNS, rows);
}
