// An organization with one console account per role, for the log viewer tests, and a parser for the CSV exports.
import { expect } from "vitest";
import { prisma } from "@/lib/db/client";
import { createAccount } from "@/lib/accounts/create-account";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { createOrganization } from "@/lib/orgs/create-organization";
import { HttpSession } from "./http-session";
import { unique } from "./cli";

export const PASSWORD = "integration-password";
export type LogsOrg = {
  id: string;
  slug: string;
  emails: Record<"admin" | "adminReadOnly" | "helpDesk" | "user" | "outsider", string>;
};

/** The same domain functions the CLI's account/org/member commands call, in process (the CLI is covered elsewhere). */
export async function createLogsOrg(): Promise<LogsOrg> {
  const emails = { admin: "", adminReadOnly: "", helpDesk: "", user: "", outsider: "" };
  const ids: Record<string, string> = {};
  for (const key of Object.keys(emails) as (keyof typeof emails)[]) {
    emails[key] = `${unique(key.toLowerCase())}@example.com`;
    ids[key] = (await createAccount({ email: emails[key], name: `Logs ${key}`, password: PASSWORD })).id;
  }
  const org = await createOrganization({ name: unique("LogsOrg"), ownerEmail: emails.admin }, CLI_ACTOR);
  const roles = [
    ["adminReadOnly", "admin-read-only"],
    ["helpDesk", "help-desk"],
    ["user", "user"],
  ] as const;
  await prisma.membership.createMany({
    data: roles.map(([key, role]) => ({ orgId: org.id, accountId: ids[key]!, role })),
  });
  return { id: org.id, slug: org.slug, emails };
}

export async function signedIn(email: string): Promise<HttpSession> {
  const session = new HttpSession();
  // A distinct client address per sign-in keeps the per-address rate limit out of the way.
  expect(await session.signIn(email, PASSWORD, `198.51.100.${1 + Math.floor(Math.random() * 250)}`)).toBeNull();
  return session;
}

export { csvRecords, parseCsv } from "../../support/parse-csv";
