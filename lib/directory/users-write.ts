// POST and PUT /Users, plus the shared save step of PUT and PATCH: domain rule, case-insensitive userName
// uniqueness (409), optimistic versioning. API: createUser(), replaceUser(), saveUser(), checkUserChange(), isSameUser().
import { sqlTransaction } from "@/lib/db/sql-session";
import { parseUserBody } from "@/lib/scim/coerce";
import { ScimError } from "@/lib/scim/errors";
import { deepEqual, type JsonObject } from "@/lib/scim/json";
import { currentRow } from "./current-row";
import { ConcurrentChange, isUniqueViolation, withRetries } from "@/lib/db/db-errors";
import { toUserData, workEmails, type UserData } from "./user-data";
import { toScimUser, type UserRecord } from "./user-record";
import { emailRecords, insertUser, replaceEmails, updateUser, writtenUser, type UserWithGroups } from "./user-rows";
import { searchSource, writeUserSearchTerms } from "./user-search-term-rows";
import type { ResourceView } from "./resource-view";
import { findUserRecord } from "./users-read";
import { assertInVerifiedDomains } from "./verified-domains";

export interface WriteOptions {
  baseUrl: string;
  ifMatch?: string | null;
  /** Shown in the directory as who provisioned the user, e.g. `SCIM (Entra ID)`. */
  source: string;
}

const WORK_EMAIL = 'emails[type eq "work"].value';

function userNameTaken(userName: string): ScimError {
  return new ScimError(409, "uniqueness", `User with userName ${userName} already exists`);
}

function view(row: UserRecord, baseUrl: string): ResourceView {
  return { resource: toScimUser(row, baseUrl), version: row.version, id: row.id, name: row.userName };
}

/** The domain rule for what is new in `next` compared with `current` (everything on create). Uniqueness of
 *  userName is the database's: the unique index on (orgId, userNameLower) refuses the write, answered as 409. */
export async function checkUserChange(orgId: string, next: UserData, current?: UserRecord): Promise<void> {
  const userNameChanged = !current || current.userName.toLowerCase() !== next.columns.userNameLower;
  const known = new Set(current ? workEmails(current.emails).map((v) => v.toLowerCase()) : []);
  const checks = workEmails(next.emails)
    .filter((v) => !known.has(v.toLowerCase()))
    .map((value) => ({ label: WORK_EMAIL, value }));
  if (userNameChanged) checks.unshift({ label: "userName", value: next.columns.userName });
  await assertInVerifiedDomains(orgId, checks);
}

/** Whether `data` would store exactly what `row` holds (then nothing is written and the version stays). */
export function isSameUser(row: UserRecord, data: UserData, baseUrl: string): boolean {
  return deepEqual(toUserData(toScimUser(row, baseUrl)), data);
}

/**
 * Writes a changed user if its version is still `row.version` (else ConcurrentChange, retried by the caller), and
 * returns it as stored, with the groups `row` was read with, if any (PATCH answers with them, like GET): a user's
 * write never changes its groups.
 */
export async function saveUser(orgId: string, row: UserWithGroups, data: UserData): Promise<UserWithGroups> {
  try {
    return await sqlTransaction(async (tx) => {
      const now = new Date();
      if (!(await updateUser(tx, orgId, row, data.columns, now))) throw new ConcurrentChange();
      if (!deepEqual(emailRecords(row.emails), emailRecords(data.emails))) await replaceEmails(tx, row.id, data.emails);
      const search = searchSource({ ...data.columns, emails: data.emails });
      await writeUserSearchTerms(tx, orgId, row.id, search, searchSource(row));
      const saved = writtenUser(
        { id: row.id, version: row.version + 1, createdAt: row.createdAt, updatedAt: now },
        data,
      );
      return row.groups ? { ...saved, groups: row.groups } : saved;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw userNameTaken(data.columns.userName);
    throw error;
  }
}

export async function createUser(orgId: string, body: unknown, options: WriteOptions): Promise<ResourceView> {
  const data = toUserData(parseUserBody(body) as JsonObject);
  await checkUserChange(orgId, data);
  try {
    const stored = await sqlTransaction(async (tx) => {
      const now = new Date();
      return { id: await insertUser(tx, orgId, options.source, data, now), version: 1, createdAt: now, updatedAt: now };
    });
    return view(writtenUser(stored, data), options.baseUrl);
  } catch (error) {
    if (isUniqueViolation(error)) throw userNameTaken(data.columns.userName);
    throw error;
  }
}

/** PUT: every attribute is replaced (absent ones are cleared; `active` defaults to true); id and created stay. */
export async function replaceUser(
  orgId: string,
  id: string,
  body: unknown,
  options: WriteOptions,
): Promise<ResourceView> {
  const data = toUserData(parseUserBody(body) as JsonObject);
  return withRetries(async () => {
    const row = currentRow("User", id, options.ifMatch, await findUserRecord(orgId, id));
    if (isSameUser(row, data, options.baseUrl)) return view(row, options.baseUrl);
    await checkUserChange(orgId, data, row);
    return view(await saveUser(orgId, row, data), options.baseUrl);
  });
}
