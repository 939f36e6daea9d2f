// Turns a SCIM User resource (validated, canonical keys) into OrgUser columns, email rows and the JSON blob for
// everything else. API: toUserData(resource) → UserData; workEmails(resource).
import { ScimError } from "@/lib/scim/errors";
import { isJsonObject, type JsonObject } from "@/lib/scim/json";
import { ENTERPRISE_USER_SCHEMA as ENT } from "@/lib/scim/urns";
import type { UserColumns } from "./user-columns";

/** Longest value for indexed text columns (PostgreSQL b-tree entries must stay well under 2.7 kB). */
export const MAX_INDEXED_LENGTH = 512;

const HANDLED = new Set([
  "id",
  "meta",
  "schemas",
  "groups",
  "userName",
  "externalId",
  "displayName",
  "nickName",
  "title",
  "active",
  "emails",
  "name",
  ENT,
]);

export interface EmailData {
  value: string;
  valueLower: string;
  type: string | null;
  primary: boolean;
  display: string | null;
  position: number;
}

export interface UserData {
  columns: UserColumns;
  emails: EmailData[];
}

const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

export function checkIndexedLength(label: string, value: string | null): void {
  if (value !== null && value.length > MAX_INDEXED_LENGTH) {
    throw new ScimError(
      400,
      "invalidValue",
      `Attribute "${label}" is ${value.length} characters long; the maximum is ${MAX_INDEXED_LENGTH}`,
    );
  }
}

export function toUserData(resource: JsonObject): UserData {
  const name = isJsonObject(resource.name) ? resource.name : {};
  const { givenName, familyName, ...nameRest } = name;
  const ent = isJsonObject(resource[ENT]) ? resource[ENT] : {};
  const { department, employeeNumber, costCenter, division, ...entRest } = ent;
  const attributes: JsonObject = {};
  for (const [key, value] of Object.entries(resource))
    if (!HANDLED.has(key) && value !== undefined) attributes[key] = value;
  if (Object.keys(nameRest).length > 0) attributes.name = nameRest;
  if (Object.keys(entRest).length > 0) attributes[ENT] = entRest;

  const userName = str(resource.userName) ?? "";
  const externalId = str(resource.externalId);
  const displayName = str(resource.displayName);
  checkIndexedLength("userName", userName);
  checkIndexedLength("externalId", externalId);
  checkIndexedLength("displayName", displayName);
  const emails = (Array.isArray(resource.emails) ? resource.emails : []).filter(isJsonObject).map((e, position) => {
    const value = str(e.value) ?? "";
    checkIndexedLength(`emails[${position}].value`, value);
    return {
      value,
      valueLower: value.toLowerCase(),
      type: str(e.type),
      primary: e.primary === true,
      display: str(e.display),
      position,
    };
  });
  return {
    columns: {
      userName,
      userNameLower: userName.toLowerCase(),
      externalId,
      externalIdLower: externalId?.toLowerCase() ?? null,
      displayName,
      displayNameLower: displayName?.toLowerCase() ?? null,
      givenName: str(givenName),
      familyName: str(familyName),
      nickName: str(resource.nickName),
      title: str(resource.title),
      active: typeof resource.active === "boolean" ? resource.active : true,
      department: str(department),
      employeeNumber: str(employeeNumber),
      costCenter: str(costCenter),
      division: str(division),
      attributes: Object.keys(attributes).length > 0 ? attributes : null,
    },
    emails,
  };
}

/** Lowercased values of the `work` emails, the ones the verified-domain rule applies to. */
export function workEmails(emails: { value: string; type: string | null }[]): string[] {
  return emails.filter((e) => e.type?.toLowerCase() === "work").map((e) => e.value);
}
