// The migration that added the Directory search's terms backfills the users stored before it: its SQL, run again on
// users stored without terms, gives each the terms lib/directory/user-search-terms.ts computes (spacing aside).
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { dialect } from "@/lib/db/sql";
import { migrationsDirectory } from "@/lib/db/migrate";
import { userSearchTerms } from "@/lib/directory/user-search-terms";
import { unique } from "./support/cli";

const PEOPLE = [
  {
    userName: "Ann.Smith-Jones@Contoso.com",
    displayName: "Ann Smith-Jones",
    givenName: "Ann",
    familyName: "Smith-Jones",
    emails: ["ann.smith-jones@contoso.com", "a+news@Fabrikam.example"],
  },
  { userName: "eve@contoso.com", displayName: null, givenName: "Eve", familyName: "O'Brien", emails: [] },
  {
    userName: "plainname",
    displayName: "Promo 50%_off (Sales/EU)",
    givenName: null,
    familyName: "Solo",
    emails: ["@weird", "trail@"],
  },
  { userName: "x@y", displayName: "Mira López-Grant", givenName: null, familyName: null, emails: ["X@Y"] },
];

function backfillSql(): string {
  const dir = migrationsDirectory(dialect());
  const name = fs.readdirSync(dir).find((d) => d.endsWith("_directory_search_terms"))!;
  const text = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
  return text.slice(text.indexOf('INSERT INTO "OrgUserSearchTerm"')).replace(/;\s*$/, "");
}

const ids = PEOPLE.map(() => randomUUID());

beforeAll(async () => {
  const slug = unique("backfill");
  const org = await prisma.organization.create({ data: { name: slug, slug } });
  for (const [i, p] of PEOPLE.entries()) {
    await prisma.orgUser.create({
      data: {
        id: ids[i],
        orgId: org.id,
        userName: p.userName,
        userNameLower: p.userName.toLowerCase(),
        displayName: p.displayName,
        displayNameLower: p.displayName?.toLowerCase() ?? null,
        givenName: p.givenName,
        familyName: p.familyName,
        emails: { create: p.emails.map((value, position) => ({ value, valueLower: value.toLowerCase(), position })) },
      },
    });
  }
  await prisma.$executeRawUnsafe(backfillSql());
});

describe("the directory_search_terms migration's backfill", () => {
  it.each(PEOPLE.map((p, i) => [p.userName, i] as const))("gives %s the terms a write would", async (_, i) => {
    const rows = await prisma.orgUserSearchTerm.findMany({ where: { userId: ids[i] }, select: { term: true } });
    expect(rows.map((r) => r.term).sort()).toEqual(userSearchTerms(PEOPLE[i]!).sort());
  });
});
