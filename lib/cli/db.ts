import { migrateDatabase } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/demo/seed-demo";
import { backupDatabase } from "@/lib/ops/backup-database";
import { restoreDatabase } from "@/lib/ops/restore-database";
import type { Output } from "./output";
import { UsageError } from "./usage-error";

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

function requireFile(options: Record<string, unknown>, sub: string): string {
  const file = options.file;
  if (typeof file !== "string" || file.trim() === "") throw new UsageError(`Usage: org-center db ${sub} --file F`);
  return file;
}

export async function dbCommand(sub: string | undefined, options: Record<string, unknown>, out: Output) {
  if (sub === "backup") {
    const result = await backupDatabase(requireFile(options, sub));
    out.print(
      result,
      () =>
        `Backed up ${result.source} to ${result.file} (${mb(result.bytes)}, ${result.organizations} organization(s), ${result.users} user(s), migration ${result.latest}) in ${result.durationMs} ms.`,
    );
    return;
  }
  if (sub === "restore") {
    const result = await restoreDatabase(requireFile(options, sub));
    out.print(result, () =>
      [
        `Restored ${result.file} into ${result.database} (${result.organizations} organization(s), ${result.users} user(s), migration ${result.latest}).`,
        result.previous ? `The database it replaced is kept as ${result.previous}.` : null,
        result.pending.length
          ? `${result.pending.length} newer migration(s) are applied by \`npm start\` or \`org-center db migrate\`.`
          : null,
      ]
        .filter(Boolean)
        .join("\n"),
    );
    return;
  }
  if (sub === "migrate") {
    const result = await migrateDatabase();
    out.print(result, () =>
      result.applied.length
        ? `Applied ${result.applied.length} migration(s): ${result.applied.join(", ")}`
        : "Database is up to date.",
    );
    return;
  }
  if (sub === "seed") {
    const result = await seedDemo();
    out.print(result, () =>
      result.created
        ? `Seeded the demo organization ${result.orgSlug}.\nSign in as ${result.adminEmail} / ${result.adminPassword}`
        : `The database already has organizations; nothing seeded.`,
    );
    return;
  }
  if (sub === "setup") {
    // What `npm start` runs: migrate, seed a new database, and say how to sign in.
    const migrated = await migrateDatabase();
    const seeded = await seedDemo();
    out.print({ ...migrated, ...seeded }, () =>
      [
        migrated.applied.length
          ? `Database migrated (${migrated.applied.length} migration(s) applied).`
          : "Database is up to date.",
        seeded.created ? `Seeded the demo organization "${seeded.orgSlug}".` : null,
        `Demo sign-in: ${seeded.adminEmail} / ${seeded.adminPassword} (help desk: ${seeded.helpDeskEmail}, same password)`,
      ]
        .filter(Boolean)
        .join("\n"),
    );
    return;
  }
  throw new UsageError("Usage: org-center db migrate | db seed | db setup | db backup --file F | db restore --file F");
}
