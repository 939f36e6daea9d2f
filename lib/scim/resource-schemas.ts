// Static discovery documents: /Schemas, /ResourceTypes and /ServiceProviderConfig (RFC 7643 §5–7), built from the
// same attribute tables the server enforces. API: buildSchemas(baseUrl), buildResourceTypes(baseUrl), buildServiceProviderConfig(baseUrl, options?).
import type { AttrDef } from "./schema-attribute";
import { ENTERPRISE_USER_ATTRIBUTES, GROUP_ATTRIBUTES } from "./schema-enterprise-group";
import { USER_ATTRIBUTES } from "./schema-user";
import {
  ENTERPRISE_USER_SCHEMA,
  GROUP_SCHEMA,
  RESOURCE_TYPE_SCHEMA,
  SCHEMA_SCHEMA,
  SERVICE_PROVIDER_CONFIG_SCHEMA,
  USER_SCHEMA,
} from "./urns";

const trimSlash = (url: string) => url.replace(/\/+$/, "");

/** Attribute definition as JSON: camelCase characteristic values, optional keys omitted rather than null. */
function attributeJson(def: AttrDef): Record<string, unknown> {
  const json: Record<string, unknown> = {
    name: def.name,
    type: def.type,
    multiValued: def.multiValued,
    description: def.description,
    required: def.required,
    caseExact: def.caseExact,
    mutability: def.mutability,
    returned: def.returned,
    uniqueness: def.uniqueness,
  };
  if (def.canonicalValues) json.canonicalValues = def.canonicalValues;
  if (def.referenceTypes) json.referenceTypes = def.referenceTypes;
  if (def.subAttributes) json.subAttributes = def.subAttributes.map(attributeJson);
  return json;
}

const SCHEMAS: { id: string; name: string; description: string; attributes: AttrDef[] }[] = [
  { id: USER_SCHEMA, name: "User", description: "User Account", attributes: USER_ATTRIBUTES },
  {
    id: ENTERPRISE_USER_SCHEMA,
    name: "EnterpriseUser",
    description: "Enterprise User",
    attributes: ENTERPRISE_USER_ATTRIBUTES,
  },
  { id: GROUP_SCHEMA, name: "Group", description: "Group", attributes: GROUP_ATTRIBUTES },
];

/** The Schema resources for GET /Schemas (wrap in a ListResponse) and GET /Schemas/{id}. */
export function buildSchemas(baseUrl: string): Record<string, unknown>[] {
  const base = trimSlash(baseUrl);
  return SCHEMAS.map((s) => ({
    schemas: [SCHEMA_SCHEMA],
    id: s.id,
    name: s.name,
    description: s.description,
    attributes: s.attributes.map(attributeJson),
    meta: { resourceType: "Schema", location: `${base}/Schemas/${s.id}` },
  }));
}

export function buildResourceTypes(baseUrl: string): Record<string, unknown>[] {
  const base = trimSlash(baseUrl);
  return [
    {
      schemas: [RESOURCE_TYPE_SCHEMA],
      id: "User",
      name: "User",
      endpoint: "/Users",
      description: "User Account",
      schema: USER_SCHEMA,
      schemaExtensions: [{ schema: ENTERPRISE_USER_SCHEMA, required: false }],
      meta: { resourceType: "ResourceType", location: `${base}/ResourceTypes/User` },
    },
    {
      schemas: [RESOURCE_TYPE_SCHEMA],
      id: "Group",
      name: "Group",
      endpoint: "/Groups",
      description: "Group",
      schema: GROUP_SCHEMA,
      schemaExtensions: [],
      meta: { resourceType: "ResourceType", location: `${base}/ResourceTypes/Group` },
    },
  ];
}

export interface ServiceProviderOptions {
  /** Same number as the list-params maxCount. Default 200. */
  maxResults?: number;
  etag?: boolean;
  documentationUri?: string;
}

export function buildServiceProviderConfig(
  baseUrl: string,
  options: ServiceProviderOptions = {},
): Record<string, unknown> {
  const config: Record<string, unknown> = {
    schemas: [SERVICE_PROVIDER_CONFIG_SCHEMA],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: options.maxResults ?? 200 },
    changePassword: { supported: false },
    sort: { supported: true },
    etag: { supported: options.etag ?? true },
    authenticationSchemes: [
      {
        type: "oauthbearertoken",
        name: "OAuth Bearer Token",
        description:
          "Authentication with an OAuth 2.0 bearer token: an Org Center secret token or an access token from its Authorize flow.",
        specUri: "https://www.rfc-editor.org/info/rfc6750",
        primary: true,
      },
    ],
    meta: { resourceType: "ServiceProviderConfig", location: `${trimSlash(baseUrl)}/ServiceProviderConfig` },
  };
  if (options.documentationUri) config.documentationUri = options.documentationUri;
  return config;
}
