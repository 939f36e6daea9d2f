// Reads an OrgUser row (with its emails and, when asked, its groups) as the SCIM User resource it serves.
// API: UserRecord, EmailRecord, UserGroupRef, toScimUser(row, baseUrl, groups?).
import { isJsonObject, type JsonObject } from "@/lib/scim/json";
import { ENTERPRISE_USER_SCHEMA as ENT, USER_SCHEMA } from "@/lib/scim/urns";
import { compact, resourceMeta } from "./resource-view";
import type { UserColumns, UserLowerColumn } from "./user-columns";
import type { EmailData } from "./user-data";

export type EmailRecord = Pick<EmailData, "value" | "type" | "primary" | "display">;

/** An OrgUser row with its emails in order (user-rows.ts reads them): the written columns but the lowercase
 *  copies, and `attributes` as stored. */
export type UserRecord = Omit<UserColumns, UserLowerColumn | "attributes"> & {
  id: string;
  attributes: unknown;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  emails: EmailRecord[];
};

export type UserGroupRef = { id: string; displayName: string };

const nonEmpty = (obj: JsonObject) => (Object.keys(obj).length > 0 ? obj : undefined);

/** `groups` is included when given (the caller decides from `attributes`/`excludedAttributes`). */
export function toScimUser(row: UserRecord, baseUrl: string, groups?: UserGroupRef[]): JsonObject {
  // The stored attributes are read, never changed: the resource may share their values (every change of a resource
  // copies it first: patch-apply.ts, projection.ts).
  const stored: JsonObject = isJsonObject(row.attributes) ? row.attributes : {};
  const extraName = isJsonObject(stored.name) ? stored.name : {};
  const extraEnt = isJsonObject(stored[ENT]) ? stored[ENT] : {};
  const extra: JsonObject = {};
  for (const key of Object.keys(stored)) if (key !== "name" && key !== ENT) extra[key] = stored[key];
  const name = nonEmpty(compact({ ...extraName, givenName: row.givenName, familyName: row.familyName }));
  const enterprise = nonEmpty(
    compact({
      ...extraEnt,
      department: row.department,
      employeeNumber: row.employeeNumber,
      costCenter: row.costCenter,
      division: row.division,
    }),
  );
  const emails = row.emails.map((e) =>
    compact({ value: e.value, type: e.type, primary: e.primary ? true : undefined, display: e.display }),
  );
  return compact({
    schemas: enterprise ? [USER_SCHEMA, ENT] : [USER_SCHEMA],
    id: row.id,
    externalId: row.externalId,
    userName: row.userName,
    name,
    displayName: row.displayName,
    nickName: row.nickName,
    title: row.title,
    ...extra,
    active: row.active,
    emails: emails.length > 0 ? emails : undefined,
    [ENT]: enterprise,
    groups: groups?.length
      ? groups.map((g) => ({ value: g.id, $ref: `${baseUrl}/Groups/${g.id}`, display: g.displayName, type: "direct" }))
      : undefined,
    meta: resourceMeta("User", row, baseUrl),
  });
}
