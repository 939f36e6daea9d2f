import { migrateDatabase } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/demo/seed-demo";
import type { Output } from "../output";
import { UsageError } from "../usage-error";

export async function dbCommand(sub: string | undefined, _options: Record<string, unknown>, out: Output) {
  if (sub === "migrate") {
    const result = await migrateDatabase();
    out.print(result, () => (result.applied.length ? `Applied ${result.applied.length} migration(s): ${result.applied.join(", ")}` : "Database is up to date."));
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
        migrated.applied.length ? `Database migrated (${migrated.applied.length} migration(s) applied).` : "Database is up to date.",
        seeded.created ? `Seeded the demo organization "${seeded.orgSlug}".` : null,
        `Demo sign-in: ${seeded.adminEmail} / ${seeded.adminPassword} (help desk: ${seeded.helpDeskEmail}, same password)`,
      ].filter(Boolean).join("\n"),
    );
    return;
  }
  throw new UsageError("Usage: org-center db migrate | db seed | db setup");
}
