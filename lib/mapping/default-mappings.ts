// The default LogMeIn user and group mappings (PRODUCT.md §6, entra-scim.md "LogMeIn gallery app attribute
// mappings"). Custom SCIM apps start from the same set.
import type { TAttributeMapping, TMappingDefinition } from "./types";

export const ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

const direct = (source: string, target: string, extra: Partial<TAttributeMapping> = {}): TAttributeMapping => ({
  type: "Direct",
  source,
  target,
  targetType: "String",
  matching: false,
  apply: "Always",
  ...extra,
});

export function defaultMappings(): TMappingDefinition {
  return {
    version: 1,
    user: {
      enabled: true,
      actions: { create: true, update: true, delete: true },
      attributes: [
        direct("userPrincipalName", "userName", { matching: true, matchingPrecedence: 1 }),
        direct("objectId", "externalId", { matching: true, matchingPrecedence: 2 }),
        direct("accountEnabled", "active", { targetType: "Boolean" }),
        direct("givenName", "name.givenName"),
        direct("surname", "name.familyName"),
        direct("department", `${ENTERPRISE_USER}:department`),
        direct("employeeId", `${ENTERPRISE_USER}:employeeNumber`),
        direct("costCenter", `${ENTERPRISE_USER}:costCenter`),
        direct("division", `${ENTERPRISE_USER}:division`),
      ],
      scopingFilters: [],
    },
    group: {
      enabled: true,
      actions: { create: true, update: true, delete: true },
      attributes: [
        direct("displayName", "displayName", { matching: true, matchingPrecedence: 1 }),
        direct("objectId", "externalId"),
        direct("members", "members", { targetType: "Reference" }),
      ],
      scopingFilters: [],
    },
  };
}
