// zod schemas of the User and Group resources as this server accepts them after coercion (see coerce.ts).
// API: ZScimUser / TScimUser, ZScimGroup / TScimGroup, validateResource(resourceType, value) → typed or 400 invalidValue.
import { z } from "zod";
import { ScimError } from "./errors";
import type { ResourceType } from "./schema-registry";
import { ENTERPRISE_USER_SCHEMA } from "./urns";

const str = z.string().optional();
const bool = z.boolean().optional();

const ZMultiValued = z.looseObject({ value: str, display: str, type: str, primary: bool });

export const ZScimName = z.looseObject({
  formatted: str,
  familyName: str,
  givenName: str,
  middleName: str,
  honorificPrefix: str,
  honorificSuffix: str,
});

export const ZEnterpriseUser = z.looseObject({
  employeeNumber: str,
  costCenter: str,
  organization: str,
  division: str,
  department: str,
  manager: z.looseObject({ value: str, $ref: str, displayName: str }).optional(),
});

const REQUIRED = "is required and must be a non-empty string";
const required = () => z.string({ error: REQUIRED }).refine((s) => s.trim().length > 0, REQUIRED);

export const ZScimUser = z.looseObject({
  userName: required(),
  externalId: str,
  displayName: str,
  nickName: str,
  title: str,
  userType: str,
  profileUrl: str,
  preferredLanguage: str,
  locale: str,
  timezone: str,
  active: bool,
  name: ZScimName.optional(),
  emails: z.array(ZMultiValued.extend({ value: required() })).optional(),
  phoneNumbers: z.array(ZMultiValued).optional(),
  ims: z.array(ZMultiValued).optional(),
  photos: z.array(ZMultiValued).optional(),
  roles: z.array(ZMultiValued).optional(),
  entitlements: z.array(ZMultiValued).optional(),
  x509Certificates: z.array(ZMultiValued).optional(),
  addresses: z.array(z.looseObject({ formatted: str, country: str, type: str, primary: bool })).optional(),
  [ENTERPRISE_USER_SCHEMA]: ZEnterpriseUser.optional(),
});
export type TScimUser = z.infer<typeof ZScimUser>;

export const ZScimGroup = z.looseObject({
  displayName: required(),
  externalId: str,
  members: z.array(z.looseObject({ value: required(), display: str, type: str })).optional(),
});
export type TScimGroup = z.infer<typeof ZScimGroup>;

function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    "",
  );
}

export function validateResource(resourceType: "User", value: unknown): TScimUser;
export function validateResource(resourceType: "Group", value: unknown): TScimGroup;
export function validateResource(resourceType: ResourceType, value: unknown): TScimUser | TScimGroup;
export function validateResource(resourceType: ResourceType, value: unknown): TScimUser | TScimGroup {
  const result = (resourceType === "User" ? ZScimUser : ZScimGroup).safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = formatIssuePath(issue.path);
  const detail =
    issue.message === REQUIRED ? `Attribute "${where}" ${REQUIRED}` : `Attribute "${where}": ${issue.message}`;
  throw new ScimError(400, "invalidValue", detail);
}
