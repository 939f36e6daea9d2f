// The target's attribute list per object type (Edit attribute list): name, type, required, multi-valued,
// case-exact. The defaults describe a SCIM 2.0 target such as Org Center's /scim/v2 or LogMeIn.
import { ENTERPRISE_USER } from "./default-mappings";
import type { TObjectMapping, TTargetAttribute } from "./types";

const attr = (name: string, extra: Partial<TTargetAttribute> = {}): TTargetAttribute => ({
  name,
  type: "String",
  required: false,
  multiValued: false,
  caseExact: false,
  ...extra,
});

export function defaultTargetAttributes(kind: "user" | "group"): TTargetAttribute[] {
  if (kind === "group") {
    return [
      attr("displayName", { required: true }),
      attr("externalId", { caseExact: true }),
      attr("members", { type: "Reference", multiValued: true }),
    ];
  }
  return [
    attr("userName", { required: true }),
    attr("externalId", { caseExact: true }),
    attr("active", { type: "Boolean" }),
    attr("displayName"),
    attr("nickName"),
    attr("title"),
    attr("userType"),
    attr("preferredLanguage"),
    attr("locale"),
    attr("timezone"),
    attr("name.givenName"),
    attr("name.familyName"),
    attr("name.formatted"),
    attr('emails[type eq "work"].value'),
    attr('phoneNumbers[type eq "work"].value'),
    attr('phoneNumbers[type eq "mobile"].value'),
    attr('addresses[type eq "work"].locality'),
    attr('addresses[type eq "work"].country'),
    attr(`${ENTERPRISE_USER}:department`),
    attr(`${ENTERPRISE_USER}:employeeNumber`),
    attr(`${ENTERPRISE_USER}:costCenter`),
    attr(`${ENTERPRISE_USER}:division`),
    attr(`${ENTERPRISE_USER}:organization`),
  ];
}

/** The attribute list the object mapping targets: its own list, else the defaults. */
export function targetAttributesOf(mapping: TObjectMapping, kind: "user" | "group"): TTargetAttribute[] {
  return mapping.targetAttributes ?? defaultTargetAttributes(kind);
}

/** Source attributes the editor offers (Direct mappings and scoping clauses). */
export const SOURCE_USER_ATTRIBUTES = [
  "userPrincipalName",
  "mail",
  "mailNickname",
  "givenName",
  "surname",
  "displayName",
  "department",
  "jobTitle",
  "employeeId",
  "costCenter",
  "division",
  "companyName",
  "officeLocation",
  "accountEnabled",
  "objectId",
  "IsSoftDeleted",
] as const;
export const SOURCE_GROUP_ATTRIBUTES = [
  "objectId",
  "displayName",
  "description",
  "mailNickname",
  "members",
  "IsSoftDeleted",
] as const;
